#pragma once

#include <QString>

namespace Keyward {

/// What kind of failure happened; decides the CLI exit code and how the console presents it.
enum class ErrorCode {
    Failure, ///< anything without a more specific code
    Usage, ///< the caller asked for something malformed
    KeychainUnavailable, ///< no Secret Service, keychain locked, or access refused
    SecretMissing, ///< the keychain works but holds no entry for this profile
    Integrity, ///< audit chain broken, backup or export tampered with, file damaged
    WrongKey, ///< the database does not open with the key we hold (or the file is damaged)
    PermissionDenied, ///< the signed-in user may not do this (access control)
    ProfileBusy, ///< another process holds the profile for writing
    IncompatibleSchema, ///< written by a newer Keyward
    NotFound, ///< no such profile, file or record
    DiskFull, ///< the disk or a file size limit stopped a write
    ReadOnly, ///< the profile directory or file cannot be written
    Provider, ///< an OAuth provider refused a request, answered garbage, or could not be reached
    SignInFailed, ///< wrong name, password or code, a locked-out user, or an unknown, expired or revoked API token
    Cancelled, ///< the user stopped long work (a report) before it finished; nothing was written
};

/// An error a user can act on: `userMessage` is a translated sentence saying what happened and what to do;
/// `detail` is for the log (never a secret).
struct Error
{
    ErrorCode code = ErrorCode::Failure;
    QString userMessage;
    QString detail;

    Error() = default;
    Error(ErrorCode c, QString message, QString det = {})
        : code(c)
        , userMessage(std::move(message))
        , detail(std::move(det))
    { }
};

/// Exit codes of keyward-cli, documented in the README and in `keyward-cli --help`.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
inline constexpr int Keychain = 3;
inline constexpr int Integrity = 4;
inline constexpr int PermissionDenied = 5;
inline constexpr int ProfileBusy = 6;
inline constexpr int Incompatible = 7;
inline constexpr int NotFound = 8;
inline constexpr int DiskFull = 9;
inline constexpr int Provider = 10;
inline constexpr int SignInFailed = 11;
} // namespace ExitCode

int exitCodeFor(ErrorCode code);

} // namespace Keyward

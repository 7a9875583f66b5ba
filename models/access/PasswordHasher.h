#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>

namespace Keyward::Access {

/// argon2id cost parameters. Each hash carries the ones it was made with, so raising them later affects only new
/// hashes and PasswordHasher::needsRehash() tells when an old one should be replaced.
struct Argon2Params
{
    // RFC 9106 §4, second recommended option (also OWASP's Password Storage Cheat Sheet): 64 MiB, 3 passes, 1 lane.
    // The first option (2 GiB) is too much for a desktop console that shares the machine with a browser.
    quint32 memoryKiB = 64 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    friend bool operator==(const Argon2Params &, const Argon2Params &) = default;
};

/// Password hashing with argon2id (libargon2), in the PHC string format
/// `$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>` (16-byte random salt, 32-byte hash, unpadded base64).
///
/// Passwords are the UTF-8 bytes the user typed; callers that accept text from several platforms should
/// normalize it (NFC) before turning it into bytes, or the same password typed elsewhere may not match.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::PasswordHasher)

public:
    /// Long enough for any passphrase or password-manager output; a bound on what sign-in accepts from stdin or a
    /// dialog, not a cost limit (argon2 pre-hashes the password).
    static constexpr std::size_t kMaxPasswordBytes = 1024;
    static constexpr std::size_t kSaltBytes = 16;
    static constexpr std::size_t kHashBytes = 32;
    /// Upper bounds on parameters, hashed or read back: a tampered record must not make a sign-in attempt allocate
    /// tens of gigabytes or run for hours.
    static constexpr quint32 kMaxMemoryKiB = 4 * 1024 * 1024;
    static constexpr quint32 kMaxIterations = 64;
    static constexpr quint32 kMaxParallelism = 64;

    /// The PHC string for `password` under `params` with a fresh random salt. ErrorCode::Usage for an empty or
    /// too long password or parameters libargon2 refuses.
    static Result<QByteArray> hash(const SecureBytes &password, const Argon2Params &params = {});
    /// Whether `password` matches `encoded` (compared in constant time by argon2id_verify). ErrorCode::Usage for
    /// an empty or too long password, ErrorCode::Integrity when `encoded` is not an argon2id hash we can read.
    static Result<bool> verify(const SecureBytes &password, const QByteArray &encoded);
    /// True when `encoded` was made with less memory or fewer passes than `current`, a shorter salt or hash, or
    /// cannot be read at all: after a successful sign-in the caller hashes the password again and stores the new
    /// hash. Lanes (parallelism) do not count: they spread the work over cores but cost an attacker nothing more.
    static bool needsRehash(const QByteArray &encoded, const Argon2Params &current = {});
    /// The parameters stored in `encoded`; ErrorCode::Integrity when it is not an argon2id hash we can read.
    static Result<Argon2Params> paramsOf(const QByteArray &encoded);
};

} // namespace Keyward::Access

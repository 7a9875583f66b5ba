#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstddef>

namespace Keyward::Access {

/// The HMAC hash of a TOTP secret (RFC 6238 §1.2); authenticator apps all support SHA1, most the other two.
enum class TotpAlgorithm { Sha1, Sha256, Sha512 };

struct TotpParams
{
    TotpAlgorithm algorithm = TotpAlgorithm::Sha1;
    int digits = 6; ///< 6 or 8
};

/// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): 30-second steps counted from the Unix epoch,
/// one step of clock skew accepted either side, a code never accepted twice.
class Totp
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::Totp)

public:
    static constexpr int kPeriodSeconds = 30;
    /// RFC 4226 §4 R6: at least 128 bits of secret, 160 recommended (and what generateSecret() makes).
    static constexpr std::size_t kMinSecretBytes = 16;
    static constexpr std::size_t kSecretBytes = 20;
    /// Steps accepted before and after the current one (RFC 6238 §5.2 recommends at most one).
    static constexpr int kSkewSteps = 1;

    /// 20 bytes from OpenSSL's CSPRNG; empty on the (practically impossible) failure.
    static SecureBytes generateSecret();
    /// The time step `unixSeconds` falls in (RFC 6238 §4.2: T = floor(unixSeconds / 30)).
    static qint64 stepAt(qint64 unixSeconds);

    /// The code at `unixSeconds`, zero-padded to `params.digits`. ErrorCode::Usage for a short secret, a negative
    /// time or unsupported parameters.
    static Result<QString> code(const SecureBytes &secret, qint64 unixSeconds, const TotpParams &params = {});
    /// Checks a code the user typed at `unixSeconds` against the previous, current and next step and returns the
    /// step it matched; the caller stores that step and passes it back as `lastAcceptedStep` (-1 before the
    /// first), so a code is never accepted twice and no code older than an accepted one is accepted either.
    /// Spaces in `code` are ignored (apps show "123 456"). Comparisons run in constant time.
    /// ErrorCode::Usage for a code that is not all digits or has the wrong length, ErrorCode::PermissionDenied
    /// for a wrong or expired code and for a code already used (each with its own sentence).
    static Result<qint64> verify(const SecureBytes &secret, QStringView code, qint64 unixSeconds,
                                 qint64 lastAcceptedStep, const TotpParams &params = {});

    /// RFC 4648 §6 base32 (A–Z, 2–7) without padding, as authenticator apps expect the secret.
    static QString base32Encode(const SecureBytes &bytes);
    /// Decodes base32 in either case, ignoring spaces and trailing '=' padding; ErrorCode::Usage for any other
    /// character, an impossible length or non-zero trailing bits.
    static Result<SecureBytes> base32Decode(QStringView text);

    /// The enrollment URI an authenticator app scans (Google's Key Uri Format):
    /// `otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30`, issuer and account
    /// percent-encoded. ErrorCode::Usage for an empty issuer or account, a colon in the issuer (apps split the
    /// label at the first colon) or a short secret.
    static Result<QString> provisioningUri(const QString &issuer, const QString &account, const SecureBytes &secret,
                                           const TotpParams &params = {});
};

} // namespace Keyward::Access

#include "Totp.h"

#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <optional>

namespace Keyward::Access {

namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kMaxDigits = 8;

using Digits = std::array<char, kMaxDigits>;

const EVP_MD *digestOf(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha1:
        return EVP_sha1();
    case TotpAlgorithm::Sha256:
        return EVP_sha256();
    case TotpAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

QString nameOf(TotpAlgorithm algorithm)
{
    switch (algorithm) {
    case TotpAlgorithm::Sha1:
        return QStringLiteral("SHA1");
    case TotpAlgorithm::Sha256:
        return QStringLiteral("SHA256");
    case TotpAlgorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

Status checkInputs(const SecureBytes &secret, const TotpParams &params)
{
    if (secret.size() < Totp::kMinSecretBytes)
        return Error {ErrorCode::Usage,
                      Totp::tr("The two-factor secret is missing or shorter than %1 bytes: enroll the authenticator "
                               "app again.")
                          .arg(static_cast<qulonglong>(Totp::kMinSecretBytes))};
    if ((params.digits != 6 && params.digits != 8) || !digestOf(params.algorithm))
        return Error {ErrorCode::Usage,
                      Totp::tr("Two-factor codes have 6 or 8 digits and use SHA1, SHA256 or SHA512; %1 digits "
                               "are not supported.")
                          .arg(params.digits)};
    return {};
}

// RFC 4226 §5.3: HMAC of the big-endian counter, dynamic truncation, modulo 10^digits.
std::optional<Digits> hotp(const SecureBytes &secret, quint64 counter, const TotpParams &params)
{
    unsigned char message[8];
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestOf(params.algorithm), secret.data(), static_cast<int>(secret.size()), message, sizeof message, mac,
              &macLength)
        || macLength < 20)
        return std::nullopt;
    const unsigned offset = mac[macLength - 1] & 0x0f;
    quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
        | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac, sizeof mac);

    Digits digits {};
    for (int i = params.digits - 1; i >= 0; --i) {
        digits[static_cast<std::size_t>(i)] = static_cast<char>('0' + binary % 10);
        binary /= 10;
    }
    return digits;
}

Error failedHmac()
{
    return {ErrorCode::Failure, Totp::tr("The two-factor code could not be computed: retry, or report this as a bug."),
            QStringLiteral("HMAC failed")};
}

Status checkTime(qint64 unixSeconds)
{
    if (unixSeconds < 0)
        return Error {ErrorCode::Usage,
                      Totp::tr("The clock of this computer is set before 1970: correct it and retry.")};
    return {};
}

} // namespace

SecureBytes Totp::generateSecret()
{
    return SecureBytes::random(kSecretBytes);
}

qint64 Totp::stepAt(qint64 unixSeconds)
{
    // Floor division, so that a (refused) negative time does not land in step 0.
    return unixSeconds >= 0 ? unixSeconds / kPeriodSeconds : -((-unixSeconds + kPeriodSeconds - 1) / kPeriodSeconds);
}

Result<QString> Totp::code(const SecureBytes &secret, qint64 unixSeconds, const TotpParams &params)
{
    KW_TRY(checkInputs(secret, params));
    KW_TRY(checkTime(unixSeconds));
    const auto digits = hotp(secret, static_cast<quint64>(stepAt(unixSeconds)), params);
    if (!digits)
        return failedHmac();
    return QString::fromLatin1(digits->data(), params.digits);
}

Result<qint64> Totp::verify(const SecureBytes &secret, QStringView code, qint64 unixSeconds, qint64 lastAcceptedStep,
                            const TotpParams &params)
{
    KW_TRY(checkInputs(secret, params));
    KW_TRY(checkTime(unixSeconds));

    Digits typed {};
    qsizetype length = 0;
    bool onlyDigits = true;
    for (const QChar c : code) {
        if (c.isSpace())
            continue;
        // Only ASCII digits: QChar::isDigit() would also let through other scripts' digits.
        if (c < u'0' || c > u'9')
            onlyDigits = false;
        else if (length < kMaxDigits)
            typed[static_cast<std::size_t>(length)] = static_cast<char>(c.unicode());
        ++length;
    }
    if (length == 0)
        return Error {
            ErrorCode::Usage,
            tr("No two-factor code was given: type the %1 digits your authenticator app shows.").arg(params.digits)};
    if (!onlyDigits)
        return Error {ErrorCode::Usage,
                      tr("A two-factor code has only digits: type the %1 digits your authenticator app shows.")
                          .arg(params.digits)};
    if (length != params.digits)
        return Error {ErrorCode::Usage,
                      tr("The two-factor code has %1 digits, not %2: type the %2 digits your authenticator app shows.")
                          .arg(length)
                          .arg(params.digits)};

    // Every candidate step is computed and compared, matched or not, so the time taken does not depend on the code.
    const qint64 current = stepAt(unixSeconds);
    qint64 accepted = -1;
    bool replayed = false;
    for (qint64 step = current - kSkewSteps; step <= current + kSkewSteps; ++step) {
        if (step < 0)
            continue;
        const auto expected = hotp(secret, static_cast<quint64>(step), params);
        if (!expected)
            return failedHmac();
        const bool equal = CRYPTO_memcmp(expected->data(), typed.data(), static_cast<std::size_t>(params.digits)) == 0;
        // RFC 6238 §5.2: the verifier must not accept the second attempt of an OTP after the first was accepted.
        if (equal && step > lastAcceptedStep && accepted < 0)
            accepted = step;
        else if (equal && step <= lastAcceptedStep)
            replayed = true;
    }
    if (accepted >= 0)
        return accepted;
    if (replayed)
        return Error {ErrorCode::PermissionDenied,
                      tr("This two-factor code was already used: wait for the next code and type that one."),
                      QStringLiteral("TOTP code replayed (last accepted step %1)").arg(lastAcceptedStep)};
    return Error {ErrorCode::PermissionDenied,
                  tr("The two-factor code is wrong or has expired: type the code your authenticator app shows now, "
                     "and check that the clocks of this computer and of your phone are right."),
                  QStringLiteral("TOTP code mismatch at step %1").arg(current)};
}

QString Totp::base32Encode(const SecureBytes &bytes)
{
    QString out;
    out.reserve(static_cast<qsizetype>((bytes.size() * 8 + 4) / 5));
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        buffer = (buffer << 8) | bytes.data()[i];
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

Result<SecureBytes> Totp::base32Decode(QStringView text)
{
    const auto value = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            return u - u'A';
        if (u >= u'a' && u <= u'z')
            return u - u'a';
        if (u >= u'2' && u <= u'7')
            return u - u'2' + 26;
        return -1;
    };
    const Error malformed {ErrorCode::Usage,
                           tr("The two-factor secret is not valid base32: it has only the letters A to Z and the "
                              "digits 2 to 7. Copy it again.")};

    qsizetype symbols = 0;
    bool padding = false;
    for (const QChar c : text) {
        if (c == u' ')
            continue;
        if (c == u'=') {
            padding = true;
            continue;
        }
        // Padding only at the end.
        if (padding || value(c) < 0)
            return malformed;
        ++symbols;
    }
    // RFC 4648 §6: the last quantum has 2, 4, 5 or 7 symbols; 1, 3 or 6 cannot come from whole bytes.
    const qsizetype rest = symbols % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return malformed;

    SecureBytes out(static_cast<std::size_t>(symbols * 5 / 8));
    std::size_t written = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const int v = value(c);
        if (v < 0)
            continue;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            out.data()[written++] = static_cast<unsigned char>(buffer >> (bits - 8));
            bits -= 8;
        }
        buffer &= (1u << bits) - 1;
    }
    // RFC 4648 §3.5: the bits left over must be zero, or two texts would decode to the same secret.
    if (buffer != 0)
        return malformed;
    return out;
}

Result<QString> Totp::provisioningUri(const QString &issuer, const QString &account, const SecureBytes &secret,
                                      const TotpParams &params)
{
    KW_TRY(checkInputs(secret, params));
    if (issuer.trimmed().isEmpty() || account.trimmed().isEmpty())
        return Error {ErrorCode::Usage,
                      tr("The enrollment link needs an issuer and an account name: neither may be empty.")};
    if (issuer.contains(u':'))
        return Error {ErrorCode::Usage,
                      tr("The issuer \"%1\" contains a colon, which authenticator apps read as the end of the issuer: "
                         "choose a name without one.")
                          .arg(issuer)};
    const QString issuerEncoded = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString accountEncoded = QString::fromLatin1(QUrl::toPercentEncoding(account));
    return QString(QStringLiteral("otpauth://totp/") + issuerEncoded + u':' + accountEncoded
                   + QStringLiteral("?secret=") + base32Encode(secret) + QStringLiteral("&issuer=") + issuerEncoded
                   + QStringLiteral("&algorithm=") + nameOf(params.algorithm) + QStringLiteral("&digits=")
                   + QString::number(params.digits) + QStringLiteral("&period=") + QString::number(kPeriodSeconds));
}

} // namespace Keyward::Access

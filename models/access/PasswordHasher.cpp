#include "PasswordHasher.h"

#include <argon2.h>

#include <QList>

#include <optional>

namespace Keyward::Access {

namespace {

struct Parsed
{
    Argon2Params params;
    qsizetype saltBytes = 0;
    qsizetype hashBytes = 0;
};

// Decimal digits only, as libargon2 writes them: no sign, no spaces, no leading zeros.
std::optional<quint32> decimal(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 10 || (text.size() > 1 && text.at(0) == '0'))
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<quint64>(c - '0');
    }
    if (value > 0xffffffffULL)
        return std::nullopt;
    return static_cast<quint32>(value);
}

std::optional<quint32> cost(const QByteArray &field, const char *name)
{
    const QByteArray prefix = QByteArray(name) + '=';
    if (!field.startsWith(prefix))
        return std::nullopt;
    return decimal(field.mid(prefix.size()));
}

qsizetype base64Length(const QByteArray &text)
{
    // PHC strings use standard base64 without padding.
    if (text.isEmpty() || text.contains('='))
        return -1;
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded.size() : -1;
}

std::optional<Parsed> parse(const QByteArray &encoded)
{
    if (encoded.contains('\0'))
        return std::nullopt;
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 6 || !parts.at(0).isEmpty() || parts.at(1) != "argon2id" || parts.at(2) != "v=19")
        return std::nullopt;
    const QList<QByteArray> costs = parts.at(3).split(',');
    if (costs.size() != 3)
        return std::nullopt;
    const auto m = cost(costs.at(0), "m");
    const auto t = cost(costs.at(1), "t");
    const auto p = cost(costs.at(2), "p");
    const qsizetype saltBytes = base64Length(parts.at(4));
    const qsizetype hashBytes = base64Length(parts.at(5));
    if (!m || !t || !p || saltBytes <= 0 || hashBytes <= 0)
        return std::nullopt;
    return Parsed {Argon2Params {*m, *t, *p}, saltBytes, hashBytes};
}

bool withinLimits(const Argon2Params &params)
{
    return params.iterations >= 1 && params.iterations <= PasswordHasher::kMaxIterations && params.parallelism >= 1
        && params.parallelism <= PasswordHasher::kMaxParallelism
        && params.memoryKiB <= PasswordHasher::kMaxMemoryKiB
        // libargon2 needs at least 8 KiB per lane.
        && params.memoryKiB >= 8 * params.parallelism;
}

Status checkPassword(const SecureBytes &password)
{
    if (password.isEmpty())
        return Error {ErrorCode::Usage, PasswordHasher::tr("The password is empty: type a password.")};
    if (password.size() > PasswordHasher::kMaxPasswordBytes)
        return Error {ErrorCode::Usage,
                      PasswordHasher::tr("The password is longer than %1 bytes: use a shorter one.")
                          .arg(static_cast<qulonglong>(PasswordHasher::kMaxPasswordBytes))};
    return {};
}

Error damaged(const QString &detail)
{
    return {ErrorCode::Integrity,
            PasswordHasher::tr("The stored password of this user is damaged or was not written by Keyward: an "
                               "administrator has to set a new password."),
            detail};
}

Error outOfMemory()
{
    return {ErrorCode::Failure,
            PasswordHasher::tr("There is not enough memory to check the password: close other programs and retry.")};
}

} // namespace

Result<QByteArray> PasswordHasher::hash(const SecureBytes &password, const Argon2Params &params)
{
    KW_TRY(checkPassword(password));
    if (!withinLimits(params))
        return Error {ErrorCode::Usage,
                      tr("The password hashing settings (memory %1 KiB, %2 passes, %3 lanes) are outside what Keyward "
                         "accepts: check the sign-in settings.")
                          .arg(params.memoryKiB)
                          .arg(params.iterations)
                          .arg(params.parallelism)};
    const SecureBytes salt = SecureBytes::random(kSaltBytes);
    if (salt.size() != kSaltBytes)
        return Error {ErrorCode::Failure,
                      tr("The system's random number generator failed: the password was not set. Retry."),
                      QStringLiteral("RAND_bytes failed for an argon2id salt")};

    const std::size_t length
        = argon2_encodedlen(params.iterations, params.memoryKiB, params.parallelism, static_cast<uint32_t>(kSaltBytes),
                            static_cast<uint32_t>(kHashBytes), Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(length), '\0');
    const int rc = argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism, password.data(),
                                         password.size(), salt.data(), salt.size(), kHashBytes, encoded.data(), length);
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        return outOfMemory();
    if (rc != ARGON2_OK)
        return Error {ErrorCode::Failure, tr("The password could not be hashed: retry, or report this as a bug."),
                      QStringLiteral("argon2id_hash_encoded: %1").arg(QString::fromUtf8(argon2_error_message(rc)))};
    // argon2_encodedlen counts the terminating NUL, and the exact length depends on the digits of the costs.
    encoded.truncate(static_cast<qsizetype>(qstrlen(encoded.constData())));
    return encoded;
}

Result<bool> PasswordHasher::verify(const SecureBytes &password, const QByteArray &encoded)
{
    KW_TRY(checkPassword(password));
    const auto parsed = parse(encoded);
    if (!parsed)
        return damaged(QStringLiteral("not an argon2id v19 PHC string"));
    if (!withinLimits(parsed->params))
        return damaged(QStringLiteral("argon2id parameters out of bounds: m=%1 t=%2 p=%3")
                           .arg(parsed->params.memoryKiB)
                           .arg(parsed->params.iterations)
                           .arg(parsed->params.parallelism));
    // encoded.constData() is NUL-terminated and holds no other NUL (parse() checked).
    const int rc = argon2id_verify(encoded.constData(), password.data(), password.size());
    switch (rc) {
    case ARGON2_OK:
        return true;
    case ARGON2_VERIFY_MISMATCH:
        return false;
    case ARGON2_MEMORY_ALLOCATION_ERROR:
        return outOfMemory();
    default:
        return damaged(QStringLiteral("argon2id_verify: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    }
}

bool PasswordHasher::needsRehash(const QByteArray &encoded, const Argon2Params &current)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return true;
    return parsed->params.memoryKiB < current.memoryKiB || parsed->params.iterations < current.iterations
        || parsed->saltBytes < static_cast<qsizetype>(kSaltBytes)
        || parsed->hashBytes < static_cast<qsizetype>(kHashBytes);
}

Result<Argon2Params> PasswordHasher::paramsOf(const QByteArray &encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return damaged(QStringLiteral("not an argon2id v19 PHC string"));
    return parsed->params;
}

} // namespace Keyward::Access

#include "RecoveryCodes.h"

#include "core/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <cstring>
#include <optional>

namespace Keyward::Access {

namespace {

// Crockford's base32: 32 symbols, so 5 random bits map to one without bias.
constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr int kGroup = 4;
constexpr int kSaltBytes = 16;
constexpr int kDigestBytes = 32;
constexpr char kScheme[] = "sha256";

using Normalized = std::array<char, RecoveryCodes::kSymbols>;

constexpr auto kBase64 = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

// The canonical symbols of a typed code, or nothing when it cannot be one.
std::optional<Normalized> normalize(QStringView typed)
{
    Normalized out {};
    int count = 0;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u = static_cast<char16_t>(u - u'A' + u'a');
        // Crockford's decoding rule: the letters that look like digits are those digits.
        if (u == u'o')
            u = u'0';
        else if (u == u'i' || u == u'l')
            u = u'1';
        if (u == 0 || u > 0x7f || !std::strchr(kAlphabet, static_cast<char>(u)) || count >= RecoveryCodes::kSymbols)
            return std::nullopt;
        out[static_cast<std::size_t>(count++)] = static_cast<char>(u);
    }
    if (count != RecoveryCodes::kSymbols)
        return std::nullopt;
    return out;
}

std::optional<std::array<unsigned char, kDigestBytes>> digest(const unsigned char *salt, const Normalized &code)
{
    std::array<unsigned char, kDigestBytes> out {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int length = 0;
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) == 1
        && EVP_DigestUpdate(ctx, salt, kSaltBytes) == 1 && EVP_DigestUpdate(ctx, code.data(), code.size()) == 1
        && EVP_DigestFinal_ex(ctx, out.data(), &length) == 1 && length == kDigestBytes;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    return out;
}

struct Entry
{
    QByteArray salt;
    QByteArray digest;
};

std::optional<Entry> parseEntry(const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 3 || parts.at(0) != kScheme)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(1), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(2), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() != kSaltBytes || hash.decoded.size() != kDigestBytes)
        return std::nullopt;
    return Entry {salt.decoded, hash.decoded};
}

Error randomFailed()
{
    return {ErrorCode::Failure,
            RecoveryCodes::tr("The system's random number generator failed: no recovery codes were made. Retry."),
            QStringLiteral("RAND_bytes failed for recovery codes")};
}

Error hashFailed()
{
    return {ErrorCode::Failure,
            RecoveryCodes::tr("A recovery code could not be hashed: retry, or report this as a bug."),
            QStringLiteral("SHA-256 failed")};
}

} // namespace

Result<IssuedRecoveryCodes> RecoveryCodes::generate(int count)
{
    if (count < 1 || count > kMaxCount)
        return Error {ErrorCode::Usage, tr("Between 1 and %1 recovery codes can be made at a time.").arg(kMaxCount)};

    IssuedRecoveryCodes issued;
    for (int n = 0; n < count; ++n) {
        // 10 random bytes are exactly 16 symbols of 5 bits.
        const SecureBytes random = SecureBytes::random(kSymbols * 5 / 8);
        const SecureBytes salt = SecureBytes::random(kSaltBytes);
        if (random.isEmpty() || salt.isEmpty())
            return randomFailed();
        Normalized code {};
        quint32 buffer = 0;
        int bits = 0;
        int symbol = 0;
        for (std::size_t i = 0; i < random.size(); ++i) {
            buffer = (buffer << 8) | random.data()[i];
            bits += 8;
            while (bits >= 5) {
                code[static_cast<std::size_t>(symbol++)] = kAlphabet[(buffer >> (bits - 5)) & 0x1f];
                bits -= 5;
            }
            buffer &= (1u << bits) - 1;
        }
        const auto hash = digest(salt.data(), code);
        if (!hash)
            return hashFailed();

        QString text;
        text.reserve(kSymbols + kSymbols / kGroup - 1);
        for (int i = 0; i < kSymbols; ++i) {
            if (i > 0 && i % kGroup == 0)
                text.append(u'-');
            text.append(QLatin1Char(code[static_cast<std::size_t>(i)]));
        }
        OPENSSL_cleanse(code.data(), code.size());
        issued.codes.append(text);
        issued.stored.m_hashes.append(
            QByteArray(kScheme) + '$'
            + QByteArray(reinterpret_cast<const char *>(salt.data()), kSaltBytes).toBase64(kBase64) + '$'
            + QByteArray(reinterpret_cast<const char *>(hash->data()), kDigestBytes).toBase64(kBase64));
    }
    return issued;
}

Result<RecoveryCodes> RecoveryCodes::fromStored(const QByteArrayList &hashes)
{
    for (const QByteArray &hash : hashes) {
        if (!parseEntry(hash))
            return Error {ErrorCode::Integrity,
                          tr("The stored recovery codes of this user are damaged: an administrator has to reset "
                             "the user's two-factor sign-in."),
                          QStringLiteral("malformed recovery code hash")};
    }
    RecoveryCodes codes;
    codes.m_hashes = hashes;
    return codes;
}

Status RecoveryCodes::consume(QStringView typed)
{
    auto code = normalize(typed);
    if (!code)
        return Error {ErrorCode::Usage,
                      tr("That is not a recovery code: a recovery code has 16 letters and digits, like "
                         "abcd-efgh-jkmn-pq23.")};

    // Every unused code is hashed and compared, matched or not, so the time taken does not tell which one (or
    // whether any) matched.
    qsizetype match = -1;
    for (qsizetype i = 0; i < m_hashes.size(); ++i) {
        const auto entry = parseEntry(m_hashes.at(i));
        if (!entry)
            continue;
        const auto hash = digest(reinterpret_cast<const unsigned char *>(entry->salt.constData()), *code);
        if (!hash) {
            OPENSSL_cleanse(code->data(), code->size());
            return hashFailed();
        }
        const bool equal = CRYPTO_memcmp(hash->data(), entry->digest.constData(), kDigestBytes) == 0;
        if (equal && match < 0)
            match = i;
    }
    OPENSSL_cleanse(code->data(), code->size());
    if (match < 0)
        return Error {ErrorCode::PermissionDenied,
                      tr("The recovery code is not one of this user's unused codes: each code works only once. Try "
                         "another one from your list.")};
    m_hashes.removeAt(match);
    return {};
}

} // namespace Keyward::Access

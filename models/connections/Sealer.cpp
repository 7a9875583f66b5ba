#include "Sealer.h"

#include <QCoreApplication>

#include <openssl/evp.h>

#include <memory>

namespace Keyward::Connections::Sealer {

namespace {

constexpr char kMagic[] = "K1";
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

Error damaged()
{
    return {ErrorCode::Integrity,
            QCoreApplication::translate("Keyward::Connections",
                                        "A stored token does not decrypt: it was changed outside Keyward, or its key "
                                        "is not the one in the keychain. Reconnect the account.")};
}

} // namespace

QByteArray seal(const SecureBytes &key, const QString &keyId, const SecureBytes &plain, const QByteArray &aad)
{
    const QByteArray id = keyId.toLatin1();
    if (key.size() != 32 || id.isEmpty() || id.size() > 255)
        return {};
    const SecureBytes nonce = SecureBytes::random(kNonceSize);
    QByteArray out;
    out.reserve(3 + id.size() + kNonceSize + static_cast<qsizetype>(plain.size()) + kTagSize);
    out.append(kMagic, 2);
    out.append(static_cast<char>(id.size()));
    out.append(id);
    out.append(reinterpret_cast<const char *>(nonce.data()), kNonceSize);
    const qsizetype cipherAt = out.size();
    out.resize(cipherAt + static_cast<qsizetype>(plain.size()) + kTagSize);

    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    int total = 0;
    auto *cipherText = reinterpret_cast<unsigned char *>(out.data() + cipherAt);
    // The header (magic and key id) is authenticated along with `aad`: a changed key id does not open either.
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(out.constData()),
                             static_cast<int>(3 + id.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                             static_cast<int>(aad.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), cipherText, &length, plain.data(), static_cast<int>(plain.size())) != 1)
        return {};
    total = length;
    if (EVP_EncryptFinal_ex(ctx.get(), cipherText + total, &length) != 1)
        return {};
    total += length;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipherText + total) != 1)
        return {};
    return out;
}

QString keyIdOf(const QByteArray &sealed)
{
    if (sealed.size() < 3 || !sealed.startsWith(kMagic))
        return {};
    const int idLength = static_cast<unsigned char>(sealed.at(2));
    if (idLength == 0 || sealed.size() < 3 + idLength + kNonceSize + kTagSize)
        return {};
    return QString::fromLatin1(sealed.mid(3, idLength));
}

Result<SecureBytes> open(const SecureBytes &key, const QByteArray &sealed, const QByteArray &aad)
{
    const QString keyId = keyIdOf(sealed);
    if (keyId.isEmpty() || key.size() != 32)
        return damaged();
    const qsizetype nonceAt = 3 + keyId.size();
    const qsizetype cipherAt = nonceAt + kNonceSize;
    const qsizetype cipherSize = sealed.size() - cipherAt - kTagSize;
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());

    SecureBytes plain(static_cast<std::size_t>(cipherSize));
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    // EVP_DecryptFinal_ex checks the tag in constant time.
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes + nonceAt) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes, static_cast<int>(nonceAt)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(aad.constData()),
                             static_cast<int>(aad.size()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), plain.data(), &length, bytes + cipherAt, static_cast<int>(cipherSize)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize,
                               const_cast<unsigned char *>(bytes + cipherAt + cipherSize))
            != 1
        || EVP_DecryptFinal_ex(ctx.get(), plain.data() + length, &length) != 1)
        return damaged();
    return plain;
}

} // namespace Keyward::Connections::Sealer

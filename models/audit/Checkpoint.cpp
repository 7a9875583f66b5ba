#include "Checkpoint.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Keyward::Audit {

QByteArray Checkpoint::computeMac(const SecureBytes &key, qint64 seq, const QByteArray &headHash, const QString &time)
{
    const QByteArray message
        = "keyward-checkpoint-v1\n" + QByteArray::number(seq) + '\n' + headHash.toHex() + '\n' + time.toUtf8();
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()),
         reinterpret_cast<unsigned char *>(mac.data()), &length);
    return mac;
}

bool Checkpoint::isAuthentic(const SecureBytes &key) const
{
    const QByteArray expected = computeMac(key, seq, headHash, time);
    return mac.size() == expected.size() && CRYPTO_memcmp(mac.constData(), expected.constData(), 32) == 0;
}

} // namespace Keyward::Audit

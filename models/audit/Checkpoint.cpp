#include "Checkpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Keyward::Audit {

namespace {

QByteArray hmac(const SecureBytes &key, const QByteArray &message)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()),
         reinterpret_cast<unsigned char *>(mac.data()), &length);
    return mac;
}

bool sameMac(const QByteArray &mac, const QByteArray &expected)
{
    return mac.size() == expected.size() && CRYPTO_memcmp(mac.constData(), expected.constData(), 32) == 0;
}

} // namespace

QByteArray Checkpoint::computeMac(const SecureBytes &key, qint64 seq, const QByteArray &headHash, const QString &time)
{
    return hmac(key,
                "keyward-checkpoint-v1\n" + QByteArray::number(seq) + '\n' + headHash.toHex() + '\n' + time.toUtf8());
}

bool Checkpoint::isAuthentic(const SecureBytes &key) const
{
    return sameMac(mac, computeMac(key, seq, headHash, time));
}

QByteArray TrimRecord::computeMac(const SecureBytes &key, qint64 through, const QByteArray &headHash,
                                  const QString &time)
{
    return hmac(key,
                "keyward-trim-v1\n" + QByteArray::number(through) + '\n' + headHash.toHex() + '\n' + time.toUtf8());
}

bool TrimRecord::isAuthentic(const SecureBytes &key) const
{
    return sameMac(mac, computeMac(key, through, headHash, time));
}

QByteArray TrimRecord::toJson() const
{
    return QJsonDocument(QJsonObject {{QLatin1String("through"), through},
                                      {QLatin1String("head_hash"), QString::fromLatin1(headHash.toHex())},
                                      {QLatin1String("time"), time},
                                      {QLatin1String("mac"), QString::fromLatin1(mac.toHex())}})
        .toJson(QJsonDocument::Compact);
}

TrimRecord TrimRecord::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    TrimRecord record;
    record.through = o.value(QLatin1String("through")).toInteger();
    record.headHash = QByteArray::fromHex(o.value(QLatin1String("head_hash")).toString().toLatin1());
    record.time = o.value(QLatin1String("time")).toString();
    record.mac = QByteArray::fromHex(o.value(QLatin1String("mac")).toString().toLatin1());
    return record;
}

} // namespace Keyward::Audit

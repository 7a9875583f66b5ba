#include "KeyRing.h"

#include "Sealer.h"
#include "core/Logging.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Keyward::Connections {

namespace {

constexpr std::size_t kKeySize = 32;

Error unknownKey(const QString &keyId)
{
    return {ErrorCode::Integrity,
            QCoreApplication::translate("Keyward::Connections",
                                        "A stored token names the key \"%1\", which the key ring does not hold: "
                                        "restore the keychain entry or reconnect the account.")
                .arg(keyId)};
}

} // namespace

KeyRing::KeyRing(Storage::Database &db, Secrets::SecretStore &secrets)
    : m_db(db)
    , m_secrets(secrets)
{ }

Result<QString> KeyRing::activeKeyId()
{
    auto select = m_db.cached("SELECT id FROM token_keys WHERE state = 'active' ORDER BY created_at DESC LIMIT 1");
    KW_TRY(select);
    auto row = select->step();
    KW_TRY(row);
    if (row.value())
        return select->text(0);
    select->reset();
    return createKey(QDateTime::currentMSecsSinceEpoch());
}

Result<QString> KeyRing::createKey(qint64 nowMs)
{
    const QString id = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd")) + u'-'
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(SecureBytes::random(4).data()), 4).toHex());
    SecureBytes material = SecureBytes::random(kKeySize);
    if (material.size() != kKeySize)
        return Error {ErrorCode::Failure, QCoreApplication::translate("Keyward::Connections", "No random bytes.")};
    // Keychain first: a crash after this leaves an unused entry, never a key the table names but nobody holds.
    KW_TRY(m_secrets.write(Secrets::tokenKeyName(id), material));
    auto insert = m_db.prepare("INSERT INTO token_keys (id, state, created_at) VALUES (?, 'active', ?)");
    KW_TRY(insert);
    insert->bind(1, id).bind(2, nowMs);
    KW_TRY(insert->run());
    m_cache.insert(id, std::move(material));
    qCInfo(lcEngine) << "token key" << id << "created";
    return id;
}

Result<SecureBytes> KeyRing::key(const QString &keyId)
{
    if (const auto it = m_cache.constFind(keyId); it != m_cache.constEnd())
        return *it;
    auto state = m_db.prepare("SELECT state FROM token_keys WHERE id = ?");
    KW_TRY(state);
    state->bind(1, keyId);
    auto row = state->step();
    KW_TRY(row);
    if (!row.value() || state->text(0) == QLatin1String("retired"))
        return unknownKey(keyId);
    auto material = m_secrets.read(Secrets::tokenKeyName(keyId));
    if (!material.ok())
        return material.error();
    if (material->size() != kKeySize)
        return unknownKey(keyId);
    m_cache.insert(keyId, material.value());
    return material;
}

Result<QByteArray> KeyRing::seal(const SecureBytes &plain, const QByteArray &aad)
{
    auto id = activeKeyId();
    KW_TRY(id);
    auto material = key(id.value());
    KW_TRY(material);
    QByteArray sealed = Sealer::seal(material.value(), id.value(), plain, aad);
    if (sealed.isEmpty())
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Connections", "A token could not be encrypted.")};
    return sealed;
}

Result<SecureBytes> KeyRing::open(const QByteArray &sealed, const QByteArray &aad)
{
    const QString id = Sealer::keyIdOf(sealed);
    auto material = key(id);
    KW_TRY(material);
    return Sealer::open(material.value(), sealed, aad);
}

Result<QString> KeyRing::rotate(qint64 nowMs)
{
    auto previous = m_db.prepare("UPDATE token_keys SET state = 'retiring' WHERE state = 'active'");
    KW_TRY(previous);
    KW_TRY(previous->run());
    return createKey(nowMs);
}

Status KeyRing::retire(const QString &keyId, qint64 nowMs)
{
    auto inUse = m_db.prepare("SELECT count(*) FROM connections WHERE key_id = ?");
    KW_TRY(inUse);
    inUse->bind(1, keyId);
    KW_TRY(inUse->step());
    if (inUse->int64(0) > 0) {
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Connections",
                                                  "The token key %1 still seals %2 connection(s); it is retired once "
                                                  "they are re-sealed.")
                          .arg(keyId)
                          .arg(inUse->int64(0))};
    }
    auto update = m_db.prepare("UPDATE token_keys SET state = 'retired', retired_at = ? WHERE id = ? AND state = "
                               "'retiring'");
    KW_TRY(update);
    update->bind(1, nowMs).bind(2, keyId);
    KW_TRY(update->run());
    if (m_db.changes() == 0)
        return {};
    m_cache.remove(keyId);
    // The row says retired before the keychain entry goes: a crash in between leaves an entry nobody uses.
    return m_secrets.remove(Secrets::tokenKeyName(keyId));
}

Result<QList<KeyRing::KeyInfo>> KeyRing::keys()
{
    auto select = m_db.prepare("SELECT k.id, k.state, k.created_at, coalesce(k.retired_at, 0), "
                               "(SELECT count(*) FROM connections c WHERE c.key_id = k.id) "
                               "FROM token_keys k ORDER BY k.created_at");
    KW_TRY(select);
    return select->collect<KeyInfo>([](const Storage::Statement &row) {
        return KeyInfo {row.text(0), row.text(1), row.int64(2), row.int64(3), row.int64(4)};
    });
}

} // namespace Keyward::Connections

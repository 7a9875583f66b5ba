#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Keyward::Storage {
class Database;
}
namespace Keyward::Secrets {
class SecretStore;
}

namespace Keyward::Connections {

/// The token key ring: AES-256 keys in the keychain ("token-key-<id>"), their states in the `token_keys` table.
/// New values are sealed under the active key; values under a retiring key still open until they are re-sealed
/// (`keys rotate` enqueues that), after which the key is retired and removed from the keychain.
/// Lives on the engine thread.
class KeyRing
{
public:
    struct KeyInfo
    {
        QString id;
        QString state; ///< active, retiring, retired
        qint64 createdMs = 0;
        qint64 retiredMs = 0;
        qint64 sealedValues = 0; ///< connections whose tokens are sealed under this key
    };

    KeyRing(Storage::Database &db, Secrets::SecretStore &secrets);

    /// The active key's id; creates the first key when the ring is empty.
    Result<QString> activeKeyId();
    /// Seals under the active key (see Sealer for the format and `aad`).
    Result<QByteArray> seal(const SecureBytes &plain, const QByteArray &aad);
    Result<SecureBytes> open(const QByteArray &sealed, const QByteArray &aad);

    /// Adds a new active key; the previous active key becomes retiring. The key goes into the keychain before the
    /// table names it, so a crash leaves at most an unused keychain entry. Call inside the caller's transaction to
    /// audit it with the change. Returns the new key's id.
    Result<QString> rotate(qint64 nowMs);
    /// Marks a retiring key retired and removes it from the keychain. Refuses while a value is still sealed under it.
    Status retire(const QString &keyId, qint64 nowMs);
    Result<QList<KeyInfo>> keys();
    /// Drops cached key material (after the keychain entries changed underneath).
    void clearCache() { m_cache.clear(); }

private:
    Result<SecureBytes> key(const QString &keyId);
    Result<QString> createKey(qint64 nowMs);

    Storage::Database &m_db;
    Secrets::SecretStore &m_secrets;
    QHash<QString, SecureBytes> m_cache;
};

} // namespace Keyward::Connections

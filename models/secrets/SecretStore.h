#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QString>

namespace Keyward::Secrets {

/// The secrets a profile keeps outside its database.
enum class SecretKind {
    DatabaseKey, ///< the SQLCipher raw key
    DatabaseKeyNext, ///< a key being rotated in; present only while `db rekey` runs or after it crashed
    CheckpointKey, ///< HMAC key for audit checkpoints
    BackupKey, ///< key of encrypted backups
};

/// Stable entry name of a secret, used as keychain account and as systemd credential name suffix.
QString secretName(SecretKind kind);
/// Entry names of the secrets the profile's data owns (provider apps' client secrets, the token key ring).
QString clientSecretName(qint64 appId); ///< "app-<id>-client-secret"
QString clientSecretNextName(qint64 appId); ///< "app-<id>-client-secret-next": a secret being rotated in
QString tokenKeyName(const QString &keyId); ///< "token-key-<id>"
QString webhookSecretName(qint64 secretId); ///< "webhook-secret-<id>": a webhook source's signing secret
/// Whether `name` is a 32-byte key (as opposed to a secret of any length such as a client secret).
bool isKeyName(const QString &name);

/// Where a profile's keys live. Implementations never fall back to a plaintext file.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// ErrorCode::SecretMissing when the store works but holds no entry `name` for this profile.
    virtual Result<SecureBytes> read(const QString &name) = 0;
    virtual Status write(const QString &name, const SecureBytes &value) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual Status remove(const QString &name) = 0;

    Result<SecureBytes> read(SecretKind kind) { return read(secretName(kind)); }
    Status write(SecretKind kind, const SecureBytes &value) { return write(secretName(kind), value); }
    Status remove(SecretKind kind) { return remove(secretName(kind)); }
    /// A short, translated description for status output ("OS keychain", "systemd credentials").
    virtual QString description() const = 0;
    /// Machine-readable name of the source ("keychain", "credentials", "memory").
    virtual QString sourceId() const = 0;
};

} // namespace Keyward::Secrets

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

/// Where a profile's keys live. Implementations never fall back to a plaintext file.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// ErrorCode::SecretMissing when the store works but holds no such entry.
    virtual Result<SecureBytes> read(SecretKind kind) = 0;
    virtual Status write(SecretKind kind, const SecureBytes &value) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual Status remove(SecretKind kind) = 0;
    /// A short, translated description for status output ("OS keychain", "systemd credentials").
    virtual QString description() const = 0;
    /// Machine-readable name of the source ("keychain", "credentials", "memory").
    virtual QString sourceId() const = 0;
};

} // namespace Keyward::Secrets

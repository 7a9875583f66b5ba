#pragma once

#include "SecretStore.h"

namespace Keyward::Secrets {

/// The OS keychain through QtKeychain (Secret Service on Linux), entries scoped by profile id.
/// Calls block the calling thread on a local event loop: call them from the engine thread, never the GUI thread.
class KeychainSecretStore final : public SecretStore
{
public:
    using SecretStore::read;
    using SecretStore::remove;
    using SecretStore::write;
    explicit KeychainSecretStore(QString profileId);

    Result<SecureBytes> read(const QString &name) override;
    Status write(const QString &name, const SecureBytes &value) override;
    Status remove(const QString &name) override;
    QString description() const override;
    QString sourceId() const override { return QStringLiteral("keychain"); }

    /// The keychain service name all Keyward entries share.
    static QString serviceName();

private:
    QString entryKey(const QString &name) const;

    QString m_profileId;
};

} // namespace Keyward::Secrets

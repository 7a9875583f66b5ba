#pragma once

#include "SecretStore.h"

namespace Keyward::Secrets {

/// Keys handed to a service by systemd (`LoadCredentialEncrypted=`), read from `$CREDENTIALS_DIRECTORY`.
/// The files are named `keyward-<secret name>` and hold 32 raw bytes or 64 hex digits. Read-only by design:
/// the operator provisions them with `systemd-creds encrypt`.
class CredentialsSecretStore final : public SecretStore
{
public:
    using SecretStore::read;
    using SecretStore::remove;
    using SecretStore::write;
    /// `directory` defaults to $CREDENTIALS_DIRECTORY.
    explicit CredentialsSecretStore(QString directory = {});

    Result<SecureBytes> read(const QString &name) override;
    Status write(const QString &name, const SecureBytes &value) override;
    Status remove(const QString &name) override;
    QString description() const override;
    QString sourceId() const override { return QStringLiteral("credentials"); }

    static QString credentialName(const QString &name);

private:
    QString m_directory;
};

} // namespace Keyward::Secrets

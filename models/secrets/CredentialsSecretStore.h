#pragma once

#include "SecretStore.h"

namespace Keyward::Secrets {

/// Keys handed to a service by systemd (`LoadCredentialEncrypted=`), read from `$CREDENTIALS_DIRECTORY`.
/// The files are named `keyward-<secret name>` and hold 32 raw bytes or 64 hex digits. Read-only by design:
/// the operator provisions them with `systemd-creds encrypt`.
class CredentialsSecretStore final : public SecretStore
{
public:
    /// `directory` defaults to $CREDENTIALS_DIRECTORY.
    explicit CredentialsSecretStore(QString directory = {});

    Result<SecureBytes> read(SecretKind kind) override;
    Status write(SecretKind kind, const SecureBytes &value) override;
    Status remove(SecretKind kind) override;
    QString description() const override;
    QString sourceId() const override { return QStringLiteral("credentials"); }

    static QString credentialName(SecretKind kind);

private:
    QString m_directory;
};

} // namespace Keyward::Secrets

#include "SecretStore.h"

namespace Keyward::Secrets {

QString secretName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::DatabaseKey:
        return QStringLiteral("db-key");
    case SecretKind::DatabaseKeyNext:
        return QStringLiteral("db-key-next");
    case SecretKind::CheckpointKey:
        return QStringLiteral("checkpoint-key");
    case SecretKind::BackupKey:
        return QStringLiteral("backup-key");
    }
    return {};
}

QString clientSecretName(qint64 appId)
{
    return QStringLiteral("app-%1-client-secret").arg(appId);
}

QString clientSecretNextName(qint64 appId)
{
    return QStringLiteral("app-%1-client-secret-next").arg(appId);
}

QString tokenKeyName(const QString &keyId)
{
    return QStringLiteral("token-key-") + keyId;
}

QString webhookSecretName(qint64 secretId)
{
    return QStringLiteral("webhook-secret-%1").arg(secretId);
}

bool isKeyName(const QString &name)
{
    for (const SecretKind kind :
         {SecretKind::DatabaseKey, SecretKind::DatabaseKeyNext, SecretKind::CheckpointKey, SecretKind::BackupKey}) {
        if (name == secretName(kind))
            return true;
    }
    return name.startsWith(QLatin1String("token-key-"));
}

} // namespace Keyward::Secrets

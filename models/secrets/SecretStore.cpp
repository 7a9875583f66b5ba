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

} // namespace Keyward::Secrets

#include "ProfileStatus.h"

namespace Keyward::Engine {

QJsonObject ProfileStatus::toJson() const
{
    return {
        {QLatin1String("profile"), name},
        {QLatin1String("path"), directory},
        {QLatin1String("id"), profileId},
        {QLatin1String("cipher_version"), cipherVersion},
        {QLatin1String("schema_version"), schemaVersion},
        {QLatin1String("supported_schema_version"), supportedSchemaVersion},
        {QLatin1String("key_source"), keySource},
        {QLatin1String("owner"), owner},
        {QLatin1String("database_bytes"), databaseBytes},
        {QLatin1String("audit"),
         QJsonObject {{QLatin1String("events"), auditEvents},
                      {QLatin1String("head_seq"), auditHeadSeq},
                      {QLatin1String("head_hash"), auditHeadHash},
                      {QLatin1String("head_time"), auditHeadTime},
                      {QLatin1String("checkpoints"), checkpoints},
                      {QLatin1String("last_checkpoint_seq"), lastCheckpointSeq}}},
    };
}

} // namespace Keyward::Engine

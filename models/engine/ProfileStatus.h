#pragma once

#include <QJsonObject>
#include <QString>

namespace Keyward::Engine {

/// What `keyward-cli status` and the console's status bar show about an open profile.
struct ProfileStatus
{
    QString name;
    QString directory;
    QString profileId;
    QString cipherVersion;
    int schemaVersion = 0;
    int supportedSchemaVersion = 0;
    QString keySource;
    bool owner = false; ///< holds the profile's owner lock
    qint64 auditEvents = 0;
    qint64 auditHeadSeq = 0;
    QString auditHeadHash; ///< hex
    QString auditHeadTime;
    qint64 checkpoints = 0;
    qint64 lastCheckpointSeq = 0;
    qint64 databaseBytes = 0;

    QJsonObject toJson() const;
};

} // namespace Keyward::Engine

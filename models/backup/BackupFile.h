#pragma once

#include <QCoreApplication>

#include "audit/ChainVerifier.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QString>

namespace Keyward::Backup {

/// What a backup says about itself (stored in its own encrypted `meta` table) and what checking it found.
struct BackupInfo
{
    QString path;
    QString profileId;
    QString createdAt;
    int schemaVersion = 0;
    qint64 auditHeadSeq = 0;
    qint64 bytes = 0;
    Audit::VerifyReport audit;

    QJsonObject toJson() const;
};

/// An encrypted backup file: a SQLCipher copy of the profile database under the profile's backup key
/// (not the database key), so a backup can be handed to storage that never sees the live key.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Backup::BackupFile)

public:
    /// Copies `db` consistently while it stays in use, to `path.partial`, records the metadata, syncs, and
    /// renames into place: a crash leaves no half-written file under the final name.
    static Result<BackupInfo> create(Storage::Database &db, const QString &path, const SecureBytes &backupKey,
                                     const Storage::CipherSettings &cipher, const QString &profileId);
    /// Decrypts, runs SQLite's integrity check, checks the schema is one this build reads, and verifies the
    /// audit chain inside. Never writes to the file.
    static Result<BackupInfo> inspect(const QString &path, const SecureBytes &backupKey,
                                      const Storage::CipherSettings &cipher, const SecureBytes *checkpointKey);
};

/// fsync() a file by path, so a rename after it is durable.
Status syncFile(const QString &path);

} // namespace Keyward::Backup

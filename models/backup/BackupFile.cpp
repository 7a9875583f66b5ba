#include "BackupFile.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace Keyward::Backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Backup", text);
}

} // namespace

QJsonObject BackupInfo::toJson() const
{
    return {{QLatin1String("path"), path},
            {QLatin1String("profile_id"), profileId},
            {QLatin1String("created_at"), createdAt},
            {QLatin1String("schema_version"), schemaVersion},
            {QLatin1String("audit_head_seq"), auditHeadSeq},
            {QLatin1String("bytes"), bytes},
            {QLatin1String("audit_intact"), audit.intact},
            {QLatin1String("audit_events"), audit.eventsChecked},
            {QLatin1String("problem"), audit.problem}};
}

Status syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Error {ErrorCode::Failure, tr("The file %1 could not be synced to disk.").arg(path)};
    }
    ::close(fd);
    return {};
}

Result<BackupInfo> BackupFile::create(Storage::Database &db, const QString &path, const SecureBytes &backupKey,
                                      const Storage::CipherSettings &cipher, const QString &profileId)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    auto fail = [&](const Error &error) -> Result<BackupInfo> {
        QFile::remove(partial);
        return error;
    };

    if (Status copied = db.exportEncryptedCopy(partial, backupKey, cipher); !copied.ok())
        return fail(copied.error());

    BackupInfo info;
    info.path = path;
    info.profileId = profileId;
    info.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    {
        auto copy = Storage::Database::open(partial, backupKey, cipher, Storage::Database::OpenMode::Existing);
        if (!copy.ok())
            return fail(copy.error());
        auto version = Storage::Migrations::currentVersion(*copy.value());
        if (!version.ok())
            return fail(version.error());
        info.schemaVersion = version.value();
        // The copy's own head: the profile may have moved on while the copy was made.
        auto head = Audit::AuditLog(*copy.value(), {}).head();
        if (!head.ok())
            return fail(head.error());
        info.auditHeadSeq = head->seq;
        Status recorded = copy.value()->transaction([&]() -> Status {
            KW_TRY(copy.value()->setMeta(QStringLiteral("backup.profile_id"), profileId));
            KW_TRY(copy.value()->setMeta(QStringLiteral("backup.created_at"), info.createdAt));
            return copy.value()->setMeta(QStringLiteral("backup.audit_head_seq"), QString::number(info.auditHeadSeq));
        });
        if (!recorded.ok())
            return fail(recorded.error());
        // A backup is one self-contained file: fold the WAL in and leave no -wal/-shm beside it.
        if (Status folded = copy.value()->exec("PRAGMA journal_mode = DELETE"); !folded.ok())
            return fail(folded.error());
    }
    if (Status synced = syncFile(partial); !synced.ok())
        return fail(synced.error());
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return fail(Error {ErrorCode::Failure, tr("The backup could not be moved into place at %1.").arg(path)});
    info.bytes = QFileInfo(path).size();
    return info;
}

Result<BackupInfo> BackupFile::inspect(const QString &path, const SecureBytes &backupKey,
                                       const Storage::CipherSettings &cipher, const SecureBytes *checkpointKey)
{
    if (!QFileInfo::exists(path))
        return Error {ErrorCode::NotFound, tr("There is no backup file at %1.").arg(path)};
    auto db = Storage::Database::open(path, backupKey, cipher, Storage::Database::OpenMode::ReadOnly);
    if (!db.ok()) {
        if (db.error().code == ErrorCode::WrongKey || db.error().code == ErrorCode::Integrity) {
            return Error {ErrorCode::Integrity,
                          tr("The backup %1 cannot be decrypted: it is damaged or truncated, or it belongs to another "
                             "profile (another backup key).")
                              .arg(path),
                          db.error().detail};
        }
        return db.error();
    }
    auto integrity = db.value()->prepare("PRAGMA integrity_check");
    if (!integrity.ok())
        return Error {ErrorCode::Integrity, tr("The backup %1 is damaged.").arg(path), integrity.error().detail};
    auto row = integrity->step();
    if (!row.ok() || !row.value() || integrity->text(0) != QLatin1String("ok")) {
        return Error {
            ErrorCode::Integrity,
            tr("The backup %1 is damaged or truncated (integrity check failed): use another backup.").arg(path),
            row.ok() && row.value() ? integrity->text(0) : row.error().detail};
    }
    KW_TRY(Storage::Migrations::checkCompatible(*db.value()));

    BackupInfo info;
    info.path = path;
    info.bytes = QFileInfo(path).size();
    auto version = Storage::Migrations::currentVersion(*db.value());
    if (!version.ok())
        return version.error();
    info.schemaVersion = version.value();
    auto profileId = db.value()->meta(QStringLiteral("backup.profile_id"));
    auto createdAt = db.value()->meta(QStringLiteral("backup.created_at"));
    auto headSeq = db.value()->meta(QStringLiteral("backup.audit_head_seq"));
    if (!profileId.ok() || !createdAt.ok() || !headSeq.ok() || profileId->isEmpty())
        return Error {ErrorCode::Integrity, tr("The file %1 is not a Keyward backup (no backup record).").arg(path)};
    info.profileId = profileId.value();
    info.createdAt = createdAt.value();
    info.auditHeadSeq = headSeq->toLongLong();

    auto report = Audit::AuditVerifier::verify(*db.value(), checkpointKey);
    if (!report.ok())
        return report.error();
    info.audit = report.value();
    return info;
}

} // namespace Keyward::Backup

#include "SqliteError.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sqlcipher/sqlite3.h>

namespace Keyward::Storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Storage", text);
}

// The directory of the connection's main database file, so a permission error can name it.
static QString databaseDirectory(sqlite3 *db)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!file || !*file)
        return {};
    return QFileInfo(QFile::decodeName(file)).absolutePath();
}

Error sqliteError(sqlite3 *db, int rc, const char *operation)
{
    const int primary = rc & 0xff;
    const int sysErrno = db ? sqlite3_system_errno(db) : 0;
    const QString detail
        = QStringLiteral("%1: %2 (sqlite %3, errno %4)")
              .arg(QString::fromUtf8(operation), QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)))
              .arg(rc)
              .arg(sysErrno);
    qCWarning(lcStorage).noquote() << detail;

    // SQLITE_ERROR too: sqlcipher_export() (backups) reports a failed write to the copy as a plain error.
    if (primary == SQLITE_FULL
        || ((primary == SQLITE_IOERR || primary == SQLITE_ERROR) && (sysErrno == ENOSPC || sysErrno == EFBIG))) {
        return {ErrorCode::DiskFull,
                tr("The disk is full (or a file size limit was reached) while writing the profile: free some "
                   "space and retry. The change was not saved."),
                detail};
    }
    switch (primary) {
    case SQLITE_NOTADB:
        return {ErrorCode::WrongKey,
                tr("The profile's database cannot be decrypted: the key does not match this profile, or the file is "
                   "damaged. Check that the right keychain is unlocked, or restore the profile from a backup."),
                detail};
    case SQLITE_CORRUPT:
        return {ErrorCode::Integrity,
                tr("The profile's database is damaged: restore it from a backup (keyward-cli backup restore)."),
                detail};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::ReadOnly,
                tr("The profile cannot be written (the database file or its directory %1 is read-only): check the "
                   "permissions of the profile directory.")
                    .arg(databaseDirectory(db)),
                detail};
    case SQLITE_CANTOPEN:
        return {ErrorCode::ReadOnly,
                tr("The profile's database cannot be opened or created: check that the profile directory %1 exists "
                   "and is writable.")
                    .arg(databaseDirectory(db)),
                detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::ProfileBusy, tr("The profile is busy in another process: wait for it to finish and retry."),
                detail};
    default:
        return {ErrorCode::Failure, tr("The profile's database reported an error (%1).").arg(rc), detail};
    }
}

} // namespace Keyward::Storage

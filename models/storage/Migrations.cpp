#include "Migrations.h"

#include "Database.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Keyward::Storage {

namespace {

struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

// Append only: never edit a migration that has shipped; add a new one.
constexpr Migration kMigrations[] = {
    {1, "foundation", R"sql(
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor_user TEXT NOT NULL,
    actor_host TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY,
    head_hash BLOB NOT NULL,
    time TEXT NOT NULL,
    mac BLOB NOT NULL
);
-- The audit log is append-only; the chain and the checkpoints catch anyone who drops these triggers.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
)sql"},
};

} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    return static_cast<int>(version.value());
}

Status Migrations::checkCompatible(Database &db)
{
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > latestVersion()) {
        return Error {ErrorCode::IncompatibleSchema,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "This profile was written by a newer Keyward (schema %1; this "
                                                  "version understands up to %2). Install the newer Keyward to "
                                                  "open it; nothing was changed.")
                          .arg(current.value())
                          .arg(latestVersion())};
    }
    return {};
}

Status Migrations::migrate(Database &db)
{
    KW_TRY(checkCompatible(db));
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current.value())
            continue;
        qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
        KW_TRY(db.transaction([&]() -> Status {
            KW_TRY(db.exec(migration.sql));
            auto record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)");
            if (!record.ok())
                return record.error();
            record->bind(1, qint64(migration.version))
                .bind(2, QString::fromUtf8(migration.name))
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            KW_TRY(record->run());
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version).toUtf8().constData());
        }));
    }
    return {};
}

} // namespace Keyward::Storage

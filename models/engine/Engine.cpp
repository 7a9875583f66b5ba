#include "Engine.h"

#include "connections/ConnectionService.h"
#include "reports/ReportService.h"
#include "retention/RetentionService.h"
#include "webhooks/EventPublisher.h"
#include "webhooks/WebhookServer.h"
#include "webhooks/WebhookService.h"

#include "audit/AuditVerifier.h"
#include "core/Logging.h"
#include "jobs/JobRunner.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProfileLock.h"
#include "storage/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>

#include <csignal>

namespace Keyward::Engine {

using Secrets::SecretKind;
using Storage::Database;
namespace Authz = ::Keyward::Access;

namespace {

constexpr std::size_t kKeySize = 32;

Audit::AuditEventDraft event(const QString &action, const QString &target, QJsonObject details = {},
                             Audit::Outcome outcome = Audit::Outcome::Success)
{
    return {action, target, outcome, std::move(details)};
}

QString profileTarget(const Storage::ProfileLocation &location)
{
    return QStringLiteral("profile:") + location.name();
}

/// Opens the database with the current key; after an interrupted rekey, with the pending one.
/// `promoted` tells whether the pending key turned out to be the right one.
Result<std::unique_ptr<Database>> openWithRecovery(Secrets::SecretStore &secrets,
                                                   const Storage::ProfileManifest &manifest, const QString &path,
                                                   Database::OpenMode mode, bool *promoted)
{
    *promoted = false;
    auto current = secrets.read(SecretKind::DatabaseKey);
    if (current.ok()) {
        auto db = Database::open(path, current.value(), manifest.cipher, mode);
        if (db.ok() || db.error().code != ErrorCode::WrongKey)
            return db;
    } else if (current.error().code != ErrorCode::SecretMissing) {
        return current.error();
    }
    auto pending = secrets.read(SecretKind::DatabaseKeyNext);
    if (pending.ok()) {
        auto db = Database::open(path, pending.value(), manifest.cipher, mode);
        if (db.ok()) {
            qCInfo(lcEngine) << "database opened with the pending key: completing an interrupted rekey";
            *promoted = true;
            return db;
        }
    }
    if (!current.ok())
        return current.error();
    return Database::open(path, current.value(), manifest.cipher, mode); // the original error, for the user
}

} // namespace

void crashPoint(const char *point)
{
    static const QByteArray target = qgetenv("KEYWARD_TEST_CRASH_AT");
    if (!target.isEmpty() && target == point)
        std::raise(SIGKILL);
}

Engine::~Engine()
{
    static_cast<void>(close());
}

Status Engine::close()
{
    if (m_closed || !m_db)
        return {};
    m_closed = true;
    stopReceiver();
    stopWorkers();
    Status status;
    // m_audit is still null when open() failed after opening the database (e.g. a newer schema).
    if (m_audit && m_audit->hasCheckpointKey()) {
        auto head = m_audit->head();
        auto last = m_audit->lastCheckpoint();
        if (head.ok() && last.ok() && head->seq > last->seq)
            status = m_audit->checkpoint();
    }
    if (m_access == ProfileAccess::Owner)
        static_cast<void>(m_db->checkpointWal());
    m_retention.reset();
    m_webhooks.reset();
    m_connections.reset();
    m_events.reset();
    m_jobs.reset();
    m_audit.reset();
    m_db.reset();
    m_lock.reset();
    return status;
}

Result<std::unique_ptr<Engine>> Engine::create(const Storage::ProfileLocation &location,
                                               const SecretStoreFactory &secrets, KeySource source,
                                               const Audit::Actor &actor)
{
    if (location.exists()) {
        return Error {ErrorCode::Usage,
                      tr("A profile already exists at %1: open it, or choose another name or directory.")
                          .arg(location.directory())};
    }
    Storage::ProfileManifest manifest;
    manifest.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    manifest.name = location.name();
    manifest.created = QDateTime::currentDateTimeUtc();

    std::unique_ptr<Engine> engine(new Engine);
    engine->m_location = location;
    engine->m_manifest = manifest;
    engine->m_access = ProfileAccess::Owner;
    engine->m_secrets = secrets(manifest.id);

    // Keys first: if the keychain is unreachable nothing is written anywhere.
    const SecretKind kinds[] = {SecretKind::DatabaseKey, SecretKind::CheckpointKey, SecretKind::BackupKey};
    SecureBytes dbKey;
    SecureBytes checkpointKey;
    if (source == KeySource::Credentials) {
        auto key = engine->m_secrets->read(SecretKind::DatabaseKey);
        if (!key.ok())
            return key.error();
        dbKey = key.value();
        auto macKey = engine->m_secrets->read(SecretKind::CheckpointKey);
        if (!macKey.ok())
            return macKey.error();
        checkpointKey = macKey.value();
        // Not needed yet, but a profile whose backups cannot be made should fail now, not at the first backup.
        if (auto backupKey = engine->m_secrets->read(SecretKind::BackupKey); !backupKey.ok())
            return backupKey.error();
    } else {
        for (const SecretKind kind : kinds) {
            SecureBytes key = SecureBytes::random(kKeySize);
            if (key.isEmpty())
                return Error {ErrorCode::Failure, tr("The system's random number generator failed.")};
            if (Status stored = engine->m_secrets->write(kind, key); !stored.ok()) {
                for (const SecretKind undo : kinds)
                    static_cast<void>(engine->m_secrets->remove(undo));
                return stored.error();
            }
            if (kind == SecretKind::DatabaseKey)
                dbKey = key;
            else if (kind == SecretKind::CheckpointKey)
                checkpointKey = key;
        }
    }

    const bool madeDirectory = !QFileInfo::exists(location.directory());
    auto undo = [&](const Error &error) -> Result<std::unique_ptr<Engine>> {
        engine->m_audit.reset();
        engine->m_db.reset();
        engine->m_lock.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location.databasePath() + suffix);
        QFile::remove(location.manifestPath());
        if (madeDirectory)
            QDir().rmdir(location.directory());
        if (source == KeySource::Keychain) {
            for (const SecretKind kind : kinds)
                static_cast<void>(engine->m_secrets->remove(kind));
        }
        return error;
    };
    if (!QDir().mkpath(location.directory())) {
        return undo(Error {ErrorCode::ReadOnly,
                           tr("The profile directory %1 cannot be created: check that its parent is writable.")
                               .arg(location.directory())});
    }
    auto lock = Storage::ProfileLock::acquire(location);
    if (!lock.ok())
        return undo(lock.error());
    engine->m_lock = std::move(lock.value());
    if (QFileInfo::exists(location.databasePath())) {
        return undo(Error {
            ErrorCode::Usage,
            tr("%1 already holds a database but no profile manifest: move it away first.").arg(location.directory())});
    }
    auto db = Database::open(location.databasePath(), dbKey, manifest.cipher, Database::OpenMode::Create);
    if (!db.ok())
        return undo(db.error());
    engine->m_db = std::move(db.value());
    if (Status migrated = Storage::Migrations::migrate(*engine->m_db); !migrated.ok())
        return undo(migrated.error());
    engine->m_audit = std::make_unique<Audit::AuditLog>(*engine->m_db, actor);
    engine->m_jobs = std::make_unique<Jobs::JobStore>(*engine->m_db);
    KW_TRY(engine->attachServices());
    engine->m_audit->setCheckpointKey(checkpointKey);
    const auto recorded
        = engine->m_audit->record(event(QStringLiteral("profile.create"), profileTarget(location),
                                        {{QLatin1String("profile_id"), manifest.id},
                                         {QLatin1String("key_source"), engine->m_secrets->sourceId()},
                                         {QLatin1String("cipher_version"), engine->m_db->cipherVersion()},
                                         {QLatin1String("schema_version"), Storage::Migrations::latestVersion()},
                                         {QLatin1String("db_key_fingerprint"), dbKey.fingerprint()}}));
    if (!recorded.ok())
        return undo(recorded.error());
    if (Status saved = manifest.save(location.manifestPath()); !saved.ok())
        return undo(saved.error());
    qCInfo(lcEngine) << "created profile" << location.name() << "key" << dbKey.fingerprint();
    return engine;
}

Result<std::unique_ptr<Engine>> Engine::open(const OpenOptions &options)
{
    auto manifest = Storage::ProfileManifest::load(options.location.manifestPath());
    if (!manifest.ok())
        return manifest.error();
    std::unique_ptr<Engine> engine(new Engine);
    engine->m_location = options.location;
    engine->m_manifest = manifest.value();
    engine->m_access = options.access;
    engine->m_secrets = options.secrets(engine->m_manifest.id);

    if (options.access == ProfileAccess::Owner) {
        auto lock = Storage::ProfileLock::acquire(options.location);
        if (!lock.ok())
            return lock.error();
        engine->m_lock = std::move(lock.value());
    }
    bool promoted = false;
    auto db = openWithRecovery(*engine->m_secrets, engine->m_manifest, options.location.databasePath(),
                               Database::OpenMode::Existing, &promoted);
    if (!db.ok())
        return db.error();
    engine->m_db = std::move(db.value());

    if (options.access == ProfileAccess::Owner) {
        KW_TRY(Storage::Migrations::migrate(*engine->m_db));
    } else {
        KW_TRY(Storage::Migrations::checkCompatible(*engine->m_db));
        auto version = Storage::Migrations::currentVersion(*engine->m_db);
        if (!version.ok())
            return version.error();
        if (version.value() < Storage::Migrations::latestVersion()) {
            return Error {ErrorCode::ProfileBusy,
                          tr("The profile needs a schema upgrade, which only the process that owns it can do: close "
                             "the other Keyward using it and retry.")};
        }
    }
    engine->m_audit = std::make_unique<Audit::AuditLog>(*engine->m_db, options.actor);
    engine->m_jobs = std::make_unique<Jobs::JobStore>(*engine->m_db);
    KW_TRY(engine->attachServices());
    auto checkpointKey = engine->m_secrets->read(SecretKind::CheckpointKey);
    if (!checkpointKey.ok())
        return checkpointKey.error();
    engine->m_audit->setCheckpointKey(checkpointKey.value());

    // Finish or clean up a rotation that a crash interrupted (see rekeyDatabase()).
    if (options.access == ProfileAccess::Owner && engine->m_secrets->sourceId() != QLatin1String("credentials")) {
        if (promoted) {
            auto next = engine->m_secrets->read(SecretKind::DatabaseKeyNext);
            if (!next.ok())
                return next.error();
            KW_TRY(engine->m_secrets->write(SecretKind::DatabaseKey, next.value()));
            KW_TRY(engine->m_secrets->remove(SecretKind::DatabaseKeyNext));
            KW_TRY(engine->record(event(QStringLiteral("db.rekey"), profileTarget(options.location),
                                        {{QLatin1String("completed_after_interruption"), true},
                                         {QLatin1String("new_key_fingerprint"), next->fingerprint()}})));
        } else if (auto next = engine->m_secrets->read(SecretKind::DatabaseKeyNext); next.ok()) {
            // Either the rotation stopped before the file was re-encrypted (the pending key was never used), or
            // it stopped after the new key became current (only the pending entry was left to remove).
            auto current = engine->m_secrets->read(SecretKind::DatabaseKey);
            const bool completed = current.ok() && current->equals(next.value());
            KW_TRY(engine->m_secrets->remove(SecretKind::DatabaseKeyNext));
            if (completed) {
                KW_TRY(engine->record(event(QStringLiteral("db.rekey"), profileTarget(options.location),
                                            {{QLatin1String("completed_after_interruption"), true},
                                             {QLatin1String("new_key_fingerprint"), next->fingerprint()}})));
            } else {
                KW_TRY(engine->record(event(QStringLiteral("db.rekey"), profileTarget(options.location),
                                            {{QLatin1String("abandoned_after_interruption"), true}},
                                            Audit::Outcome::Failure)));
            }
        }
    }
    return engine;
}

Result<ProfileStatus> Engine::status()
{
    KW_TRY(authorize(Authz::Permission::ProfileRead));
    ProfileStatus status;
    status.name = m_location.name();
    status.directory = m_location.directory();
    status.profileId = m_manifest.id;
    status.cipherVersion = m_db->cipherVersion();
    auto schema = Storage::Migrations::currentVersion(*m_db);
    if (!schema.ok())
        return schema.error();
    status.schemaVersion = schema.value();
    status.supportedSchemaVersion = Storage::Migrations::latestVersion();
    status.keySource = m_secrets->sourceId();
    status.owner = m_access == ProfileAccess::Owner;
    auto count = m_audit->count();
    auto head = m_audit->head();
    auto checkpoints = m_db->queryInt("SELECT count(*) FROM audit_checkpoints");
    auto last = m_audit->lastCheckpoint();
    if (!count.ok())
        return count.error();
    if (!head.ok())
        return head.error();
    if (!checkpoints.ok())
        return checkpoints.error();
    if (!last.ok())
        return last.error();
    status.auditEvents = count.value();
    status.auditHeadSeq = head->seq;
    status.auditHeadHash = QString::fromLatin1(head->hash.toHex());
    auto latest = m_audit->latest(1);
    if (latest.ok() && !latest->isEmpty())
        status.auditHeadTime = latest->first().time;
    status.checkpoints = checkpoints.value();
    status.lastCheckpointSeq = last->seq;
    status.databaseBytes = QFileInfo(m_location.databasePath()).size()
        + QFileInfo(m_location.databasePath() + QStringLiteral("-wal")).size();
    return status;
}

Result<qint64> Engine::record(const Audit::AuditEventDraft &draft)
{
    return m_audit->record(draft);
}

Result<Audit::VerifyReport> Engine::verifyAudit(const std::function<void(qint64)> &progress)
{
    KW_TRY(authorize(Authz::Permission::AuditRead));
    return verifyAuditUnchecked(progress);
}

Result<Audit::VerifyReport> Engine::verifyAuditUnchecked(const std::function<void(qint64)> &progress)
{
    auto key = m_secrets->read(SecretKind::CheckpointKey);
    auto report = Audit::AuditVerifier::verify(*m_db, key.ok() ? &key.value() : nullptr, progress);
    if (!report.ok())
        return report;
    // A broken chain is itself an event worth recording; a clean check is not (it changes nothing).
    if (!report->intact) {
        const QJsonObject details {{QLatin1String("broken_seq"), report->brokenSeq},
                                   {QLatin1String("problem"), report->problem}};
        static_cast<void>(m_db->transaction([&]() -> Status {
            KW_TRY(m_audit->append(
                event(QStringLiteral("audit.verify"), QStringLiteral("audit"), details, Audit::Outcome::Failure)));
            return m_events->publish(QLatin1String(Webhooks::Event::AuditChainBroken), details);
        }));
        return report; // the break is the finding; the page check adds nothing to it
    }
    // The chain covers the events; the rest of the file (the search indexes, the other tables) must be sound too,
    // or a filter could fail later on a page nobody read here.
    KW_TRY(checkDatabasePages());
    return report;
}

Status Engine::checkDatabasePages()
{
    auto check = m_db->prepare("PRAGMA quick_check");
    KW_TRY(check);
    QStringList problems;
    for (;;) {
        auto row = check->step();
        if (!row.ok())
            return Error {ErrorCode::Integrity, tr("The profile's database file is damaged: restore it from a backup."),
                          row.error().detail};
        if (!row.value())
            break;
        problems.append(check->text(0));
    }
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return Error {ErrorCode::Integrity, tr("The profile's database file is damaged: restore it from a backup."),
                  problems.join(u'\n').left(2000)};
}

Result<Audit::AuditExport::Summary> Engine::exportAudit(QIODevice &out, const QString &destination)
{
    KW_TRY(authorize(Authz::Permission::AuditExport));
    KW_TRY(record(
        event(QStringLiteral("audit.export"), QStringLiteral("audit"),
              {{QLatin1String("destination"), destination}, {QLatin1String("format"), QLatin1String("jsonl")}})));
    KW_TRY(m_audit->checkpoint());
    auto summary = Audit::AuditExport::write(*m_db, out, m_manifest.id);
    if (!summary.ok()) {
        // The export was announced above; say that it did not complete.
        static_cast<void>(record(
            event(QStringLiteral("audit.export"), QStringLiteral("audit"),
                  {{QLatin1String("destination"), destination}, {QLatin1String("error"), summary.error().userMessage}},
                  Audit::Outcome::Failure)));
    }
    return summary;
}

Result<qint64> Engine::exportAuditSelection(QIODevice &out, const QString &destination,
                                            const Audit::AuditFilter &filter, const QList<qint64> &seqs,
                                            Audit::AuditExport::SelectionFormat format)
{
    KW_TRY(authorize(Authz::Permission::AuditExport));
    const QLatin1String formatName(format == Audit::AuditExport::SelectionFormat::Csv ? "csv" : "jsonl");
    const QJsonObject details {
        {QLatin1String("destination"), destination},
        {QLatin1String("format"), formatName},
        {QLatin1String("selection"),
         seqs.isEmpty() ? filter.describe() : QStringLiteral("%1 selected event(s)").arg(seqs.size())}};
    KW_TRY(record(event(QStringLiteral("audit.export"), QStringLiteral("audit"), details)));
    auto written = Audit::AuditExport::writeSelection(*m_db, out, m_manifest.id, filter, seqs, format);
    if (!written.ok()) {
        QJsonObject failed = details;
        failed.insert(QLatin1String("error"), written.error().userMessage);
        static_cast<void>(
            record(event(QStringLiteral("audit.export"), QStringLiteral("audit"), failed, Audit::Outcome::Failure)));
    }
    return written;
}

Status Engine::rekeyDatabase()
{
    KW_TRY(authorize(Authz::Permission::ProfileAdminister));
    if (m_access != ProfileAccess::Owner)
        return Error {ErrorCode::ProfileBusy, tr("Rotating the database key needs the profile to itself.")};
    if (m_secrets->sourceId() == QLatin1String("credentials")) {
        return Error {ErrorCode::Usage,
                      tr("The database key comes from systemd credentials, which Keyward cannot change: rotate it "
                         "with the OS keychain as key source, then provision the new key as a credential.")};
    }
    auto oldKey = m_secrets->read(SecretKind::DatabaseKey);
    if (!oldKey.ok())
        return oldKey.error();
    m_checkpointer.reset(); // its connection holds the old key
    SecureBytes newKey = SecureBytes::random(kKeySize);
    if (newKey.isEmpty())
        return Error {ErrorCode::Failure, tr("The system's random number generator failed.")};
    const QString target = profileTarget(m_location);
    auto failed = [&](const Error &error) -> Status {
        static_cast<void>(record(event(QStringLiteral("db.rekey"), target, {{QLatin1String("error"), error.detail}},
                                       Audit::Outcome::Failure)));
        return error;
    };

    // 1. Keep the new key before the file needs it.
    if (Status stored = m_secrets->write(SecretKind::DatabaseKeyNext, newKey); !stored.ok())
        return failed(stored.error());
    crashPoint("rekey:after-next-key");
    // 2. Re-encrypt. Atomic in SQLite: after a crash the file opens with the old key or the new one.
    if (Status rekeyed = m_db->rekey(newKey); !rekeyed.ok()) {
        // The file keeps the old key, but this connection may have switched to the new one (see Database::rekey):
        // replace it with one under the old key before anything else is written through it.
        auto reopened = Database::open(m_location.databasePath(), oldKey.value(), m_manifest.cipher,
                                       Database::OpenMode::Existing);
        if (!reopened.ok())
            return rekeyed.error(); // keep the pending key: open() tries both
        const Audit::Actor actor = m_audit->actor();
        stopWorkers();
        m_webhooks.reset();
        m_connections.reset();
        m_events.reset();
        m_jobs.reset();
        m_audit.reset();
        m_db = std::move(reopened.value());
        m_audit = std::make_unique<Audit::AuditLog>(*m_db, actor);
        m_jobs = std::make_unique<Jobs::JobStore>(*m_db);
        static_cast<void>(attachServices());
        if (auto checkpointKey = m_secrets->read(SecretKind::CheckpointKey); checkpointKey.ok())
            m_audit->setCheckpointKey(checkpointKey.value());
        static_cast<void>(m_secrets->remove(SecretKind::DatabaseKeyNext));
        return failed(rekeyed.error());
    }
    crashPoint("rekey:after-rekey");
    // 3. Make the new key current; 4. drop the pending entry.
    if (Status stored = m_secrets->write(SecretKind::DatabaseKey, newKey); !stored.ok())
        return failed(stored.error()); // open() still finds the pending key and completes the rotation
    crashPoint("rekey:after-current-key");
    static_cast<void>(m_secrets->remove(SecretKind::DatabaseKeyNext));
    return record(event(QStringLiteral("db.rekey"), target,
                        {{QLatin1String("old_key_fingerprint"), oldKey->fingerprint()},
                         {QLatin1String("new_key_fingerprint"), newKey.fingerprint()}}))
               .ok()
        ? Status()
        : Status(Error {ErrorCode::Failure, tr("The key was rotated but the audit event could not be written.")});
}

Result<Backup::BackupInfo> Engine::createBackup(const QString &path)
{
    KW_TRY(authorize(Authz::Permission::BackupCreate));
    auto key = m_secrets->read(SecretKind::BackupKey);
    if (!key.ok())
        return key.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto info = Backup::BackupFile::create(*m_db, absolute, key.value(), m_manifest.cipher, m_manifest.id);
    if (!info.ok()) {
        static_cast<void>(record(event(QStringLiteral("backup.create"), absolute,
                                       {{QLatin1String("error"), info.error().userMessage}}, Audit::Outcome::Failure)));
        return info;
    }
    KW_TRY(record(event(QStringLiteral("backup.create"), absolute,
                        {{QLatin1String("bytes"), info->bytes},
                         {QLatin1String("audit_head_seq"), info->auditHeadSeq},
                         {QLatin1String("backup_key_fingerprint"), key->fingerprint()}})));
    return info;
}

Result<Backup::BackupInfo> Engine::verifyBackup(const QString &path)
{
    KW_TRY(authorize(Authz::Permission::BackupCreate));
    auto key = m_secrets->read(SecretKind::BackupKey);
    if (!key.ok())
        return key.error();
    auto checkpointKey = m_secrets->read(SecretKind::CheckpointKey);
    auto info = Backup::BackupFile::inspect(QFileInfo(path).absoluteFilePath(), key.value(), m_manifest.cipher,
                                            checkpointKey.ok() ? &checkpointKey.value() : nullptr);
    if (info.ok() && info->profileId != m_manifest.id) {
        return Error {ErrorCode::Usage,
                      tr("The backup %1 belongs to another profile (%2), not to \"%3\".")
                          .arg(path, info->profileId, m_location.name())};
    }
    return info;
}

Status Engine::attachServices()
{
    m_events = std::make_unique<Webhooks::EventPublisher>(
        Webhooks::EventPublisher::Dependencies {*m_db, *m_audit, *m_secrets, *m_jobs,
                                                [this] {
                                                    if (m_runner)
                                                        m_runner->wake();
                                                },
                                                [this](Authz::Permission permission) {
                                                    return authorize(permission);
                                                }});
    const auto publish = [this](const QString &type, const QJsonObject &data) {
        return m_events->publish(type, data);
    };
    m_users = std::make_unique<Authz::AccessService>(*m_db, *m_audit);
    m_users->setAuthorizer([this](Authz::Permission permission) { return authorize(permission); });
    m_connections = std::make_unique<Connections::ConnectionService>(Connections::ConnectionService::Dependencies {
        *m_db, *m_audit, *m_secrets, *m_jobs,
        [this] {
            if (m_runner)
                m_runner->wake();
        },
        [this](Authz::Permission permission) { return authorize(permission); }, publish});
    m_webhooks = std::make_unique<Webhooks::WebhookService>(Webhooks::WebhookService::Dependencies {
        *m_db, *m_audit, *m_secrets, *m_jobs, *m_connections,
        [this] {
            if (m_runner)
                m_runner->wake();
        },
        [this](Authz::Permission permission) { return authorize(permission); }, publish});
    m_retention = std::make_unique<Retention::RetentionService>(
        Retention::RetentionService::Dependencies {*m_db, *m_audit, *m_jobs, [this](Authz::Permission permission) {
                                                       return authorize(permission);
                                                   }});
    if (m_access != ProfileAccess::Owner)
        return {};
    m_connections->registerJobs(m_registry);
    m_webhooks->registerJobs(m_registry);
    m_events->registerJobs(m_registry);
    m_retention->registerJobs(m_registry);
    Reports::ReportService::registerJobs(m_registry, *this);
    KW_TRY(m_webhooks->ensureSchedule());
    KW_TRY(m_retention->ensureSchedule(QDateTime::currentMSecsSinceEpoch()));
    return m_connections->recoverInterrupted();
}

Result<Jobs::JobStore::Enqueued> Engine::enqueueJob(const Jobs::JobSpec &spec)
{
    auto enqueued = m_jobs->enqueue(spec, QDateTime::currentMSecsSinceEpoch());
    if (enqueued.ok() && m_runner)
        m_runner->wake();
    return enqueued;
}

Status Engine::startWorkers(int count)
{
    KW_TRY(authorize(Authz::Permission::JobsRun));
    if (m_access != ProfileAccess::Owner) {
        return Error {ErrorCode::ProfileBusy,
                      tr("Only the process that owns the profile runs its workers: close the other Keyward using it.")};
    }
    if (m_runner)
        return {};
    const QString owner = QStringLiteral("%1:%2:%3")
                              .arg(QSysInfo::machineHostName())
                              .arg(QCoreApplication::applicationPid())
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_runner = std::make_unique<Jobs::JobRunner>(*m_jobs, m_registry, count, owner);
    m_runner->setDeadHook([this](const Jobs::Job &job, const QString &reason) -> Status {
        // Inside the transaction that made the job dead.
        const QJsonObject details {{QLatin1String("type"), job.type},
                                   {QLatin1String("queue"), Jobs::queueName(job.queue)},
                                   {QLatin1String("attempts"), job.attempt},
                                   {QLatin1String("reason"), reason}};
        if (!m_audit
                 ->append(event(QStringLiteral("job.dead"), QStringLiteral("job:%1").arg(job.id), details,
                                Audit::Outcome::Failure))
                 .ok())
            return Error {ErrorCode::Failure, tr("The dead job could not be recorded in the audit log.")};
        // A delivery of an event that died is not itself announced: an unreachable endpoint would feed itself.
        if (job.type == QLatin1String(Webhooks::EventPublisher::kDeliverJob))
            return {};
        QJsonObject data = details;
        data.insert(QLatin1String("job"), job.id);
        return m_events->publish(QLatin1String(Webhooks::Event::JobDead), data);
    });
    m_runner->setLatencyHook([this](Jobs::Queue queue, qint64 latencyMs, qint64 thresholdMs) {
        static_cast<void>(
            record(event(QStringLiteral("jobs.latency_alert"), QStringLiteral("queue:%1").arg(Jobs::queueName(queue)),
                         {{QLatin1String("latency_ms"), latencyMs}, {QLatin1String("threshold_ms"), thresholdMs}},
                         Audit::Outcome::Failure)));
    });
    m_runner->start(true); // this process holds the owner lock: leases still held were left by a dead process
    // While the workers run, the log is checkpointed from a thread of its own (see WalCheckpointer). Without it the
    // engine checkpoints as it writes: slower, never wrong.
    if (auto key = m_secrets->read(SecretKind::DatabaseKey); key.ok()) {
        auto checkpointer
            = Storage::WalCheckpointer::start(*m_db, m_location.databasePath(), key.value(), m_manifest.cipher);
        if (checkpointer.ok())
            m_checkpointer = std::move(checkpointer.value());
        else
            qCWarning(lcEngine) << "background checkpoints unavailable:" << checkpointer.error().detail;
    }
    return m_connections->sweepOnStart();
}

Status Engine::startReceiver(const Webhooks::ServerOptions &options)
{
    stopReceiver();
    if (!m_runner)
        return Error {ErrorCode::Usage,
                      tr("The webhook receiver runs only where the workers run (they process what it "
                         "records).")};
    auto receiver = std::make_unique<Webhooks::WebhookServer>(*m_webhooks, options);
    KW_TRY(receiver->start());
    m_receiver = std::move(receiver);
    return {};
}

void Engine::stopReceiver()
{
    if (!m_receiver)
        return;
    m_receiver->stop();
    m_receiver.reset();
}

void Engine::stopWorkers()
{
    stopReceiver(); // what it would record could not be processed
    m_checkpointer.reset();
    if (!m_runner)
        return;
    m_runner->stopClaiming();
    m_runner->waitForHandlers();
    static_cast<void>(m_runner->releaseLeases()); // leases of results that could not be written
    m_runner.reset();
}

Result<QList<qint64>> Engine::changeJobs(const QList<qint64> &ids, const QString &action, const char *listKey,
                                         const std::function<Result<QList<qint64>>(qint64 nowMs)> &change)
{
    QList<qint64> changed;
    KW_TRY(m_db->transaction([&]() -> Status {
        auto done = change(QDateTime::currentMSecsSinceEpoch());
        if (!done.ok())
            return done.error();
        changed = done.value();
        QJsonArray list;
        for (const qint64 id : changed)
            list.append(id);
        return m_audit
                   ->append(event(action, QStringLiteral("jobs"),
                                  {{QLatin1String("requested"), ids.size()}, {QLatin1String(listKey), list}}))
                   .ok()
            ? Status()
            : Status(Error {ErrorCode::Failure, tr("The change could not be recorded in the audit log.")});
    }));
    if (m_runner)
        m_runner->wake();
    return changed;
}

Result<QList<qint64>> Engine::retryJobs(const QList<qint64> &ids)
{
    KW_TRY(authorize(Authz::Permission::JobsManage));
    return changeJobs(ids, QStringLiteral("job.retry"), "retried",
                      [&](qint64 now) { return m_jobs->retryNow(ids, now); });
}

Result<QList<qint64>> Engine::discardJobs(const QList<qint64> &ids)
{
    KW_TRY(authorize(Authz::Permission::JobsManage));
    return changeJobs(ids, QStringLiteral("job.discard"), "discarded",
                      [&](qint64 now) { return m_jobs->discard(ids, now); });
}

Result<QByteArray> Engine::exportRecoveryKit()
{
    KW_TRY(authorize(Authz::Permission::ProfileAdminister));
    auto backupKey = m_secrets->read(SecretKind::BackupKey);
    if (!backupKey.ok())
        return backupKey.error();
    auto checkpointKey = m_secrets->read(SecretKind::CheckpointKey);
    if (!checkpointKey.ok())
        return checkpointKey.error();
    KW_TRY(record(event(QStringLiteral("keys.export_recovery_kit"), profileTarget(m_location),
                        {{QLatin1String("backup_key_fingerprint"), backupKey->fingerprint()},
                         {QLatin1String("checkpoint_key_fingerprint"), checkpointKey->fingerprint()}})));
    const SecureBytes backupHex = backupKey->toHex();
    const SecureBytes checkpointHex = checkpointKey->toHex();
    auto text = [](const SecureBytes &hex) {
        return QString::fromLatin1(reinterpret_cast<const char *>(hex.data()), static_cast<qsizetype>(hex.size()));
    };
    const QJsonObject kit {
        {QLatin1String("format"), QLatin1String("keyward-recovery-kit")},
        {QLatin1String("version"), 1},
        {QLatin1String("profile_id"), m_manifest.id},
        {QLatin1String("profile_name"), m_manifest.name},
        {QLatin1String("cipher"),
         QJsonObject {{QLatin1String("compatibility"), m_manifest.cipher.compatibility},
                      {QLatin1String("page_size"), m_manifest.cipher.pageSize}}},
        {QLatin1String("backup_key"), text(backupHex)},
        {QLatin1String("checkpoint_key"), text(checkpointHex)},
    };
    return QJsonDocument(kit).toJson(QJsonDocument::Indented);
}

Status Engine::importRecoveryKit(const Storage::ProfileLocation &location, const SecretStoreFactory &secrets,
                                 const QByteArray &kitText)
{
    if (location.exists()) {
        return Error {
            ErrorCode::Usage,
            tr("A profile already exists at %1: restore into it without a recovery kit.").arg(location.directory())};
    }
    const QJsonObject kit = QJsonDocument::fromJson(kitText).object();
    const SecureBytes backupKey = SecureBytes::fromHex(kit.value(QLatin1String("backup_key")).toString().toLatin1());
    const SecureBytes checkpointKey
        = SecureBytes::fromHex(kit.value(QLatin1String("checkpoint_key")).toString().toLatin1());
    const QString profileId = kit.value(QLatin1String("profile_id")).toString();
    if (kit.value(QLatin1String("format")).toString() != QLatin1String("keyward-recovery-kit")
        || backupKey.size() != kKeySize || checkpointKey.size() != kKeySize || profileId.isEmpty()) {
        return Error {ErrorCode::Usage, tr("This is not a Keyward recovery kit (or it was altered).")};
    }
    Storage::ProfileManifest manifest;
    manifest.id = profileId;
    manifest.name = location.name();
    manifest.created = QDateTime::currentDateTimeUtc();
    const QJsonObject cipher = kit.value(QLatin1String("cipher")).toObject();
    manifest.cipher.compatibility = cipher.value(QLatin1String("compatibility")).toInt(3);
    manifest.cipher.pageSize = cipher.value(QLatin1String("page_size")).toInt(4096);

    auto store = secrets(profileId);
    // The same profile may live on this machine already (another directory): its keys must not be replaced.
    if (auto existing = store->read(SecretKind::DatabaseKey); existing.ok()) {
        return Error {ErrorCode::Usage,
                      tr("This machine already holds the keys of profile %1: restore the backup into "
                         "that profile (without --recovery-kit) instead.")
                          .arg(profileId)};
    } else if (existing.error().code != ErrorCode::SecretMissing) {
        return existing.error();
    }
    KW_TRY(store->write(SecretKind::BackupKey, backupKey));
    KW_TRY(store->write(SecretKind::CheckpointKey, checkpointKey));
    // This machine's own database key: the restored database is re-encrypted to it.
    KW_TRY(store->write(SecretKind::DatabaseKey, SecureBytes::random(kKeySize)));
    if (!QDir().mkpath(location.directory())) {
        return Error {ErrorCode::ReadOnly,
                      tr("The profile directory %1 cannot be created: check that its parent is writable.")
                          .arg(location.directory())};
    }
    return manifest.save(location.manifestPath());
}

void Engine::discardImportedProfile(const Storage::ProfileLocation &location, const SecretStoreFactory &secrets)
{
    auto manifest = Storage::ProfileManifest::load(location.manifestPath());
    if (!manifest.ok() || QFileInfo::exists(location.databasePath()))
        return; // never remove a profile that has a database
    auto store = secrets(manifest->id);
    for (const SecretKind kind : {SecretKind::DatabaseKey, SecretKind::CheckpointKey, SecretKind::BackupKey})
        static_cast<void>(store->remove(kind));
    QFile::remove(location.manifestPath());
    QFile::remove(location.lockPath());
    QDir().rmdir(location.directory());
}

void Engine::becomePrincipal(const Authz::Principal &principal)
{
    m_principal = principal;
    // From here on the audit log names the Keyward user, on this host.
    Audit::Actor actor = m_audit->actor();
    actor.user = principal.name;
    m_audit->setActor(actor);
}

Status Engine::signIn(const QString &name, const SecureBytes &password, const QString &code)
{
    auto principal = m_users->signIn(name, password, code);
    KW_TRY(principal);
    becomePrincipal(principal.value());
    return {};
}

Status Engine::signInWithToken(const QByteArray &token)
{
    auto principal = m_users->authenticateToken(token);
    KW_TRY(principal);
    becomePrincipal(principal.value());
    return {};
}

Result<Authz::Principal> Engine::principal()
{
    if (m_principal) {
        // The user as stored now: a role changed or a user disabled since sign-in takes effect at once, also for
        // this session (an administrator who demotes themselves keeps no power they gave up).
        auto user = m_users->store().find(m_principal->userId);
        KW_TRY(user);
        if (user->disabled) {
            return Error {ErrorCode::SignInFailed, tr("The user %1 was disabled: this session ends.").arg(user->name)};
        }
        if (m_principal->via == Authz::Principal::Via::Password)
            m_principal->role = user->role;
        else if (!Authz::AccessService::roleWithin(m_principal->role, user->role))
            m_principal->role = user->role; // a token never keeps more than its user has now
        return *m_principal;
    }
    auto claimed = m_users->claimed();
    KW_TRY(claimed);
    if (claimed.value()) {
        return Error {ErrorCode::SignInFailed,
                      tr("The profile \"%1\" has users: sign in with --user NAME (and --password-stdin, --otp) or an "
                         "API token (--token-file or $KEYWARD_TOKEN).")
                          .arg(m_location.name())};
    }
    Authz::Principal operatorPrincipal;
    operatorPrincipal.via = Authz::Principal::Via::Operator;
    operatorPrincipal.name = m_audit->actor().user;
    operatorPrincipal.role = Authz::Role::SecurityAdmin;
    return operatorPrincipal;
}

namespace {

bool isSelf(const Authz::Principal &who, const QString &name)
{
    return who.via == Authz::Principal::Via::Password && who.name.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

Status Engine::maySetPassword(const QString &name)
{
    auto who = principal();
    KW_TRY(who);
    return isSelf(who.value(), name) ? Status() : authorize(Authz::Permission::UsersManage);
}

Status Engine::setPassword(const QString &name, const SecureBytes &password)
{
    auto who = principal();
    KW_TRY(who);
    auto changed = isSelf(who.value(), name) ? m_users->setOwnPassword(who->userId, password)
                                             : m_users->setPassword(name, password);
    KW_TRY(changed);
    return {};
}

Status Engine::authorize(Authz::Permission permission)
{
    auto who = principal();
    KW_TRY(who);
    if (Authz::allowed(who->role, permission))
        return {};
    static_cast<void>(record(event(
        QStringLiteral("access.denied"), QStringLiteral("permission:") + Authz::permissionName(permission),
        {{QLatin1String("user"), who->name},
         {QLatin1String("role"), Authz::roleName(who->role)},
         {QLatin1String("via"),
          who->via == Authz::Principal::Via::ApiToken ? QStringLiteral("api-token") : QStringLiteral("password")}},
        Audit::Outcome::Failure)));
    return Error {ErrorCode::PermissionDenied, Authz::refusal(who->name, who->role, permission),
                  Authz::permissionName(permission)};
}

Result<Backup::BackupInfo> Engine::restoreBackup(const OpenOptions &options, const QString &backupPath, bool force)
{
    const Storage::ProfileLocation &location = options.location;
    auto manifest = Storage::ProfileManifest::load(location.manifestPath());
    if (!manifest.ok())
        return manifest.error();
    auto lock = Storage::ProfileLock::acquire(location);
    if (!lock.ok())
        return lock.error();
    auto secrets = options.secrets(manifest->id);
    auto backupKey = secrets->read(SecretKind::BackupKey);
    if (!backupKey.ok())
        return backupKey.error();
    auto dbKey = secrets->read(SecretKind::DatabaseKey);
    if (!dbKey.ok())
        return dbKey.error();
    auto checkpointKey = secrets->read(SecretKind::CheckpointKey);
    if (!checkpointKey.ok())
        return checkpointKey.error();

    // 1. Check the backup completely before touching the profile.
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    auto info = Backup::BackupFile::inspect(source, backupKey.value(), manifest->cipher, &checkpointKey.value());
    if (!info.ok())
        return info.error();
    if (info->profileId != manifest->id) {
        return Error {ErrorCode::Usage,
                      tr("The backup %1 belongs to another profile (%2), not to \"%3\".")
                          .arg(backupPath, info->profileId, location.name())};
    }
    if (!info->audit.intact) {
        return Error {ErrorCode::Integrity,
                      tr("The backup's audit log is broken (%1): it will not be restored.").arg(info->audit.problem)};
    }

    // 2. Refuse to replace a profile that has moved on since the backup, unless told to.
    // Events that only record reading the profile (a backup taken, an export) do not make it newer: otherwise the
    // backup's own "backup.create" event would always block restoring the newest backup.
    qint64 currentHead = -1;
    qint64 changesSinceBackup = 0;
    {
        bool promoted = false;
        auto current = openWithRecovery(*secrets, manifest.value(), location.databasePath(),
                                        Database::OpenMode::ReadOnly, &promoted);
        if (current.ok()) {
            auto head = Audit::AuditLog(*current.value(), {}).head();
            if (head.ok())
                currentHead = head->seq;
            auto changes = current.value()->prepare(
                "SELECT count(*) FROM audit_events WHERE seq > ?1 AND action NOT IN "
                "('backup.create', 'audit.export', 'audit.verify', 'keys.export_recovery_kit')");
            if (changes.ok()) {
                changes->bind(1, info->auditHeadSeq);
                if (auto row = changes->step(); row.ok() && row.value())
                    changesSinceBackup = changes->int64(0);
            }
        }
    }
    if (changesSinceBackup > 0 && !force) {
        return Error {ErrorCode::Usage,
                      tr("The profile is newer than the backup (%1 changes after the backup's last event %2; the "
                         "profile reaches event %3): restoring would lose them. Add --force to restore anyway.")
                          .arg(changesSinceBackup)
                          .arg(info->auditHeadSeq)
                          .arg(currentHead)};
    }

    // 3. Prepare the restored copy beside the live file, under the profile's database key.
    const QString db = location.databasePath();
    const QString staged = db + QStringLiteral(".restoring");
    const QString previous = db + QStringLiteral(".before-restore");
    QFile::remove(staged);
    if (!QFile::copy(source, staged))
        return Error {ErrorCode::Failure, tr("The backup could not be copied into %1.").arg(location.directory())};
    {
        auto copy = Database::open(staged, backupKey.value(), manifest->cipher, Database::OpenMode::Existing);
        if (!copy.ok()) {
            QFile::remove(staged);
            return copy.error();
        }
        if (Status rekeyed = copy.value()->rekey(dbKey.value()); !rekeyed.ok()) {
            copy->reset();
            QFile::remove(staged);
            return rekeyed.error();
        }
        static_cast<void>(copy.value()->checkpointWal());
    }
    QFile::remove(staged + QStringLiteral("-wal"));
    QFile::remove(staged + QStringLiteral("-shm"));
    KW_TRY(Backup::syncFile(staged));

    // 4. Swap, keeping the old database until the restored one opens.
    const QStringList suffixes {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    for (const QString &suffix : suffixes) {
        QFile::remove(previous + suffix);
        if (QFileInfo::exists(db + suffix))
            QFile::rename(db + suffix, previous + suffix);
    }
    auto putBack = [&]() {
        QFile::remove(db);
        for (const QString &suffix : suffixes) {
            if (QFileInfo::exists(previous + suffix))
                QFile::rename(previous + suffix, db + suffix);
        }
    };
    if (!QFile::rename(staged, db)) {
        putBack();
        return Error {ErrorCode::Failure, tr("The restored database could not be moved into place.")};
    }
    lock->reset(); // open() takes the lock again
    OpenOptions reopen = options;
    reopen.access = ProfileAccess::Owner;
    auto engine = open(reopen);
    if (!engine.ok()) {
        putBack();
        return Error {engine.error().code,
                      tr("The restored database did not open (%1); the previous one was put back.")
                          .arg(engine.error().userMessage)};
    }
    KW_TRY(engine.value()->record(event(QStringLiteral("backup.restore"), profileTarget(location),
                                        {{QLatin1String("source"), source},
                                         {QLatin1String("backup_created_at"), info->createdAt},
                                         {QLatin1String("backup_audit_head_seq"), info->auditHeadSeq},
                                         {QLatin1String("replaced_audit_head_seq"), currentHead},
                                         {QLatin1String("forced"), force}})));
    for (const QString &suffix : suffixes)
        QFile::remove(previous + suffix);
    return info;
}

} // namespace Keyward::Engine

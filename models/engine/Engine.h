#pragma once

#include <QCoreApplication>

#include "KeySource.h"
#include "ProfileStatus.h"
#include "access/AccessService.h"
#include "audit/AuditEvent.h"
#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "backup/BackupFile.h"
#include "core/Result.h"
#include "jobs/JobRegistry.h"
#include "jobs/JobStore.h"
#include "storage/ProfileLocation.h"
#include "storage/ProfileManifest.h"

#include <memory>
#include <optional>

class QIODevice;

namespace Keyward::Storage {
class Database;
class ProfileLock;
class WalCheckpointer;
} // namespace Keyward::Storage
namespace Keyward::Jobs {
class JobRunner;
} // namespace Keyward::Jobs
namespace Keyward::Connections {
class ConnectionService;
} // namespace Keyward::Connections
namespace Keyward::Retention {
class RetentionService;
} // namespace Keyward::Retention
namespace Keyward::Webhooks {
class EventPublisher;
class WebhookServer;
class WebhookService;
struct ServerOptions;
} // namespace Keyward::Webhooks

namespace Keyward::Engine {

/// How a process holds a profile.
enum class ProfileAccess {
    Owner, ///< the one process that runs the engine on the profile (exclusive lock); may change anything
    Shared, ///< alongside an owner: reads, plus audited one-shot actions such as a backup
};

struct OpenOptions
{
    Storage::ProfileLocation location;
    SecretStoreFactory secrets;
    ProfileAccess access = ProfileAccess::Owner;
    Audit::Actor actor = Audit::Actor::currentProcess();
};

/// One open profile: the engine facade every host (console, CLI, later the server) talks to. Every
/// state-changing call writes its audit event in the same transaction as the change.
/// Lives on one thread (the engine thread); not thread-safe.
class Engine
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Engine::Engine)

public:
    /// Creates a new profile: keys into the secret store first (so an unreachable keychain writes nothing to
    /// disk), then the database, the schema, the first audit event, and the manifest last.
    static Result<std::unique_ptr<Engine>> create(const Storage::ProfileLocation &location,
                                                  const SecretStoreFactory &secrets, KeySource source,
                                                  const Audit::Actor &actor);
    /// Opens an existing profile. Finishes a database key rotation that a crash interrupted.
    static Result<std::unique_ptr<Engine>> open(const OpenOptions &options);
    /// Replaces the profile's database with a verified backup (see the README). Needs the owner lock.
    static Result<Backup::BackupInfo> restoreBackup(const OpenOptions &options, const QString &backupPath, bool force);

    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    /// Writes the closing audit checkpoint. Called by the destructor too; call it to see its error.
    Status close();

    const Storage::ProfileLocation &location() const { return m_location; }
    const Storage::ProfileManifest &manifest() const { return m_manifest; }
    ProfileAccess access() const { return m_access; }
    Storage::Database &database() { return *m_db; }
    Audit::AuditLog &audit() { return *m_audit; }
    Secrets::SecretStore &secrets() { return *m_secrets; }

    Result<ProfileStatus> status();

    /// Records an action that changes nothing else in the store (an export, a backup).
    Result<qint64> record(const Audit::AuditEventDraft &draft);

    /// The chain and its checkpoints; a broken chain is recorded (audit.verify failure, the audit.chain_broken
    /// event) and reported. An intact chain is followed by a check of every page of the database file (PRAGMA
    /// quick_check), whose damage is an Integrity error. Needs audit.read.
    Result<Audit::VerifyReport> verifyAudit(const std::function<void(qint64)> &progress = {});
    /// The same for the engine's own scheduled work (an integrity report the workers run), authorized when it was
    /// scheduled.
    Result<Audit::VerifyReport> verifyAuditUnchecked(const std::function<void(qint64)> &progress = {});
    /// Records the export in the log first, so the file ends with its own event.
    Result<Audit::AuditExport::Summary> exportAudit(QIODevice &out, const QString &destination);
    /// Exports the events matching `filter` (or exactly `seqs`), newest first, as JSON Lines or CSV; audited as
    /// `audit.export` with what was selected. Needs audit.export.
    Result<qint64> exportAuditSelection(QIODevice &out, const QString &destination, const Audit::AuditFilter &filter,
                                        const QList<qint64> &seqs, Audit::AuditExport::SelectionFormat format);

    /// Rotates the database key (`keyward-cli db rekey`): new key stored as "next" in the keychain, PRAGMA rekey,
    /// new key made current, "next" removed. open() completes or cleans up after a crash at any step.
    Status rekeyDatabase();

    Result<Backup::BackupInfo> createBackup(const QString &path);
    Result<Backup::BackupInfo> verifyBackup(const QString &path);

    /// The persistent job queue of this profile.
    Jobs::JobStore &jobs() { return *m_jobs; }
    /// Job types this engine can run; register before startWorkers().
    Jobs::JobRegistry &jobRegistry() { return m_registry; }
    /// Enqueues a job and wakes the workers if this engine runs them.
    Result<Jobs::JobStore::Enqueued> enqueueJob(const Jobs::JobSpec &spec);
    /// Starts `count` workers on this (the engine's) thread. Only the profile's owner runs workers, so a second
    /// process on the profile never runs a second set.
    Status startWorkers(int count);
    /// The running worker pool, or null.
    Jobs::JobRunner *runner() { return m_runner.get(); }
    /// Stops and destroys the worker pool, waiting for running handlers (see JobRunner for draining first).
    void stopWorkers();
    /// Provider apps, connections, the refresh engine and the token key ring.
    Connections::ConnectionService &connections() { return *m_connections; }
    /// Webhook sources, received deliveries, their processing and replay.
    Webhooks::WebhookService &webhooks() { return *m_webhooks; }
    /// Retention policies per kind of data, and their application (daily job, `keyward-cli retention apply`).
    Retention::RetentionService &retention() { return *m_retention; }
    /// Starts the HTTPS webhook receiver (its own thread; deliveries recorded on this one). Needs the workers, which
    /// process what it records. A running receiver is stopped first.
    Status startReceiver(const Webhooks::ServerOptions &options);
    /// The running receiver, or null.
    Webhooks::WebhookServer *receiver() { return m_receiver.get(); }
    /// Stops the receiver: no new deliveries, open connections closed (senders retry).
    void stopReceiver();
    /// Keyward's own events (a connection needs reauthorization, a job died, ...) to configured endpoints.
    Webhooks::EventPublisher &events() { return *m_events; }

    // Who may do what (the policy in access/Policy.h). Every call made on a person's behalf passes authorize();
    // the engine's own work (a scheduled refresh) was authorized when it was scheduled.
    /// Users and API tokens of the profile.
    ::Keyward::Access::AccessService &users() { return *m_users; }
    /// Signs this engine's session in with a password and a TOTP or recovery code; from then on the audit log
    /// names the user.
    Status signIn(const QString &name, const SecureBytes &password, const QString &code);
    /// Signs in with an API token (scripts, `serve`).
    Status signInWithToken(const QByteArray &token);
    /// Who the engine acts for. A profile without users: the operator (whoever holds its keys) as Security
    /// Administrator. A profile with users and no sign-in: ErrorCode::SignInFailed.
    Result<::Keyward::Access::Principal> principal();
    /// A new password for `name`: your own once signed in with your password, anyone's with users.manage.
    Status setPassword(const QString &name, const SecureBytes &password);
    /// Whether setPassword(name, ...) would be allowed (asked before a caller prompts for the new password).
    Status maySetPassword(const QString &name);
    /// Refuses, with an audited `access.denied` event and a sentence naming the permission, what the principal may
    /// not do.
    Status authorize(::Keyward::Access::Permission permission);

    /// Support actions on jobs, audited with the ids they changed.
    Result<QList<qint64>> retryJobs(const QList<qint64> &ids);
    Result<QList<qint64>> discardJobs(const QList<qint64> &ids);

    /// The recovery kit: what another machine needs to restore this profile's backups and verify its audit
    /// checkpoints (profile id, cipher settings, backup key, checkpoint key), as JSON. A secret: the operator keeps
    /// it offline, apart from the backups. Never includes the database key. Audited.
    Result<QByteArray> exportRecoveryKit();
    /// Prepares a profile on a new machine from a recovery kit: the manifest, the kit's keys and a fresh database
    /// key in the secret store, no database yet (restoreBackup() brings it). Refuses if the profile exists.
    static Status importRecoveryKit(const Storage::ProfileLocation &location, const SecretStoreFactory &secrets,
                                    const QByteArray &kit);
    /// Undoes importRecoveryKit() when the restore that followed it failed.
    static void discardImportedProfile(const Storage::ProfileLocation &location, const SecretStoreFactory &secrets);

private:
    Engine() = default;
    /// (Re)creates the connection service on the current database; the owner registers its job types.
    Status attachServices();
    void becomePrincipal(const ::Keyward::Access::Principal &principal);
    /// PRAGMA quick_check: an Integrity error naming the damage unless every page reads back sound.
    Status checkDatabasePages();
    /// A support action on jobs and its audit event (listing the ids changed) in one transaction.
    Result<QList<qint64>> changeJobs(const QList<qint64> &ids, const QString &action, const char *listKey,
                                     const std::function<Result<QList<qint64>>(qint64 nowMs)> &change);

    Storage::ProfileLocation m_location;
    Storage::ProfileManifest m_manifest;
    ProfileAccess m_access = ProfileAccess::Owner;
    std::unique_ptr<Storage::ProfileLock> m_lock;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Audit::AuditLog> m_audit;
    std::unique_ptr<Jobs::JobStore> m_jobs;
    Jobs::JobRegistry m_registry;
    std::unique_ptr<Jobs::JobRunner> m_runner;
    std::unique_ptr<Storage::WalCheckpointer> m_checkpointer; ///< while the workers run
    std::unique_ptr<Connections::ConnectionService> m_connections;
    std::unique_ptr<Webhooks::WebhookService> m_webhooks;
    std::unique_ptr<Webhooks::EventPublisher> m_events;
    std::unique_ptr<Retention::RetentionService> m_retention;
    std::unique_ptr<Webhooks::WebhookServer> m_receiver; ///< while the owner serves webhooks
    std::unique_ptr<::Keyward::Access::AccessService> m_users;
    std::optional<::Keyward::Access::Principal> m_principal;
    bool m_closed = false;
};

/// Test hook: when $KEYWARD_TEST_CRASH_AT names `point`, the process kills itself with SIGKILL there, so tests
/// can prove that every step of a multi-step change survives a crash.
void crashPoint(const char *point);

} // namespace Keyward::Engine

#pragma once

#include "ReceiverSettings.h"
#include "WebhookStore.h"
#include "access/Policy.h"
#include "core/Result.h"
#include "jobs/JobRegistry.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Keyward::Storage {
class Database;
}
namespace Keyward::Audit {
class AuditLog;
}
namespace Keyward::Secrets {
class SecretStore;
}
namespace Keyward::Jobs {
class JobStore;
}
namespace Keyward::Connections {
class ConnectionService;
}

namespace Keyward::Webhooks {

struct SourceDraft
{
    QString name;
    Scheme scheme = Scheme::GitHub;
    QJsonObject config; ///< the generic scheme's settings
    QString app; ///< provider app whose connections the source's revocation events concern; empty: by provider
    qint64 toleranceSeconds = 300;
    int ratePerSecond = 1000;
    bool keepRejectedBodies = false;
};

/// What the receiver needs of a source. A snapshot: the receiver's thread never touches the store or keychain.
struct ReceiverSource
{
    qint64 id = 0;
    QString name;
    SignatureScheme scheme;
    QList<SecureBytes> secrets; ///< active secrets, newest first
    qint64 toleranceSeconds = 300;
    int ratePerSecond = 1000;
    bool keepRejectedBodies = false;
};

struct ReceiverConfig
{
    QHash<QString, ReceiverSource> sources;
    QString stamp; ///< WebhookStore::configStamp() when read
};

/// A delivery handed from the receiver to the engine thread.
struct Incoming
{
    qint64 sourceId = 0;
    QString sourceName;
    qint64 receivedMs = 0;
    QString remote;
    Headers headers;
    QByteArray body; ///< empty for a rejected delivery whose source does not keep rejected bodies
    bool keepBody = true;
    qint64 bodySize = 0;
    bool verified = false;
    QString reason; ///< Verdict::code(), or why it was refused before verification (body_too_large)
    DeliveryInfo info;
};

/// Rejected deliveries beyond a client address's budget, counted per source instead of recorded one by one (a flood
/// of forged deliveries must not fill the store and the audit log).
struct UnrecordedRejections
{
    QString source;
    qint64 count = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    QStringList remotes; ///< the first few client addresses
    QMap<QString, qint64> reasons; ///< Verdict::code() -> count
};

/// How the engine recorded an incoming delivery.
struct Recorded
{
    enum class Kind { New, Duplicate, Rejected, Failed };
    Kind kind = Kind::Failed;
    qint64 id = 0;
};

/// Webhook sources, the record of deliveries, their processing (provider revocation events mark connections) and
/// replay. Lives on the engine thread; every change is audited in its transaction.
class WebhookService : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        Storage::Database &db;
        Audit::AuditLog &audit;
        Secrets::SecretStore &secrets;
        Jobs::JobStore &jobs;
        Connections::ConnectionService &connections;
        std::function<void()> wakeWorkers;
        std::function<Status(Access::Permission)> authorize = {};
        std::function<Status(const QString &, const QJsonObject &)> publish = {}; ///< outbound events
    };

    /// Processes the deliveries waiting in state "received", a batch per run (one transaction), and runs again while
    /// any are left. One live at a time (its unique key is its type); a recurring schedule every minute restarts it
    /// after a crash.
    static constexpr char kProcessJob[] = "webhooks.process";
    static constexpr int kProcessBatch = 64;
    /// Recorded deliveries wait this long for their processing job, so that one run (one transaction) takes many:
    /// far fewer page writes and job runs per delivery under load, a delay no sender notices.
    static constexpr qint64 kProcessDelayMs = 50;
    static constexpr qint64 kDefaultOverlapSeconds = 24 * 3600;
    /// Replay protection outlives the signature tolerance; retention must keep deliveries at least this long.
    static constexpr qint64 kMaxToleranceSeconds = 3600;
    /// One replay processes at most this many deliveries (a bulk replay is a deliberate, bounded act).
    static constexpr int kMaxReplay = 1000;

    explicit WebhookService(Dependencies deps, QObject *parent = nullptr);
    ~WebhookService() override;

    WebhookStore &store() { return m_store; }
    void registerJobs(Jobs::JobRegistry &registry);
    /// The once-a-minute schedule of the processing job, for profiles with webhook sources (set when the owner opens
    /// the profile and when the first source is added).
    Status ensureSchedule();

    // Sources (webhooks.manage / webhooks.read)
    Result<WebhookSource> addSource(const SourceDraft &draft, const SecureBytes &secret);
    /// Adds `secret` as the newest; the older ones stay valid for `overlapSeconds` (0: end now).
    Result<WebhookSource> rotateSecret(const QString &name, const SecureBytes &secret, qint64 overlapSeconds);
    Result<QList<WebhookSource>> sources();
    /// Where the receiver listens when the console hosts the engine (or `serve` runs without --webhooks-listen).
    Result<ReceiverSettings> receiverSettings();
    /// Stores the settings after checking them (the certificate files are read, so a typo is caught here, not at the
    /// next start). Audited as webhook.receiver.configure.
    Status setReceiverSettings(const ReceiverSettings &settings);

    // Deliveries (webhooks.read / webhooks.replay)
    Result<QList<Delivery>> deliveries(const DeliveryFilter &filter);
    Result<Delivery> delivery(qint64 id);
    /// Processes verified deliveries again (a job each); rejected ones are skipped. At most kMaxReplay ids.
    /// Audited with the ids.
    Result<QList<qint64>> replay(const QList<qint64> &ids);

    // The receiver's side (the engine's own work: the host that serves was authorized to run it)
    /// Sources with their active secrets read from the keychain (cached per secret id: a secret never changes).
    Result<std::shared_ptr<const ReceiverConfig>> receiverConfig();
    /// Changes when a source, a secret or a source's fetched signing keys change.
    Result<QString> configStamp()
    {
        auto stamp = m_store.configStamp();
        if (!stamp.ok())
            return stamp;
        return QString(stamp.value() + QStringLiteral(":k%1").arg(m_keysGeneration));
    }
    /// Fetches the signing keys of google-risc sources that have none or older than an hour (or, with `force`,
    /// because a token named an unknown key: at most once a minute). Asynchronous; configStamp() changes when
    /// new keys arrive.
    void refreshKeys(bool force);
    /// Records a batch in one transaction: new verified deliveries (and a processing job when none is waiting),
    /// duplicates noted (not recorded again), rejected ones with a `webhook.rejected` audit event each.
    QList<Recorded> record(const QList<Incoming> &batch);
    /// One `webhook.rejected_unrecorded` audit event per source for rejections counted instead of recorded.
    Status recordUnrecorded(const QList<UnrecordedRejections> &summaries);
    /// Whether deliveries can be recorded: the store answers and the secret store can be read (for /readyz).
    Status readiness();
    /// Drops secrets whose overlap ended (rows, then keychain entries).
    Status removeExpiredSecrets();
    /// Processes up to `limit` waiting deliveries, oldest first, in one transaction (what the job does): applies
    /// providers' revocation events. Returns whether more are waiting.
    Result<bool> processPending(int limit);

Q_SIGNALS:
    /// A connection needs a person (the provider revoked it or asks for reauthorization): a sentence.
    void alert(const QString &message);

private:
    Status authorize(Access::Permission permission);
    Status audit(const QString &action, const QString &target, QJsonObject details, bool success = true);
    Result<SecureBytes> secretValue(qint64 secretId);
    static Jobs::JobSpec processSpec();
    /// Makes sure a processing job will look at what was just recorded. A job that is still finishing (its result
    /// not yet written) absorbs the request, so it is asked again shortly until a fresh one is queued.
    void requestProcessing(int retries = 5);
    /// Applies one delivery inside the caller's transaction; returns its new state and result.
    Result<std::pair<QString, QString>> apply(const Delivery &delivery, const QList<WebhookSource> &sources,
                                              qint64 nowMs, QList<std::pair<qint64, QString>> *alerts);

    Storage::Database &m_db;
    Audit::AuditLog &m_audit;
    Secrets::SecretStore &m_secrets;
    Jobs::JobStore &m_jobs;
    Connections::ConnectionService &m_connections;
    std::function<void()> m_wake;
    std::function<Status(Access::Permission)> m_authorize;
    std::function<Status(const QString &, const QJsonObject &)> m_publish;
    WebhookStore m_store;
    QHash<qint64, SecureBytes> m_secretCache;
    bool m_recheckPending = false;
    /// A processing job was queued by this service and has not started yet: what is recorded meanwhile is seen by it,
    /// so no further enqueue is needed (cleared when a run starts; the minute schedule covers a job that never runs).
    bool m_processingQueued = false;
    struct SigningKeys
    {
        QJsonObject jwks;
        qint64 fetchedMs = 0;
        qint64 attemptedMs = 0;
        bool fetching = false;
    };
    static constexpr qint64 kKeysMaxAgeMs = 3600 * 1000;
    QHash<qint64, SigningKeys> m_keys; ///< source id → its issuer's keys
    quint64 m_keysGeneration = 0;
};

} // namespace Keyward::Webhooks

#pragma once

#include "access/Policy.h"
#include "core/Result.h"
#include "core/SecureBytes.h"
#include "jobs/JobRegistry.h"
#include "oauth/HttpClient.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

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

namespace Keyward::Webhooks {

/// An HTTPS endpoint that receives Keyward's own events.
struct Endpoint
{
    enum class Health {
        Healthy, ///< the last delivery worked (or none was tried yet)
        Failing, ///< deliveries are failing and being retried
        CircuitOpen, ///< too many failures in a row: deliveries wait until `circuitOpenUntilMs`
        Disabled, ///< switched off (by an administrator, or by the endpoint answering 410 Gone)
    };
    qint64 id = 0;
    QString url;
    QStringList events; ///< event types, or "*"
    QString description;
    bool enabled = true;
    QString disabledReason;
    int consecutiveFailures = 0;
    qint64 circuitOpenUntilMs = 0;
    qint64 lastSuccessMs = 0;
    qint64 lastFailureMs = 0;
    QString lastError;
    qint64 createdMs = 0;

    Health health(qint64 nowMs) const;
    bool wants(const QString &eventType) const;
    QJsonObject toJson(qint64 nowMs) const;
};
QString healthName(Endpoint::Health health); ///< healthy, failing, circuit_open, disabled

/// The events Keyward publishes.
namespace Event {
inline constexpr char ReauthorizationRequired[] = "connection.reauthorization_required";
inline constexpr char RefreshExhausted[] = "connection.refresh_exhausted";
inline constexpr char RevokedByProvider[] = "connection.revoked_by_provider";
inline constexpr char JobDead[] = "job.dead";
inline constexpr char AuditChainBroken[] = "audit.chain_broken";
} // namespace Event
QStringList eventTypes();

/// Outbound events: endpoints (secrets in the keychain), one message per event and endpoint, delivered by a
/// `webhook.deliver` job each: signed per Standard Webhooks, tried at once and then after 5 s, 5 min, 30 min, 2 h,
/// 5 h, 10 h and 10 h (with ±10 % jitter), waiting as long as a 429 or 503 asks, disabling an endpoint that answers
/// 410, and with a circuit breaker per endpoint (5 failures in a row open it for 5 minutes, then longer). Lives on
/// the engine thread.
class EventPublisher : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        Storage::Database &db;
        Audit::AuditLog &audit;
        Secrets::SecretStore &secrets;
        Jobs::JobStore &jobs;
        std::function<void()> wakeWorkers;
        std::function<Status(Access::Permission)> authorize = {};
    };

    static constexpr char kDeliverJob[] = "webhook.deliver";
    static constexpr int kFailuresToOpen = 5;

    explicit EventPublisher(Dependencies deps, QObject *parent = nullptr);
    ~EventPublisher() override;

    void registerJobs(Jobs::JobRegistry &registry);
    /// Delays between attempts (the first attempt is immediate); tests shorten them.
    void setRetrySchedule(QList<qint64> delaysMs) { m_schedule = std::move(delaysMs); }
    void setCircuitOpenMs(qint64 ms) { m_circuitOpenMs = ms; }
    OAuth::HttpClient &http() { return m_http; }

    /// Registers an endpoint with a new secret ("whsec_" + base64), returned once for the receiver's
    /// configuration. http:// only for localhost. Audited.
    Result<std::pair<Endpoint, SecureBytes>> addEndpoint(const QString &url, const QStringList &events,
                                                         const QString &description);
    Result<QList<Endpoint>> endpoints();
    /// Switches an endpoint on again (after a 410, say) or off. Audited.
    Result<Endpoint> setEnabled(qint64 id, bool enabled);
    /// Deletes the endpoint, its messages and its secret. Audited.
    Status removeEndpoint(qint64 id);

    /// Queues `type` with `data` for every enabled endpoint that wants it, inside the caller's transaction (the
    /// engine's own work: no permission asked). Messages carry no secret: callers pass ids and names.
    Status publish(const QString &type, const QJsonObject &data);

Q_SIGNALS:
    void endpointChanged(qint64 id);

private:
    struct Message;
    void deliver(qint64 messageId, const Jobs::JobRegistry::Complete &complete);
    Jobs::JobOutcome recordAttempt(const Message &message, const Endpoint &endpoint,
                                   const OAuth::HttpResponse &response);
    Result<Endpoint> endpoint(qint64 id);
    Status authorize(Access::Permission permission);
    qint64 retryDelay(int attempt) const;

    Storage::Database &m_db;
    Audit::AuditLog &m_audit;
    Secrets::SecretStore &m_secrets;
    Jobs::JobStore &m_jobs;
    std::function<void()> m_wake;
    std::function<Status(Access::Permission)> m_authorize;
    OAuth::HttpClient m_http;
    QList<qint64> m_schedule {5'000, 300'000, 1'800'000, 7'200'000, 18'000'000, 36'000'000, 36'000'000};
    qint64 m_circuitOpenMs = 300'000;
};

} // namespace Keyward::Webhooks

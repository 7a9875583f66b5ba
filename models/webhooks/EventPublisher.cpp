#include "EventPublisher.h"

#include "audit/AuditLog.h"
#include "core/JsonFields.h"
#include "core/Logging.h"
#include "jobs/JobStore.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace Keyward::Webhooks {

namespace {

constexpr char kEndpointColumns[]
    = "id, url, events, description, enabled, disabled_reason, consecutive_failures, circuit_open_until, "
      "last_success_at, last_failure_at, last_error, created_at";
constexpr qint64 kMaxRetryAfterMs = 10 * 3600 * 1000LL;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString endpointTarget(qint64 id)
{
    return QStringLiteral("webhook-endpoint:%1").arg(id);
}

QString secretName(qint64 endpointId)
{
    return QStringLiteral("webhook-endpoint-%1").arg(endpointId);
}

Endpoint endpointFromRow(const Storage::Statement &row)
{
    Endpoint e;
    e.id = row.int64(0);
    e.url = row.text(1);
    e.events = row.text(2).split(u' ', Qt::SkipEmptyParts);
    e.description = row.text(3);
    e.enabled = row.int64(4) != 0;
    e.disabledReason = row.text(5);
    e.consecutiveFailures = static_cast<int>(row.int64(6));
    e.circuitOpenUntilMs = row.int64(7);
    e.lastSuccessMs = row.int64(8);
    e.lastFailureMs = row.int64(9);
    e.lastError = row.text(10);
    e.createdMs = row.int64(11);
    return e;
}

/// The delivery's bytes to sign per Standard Webhooks: "id.timestamp.body", under the base64 key after "whsec_".
QByteArray signature(const SecureBytes &secret, const QByteArray &id, qint64 timestamp, const QByteArray &body)
{
    QByteArray text(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    QByteArray key = QByteArray::fromBase64(text.mid(6));
    const QByteArray mac = QMessageAuthenticationCode::hash(id + '.' + QByteArray::number(timestamp) + '.' + body, key,
                                                            QCryptographicHash::Sha256);
    text.fill('\0');
    key.fill('\0');
    return "v1," + mac.toBase64();
}

} // namespace

struct EventPublisher::Message
{
    qint64 id = 0;
    qint64 endpointId = 0;
    QString eventType;
    QByteArray payload;
    QString state;
    int attempts = 0;
};

Endpoint::Health Endpoint::health(qint64 nowMs) const
{
    if (!enabled)
        return Health::Disabled;
    if (circuitOpenUntilMs > nowMs)
        return Health::CircuitOpen;
    return consecutiveFailures > 0 ? Health::Failing : Health::Healthy;
}

bool Endpoint::wants(const QString &eventType) const
{
    return events.contains(QLatin1String("*")) || events.contains(eventType);
}

QString healthName(Endpoint::Health health)
{
    switch (health) {
    case Endpoint::Health::Healthy:
        return QStringLiteral("healthy");
    case Endpoint::Health::Failing:
        return QStringLiteral("failing");
    case Endpoint::Health::CircuitOpen:
        return QStringLiteral("circuit_open");
    case Endpoint::Health::Disabled:
        break;
    }
    return QStringLiteral("disabled");
}

QJsonObject Endpoint::toJson(qint64 nowMs) const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("url"), url},
        {QLatin1String("events"), QJsonArray::fromStringList(events)},
        {QLatin1String("description"), description},
        {QLatin1String("health"), healthName(health(nowMs))},
        {QLatin1String("enabled"), enabled},
        {QLatin1String("disabled_reason"), disabledReason},
        {QLatin1String("consecutive_failures"), consecutiveFailures},
        {QLatin1String("circuit_open_until"), circuitOpenUntilMs > nowMs ? jsonTime(circuitOpenUntilMs) : QJsonValue()},
        {QLatin1String("last_success_at"), jsonTime(lastSuccessMs)},
        {QLatin1String("last_failure_at"), jsonTime(lastFailureMs)},
        {QLatin1String("last_error"), lastError},
        {QLatin1String("created_at"), jsonTime(createdMs)}};
}

QStringList eventTypes()
{
    return {QLatin1String(Event::ReauthorizationRequired), QLatin1String(Event::RefreshExhausted),
            QLatin1String(Event::RevokedByProvider), QLatin1String(Event::JobDead),
            QLatin1String(Event::AuditChainBroken)};
}

EventPublisher::EventPublisher(Dependencies deps, QObject *parent)
    : QObject(parent)
    , m_db(deps.db)
    , m_audit(deps.audit)
    , m_secrets(deps.secrets)
    , m_jobs(deps.jobs)
    , m_wake(std::move(deps.wakeWorkers))
    , m_authorize(std::move(deps.authorize))
{ }

EventPublisher::~EventPublisher() = default;

Status EventPublisher::authorize(Access::Permission permission)
{
    return m_authorize ? m_authorize(permission) : Status {};
}

qint64 EventPublisher::retryDelay(int attempts) const
{
    const qint64 base = m_schedule.value(std::clamp(attempts - 1, 0, int(m_schedule.size()) - 1), 0);
    const double jitter = 0.9 + 0.2 * QRandomGenerator::global()->generateDouble(); // ±10 %
    return static_cast<qint64>(static_cast<double>(base) * jitter);
}

void EventPublisher::registerJobs(Jobs::JobRegistry &registry)
{
    // The publisher keeps its own count of requests made (a wait for an open circuit is no attempt); the runner's
    // limit only stops a job that would loop.
    Jobs::RetryPolicy policy;
    policy.maxAttempts = 100;
    registry.addAsync(
        QString::fromLatin1(kDeliverJob),
        [this](const Jobs::JobContext &context, const Jobs::JobRegistry::Complete &complete) {
            deliver(context.args.value(QLatin1String("message")).toInteger(), complete);
        },
        policy);
}

Result<std::pair<Endpoint, SecureBytes>> EventPublisher::addEndpoint(const QString &url, const QStringList &events,
                                                                     const QString &description)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    const QUrl parsed(url, QUrl::StrictMode);
    const bool https = parsed.scheme() == QLatin1String("https");
    const bool loopback = parsed.scheme() == QLatin1String("http")
        && (parsed.host() == QLatin1String("127.0.0.1") || parsed.host() == QLatin1String("localhost"));
    if (!parsed.isValid() || parsed.host().isEmpty() || !(https || loopback) || !parsed.userInfo().isEmpty()) {
        return Error {ErrorCode::Usage,
                      tr("An endpoint is an https:// URL (http:// only for localhost or 127.0.0.1), "
                         "not \"%1\".")
                          .arg(url)};
    }
    QStringList wanted = events.isEmpty() ? QStringList {QStringLiteral("*")} : events;
    for (const QString &event : std::as_const(wanted)) {
        if (event != QLatin1String("*") && !eventTypes().contains(event)) {
            return Error {ErrorCode::Usage,
                          tr("Unknown event \"%1\"; the events are %2, or * for all of them.")
                              .arg(event, eventTypes().join(QStringLiteral(", ")))};
        }
    }
    SecureBytes random = SecureBytes::random(24);
    QByteArray text = "whsec_"
        + QByteArray(reinterpret_cast<const char *>(random.data()), static_cast<qsizetype>(random.size())).toBase64();
    SecureBytes secret = SecureBytes::takeFrom(text);
    qint64 id = 0;
    const qint64 t = now();
    const Status stored = m_db.transaction([&]() -> Status {
        auto insert = m_db.prepare("INSERT INTO webhook_endpoints (url, events, description, created_at) "
                                   "VALUES (?1, ?2, ?3, ?4)");
        KW_TRY(insert);
        KW_TRY(insert->bind(1, url).bind(2, wanted.join(u' ')).bind(3, description).bind(4, t).run());
        id = m_db.lastInsertId();
        KW_TRY(m_secrets.write(secretName(id), secret));
        auto appended = m_audit.append({QStringLiteral("webhook.endpoint.add"),
                                        endpointTarget(id),
                                        Audit::Outcome::Success,
                                        {{QLatin1String("url"), url},
                                         {QLatin1String("events"), QJsonArray::fromStringList(wanted)},
                                         {QLatin1String("secret_fingerprint"), secret.fingerprint()}}});
        KW_TRY(appended);
        return {};
    });
    if (!stored.ok()) {
        if (id > 0)
            static_cast<void>(m_secrets.remove(secretName(id)));
        return stored.error();
    }
    auto added = endpoint(id);
    if (!added.ok())
        return added.error();
    return std::pair {added.value(), secret};
}

Result<Endpoint> EventPublisher::endpoint(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kEndpointColumns + " FROM webhook_endpoints WHERE id = ?1";
    auto query = m_db.prepare(sql.constData());
    KW_TRY(query);
    query->bind(1, id);
    auto row = query->step();
    KW_TRY(row);
    if (!row.value())
        return Error {ErrorCode::NotFound, tr("No webhook endpoint %1 (see `webhooks endpoints list`).").arg(id)};
    return endpointFromRow(*query);
}

Result<QList<Endpoint>> EventPublisher::endpoints()
{
    KW_TRY(authorize(Access::Permission::WebhooksRead));
    const QByteArray sql = QByteArray("SELECT ") + kEndpointColumns + " FROM webhook_endpoints ORDER BY id";
    auto query = m_db.prepare(sql.constData());
    KW_TRY(query);
    return query->collect<Endpoint>(endpointFromRow);
}

Result<Endpoint> EventPublisher::setEnabled(qint64 id, bool enabled)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    KW_TRY(endpoint(id));
    KW_TRY(m_db.transaction([&]() -> Status {
        auto update = m_db.prepare("UPDATE webhook_endpoints SET enabled = ?2, disabled_reason = ?3, "
                                   "consecutive_failures = 0, circuit_open_until = 0 WHERE id = ?1");
        KW_TRY(update);
        KW_TRY(update->bind(1, id)
                   .bind(2, qint64(enabled ? 1 : 0))
                   .bind(3, enabled ? QString() : tr("Switched off by an administrator."))
                   .run());
        auto appended = m_audit.append(
            {enabled ? QStringLiteral("webhook.endpoint.enable") : QStringLiteral("webhook.endpoint.disable"),
             endpointTarget(id),
             Audit::Outcome::Success,
             {}});
        KW_TRY(appended);
        return {};
    }));
    Q_EMIT endpointChanged(id);
    return endpoint(id);
}

Status EventPublisher::removeEndpoint(qint64 id)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    auto existing = endpoint(id);
    KW_TRY(existing);
    KW_TRY(m_db.transaction([&]() -> Status {
        auto messages = m_db.prepare("DELETE FROM webhook_messages WHERE endpoint_id = ?1");
        KW_TRY(messages);
        KW_TRY(messages->bind(1, id).run());
        auto remove = m_db.prepare("DELETE FROM webhook_endpoints WHERE id = ?1");
        KW_TRY(remove);
        KW_TRY(remove->bind(1, id).run());
        auto appended = m_audit.append({QStringLiteral("webhook.endpoint.remove"),
                                        endpointTarget(id),
                                        Audit::Outcome::Success,
                                        {{QLatin1String("url"), existing->url}}});
        KW_TRY(appended);
        return {};
    }));
    // Row first: a crash before this line leaves an orphaned keychain entry, never an endpoint without its secret.
    return m_secrets.remove(secretName(id));
}

Status EventPublisher::publish(const QString &type, const QJsonObject &data)
{
    auto query = m_db.cached("SELECT id, events FROM webhook_endpoints WHERE enabled = 1");
    KW_TRY(query);
    QList<qint64> targets;
    for (;;) {
        auto row = query->step();
        KW_TRY(row);
        if (!row.value())
            break;
        Endpoint e;
        e.events = query->text(1).split(u' ', Qt::SkipEmptyParts);
        if (e.wants(type))
            targets.append(query->int64(0));
    }
    if (targets.isEmpty())
        return {};
    const qint64 t = now();
    const QByteArray payload = QJsonDocument(QJsonObject {{QLatin1String("type"), type},
                                                          {QLatin1String("timestamp"), jsonTime(t)},
                                                          {QLatin1String("data"), data}})
                                   .toJson(QJsonDocument::Compact);
    for (qint64 endpointId : std::as_const(targets)) {
        auto insert = m_db.cached("INSERT INTO webhook_messages (endpoint_id, event_type, payload, created_at, state) "
                                  "VALUES (?1, ?2, ?3, ?4, 'pending')");
        KW_TRY(insert);
        insert->bind(1, endpointId).bind(2, type).bindText(3, payload).bind(4, t);
        KW_TRY(insert->run());
        Jobs::JobSpec spec;
        spec.type = QString::fromLatin1(kDeliverJob);
        spec.args = {{QLatin1String("message"), m_db.lastInsertId()}};
        KW_TRY(m_jobs.enqueue(spec, t));
    }
    if (m_wake)
        m_wake();
    return {};
}

void EventPublisher::deliver(qint64 messageId, const Jobs::JobRegistry::Complete &complete)
{
    auto query = m_db.prepare(
        "SELECT id, endpoint_id, event_type, payload, state, attempts FROM webhook_messages WHERE id = ?1");
    if (!query.ok())
        return complete(Jobs::JobOutcome::retry(query.error().userMessage));
    query->bind(1, messageId);
    auto row = query->step();
    if (!row.ok())
        return complete(Jobs::JobOutcome::retry(row.error().userMessage));
    if (!row.value())
        return complete(Jobs::JobOutcome::discard(tr("The message no longer exists (its endpoint was removed).")));
    Message message {query->int64(0), query->int64(1), query->text(2),
                     query->blob(3),  query->text(4),  static_cast<int>(query->int64(5))};
    if (message.state != QLatin1String("pending"))
        return complete(Jobs::JobOutcome::discard(tr("The message was delivered or given up already.")));
    auto target = endpoint(message.endpointId);
    if (!target.ok())
        return complete(Jobs::JobOutcome::discard(target.error().userMessage));
    const qint64 t = now();
    if (!target->enabled) {
        static_cast<void>(m_db.transaction([&]() -> Status {
            auto update = m_db.prepare("UPDATE webhook_messages SET state = 'dropped' WHERE id = ?1");
            KW_TRY(update);
            return update->bind(1, message.id).run();
        }));
        return complete(Jobs::JobOutcome::discard(tr("The endpoint is switched off.")));
    }
    if (target->circuitOpenUntilMs > t) {
        return complete(Jobs::JobOutcome::retry(tr("The endpoint's circuit is open: waiting before trying again."),
                                                target->circuitOpenUntilMs - t));
    }
    auto secret = m_secrets.read(secretName(target->id));
    if (!secret.ok())
        return complete(Jobs::JobOutcome::retry(secret.error().userMessage));
    const QByteArray id = "msg_kw" + QByteArray::number(message.id);
    const qint64 timestamp = t / 1000;
    const QHash<QByteArray, QByteArray> headers {
        {"Content-Type", "application/json"},
        {"User-Agent", "Keyward/" KEYWARD_VERSION},
        {"webhook-id", id},
        {"webhook-timestamp", QByteArray::number(timestamp)},
        {"webhook-signature", signature(secret.value(), id, timestamp, message.payload)}};
    OAuth::HttpOptions options;
    options.timeoutMs = 15'000;
    options.maxResponseBytes = 64 * 1024;
    const Endpoint endpointNow = target.value();
    m_http.request("POST", QUrl(endpointNow.url), message.payload, headers, options,
                   [this, message, endpointNow, complete](const OAuth::HttpResponse &response) {
                       complete(recordAttempt(message, endpointNow, response));
                   });
}

Jobs::JobOutcome EventPublisher::recordAttempt(const Message &message, const Endpoint &endpointAtStart,
                                               const OAuth::HttpResponse &response)
{
    const qint64 t = now();
    const int attempts = message.attempts + 1;
    const bool gone = response.failure == OAuth::HttpResponse::Failure::None && response.status == 410;
    const QString error = response.ok() ? QString()
        : response.failure != OAuth::HttpResponse::Failure::None
        ? response.errorText
        : tr("The endpoint answered HTTP %1.").arg(response.status);
    Jobs::JobOutcome outcome = Jobs::JobOutcome::done();
    const Status stored = m_db.transaction([&]() -> Status {
        auto endpointNow = endpoint(endpointAtStart.id);
        KW_TRY(endpointNow);
        QString state = QStringLiteral("pending");
        if (response.ok()) {
            state = QStringLiteral("delivered");
            auto update = m_db.prepare("UPDATE webhook_endpoints SET consecutive_failures = 0, circuit_open_until = 0, "
                                       "last_success_at = ?2 WHERE id = ?1");
            KW_TRY(update);
            KW_TRY(update->bind(1, endpointNow->id).bind(2, t).run());
        } else if (gone) {
            state = QStringLiteral("dropped");
            auto update = m_db.prepare("UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ?2, "
                                       "last_failure_at = ?3, last_error = ?4 WHERE id = ?1");
            KW_TRY(update);
            const QString reason = tr("The endpoint answered 410 Gone: it asked not to be sent anything more.");
            KW_TRY(update->bind(1, endpointNow->id).bind(2, reason).bind(3, t).bind(4, error).run());
            auto appended
                = m_audit.append({QStringLiteral("webhook.endpoint.disable"),
                                  endpointTarget(endpointNow->id),
                                  Audit::Outcome::Failure,
                                  {{QLatin1String("url"), endpointNow->url}, {QLatin1String("reason"), reason}}});
            KW_TRY(appended);
            outcome = Jobs::JobOutcome::discard(reason);
        } else {
            const int failures = endpointNow->consecutiveFailures + 1;
            qint64 openUntil = endpointNow->circuitOpenUntilMs;
            if (failures >= kFailuresToOpen) {
                // Open, and longer each time it reopens: 1, 2, 4, 8, then 16 times the base period.
                openUntil = t + m_circuitOpenMs * (qint64(1) << std::min(failures - kFailuresToOpen, 4));
            }
            auto update
                = m_db.prepare("UPDATE webhook_endpoints SET consecutive_failures = ?2, circuit_open_until = ?3, "
                               "last_failure_at = ?4, last_error = ?5 WHERE id = ?1");
            KW_TRY(update);
            KW_TRY(update->bind(1, endpointNow->id)
                       .bind(2, qint64(failures))
                       .bind(3, openUntil)
                       .bind(4, t)
                       .bind(5, error)
                       .run());
            if (attempts > m_schedule.size()) {
                state = QStringLiteral("failed");
                outcome
                    = Jobs::JobOutcome::dead(tr("Gave up after %1 attempts; the last: %2").arg(attempts).arg(error));
            } else {
                qint64 delay = retryDelay(attempts);
                const qint64 asked = (response.status == 429 || response.status == 503) ? response.retryAfterMs(t) : -1;
                if (asked >= 0)
                    delay = std::min(std::max(delay, asked), kMaxRetryAfterMs);
                if (openUntil > t)
                    delay = std::max(delay, openUntil - t);
                outcome = Jobs::JobOutcome::retry(error, delay);
            }
        }
        auto update = m_db.prepare("UPDATE webhook_messages SET state = ?2, attempts = ?3, last_status = ?4, "
                                   "last_error = ?5, delivered_at = ?6 WHERE id = ?1");
        KW_TRY(update);
        return update->bind(1, message.id)
            .bind(2, state)
            .bind(3, qint64(attempts))
            .bind(4, qint64(response.status))
            .bind(5, error)
            .bind(6, response.ok() ? t : qint64(0))
            .run();
    });
    if (!stored.ok())
        return Jobs::JobOutcome::retry(stored.error().userMessage);
    Q_EMIT endpointChanged(endpointAtStart.id);
    return outcome;
}

} // namespace Keyward::Webhooks

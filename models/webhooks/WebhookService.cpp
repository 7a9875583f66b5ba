#include "WebhookService.h"

#include "EventPublisher.h"
#include "RevocationEvents.h"
#include "audit/AuditLog.h"
#include "connections/ConnectionService.h"
#include "core/Logging.h"
#include "jobs/JobStore.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace Keyward::Webhooks {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// For the free functions below: lupdate files their tr() calls under the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Webhooks", text);
}

QString sourceTarget(const QString &name)
{
    return QStringLiteral("webhook-source:") + name;
}

QString deliveryTarget(qint64 id)
{
    return QStringLiteral("webhook-delivery:%1").arg(id);
}

Status checkDraft(const SourceDraft &draft)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!name.match(draft.name).hasMatch()) {
        return Error {ErrorCode::Usage,
                      tr("A source name is 1 to 64 lowercase letters, digits, \"-\" or \"_\" (it "
                         "becomes the path /webhooks/NAME).")};
    }
    if (draft.toleranceSeconds < 1 || draft.toleranceSeconds > WebhookService::kMaxToleranceSeconds) {
        return Error {
            ErrorCode::Usage,
            tr("The timestamp tolerance must be between 1 and %1 seconds.").arg(WebhookService::kMaxToleranceSeconds)};
    }
    if (draft.ratePerSecond < 1 || draft.ratePerSecond > 1000000)
        return Error {ErrorCode::Usage, tr("The rate limit must be between 1 and 1,000,000 deliveries a second.")};
    return {};
}

Status checkSecret(Scheme scheme, const SecureBytes &secret)
{
    if (secret.size() < 16) {
        return Error {ErrorCode::Usage,
                      tr("The secret is shorter than 16 bytes: use the secret the sender generated, "
                         "or generate a long random one.")};
    }
    if (scheme == Scheme::Standard && standardWebhooksKey(secret).isEmpty()) {
        return Error {ErrorCode::Usage,
                      tr("A Standard Webhooks secret is \"whsec_\" followed by base64; this one does "
                         "not decode.")};
    }
    return {};
}

/// The Shopify shop an app was registered for: the host of its token endpoint (https://{shop}/admin/oauth/...).
QString shopOf(const Connections::ProviderApp &app)
{
    return QUrl(app.provider.tokenUrl).host().toLower();
}

} // namespace

WebhookService::WebhookService(Dependencies deps, QObject *parent)
    : QObject(parent)
    , m_db(deps.db)
    , m_audit(deps.audit)
    , m_secrets(deps.secrets)
    , m_jobs(deps.jobs)
    , m_connections(deps.connections)
    , m_wake(std::move(deps.wakeWorkers))
    , m_authorize(std::move(deps.authorize))
    , m_publish(std::move(deps.publish))
    , m_store(deps.db)
{ }

WebhookService::~WebhookService() = default;

Status WebhookService::authorize(Access::Permission permission)
{
    return m_authorize ? m_authorize(permission) : Status {};
}

Status WebhookService::audit(const QString &action, const QString &target, QJsonObject details, bool success)
{
    auto appended = m_audit.append(
        {action, target, success ? Audit::Outcome::Success : Audit::Outcome::Failure, std::move(details)});
    if (!appended.ok())
        return appended.error();
    return {};
}

Jobs::JobSpec WebhookService::processSpec()
{
    Jobs::JobSpec spec;
    spec.type = QString::fromLatin1(kProcessJob);
    spec.uniqueKey = QString::fromLatin1(kProcessJob);
    return spec;
}

void WebhookService::registerJobs(Jobs::JobRegistry &registry)
{
    Jobs::RetryPolicy policy;
    policy.maxAttempts = 20;
    policy.baseDelayMs = 1'000;
    policy.maxDelayMs = 5 * 60'000;
    registry.addAsync(
        QString::fromLatin1(kProcessJob),
        [this](const Jobs::JobContext &, const Jobs::JobRegistry::Complete &complete) {
            auto more = processPending(kProcessBatch);
            if (!more.ok())
                complete(Jobs::JobOutcome::retry(more.error().userMessage));
            else if (more.value())
                complete(Jobs::JobOutcome::doneThen(processSpec()));
            else
                complete(Jobs::JobOutcome::done());
        },
        policy);
}

Status WebhookService::ensureSchedule()
{
    // Only a profile that receives webhooks has the schedule (the first source adds it).
    auto count = m_db.queryInt("SELECT count(*) FROM webhook_sources");
    if (!count.ok())
        return count.error();
    if (count.value() == 0)
        return {};
    auto recurring = m_jobs.recurring();
    if (!recurring.ok())
        return recurring.error();
    for (const Jobs::RecurringJob &job : std::as_const(recurring.value())) {
        if (job.name == QLatin1String(kProcessJob))
            return {};
    }
    Jobs::RecurringJob job;
    job.name = QString::fromLatin1(kProcessJob);
    job.cron = QStringLiteral("* * * * *");
    job.spec = processSpec();
    return m_jobs.setRecurring(job, now());
}

void WebhookService::requestProcessing(int retries)
{
    if (m_processingQueued)
        return;
    Jobs::JobSpec spec = processSpec();
    spec.runAtMs = now() + kProcessDelayMs;
    auto enqueued = m_jobs.enqueue(spec, now());
    if (!enqueued.ok())
        return; // the minute schedule picks the deliveries up
    m_processingQueued = !enqueued->duplicate;
    if (m_wake)
        m_wake();
    // The live job may be one whose run has ended but whose result the runner has not written yet: it would end
    // without seeing these deliveries. Ask again shortly (a pending job found then is fine: it will see them).
    if (enqueued->duplicate && retries > 0 && !m_recheckPending) {
        m_recheckPending = true;
        QTimer::singleShot(20, this, [this, retries] {
            m_recheckPending = false;
            requestProcessing(retries - 1);
        });
    }
}

Result<WebhookSource> WebhookService::addSource(const SourceDraft &draft, const SecureBytes &secret)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    KW_TRY(checkDraft(draft));
    const bool signedWithSecret = draft.scheme != Scheme::GoogleRisc; // RISC tokens are signed with Google's keys
    if (signedWithSecret)
        KW_TRY(checkSecret(draft.scheme, secret));
    WebhookSource source;
    source.name = draft.name;
    source.scheme.kind = draft.scheme;
    if (draft.scheme == Scheme::Generic) {
        auto generic = GenericScheme::fromJson(draft.config);
        if (!generic.ok())
            return generic.error();
        source.scheme.generic = generic.value();
    } else if (draft.scheme == Scheme::GoogleRisc) {
        auto risc = RiscScheme::fromJson(draft.config);
        if (!risc.ok())
            return risc.error();
        source.scheme.risc = risc.value();
    } else if (!draft.config.isEmpty()) {
        return Error {ErrorCode::Usage, tr("Only the generic scheme takes a configuration.")};
    }
    if (!draft.app.isEmpty()) {
        auto app = m_connections.store().findApp(draft.app);
        if (!app.ok())
            return app.error();
        source.appId = app->id;
    }
    source.toleranceSeconds = draft.toleranceSeconds;
    source.ratePerSecond = draft.ratePerSecond;
    source.keepRejectedBodies = draft.keepRejectedBodies;
    source.createdMs = now();
    qint64 secretId = 0;
    const Status stored = m_db.transaction([&]() -> Status {
        if (m_store.source(draft.name).ok())
            return Error {ErrorCode::Usage, tr("A webhook source named \"%1\" exists already.").arg(draft.name)};
        auto id = m_store.insertSource(source);
        KW_TRY(id);
        if (signedWithSecret) {
            auto inserted = m_store.insertSecret(id.value(), secret.fingerprint(), source.createdMs);
            KW_TRY(inserted);
            secretId = inserted.value();
            // Inside the transaction: if the keychain refuses, no source row remains.
            KW_TRY(m_secrets.write(Secrets::webhookSecretName(secretId), secret));
        }
        KW_TRY(ensureSchedule());
        QJsonObject details {{QLatin1String("scheme"), schemeName(draft.scheme)},
                             {QLatin1String("secret_fingerprint"), signedWithSecret ? secret.fingerprint() : QString()},
                             {QLatin1String("tolerance_seconds"), draft.toleranceSeconds},
                             {QLatin1String("rate_per_second"), draft.ratePerSecond},
                             {QLatin1String("keep_rejected_bodies"), draft.keepRejectedBodies}};
        if (!draft.app.isEmpty())
            details.insert(QLatin1String("app"), draft.app);
        return audit(QStringLiteral("webhook.source.add"), sourceTarget(draft.name), details);
    });
    if (!stored.ok()) {
        if (secretId > 0)
            static_cast<void>(m_secrets.remove(Secrets::webhookSecretName(secretId)));
        return stored.error();
    }
    return m_store.source(draft.name);
}

Result<WebhookSource> WebhookService::rotateSecret(const QString &name, const SecureBytes &secret,
                                                   qint64 overlapSeconds)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    auto source = m_store.source(name);
    if (!source.ok())
        return source.error();
    if (source->scheme.kind == Scheme::GoogleRisc)
        return Error {ErrorCode::Usage,
                      tr("A google-risc source has no secret: Google signs its tokens with its own keys.")};
    KW_TRY(checkSecret(source->scheme.kind, secret));
    if (overlapSeconds < 0 || overlapSeconds > 30 * 24 * 3600)
        return Error {ErrorCode::Usage, tr("The overlap must be between 0 seconds and 30 days.")};
    for (const SourceSecret &existing : std::as_const(source->secrets)) {
        if (existing.fingerprint == secret.fingerprint() && existing.activeAt(now()))
            return Error {ErrorCode::Usage, tr("This secret is already active for the source.")};
    }
    const qint64 t = now();
    qint64 secretId = 0;
    const Status stored = m_db.transaction([&]() -> Status {
        auto inserted = m_store.insertSecret(source->id, secret.fingerprint(), t);
        KW_TRY(inserted);
        secretId = inserted.value();
        KW_TRY(m_secrets.write(Secrets::webhookSecretName(secretId), secret));
        KW_TRY(m_store.expireSecrets(source->id, secretId, t + overlapSeconds * 1000));
        QJsonArray previous;
        for (const SourceSecret &old : std::as_const(source->secrets)) {
            if (old.activeAt(t))
                previous.append(old.fingerprint);
        }
        return audit(QStringLiteral("webhook.source.rotate_secret"), sourceTarget(name),
                     {{QLatin1String("secret_fingerprint"), secret.fingerprint()},
                      {QLatin1String("previous_fingerprints"), previous},
                      {QLatin1String("overlap_seconds"), overlapSeconds}});
    });
    if (!stored.ok()) {
        if (secretId > 0)
            static_cast<void>(m_secrets.remove(Secrets::webhookSecretName(secretId)));
        return stored.error();
    }
    static_cast<void>(removeExpiredSecrets());
    return m_store.source(name);
}

Result<QList<WebhookSource>> WebhookService::sources()
{
    KW_TRY(authorize(Access::Permission::WebhooksRead));
    return m_store.sources();
}

Result<ReceiverSettings> WebhookService::receiverSettings()
{
    KW_TRY(authorize(Access::Permission::WebhooksRead));
    auto stored = m_db.meta(QString::fromLatin1(ReceiverSettings::kMetaKey));
    KW_TRY(stored);
    if (stored->isEmpty())
        return ReceiverSettings {};
    const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8());
    if (!doc.isObject())
        return Error {ErrorCode::Failure,
                      tr("The stored webhook receiver settings are unreadable: set them again (Webhooks page, or "
                         "`keyward-cli webhooks receiver set`).")};
    return ReceiverSettings::fromJson(doc.object());
}

Status WebhookService::setReceiverSettings(const ReceiverSettings &settings)
{
    KW_TRY(authorize(Access::Permission::WebhooksManage));
    KW_TRY(settings.validate());
    if (!settings.selfSigned())
        KW_TRY(TlsIdentity::fromFiles(settings.certPath, settings.keyPath));
    return m_db.transaction([&]() -> Status {
        KW_TRY(m_db.setMeta(QString::fromLatin1(ReceiverSettings::kMetaKey),
                            QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact))));
        QJsonObject details = settings.toJson();
        details.insert(QLatin1String("tls"),
                       settings.selfSigned() ? QStringLiteral("self-signed") : QStringLiteral("files"));
        return audit(QStringLiteral("webhook.receiver.configure"), QStringLiteral("webhooks/receiver"), details);
    });
}

Result<QList<Delivery>> WebhookService::deliveries(const DeliveryFilter &filter)
{
    KW_TRY(authorize(Access::Permission::WebhooksRead));
    return m_store.deliveries(filter);
}

Result<Delivery> WebhookService::delivery(qint64 id)
{
    KW_TRY(authorize(Access::Permission::WebhooksRead));
    return m_store.delivery(id);
}

Result<QList<qint64>> WebhookService::replay(const QList<qint64> &ids)
{
    KW_TRY(authorize(Access::Permission::WebhooksReplay));
    if (ids.size() > kMaxReplay) {
        return Error {ErrorCode::Usage,
                      tr("At most %1 deliveries can be replayed at once; narrow the selection.").arg(kMaxReplay)};
    }
    QList<qint64> changed;
    const Status done = m_db.transaction([&]() -> Status {
        auto marked = m_store.markForReplay(ids);
        KW_TRY(marked);
        for (const auto &entry : std::as_const(marked.value()))
            changed.append(entry.first);
        QJsonArray requested, replayed;
        for (qint64 id : ids)
            requested.append(id);
        for (qint64 id : std::as_const(changed))
            replayed.append(id);
        return audit(QStringLiteral("webhook.replay"), QStringLiteral("webhook-deliveries"),
                     {{QLatin1String("requested"), requested}, {QLatin1String("replayed"), replayed}});
    });
    if (!done.ok())
        return done.error();
    if (!changed.isEmpty())
        requestProcessing();
    if (changed.isEmpty()) {
        return Error {ErrorCode::NotFound,
                      tr("None of these deliveries can be replayed: only verified deliveries are "
                         "processed (see `webhooks list`).")};
    }
    return changed;
}

Result<SecureBytes> WebhookService::secretValue(qint64 secretId)
{
    if (auto cached = m_secretCache.constFind(secretId); cached != m_secretCache.cend())
        return *cached;
    auto value = m_secrets.read(Secrets::webhookSecretName(secretId));
    if (!value.ok())
        return value.error();
    m_secretCache.insert(secretId, value.value());
    return value;
}

Result<std::shared_ptr<const ReceiverConfig>> WebhookService::receiverConfig()
{
    auto config = std::make_shared<ReceiverConfig>();
    auto stamp = configStamp();
    if (!stamp.ok())
        return stamp.error();
    config->stamp = stamp.value();
    auto sources = m_store.sources();
    if (!sources.ok())
        return sources.error();
    const qint64 t = now();
    for (const WebhookSource &source : std::as_const(sources.value())) {
        ReceiverSource entry;
        entry.id = source.id;
        entry.name = source.name;
        entry.scheme = source.scheme;
        entry.scheme.jwks = m_keys.value(source.id).jwks;
        entry.toleranceSeconds = source.toleranceSeconds;
        entry.ratePerSecond = source.ratePerSecond;
        entry.keepRejectedBodies = source.keepRejectedBodies;
        for (auto it = source.secrets.crbegin(); it != source.secrets.crend(); ++it) {
            if (!it->activeAt(t))
                continue;
            auto value = secretValue(it->id);
            if (!value.ok())
                return value.error();
            entry.secrets.append(value.value());
        }
        config->sources.insert(source.name, entry);
    }
    return std::shared_ptr<const ReceiverConfig>(std::move(config));
}

void WebhookService::refreshKeys(bool force)
{
    auto sources = m_store.sources();
    if (!sources.ok())
        return;
    const qint64 t = now();
    for (const WebhookSource &source : std::as_const(sources.value())) {
        if (source.scheme.kind != Scheme::GoogleRisc)
            continue;
        SigningKeys &keys = m_keys[source.id];
        const bool stale = keys.jwks.isEmpty() || t - keys.fetchedMs > kKeysMaxAgeMs;
        // A forced fetch (a token named a key we lack) at most once a minute per source.
        const bool wanted = stale || (force && t - keys.fetchedMs > 60'000);
        if (!wanted || keys.fetching || t - keys.attemptedMs < 10'000)
            continue;
        keys.fetching = true;
        keys.attemptedMs = t;
        OAuth::HttpOptions options;
        options.timeoutMs = 15'000;
        const qint64 id = source.id;
        m_connections.http().get(QUrl(source.scheme.risc.jwksUri), {}, options,
                                 [this, id, name = source.name](const OAuth::HttpResponse &response) {
                                     SigningKeys &entry = m_keys[id];
                                     entry.fetching = false;
                                     const QJsonObject jwks = QJsonDocument::fromJson(response.body).object();
                                     if (!response.ok() || !jwks.value(QLatin1String("keys")).isArray()) {
                                         qCWarning(lcEngine)
                                             << "webhooks: signing keys for" << name
                                             << "could not be fetched:" << response.status << response.errorText;
                                         return;
                                     }
                                     entry.jwks = jwks;
                                     entry.fetchedMs = now();
                                     ++m_keysGeneration;
                                 });
    }
}

Status WebhookService::readiness()
{
    KW_TRY(m_store.configStamp());
    KW_TRY(m_secrets.read(Secrets::SecretKind::CheckpointKey));
    return {};
}

Status WebhookService::removeExpiredSecrets()
{
    auto expired = m_store.expiredSecrets(now());
    if (!expired.ok())
        return expired.error();
    for (qint64 id : std::as_const(expired.value())) {
        // Row first: a crash between the two leaves an orphaned keychain entry, never a row without its secret.
        KW_TRY(m_db.transaction([&] { return m_store.deleteSecret(id); }));
        KW_TRY(m_secrets.remove(Secrets::webhookSecretName(id)));
        m_secretCache.remove(id);
    }
    return {};
}

Status WebhookService::recordUnrecorded(const QList<UnrecordedRejections> &summaries)
{
    return m_db.transaction([&]() -> Status {
        for (const UnrecordedRejections &summary : summaries) {
            QJsonObject reasons;
            for (auto it = summary.reasons.cbegin(); it != summary.reasons.cend(); ++it)
                reasons.insert(it.key(), it.value());
            KW_TRY(audit(QStringLiteral("webhook.rejected_unrecorded"), sourceTarget(summary.source),
                         {{QLatin1String("count"), summary.count},
                          {QLatin1String("first"),
                           QDateTime::fromMSecsSinceEpoch(summary.firstMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                          {QLatin1String("last"),
                           QDateTime::fromMSecsSinceEpoch(summary.lastMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                          {QLatin1String("remotes"), QJsonArray::fromStringList(summary.remotes)},
                          {QLatin1String("reasons"), reasons}},
                         false));
        }
        return Status {};
    });
}

QList<Recorded> WebhookService::record(const QList<Incoming> &batch)
{
    QList<Recorded> results(batch.size());
    bool enqueued = false;
    const Status stored = m_db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Incoming &in = batch.at(i);
            Delivery d;
            d.sourceId = in.sourceId;
            d.sourceName = in.sourceName;
            d.receivedMs = in.receivedMs;
            d.remote = in.remote;
            d.deliveryKey = in.verified ? in.info.id : QByteArray();
            d.replayKey = in.verified ? in.info.replayKey : QByteArray();
            d.eventType = in.info.eventType;
            d.verified = in.verified;
            d.reason = in.reason;
            d.state = QString::fromLatin1(in.verified ? DeliveryState::Received : DeliveryState::Rejected);
            d.headers = redactedHeaders(in.headers);
            d.hasBody = in.keepBody;
            d.body = in.keepBody ? in.body : QByteArray();
            d.bodySize = in.bodySize;
            auto id = m_store.insertDelivery(d);
            KW_TRY(id);
            if (id.value() == 0) {
                results[i] = {Recorded::Kind::Duplicate, 0};
                continue;
            }
            if (!in.verified) {
                results[i] = {Recorded::Kind::Rejected, id.value()};
                KW_TRY(audit(QStringLiteral("webhook.rejected"), deliveryTarget(id.value()),
                             {{QLatin1String("source"), in.sourceName},
                              {QLatin1String("reason"), in.reason},
                              {QLatin1String("remote"), in.remote},
                              {QLatin1String("body_size"), in.bodySize}},
                             false));
                continue;
            }
            enqueued = true;
            results[i] = {Recorded::Kind::New, id.value()};
        }
        return {};
    });
    if (!stored.ok()) {
        qCWarning(lcEngine) << "webhooks: recording" << batch.size() << "deliveries failed:" << stored.error().detail;
        return QList<Recorded>(batch.size(), Recorded {Recorded::Kind::Failed, 0});
    }
    if (enqueued)
        requestProcessing();
    return results;
}

Result<bool> WebhookService::processPending(int limit)
{
    m_processingQueued = false; // what is recorded from now on needs a run after this one
    DeliveryFilter filter;
    filter.state = QString::fromLatin1(DeliveryState::Received);
    filter.limit = limit + 1;
    filter.oldestFirst = true;
    auto waiting = m_store.deliveries(filter);
    if (!waiting.ok())
        return waiting.error();
    if (waiting->isEmpty())
        return false;
    const bool more = waiting->size() > limit;
    if (more)
        waiting->removeLast();
    auto sources = m_store.sources();
    if (!sources.ok())
        return sources.error();
    const qint64 t = now();
    QList<std::pair<qint64, QString>> alerts; // connection id, sentence
    KW_TRY(m_db.transaction([&]() -> Status {
        for (const Delivery &delivery : std::as_const(waiting.value())) {
            auto outcome = apply(delivery, sources.value(), t, &alerts);
            KW_TRY(outcome);
            KW_TRY(m_store.setOutcome(delivery.id, outcome->first, outcome->second, t));
        }
        return {};
    }));
    for (const auto &[id, sentence] : std::as_const(alerts)) {
        Q_EMIT m_connections.connectionChanged(id);
        Q_EMIT alert(sentence);
    }
    return more;
}

Result<std::pair<QString, QString>> WebhookService::apply(const Delivery &delivery, const QList<WebhookSource> &sources,
                                                          qint64 t, QList<std::pair<qint64, QString>> *alerts)
{
    const WebhookSource *source = nullptr;
    for (const WebhookSource &candidate : sources) {
        if (candidate.id == delivery.sourceId)
            source = &candidate;
    }
    if (!source)
        return std::pair {QString::fromLatin1(DeliveryState::Failed), tr("Its source no longer exists.")};
    auto event = revocationEvent(source->scheme.kind, delivery.eventType, delivery.headers, delivery.body);
    if (!event.ok()) {
        KW_TRY(audit(QStringLiteral("webhook.process"), deliveryTarget(delivery.id),
                     {{QLatin1String("source"), source->name},
                      {QLatin1String("event_type"), delivery.eventType},
                      {QLatin1String("error"), event.error().userMessage}},
                     false));
        return std::pair {QString::fromLatin1(DeliveryState::Failed), event.error().userMessage};
    }
    if (!event.value()) {
        return std::pair {QString::fromLatin1(DeliveryState::Ignored),
                          tr("Keyward takes no action on \"%1\" events.").arg(delivery.eventType)};
    }
    const RevocationEvent &revocation = *event.value();
    auto &connections = m_connections.store();
    auto apps = connections.apps();
    if (!apps.ok())
        return apps.error();
    QList<Connections::Connection> matched;
    for (const Connections::ProviderApp &app : std::as_const(apps.value())) {
        if (source->appId > 0 ? app.id != source->appId : !revocation.catalogIds.contains(app.catalogId))
            continue;
        if (revocation.match == RevocationEvent::Match::ShopDomain && !revocation.values.contains(shopOf(app)))
            continue;
        Connections::ConnectionFilter filter;
        filter.appId = app.id;
        auto list = connections.connections(filter);
        if (!list.ok())
            return list.error();
        for (const Connections::Connection &c : std::as_const(list.value())) {
            if (c.state == Connections::ConnectionState::Revoked)
                continue;
            const bool hit = revocation.match == RevocationEvent::Match::Subject ? revocation.values.contains(c.subject)
                : revocation.match == RevocationEvent::Match::Tenant             ? revocation.values.contains(c.tenant)
                                                                                 : true;
            if (hit)
                matched.append(c);
        }
    }
    const bool revoke = revocation.newState == Connections::ConnectionState::Revoked;
    const QString reason = revoke ? tr("Revoked at the provider (%1).").arg(revocation.why)
                                  : tr("The provider asks for reauthorization (%1).").arg(revocation.why);
    QJsonArray ids;
    for (const Connections::Connection &c : std::as_const(matched)) {
        ids.append(c.id);
        if (revoke) {
            KW_TRY(connections.markRevoked(c.id, t, reason));
        } else {
            KW_TRY(connections.setState(c.id, Connections::ConnectionState::ReauthRequired, reason,
                                        QStringLiteral("provider_event"), revocation.why, 0, 0, 0));
        }
        KW_TRY(audit(QLatin1String(revoke ? Event::RevokedByProvider : Event::ReauthorizationRequired),
                     QStringLiteral("connection:%1").arg(c.id),
                     {{QLatin1String("app"), c.appName},
                      {QLatin1String("subject"), c.subject},
                      {QLatin1String("event"), revocation.why},
                      {QLatin1String("delivery"), delivery.id}}));
        if (m_publish) {
            KW_TRY(m_publish(QLatin1String(revoke ? Event::RevokedByProvider : Event::ReauthorizationRequired),
                             {{QLatin1String("connection"), c.id},
                              {QLatin1String("app"), c.appName},
                              {QLatin1String("subject"), c.subject},
                              {QLatin1String("event"), revocation.why}}));
        }
        alerts->append({c.id,
                        revoke ? tr("Connection %1 (%2) was revoked at the provider.").arg(c.id).arg(c.appName)
                               : tr("Connection %1 (%2) needs reauthorization.").arg(c.id).arg(c.appName)});
    }
    KW_TRY(audit(QStringLiteral("webhook.process"), deliveryTarget(delivery.id),
                 {{QLatin1String("source"), source->name},
                  {QLatin1String("event_type"), delivery.eventType},
                  {QLatin1String("connections"), ids}}));
    const QString result = matched.isEmpty()
        ? tr("%1: no connection here matches.").arg(revocation.why)
        : (revoke ? tr("%1: marked %n connection(s) revoked.", nullptr, int(matched.size()))
                  : tr("%1: %n connection(s) need reauthorization.", nullptr, int(matched.size())))
              .arg(revocation.why);
    return std::pair {QString::fromLatin1(DeliveryState::Processed), result};
}

} // namespace Keyward::Webhooks

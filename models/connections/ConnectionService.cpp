#include "ConnectionService.h"

#include "audit/AuditLog.h"
#include "core/Logging.h"
#include "engine/Engine.h"
#include "jobs/JobStore.h"
#include "oauth/Authorization.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "webhooks/EventPublisher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrl>

#include <limits>

namespace Keyward::Connections {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString connectionTarget(qint64 id)
{
    return QStringLiteral("connection:%1").arg(id);
}

QString appTarget(const ProviderApp &app)
{
    return QStringLiteral("app:") + app.name;
}

bool isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    // RFC 8252 §7.3 and §8.3: the loopback IP literal over http; "localhost" can resolve elsewhere.
    return url.isValid() && url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1")) && !url.path().isEmpty()
        && url.userInfo().isEmpty() && !url.hasFragment();
}

} // namespace

QByteArray tokenBinding(qint64 connectionId, const char *which)
{
    return QByteArrayLiteral("connection:") + QByteArray::number(connectionId) + ':' + which;
}

ConnectionService::ConnectionService(Dependencies deps, QObject *parent)
    : QObject(parent)
    , m_db(deps.db)
    , m_audit(deps.audit)
    , m_secrets(deps.secrets)
    , m_jobs(deps.jobs)
    , m_wake(std::move(deps.wakeWorkers))
    , m_authorize(std::move(deps.authorize))
    , m_publish(std::move(deps.publish))
    , m_store(deps.db)
    , m_keyRing(deps.db, deps.secrets)
    , m_oauth(m_http)
{
    m_http.setMaxPerHost(qEnvironmentVariableIntValue("KEYWARD_MAX_PER_HOST") > 0
                             ? qEnvironmentVariableIntValue("KEYWARD_MAX_PER_HOST")
                             : 8);
}

ConnectionService::~ConnectionService()
{
    m_http.abortAll();
}

Status ConnectionService::authorize(Access::Permission permission)
{
    return m_authorize ? m_authorize(permission) : Status();
}

Status ConnectionService::audit(const QString &action, const QString &target, QJsonObject details, bool success)
{
    auto appended = m_audit.append(
        {action, target, success ? Audit::Outcome::Success : Audit::Outcome::Failure, std::move(details)});
    if (!appended.ok())
        return appended.error();
    return {};
}

qint64 ConnectionService::retryDelayMs(const RefreshSettings &settings, int attempt, qint64 retryAfterMs,
                                       double unitRandom)
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, settings.maxDelayMs);
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double ceiling = std::min(static_cast<double>(settings.maxDelayMs),
                                    static_cast<double>(settings.baseDelayMs) * static_cast<double>(1LL << exponent));
    return static_cast<qint64>(ceiling * unitRandom);
}

// ---- jobs -------------------------------------------------------------------------------------------------------

void ConnectionService::registerJobs(Jobs::JobRegistry &registry)
{
    Jobs::RetryPolicy refreshPolicy;
    // The connection's give-up window (4 days by default) ends the retries, not a count.
    refreshPolicy.maxAttempts = 100'000;
    refreshPolicy.baseDelayMs = RefreshSettings {}.baseDelayMs;
    refreshPolicy.maxDelayMs = RefreshSettings {}.maxDelayMs;
    refreshPolicy.leaseMs = 2 * 60 * 1000;
    registry.addAsync(
        QString::fromLatin1(kRefreshJob),
        [this](const Jobs::JobContext &context, Jobs::JobRegistry::Complete complete) {
            const qint64 id = context.args.value(QLatin1String("connection_id")).toInteger();
            refreshGrant(
                id, [this, complete](const Result<Connection> &result) { complete(refreshOutcome(result)); },
                context.attempt);
        },
        refreshPolicy);

    Jobs::RetryPolicy resealPolicy;
    resealPolicy.baseDelayMs = 10'000;
    registry.addAsync(
        QString::fromLatin1(kResealJob),
        [this](const Jobs::JobContext &, Jobs::JobRegistry::Complete complete) {
            // In batches, so the engine thread stays responsive; the job re-runs itself until nothing is left.
            auto left = resealBatch(500);
            if (!left.ok()) {
                complete(Jobs::JobOutcome::retry(left.error().userMessage));
                return;
            }
            if (left.value() > 0) {
                auto next = m_jobs.enqueue({QString::fromLatin1(kResealJob), {}, Jobs::Queue::Low, {}, 0}, now());
                static_cast<void>(next);
            }
            complete(Jobs::JobOutcome::done());
        },
        resealPolicy);

    registry.addAsync(QString::fromLatin1(kSweepJob),
                      [this](const Jobs::JobContext &, Jobs::JobRegistry::Complete complete) {
                          // A safety net: every refresh is scheduled when its token is stored; this catches any
                          // schedule lost to a restore or a manual change. One query finds them, so the sweep costs
                          // next to nothing when nothing was lost.
                          QElapsedTimer timer;
                          timer.start();
                          auto lost = m_store.unscheduled(1'000'000);
                          qCInfo(lcEngine) << "tokens.sweep: found" << (lost.ok() ? lost->size() : -1)
                                           << "connections without a refresh job in" << timer.elapsed() << "ms";
                          if (!lost.ok()) {
                              complete(Jobs::JobOutcome::retry(lost.error().userMessage));
                              return;
                          }
                          // 1,000 schedules per transaction: one commit each would keep the engine busy.
                          const auto &ids = lost.value();
                          for (qsizetype from = 0; from < ids.size(); from += 1000) {
                              static_cast<void>(m_db.transaction([&]() -> Status {
                                  for (qsizetype i = from; i < std::min(ids.size(), from + 1000); ++i)
                                      KW_TRY(scheduleRefresh(ids[i].first, ids[i].second));
                                  return {};
                              }));
                          }
                          complete(Jobs::JobOutcome::done());
                      });
}

Status ConnectionService::sweepOnStart()
{
    auto count = m_store.count();
    KW_TRY(count);
    if (count.value() == 0)
        return {};
    auto enqueued = m_jobs.enqueue(
        {QString::fromLatin1(kSweepJob), {}, Jobs::Queue::Low, QStringLiteral("tokens-sweep"), 0}, now());
    if (!enqueued.ok())
        return enqueued.error();
    return {};
}

Jobs::JobOutcome ConnectionService::refreshOutcome(const Result<Connection> &result)
{
    // A success ends this job and enqueues the next refresh with its recording (a failure retries this job at the
    // connection's next_refresh_at instead).
    if (result.ok())
        return result->nextRefreshMs > 0 ? Jobs::JobOutcome::doneThen(refreshSpec(result->id, result->nextRefreshMs))
                                         : Jobs::JobOutcome::done();
    const Error &error = result.error();
    if (error.code == ErrorCode::NotFound)
        return Jobs::JobOutcome::discard(error.userMessage);
    if (error.code != ErrorCode::Provider)
        return Jobs::JobOutcome::retry(error.userMessage);
    // A provider failure: the connection's state says what comes next.
    const qint64 id = error.detail.toLongLong();
    auto connection = m_store.connection(id);
    if (!connection.ok())
        return Jobs::JobOutcome::discard(error.userMessage);
    switch (connection->state) {
    case ConnectionState::ReauthRequired:
    case ConnectionState::Revoked:
        return Jobs::JobOutcome::discard(error.userMessage); // no retries: a person must reconnect
    case ConnectionState::Exhausted:
        return Jobs::JobOutcome::dead(error.userMessage);
    default:
        return Jobs::JobOutcome::retry(error.userMessage, std::max<qint64>(0, connection->nextRefreshMs - now()));
    }
}

Jobs::JobSpec ConnectionService::refreshSpec(qint64 connectionId, qint64 atMs)
{
    Jobs::JobSpec spec;
    spec.type = QString::fromLatin1(kRefreshJob);
    spec.args = {{QLatin1String("connection_id"), connectionId}};
    spec.queue = Jobs::Queue::Critical;
    spec.uniqueKey = QStringLiteral("refresh:%1").arg(connectionId);
    spec.runAtMs = atMs;
    return spec;
}

Status ConnectionService::scheduleRefresh(qint64 connectionId, qint64 atMs)
{
    if (atMs <= 0)
        return {};
    auto enqueued = m_jobs.enqueue(refreshSpec(connectionId, atMs), now());
    if (!enqueued.ok())
        return enqueued.error();
    // Deduplicated per connection: the job already planned (for the regular refresh, say) must not delay a refresh
    // asked for sooner (a retry after a failed refresh, a refresh now, the sweep). A running one is left alone.
    if (enqueued->duplicate) {
        auto moved = m_jobs.bringForward(enqueued->id, atMs, now());
        if (!moved.ok())
            return moved.error();
    }
    if (m_wake && atMs <= now())
        m_wake();
    return {};
}

Status ConnectionService::recoverInterrupted()
{
    auto select = m_store.connections({0, QStringLiteral("refreshing"), {}, {}, -1});
    KW_TRY(select);
    if (select->isEmpty())
        return {};
    const qint64 t = now();
    return m_db.transaction([&]() -> Status {
        for (const Connection &c : select.value()) {
            KW_TRY(m_store.setState(c.id, c.failingSinceMs > 0 ? ConnectionState::Retrying : ConnectionState::Healthy,
                                    c.reason, c.lastRefreshResult, c.lastError, c.failingSinceMs, t, 0));
            KW_TRY(scheduleRefresh(c.id, t));
        }
        return {};
    });
}

// ---- provider apps ----------------------------------------------------------------------------------------------

Result<ProviderApp> ConnectionService::resolveDraft(const AppDraft &draft)
{
    if (draft.name.trimmed().isEmpty())
        return Error {ErrorCode::Usage, tr("The app needs a name (--name).")};
    if (draft.clientId.trimmed().isEmpty())
        return Error {ErrorCode::Usage, tr("The app needs a client id (--client-id).")};
    QString catalogId = draft.catalogId;
    if (catalogId.isEmpty())
        catalogId = draft.discoveryUrl.isEmpty() ? QStringLiteral("generic-oauth2") : QStringLiteral("generic-oidc");
    const OAuth::ProviderEntry *entry = OAuth::ProviderCatalog::builtIn().find(catalogId);
    if (!entry) {
        QStringList ids;
        for (const OAuth::ProviderEntry &known : OAuth::ProviderCatalog::builtIn().entries())
            ids << known.id;
        return Error {
            ErrorCode::Usage,
            tr("\"%1\" is not in the provider catalog. Known: %2.").arg(catalogId, ids.join(QStringLiteral(", ")))};
    }
    auto resolved = entry->resolved(draft.parameters);
    KW_TRY(resolved);
    ProviderApp app;
    app.name = draft.name.trimmed();
    app.catalogId = catalogId;
    app.provider = resolved.value();
    OAuth::ProviderEntry &p = app.provider;
    auto byHand = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    byHand(p.authorizationUrl, draft.authorizationUrl);
    byHand(p.tokenUrl, draft.tokenUrl);
    byHand(p.revocationUrl, draft.revocationUrl);
    byHand(p.introspectionUrl, draft.introspectionUrl);
    byHand(p.deviceAuthorizationUrl, draft.deviceAuthorizationUrl);
    byHand(p.discoveryUrl, draft.discoveryUrl);
    if (!draft.revocationUrl.isEmpty())
        p.revocation = OAuth::EndpointSupport::Standard;
    if (!draft.introspectionUrl.isEmpty())
        p.introspection = OAuth::EndpointSupport::Standard;
    if (p.tokenUrl.isEmpty() && p.discoveryUrl.isEmpty()) {
        return Error {ErrorCode::Usage,
                      tr("The app needs a token endpoint: give --discovery URL, or --authorize-url and "
                         "--token-url.")};
    }
    for (const QString &url : {p.authorizationUrl, p.tokenUrl, p.revocationUrl, p.introspectionUrl,
                               p.deviceAuthorizationUrl, p.discoveryUrl}) {
        const QUrl parsed(url, QUrl::StrictMode);
        // Plain http only on the loopback interface (a local test or demo provider): nothing leaves the machine.
        const bool loopbackHttp = parsed.scheme() == QLatin1String("http")
            && (parsed.host() == QLatin1String("127.0.0.1") || parsed.host() == QLatin1String("::1")
                || parsed.host() == QLatin1String("localhost"));
        if (!url.isEmpty() && (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && !loopbackHttp))) {
            return Error {ErrorCode::Usage,
                          tr("\"%1\" is not an https:// URL: OAuth endpoints must use TLS (plain http is accepted "
                             "only on 127.0.0.1).")
                              .arg(url)};
        }
    }
    app.clientId = draft.clientId.trimmed();
    app.scopes = draft.scopes.value_or(p.defaultScopes);
    app.authMethod
        = draft.authMethod.value_or(draft.clientSecret.isEmpty() ? OAuth::TokenAuthMethod::None : p.tokenAuth);
    if (app.authMethod != OAuth::TokenAuthMethod::None && draft.clientSecret.isEmpty()) {
        return Error {ErrorCode::Usage,
                      tr("The %1 method authenticates with a client secret: give it on standard input "
                         "(--client-secret-stdin), or use --auth-method none for a public client.")
                          .arg(OAuth::tokenAuthMethodName(app.authMethod))};
    }
    app.redirectUri = draft.redirectUri.isEmpty() ? QString::fromLatin1(kDefaultRedirectUri) : draft.redirectUri;
    if (!isLoopbackRedirect(app.redirectUri)) {
        return Error {ErrorCode::Usage,
                      tr("The redirect URI must be a loopback URI such as http://127.0.0.1/callback "
                         "(RFC 8252): Keyward receives the browser's redirect itself.")};
    }
    if (!draft.caPem.isEmpty()) {
        if (QSslCertificate::fromData(draft.caPem.toLatin1(), QSsl::Pem).isEmpty())
            return Error {ErrorCode::Usage, tr("The CA file holds no PEM certificate.")};
        app.caPem = draft.caPem;
    }
    app.createdMs = now();
    return app;
}

void ConnectionService::ensureDiscovered(ProviderApp app, Done<ProviderApp> done)
{
    const OAuth::ProviderEntry &p = app.provider;
    const bool needed = !p.discoveryUrl.isEmpty() || (p.openIdConnect && p.jwksUrl.isEmpty() && !p.issuer.isEmpty());
    if (!needed) {
        done(app);
        return;
    }
    auto config = clientConfig(app);
    OAuth::HttpOptions options;
    if (config.ok())
        options = config->http;
    else if (!app.caPem.isEmpty())
        options.extraCaCertificates = QSslCertificate::fromData(app.caPem.toLatin1(), QSsl::Pem);
    const QUrl url(p.discoveryUrl.isEmpty() ? p.issuer : p.discoveryUrl);
    m_oauth.discover(url, options, [app, done](const OAuth::Outcome<QJsonObject> &found) mutable {
        if (!found.ok()) {
            done(Error {ErrorCode::Provider,
                        tr("Discovery at %1 failed: %2")
                            .arg(app.provider.discoveryUrl.isEmpty() ? app.provider.issuer : app.provider.discoveryUrl,
                                 found.failure.sentence(app.provider.name))});
            return;
        }
        app.provider = OAuth::OAuthClient::applyDiscovery(app.provider, found.value);
        done(app);
    });
}

void ConnectionService::addApp(AppDraft draft, Done<ProviderApp> done)
{
    if (Status allowed = authorize(Access::Permission::AppsManage); !allowed.ok())
        return done(allowed.error());
    auto resolved = resolveDraft(draft);
    if (!resolved.ok()) {
        done(resolved.error());
        return;
    }
    SecureBytes secret = draft.clientSecret;
    ProviderApp app = resolved.value();
    // Discovery runs without the secret (it is not stored yet).
    ensureDiscovered(app, [this, secret, done](const Result<ProviderApp> &discovered) {
        if (!discovered.ok()) {
            done(discovered.error());
            return;
        }
        static_cast<void>(storeApp(discovered.value(), secret, done));
    });
}

Status ConnectionService::storeApp(ProviderApp app, const SecureBytes &secret, Done<ProviderApp> done)
{
    if (app.provider.tokenUrl.isEmpty()) {
        done(Error {ErrorCode::Usage, tr("The provider advertises no token endpoint.")});
        return {};
    }
    qint64 id = 0;
    const Status stored = m_db.transaction([&]() -> Status {
        auto existing = m_store.findApp(app.name);
        if (existing.ok())
            return Error {ErrorCode::Usage, tr("An app named \"%1\" exists already.").arg(app.name)};
        auto inserted = m_store.insertApp(app);
        KW_TRY(inserted);
        id = inserted.value();
        if (!secret.isEmpty()) {
            // The keychain write happens inside the transaction: if it fails, no app row remains.
            KW_TRY(m_secrets.write(Secrets::clientSecretName(id), secret));
            KW_TRY(m_store.setSecretTime(id, app.createdMs));
        }
        QJsonArray flows;
        for (const OAuth::Flow flow : app.provider.flows)
            flows.append(OAuth::flowName(flow));
        return audit(QStringLiteral("app.register"), appTarget(app),
                     {{QLatin1String("catalog_id"), app.catalogId},
                      {QLatin1String("client_id"), app.clientId},
                      {QLatin1String("client_secret_fingerprint"), secret.isEmpty() ? QString() : secret.fingerprint()},
                      {QLatin1String("scopes"), QJsonArray::fromStringList(app.scopes)},
                      {QLatin1String("token_endpoint"), app.provider.tokenUrl},
                      {QLatin1String("flows"), flows}});
    });
    if (!stored.ok()) {
        if (id > 0 && !secret.isEmpty())
            static_cast<void>(m_secrets.remove(Secrets::clientSecretName(id)));
        done(stored.error());
        return stored;
    }
    done(m_store.app(id));
    return {};
}

Result<OAuth::ClientConfig> ConnectionService::clientConfig(const ProviderApp &app)
{
    OAuth::ClientConfig config;
    config.clientId = app.clientId;
    config.authMethod = app.authMethod;
    config.provider = app.provider;
    if (!app.caPem.isEmpty()) {
        // Parsing the PEM cost about half the engine's CPU time per refresh: parse each app's CA once.
        auto cached = m_caCache.constFind(app.caPem);
        if (cached == m_caCache.constEnd())
            cached = m_caCache.insert(app.caPem, QSslCertificate::fromData(app.caPem.toLatin1(), QSsl::Pem));
        config.http.extraCaCertificates = *cached;
    }
    // Tests shorten the request timeout to exercise it; 30 s otherwise.
    if (const int timeout = qEnvironmentVariableIntValue("KEYWARD_HTTP_TIMEOUT_MS"); timeout > 0)
        config.http.timeoutMs = timeout;
    if (app.hasSecret && app.authMethod != OAuth::TokenAuthMethod::None) {
        // A keychain read is a D-Bus round trip: keep the secret per app, keyed by when it was set, so a rotation
        // (here or by another process, which updates secret_set_ms in the same transaction) is seen at once.
        auto cached = m_secretCache.constFind(app.id);
        if (cached == m_secretCache.constEnd() || cached->setMs != app.secretSetMs) {
            auto secret = m_secrets.read(Secrets::clientSecretName(app.id));
            if (!secret.ok())
                return secret.error();
            cached = m_secretCache.insert(app.id, {app.secretSetMs, secret.value()});
        }
        config.clientSecret = cached->secret;
    }
    return config;
}

Result<ProviderApp> ConnectionService::configureRefresh(const QString &appName, const RefreshSettings &settings)
{
    KW_TRY(authorize(Access::Permission::AppsManage));
    auto app = m_store.findApp(appName);
    KW_TRY(app);
    if (settings.aheadFraction < 0 || settings.aheadFraction > 0.9 || settings.aheadMinMs < 0
        || settings.baseDelayMs < 1000 || settings.maxDelayMs < settings.baseDelayMs || settings.giveUpMs < 60'000) {
        return Error {
            ErrorCode::Usage,
            tr("These refresh settings cannot work: refresh ahead 0–90 % of the lifetime, a backoff base of at "
               "least 1 s and a maximum no smaller than the base, a give-up window of at least a minute.")};
    }
    ProviderApp updated = app.value();
    updated.refresh = settings;
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.updateApp(updated));
        return audit(QStringLiteral("app.configure"), appTarget(updated),
                     {{QLatin1String("before"), app->refresh.toJson()}, {QLatin1String("after"), settings.toJson()}});
    }));
    return m_store.app(updated.id);
}

void ConnectionService::rotateClientSecret(const QString &appName, SecureBytes secret, Done<ProviderApp> done)
{
    if (Status allowed = authorize(Access::Permission::AppsManage); !allowed.ok())
        return done(allowed.error());
    auto app = m_store.findApp(appName);
    if (!app.ok()) {
        done(app.error());
        return;
    }
    if (secret.isEmpty()) {
        done(Error {ErrorCode::Usage, tr("The new client secret is empty.")});
        return;
    }
    auto config = clientConfig(app.value());
    if (!config.ok()) {
        done(config.error());
        return;
    }
    if (Status next = m_secrets.write(Secrets::clientSecretNextName(app->id), secret); !next.ok()) {
        done(next.error());
        return;
    }
    OAuth::ClientConfig candidate = config.value();
    candidate.clientSecret = secret;
    if (candidate.authMethod == OAuth::TokenAuthMethod::None)
        candidate.authMethod = app->provider.tokenAuth;
    // Proof: a refresh with a random refresh token. A provider that accepts the client answers invalid_grant (the
    // grant is unknown); one that rejects the secret answers invalid_client. Nothing is issued either way.
    const QByteArray bogus = OAuth::randomUrlSafe(32);
    SecureBytes probe(reinterpret_cast<const unsigned char *>(bogus.constData()),
                      static_cast<std::size_t>(bogus.size()));
    const ProviderApp current = app.value();
    m_oauth.refresh(
        candidate, probe, [this, current, secret, done](const OAuth::Outcome<OAuth::TokenResponse> &answer) {
            const bool accepted = answer.ok() || answer.failure.kind == OAuth::OAuthFailure::Kind::InvalidGrant;
            if (!accepted) {
                static_cast<void>(m_secrets.remove(Secrets::clientSecretNextName(current.id)));
                static_cast<void>(m_db.transaction([&] {
                    return audit(QStringLiteral("app.secret_rotate"), appTarget(current),
                                 {{QLatin1String("error"), answer.failure.name()}}, false);
                }));
                done(Error {ErrorCode::Provider,
                            tr("The new client secret was not accepted, so the old one stays in use: %1")
                                .arg(answer.failure.sentence(current.provider.name))});
                return;
            }
            const Status swapped = m_db.transaction([&]() -> Status {
                KW_TRY(m_secrets.write(Secrets::clientSecretName(current.id), secret));
                KW_TRY(m_store.setSecretTime(current.id, now()));
                return audit(QStringLiteral("app.secret_rotate"), appTarget(current),
                             {{QLatin1String("client_secret_fingerprint"), secret.fingerprint()}});
            });
            static_cast<void>(m_secrets.remove(Secrets::clientSecretNextName(current.id)));
            if (!swapped.ok()) {
                done(swapped.error());
                return;
            }
            done(m_store.app(current.id));
        });
}

// ---- connections ------------------------------------------------------------------------------------------------

Result<ConnectionStore::TokenUpdate> ConnectionService::sealTokens(qint64 id, const ProviderApp &app,
                                                                   const OAuth::TokenResponse &token, qint64 nowMs)
{
    ConnectionStore::TokenUpdate update;
    auto access = m_keyRing.seal(token.accessToken, tokenBinding(id, "access"));
    KW_TRY(access);
    update.sealedAccess = access.value();
    if (!token.refreshToken.isEmpty()) {
        auto refresh = m_keyRing.seal(token.refreshToken, tokenBinding(id, "refresh"));
        KW_TRY(refresh);
        update.sealedRefresh = refresh.value();
        update.refreshFingerprint = OAuth::tokenFingerprint(token.refreshToken);
    }
    update.accessFingerprint = OAuth::tokenFingerprint(token.accessToken);
    auto keyId = m_keyRing.activeKeyId();
    KW_TRY(keyId);
    update.keyId = keyId.value();
    update.tokenType = token.tokenType;
    update.scopes = token.scope.split(
        app.provider.scopeSeparator.isEmpty() ? QStringLiteral(" ") : app.provider.scopeSeparator, Qt::SkipEmptyParts);
    update.issuedMs = nowMs;
    if (token.expiresInSeconds > 0)
        update.expiresMs = nowMs + token.expiresInSeconds * 1000;
    else if (app.provider.assumedLifetimeSeconds > 0)
        update.expiresMs = nowMs + app.provider.assumedLifetimeSeconds * 1000;
    update.nextRefreshMs = refreshDueMs(nowMs, update.expiresMs, app.refresh);
    // Providers that drop unused refresh tokens: refresh halfway through the idle window at the latest.
    if (app.provider.refreshIdleExpiryDays > 0 && !token.refreshToken.isEmpty()) {
        const qint64 keepAlive = nowMs + app.provider.refreshIdleExpiryDays * 86'400'000LL / 2;
        update.nextRefreshMs = update.nextRefreshMs > 0 ? std::min(update.nextRefreshMs, keepAlive) : keepAlive;
    }
    return update;
}

Result<Connection> ConnectionService::addConnection(const ProviderApp &app, OAuth::Flow flow,
                                                    const OAuth::TokenResponse &token, const QString &subject,
                                                    const QString &displayName, const QStringList &requestedScopes)
{
    KW_TRY(authorize(Access::Permission::ConnectionsConnect));
    const qint64 t = now();
    qint64 id = 0;
    const Status stored = m_db.transaction([&]() -> Status {
        Connection c;
        c.appId = app.id;
        c.subject = subject;
        c.displayName = displayName;
        c.flow = flow;
        c.scopes = requestedScopes;
        c.tokenType = token.tokenType;
        c.createdMs = t;
        // Slack's revocation events (app_uninstalled) name the workspace, not the user.
        c.tenant = token.extra.value(QLatin1String("team")).toObject().value(QLatin1String("id")).toString();
        auto inserted = m_store.insertConnection(c);
        KW_TRY(inserted);
        id = inserted.value();
        auto update = sealTokens(id, app, token, t);
        KW_TRY(update);
        if (update->scopes.isEmpty())
            update->scopes = requestedScopes;
        KW_TRY(m_store.setTokens(id, update.value()));
        KW_TRY(audit(QStringLiteral("connection.create"), connectionTarget(id),
                     {{QLatin1String("app"), app.name},
                      {QLatin1String("flow"), OAuth::flowName(flow)},
                      {QLatin1String("subject"), subject},
                      {QLatin1String("scopes"), QJsonArray::fromStringList(update->scopes)},
                      {QLatin1String("access_token_fingerprint"), update->accessFingerprint},
                      {QLatin1String("refresh_token_fingerprint"), update->refreshFingerprint},
                      {QLatin1String("key_id"), update->keyId}}));
        return scheduleRefresh(id, update->nextRefreshMs);
    });
    if (!stored.ok())
        return stored.error();
    Q_EMIT connectionChanged(id);
    return m_store.connection(id);
}

void ConnectionService::finishRefresh(qint64 id, const Result<Connection> &result)
{
    const Waiting waiting = m_inFlight.take(id);
    Q_EMIT connectionChanged(id);
    for (const Done<Connection> &callback : waiting.callbacks)
        callback(result);
}

void ConnectionService::refresh(qint64 id, Done<Connection> done)
{
    if (Status allowed = authorize(Access::Permission::ConnectionsRefresh); !allowed.ok())
        return done(allowed.error());
    refreshGrant(id, std::move(done), 1);
}

void ConnectionService::refreshGrant(qint64 id, Done<Connection> done, int attempt)
{
    if (auto it = m_inFlight.find(id); it != m_inFlight.end()) {
        it->callbacks.append(std::move(done)); // single flight: wait for the refresh in progress
        return;
    }
    m_inFlight[id].callbacks.append(std::move(done));
    auto fail = [this, id](const Error &error) {
        finishRefresh(id, error);
    };
    auto connection = m_store.connection(id);
    if (!connection.ok())
        return fail(connection.error());
    const Connection before = connection.value();
    if (before.state == ConnectionState::Revoked)
        return fail({ErrorCode::NotFound, tr("Connection %1 is revoked: connect the account again.").arg(id)});
    if (before.state == ConnectionState::ReauthRequired) {
        return fail({ErrorCode::Provider, tr("Connection %1 needs reauthorization: %2").arg(id).arg(before.reason),
                     QString::number(id)});
    }
    auto app = m_store.app(before.appId);
    if (!app.ok())
        return fail(app.error());
    auto config = clientConfig(app.value());
    if (!config.ok())
        return fail(config.error());
    SecureBytes oldRefresh;
    if (before.flow != OAuth::Flow::ClientCredentials) {
        if (!before.hasRefreshToken()) {
            return fail({ErrorCode::Usage,
                         tr("Connection %1 has no refresh token (%2 issues none): connect the account again when the "
                            "access token expires.")
                             .arg(id)
                             .arg(app->provider.name)});
        }
        auto sealed = m_store.sealedTokens(id);
        if (!sealed.ok())
            return fail(sealed.error());
        auto opened = m_keyRing.open(sealed->refresh, tokenBinding(id, "refresh"));
        if (!opened.ok())
            return fail(opened.error());
        oldRefresh = opened.value();
    }
    if (Status marked = m_store.setState(id, ConnectionState::Refreshing, before.reason, before.lastRefreshResult,
                                         before.lastError, before.failingSinceMs, before.nextRefreshMs, 0);
        !marked.ok())
        return fail(marked.error());
    Q_EMIT connectionChanged(id);
    auto answer = [this, id, app = app.value(), before, oldRefresh,
                   attempt](const OAuth::Outcome<OAuth::TokenResponse> &outcome) {
        onRefreshAnswer(id, app, before, oldRefresh, attempt, outcome);
    };
    if (before.flow == OAuth::Flow::ClientCredentials)
        m_oauth.clientCredentials(config.value(), before.scopes, answer);
    else
        m_oauth.refresh(config.value(), oldRefresh, answer);
}

void ConnectionService::onRefreshAnswer(qint64 id, const ProviderApp &app, const Connection &before,
                                        const SecureBytes &oldRefresh, int attempt,
                                        const OAuth::Outcome<OAuth::TokenResponse> &outcome)
{
    const qint64 t = now();
    if (outcome.ok()) {
        Engine::crashPoint("refresh:after-response");
        auto update = sealTokens(id, app, outcome.value, t);
        if (!update.ok())
            return finishRefresh(id, update.error());
        const SecureBytes &fresh = outcome.value.refreshToken;
        update->rotated = !fresh.isEmpty() && !oldRefresh.isEmpty() && !fresh.equals(oldRefresh);
        if (!update->rotated) {
            // No new refresh token (or the same one): keep the stored one.
            update->sealedRefresh.clear();
            update->refreshFingerprint.clear();
        }
        update->countsAsRefresh = true;
        // The rotated refresh token and the new access token are written together, before anything uses them.
        const Status stored = m_db.transaction([&]() -> Status {
            KW_TRY(m_store.setTokens(id, update.value()));
            KW_TRY(audit(QStringLiteral("connection.refresh"), connectionTarget(id),
                         {{QLatin1String("app"), app.name},
                          {QLatin1String("rotated"), update->rotated},
                          {QLatin1String("access_token_fingerprint"), update->accessFingerprint},
                          {QLatin1String("refresh_token_fingerprint"),
                           update->rotated ? update->refreshFingerprint : before.refreshFingerprint},
                          {QLatin1String("expires_at"),
                           update->expiresMs > 0
                               ? QDateTime::fromMSecsSinceEpoch(update->expiresMs, Qt::UTC).toString(Qt::ISODate)
                               : QString()}}));
            return scheduleRefresh(id, update->nextRefreshMs);
        });
        Engine::crashPoint("refresh:after-commit");
        if (!stored.ok()) {
            qCCritical(lcEngine) << "connection" << id << "refreshed but not stored:" << stored.error().detail;
            return finishRefresh(id, stored.error());
        }
        return finishRefresh(id, m_store.connection(id));
    }

    const OAuth::OAuthFailure &failure = outcome.failure;
    const QString sentence = failure.sentence(app.provider.name);
    ConnectionState state = ConnectionState::Retrying;
    qint64 failingSince = before.failingSinceMs > 0 ? before.failingSinceMs : t;
    qint64 next = 0;
    QString alertText;
    if (failure.kind == OAuth::OAuthFailure::Kind::InvalidGrant) {
        state = ConnectionState::ReauthRequired;
        failingSince = 0;
        alertText = tr("Connection %1 (%2, %3) needs reauthorization: %4")
                        .arg(id)
                        .arg(app.name, before.displayName.isEmpty() ? before.subject : before.displayName, sentence);
    } else if (t - failingSince >= app.refresh.giveUpMs) {
        state = ConnectionState::Exhausted;
        alertText
            = tr("Connection %1 (%2): refreshing has failed since %3 and Keyward gave up. Last error: %4")
                  .arg(id)
                  .arg(app.name, QDateTime::fromMSecsSinceEpoch(failingSince, Qt::UTC).toString(Qt::ISODate), sentence);
    } else {
        // Transient failures back off with full jitter (or as the provider asked); configuration problems (TLS,
        // client credentials, a refused request) wait the longest delay: no retry storm against a broken setup.
        const qint64 delay = failure.transient()
            ? retryDelayMs(app.refresh, attempt, failure.retryAfterMs, QRandomGenerator::global()->generateDouble())
            : app.refresh.maxDelayMs;
        next = t + delay;
    }
    const Status stored = m_db.transaction([&]() -> Status {
        KW_TRY(m_store.setState(id, state, state == ConnectionState::Retrying ? QString() : sentence, failure.name(),
                                sentence, failingSince, next, t));
        KW_TRY(audit(QStringLiteral("connection.refresh"), connectionTarget(id),
                     {{QLatin1String("app"), app.name},
                      {QLatin1String("error"), failure.name()},
                      {QLatin1String("http_status"), failure.httpStatus},
                      {QLatin1String("state"), connectionStateName(state)},
                      {QLatin1String("retry_at"),
                       next > 0 ? QDateTime::fromMSecsSinceEpoch(next, Qt::UTC).toString(Qt::ISODate) : QString()}},
                     false));
        if (m_publish && (state == ConnectionState::ReauthRequired || state == ConnectionState::Exhausted)) {
            KW_TRY(m_publish(QLatin1String(state == ConnectionState::ReauthRequired
                                               ? Webhooks::Event::ReauthorizationRequired
                                               : Webhooks::Event::RefreshExhausted),
                             {{QLatin1String("connection"), id},
                              {QLatin1String("app"), app.name},
                              {QLatin1String("subject"), before.subject},
                              {QLatin1String("error"), failure.name()},
                              {QLatin1String("message"), sentence}}));
        }
        return scheduleRefresh(id, next);
    });
    if (!stored.ok())
        qCWarning(lcEngine) << "connection" << id << "failure not recorded:" << stored.error().detail;
    if (!alertText.isEmpty())
        Q_EMIT alert(alertText);
    finishRefresh(id, Error {ErrorCode::Provider, sentence, QString::number(id)});
}

void ConnectionService::revoke(qint64 id, bool localOnly, Done<Connection> done)
{
    if (Status allowed = authorize(Access::Permission::ConnectionsRevoke); !allowed.ok())
        return done(allowed.error());
    auto connection = m_store.connection(id);
    if (!connection.ok())
        return done(connection.error());
    if (connection->state == ConnectionState::Revoked)
        return done(connection.value());
    auto app = m_store.app(connection->appId);
    if (!app.ok())
        return done(app.error());
    auto finishLocally = [this, id, done, appName = app->name](const QString &how) {
        const Status stored = m_db.transaction([&]() -> Status {
            KW_TRY(m_store.markRevoked(id, now(), how));
            return audit(QStringLiteral("connection.revoke"), connectionTarget(id),
                         {{QLatin1String("app"), appName}, {QLatin1String("how"), how}});
        });
        Q_EMIT connectionChanged(id);
        if (!stored.ok())
            return done(stored.error());
        done(m_store.connection(id));
    };
    if (localOnly)
        return finishLocally(QStringLiteral("local-only"));
    if (app->provider.revocation == OAuth::EndpointSupport::None || app->provider.revocationUrl.isEmpty()) {
        return done(Error {ErrorCode::Usage,
                           tr("%1 offers no token revocation endpoint: revoke the grant in the provider's console, "
                              "then remove it here with --local-only.")
                               .arg(app->provider.name)});
    }
    auto config = clientConfig(app.value());
    if (!config.ok())
        return done(config.error());
    auto grant = grantTokens(connection.value());
    if (!grant.ok())
        return done(grant.error());
    m_oauth.revokeGrant(
        config.value(), grant.value(),
        [this, id, done, finishLocally, providerName = app->provider.name,
         appName = app->name](const OAuth::Outcome<bool> &answer) {
            if (answer.ok())
                return finishLocally(QStringLiteral("provider"));
            static_cast<void>(m_db.transaction([&] {
                return audit(QStringLiteral("connection.revoke"), connectionTarget(id),
                             {{QLatin1String("app"), appName}, {QLatin1String("error"), answer.failure.name()}}, false);
            }));
            done(Error {ErrorCode::Provider,
                        tr("The connection was not revoked (nothing changed here): %1")
                            .arg(answer.failure.sentence(providerName))});
        });
}

Result<OAuth::GrantTokens> ConnectionService::grantTokens(const Connection &connection)
{
    auto sealed = m_store.sealedTokens(connection.id);
    if (!sealed.ok())
        return sealed.error();
    OAuth::GrantTokens grant;
    grant.subject = connection.subject;
    if (!sealed->refresh.isEmpty()) {
        auto refresh = m_keyRing.open(sealed->refresh, tokenBinding(connection.id, "refresh"));
        if (!refresh.ok())
            return refresh.error();
        grant.refresh = std::move(refresh.value());
    }
    if (!sealed->access.isEmpty()) {
        auto access = m_keyRing.open(sealed->access, tokenBinding(connection.id, "access"));
        if (!access.ok())
            return access.error();
        grant.access = std::move(access.value());
    }
    return grant;
}

void ConnectionService::introspect(qint64 id, Done<QJsonObject> done)
{
    if (Status allowed = authorize(Access::Permission::ConnectionsIntrospect); !allowed.ok())
        return done(allowed.error());
    auto connection = m_store.connection(id);
    if (!connection.ok())
        return done(connection.error());
    auto app = m_store.app(connection->appId);
    if (!app.ok())
        return done(app.error());
    auto config = clientConfig(app.value());
    if (!config.ok())
        return done(config.error());
    if (connection->state == ConnectionState::Revoked)
        return done(Error {ErrorCode::Usage, tr("Connection %1 holds no token (it is revoked).").arg(id)});
    auto grant = grantTokens(connection.value());
    if (!grant.ok())
        return done(grant.error());
    const Connection before = connection.value();
    const ProviderApp current = app.value();
    m_oauth.introspectGrant(
        config.value(), grant.value(), [this, id, before, current, done](const OAuth::Outcome<QJsonObject> &answer) {
            if (!answer.ok()) {
                done(Error {ErrorCode::Provider, answer.failure.sentence(current.provider.name)});
                return;
            }
            const QJsonObject claims = answer.value;
            const qint64 exp = claims.value(QLatin1String("exp")).toInteger() * 1000;
            const Status stored = m_db.transaction([&]() -> Status {
                // The provider sent no expires_in: the introspected expiry schedules the refresh.
                if (claims.value(QLatin1String("active")).toBool() && exp > 0 && before.expiresMs == 0) {
                    const qint64 next = refreshDueMs(before.issuedMs, exp, current.refresh);
                    KW_TRY(m_store.setExpiry(id, exp, next));
                    KW_TRY(scheduleRefresh(id, next));
                }
                return audit(QStringLiteral("connection.introspect"), connectionTarget(id),
                             {{QLatin1String("app"), current.name},
                              {QLatin1String("active"), claims.value(QLatin1String("active"))}});
            });
            if (!stored.ok()) {
                done(stored.error());
                return;
            }
            done(claims);
        });
}

// ---- key ring ---------------------------------------------------------------------------------------------------

Result<QString> ConnectionService::rotateKeys()
{
    KW_TRY(authorize(Access::Permission::KeysRotate));
    QString previous;
    if (auto active = m_keyRing.activeKeyId(); active.ok())
        previous = active.value();
    QString created;
    const Status rotated = m_db.transaction([&]() -> Status {
        auto id = m_keyRing.rotate(now());
        KW_TRY(id);
        created = id.value();
        KW_TRY(audit(QStringLiteral("keys.rotate"), QStringLiteral("token-key-ring"),
                     {{QLatin1String("new_key"), created}, {QLatin1String("previous_key"), previous}}));
        auto job = m_jobs.enqueue({QString::fromLatin1(kResealJob), {}, Jobs::Queue::Low, {}, 0}, now());
        if (!job.ok())
            return job.error();
        return {};
    });
    if (!rotated.ok())
        return rotated.error();
    if (m_wake)
        m_wake();
    return created;
}

Result<qint64> ConnectionService::resealBatch(int limit)
{
    auto active = m_keyRing.activeKeyId();
    KW_TRY(active);
    auto ids = m_store.sealedUnderOtherKeys(active.value(), limit);
    KW_TRY(ids);
    const Status resealed = m_db.transaction([&]() -> Status {
        for (const qint64 id : ids.value()) {
            auto sealed = m_store.sealedTokens(id);
            KW_TRY(sealed);
            QByteArray access;
            QByteArray refresh;
            if (!sealed->access.isEmpty()) {
                auto plain = m_keyRing.open(sealed->access, tokenBinding(id, "access"));
                KW_TRY(plain);
                auto again = m_keyRing.seal(plain.value(), tokenBinding(id, "access"));
                KW_TRY(again);
                access = again.value();
            }
            if (!sealed->refresh.isEmpty()) {
                auto plain = m_keyRing.open(sealed->refresh, tokenBinding(id, "refresh"));
                KW_TRY(plain);
                auto again = m_keyRing.seal(plain.value(), tokenBinding(id, "refresh"));
                KW_TRY(again);
                refresh = again.value();
            }
            KW_TRY(m_store.resealTokens(id, access, refresh, active.value()));
        }
        return {};
    });
    KW_TRY(resealed);
    auto left = m_store.sealedUnderOtherKeys(active.value(), 1);
    KW_TRY(left);
    if (!left->isEmpty())
        return static_cast<qint64>(limit);
    // Nothing left under older keys: retire them (the row first, then the keychain entry).
    auto keys = m_keyRing.keys();
    KW_TRY(keys);
    for (const KeyRing::KeyInfo &key : keys.value()) {
        if (key.state != QLatin1String("retiring"))
            continue;
        KW_TRY(m_keyRing.retire(key.id, now()));
        KW_TRY(m_db.transaction([&] {
            return audit(QStringLiteral("keys.retire"), QStringLiteral("token-key-ring"),
                         {{QLatin1String("key"), key.id}});
        }));
    }
    return qint64 {0};
}

} // namespace Keyward::Connections

#include "audit/AuditLog.h"
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "oauth/Authorization.h"
#include "storage/Database.h"
#include "support/OidcPeer.h"
#include "support/TestProfile.h"
#include "webhooks/EventPublisher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Keyward;
using Connections::Connection;
using Connections::ConnectionService;
using Connections::ConnectionState;
using Test::OidcPeer;

// The refresh engine in process (no CLI): ConnectionService and the job workers of a real SQLCipher profile (with an
// in-memory secret store) against the real OAuth server (node oidc-provider, tests/peers), steered with its admin
// API (faults on /token, request counts, refresh tokens minted without a browser).
class TestRefreshEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void singleFlight();
    void invalidGrantStopsRetries();
    void transientFailureRetriesThenRecovers();
    void exhaustedAfterGiveUpWindow();
    void refreshWithoutRotationKeepsOldToken();
    void clientCredentialsRefresh();
    void revokedIsNotRefreshed();
    void sweepSchedulesOnlyLostRefreshes();
    void shutdownWaitsForInFlightRefresh_data();
    void shutdownWaitsForInFlightRefresh();

private:
    OidcPeer m_peer;
};

namespace {

const QString kClientId = QStringLiteral("keyward-confidential");
const QByteArray kClientSecret = "keyward-confidential-secret";
const QString kScope = QStringLiteral("openid offline_access");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kJobTimeoutMs = 15'000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SecureBytes secure(QByteArray bytes)
{
    return SecureBytes::takeFrom(bytes);
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString stateName(ConnectionState state)
{
    return Connections::connectionStateName(state);
}

/// The error of `result` for a failure message (empty when it succeeded: messages are built either way).
template<typename R> QString why(const R &result)
{
    if (result.ok())
        return QString();
    return result.error().detail.isEmpty()
        ? result.error().userMessage
        : result.error().userMessage + QStringLiteral(" (") + result.error().detail + QStringLiteral(")");
}

/// One line describing a connection, for failure messages.
QByteArray describe(const Connection &c)
{
    return QStringLiteral("connection %1: state %2, rotation_count %3, refresh_count %4, failing_since %5, "
                          "next_refresh_at %6, access %7, refresh %8, last_error \"%9\"")
        .arg(c.id)
        .arg(stateName(c.state))
        .arg(c.rotationCount)
        .arg(c.refreshCount)
        .arg(c.failingSinceMs)
        .arg(c.nextRefreshMs)
        .arg(c.accessFingerprint, c.refreshFingerprint, c.lastError)
        .toUtf8();
}

QByteArray describe(const Jobs::Job &job)
{
    return QStringLiteral("job %1 (%2, key %3): state %4, attempt %5, run_at %6 (now %7), last_error \"%8\"")
        .arg(job.id)
        .arg(job.type, job.uniqueKey, Jobs::stateName(job.state))
        .arg(job.attempt)
        .arg(job.runAtMs)
        .arg(now())
        .arg(job.lastError)
        .toUtf8();
}

/// A fresh profile whose engine knows the peer as the app "peer" (keyward-confidential, via discovery).
struct Fixture
{
    Test::TestProfile profile;
    std::unique_ptr<Engine::Engine> engine;
    Connections::ProviderApp app;

    ConnectionService &service() { return engine->connections(); }
    Connection connection(qint64 id)
    {
        auto c = service().store().connection(id);
        return c.ok() ? c.value() : Connection {};
    }
};

/// Runs the asynchronous `start(done)` and waits up to `timeoutMs` for `done`.
template<typename T>
std::optional<Result<T>> await(const std::function<void(ConnectionService::Done<T>)> &start, int timeoutMs = 20'000)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    if (!result)
        static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs));
    return result;
}

/// The job (pending, scheduled, running or retrying) that holds unique key "refresh:<id>", if any.
std::optional<Jobs::Job> liveRefreshJob(Engine::Engine &engine, qint64 connectionId)
{
    auto select = engine.database().prepare("SELECT id FROM jobs WHERE unique_key = ?1 AND state IN ('pending', "
                                            "'scheduled', 'running', 'retrying')");
    if (!select.ok())
        return std::nullopt;
    select->bind(1, QStringLiteral("refresh:%1").arg(connectionId));
    auto ids = select->collect<qint64>([](const Storage::Statement &row) { return row.int64(0); });
    if (!ids.ok() || ids->isEmpty())
        return std::nullopt;
    auto job = engine.jobs().find(ids->constFirst());
    if (!job.ok())
        return std::nullopt;
    return job.value();
}

Jobs::Job job(Engine::Engine &engine, qint64 id)
{
    auto found = engine.jobs().find(id);
    return found.ok() ? found.value() : Jobs::Job {};
}

bool finished(Jobs::JobState state)
{
    return state == Jobs::JobState::Done || state == Jobs::JobState::Discarded || state == Jobs::JobState::Dead;
}

int tokenRequests(OidcPeer &peer)
{
    return peer.stats().value(QLatin1String("/token")).toInt();
}

} // namespace

// QVERIFY2 with a message built from QByteArray pieces (QStringBuilder expressions included).
#define VERIFY2(condition, message) QVERIFY2(condition, QByteArray(message).constData())

// Assertion helpers that need QVERIFY (so they return void and are followed by a failure check).
#define CHECKED(call)                                                                                                  \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {

/// POST /__mint: one refresh token of keyward-confidential for `account`.
void mint(OidcPeer &peer, const QString &account, QByteArray *token)
{
    const QList<QByteArray> tokens = peer.mintRefreshTokens(kClientId, account, 1, kScope);
    VERIFY2(tokens.size() == 1, "POST /__mint did not answer one refresh token (see the warning above)");
    *token = tokens.first();
    VERIFY2(!token->isEmpty(), "POST /__mint answered an empty refresh token");
}

/// Creates the profile and registers the peer as an app (discovery with the peer's CA).
void prepare(OidcPeer &peer, Fixture &f)
{
    f.engine = f.profile.create();
    QVERIFY(f.engine);
    QFile ca(peer.caFile());
    VERIFY2(ca.open(QIODevice::ReadOnly), qPrintable(peer.caFile()));
    Connections::AppDraft draft;
    draft.name = QStringLiteral("peer");
    draft.discoveryUrl = peer.issuer();
    draft.clientId = kClientId;
    draft.clientSecret = secure(kClientSecret);
    draft.caPem = QString::fromLatin1(ca.readAll());
    ConnectionService &service = f.service();
    auto added = await<Connections::ProviderApp>(
        [&](ConnectionService::Done<Connections::ProviderApp> done) { service.addApp(draft, done); });
    VERIFY2(added.has_value(), "addApp did not answer within 20 s");
    VERIFY2(added->ok(), qPrintable(QStringLiteral("addApp failed: ") + why(*added)));
    f.app = added->value();
}

/// A connection of `account` holding a freshly minted refresh token and a dummy access token valid for an hour (so
/// its first scheduled refresh is 50 minutes away).
void addConnection(OidcPeer &peer, Fixture &f, const QString &account, Connection *out)
{
    QByteArray refresh;
    CHECKED(mint(peer, account, &refresh));
    OAuth::TokenResponse token;
    token.accessToken = secure("dummy-access-token-" + account.toLatin1());
    token.refreshToken = secure(refresh);
    token.tokenType = QStringLiteral("Bearer");
    token.expiresInSeconds = 3600;
    token.scope = kScope;
    auto connection = f.service().addConnection(f.app, OAuth::Flow::AuthorizationCode, token, account, QString(),
                                                kScope.split(u' '));
    VERIFY2(connection.ok(), qPrintable(QStringLiteral("addConnection failed: ") + why(connection)));
    VERIFY2(connection->state == ConnectionState::Healthy && connection->hasRefreshToken(),
            describe(connection.value()).constData());
    *out = connection.value();
}

/// Schedules the connection's refresh job for now and returns it.
void scheduleNow(Fixture &f, qint64 connectionId, Jobs::Job *out)
{
    const qint64 before = now();
    const Status scheduled = f.service().scheduleRefresh(connectionId, before);
    VERIFY2(scheduled.ok(), qPrintable(QStringLiteral("scheduleRefresh failed: ") + why(scheduled)));
    const std::optional<Jobs::Job> live = liveRefreshJob(*f.engine, connectionId);
    VERIFY2(live.has_value(), "scheduleRefresh(id, now) left no live job with unique key refresh:<id>");
    // Due now (it may already have been claimed by a running worker).
    VERIFY2(live->state == Jobs::JobState::Running || live->runAtMs <= before + 50,
            "scheduleRefresh(id, now) left the connection's refresh job due later than now (an earlier schedule "
            "was not brought forward): "
                + describe(live.value()));
    *out = live.value();
}

/// Waits until job `id` is finished (done, discarded or dead).
void waitFinished(Fixture &f, qint64 id, Jobs::Job *out, int timeoutMs = kJobTimeoutMs)
{
    const bool done = QTest::qWaitFor([&] { return finished(job(*f.engine, id).state); }, timeoutMs);
    const Jobs::Job current = job(*f.engine, id);
    VERIFY2(done,
            QByteArray("the refresh job did not finish within ") + QByteArray::number(timeoutMs / 1000)
                + " s: " + describe(current));
    *out = current;
}

} // namespace

void TestRefreshEngine::initTestCase()
{
    QString why;
    if (!OidcPeer::available(&why))
        QFAIL(qPrintable(QStringLiteral("the OAuth test server cannot run: ") + why));
    VERIFY2(m_peer.start(&why), qPrintable(why));
}

void TestRefreshEngine::init()
{
    QVERIFY(m_peer.clearFaults());
    QVERIFY(m_peer.resetStats());
}

void TestRefreshEngine::cleanupTestCase()
{
    if (m_peer.isRunning())
        m_peer.clearFaults();
}

void TestRefreshEngine::singleFlight()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("single-flight"), &before));
    // The first /token request waits 300 ms before it goes through: the five calls overlap for sure.
    QVERIFY(m_peer.setFault({{QLatin1String("path"), QLatin1String("/token")},
                             {QLatin1String("status"), 0},
                             {QLatin1String("delay_ms"), 300}}));
    QVERIFY(m_peer.resetStats());

    QList<Result<Connection>> results;
    for (int i = 0; i < 5; ++i)
        f.service().refresh(before.id, [&results](const Result<Connection> &r) { results.append(r); });
    VERIFY2(QTest::qWaitFor([&] { return results.size() == 5; }, 20'000),
            qPrintable(QStringLiteral("%1 of 5 refresh callbacks arrived within 20 s").arg(results.size())));
    // Let anything a second refresh might have started reach the peer before counting.
    QTest::qWait(200);

    for (int i = 0; i < results.size(); ++i) {
        const Result<Connection> &r = results.at(i);
        VERIFY2(r.ok(), qPrintable(QStringLiteral("callback %1 failed: %2").arg(i).arg(why(r))));
        VERIFY2(r->accessFingerprint != before.accessFingerprint,
                "callback " + QByteArray::number(i) + " got the old access token: " + describe(r.value()));
        VERIFY2(r->accessFingerprint == results.first()->accessFingerprint,
                "callback " + QByteArray::number(i) + " got another access token than callback 0: "
                    + describe(r.value()) + " vs " + describe(results.first().value()));
    }
    const QJsonObject stats = m_peer.stats();
    VERIFY2(stats.value(QLatin1String("/token")).toInt() == 1,
            "five overlapping refresh() calls must make exactly one /token request; the peer counted " + text(stats));
    const Connection after = f.connection(before.id);
    VERIFY2(after.rotationCount == 1 && after.refreshCount == 1 && after.state == ConnectionState::Healthy,
            describe(after).constData());
    QCOMPARE(after.accessFingerprint, results.first()->accessFingerprint);
    QVERIFY(after.refreshFingerprint != before.refreshFingerprint);
}

void TestRefreshEngine::invalidGrantStopsRetries()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("invalid-grant"), &before));
    QSignalSpy alerts(&f.service(), &ConnectionService::alert);
    // An event endpoint that wants this event: the state change queues a message for it in the same transaction.
    VERIFY2(f.engine->events()
                .addEndpoint(QStringLiteral("http://127.0.0.1:9/hooks"),
                             {QString::fromLatin1(Webhooks::Event::ReauthorizationRequired)}, {})
                .ok(),
            "addEndpoint failed");
    VERIFY2(f.engine->startWorkers(2).ok(), "startWorkers(2) failed");
    QVERIFY(m_peer.setFault({{QLatin1String("path"), QLatin1String("/token")},
                             {QLatin1String("status"), 400},
                             {QLatin1String("body"), QLatin1String("{\"error\":\"invalid_grant\"}")}}));
    QVERIFY(m_peer.resetStats());

    Jobs::Job scheduled;
    CHECKED(scheduleNow(f, before.id, &scheduled));
    Jobs::Job ended;
    CHECKED(waitFinished(f, scheduled.id, &ended));
    // Give a wrongly scheduled retry the chance to show itself.
    QTest::qWait(500);

    VERIFY2(ended.state == Jobs::JobState::Discarded,
            "after invalid_grant the refresh job must be discarded (no retries), not " + describe(ended));
    const Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::ReauthRequired, describe(after).constData());
    VERIFY2(after.nextRefreshMs == 0, "no refresh may be planned any more: " + describe(after));
    const std::optional<Jobs::Job> live = liveRefreshJob(*f.engine, before.id);
    VERIFY2(!live.has_value(),
            "a refresh job is still waiting after invalid_grant: " + describe(live.value_or(Jobs::Job {})));
    const QJsonObject stats = m_peer.stats();
    VERIFY2(stats.value(QLatin1String("/token")).toInt() == 1, "expected exactly one /token request: " + text(stats));
    VERIFY2(alerts.size() == 1, qPrintable(QStringLiteral("expected one alert, got %1").arg(alerts.size())));
    const QString message = alerts.first().first().toString();
    VERIFY2(message.contains(QLatin1String("needs reauthorization")), qPrintable(message));
    auto announced = f.engine->database().queryInt(
        "SELECT count(*) FROM webhook_messages WHERE event_type = 'connection.reauthorization_required'");
    VERIFY2(announced.ok() && announced.value() == 1, "the reauthorization event was not queued for the endpoint");
    f.engine->stopWorkers();
}

void TestRefreshEngine::transientFailureRetriesThenRecovers()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("transient"), &before));
    VERIFY2(f.engine->startWorkers(2).ok(), "startWorkers(2) failed");
    QList<std::pair<qint64, Jobs::JobState>> outcomes;
    QList<qint64> outcomeTimes;
    QObject::connect(f.engine->runner(), &Jobs::JobRunner::jobFinished, this, [&](qint64 id, Jobs::JobState state) {
        outcomes.append({id, state});
        outcomeTimes.append(now());
    });
    QVERIFY(m_peer.setFault({{QLatin1String("path"), QLatin1String("/token")},
                             {QLatin1String("status"), 503},
                             {QLatin1String("retry_after"), 1},
                             {QLatin1String("count"), 1}}));
    QVERIFY(m_peer.resetStats());

    const qint64 start = now();
    Jobs::Job scheduled;
    CHECKED(scheduleNow(f, before.id, &scheduled));
    const qint64 jobId = scheduled.id;
    auto firstOutcome = [&]() -> qsizetype {
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            if (outcomes.at(i).first == jobId)
                return i;
        }
        return -1;
    };
    VERIFY2(QTest::qWaitFor([&] { return firstOutcome() >= 0; }, kJobTimeoutMs),
            "the first attempt did not finish: " + describe(job(*f.engine, jobId)));
    const qsizetype first = firstOutcome();
    const qint64 failedAt = outcomeTimes.at(first);
    VERIFY2(outcomes.at(first).second == Jobs::JobState::Retrying,
            "after a 503 the job must go retrying, not " + Jobs::stateName(outcomes.at(first).second).toUtf8());
    // Checked at once: the retry is a second away.
    const Jobs::Job retrying = job(*f.engine, jobId);
    VERIFY2(retrying.state == Jobs::JobState::Retrying && retrying.runAtMs >= start + 900
                && retrying.runAtMs <= failedAt + 1200,
            "Retry-After: 1 must put the retry about 1 s later: " + describe(retrying));
    const Connection failing = f.connection(before.id);
    VERIFY2(failing.state == ConnectionState::Retrying && failing.failingSinceMs >= start
                && failing.lastRefreshResult == QLatin1String("unavailable")
                && qAbs(failing.nextRefreshMs - retrying.runAtMs) <= 200,
            "after the 503 the connection must be retrying at the job's run time: " + describe(failing) + " / "
                + describe(retrying) + " (last result " + failing.lastRefreshResult.toUtf8() + ")");

    Jobs::Job ended;
    CHECKED(waitFinished(f, jobId, &ended));
    VERIFY2(ended.state == Jobs::JobState::Done, "the retry must succeed: " + describe(ended));
    VERIFY2(ended.attempt == 2, "expected two attempts: " + describe(ended));
    const qint64 doneAt = outcomeTimes.constLast();
    VERIFY2(doneAt - failedAt >= 900,
            qPrintable(QStringLiteral("the retry ran %1 ms after the 503, before its "
                                      "Retry-After of 1 s")
                           .arg(doneAt - failedAt)));
    const Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::Healthy && after.failingSinceMs == 0 && after.rotationCount == 1
                && after.refreshCount == 1 && after.lastError.isEmpty(),
            describe(after).constData());
    const QJsonObject stats = m_peer.stats();
    VERIFY2(stats.value(QLatin1String("/token")).toInt() == 2, "expected two /token requests: " + text(stats));
    VERIFY2(after.nextRefreshMs > now() + 10 * 60 * 1000, describe(after).constData());

    // The next refresh has a job of its own, due at the connection's next_refresh_at.
    std::optional<Jobs::Job> next;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            next = liveRefreshJob(*f.engine, before.id);
            return next.has_value();
        },
        3000));
    VERIFY2(next.has_value(), "no refresh job is scheduled after the successful retry: " + describe(after));
    VERIFY2(next->id != jobId && (next->state == Jobs::JobState::Scheduled || next->state == Jobs::JobState::Pending)
                && next->runAtMs == after.nextRefreshMs,
            describe(next.value()) + " / " + describe(after));
    f.engine->stopWorkers();
}

void TestRefreshEngine::exhaustedAfterGiveUpWindow()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("exhausted"), &before));
    QSignalSpy alerts(&f.service(), &ConnectionService::alert);
    const qint64 failingSince = now() - 5 * kDayMs;
    QVERIFY(f.service()
                .store()
                .setState(before.id, ConnectionState::Retrying, QString(), QStringLiteral("server_error"),
                          QStringLiteral("earlier failure"), failingSince, now() + 60'000, now() - 60'000)
                .ok());
    const QJsonObject serverError {{QLatin1String("path"), QLatin1String("/token")}, {QLatin1String("status"), 500}};

    // Directly.
    QVERIFY(m_peer.setFault(serverError));
    auto direct
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(direct.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(!direct->ok(), "refresh() succeeded despite the 500 fault");
    Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::Exhausted,
            "failing for 5 days (give-up window 4 days) must end in refresh_exhausted: " + describe(after));
    VERIFY2(after.failingSinceMs == failingSince, describe(after).constData());
    VERIFY2(alerts.size() == 1, qPrintable(QStringLiteral("expected one alert, got %1").arg(alerts.size())));
    VERIFY2(alerts.at(0).at(0).toString().contains(QLatin1String("gave up")),
            qPrintable(alerts.at(0).at(0).toString()));

    // Through the job path: the job goes dead (dead-letter queue) with the sentence, audited as job.dead.
    QVERIFY(m_peer.setFault(serverError));
    QVERIFY(m_peer.resetStats());
    VERIFY2(f.engine->startWorkers(2).ok(), "startWorkers(2) failed");
    Jobs::Job scheduled;
    CHECKED(scheduleNow(f, before.id, &scheduled));
    Jobs::Job ended;
    CHECKED(waitFinished(f, scheduled.id, &ended));
    f.engine->stopWorkers();
    after = f.connection(before.id);
    VERIFY2(ended.state == Jobs::JobState::Dead, "an exhausted connection's job must go dead: " + describe(ended));
    VERIFY2(after.state == ConnectionState::Exhausted, describe(after).constData());
    VERIFY2(!after.lastError.isEmpty() && ended.lastError.contains(after.lastError),
            "the dead job's last error must hold the failure sentence: " + describe(ended) + " / " + describe(after));
    VERIFY2(alerts.size() == 2, qPrintable(QStringLiteral("expected a second alert, got %1").arg(alerts.size())));
    VERIFY2(alerts.at(1).at(0).toString().contains(QLatin1String("gave up")),
            qPrintable(alerts.at(1).at(0).toString()));
    VERIFY2(m_peer.stats().value(QLatin1String("/token")).toInt() == 1, text(m_peer.stats()).constData());
    const QList<Audit::AuditEvent> dead = Test::auditEvents(*f.engine, QStringLiteral("job.dead"));
    bool found = false;
    for (const Audit::AuditEvent &event : dead) {
        if (event.target == QStringLiteral("job:%1").arg(ended.id)) {
            found = true;
            const QJsonObject details = QJsonDocument::fromJson(event.details).object();
            VERIFY2(details.value(QLatin1String("reason")).toString().contains(after.lastError),
                    event.details.constData());
        }
    }
    VERIFY2(
        found,
        qPrintable(
            QStringLiteral("no job.dead audit event for job %1 (%2 job.dead events)").arg(ended.id).arg(dead.size())));
}

void TestRefreshEngine::refreshWithoutRotationKeepsOldToken()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("no-rotation"), &before));
    // An answer without refresh_token (the peer itself always rotates).
    QVERIFY(
        m_peer.setFault({{QLatin1String("path"), QLatin1String("/token")},
                         {QLatin1String("status"), 200},
                         {QLatin1String("body"),
                          QLatin1String("{\"access_token\":\"new-at\",\"token_type\":\"Bearer\",\"expires_in\":3600}")},
                         {QLatin1String("content_type"), QLatin1String("application/json")}}));
    auto first
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(first.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(first->ok(), qPrintable(QStringLiteral("refresh failed: ") + why(*first)));
    Connection kept = f.connection(before.id);
    VERIFY2(kept.refreshFingerprint == before.refreshFingerprint,
            "an answer without refresh_token must keep the stored one: " + describe(kept)
                + " / before: " + describe(before));
    VERIFY2(kept.rotationCount == before.rotationCount, describe(kept).constData());
    VERIFY2(kept.refreshCount == before.refreshCount + 1, describe(kept).constData());
    QCOMPARE(kept.accessFingerprint, OAuth::tokenFingerprint(secure("new-at")));
    QVERIFY(kept.state == ConnectionState::Healthy);

    // The kept refresh token still works at the provider.
    auto second
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(second.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(second->ok(),
            qPrintable(QStringLiteral("the real refresh with the kept refresh token failed: ") + why(*second)));
    const Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::Healthy && after.rotationCount == before.rotationCount + 1
                && after.refreshCount == before.refreshCount + 2
                && after.refreshFingerprint != before.refreshFingerprint
                && after.accessFingerprint != kept.accessFingerprint,
            describe(after).constData());
    VERIFY2(m_peer.stats().value(QLatin1String("/token")).toInt() == 2, text(m_peer.stats()).constData());
}

void TestRefreshEngine::clientCredentialsRefresh()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    OAuth::TokenResponse token;
    token.accessToken = secure("dummy-client-credentials-token");
    token.tokenType = QStringLiteral("Bearer");
    token.expiresInSeconds = 3600;
    token.scope = QStringLiteral("api:read");
    auto created = f.service().addConnection(f.app, OAuth::Flow::ClientCredentials, token, kClientId, QString(),
                                             {QStringLiteral("api:read")});
    VERIFY2(created.ok(), qPrintable(QStringLiteral("addConnection failed: ") + why(created)));
    const Connection before = created.value();
    VERIFY2(!before.hasRefreshToken(), describe(before).constData());

    auto refreshed
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(refreshed.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(refreshed->ok(), qPrintable(QStringLiteral("client credentials refresh failed: ") + why(*refreshed)));
    const Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::Healthy && after.refreshCount == 1 && after.rotationCount == 0
                && !after.hasRefreshToken() && after.accessFingerprint != before.accessFingerprint
                && after.expiresMs > now(),
            describe(after).constData());
    VERIFY2(m_peer.stats().value(QLatin1String("/token")).toInt() == 1, text(m_peer.stats()).constData());
}

void TestRefreshEngine::revokedIsNotRefreshed()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("revoked"), &before));
    auto revoked = await<Connection>(
        [&](ConnectionService::Done<Connection> done) { f.service().revoke(before.id, true, done); });
    VERIFY2(revoked.has_value() && revoked->ok(), "revoke(id, localOnly) failed");
    VERIFY2(revoked->value().state == ConnectionState::Revoked, describe(revoked->value()).constData());
    QVERIFY(m_peer.resetStats());

    auto refreshed
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(refreshed.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(!refreshed->ok(), "refresh() of a revoked connection succeeded");
    VERIFY2(refreshed->error().code == ErrorCode::NotFound,
            qPrintable(QStringLiteral("expected ErrorCode::NotFound, got %1: %2")
                           .arg(static_cast<int>(refreshed->error().code))
                           .arg(refreshed->error().userMessage)));

    // Its refresh job, if run, is discarded without a request either.
    VERIFY2(f.engine->startWorkers(1).ok(), "startWorkers(1) failed");
    Jobs::Job scheduled;
    CHECKED(scheduleNow(f, before.id, &scheduled));
    Jobs::Job ended;
    CHECKED(waitFinished(f, scheduled.id, &ended));
    f.engine->stopWorkers();
    VERIFY2(ended.state == Jobs::JobState::Discarded, describe(ended).constData());
    VERIFY2(f.connection(before.id).state == ConnectionState::Revoked, describe(f.connection(before.id)).constData());
    const QJsonObject stats = m_peer.stats();
    VERIFY2(stats.value(QLatin1String("/token")).toInt() == 0,
            "a revoked connection must not reach the provider: " + text(stats));
}

void TestRefreshEngine::sweepSchedulesOnlyLostRefreshes()
{
    Fixture f;
    CHECKED(prepare(m_peer, f));
    QList<Connection> c(5);
    for (int i = 0; i < c.size(); ++i)
        CHECKED(addConnection(m_peer, f, QStringLiteral("sweep%1").arg(i), &c[i]));
    auto exec = [&](const QString &sql) {
        VERIFY2(f.engine->database().exec(sql.toUtf8().constData()).ok(), sql.toUtf8());
    };
    // c0 keeps its scheduled job; c1's job is lost (a restore); c2's job finished without a follow-up; c3 is revoked
    // and its job gone; c4's job is running.
    CHECKED(exec(QStringLiteral("DELETE FROM jobs WHERE unique_key = 'refresh:%1'").arg(c[1].id)));
    CHECKED(exec(QStringLiteral("UPDATE jobs SET state = 'done' WHERE unique_key = 'refresh:%1'").arg(c[2].id)));
    auto revoked
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().revoke(c[3].id, true, done); });
    VERIFY2(revoked.has_value() && revoked->ok(), "revoke(id, localOnly) failed");
    CHECKED(exec(QStringLiteral("DELETE FROM jobs WHERE unique_key = 'refresh:%1'").arg(c[3].id)));
    CHECKED(exec(QStringLiteral("UPDATE jobs SET state = 'running' WHERE unique_key = 'refresh:%1'").arg(c[4].id)));

    auto lost = f.service().store().unscheduled(100);
    VERIFY2(lost.ok(), qPrintable(why(lost)));
    QList<qint64> ids;
    for (const auto &[id, at] : lost.value()) {
        ids.append(id);
        QCOMPARE(at, f.connection(id).nextRefreshMs);
    }
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> {c[1].id, c[2].id}));

    // The sweep job schedules exactly those, at their planned time.
    VERIFY2(f.service().sweepOnStart().ok(), "sweepOnStart failed");
    VERIFY2(f.engine->startWorkers(1).ok(), "startWorkers(1) failed");
    const bool swept = QTest::qWaitFor(
        [&] {
            auto left = f.service().store().unscheduled(100);
            return left.ok() && left->isEmpty();
        },
        kJobTimeoutMs);
    f.engine->stopWorkers();
    VERIFY2(swept, "the tokens.sweep job left connections without a refresh job");
    for (int i : {1, 2}) {
        const std::optional<Jobs::Job> live = liveRefreshJob(*f.engine, c[i].id);
        VERIFY2(live.has_value(), "no refresh job after the sweep for " + describe(c[i]));
        QCOMPARE(live->runAtMs, c[i].nextRefreshMs);
    }
    VERIFY2(!liveRefreshJob(*f.engine, c[3].id).has_value(), "a revoked connection was scheduled");
}

void TestRefreshEngine::shutdownWaitsForInFlightRefresh_data()
{
    QTest::addColumn<bool>("closeEngine");
    QTest::newRow("stopWorkers") << false;
    QTest::newRow("close") << true;
}

void TestRefreshEngine::shutdownWaitsForInFlightRefresh()
{
    QFETCH(bool, closeEngine);
    Fixture f;
    CHECKED(prepare(m_peer, f));
    Connection before;
    CHECKED(addConnection(m_peer, f, QStringLiteral("shutdown"), &before));
    QVERIFY(m_peer.setFault({{QLatin1String("path"), QLatin1String("/token")},
                             {QLatin1String("status"), 0},
                             {QLatin1String("delay_ms"), 500}}));
    QVERIFY(m_peer.resetStats());
    VERIFY2(f.engine->startWorkers(2).ok(), "startWorkers(2) failed");
    Jobs::Job scheduled;
    CHECKED(scheduleNow(f, before.id, &scheduled));
    // Running: the handler marked the connection refreshing and sent the request (which the peer holds 500 ms).
    VERIFY2(QTest::qWaitFor(
                [&] {
                    return job(*f.engine, scheduled.id).state == Jobs::JobState::Running
                        && f.connection(before.id).state == ConnectionState::Refreshing;
                },
                kJobTimeoutMs),
            "the refresh job did not start: " + describe(job(*f.engine, scheduled.id)));
    QElapsedTimer stopping;
    stopping.start();
    if (closeEngine) {
        QVERIFY(f.engine->close().ok());
    } else {
        f.engine->stopWorkers();
        const Jobs::Job ended = job(*f.engine, scheduled.id);
        VERIFY2(ended.state == Jobs::JobState::Done,
                "stopWorkers() must let the running refresh finish: " + describe(ended));
    }
    const qint64 stopMs = stopping.elapsed();
    // The peer held the request 500 ms: stopping waited for it instead of abandoning it.
    VERIFY2(stopMs >= 250,
            "stopping took only " + QByteArray::number(stopMs) + " ms: was the refresh still in flight?");
    f.engine.reset();
    VERIFY2(tokenRequests(m_peer) == 1, text(m_peer.stats()).constData());

    // Reopened: the rotated refresh token was stored, not lost with the shutdown.
    f.engine = f.profile.open();
    const Connection after = f.connection(before.id);
    VERIFY2(after.state == ConnectionState::Healthy && after.rotationCount == 1 && after.refreshCount == 1
                && after.refreshFingerprint != before.refreshFingerprint,
            "the refresh in flight at shutdown was not stored (stopping took " + QByteArray::number(stopMs)
                + " ms): " + describe(after));
    const Jobs::Job recorded = job(*f.engine, scheduled.id);
    VERIFY2(recorded.state == Jobs::JobState::Done, describe(recorded).constData());
    const std::optional<Jobs::Job> next = liveRefreshJob(*f.engine, before.id);
    VERIFY2(next.has_value() && next->runAtMs == after.nextRefreshMs,
            "the next refresh was not scheduled at next_refresh_at: " + describe(after));
    // The stored refresh token is the current one: the provider accepts it (a lost rotation would be invalid_grant).
    auto again
        = await<Connection>([&](ConnectionService::Done<Connection> done) { f.service().refresh(before.id, done); });
    VERIFY2(again.has_value(), "refresh() did not answer within 20 s");
    VERIFY2(again->ok(), qPrintable(QStringLiteral("refreshing with the stored token failed: ") + why(*again)));
    VERIFY2(f.connection(before.id).rotationCount == 2, describe(f.connection(before.id)).constData());
}

QTEST_GUILESS_MAIN(TestRefreshEngine)
#include "tst_refreshengine.moc"

// Outbound events: Keyward's own events (here a dead job, raised by the real job runner) delivered to an HTTP
// endpoint on 127.0.0.1, signed per Standard Webhooks (checked with the `standardwebhooks` npm library), retried on
// failure, waiting as a 429's Retry-After asks, disabled by 410 Gone, held back by the circuit breaker, and given up
// after the schedule.
#include "audit/AuditLog.h"
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "storage/Database.h"
#include "support/FakeHttpServer.h"
#include "support/OidcPeer.h"
#include "support/TestProfile.h"
#include "support/Verify.h"
#include "webhooks/EventPublisher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Webhooks;

class TestWebhookEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deadJobIsAnnouncedSigned();
    void retriesUntilDelivered();
    void retryAfterIsHonoured();
    void goneDisablesTheEndpoint();
    void circuitOpensAfterFailuresInARow();
    void givesUpAfterTheSchedule();

private:
    /// Adds an endpoint on the fake server; returns its secret.
    QByteArray addEndpoint(const QStringList &events = {});
    /// Makes a job die: the engine announces job.dead.
    void killAJob();
    Endpoint endpointNow();
    QString messageState();

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    std::unique_ptr<Test::FakeHttpServer> m_server;
};

void TestWebhookEvents::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
    m_server = std::make_unique<Test::FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_engine->jobRegistry().add(QStringLiteral("test.doomed"), [](const Jobs::JobContext &) {
        return Jobs::JobOutcome::dead(QStringLiteral("doomed"));
    });
    m_engine->events().setRetrySchedule({50, 50, 50, 50, 50, 50, 50});
    m_engine->events().setCircuitOpenMs(0);
    VERIFY_OK(m_engine->startWorkers(2));
}

void TestWebhookEvents::cleanup()
{
    if (m_engine)
        m_engine->stopWorkers();
    m_engine.reset();
    m_server.reset();
    m_profile.reset();
}

QByteArray TestWebhookEvents::addEndpoint(const QStringList &events)
{
    auto added = m_engine->events().addEndpoint(m_server->baseUrl() + QStringLiteral("/hooks"), events, {});
    if (!added.ok())
        return {};
    return QByteArray(reinterpret_cast<const char *>(added->second.data()),
                      static_cast<qsizetype>(added->second.size()));
}

void TestWebhookEvents::killAJob()
{
    Jobs::JobSpec spec;
    spec.type = QStringLiteral("test.doomed");
    QVERIFY(m_engine->enqueueJob(spec).ok());
}

Endpoint TestWebhookEvents::endpointNow()
{
    auto list = m_engine->events().endpoints();
    return list.ok() && !list->isEmpty() ? list->first() : Endpoint {};
}

QString TestWebhookEvents::messageState()
{
    auto query = m_engine->database().prepare("SELECT state FROM webhook_messages ORDER BY id DESC LIMIT 1");
    if (!query.ok())
        return {};
    auto row = query->step();
    if (!row.ok() || !row.value())
        return {};
    return query->text(0);
}

void TestWebhookEvents::deadJobIsAnnouncedSigned()
{
    const QByteArray secret = addEndpoint({QString::fromLatin1(Event::JobDead)});
    QVERIFY(secret.startsWith("whsec_"));
    m_server->answer(204);
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() == 1; }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("delivered"); }, 5000));
    const auto request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QLatin1String("type")).toString(), QString::fromLatin1(Event::JobDead));
    QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("test.doomed"));
    QVERIFY(!request.body.contains(secret));

    // The receiver's side, with the Standard Webhooks library: the signature verifies under the secret, and not
    // under another one.
    const auto verifies = [&](const QByteArray &key) {
        QProcess node;
        node.setWorkingDirectory(Test::OidcPeer::peersDirectory());
        const QString script = QStringLiteral(
            "import { Webhook } from 'standardwebhooks';"
            "let input = ''; process.stdin.on('data', (d) => input += d); process.stdin.on('end', () => {"
            "  const { secret, body, headers } = JSON.parse(input);"
            "  new Webhook(secret).verify(body, headers); console.log('verified'); });");
        node.start(QStringLiteral("node"), {QStringLiteral("--input-type=module"), QStringLiteral("-e"), script});
        if (!node.waitForStarted(30000))
            return false;
        const QJsonObject headers {
            {QLatin1String("webhook-id"), QString::fromLatin1(request.headers.value("webhook-id"))},
            {QLatin1String("webhook-timestamp"), QString::fromLatin1(request.headers.value("webhook-timestamp"))},
            {QLatin1String("webhook-signature"), QString::fromLatin1(request.headers.value("webhook-signature"))}};
        node.write(QJsonDocument(QJsonObject {{QLatin1String("secret"), QString::fromLatin1(key)},
                                              {QLatin1String("body"), QString::fromUtf8(request.body)},
                                              {QLatin1String("headers"), headers}})
                       .toJson(QJsonDocument::Compact));
        node.closeWriteChannel();
        return node.waitForFinished(60000) && node.exitCode() == 0 && node.readAllStandardOutput().contains("verified");
    };
    QVERIFY2(verifies(secret), "the standardwebhooks library refused Keyward's signature (node and npm ci needed)");
    QVERIFY(!verifies("whsec_" + QByteArray(24, 'x').toBase64()));
    QCOMPARE(endpointNow().health(QDateTime::currentMSecsSinceEpoch()), Endpoint::Health::Healthy);
}

void TestWebhookEvents::retriesUntilDelivered()
{
    addEndpoint();
    int calls = 0;
    m_server->setHandler([&](const Test::FakeHttpServer::Request &) {
        ++calls;
        return Test::FakeHttpServer::Response {calls < 3 ? 500 : 200, {}, {}};
    });
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("delivered"); }, 10000));
    QCOMPARE(calls, 3);
    // Every attempt carries the same message id, so a receiver can deduplicate.
    const auto requests = m_server->requests();
    QCOMPARE(requests.at(0).headers.value("webhook-id"), requests.at(2).headers.value("webhook-id"));
    const Endpoint endpoint = endpointNow();
    QCOMPARE(endpoint.consecutiveFailures, 0);
    QVERIFY(endpoint.lastSuccessMs > 0);
}

void TestWebhookEvents::retryAfterIsHonoured()
{
    addEndpoint();
    QList<qint64> times;
    m_server->setHandler([&](const Test::FakeHttpServer::Request &) {
        times.append(QDateTime::currentMSecsSinceEpoch());
        if (times.size() == 1)
            return Test::FakeHttpServer::Response {429, {}, {{"Retry-After", "2"}}};
        return Test::FakeHttpServer::Response {200, {}, {}};
    });
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("delivered"); }, 10000));
    QCOMPARE(times.size(), 2);
    QVERIFY2(times.at(1) - times.at(0) >= 1900, qPrintable(QString::number(times.at(1) - times.at(0))));
}

void TestWebhookEvents::goneDisablesTheEndpoint()
{
    addEndpoint();
    m_server->answer(410);
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return !endpointNow().enabled; }, 10000));
    QCOMPARE(endpointNow().health(QDateTime::currentMSecsSinceEpoch()), Endpoint::Health::Disabled);
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("dropped"); }, 5000));
    QCOMPARE(Test::auditEvents(*m_engine, QStringLiteral("webhook.endpoint.disable")).size(), 1);
    // Nothing more is sent to it.
    killAJob();
    QTest::qWait(500);
    QCOMPARE(m_server->requests().size(), 1);
    // Switched on again by an administrator, it receives the next event.
    TRY_VALUE(enabled, m_engine->events().setEnabled(endpointNow().id, true));
    QVERIFY(enabled.enabled);
    m_server->answer(200);
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() == 2; }, 10000));
}

void TestWebhookEvents::circuitOpensAfterFailuresInARow()
{
    m_engine->events().setCircuitOpenMs(1500);
    addEndpoint();
    m_server->answer(500);
    killAJob();
    // Five failures in a row (50 ms apart) open the circuit: no request for the next 1.5 s.
    QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() >= EventPublisher::kFailuresToOpen; }, 10000));
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), EventPublisher::kFailuresToOpen);
    QCOMPARE(endpointNow().health(QDateTime::currentMSecsSinceEpoch()), Endpoint::Health::CircuitOpen);
    QTest::qWait(800);
    QCOMPARE(m_server->requests().size(), EventPublisher::kFailuresToOpen);
    // Half-open after the period: one more try, which succeeds and closes it.
    m_server->answer(200);
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("delivered"); }, 10000));
    QCOMPARE(endpointNow().health(QDateTime::currentMSecsSinceEpoch()), Endpoint::Health::Healthy);
}

void TestWebhookEvents::givesUpAfterTheSchedule()
{
    addEndpoint();
    m_server->answer(500);
    killAJob();
    QVERIFY(QTest::qWaitFor([&] { return messageState() == QLatin1String("failed"); }, 15000));
    QCOMPARE(m_server->requests().size(), 8); // at once, then the seven delays of the schedule
    // The dead delivery job is audited, but not announced again (an unreachable endpoint would feed itself).
    QTest::qWait(300);
    auto messages = m_engine->database().queryInt("SELECT count(*) FROM webhook_messages");
    QVERIFY(messages.ok());
    QCOMPARE(messages.value(), 1);
    QCOMPARE(Test::auditEvents(*m_engine, QStringLiteral("job.dead")).size(), 2); // test.doomed and the delivery
}

QTEST_GUILESS_MAIN(TestWebhookEvents)
#include "tst_webhookevents.moc"

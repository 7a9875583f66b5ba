// The webhook receiver end to end: a real HTTPS listener (WebhookServer) on a real SQLCipher profile, deliveries
// signed by the providers' own npm libraries (tests/peers/webhook-sign.mjs), raw TLS clients that misbehave on
// purpose (slow, oversized, flooding), revocation events that flip connections, and the CLI with `serve`.
#include "audit/AuditLog.h"
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "oauth/ProviderCatalog.h"
#include "storage/Database.h"
#include "support/FakeHttpServer.h"
#include "support/OidcPeer.h"
#include "support/TestProfile.h"
#include "support/Verify.h"
#include "support/WebhookSigner.h"
#include "webhooks/EventPublisher.h"
#include "webhooks/WebhookServer.h"
#include "webhooks/WebhookService.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Keyward;
using namespace Keyward::Webhooks;

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

struct Response
{
    int status = 0;
    Headers headers;
    QByteArray body;
    bool closed = false; ///< the server closed the connection after (or instead of) answering
};

/// A TLS client that speaks just enough HTTP/1.1 for these tests, on the test's (the engine's) event loop.
class Client
{
public:
    explicit Client(const QList<QSslCertificate> &trusted)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(trusted);
        m_socket.setSslConfiguration(tls);
        QObject::connect(&m_socket, &QSslSocket::readyRead, [this] { m_buffer += m_socket.readAll(); });
        QObject::connect(&m_socket, &QSslSocket::disconnected, [this] { m_disconnected = true; });
    }

    bool connectTo(quint16 port)
    {
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return m_socket.isEncrypted() || m_disconnected; }, 10000)
            && m_socket.isEncrypted();
    }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }

    /// Waits for one whole response (or the connection's end).
    std::optional<Response> read(int timeoutMs = 10000)
    {
        std::optional<Response> response;
        static_cast<void>(
            QTest::qWaitFor([&] { return (response = parse()).has_value() || m_disconnected; }, timeoutMs));
        if (!response)
            response = parse();
        if (response)
            response->closed = m_disconnected || m_socket.state() != QAbstractSocket::ConnectedState;
        return response;
    }

    std::optional<Response> post(const QByteArray &path, const Headers &headers, const QByteArray &body)
    {
        send(request("POST", path, headers, body));
        return read();
    }

    bool disconnected() const { return m_disconnected; }
    QSslSocket &socket() { return m_socket; }

    static QByteArray request(const QByteArray &method, const QByteArray &path, const Headers &headers,
                              const QByteArray &body)
    {
        QByteArray out = method + ' ' + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[name, value] : headers.entries())
            out += name + ": " + value + "\r\n";
        return out + "\r\n" + body;
    }

private:
    std::optional<Response> parse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Response response;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        response.status = lines.first().split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
            if (line.left(colon).compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QSslSocket m_socket;
    QByteArray m_buffer;
    bool m_disconnected = false;
};

QByteArray githubSignature(const QByteArray &secret, const QByteArray &body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

Headers githubHeaders(const QByteArray &secret, const QByteArray &body, const QByteArray &id,
                      const QByteArray &event = "ping")
{
    Headers headers;
    headers.add("X-Hub-Signature-256", githubSignature(secret, body));
    headers.add("X-GitHub-Delivery", id);
    headers.add("X-GitHub-Event", event);
    return headers;
}

SecureBytes bytes(QByteArray text)
{
    return SecureBytes::takeFrom(text);
}

} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void validDeliveriesOfEveryScheme();
    void duplicatesAreAcknowledgedButNotProcessedAgain();
    void slackUrlVerificationIsAnswered();
    void badDeliveriesAreRejectedAndRecorded();
    void rotatedSecretOverlaps();
    void limitsAndRoutes();
    void slowClientsTimeOut();
    void connectionsPerAddressAreBounded();
    void pipelinedRequestsAreAnsweredInOrder();
    void floodIsRateLimited();
    void forgedFloodIsCountedNotRecorded();
    void revocationEventsFlipConnections();
    void replayProcessesAgain();
    void googleRiscTokensRevokeGrants();
    void cliEndToEnd();

private:
    void startServer(const ServerOptions &overrides = {});
    std::unique_ptr<Client> client();
    WebhookSource addSource(const QString &name, Scheme scheme, const QByteArray &secret, bool keepRejected = false,
                            int rate = 1000, const QString &app = {});
    /// Runs the workers until no delivery waits for processing.
    bool processAll();
    QList<Delivery> deliveries(const QString &source = {});

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    std::unique_ptr<WebhookServer> m_server;
    TlsIdentity m_identity;
};

void TestWebhooks::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
    auto identity = TlsIdentity::selfSigned();
    QVERIFY(identity.ok());
    m_identity = identity.value();
}

void TestWebhooks::cleanup()
{
    m_server.reset();
    if (m_engine)
        m_engine->stopWorkers();
    m_engine.reset();
    m_profile.reset();
}

void TestWebhooks::startServer(const ServerOptions &overrides)
{
    ServerOptions options = overrides;
    options.identity = m_identity;
    options.port = 0;
    m_server = std::make_unique<WebhookServer>(m_engine->webhooks(), options);
    const Status started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().userMessage));
    QVERIFY(m_server->port() > 0);
}

std::unique_ptr<Client> TestWebhooks::client()
{
    auto c = std::make_unique<Client>(m_identity.chain);
    if (!c->connectTo(m_server->port()))
        return nullptr;
    return c;
}

WebhookSource TestWebhooks::addSource(const QString &name, Scheme scheme, const QByteArray &secret, bool keepRejected,
                                      int rate, const QString &app)
{
    SourceDraft draft;
    draft.name = name;
    draft.scheme = scheme;
    draft.keepRejectedBodies = keepRejected;
    draft.ratePerSecond = rate;
    draft.app = app;
    auto source = m_engine->webhooks().addSource(draft, bytes(secret));
    if (!source.ok())
        qWarning() << source.error().userMessage;
    return source.ok() ? source.value() : WebhookSource {};
}

bool TestWebhooks::processAll()
{
    if (!m_engine->runner()) {
        if (Status started = m_engine->startWorkers(2); !started.ok()) {
            qWarning() << started.error().userMessage;
            return false;
        }
    }
    return QTest::qWaitFor(
        [this] {
            DeliveryFilter filter;
            filter.state = QString::fromLatin1(DeliveryState::Received);
            auto waiting = m_engine->webhooks().deliveries(filter);
            return waiting.ok() && waiting->isEmpty();
        },
        20000);
}

QList<Delivery> TestWebhooks::deliveries(const QString &source)
{
    DeliveryFilter filter;
    filter.source = source;
    filter.limit = 10000;
    auto list = m_engine->webhooks().deliveries(filter);
    return list.ok() ? list.value() : QList<Delivery> {};
}

void TestWebhooks::validDeliveriesOfEveryScheme()
{
    struct Src
    {
        const char *name;
        Scheme scheme;
        QByteArray secret;
    };
    const QList<Src> sources {{"github", Scheme::GitHub, "github-secret-0123456789"},
                              {"stripe", Scheme::Stripe, "whsec_stripe_0123456789"},
                              {"slack", Scheme::Slack, "slack-signing-secret-0123456789"},
                              {"shopify", Scheme::Shopify, "shpss_0123456789abcdef"},
                              {"standard", Scheme::Standard, "whsec_" + QByteArray(32, 's').toBase64()}};
    QList<Test::SignCase> cases;
    for (const Src &s : sources) {
        QVERIFY(addSource(QString::fromLatin1(s.name), s.scheme, s.secret).id > 0);
        const QByteArray body = R"({"id":"evt_)" + QByteArray(s.name) + R"(","event_id":"Ev_)" + QByteArray(s.name)
            + R"(","type":"test.event","text":"Grüße"})";
        // Shopify's signer would say app/uninstalled, an event Keyward acts on: send a topic it ignores.
        const QString event = s.scheme == Scheme::Shopify ? QStringLiteral("orders/create") : QString();
        cases.append({QString::fromLatin1(s.name), {QString::fromLatin1(s.secret)}, body, 0, {}, event, {}});
    }
    QString error;
    const QList<Headers> signedHeaders = Test::signWithLibraries(cases, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    startServer();
    auto c = client();
    QVERIFY(c);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const auto response
            = c->post("/webhooks/" + QByteArray(sources.at(i).name), signedHeaders.at(i), cases.at(i).body);
        QVERIFY(response);
        QVERIFY2(response->status == 202, sources.at(i).name);
        QVERIFY(!response->closed); // keep-alive: every request on one connection
    }
    QVERIFY(processAll());
    for (const Src &s : sources) {
        const QList<Delivery> list = deliveries(QString::fromLatin1(s.name));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().verified);
        // test.event: nothing to do
        QVERIFY2(list.first().state == QLatin1String(DeliveryState::Ignored),
                 qPrintable(list.first().eventType + u' ' + list.first().state + u' ' + list.first().result));
        QVERIFY(!list.first().deliveryKey.isEmpty());
        QVERIFY(list.first().hasBody);
        // The signature headers are never stored.
        const QByteArray stored = QJsonDocument(list.first().headers).toJson();
        QVERIFY(!stored.contains("v1=") && !stored.contains("sha256=") && !stored.contains("v0="));
        QVERIFY(stored.contains("[redacted]"));
    }
    QCOMPARE(m_server->counters().accepted.load(), qint64(sources.size()));
}

void TestWebhooks::duplicatesAreAcknowledgedButNotProcessedAgain()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    startServer();
    auto c = client();
    QVERIFY(c);
    const QByteArray body = R"({"zen":"Keep it logically awesome."})";
    const Headers headers = githubHeaders("github-secret-0123456789", body, "delivery-1");
    auto first = c->post("/webhooks/gh", headers, body);
    QVERIFY(first && first->status == 202);
    auto second = c->post("/webhooks/gh", headers, body);
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QVERIFY(second->body.contains("duplicate"));
    // GitHub does not sign its delivery id: the same signed body resent under a new id is a replay too.
    auto renamed = c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", body, "delivery-2"), body);
    QVERIFY(renamed);
    QCOMPARE(renamed->status, 200);
    QVERIFY(renamed->body.contains("duplicate"));
    QVERIFY(processAll());
    QCOMPARE(deliveries().size(), 1);
    QCOMPARE(deliveries().first().deliveryKey, QByteArray("delivery-1")); // the sender's id, for display
    QVERIFY(deliveries().first().replayKey.startsWith("sha256:"));
    QCOMPARE(m_server->counters().duplicates.load(), 2);
    TRY_VALUE(jobs, m_engine->jobs().list(std::nullopt, 100));
    QCOMPARE(jobs.size(), 1); // one processing job for the one delivery
}

void TestWebhooks::slackUrlVerificationIsAnswered()
{
    // Slack checks a new Request URL with a signed url_verification event and expects its challenge back.
    addSource(QStringLiteral("slack"), Scheme::Slack, "slack-signing-secret-0123456789");
    const QByteArray body = R"({"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",)"
                            R"("type":"url_verification"})";
    QString error;
    const auto signedHeaders = Test::signWithLibraries(
        {{QStringLiteral("slack"), {QStringLiteral("slack-signing-secret-0123456789")}, body, 0, {}, {}, {}}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    startServer();
    auto c = client();
    QVERIFY(c);
    auto answer = c->post("/webhooks/slack", signedHeaders.first(), body);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(QJsonDocument::fromJson(answer->body).object().value(QLatin1String("challenge")).toString(),
             QStringLiteral("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    // Slack's verification token in the body is shown redacted (it is stored as received).
    QVERIFY(QTest::qWaitFor([this] { return !deliveries(QStringLiteral("slack")).isEmpty(); }, 5000));
    const Delivery recorded = deliveries(QStringLiteral("slack")).first();
    QVERIFY(recorded.body.contains("legacy"));
    const QString shown = recorded.toJson(true).value(QLatin1String("body")).toString();
    QVERIFY(!shown.contains(QLatin1String("legacy")));
    QVERIFY(shown.contains(QLatin1String("[redacted]")));
    // Unsigned, the challenge is not echoed: a 401 like any other forgery.
    Headers forged = signedHeaders.first();
    Headers wrong;
    for (const auto &[name, value] : forged.entries())
        wrong.add(name,
                  name.compare("X-Slack-Signature", Qt::CaseInsensitive) == 0 ? QByteArray("v0=" + QByteArray(64, '0'))
                                                                              : value);
    auto refused = c->post("/webhooks/slack", wrong, body);
    QVERIFY(refused);
    QCOMPARE(refused->status, 401);
    QVERIFY(!refused->body.contains("3eZbrw"));
}

void TestWebhooks::badDeliveriesAreRejectedAndRecorded()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    addSource(QStringLiteral("debug"), Scheme::GitHub, "github-secret-0123456789", true);
    addSource(QStringLiteral("stripe"), Scheme::Stripe, "whsec_stripe_0123456789");
    startServer();
    auto c = client();
    QVERIFY(c);
    const QByteArray body = R"({"action":"revoked"})";
    // Tampered body, wrong secret, no signature, malformed signature.
    Headers tampered = githubHeaders("github-secret-0123456789", body, "d-1");
    QCOMPARE(c->post("/webhooks/gh", tampered, R"({"action":"revokeD"})")->status, 401);
    QCOMPARE(c->post("/webhooks/gh", githubHeaders("another-secret-0123456789", body, "d-2"), body)->status, 401);
    Headers none;
    none.add("X-GitHub-Delivery", "d-3");
    QCOMPARE(c->post("/webhooks/gh", none, body)->status, 401);
    Headers malformed;
    malformed.add("X-Hub-Signature-256", "sha256=not-hex");
    QCOMPARE(c->post("/webhooks/gh", malformed, body)->status, 401);
    // Kept for a source that asks for it.
    QCOMPARE(c->post("/webhooks/debug", tampered, "tampered body")->status, 401);
    // Stale and future Stripe timestamps, signed by Stripe's library.
    QString error;
    const auto stale = Test::signWithLibraries(
        {{QStringLiteral("stripe"), {QStringLiteral("whsec_stripe_0123456789")}, body, nowSeconds() - 3600, {}, {}, {}},
         {QStringLiteral("stripe"),
          {QStringLiteral("whsec_stripe_0123456789")},
          body,
          nowSeconds() + 3600,
          {},
          {},
          {}}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(c->post("/webhooks/stripe", stale.at(0), body)->status, 401);
    QCOMPARE(c->post("/webhooks/stripe", stale.at(1), body)->status, 401);

    QVERIFY(processAll());
    const QList<Delivery> gh = deliveries(QStringLiteral("gh"));
    QCOMPARE(gh.size(), 4);
    QStringList reasons;
    for (const Delivery &d : gh) {
        QVERIFY(!d.verified);
        QCOMPARE(d.state, QString::fromLatin1(DeliveryState::Rejected));
        QVERIFY(!d.hasBody); // this source does not keep rejected bodies
        reasons.append(d.reason);
    }
    std::sort(reasons.begin(), reasons.end());
    QCOMPARE(reasons,
             (QStringList {QStringLiteral("malformed_signature"), QStringLiteral("missing_signature"),
                           QStringLiteral("signature_mismatch"), QStringLiteral("signature_mismatch")}));
    const QList<Delivery> debug = deliveries(QStringLiteral("debug"));
    QCOMPARE(debug.size(), 1);
    QVERIFY(debug.first().hasBody);
    QCOMPARE(debug.first().body, QByteArray("tampered body"));
    QStringList stripeReasons;
    for (const Delivery &d : deliveries(QStringLiteral("stripe")))
        stripeReasons.append(d.reason);
    std::sort(stripeReasons.begin(), stripeReasons.end());
    QCOMPARE(stripeReasons, (QStringList {QStringLiteral("future_timestamp"), QStringLiteral("stale_timestamp")}));
    // Audited one by one, and nothing was processed: no processing job exists.
    QCOMPARE(Test::auditEvents(*m_engine, QStringLiteral("webhook.rejected")).size(), 7);
    TRY_VALUE(jobs, m_engine->jobs().list(std::nullopt, 100));
    QVERIFY(jobs.isEmpty());
    QCOMPARE(m_server->counters().rejected.load(), 7);
}

void TestWebhooks::rotatedSecretOverlaps()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "old-secret-0123456789");
    ServerOptions options;
    options.configCheckMs = 100;
    startServer(options);
    auto c = client();
    QVERIFY(c);
    TRY_VALUE(rotated, m_engine->webhooks().rotateSecret(QStringLiteral("gh"), bytes("new-secret-0123456789"), 3600));
    QCOMPARE(rotated.secrets.size(), 2);
    QTest::qWait(400); // the receiver picks the change up on its next check
    QCOMPARE(
        c->post("/webhooks/gh", githubHeaders("old-secret-0123456789", R"({"n":"a"})", "a"), R"({"n":"a"})")->status,
        202);
    QCOMPARE(
        c->post("/webhooks/gh", githubHeaders("new-secret-0123456789", R"({"n":"b"})", "b"), R"({"n":"b"})")->status,
        202);
    // Ending the overlap now leaves only the newest secret.
    TRY_VALUE(again, m_engine->webhooks().rotateSecret(QStringLiteral("gh"), bytes("newest-secret-0123456789"), 0));
    Q_UNUSED(again)
    QTest::qWait(400);
    QCOMPARE(
        c->post("/webhooks/gh", githubHeaders("old-secret-0123456789", R"({"n":"c"})", "c"), R"({"n":"c"})")->status,
        401);
    QCOMPARE(
        c->post("/webhooks/gh", githubHeaders("new-secret-0123456789", R"({"n":"d"})", "d"), R"({"n":"d"})")->status,
        401);
    QCOMPARE(
        c->post("/webhooks/gh", githubHeaders("newest-secret-0123456789", R"({"n":"e"})", "e"), R"({"n":"e"})")->status,
        202);
    QVERIFY(Test::auditEvents(*m_engine, QStringLiteral("webhook.source.rotate_secret")).size() == 2);
}

void TestWebhooks::limitsAndRoutes()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    ServerOptions options;
    options.limits.maxBodyBytes = 1024;
    startServer(options);
    auto c = client();
    QVERIFY(c);
    auto health = (c->send(Client::request("GET", "/healthz", {}, {})), c->read());
    QVERIFY(health && health->status == 200);
    auto ready = (c->send(Client::request("GET", "/readyz", {}, {})), c->read());
    QVERIFY(ready && ready->status == 200);
    auto unknown = c->post("/webhooks/nope", {}, "{}");
    QVERIFY(unknown && unknown->status == 404 && !unknown->closed);
    auto wrongMethod = (c->send(Client::request("GET", "/webhooks/gh", {}, {})), c->read());
    QVERIFY(wrongMethod && wrongMethod->status == 405);
    QCOMPARE(wrongMethod->headers.value("Allow"), QByteArray("POST"));
    // The connection is still usable after those refusals.
    QCOMPARE(c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", "{}", "ok"), "{}")->status, 202);

    const QByteArray big(2048, 'x');
    auto tooLarge = c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", big, "big"), big);
    QVERIFY(tooLarge);
    QCOMPARE(tooLarge->status, 413);
    QVERIFY(QTest::qWaitFor([&] { return c->disconnected(); }, 5000));
    QVERIFY(QTest::qWaitFor([this] { return deliveries().size() == 2; }, 5000));
    QCOMPARE(deliveries().first().reason, QStringLiteral("body_too_large"));
    QCOMPARE(deliveries().first().bodySize, 2048);

    auto headersTooLarge = client();
    QVERIFY(headersTooLarge);
    headersTooLarge->send("POST /webhooks/gh HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n");
    auto refused = headersTooLarge->read();
    QVERIFY(refused && refused->status == 431);
    QVERIFY(QTest::qWaitFor([&] { return headersTooLarge->disconnected(); }, 5000));

    auto chunked = client();
    QVERIFY(chunked);
    chunked->send("POST /webhooks/gh HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    auto lengthRequired = chunked->read();
    QVERIFY(lengthRequired && lengthRequired->status == 411);
}

void TestWebhooks::slowClientsTimeOut()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    ServerOptions options;
    options.headerTimeoutMs = 1500;
    options.idleTimeoutMs = 1500;
    startServer(options);
    // Headers one byte at a time, every 200 ms: the whole head must arrive within the header deadline.
    auto slow = client();
    QVERIFY(slow);
    const QByteArray head = "POST /webhooks/gh HTTP/1.1\r\nContent-Length: 2\r\nX-Hub-Signature-256: sha256=00\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    for (char byte : head) {
        if (slow->disconnected())
            break;
        slow->send(QByteArray(1, byte));
        QTest::qWait(200);
    }
    auto timedOut = slow->read(3000);
    QVERIFY(timedOut);
    QCOMPARE(timedOut->status, 408);
    QVERIFY(timedOut->closed);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));

    // A TCP connection that never starts TLS is dropped at the same deadline.
    QTcpSocket silent;
    silent.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(silent.waitForConnected(5000));
    bool dropped = false;
    QObject::connect(&silent, &QTcpSocket::disconnected, [&] { dropped = true; });
    QVERIFY(QTest::qWaitFor([&] { return dropped; }, 5000));

    // An idle keep-alive connection is closed after the idle timeout.
    auto idle = client();
    QVERIFY(idle);
    QCOMPARE(idle->post("/webhooks/gh", githubHeaders("github-secret-0123456789", "{}", "x"), "{}")->status, 202);
    QVERIFY(QTest::qWaitFor([&] { return idle->disconnected(); }, 5000));
    QVERIFY(m_server->counters().timeouts.load() >= 3);
}

void TestWebhooks::connectionsPerAddressAreBounded()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    ServerOptions options;
    options.maxConnectionsPerAddress = 3;
    startServer(options);
    std::vector<std::unique_ptr<Client>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(client());
        QVERIFY(open.back());
    }
    Client fourth(m_identity.chain);
    QVERIFY(!fourth.connectTo(m_server->port())); // closed before its handshake
    // A connection that ends makes room again.
    open.front()->socket().disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&] { return open.front()->disconnected(); }, 5000));
    QTest::qWait(100);
    auto again = client();
    QVERIFY(again);
    QCOMPARE(again->post("/webhooks/gh", githubHeaders("github-secret-0123456789", "{}", "p"), "{}")->status, 202);
}

void TestWebhooks::pipelinedRequestsAreAnsweredInOrder()
{
    // Early answers (404), answers after the store (202) and refusals (401) interleaved in one write: each answer
    // belongs to its request, in order.
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    startServer();
    auto c = client();
    QVERIFY(c);
    QByteArray burst;
    for (int round = 0; round < 5; ++round) {
        const QByteArray id = "pipe-" + QByteArray::number(round);
        const QByteArray body = R"({"round":)" + QByteArray::number(round) + '}';
        burst += Client::request("POST", "/webhooks/none", {}, "{}");
        burst += Client::request("POST", "/webhooks/gh", githubHeaders("github-secret-0123456789", body, id), body);
        burst += Client::request("POST", "/webhooks/gh", githubHeaders("wrong-secret-0123456789", body, id), body);
        burst += Client::request("GET", "/healthz", {}, {});
    }
    c->send(burst);
    QList<int> statuses;
    for (int i = 0; i < 20; ++i) {
        auto response = c->read();
        QVERIFY(response);
        statuses.append(response->status);
    }
    QList<int> expected;
    for (int round = 0; round < 5; ++round)
        expected << 404 << 202 << 401 << 200;
    QCOMPARE(statuses, expected);
}

void TestWebhooks::floodIsRateLimited()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789", false, 5); // 5/s, bursts of 10
    startServer();
    auto c = client();
    QVERIFY(c);
    int accepted = 0, limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 40; ++i) {
        const QByteArray id = "flood-" + QByteArray::number(i);
        const QByteArray body = R"({"flood":)" + QByteArray::number(i) + '}';
        auto response = c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", body, id), body);
        QVERIFY(response);
        if (response->status == 202)
            ++accepted;
        else if (response->status == 429)
            ++limited, retryAfter = response->headers.value("Retry-After");
        QVERIFY(!response->closed);
    }
    QVERIFY2(accepted >= 10 && accepted <= 14, qPrintable(QString::number(accepted)));
    QCOMPARE(accepted + limited, 40);
    QCOMPARE(retryAfter, QByteArray("1"));
    QCOMPARE(deliveries().size(), accepted); // refused before verification: nothing recorded
    QCOMPARE(m_server->counters().rateLimited.load(), limited);
}

void TestWebhooks::forgedFloodIsCountedNotRecorded()
{
    // Forged deliveries get 401 each; beyond the address's budget they are counted and audited as one summary per
    // source, not a row and an audit event each. Valid deliveries from the same address are not affected.
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    ServerOptions options;
    options.rejectionRatePerAddress = 0.001; // no refill during the test
    options.rejectionBurst = 3;
    options.unrecordedSummaryMs = 0;
    options.configCheckMs = 100;
    startServer(options);
    auto c = client();
    QVERIFY(c);
    for (int i = 0; i < 10; ++i) {
        const QByteArray body = R"({"forged":)" + QByteArray::number(i) + '}';
        auto response = c->post("/webhooks/gh", githubHeaders("guessed-secret-0123456789", body, "f"), body);
        QVERIFY(response);
        QCOMPARE(response->status, 401);
        QVERIFY(!response->closed);
    }
    const QByteArray valid = R"({"zen":"Half measures are as bad as nothing at all."})";
    QCOMPARE(c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", valid, "v"), valid)->status, 202);
    QCOMPARE(m_server->counters().rejected.load(), 10);
    QCOMPARE(m_server->counters().rejectedUnrecorded.load(), 7);
    // One summary per source and interval (here: every config check), so a slow run may split the seven.
    const auto summed = [this](const char *field, const char *reason = nullptr) {
        qint64 total = 0;
        for (const Audit::AuditEvent &event :
             Test::auditEvents(*m_engine, QStringLiteral("webhook.rejected_unrecorded"))) {
            const QJsonObject details = QJsonDocument::fromJson(event.details).object();
            total += reason ? details.value(QLatin1String(field)).toObject().value(QLatin1String(reason)).toInteger()
                            : details.value(QLatin1String(field)).toInteger();
        }
        return total;
    };
    QVERIFY(QTest::qWaitFor([&] { return summed("count") == 7; }, 10000));
    QCOMPARE(summed("reasons", "signature_mismatch"), 7);
    for (const Audit::AuditEvent &event : Test::auditEvents(*m_engine, QStringLiteral("webhook.rejected_unrecorded"))) {
        const QJsonObject details = QJsonDocument::fromJson(event.details).object();
        QCOMPARE(details.value(QLatin1String("remotes")).toArray(), QJsonArray {QStringLiteral("127.0.0.1")});
        QCOMPARE(event.outcome, QStringLiteral("failure"));
        QCOMPARE(event.target, QStringLiteral("webhook-source:gh"));
    }
    QCOMPARE(Test::auditEvents(*m_engine, QStringLiteral("webhook.rejected")).size(), 3);
    int rejectedRows = 0;
    for (const Delivery &d : deliveries())
        rejectedRows += d.state == QLatin1String(DeliveryState::Rejected);
    QCOMPARE(rejectedRows, 3);
}

void TestWebhooks::revocationEventsFlipConnections()
{
    auto &connections = m_engine->connections();
    const auto addApp = [&](const QString &name, const QString &catalog, QHash<QString, QString> parameters = {}) {
        Connections::AppDraft draft;
        draft.name = name;
        draft.catalogId = catalog;
        draft.clientId = QStringLiteral("client-") + name;
        draft.parameters = parameters;
        std::optional<Result<Connections::ProviderApp>> added;
        connections.addApp(draft, [&](const Result<Connections::ProviderApp> &app) { added = app; });
        static_cast<void>(QTest::qWaitFor([&] { return added.has_value(); }, 10000));
        return added && added->ok() ? added->value().id : 0;
    };
    const auto addConnection = [&](qint64 appId, const QString &subject, const QString &tenant = {}) {
        Connections::Connection c;
        c.appId = appId;
        c.subject = subject;
        c.tenant = tenant;
        c.createdMs = QDateTime::currentMSecsSinceEpoch();
        auto id = connections.store().insertConnection(c);
        return id.ok() ? id.value() : 0;
    };
    const qint64 slack = addApp(QStringLiteral("slack-main"), QStringLiteral("slack"));
    const qint64 github = addApp(QStringLiteral("gh-app"), QStringLiteral("github-app"));
    const qint64 stripe = addApp(QStringLiteral("stripe"), QStringLiteral("stripe-connect"));
    const qint64 shop1 = addApp(QStringLiteral("shop-one"), QStringLiteral("shopify"),
                                {{QStringLiteral("shop"), QStringLiteral("shop1")}});
    const qint64 shop2 = addApp(QStringLiteral("shop-two"), QStringLiteral("shopify"),
                                {{QStringLiteral("shop"), QStringLiteral("shop2")}});
    QVERIFY(slack && github && stripe && shop1 && shop2);
    const qint64 slackU1 = addConnection(slack, QStringLiteral("U1"), QStringLiteral("T1"));
    const qint64 slackU2 = addConnection(slack, QStringLiteral("U2"), QStringLiteral("T1"));
    const qint64 slackT2 = addConnection(slack, QStringLiteral("U3"), QStringLiteral("T2"));
    const qint64 githubUser = addConnection(github, QStringLiteral("4242"));
    const qint64 githubOther = addConnection(github, QStringLiteral("4343"));
    const qint64 stripeAccount = addConnection(stripe, QStringLiteral("acct_123"));
    const qint64 shop1Connection = addConnection(shop1, QStringLiteral("owner"));
    const qint64 shop2Connection = addConnection(shop2, QStringLiteral("owner"));

    QVERIFY(m_engine->events()
                .addEndpoint(QStringLiteral("http://127.0.0.1:9/hooks"),
                             {QString::fromLatin1(Event::RevokedByProvider)}, {})
                .ok());
    addSource(QStringLiteral("slack"), Scheme::Slack, "slack-signing-secret-0123456789");
    addSource(QStringLiteral("github"), Scheme::GitHub, "github-secret-0123456789");
    addSource(QStringLiteral("stripe"), Scheme::Stripe, "whsec_stripe_0123456789");
    addSource(QStringLiteral("shopify"), Scheme::Shopify, "shpss_0123456789abcdef");

    const QByteArray tokensRevoked
        = R"({"type":"event_callback","team_id":"T1","event_id":"Ev01","event":{"type":"tokens_revoked","tokens":{"oauth":["U1"],"bot":[]}}})";
    const QByteArray uninstalled
        = R"({"type":"event_callback","team_id":"T2","event_id":"Ev02","event":{"type":"app_uninstalled"}})";
    const QByteArray githubRevoked = R"({"action":"revoked","sender":{"login":"octocat","id":4242}})";
    const QByteArray stripeDeauthorized
        = R"({"id":"evt_1","type":"account.application.deauthorized","account":"acct_123","data":{"object":{}}})";
    const QByteArray shopifyUninstalled = R"({"id":1,"name":"Shop One","myshopify_domain":"shop1.myshopify.com"})";
    QString error;
    const auto signedHeaders = Test::signWithLibraries(
        {{QStringLiteral("slack"), {QStringLiteral("slack-signing-secret-0123456789")}, tokensRevoked, 0, {}, {}, {}},
         {QStringLiteral("slack"), {QStringLiteral("slack-signing-secret-0123456789")}, uninstalled, 0, {}, {}, {}},
         {QStringLiteral("github"),
          {QStringLiteral("github-secret-0123456789")},
          githubRevoked,
          0,
          QStringLiteral("72d3162e-cc78-11e3-81ab-4c9367dc0958"),
          QStringLiteral("github_app_authorization"),
          {}},
         {QStringLiteral("stripe"), {QStringLiteral("whsec_stripe_0123456789")}, stripeDeauthorized, 0, {}, {}, {}},
         {QStringLiteral("shopify"),
          {QStringLiteral("shpss_0123456789abcdef")},
          shopifyUninstalled,
          0,
          {},
          QStringLiteral("app/uninstalled"),
          QStringLiteral("shop1.myshopify.com")}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    startServer();
    auto c = client();
    QVERIFY(c);
    const QList<std::pair<QByteArray, QByteArray>> posts {{"slack", tokensRevoked},
                                                          {"slack", uninstalled},
                                                          {"github", githubRevoked},
                                                          {"stripe", stripeDeauthorized},
                                                          {"shopify", shopifyUninstalled}};
    for (qsizetype i = 0; i < posts.size(); ++i)
        QCOMPARE(c->post("/webhooks/" + posts.at(i).first, signedHeaders.at(i), posts.at(i).second)->status, 202);
    QVERIFY(processAll());

    const auto state = [&](qint64 id) {
        auto connection = connections.store().connection(id);
        return connection.ok() ? connection->state : Connections::ConnectionState::Healthy;
    };
    using Connections::ConnectionState;
    QCOMPARE(state(slackU1), ConnectionState::Revoked);
    QCOMPARE(state(slackU2), ConnectionState::Healthy);
    QCOMPARE(state(slackT2), ConnectionState::Revoked);
    QCOMPARE(state(githubUser), ConnectionState::Revoked);
    QCOMPARE(state(githubOther), ConnectionState::Healthy);
    QCOMPARE(state(stripeAccount), ConnectionState::Revoked);
    QCOMPARE(state(shop1Connection), ConnectionState::Revoked);
    QCOMPARE(state(shop2Connection), ConnectionState::Healthy);
    QCOMPARE(Test::auditEvents(*m_engine, QStringLiteral("connection.revoked_by_provider")).size(), 5);
    // ... and announced to the endpoint that wants the event, once per connection.
    auto announced = m_engine->database().queryInt(
        "SELECT count(*) FROM webhook_messages WHERE event_type = 'connection.revoked_by_provider'");
    QVERIFY(announced.ok());
    QCOMPARE(announced.value(), 5);
    for (const Delivery &d : deliveries())
        QVERIFY2(d.state == QLatin1String(DeliveryState::Processed), qPrintable(d.eventType + u' ' + d.result));
}

void TestWebhooks::replayProcessesAgain()
{
    addSource(QStringLiteral("gh"), Scheme::GitHub, "github-secret-0123456789");
    startServer();
    auto c = client();
    QVERIFY(c);
    QCOMPARE(c->post("/webhooks/gh", githubHeaders("github-secret-0123456789", "{}", "r1"), "{}")->status, 202);
    QCOMPARE(c->post("/webhooks/gh", githubHeaders("wrong-secret-0123456789", "{}", "r2"), "{}")->status, 401);
    QVERIFY(processAll());
    const QList<Delivery> before = deliveries();
    QCOMPARE(before.size(), 2);
    const qint64 verifiedId = before.at(1).id; // newest first: the rejected one is first
    const qint64 rejectedId = before.at(0).id;
    TRY_VALUE(replayed, m_engine->webhooks().replay({verifiedId, rejectedId}));
    QCOMPARE(replayed, QList<qint64> {verifiedId});
    QVERIFY(processAll());
    TRY_VALUE(after, m_engine->webhooks().delivery(verifiedId));
    QCOMPARE(after.replays, 1);
    QCOMPARE(after.state, QString::fromLatin1(DeliveryState::Ignored));
    const auto events = Test::auditEvents(*m_engine, QStringLiteral("webhook.replay"));
    QCOMPARE(events.size(), 1);
    // A rejected delivery alone: nothing to replay, said so.
    auto refused = m_engine->webhooks().replay({rejectedId});
    QVERIFY(!refused.ok());
    QList<qint64> tooMany(WebhookService::kMaxReplay + 1, verifiedId);
    QCOMPARE(m_engine->webhooks().replay(tooMany).error().code, ErrorCode::Usage);
}

void TestWebhooks::googleRiscTokensRevokeGrants()
{
    // Security event tokens signed by node's `jose` with keys it made; the receiver fetches the key set from a
    // local server standing in for Google's, checks signature, issuer and audience, and the processing applies
    // tokens-revoked (revoked) and sessions-revoked (reauthorization required) to the Google app's connections.
    const QString script = QStringLiteral(R"JS(
import { generateKeyPair, exportJWK, SignJWT } from 'jose';
const now = Math.floor(Date.now() / 1000);
const risc = 'https://schemas.openid.net/secevent/risc/event-type/';
const mine = await generateKeyPair('RS256', { extractable: true });
const other = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(mine.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const set = (key, kid, aud, jti, type, sub) => new SignJWT({ jti, events: { [risc + type]: {
    subject: { subject_type: 'iss-sub', iss: 'https://accounts.google.com/', sub } } } })
  .setProtectedHeader({ alg: 'RS256', kid, typ: 'secevent+jwt' }).setIssuer('https://accounts.google.com/')
  .setAudience(aud).setIssuedAt(now).sign(key);
console.log(JSON.stringify({ jwks: { keys: [jwk] }, tokens: [
  await set(mine.privateKey, 'k1', 'client-123', 'set-1', 'tokens-revoked', 'g-4242'),
  await set(mine.privateKey, 'k1', 'client-123', 'set-2', 'sessions-revoked', 'g-1'),
  await set(mine.privateKey, 'k1', 'someone-else', 'set-3', 'tokens-revoked', 'g-2'),
  await set(other.privateKey, 'k2', 'client-123', 'set-4', 'tokens-revoked', 'g-2'),
  await set(other.privateKey, 'k1', 'client-123', 'set-5', 'tokens-revoked', 'g-2') ] }));
)JS");
    QProcess node;
    node.setWorkingDirectory(Test::OidcPeer::peersDirectory());
    node.start(QStringLiteral("node"), {QStringLiteral("--input-type=module"), QStringLiteral("-e"), script});
    QVERIFY2(node.waitForStarted(30000), "node is needed (tests/peers: npm ci)");
    QVERIFY(node.waitForFinished(60000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    const QJsonObject made = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonArray tokens = made.value(QLatin1String("tokens")).toArray();
    QCOMPARE(tokens.size(), 5);

    Test::FakeHttpServer google;
    QVERIFY(google.listen());
    google.answer(200, QJsonDocument(made.value(QLatin1String("jwks")).toObject()).toJson());

    auto &connections = m_engine->connections();
    // Stored directly: registering a Google app would run discovery against accounts.google.com.
    Connections::ProviderApp app;
    app.name = QStringLiteral("google");
    app.catalogId = QStringLiteral("google");
    app.provider = *OAuth::ProviderCatalog::builtIn().find(QStringLiteral("google"));
    app.clientId = QStringLiteral("client-123");
    app.createdMs = QDateTime::currentMSecsSinceEpoch();
    TRY_VALUE(appId, connections.store().insertApp(app));
    const auto addConnection = [&](const QString &subject) {
        Connections::Connection c;
        c.appId = appId;
        c.subject = subject;
        c.createdMs = QDateTime::currentMSecsSinceEpoch();
        return connections.store().insertConnection(c).value();
    };
    const qint64 revoked = addConnection(QStringLiteral("g-4242"));
    const qint64 reauth = addConnection(QStringLiteral("g-1"));
    const qint64 untouched = addConnection(QStringLiteral("g-2"));

    SourceDraft source;
    source.name = QStringLiteral("google-risc");
    source.scheme = Scheme::GoogleRisc;
    source.config.insert(QLatin1String("jwks_uri"), QString(google.baseUrl() + QStringLiteral("/oauth2/v3/certs")));
    source.config.insert(QLatin1String("audience"), QJsonArray {QStringLiteral("client-123")});
    TRY_VALUE(created, m_engine->webhooks().addSource(source, {}));
    QVERIFY(created.secrets.isEmpty());
    ServerOptions options;
    options.configCheckMs = 100;
    startServer(options);
    QVERIFY(QTest::qWaitFor([&] { return !google.requests().isEmpty(); }, 5000));
    QTest::qWait(300); // the keys reach the receiver with the next check
    auto c = client();
    QVERIFY(c);
    Headers headers;
    headers.add("Content-Type", "application/secevent+jwt");
    const auto post = [&](int i) {
        return c->post("/webhooks/google-risc", headers, tokens.at(i).toString().toUtf8())->status;
    };
    QCOMPARE(post(0), 202);
    QCOMPARE(post(1), 202);
    QCOMPARE(post(2), 401); // for another audience
    QCOMPARE(post(3), 401); // a key the set does not have (fetched again, at most once a minute)
    QCOMPARE(post(4), 401); // signed with another key under a known id
    QCOMPARE(post(0), 200); // the same jti again: a duplicate
    QVERIFY(processAll());
    QStringList reasons;
    for (const Delivery &d : deliveries()) {
        if (!d.verified)
            reasons.append(d.reason);
    }
    std::sort(reasons.begin(), reasons.end());
    QCOMPARE(reasons,
             (QStringList {QStringLiteral("invalid_claims"), QStringLiteral("signature_mismatch"),
                           QStringLiteral("unknown_key")}));
    const auto state = [&](qint64 id) {
        return connections.store().connection(id).value().state;
    };
    QCOMPARE(state(revoked), Connections::ConnectionState::Revoked);
    QCOMPARE(state(reauth), Connections::ConnectionState::ReauthRequired);
    QCOMPARE(state(untouched), Connections::ConnectionState::Healthy);
}

void TestWebhooks::cliEndToEnd()
{
    // The CLI with the real keychain: sources, `serve --webhooks-listen` with a certificate from files, the
    // delivery list, replay, and `webhooks verify`.
    m_engine.reset();
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QStringList base {QStringLiteral("--profile-dir"), profile};
    auto init = Test::runCli(base + QStringList {QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.describe().constData());
    const QString secretFile = dir.filePath(QStringLiteral("secret"));
    QFile secret(secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("github-secret-0123456789\n");
    secret.close();
    auto added
        = Test::runCli(base
                       + QStringList {QStringLiteral("webhooks"), QStringLiteral("sources"), QStringLiteral("add"),
                                      QStringLiteral("github"), QStringLiteral("--scheme"), QStringLiteral("github"),
                                      QStringLiteral("--secret-file"), secretFile});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    auto listed = Test::runCli(base
                               + QStringList {QStringLiteral("webhooks"), QStringLiteral("sources"),
                                              QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray sources = QJsonDocument::fromJson(listed.out).object().value(QLatin1String("sources")).toArray();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().toObject().value(QLatin1String("scheme")).toString(), QStringLiteral("github"));
    QVERIFY(!listed.out.contains("github-secret")); // fingerprints only

    const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    QFile cert(certFile), key(keyFile);
    QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
    cert.write(m_identity.chain.first().toPem());
    key.write(m_identity.key.toPem());
    cert.close();
    key.close();
    QProcess serve;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    serve.setProcessEnvironment(environment);
    serve.start(Test::cliPath(),
                base
                    + QStringList {QStringLiteral("serve"), QStringLiteral("--webhooks-listen"),
                                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), certFile,
                                   QStringLiteral("--tls-key"), keyFile});
    QVERIFY(serve.waitForStarted());
    QByteArray err;
    quint16 port = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += serve.readAllStandardError();
            const qsizetype at = err.indexOf("https://127.0.0.1:");
            if (at >= 0)
                port = err.mid(at + 18, err.indexOf('/', at + 18) - at - 18).toUShort();
            return port > 0 || serve.state() == QProcess::NotRunning;
        },
        20000));
    QVERIFY2(port > 0, err.constData());
    Client c(m_identity.chain);
    QVERIFY(c.connectTo(port));
    const QByteArray body = R"({"zen":"Design for failure."})";
    QCOMPARE(c.post("/webhooks/github", githubHeaders("github-secret-0123456789", body, "cli-1"), body)->status, 202);
    QCOMPARE(c.post("/webhooks/github", githubHeaders("github-secret-012345678", body, "cli-2"), body)->status, 401);

    QJsonArray list;
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto run = Test::runCli(
                base + QStringList {QStringLiteral("webhooks"), QStringLiteral("list"), QStringLiteral("--json")});
            list = QJsonDocument::fromJson(run.out).object().value(QLatin1String("deliveries")).toArray();
            return list.size() == 2
                && list.at(1).toObject().value(QLatin1String("state")).toString() == QLatin1String("ignored");
        },
        20000));
    const QJsonObject rejected = list.at(0).toObject();
    QCOMPARE(rejected.value(QLatin1String("verified")).toBool(), false);
    QCOMPARE(rejected.value(QLatin1String("reason")).toString(), QStringLiteral("signature_mismatch"));
    QCOMPARE(rejected.value(QLatin1String("state")).toString(), QStringLiteral("rejected"));
    for (const char *field : {"id", "source", "verified", "state", "reason"})
        QVERIFY2(rejected.contains(QLatin1String(field)), field);
    const QString acceptedId = QString::number(list.at(1).toObject().value(QLatin1String("id")).toInteger());
    auto replay = Test::runCli(base + QStringList {QStringLiteral("webhooks"), QStringLiteral("replay"), acceptedId});
    QVERIFY2(replay.exitCode == 0, replay.describe().constData());
    QVERIFY(QTest::qWaitFor(
        [&] {
            auto run
                = Test::runCli(base + QStringList {QStringLiteral("webhooks"), QStringLiteral("show"), acceptedId});
            const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
            return shown.value(QLatin1String("replays")).toInt() == 1
                && shown.value(QLatin1String("state")).toString() == QLatin1String("ignored");
        },
        20000));
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);

    // The receiver's settings stored in the profile (what the console uses too): `serve` without --webhooks-listen
    // starts it from them.
    const QStringList receiver {QStringLiteral("webhooks"), QStringLiteral("receiver")};
    auto shown = Test::runCli(base + receiver + QStringList {QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("enabled")).toBool(true), false);
    auto malformed = Test::runCli(
        base + receiver + QStringList {QStringLiteral("set"), QStringLiteral("--listen"), QStringLiteral("8443")});
    QCOMPARE(malformed.exitCode, 2);
    QVERIFY2(malformed.err.contains("ADDRESS:PORT"), malformed.describe().constData());
    auto unreadable
        = Test::runCli(base + receiver
                       + QStringList {QStringLiteral("set"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("missing.pem")),
                                      QStringLiteral("--tls-key"), keyFile});
    QVERIFY2(unreadable.exitCode != 0 && unreadable.err.contains("missing.pem"), unreadable.describe().constData());
    auto set
        = Test::runCli(base + receiver
                       + QStringList {QStringLiteral("set"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                      QStringLiteral("--tls-cert"), certFile, QStringLiteral("--tls-key"), keyFile});
    QVERIFY2(set.exitCode == 0, set.describe().constData());
    shown = Test::runCli(base + receiver + QStringList {QStringLiteral("show"), QStringLiteral("--json")});
    const QJsonObject stored = QJsonDocument::fromJson(shown.out).object();
    QCOMPARE(stored.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(stored.value(QLatin1String("tls_cert")).toString(), certFile);
    QVERIFY(!shown.out.contains("PRIVATE KEY")); // the key stays in its file
    QProcess storedServe;
    storedServe.start(Test::cliPath(), base + QStringList {QStringLiteral("serve")});
    QVERIFY(storedServe.waitForStarted());
    err.clear();
    port = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            err += storedServe.readAllStandardError();
            const qsizetype at = err.indexOf("https://127.0.0.1:");
            if (at >= 0)
                port = err.mid(at + 18, err.indexOf('/', at + 18) - at - 18).toUShort();
            return port > 0 || storedServe.state() == QProcess::NotRunning;
        },
        20000));
    QVERIFY2(port > 0, err.constData());
    QVERIFY2(err.contains(m_identity.fingerprint().toLatin1()), err.constData());
    Client again(m_identity.chain);
    QVERIFY(again.connectTo(port));
    const QByteArray another = R"({"zen":"Approachable is better than simple."})";
    QCOMPARE(
        again.post("/webhooks/github", githubHeaders("github-secret-0123456789", another, "cli-3"), another)->status,
        202);
    auto disabled = Test::runCli(base + receiver + QStringList {QStringLiteral("disable")});
    QVERIFY2(disabled.exitCode == 0 && disabled.out.contains("off"), disabled.describe().constData());
    storedServe.terminate();
    QVERIFY(storedServe.waitForFinished(30000));
    QCOMPARE(storedServe.exitCode(), 0);
    auto audit
        = Test::runCli(base + QStringList {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json")});
    QCOMPARE(audit.out.count("webhook.receiver.configure"), 2);

    // webhooks verify: exit 0 when valid, 1 when not, with the reason.
    const QString bodyFile = dir.filePath(QStringLiteral("body.json"));
    QFile bodyOut(bodyFile);
    QVERIFY(bodyOut.open(QIODevice::WriteOnly));
    bodyOut.write(body);
    bodyOut.close();
    const QStringList verify {QStringLiteral("webhooks"),      QStringLiteral("verify"),
                              QStringLiteral("--scheme"),      QStringLiteral("github"),
                              QStringLiteral("--secret-file"), secretFile,
                              QStringLiteral("--body-file"),   bodyFile};
    auto valid
        = Test::runCli(verify
                       + QStringList {QStringLiteral("--header"),
                                      QStringLiteral("X-Hub-Signature-256: ")
                                          + QString::fromLatin1(githubSignature("github-secret-0123456789", body))});
    QCOMPARE(valid.exitCode, 0);
    auto invalid = Test::runCli(verify
                                + QStringList {QStringLiteral("--json"), QStringLiteral("--header"),
                                               QStringLiteral("X-Hub-Signature-256: ")
                                                   + QString::fromLatin1(githubSignature("other-secret", body))});
    QCOMPARE(invalid.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(invalid.out).object().value(QLatin1String("reason")).toString(),
             QStringLiteral("signature_mismatch"));
    // The secret is nowhere in the profile directory.
    for (const QString &file : QDir(profile).entryList(QDir::Files))
        QVERIFY2(!Test::fileContains(QDir(profile).filePath(file), "github-secret-0123456789"), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"

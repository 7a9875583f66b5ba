// Webhook receiver throughput and latency (issue 6): Keyward's HTTPS receiver (WebhookServer, recording every
// delivery in the SQLCipher profile before it answers, with the processing workers running as under `serve`)
// against a Node receiver built on @octokit/webhooks-methods (tests/peers/webhook-receiver.mjs), both driven by the
// same load generator (webhook_load: OpenSSL, keep-alive connections) with GitHub deliveries of about 1 KiB.
//
//   bench_webhooks [--seconds 10] [--connections 8] [--rate 1000] [--runs 1]
//
// Goals: at least 5,000 verified deliveries/s (closed loop), p99 at most 10 ms at 1,000/s (open loop, latency from
// each request's scheduled time). Node's figures are the peer; the ratio is Keyward / Node.
#include "support/OidcPeer.h"
#include "support/TestProfile.h"
#include "webhooks/WebhookServer.h"
#include "webhooks/WebhookService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Keyward;

namespace {

const QByteArray kSecret = "bench-webhook-secret-0123456789";

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_webhooks: %s\n", qPrintable(message));
    std::exit(1);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

/// 16 GitHub push-like deliveries of about 1 KiB, signed. webhook_load adds a unique delivery id header to each
/// request and puts the same value into the body's placeholder, signing it again (--github-secret): Keyward's
/// replay protection keys on the body for GitHub, whose delivery id is not signed.
QByteArray requestFile()
{
    QByteArray out;
    for (int i = 0; i < 16; ++i) {
        QJsonObject body {
            {QLatin1String("ref"), QStringLiteral("refs/heads/main")},
            {QLatin1String("delivery"), QStringLiteral("UNIQUE-DELIVERY-PLACEHOLDER-0000000000000")},
            {QLatin1String("before"), QString::fromLatin1(QByteArray(40, char('a' + i)))},
            {QLatin1String("after"), QString::fromLatin1(QByteArray(40, char('b' + i)))},
            {QLatin1String("repository"),
             QJsonObject {{QLatin1String("id"), 1296269 + i},
                          {QLatin1String("full_name"), QStringLiteral("octocat/Hello-World")},
                          {QLatin1String("description"), QString(600, u'x')}}},
            {QLatin1String("sender"),
             QJsonObject {{QLatin1String("login"), QStringLiteral("octocat")}, {QLatin1String("id"), 1}}}};
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const QByteArray signature
            = "sha256=" + QMessageAuthenticationCode::hash(json, kSecret, QCryptographicHash::Sha256).toHex();
        if (i > 0)
            out += "%%%\n";
        out += "POST /webhooks/github HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "X-GitHub-Event: push\r\nX-Hub-Signature-256: "
            + signature + "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json + "\n";
    }
    return out;
}

/// Runs a process to its end while this thread's event loop keeps serving (the receiver's engine thread).
QByteArray runLoad(const QStringList &arguments)
{
    QProcess load;
    load.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/webhook_load"));
    load.setArguments(arguments);
    QEventLoop loop;
    QObject::connect(&load, &QProcess::finished, &loop, &QEventLoop::quit);
    load.start();
    if (!load.waitForStarted(10'000))
        die(QStringLiteral("webhook_load did not start: %1").arg(load.errorString()));
    loop.exec();
    if (load.exitStatus() != QProcess::NormalExit || load.exitCode() != 0)
        die(QStringLiteral("webhook_load failed: %1").arg(QString::fromUtf8(load.readAllStandardError())));
    return load.readAllStandardOutput();
}

struct Figures
{
    double rps = 0;
    double p50 = 0, p99 = 0, max = 0;
    qint64 errors = 0;
    QString statuses;
};

Figures parse(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Figures f;
    f.rps = o.value(QLatin1String("rps")).toDouble();
    f.p50 = o.value(QLatin1String("p50_ms")).toDouble();
    f.p99 = o.value(QLatin1String("p99_ms")).toDouble();
    f.max = o.value(QLatin1String("max_ms")).toDouble();
    f.errors = o.value(QLatin1String("errors")).toInteger();
    f.statuses
        = QString::fromUtf8(QJsonDocument(o.value(QLatin1String("status")).toObject()).toJson(QJsonDocument::Compact));
    return f;
}

struct Target
{
    quint16 port;
    QString ca;
};

std::pair<Figures, Figures> measure(const Target &target, const QString &requests, const QString &secretFile,
                                    int seconds, int connections, int rate)
{
    const QStringList common {QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"),
                              QString::number(target.port),
                              QStringLiteral("--ca"),
                              target.ca,
                              QStringLiteral("--requests"),
                              requests,
                              QStringLiteral("--unique-header"),
                              QStringLiteral("X-GitHub-Delivery"),
                              QStringLiteral("--github-secret"),
                              secretFile,
                              QStringLiteral("--connections"),
                              QString::number(connections),
                              QStringLiteral("--seconds"),
                              QString::number(seconds),
                              QStringLiteral("--warmup"),
                              QStringLiteral("2")};
    const Figures closed = parse(runLoad(common));
    const Figures open = parse(runLoad(common + QStringList {QStringLiteral("--rate"), QString::number(rate)}));
    return {closed, open};
}

void print(const char *who, const Figures &closed, const Figures &open)
{
    std::printf("%-10s closed loop: %8.0f deliveries/s (p50 %.2f ms, p99 %.2f ms, errors %lld, %s)\n", who, closed.rps,
                closed.p50, closed.p99, static_cast<long long>(closed.errors), qPrintable(closed.statuses));
    std::printf("%-10s at fixed rate: %6.0f/s  p50 %.2f ms  p99 %.2f ms  max %.2f ms (errors %lld, %s)\n", who,
                open.rps, open.p50, open.p99, open.max, static_cast<long long>(open.errors), qPrintable(open.statuses));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per measurement (default 10)."),
                      QStringLiteral("S"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("connections"), QStringLiteral("Keep-alive connections (default 8)."),
                      QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Deliveries/s of the latency run (default 1000)."),
                      QStringLiteral("R"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("workers"),
                      QStringLiteral("Processing workers (default 4, as serve; 0: record only)."), QStringLiteral("N"),
                      QStringLiteral("4")});
    parser.addOption({QStringLiteral("no-node"), QStringLiteral("Skip the Node receiver.")});
    parser.process(app);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int connections = parser.value(QStringLiteral("connections")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();

    QTemporaryDir dir;
    auto identity = Webhooks::TlsIdentity::selfSigned();
    if (!identity.ok())
        die(identity.error().userMessage);
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString secretFile = dir.filePath(QStringLiteral("secret"));
    const QString requests = dir.filePath(QStringLiteral("requests.txt"));
    writeFile(cert, identity->chain.first().toPem());
    writeFile(key, identity->key.toPem());
    writeFile(secretFile, kSecret);
    writeFile(requests, requestFile());

    // Keyward: a real profile (in-memory secret store: the keychain is not on the delivery path), the receiver and
    // the processing workers, as `serve --webhooks-listen` runs them.
    Test::TestProfile profile;
    auto engine = profile.create();
    if (!engine)
        die(QStringLiteral("cannot create a profile"));
    Webhooks::SourceDraft draft;
    draft.name = QStringLiteral("github");
    draft.scheme = Webhooks::Scheme::GitHub;
    draft.ratePerSecond = 1'000'000;
    QByteArray secretCopy = kSecret;
    if (auto added = engine->webhooks().addSource(draft, SecureBytes::takeFrom(secretCopy)); !added.ok())
        die(added.error().userMessage);
    const int workers = parser.value(QStringLiteral("workers")).toInt();
    if (Status started = workers > 0 ? engine->startWorkers(workers) : Status {}; !started.ok())
        die(started.error().userMessage);
    Webhooks::ServerOptions options;
    options.identity = identity.value();
    options.globalRatePerSecond = 1'000'000;
    Webhooks::WebhookServer server(engine->webhooks(), options);
    if (Status listening = server.start(); !listening.ok())
        die(listening.error().userMessage);

    const auto [closed, open] = measure({server.port(), cert}, requests, secretFile, seconds, connections, rate);
    print("keyward", closed, open);
    // How far processing lagged behind: the time until every recorded delivery was processed.
    QElapsedTimer drain;
    drain.start();
    qint64 waiting = 0;
    for (;;) {
        auto count = engine->database().queryInt("SELECT count(*) FROM webhook_deliveries WHERE state = 'received'");
        waiting = count.ok() ? count.value() : -1;
        if (waiting <= 0 || drain.elapsed() > 300'000)
            break;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    auto recorded = engine->database().queryInt("SELECT count(*) FROM webhook_deliveries");
    std::printf("keyward    recorded %lld deliveries; processing caught up %lld ms after the load ended%s\n",
                static_cast<long long>(recorded.ok() ? recorded.value() : -1), static_cast<long long>(drain.elapsed()),
                waiting > 0 ? " (not finished)" : "");
    server.stop();
    engine->stopWorkers();

    if (parser.isSet(QStringLiteral("no-node")))
        return 0;
    QProcess node;
    node.setWorkingDirectory(Test::OidcPeer::peersDirectory());
    node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
               {QStringLiteral("webhook-receiver.mjs"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--cert"), cert, QStringLiteral("--key"), key, QStringLiteral("--secret-file"),
                secretFile});
    if (!node.waitForStarted(10'000) || !node.waitForReadyRead(30'000))
        die(QStringLiteral("webhook-receiver.mjs did not start: %1")
                .arg(QString::fromUtf8(node.readAllStandardError())));
    const QByteArray line = node.readLine().trimmed();
    if (!line.startsWith("LISTENING "))
        die(QStringLiteral("webhook-receiver.mjs said: %1").arg(QString::fromUtf8(line)));
    const auto [nodeClosed, nodeOpen] = measure({static_cast<quint16>(line.mid(10).toUInt()), cert}, requests,
                                                secretFile, seconds, connections, rate);
    node.terminate();
    node.waitForFinished(10'000);
    print("node", nodeClosed, nodeOpen);
    std::printf("ratio      keyward / node throughput: %.2fx; p99 at %d/s: keyward %.2f ms, node %.2f ms\n",
                closed.rps / nodeClosed.rps, rate, open.p99, nodeOpen.p99);
    return 0;
}

// The refresh engine under a burst: N grants (1,000) due at once against the local oidc-provider (tests/peers), all
// refreshed with the HttpClient's per-host bound (KEYWARD_MAX_PER_HOST, default 8), (a) by calling
// ConnectionService::refresh() for every connection at once and (b) by the job workers draining N due
// "token.refresh" jobs. In the same run, against the same server, a plain Node script makes the same refreshes with
// `fetch` at the same concurrency (refresh_baseline.mjs): the goal is at least 0.9x its grants/s. Reports the median
// of --runs runs (3) of each, and the engine's CPU time per refresh (getrusage RUSAGE_SELF, every thread of this
// process; the server is a child process and not counted) next to the server's own (from /proc).
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "support/OidcPeer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace Keyward;

namespace {

const QString kClientId = QStringLiteral("keyward-confidential");
const QByteArray kClientSecret = "keyward-confidential-secret";
const QString kScope = QStringLiteral("openid offline_access");

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_refresh: FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

/// User + system CPU time of every thread of this process, in ms.
double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0)
        + (static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
}

/// CPU time (ms) of this process's child `node` processes running oidc-server.mjs (the OidcPeer's server).
double serverCpuMs()
{
    const QString self = QString::number(getpid());
    const double tick = static_cast<double>(sysconf(_SC_CLK_TCK));
    double total = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (pid.toLongLong() <= 0)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("oidc-server.mjs"))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // After "pid (comm) ": state ppid ... utime (14th field) stime (15th).
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13 || QString::fromLatin1(fields.at(1)) != self)
            continue;
        total += (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / tick;
    }
    return total;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/// POST /__mint on the peer: `count` refresh tokens for keyward-confidential.
QList<QByteArray> mint(Test::OidcPeer &peer, const QString &account, int count)
{
    const QList<QByteArray> tokens = peer.mintRefreshTokens(kClientId, account, count, kScope, 60'000);
    check(tokens.size() == count,
          QStringLiteral("POST /__mint answered %1 tokens, not %2").arg(tokens.size()).arg(count));
    return tokens;
}

/// A fresh profile with the peer registered as an app and `count` connections whose tokens are all due now.
struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Engine::Engine> engine;
    QList<qint64> ids;
    qint64 dueByMs = 0;
};

void prepare(Setup &setup, Test::OidcPeer &peer, const QString &account, int count)
{
    auto store = std::make_shared<Secrets::MemorySecretStore>();
    const Engine::SecretStoreFactory factory = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
    const QString path = setup.dir.filePath(QStringLiteral("bench"));
    auto created = Engine::Engine::create({QStringLiteral("bench"), path}, factory, Engine::KeySource::Keychain,
                                          {QStringLiteral("bench"), QStringLiteral("benchhost")});
    check(created.ok(),
          QStringLiteral("create the profile: %1").arg(created.ok() ? QString() : created.error().detail));
    setup.engine = std::move(created.value());
    Connections::ConnectionService &service = setup.engine->connections();

    QFile ca(peer.caFile());
    check(ca.open(QIODevice::ReadOnly), QStringLiteral("read %1").arg(peer.caFile()));
    Connections::AppDraft draft;
    draft.name = QStringLiteral("peer");
    draft.discoveryUrl = peer.issuer();
    draft.clientId = kClientId;
    draft.clientSecret = SecureBytes(reinterpret_cast<const unsigned char *>(kClientSecret.constData()),
                                     static_cast<std::size_t>(kClientSecret.size()));
    draft.caPem = QString::fromLatin1(ca.readAll());
    std::optional<Result<Connections::ProviderApp>> added;
    QEventLoop loop;
    service.addApp(draft, [&](const Result<Connections::ProviderApp> &app) {
        added = app;
        loop.quit();
    });
    if (!added)
        loop.exec();
    check(added->ok(), QStringLiteral("add the app: %1").arg(added->ok() ? QString() : added->error().userMessage));
    const Connections::ProviderApp app = added->value();

    const QList<QByteArray> tokens = mint(peer, account, count);
    for (int i = 0; i < count; ++i) {
        OAuth::TokenResponse token;
        QByteArray access = "dummy-access-token-" + QByteArray::number(i);
        QByteArray refresh = tokens.at(i);
        token.accessToken = SecureBytes::takeFrom(access);
        token.refreshToken = SecureBytes::takeFrom(refresh);
        token.tokenType = QStringLiteral("Bearer");
        token.expiresInSeconds = 1; // due now: refreshDueMs() says half the lifetime, 500 ms
        token.scope = kScope;
        auto connection
            = service.addConnection(app, OAuth::Flow::AuthorizationCode, token,
                                    QStringLiteral("%1-%2").arg(account).arg(i), QString(), kScope.split(u' '));
        check(connection.ok(),
              QStringLiteral("add connection %1: %2")
                  .arg(i)
                  .arg(connection.ok() ? QString() : connection.error().detail));
        setup.ids.append(connection->id);
        setup.dueByMs = std::max(setup.dueByMs, connection->nextRefreshMs);
    }
}

/// Every connection healthy with exactly one rotation and one refresh.
void verify(Setup &setup, const char *mode)
{
    auto connections = setup.engine->connections().store().connections();
    check(connections.ok(), QStringLiteral("list the connections"));
    int bad = 0;
    for (const Connections::Connection &c : connections.value()) {
        if (c.state != Connections::ConnectionState::Healthy || c.rotationCount != 1 || c.refreshCount != 1) {
            if (++bad <= 5) {
                std::fprintf(stderr,
                             "bench_refresh: (%s) connection %lld: state %s, rotation_count %d, refresh_count %d, %s\n",
                             mode, static_cast<long long>(c.id), qPrintable(Connections::connectionStateName(c.state)),
                             c.rotationCount, c.refreshCount, qPrintable(c.lastError));
            }
        }
    }
    check(bad == 0 && connections->size() == setup.ids.size(),
          QStringLiteral("(%1) %2 of %3 connections did not end healthy with rotation_count 1")
              .arg(QLatin1String(mode))
              .arg(bad)
              .arg(connections->size()));
}

struct Figures
{
    double wallS = 0;
    double perS = 0;
    double cpuMsPerRefresh = 0;
    double serverCpuMsPerRefresh = 0;
};

void print(const char *label, int run, const Figures &f)
{
    std::printf("  %-22s run %d: %7.3f s  %7.1f grants/s  client CPU %6.3f ms/refresh  server CPU %6.3f ms/refresh\n",
                label, run, f.wallS, f.perS, f.cpuMsPerRefresh, f.serverCpuMsPerRefresh);
    std::fflush(stdout);
}

/// (a) refresh() for every connection at once; waits for every callback.
Figures directRefresh(Test::OidcPeer &peer, const QString &account, int count)
{
    Setup setup;
    prepare(setup, peer, account, count);
    Connections::ConnectionService &service = setup.engine->connections();
    int done = 0;
    int failed = 0;
    QString firstError;
    QEventLoop loop;
    const double cpuBefore = processCpuMs();
    const double serverBefore = serverCpuMs();
    QElapsedTimer timer;
    timer.start();
    for (const qint64 id : std::as_const(setup.ids)) {
        service.refresh(id, [&](const Result<Connections::Connection> &result) {
            if (!result.ok() && failed++ == 0)
                firstError = result.error().userMessage;
            if (++done == count)
                loop.quit();
        });
    }
    if (done < count)
        loop.exec();
    Figures f;
    f.wallS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    f.cpuMsPerRefresh = (processCpuMs() - cpuBefore) / count;
    f.serverCpuMsPerRefresh = (serverCpuMs() - serverBefore) / count;
    f.perS = count / f.wallS;
    check(failed == 0, QStringLiteral("(a) %1 refreshes failed; the first: %2").arg(failed).arg(firstError));
    verify(setup, "a");
    return f;
}

/// (b) `workers` job workers drain the N due token.refresh jobs.
Figures jobRefresh(Test::OidcPeer &peer, const QString &account, int count, int workers)
{
    Setup setup;
    prepare(setup, peer, account, count);
    Storage::Database &db = setup.engine->database();
    auto select = db.prepare("SELECT id FROM jobs WHERE type = 'token.refresh' AND state IN ('pending', 'scheduled')");
    check(select.ok(), QStringLiteral("select the refresh jobs"));
    auto jobIds = select->collect<qint64>([](const Storage::Statement &row) { return row.int64(0); });
    check(jobIds.ok() && jobIds->size() == count,
          QStringLiteral("(b) %1 refresh jobs scheduled, not %2").arg(jobIds.ok() ? jobIds->size() : -1).arg(count));
    QSet<qint64> waiting(jobIds->begin(), jobIds->end());
    // Every job due before the clock starts: the figure is the workers' throughput, not the schedule.
    const qint64 wait = setup.dueByMs + 20 - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0) {
        QEventLoop pause;
        QTimer::singleShot(static_cast<int>(wait), &pause, &QEventLoop::quit);
        pause.exec();
    }
    int failed = 0;
    QEventLoop loop;
    const double cpuBefore = processCpuMs();
    const double serverBefore = serverCpuMs();
    QElapsedTimer timer;
    timer.start();
    check(setup.engine->startWorkers(workers).ok(), QStringLiteral("start the workers"));
    QObject::connect(setup.engine->runner(), &Jobs::JobRunner::jobFinished, &loop,
                     [&](qint64 id, Jobs::JobState state) {
                         if (!waiting.remove(id))
                             return;
                         if (state != Jobs::JobState::Done)
                             ++failed;
                         if (waiting.isEmpty())
                             loop.quit();
                     });
    QTimer guard;
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(300'000);
    loop.exec();
    Figures f;
    f.wallS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    f.cpuMsPerRefresh = (processCpuMs() - cpuBefore) / count;
    f.serverCpuMsPerRefresh = (serverCpuMs() - serverBefore) / count;
    f.perS = count / f.wallS;
    setup.engine->stopWorkers();
    check(waiting.isEmpty(), QStringLiteral("(b) %1 refresh jobs did not finish within 300 s").arg(waiting.size()));
    check(failed == 0, QStringLiteral("(b) %1 refresh jobs did not end done").arg(failed));
    verify(setup, "b");
    return f;
}

/// refresh_baseline.mjs against the same server, at the same concurrency.
Figures baseline(Test::OidcPeer &peer, const QString &account, int count, int concurrency)
{
    // tests/bench next to tests/peers in the source tree.
    const QString script
        = QDir(Test::OidcPeer::peersDirectory()).absoluteFilePath(QStringLiteral("../bench/refresh_baseline.mjs"));
    check(QFile::exists(script), QStringLiteral("%1 is missing").arg(script));
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), peer.caFile());
    node.setProcessEnvironment(environment);
    const double serverBefore = serverCpuMs();
    node.start(QStandardPaths::findExecutable(QStringLiteral("node")),
               {QDir::cleanPath(script), QStringLiteral("--issuer"), peer.issuer(), QStringLiteral("--count"),
                QString::number(count), QStringLiteral("--concurrency"), QString::number(concurrency),
                QStringLiteral("--account"), account});
    check(node.waitForStarted(30'000), QStringLiteral("node did not start: %1").arg(node.errorString()));
    check(node.waitForFinished(300'000), QStringLiteral("refresh_baseline.mjs did not finish in 300 s"));
    const QByteArray out = node.readAllStandardOutput();
    const QByteArray err = node.readAllStandardError();
    check(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
          QStringLiteral("refresh_baseline.mjs failed (exit %1): %2 %3")
              .arg(node.exitCode())
              .arg(QString::fromUtf8(out), QString::fromUtf8(err)));
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed()).object();
    Figures f;
    f.wallS = result.value(QLatin1String("wall_s")).toDouble();
    f.perS = result.value(QLatin1String("grants_per_s")).toDouble();
    f.cpuMsPerRefresh = result.value(QLatin1String("cpu_ms_per_refresh")).toDouble();
    // Minting is counted here too, but it is small next to the refreshes (no signature, no TLS handshake).
    f.serverCpuMsPerRefresh = (serverCpuMs() - serverBefore) / count;
    check(f.perS > 0, QStringLiteral("refresh_baseline.mjs printed no figures: %1").arg(QString::fromUtf8(out)));
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false\nqt.network.ssl.warning=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("N grants due at once against the local oidc-provider."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Grants per run."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement (median)."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), QStringLiteral("Job workers for mode b."),
                                           QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("a (refresh() all at once), b (job workers) or ab."),
                                        QStringLiteral("MODE"), QStringLiteral("ab"));
    const QCommandLineOption noBaselineOption(QStringLiteral("no-baseline"),
                                              QStringLiteral("Skip refresh_baseline.mjs."));
    parser.addOptions({countOption, runsOption, workersOption, modeOption, noBaselineOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int workers = parser.value(workersOption).toInt();
    const QString mode = parser.value(modeOption);
    check(count > 0, QStringLiteral("--count must be positive"));

    // The same bound the ConnectionService reads: KEYWARD_MAX_PER_HOST, default 8.
    const int perHost = qEnvironmentVariableIntValue("KEYWARD_MAX_PER_HOST") > 0
        ? qEnvironmentVariableIntValue("KEYWARD_MAX_PER_HOST")
        : 8;

    QString why;
    check(Test::OidcPeer::available(&why), QStringLiteral("the OAuth test server cannot run: %1").arg(why));
    Test::OidcPeer peer;
    check(peer.start(&why), QStringLiteral("the OAuth test server did not start: %1").arg(why));

    std::printf("bench_refresh: %d grants due at once, max %d requests per host (KEYWARD_MAX_PER_HOST), %d runs, "
                "server %s\n",
                count, perHost, runs, qPrintable(peer.issuer()));
    std::vector<Figures> a, b, base;
    for (int run = 1; run <= runs; ++run) {
        if (mode.contains(u'a')) {
            a.push_back(directRefresh(peer, QStringLiteral("engine-a-%1").arg(run), count));
            print("(a) refresh() x N", run, a.back());
        }
        if (mode.contains(u'b')) {
            b.push_back(jobRefresh(peer, QStringLiteral("engine-b-%1").arg(run), count, workers));
            print(qPrintable(QStringLiteral("(b) %1 job workers").arg(workers)), run, b.back());
        }
        if (!parser.isSet(noBaselineOption)) {
            base.push_back(baseline(peer, QStringLiteral("baseline-%1").arg(run), count, perHost));
            print("node fetch baseline", run, base.back());
        }
    }

    std::vector<double> baseRates;
    for (const Figures &f : base)
        baseRates.push_back(f.perS);
    const double baseRate = median(baseRates);
    auto summary = [&](const char *label, const std::vector<Figures> &figures, bool compare) {
        if (figures.empty())
            return;
        std::vector<double> wall, perS, cpu, server;
        for (const Figures &f : figures) {
            wall.push_back(f.wallS);
            perS.push_back(f.perS);
            cpu.push_back(f.cpuMsPerRefresh);
            server.push_back(f.serverCpuMsPerRefresh);
        }
        std::printf("%-22s median: %7.3f s  %7.1f grants/s  client CPU %6.3f ms/refresh  server CPU %6.3f ms/refresh",
                    label, median(wall), median(perS), median(cpu), median(server));
        if (compare && baseRate > 0)
            std::printf("  = %.2fx baseline", median(perS) / baseRate);
        std::printf("\n");
    };
    std::printf("\n");
    summary("(a) refresh() x N", a, true);
    summary(qPrintable(QStringLiteral("(b) %1 job workers").arg(workers)), b, true);
    summary("node fetch baseline", base, false);
    std::printf("goal: engine >= 0.90x the baseline's grants/s at the same concurrency (%d)\n", perHost);
    return 0;
}

// The token inventory of 100,000 connections as PDF (target: at most 10 s and at most 300 MB resident). Seeds a
// profile (5 apps, realistic subjects and scopes, a spread of states), then per run writes the inventory as PDF,
// CSV and JSON to files, timing each; in the same run the floor: the inventory's own SELECT stepped through on the
// engine's connection, and building the report in memory without writing it. Prints medians of --runs runs and
// the peak resident memory (VmHWM) after the PDF runs.
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportService.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Keyward;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_reports: FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.simplified().split(' ').value(1).toDouble() / 1024.0;
    }
    return -1;
}

const char *const kScopes[] = {"openid email profile",
                               "openid email https://www.googleapis.com/auth/drive.readonly",
                               "openid offline_access User.Read Mail.Read",
                               "repo read:org",
                               "channels:read chat:write",
                               "api refresh_token",
                               "https://mail.google.com/"};
const char *const kStates[] = {"healthy", "healthy", "healthy", "healthy",  "healthy",
                               "healthy", "healthy", "healthy", "retrying", "reauthorization_required",
                               "revoked"};

void seed(Engine::Engine &engine, int count)
{
    Storage::Database &db = engine.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QRandomGenerator random(20261128);
    const Status seeded = db.transaction([&]() -> Status {
        for (int a = 1; a <= 5; ++a) {
            Connections::ProviderApp app;
            app.name = QStringLiteral("App %1").arg(a);
            app.catalogId = QStringLiteral("generic-oauth2");
            app.provider.id = app.catalogId;
            app.provider.name = app.name;
            app.provider.authorizationUrl = QStringLiteral("https://login.example.com/authorize");
            app.provider.tokenUrl = QStringLiteral("https://login.example.com/token");
            app.clientId = QStringLiteral("bench-client");
            app.hasSecret = true;
            app.secretSetMs = now;
            app.redirectUri = QStringLiteral("http://127.0.0.1/callback");
            app.createdMs = now;
            auto id = engine.connections().store().insertApp(app);
            KW_TRY(id);
            if (id.value() != a)
                return Error {ErrorCode::Failure, QStringLiteral("unexpected app id")};
        }
        auto insert = db.prepare(
            "INSERT INTO connections (id, app_id, subject, display_name, flow, scopes, state, reason, token_type, "
            "created_at, issued_at, expires_at, last_refresh_at, last_refresh_result, last_error, rotation_count, "
            "refresh_count) VALUES (?1, ?2, ?3, '', 'auth-code', ?4, ?5, '', 'Bearer', ?6, ?7, ?8, ?7, 'ok', '', 0, "
            "0)");
        KW_TRY(insert);
        for (int i = 1; i <= count; ++i) {
            const qint64 issued = now - static_cast<qint64>(random.bounded(3600)) * 1000;
            insert->reset();
            insert->bind(1, qint64(i))
                .bind(2, qint64(1 + random.bounded(5)))
                .bind(3, QStringLiteral("user%1@example%2.com").arg(i).arg(i % 97))
                .bind(4, QString::fromLatin1(kScopes[random.bounded(int(std::size(kScopes)))]))
                .bind(5, QString::fromLatin1(kStates[random.bounded(int(std::size(kStates)))]))
                .bind(6, now - static_cast<qint64>(random.bounded(365)) * 86'400'000)
                .bind(7, issued)
                .bind(8, issued + 3600'000);
            KW_TRY(insert->run());
        }
        return {};
    });
    if (!seeded.ok())
        fail(QStringLiteral("seed: %1 %2").arg(seeded.error().userMessage, seeded.error().detail));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    Reports::installPdfWriter();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("connections"), QStringLiteral("Connections to seed."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({countOption, runsOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    auto store = std::make_shared<Secrets::MemorySecretStore>();
    const Engine::SecretStoreFactory secrets = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
    const Storage::ProfileLocation location(QStringLiteral("bench"), dir.filePath(QStringLiteral("profile")));
    auto created = Engine::Engine::create(location, secrets, Engine::KeySource::Keychain,
                                          {QStringLiteral("bench"), QStringLiteral("benchhost")});
    if (!created.ok())
        fail(QStringLiteral("create the profile"));
    Engine::Engine &engine = *created.value();
    QElapsedTimer timer;
    timer.start();
    seed(engine, count);
    std::printf("seeded %d connections in %.1f s; resident %.0f MB\n", count, timer.nsecsElapsed() / 1e9,
                statusMb("VmRSS:"));

    Reports::ReportRequest request;
    request.type = Reports::ReportType::Inventory;
    request.to = QDateTime::currentDateTimeUtc();
    request.from = request.to.addDays(-30);

    std::vector<double> selectMs, buildMs;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto all = engine.connections().store().connections();
        if (!all.ok() || all->size() != count)
            fail(QStringLiteral("the floor SELECT"));
        selectMs.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        auto built = Reports::ReportBuilder(engine, QDateTime::currentMSecsSinceEpoch()).build(request);
        if (!built.ok() || built->rowCount() != count)
            fail(QStringLiteral("building the report"));
        buildMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("floor: the connections read from the store %.0f ms; the report built in memory %.0f ms\n",
                median(selectMs), median(buildMs));

    const double rssBefore = statusMb("VmRSS:");
    for (Reports::Format format : {Reports::Format::Pdf, Reports::Format::Csv, Reports::Format::Json}) {
        std::vector<double> seconds;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            const QString path = dir.filePath(QStringLiteral("inventory.") + Reports::formatName(format));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                fail(path);
            timer.restart();
            auto generated = Reports::ReportService(engine).generate(request, format, file, path);
            if (!generated.ok() || !file.commit())
                fail(QStringLiteral("generate %1: %2")
                         .arg(Reports::formatName(format), generated.ok() ? QString() : generated.error().userMessage));
            seconds.push_back(timer.nsecsElapsed() / 1e9);
            bytes = QFileInfo(path).size();
        }
        std::printf("%-4s inventory of %d connections: median %.2f s (runs: %d), file %.1f MB; peak resident so far "
                    "%.0f MB (%.0f MB before the reports)\n",
                    qPrintable(Reports::formatName(format).toUpper()), count, median(seconds), runs,
                    bytes / (1024.0 * 1024.0), statusMb("VmHWM:"), rssBefore);
    }
    engine.close().ok();
    return 0;
}

// Compliance reports against known data: each report's facts and tables, the CSV and JSON read back, the PDF's
// text read back with pdftotext (and pages rendered with pdftoppm into $KEYWARD_SCREENSHOT_DIR to look at), the
// audit event naming the file's SHA-256, cancellation, and schedules that write into a folder.

#include "audit/AuditSearch.h"
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "jobs/JobRegistry.h"
#include "oauth/ProviderCatalog.h"
#include "reports/BroadScopes.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Reports;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// The CSV blocks of a report: "meta" (field → value) and each table's header and rows.
struct ParsedCsv
{
    QMap<QString, QString> fields;
    QMap<QString, QList<QStringList>> tables; ///< id → header row, then the rows
};

QStringList csvCells(const QString &line)
{
    // Every cell is quoted by the writer; quotes inside are doubled.
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

ParsedCsv parseCsv(const QByteArray &bytes)
{
    ParsedCsv parsed;
    const QStringList blocks = QString::fromUtf8(bytes).split(QStringLiteral("\r\n\r\n"));
    for (const QString &block : blocks) {
        const QStringList lines = block.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        if (lines.isEmpty())
            continue;
        const QStringList first = csvCells(lines.first());
        if (first.value(0) == QLatin1String("table")) {
            QList<QStringList> rows;
            for (qsizetype i = 1; i < lines.size(); ++i)
                rows << csvCells(lines.at(i));
            parsed.tables.insert(first.value(1), rows);
        } else {
            for (const QString &line : lines) {
                const QStringList cells = csvCells(line);
                parsed.fields.insert(cells.value(0), cells.value(1));
            }
        }
    }
    return parsed;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inventoryInEveryFormat();
    void pdfReadsBack();
    void accessReviewFlagsBroadScopes();
    void rotationAgeFlagsOverdueSecrets();
    void failuresOfThePeriod();
    void integrityAttestsTheChain();
    void generationIsAuditedWithTheFileHash();
    void aFileThatCannotBeWrittenIsAFailureOnRecord();
    void cancellingWritesNothing();
    void schedulesWriteIntoAFolder();

private:
    /// Two apps (one secret set 200 days ago) and `count` connections: every fifth needs reauthorization, every
    /// seventh holds Gmail's full scope.
    void plant(int count);
    QByteArray generate(ReportType type, Format format, ReportRequest request = {});

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    QTemporaryDir m_dir;
};

void TestReports::initTestCase()
{
    installPdfWriter();
}

void TestReports::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
}

void TestReports::cleanup()
{
    if (m_engine)
        m_engine->close().ok();
    m_engine.reset();
    m_profile.reset();
}

void TestReports::plant(int count)
{
    auto &store = m_engine->connections().store();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> apps;
    for (const char *name : {"Workspace", "Partner"}) {
        Connections::ProviderApp app;
        app.name = QString::fromLatin1(name);
        app.catalogId = QStringLiteral("google");
        app.provider = *OAuth::ProviderCatalog::builtIn().find(QStringLiteral("google"));
        app.clientId = QStringLiteral("client-%1").arg(QLatin1String(name));
        app.hasSecret = true;
        app.secretSetMs = apps.isEmpty() ? now - 200 * kDayMs : now - 10 * kDayMs;
        app.createdMs = now - 300 * kDayMs;
        TRY_VALUE(id, store.insertApp(app));
        apps << id;
    }
    for (int i = 1; i <= count; ++i) {
        Connections::Connection c;
        c.appId = apps.at(i % 2);
        c.subject = QStringLiteral("user%1@example.com").arg(i);
        c.scopes = i % 7 == 0 ? QStringList {QStringLiteral("openid"), QStringLiteral("https://mail.google.com/")}
                              : QStringList {QStringLiteral("openid"), QStringLiteral("email")};
        c.state = i % 5 == 0 ? Connections::ConnectionState::ReauthRequired : Connections::ConnectionState::Healthy;
        c.createdMs = now - i * 3600'000LL;
        c.issuedMs = now - 600'000;
        c.expiresMs = now + 3000'000;
        c.lastRefreshMs = c.issuedMs;
        TRY_VALUE(id, store.insertConnection(c));
        Q_UNUSED(id);
    }
    // Token times are written when tokens are stored; these connections have none, so set them as a refresh would.
    auto times
        = m_engine->database().prepare("UPDATE connections SET issued_at = ?1, last_refresh_at = ?1, expires_at = ?2");
    QVERIFY(times.ok());
    times->bind(1, now - 600'000).bind(2, now + 3000'000);
    VERIFY_OK(times->run());
}

QByteArray TestReports::generate(ReportType type, Format format, ReportRequest request)
{
    request.type = type;
    if (!request.to.isValid())
        request.to = QDateTime::currentDateTimeUtc().addSecs(60);
    if (!request.from.isValid())
        request.from = request.to.addDays(-30);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto generated = ReportService(*m_engine).generate(request, format, buffer, QStringLiteral("memory"));
    if (!generated.ok()) {
        qWarning() << generated.error().userMessage << generated.error().detail;
        return {};
    }
    return buffer.data();
}

void TestReports::inventoryInEveryFormat()
{
    plant(40);
    const ParsedCsv csv = parseCsv(generate(ReportType::Inventory, Format::Csv));
    QCOMPARE(csv.fields.value(QStringLiteral("report")), QStringLiteral("inventory"));
    QCOMPARE(csv.fields.value(QStringLiteral("profile")), m_engine->location().name());
    QCOMPARE(csv.fields.value(QStringLiteral("Connections")), QStringLiteral("40"));
    QCOMPARE(csv.fields.value(QStringLiteral("audit_head_hash")).size(), 64);
    const QList<QStringList> rows = csv.tables.value(QStringLiteral("connections"));
    QCOMPARE(rows.size(), 1 + 40);
    QCOMPARE(rows.first(),
             (QStringList {QStringLiteral("flagged"), QStringLiteral("id"), QStringLiteral("app"),
                           QStringLiteral("subject"), QStringLiteral("scopes"), QStringLiteral("created"),
                           QStringLiteral("last_refreshed"), QStringLiteral("expires"), QStringLiteral("health")}));
    int flagged = 0;
    for (const QStringList &row : rows.mid(1)) {
        const int n = row.at(3).section(u'@', 0, 0).mid(4).toInt(); // user<n>@example.com
        QCOMPARE(row.at(2), n % 2 ? QStringLiteral("Partner") : QStringLiteral("Workspace"));
        QCOMPARE(row.at(0), n % 5 == 0 ? QStringLiteral("yes") : QStringLiteral("no"));
        flagged += row.at(0) == QLatin1String("yes");
        QVERIFY2(QDateTime::fromString(row.at(7), Qt::ISODate).isValid(), qPrintable(row.join(u'|')));
    }
    QCOMPARE(flagged, 8);

    const QJsonObject json = QJsonDocument::fromJson(generate(ReportType::Inventory, Format::Json)).object();
    QCOMPARE(json.value(QLatin1String("report")).toString(), QStringLiteral("inventory"));
    const QJsonArray tables = json.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 1);
    const QJsonArray jsonRows = tables.at(0).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(jsonRows.size(), 40);
    const QJsonObject first = jsonRows.at(0).toObject();
    QVERIFY(first.value(QLatin1String("subject")).toString().endsWith(QLatin1String("@example.com")));
    QVERIFY(first.contains(QLatin1String("flagged")));
    QCOMPARE(json.value(QLatin1String("audit_head")).toObject().value(QLatin1String("hash")).toString().size(), 64);
}

void TestReports::pdfReadsBack()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed: scripts/install-deps.sh installs it");
    plant(120);
    const QByteArray pdf = generate(ReportType::Inventory, Format::Pdf);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("inventory.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess text;
    text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    QCOMPARE(text.exitCode(), 0);
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    // The title page: title, profile, author, the audit head hash.
    QVERIFY2(out.contains(QStringLiteral("Token inventory")), qPrintable(out.left(2000)));
    QVERIFY(out.contains(m_engine->location().name()));
    TRY_VALUE(head, m_engine->audit().head());
    // The report's own audit event came after it was written: the head it names is the one before.
    Audit::AuditSearch search(m_engine->database());
    TRY_VALUE(before, search.page({}, head.seq, 1));
    QVERIFY2(out.contains(QString::fromLatin1(before.first().hash.toHex())), qPrintable(out.left(3000)));
    // Every connection is in, and the pages are numbered.
    for (int i : {1, 60, 120})
        QVERIFY2(out.contains(QStringLiteral("user%1@example.com").arg(i)), qPrintable(QString::number(i)));
    const int pages = out.count(QChar(u'\f')) + (out.endsWith(u'\f') ? 0 : 1);
    QVERIFY(pages >= 3);
    QVERIFY2(out.contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(out.right(500)));
    QVERIFY(out.contains(QStringLiteral("Page %1 of %1").arg(pages)));

    // Pages rendered, to be looked at.
    const QString shots = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!shots.isEmpty() && !pdftoppm.isEmpty()) {
        QProcess render;
        render.start(pdftoppm,
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-l"),
                      QStringLiteral("2"), path, QDir(shots).filePath(QStringLiteral("report-inventory"))});
        QVERIFY(render.waitForFinished(30'000));
    }
}

void TestReports::accessReviewFlagsBroadScopes()
{
    QVERIFY(!broadScopeReason(QStringLiteral("https://mail.google.com/")).isEmpty());
    QVERIFY(!broadScopeReason(QStringLiteral("Files.ReadWrite.All")).isEmpty());
    QVERIFY(!broadScopeReason(QStringLiteral("repo")).isEmpty());
    QVERIFY(!broadScopeReason(QStringLiteral("admin:org")).isEmpty());
    QVERIFY(broadScopeReason(QStringLiteral("openid")).isEmpty());
    QVERIFY(broadScopeReason(QStringLiteral("read:user")).isEmpty());
    QVERIFY(broadScopeReason(QStringLiteral("User.Read")).isEmpty());

    plant(21);
    const QJsonObject json = QJsonDocument::fromJson(generate(ReportType::AccessReview, Format::Json)).object();
    QMap<QString, QJsonArray> tables;
    for (const QJsonValue &table : json.value(QLatin1String("tables")).toArray())
        tables.insert(table.toObject().value(QLatin1String("id")).toString(),
                      table.toObject().value(QLatin1String("rows")).toArray());
    QCOMPARE(tables.keys(),
             (QStringList {QStringLiteral("api_tokens"), QStringLiteral("connection_scopes"), QStringLiteral("roles"),
                           QStringLiteral("users")}));
    QCOMPARE(tables.value(QStringLiteral("roles")).size(), 4);
    const QJsonArray scopes = tables.value(QStringLiteral("connection_scopes"));
    QCOMPARE(scopes.size(), 21);
    int broad = 0;
    for (const QJsonValue &row : scopes) {
        const QJsonObject r = row.toObject();
        const bool gmail = r.value(QLatin1String("scopes")).toString().contains(QLatin1String("mail.google.com"));
        QCOMPARE(r.value(QLatin1String("flagged")).toBool(), gmail);
        broad += gmail;
        if (gmail)
            QVERIFY(r.value(QLatin1String("broad_scopes")).toString().contains(QLatin1String("all mail")));
    }
    QCOMPARE(broad, 3); // 7, 14, 21
}

void TestReports::rotationAgeFlagsOverdueSecrets()
{
    plant(1);
    ReportRequest request;
    request.maxAgeDays = 90;
    const ParsedCsv csv = parseCsv(generate(ReportType::RotationAge, Format::Csv, request));
    const QList<QStringList> rows = csv.tables.value(QStringLiteral("secrets"));
    // Two client secrets, the database and checkpoint keys (no token key yet: none is made before the first token).
    QCOMPARE(rows.size(), 1 + 4);
    QMap<QString, QStringList> byName;
    for (const QStringList &row : rows.mid(1))
        byName.insert(row.at(1) + u'/' + row.at(2), row);
    const QStringList old = byName.value(QStringLiteral("Client secret/Workspace"));
    QCOMPARE(old.value(0), QStringLiteral("yes"));
    QCOMPARE(old.value(4), QStringLiteral("200"));
    QCOMPARE(old.value(6), QStringLiteral("overdue"));
    const QStringList fresh = byName.value(QStringLiteral("Client secret/Partner"));
    QCOMPARE(fresh.value(0), QStringLiteral("no"));
    QCOMPARE(fresh.value(6), QStringLiteral("within policy"));
    const QStringList database = byName.value(QStringLiteral("Database key/") + m_engine->location().name());
    QCOMPARE(database.value(4), QStringLiteral("0"));
    QCOMPARE(csv.fields.value(QStringLiteral("Overdue or of unknown age")), QStringLiteral("1"));
}

void TestReports::failuresOfThePeriod()
{
    for (int i = 0; i < 3; ++i)
        VERIFY_OK(m_engine->record({QStringLiteral("token.refresh"),
                                    QStringLiteral("connection:%1").arg(i),
                                    Audit::Outcome::Failure,
                                    {{QStringLiteral("error"), QStringLiteral("invalid_grant number %1").arg(i)}}}));
    VERIFY_OK(m_engine->record(
        {QStringLiteral("token.refresh"), QStringLiteral("connection:9"), Audit::Outcome::Success, {}}));
    VERIFY_OK(m_engine->database().exec(
        "INSERT INTO jobs (type, queue, args, state, attempt, run_at, enqueued_at, finished_at, last_error) "
        "VALUES ('token.refresh', 'default', '{}', 'dead', 8, 0, 0, strftime('%s','now') * 1000, 'gave up')"));
    const QJsonObject json = QJsonDocument::fromJson(generate(ReportType::Failures, Format::Json)).object();
    const QJsonArray tables = json.value(QLatin1String("tables")).toArray();
    const QJsonArray failures = tables.at(0).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(failures.size(), 3);
    QCOMPARE(failures.at(0).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant number 2"));
    const QJsonArray dead = tables.at(1).toObject().value(QLatin1String("rows")).toArray();
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead.at(0).toObject().value(QLatin1String("last_error")).toString(), QStringLiteral("gave up"));
    QCOMPARE(dead.at(0).toObject().value(QLatin1String("flagged")).toBool(), true);

    // A period before any of it has none.
    ReportRequest earlier;
    earlier.from = QDateTime::currentDateTimeUtc().addDays(-60);
    earlier.to = QDateTime::currentDateTimeUtc().addDays(-30);
    const QJsonObject none = QJsonDocument::fromJson(generate(ReportType::Failures, Format::Json, earlier)).object();
    QCOMPARE(
        none.value(QLatin1String("tables")).toArray().at(0).toObject().value(QLatin1String("rows")).toArray().size(),
        0);
}

void TestReports::integrityAttestsTheChain()
{
    const ParsedCsv intact = parseCsv(generate(ReportType::Integrity, Format::Csv));
    QVERIFY2(intact.fields.value(QStringLiteral("Chain")).startsWith(QStringLiteral("intact")),
             qPrintable(intact.fields.value(QStringLiteral("Chain"))));
    QCOMPARE(intact.fields.value(QStringLiteral("Checkpoint signatures")),
             QStringLiteral("verified with this profile's checkpoint key"));

    VERIFY_OK(m_engine->database().exec(
        "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET target = 'x' WHERE seq = 1"));
    const ParsedCsv broken = parseCsv(generate(ReportType::Integrity, Format::Csv));
    QVERIFY2(broken.fields.value(QStringLiteral("Chain")).startsWith(QStringLiteral("BROKEN at event 1")),
             qPrintable(broken.fields.value(QStringLiteral("Chain"))));
}

void TestReports::generationIsAuditedWithTheFileHash()
{
    plant(5);
    const QByteArray csv = generate(ReportType::Inventory, Format::Csv);
    QVERIFY(!csv.isEmpty());
    TRY_VALUE(events, m_engine->audit().latest(1));
    const Audit::AuditEvent &event = events.first();
    QCOMPARE(event.action, QStringLiteral("report.generate"));
    QCOMPARE(event.target, QStringLiteral("report:inventory"));
    const QJsonObject details = QJsonDocument::fromJson(event.details).object();
    QCOMPARE(details.value(QLatin1String("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(details.value(QLatin1String("rows")).toInteger(), 5);
    QCOMPARE(details.value(QLatin1String("format")).toString(), QStringLiteral("csv"));
    // No token in a report: only fingerprints were ever in the store's plain columns, and inventories show none.
    QVERIFY(!csv.contains("Bearer"));
}

void TestReports::aFileThatCannotBeWrittenIsAFailureOnRecord()
{
    ReportRequest request;
    request.type = ReportType::Inventory;
    request.to = QDateTime::currentDateTimeUtc();
    request.from = request.to.addDays(-1);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/inventory.csv"));
    auto generated = ReportService(*m_engine).generateFile(request, Format::Csv, path);
    QVERIFY(!generated.ok());
    QVERIFY2(generated.error().userMessage.contains(path), qPrintable(generated.error().userMessage));
    TRY_VALUE(events, m_engine->audit().latest(1));
    QCOMPARE(events.first().action, QStringLiteral("report.generate"));
    QCOMPARE(events.first().outcome, QStringLiteral("failure"));
    // Written to a real file, the success event comes after the file is in place and names its bytes.
    const QString good = m_dir.filePath(QStringLiteral("inventory.csv"));
    TRY_VALUE(written, ReportService(*m_engine).generateFile(request, Format::Csv, good));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(written.sha256, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
}

void TestReports::cancellingWritesNothing()
{
    plant(50);
    TRY_VALUE(before, m_engine->audit().head());
    ReportRequest request;
    request.type = ReportType::Inventory;
    request.to = QDateTime::currentDateTimeUtc();
    request.from = request.to.addDays(-1);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto generated = ReportService(*m_engine).generate(request, Format::Csv, buffer, QStringLiteral("memory"),
                                                       [](int) { return false; });
    QVERIFY(!generated.ok());
    QCOMPARE(generated.error().code, ErrorCode::Cancelled);
    TRY_VALUE(after, m_engine->audit().head());
    QCOMPARE(after.seq, before.seq);
}

void TestReports::schedulesWriteIntoAFolder()
{
    ReportService service(*m_engine);
    ReportSchedule schedule;
    schedule.name = QStringLiteral("weekly-inventory");
    schedule.type = ReportType::Inventory;
    schedule.format = Format::Json;
    schedule.cron = QStringLiteral("0 6 * * 1");
    schedule.folder = m_dir.filePath(QStringLiteral("missing"));
    const Status missing = service.schedule(schedule);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Usage);
    schedule.folder = m_dir.path();
    schedule.cron = QStringLiteral("not a cron");
    QVERIFY(!service.schedule(schedule).ok());
    schedule.cron = QStringLiteral("0 6 * * 1");
    VERIFY_OK(service.schedule(schedule));
    TRY_VALUE(schedules, service.schedules());
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.first().name, schedule.name);
    QVERIFY(schedules.first().nextRunMs > QDateTime::currentMSecsSinceEpoch());

    // The job the schedule enqueues, run as the workers would.
    TRY_VALUE(recurring, m_engine->jobs().recurring());
    const Jobs::JobSpec spec = recurring.first().spec;
    const auto *handler = m_engine->jobRegistry().asyncHandler(spec.type);
    QVERIFY(handler);
    std::optional<Jobs::JobOutcome> outcome;
    (*handler)({1, spec.type, spec.args, 1}, [&](const Jobs::JobOutcome &o) { outcome = o; });
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->kind, Jobs::JobOutcome::Kind::Done);
    const QStringList written = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QVERIFY(written.first().contains(QLatin1String("-inventory-")));
    TRY_VALUE(events, m_engine->audit().latest(1));
    QCOMPARE(events.first().action, QStringLiteral("report.generate"));
    QVERIFY(QJsonDocument::fromJson(events.first().details).object().value(QLatin1String("scheduled")).toBool());

    VERIFY_OK(service.unschedule(schedule.name));
    TRY_VALUE(after, service.schedules());
    QVERIFY(after.isEmpty());
    QCOMPARE(service.unschedule(schedule.name).error().code, ErrorCode::NotFound);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"

// The Audit page on a log of 1,000,000 events (targets: first page <= 100 ms, a filter change <= 200 ms, a
// full-text search in details <= 500 ms, scrolling without stalls). Seeds a profile whose events vary like a real
// log (40 actions, 25 actors, 5,000 connections, a year of time, 8 % failures, e-mail addresses and error words in the
// details), opens it in a ProfileSession as the console does and shows the real AuditPage offscreen. For each query
// it times the page (the filter set in its widgets until the table has painted the rows) and, in the same run, the
// same SQL straight against the database on the engine thread: the floor. Prints the median of --runs runs.
#include "audit/AuditLog.h"
#include "audit/AuditPage.h"
#include "audit/AuditSearch.h"
#include "common/MessageBar.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "itemmodels/AuditTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace Keyward;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_audit_page: FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

bool runUntil(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(timeoutMs);
    loop.exec();
    return done();
}

/// Records when each paint of the table's viewport finished (the first event loop turn after it).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    { }

    int paints = 0;
    qint64 lastStartNs = -1;
    qint64 lastEndNs = -1;

    bool paintedAfter(qint64 ns) const { return lastStartNs >= ns && lastEndNs >= lastStartNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const int paint = ++paints;
            lastStartNs = m_clock.nsecsElapsed();
            QTimer::singleShot(0, this, [this, paint] {
                if (paints == paint)
                    lastEndNs = m_clock.nsecsElapsed();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
};

/// A clock that advances 31.5 s per event: a million events span a year.
class SeedClock : public Clock
{
public:
    QDateTime nowUtc() const override { return start.addMSecs(step++ * 31'536); }
    QDateTime start = QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
    mutable qint64 step = 0;
};

const char *const kActions[] = {"token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "token.refresh",
                                "job.run",
                                "job.run",
                                "job.run",
                                "webhook.rejected",
                                "webhook.rejected",
                                "connection.connect",
                                "connection.revoke",
                                "connection.reauthorize",
                                "connection.remove",
                                "user.sign_in",
                                "user.sign_in",
                                "user.sign_out",
                                "user.lock",
                                "user.unlock",
                                "user.add",
                                "user.role",
                                "app.add",
                                "app.configure",
                                "app.rotate_secret",
                                "app.remove",
                                "keyring.rotate",
                                "audit.export",
                                "audit.verify",
                                "backup.create",
                                "retention.apply",
                                "retention.set",
                                "webhook.source.add",
                                "webhook.replay",
                                "job.retry",
                                "job.discard",
                                "webhook.process",
                                "profile.open",
                                "db.rekey",
                                "webhook.endpoint.add",
                                "webhook.receiver.configure",
                                "job.dead",
                                "report.generate",
                                "gdpr.export",
                                "gdpr.erase",
                                "connection.refresh_settings"};
const char *const kProviders[] = {"google", "microsoft", "github", "slack", "salesforce", "shopify", "stripe"};
const char *const kErrors[]
    = {"invalid_grant refresh token revoked by the user", "temporarily unavailable HTTP 503 retrying with backoff",
       "network unreachable connection reset", "invalid_client secret expired",
       "rate limited HTTP 429 retry after 30 seconds"};

struct SeedResult
{
    double seconds = 0;
    double dbMb = 0;
    qint64 events = 0;
};

SeedResult seed(const Storage::ProfileLocation &location, const Engine::SecretStoreFactory &secrets, qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    auto created = Engine::Engine::create(location, secrets, Engine::KeySource::Keychain,
                                          {QStringLiteral("bench"), QStringLiteral("benchhost")});
    check(created.ok(), QStringLiteral("create the profile"));
    Engine::Engine &engine = *created.value();
    SeedClock clock;
    Audit::AuditLog log(engine.database(), {QStringLiteral("bench"), QStringLiteral("benchhost")}, clock);
    QRandomGenerator random(20261128);
    const qint64 batch = 5000;
    for (qint64 done = 0; done < count; done += batch) {
        const Status status = engine.database().transaction([&]() -> Status {
            for (qint64 i = 0; i < batch && done + i < count; ++i) {
                const int actor = static_cast<int>(random.bounded(25));
                log.setActor({actor == 0 ? QStringLiteral("engine") : QStringLiteral("admin%1").arg(actor),
                              QStringLiteral("host%1").arg(actor % 4)});
                const QString action = QString::fromLatin1(kActions[random.bounded(int(std::size(kActions)))]);
                const double roll = random.generateDouble();
                const Audit::Outcome outcome = roll < 0.92 ? Audit::Outcome::Success
                    : roll < 0.98                          ? Audit::Outcome::Failure
                                                           : Audit::Outcome::Denied;
                const int connection = static_cast<int>(random.bounded(5000));
                QJsonObject details {
                    {QStringLiteral("provider"), QString::fromLatin1(kProviders[connection % 7])},
                    {QStringLiteral("subject"), QStringLiteral("user%1@example.com").arg(connection)},
                    {QStringLiteral("attempt"), static_cast<int>(random.bounded(5)) + 1},
                    {QStringLiteral("token_fingerprint"),
                     QStringLiteral("sha256:%1").arg(random.generate64() & 0xffffffffffffULL, 12, 16, QChar(u'0'))}};
                if (outcome != Audit::Outcome::Success)
                    details.insert(QStringLiteral("error"),
                                   QString::fromLatin1(kErrors[random.bounded(int(std::size(kErrors)))]));
                KW_TRY(log.append({action, QStringLiteral("connection:%1").arg(connection), outcome, details}));
            }
            return {};
        });
        check(status.ok(), QStringLiteral("append: %1").arg(status.ok() ? QString() : status.error().detail));
    }
    check(engine.close().ok(), QStringLiteral("close the seeded profile"));
    created.value().reset();
    SeedResult result;
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QString file = location.databasePath();
    result.dbMb = static_cast<double>(QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size())
        / (1024.0 * 1024.0);
    result.events = count + 1;
    return result;
}

struct Query
{
    const char *name;
    Audit::AuditFilter filter;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, even into a file
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to seed."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({eventsOption, runsOption});
    parser.process(app);
    const qint64 count = parser.value(eventsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    auto store = std::make_shared<Secrets::MemorySecretStore>();
    const Engine::SecretStoreFactory secrets = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
    const Storage::ProfileLocation location(QStringLiteral("bench"), dir.filePath(QStringLiteral("profile")));
    const SeedResult seeded = seed(location, secrets, count);
    std::printf("seeded %lld events in %.1f s (database and WAL %.0f MB)\n", static_cast<long long>(seeded.events),
                seeded.seconds, seeded.dbMb);

    QElapsedTimer clock;
    clock.start();
    Engine::ProfileSession session(secrets);
    session.open(location);
    check(runUntil([&] { return session.state() != Engine::ProfileSession::State::Opening; }),
          QStringLiteral("the profile did not open in 60 s"));
    check(session.state() == Engine::ProfileSession::State::Open,
          QStringLiteral("the profile did not open: %1").arg(session.lastError()));
    QTest::qWait(2000); // the console's start-up jobs

    const QDateTime mid = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    auto makeFilter = [](std::initializer_list<std::pair<QString Audit::AuditFilter::*, QString>> fields,
                         QDateTime from = {}, QDateTime to = {}) {
        Audit::AuditFilter f;
        for (const auto &[field, value] : fields)
            f.*field = value;
        f.from = from;
        f.to = to;
        return f;
    };
    using F = Audit::AuditFilter;
    const std::vector<Query> queries = {
        {"newest (no filter)", {}},
        {"action = token.refresh", makeFilter({{&F::action, QStringLiteral("token.refresh")}})},
        {"action = db.rekey", makeFilter({{&F::action, QStringLiteral("db.rekey")}})},
        {"action = webhook.*", makeFilter({{&F::action, QStringLiteral("webhook.*")}})},
        {"actor = admin7", makeFilter({{&F::actor, QStringLiteral("admin7")}})},
        {"target = connection:4242", makeFilter({{&F::target, QStringLiteral("connection:4242")}})},
        {"outcome = denied", makeFilter({{&F::outcome, QStringLiteral("denied")}})},
        {"one week in May", makeFilter({}, mid, mid.addDays(7))},
        {"week + action = user.lock", makeFilter({{&F::action, QStringLiteral("user.lock")}}, mid, mid.addDays(7))},
        {"search: user4242@example.com", makeFilter({{&F::text, QStringLiteral("user4242@example.com")}})},
        {"search: invalid_grant", makeFilter({{&F::text, QStringLiteral("invalid_grant")}})},
        {"search: google (common)", makeFilter({{&F::text, QStringLiteral("google")}})},
        {"search: revoked + failure",
         makeFilter({{&F::outcome, QStringLiteral("failure")}, {&F::text, QStringLiteral("revoked")}})},
        {"search: nosuchword", makeFilter({{&F::text, QStringLiteral("nosuchword")}})},
    };

    // The floor: the page's own query for its first page, on the engine thread, without the model or the view.
    auto floor = [&](const Audit::AuditFilter &filter, qint64 before) {
        return ms(session.host()
                      ->run([filter, before](Engine::EngineHost::Slot &engine) -> qint64 {
                          QElapsedTimer timer;
                          timer.start();
                          auto page = Audit::AuditSearch(engine->database())
                                          .page(filter, before, ItemModels::AuditTableModel::kPageSize);
                          return page.ok() ? timer.nsecsElapsed() : -1;
                      })
                      .result());
    };

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *messages = new Ui::MessageBar(&window);
    auto *page = new Ui::AuditPage(&session, messages, &window);
    layout->addWidget(messages);
    layout->addWidget(page, 1);
    window.resize(1280, 800);
    auto *table = page->findChild<QTableView *>(QStringLiteral("auditTable"));
    check(table != nullptr, QStringLiteral("the audit table is missing"));
    auto *model = qobject_cast<ItemModels::AuditTableModel *>(table->model());
    check(model != nullptr, QStringLiteral("the audit table has no audit model"));
    PaintProbe probe(clock);
    table->viewport()->installEventFilter(&probe);
    window.show();
    check(runUntil([&] { return model->rowCount() > 0 && probe.paintedAfter(0); }), QStringLiteral("first page"));

    // Applying a filter as the page does when its widgets change, until the rows (or "no match") are painted.
    auto pageTime = [&](const Audit::AuditFilter &filter) {
        qint64 loadedNs = -1;
        QObject guard;
        QObject::connect(model, &ItemModels::AuditTableModel::pageLoaded, &guard, [&] {
            loadedNs = clock.nsecsElapsed();
            table->viewport()->update(); // an empty answer inserts no rows, so paints nothing
        });
        const qint64 start = clock.nsecsElapsed();
        page->setFilter(filter);
        // Done when the frame after the rows arrived has been painted (an empty result paints too).
        check(runUntil([&] { return loadedNs >= 0 && probe.paintedAfter(loadedNs); }),
              QStringLiteral("the page did not load"));
        return ms(probe.lastEndNs - start);
    };

    std::printf("\n%-30s %8s %10s %10s %12s\n", "query (first page of 256)", "rows", "page ms", "floor ms",
                "page/floor");
    for (const Query &query : queries) {
        std::vector<double> pageMs, floorMs;
        int rows = 0;
        for (int run = 0; run < runs; ++run) {
            pageTime({}); // from the unfiltered log, as a user changes one filter
            pageMs.push_back(pageTime(query.filter));
            rows = model->rowCount();
            floorMs.push_back(floor(query.filter, 0));
        }
        std::printf("%-30s %8d %10.1f %10.1f %11.1fx\n", query.name, rows, median(pageMs), median(floorMs),
                    median(pageMs) / std::max(0.01, median(floorMs)));
    }

    // Scrolling: page after page to the bottom of the unfiltered log, 40 pages deep; each fetch's time.
    pageTime({});
    std::vector<double> fetchMs;
    for (int i = 0; i < 40; ++i) {
        const int rowsBefore = model->rowCount();
        const qint64 start = clock.nsecsElapsed();
        table->scrollToBottom();
        qint64 loadedNs = -1;
        check(runUntil([&] {
                  if (loadedNs < 0 && model->rowCount() > rowsBefore) {
                      loadedNs = clock.nsecsElapsed();
                      table->scrollToBottom(); // the new rows come into view, as they do for a user scrolling on
                  }
                  return loadedNs >= 0 && probe.paintedAfter(loadedNs);
              }),
              QStringLiteral("scrolling did not load more rows"));
        fetchMs.push_back(ms(probe.lastEndNs - start));
    }
    const qint64 deep = model->event(model->rowCount() - 1).seq;
    std::vector<double> deepFloor;
    for (int run = 0; run < runs; ++run)
        deepFloor.push_back(floor({}, deep));
    std::printf("\nscrolling: %d rows loaded in 40 fetches; each fetch until painted: median %.1f ms, max %.1f ms; "
                "floor for a page at that depth %.1f ms\n",
                model->rowCount(), median(fetchMs), *std::max_element(fetchMs.begin(), fetchMs.end()),
                median(deepFloor));
    return 0;
}

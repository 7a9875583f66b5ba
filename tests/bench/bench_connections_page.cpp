// The Connections page with 100,000 connections (targets: first paint <= 200 ms, a filter change <= 150 ms,
// resident memory <= 200 MB). Seeds a profile in one transaction (5 apps, a spread of states and expiries, sealed
// dummy tokens of realistic sizes per provider), opens it in a ProfileSession like the console does, and measures,
// offscreen, per run: showing the page until its table has painted the loaded rows; a second reload(); a text filter
// and a state filter (proxy ready, then painted); sorting by expiry; and the resident memory. The same SELECT run
// straight against the database on the engine thread is the floor. Prints a table with the median of --runs runs.
#include "common/MessageBar.h"
#include "connections/ConnectionFilterProxy.h"
#include "connections/ConnectionService.h"
#include "connections/ConnectionsPage.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "itemmodels/ConnectionTableModel.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <vector>

using namespace Keyward;
using Model = ItemModels::ConnectionTableModel;
using Connections::Health;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_connections_page: FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().userMessage + u' ' + result.error().detail;
}

double ms(qint64 ns)
{
    return static_cast<double>(ns) / 1e6;
}

/// A field of /proc/self/status in MB (VmRSS, VmHWM).
double procStatusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            return parts.size() >= 2 ? parts.at(1).toDouble() / 1024.0 : -1;
        }
    }
    return -1;
}

double maxRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KB on Linux
}

/// Runs the event loop until `done()` holds (checked every millisecond, without delaying any event) or the timeout.
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

/// Watches the table's viewport: when each paint starts, and when the frame it belongs to is done (the first
/// event loop turn after it, once the backing store has been flushed).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    { }

    int paints = 0;
    qint64 lastStartNs = -1;
    qint64 lastEndNs = -1;

    /// True once a paint that started after `ns` has finished; `*endNs` is when.
    bool paintedAfter(qint64 ns, qint64 *endNs) const
    {
        if (lastStartNs < ns || lastEndNs < lastStartNs)
            return false;
        *endNs = lastEndNs;
        return true;
    }

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

// ---- seeding ----------------------------------------------------------------------------------------------------

struct AppSeed
{
    const char *name;
    const char *scopes[3]; ///< three scope sets the connections of this app were granted
    int accessBytes; ///< typical token sizes at this provider (Microsoft's access tokens are JWTs)
    int refreshBytes;
};

const AppSeed kApps[] = {
    {"Google Workspace",
     {"openid email profile", "openid email profile https://www.googleapis.com/auth/drive.readonly",
      "openid email https://www.googleapis.com/auth/calendar"},
     220,
     103},
    {"Microsoft 365",
     {"openid offline_access User.Read", "openid offline_access User.Read Mail.Read",
      "openid offline_access User.Read Files.ReadWrite.All Sites.Read.All"},
     1800,
     1200},
    {"GitHub", {"repo read:org", "read:user user:email", "repo workflow read:org"}, 40, 80},
    {"Slack", {"channels:read chat:write", "channels:history users:read", "chat:write files:read"}, 150, 140},
    {"Salesforce", {"api refresh_token", "api refresh_token id", "api web refresh_token"}, 112, 87},
};

struct SeedStats
{
    double seconds = 0;
    double dbMb = 0;
    qsizetype jobs = 0;
    std::map<Health, int> health;
};

SeedStats seed(const Storage::ProfileLocation &location, const Engine::SecretStoreFactory &secrets, int count,
               bool tokens)
{
    QElapsedTimer timer;
    timer.start();
    auto created = Engine::Engine::create(location, secrets, Engine::KeySource::Keychain,
                                          {QStringLiteral("bench"), QStringLiteral("benchhost")});
    check(created.ok(), QStringLiteral("create the profile: %1").arg(why(created)));
    Engine::Engine &engine = *created.value();
    Connections::ConnectionService &service = engine.connections();
    Storage::Database &db = engine.database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    QList<qint64> appIds;
    for (const AppSeed &seedApp : kApps) {
        Connections::ProviderApp app;
        app.name = QString::fromLatin1(seedApp.name);
        app.catalogId = QStringLiteral("generic-oauth2");
        app.provider.id = app.catalogId;
        app.provider.name = app.name;
        app.provider.authorizationUrl = QStringLiteral("https://login.example.com/authorize");
        app.provider.tokenUrl = QStringLiteral("https://login.example.com/token");
        app.clientId = QStringLiteral("bench-client");
        app.hasSecret = true;
        app.secretSetMs = now;
        app.redirectUri = QStringLiteral("http://127.0.0.1/callback");
        app.createdMs = now - 90LL * 86'400'000;
        auto id = service.store().insertApp(app);
        check(id.ok(), QStringLiteral("insert an app: %1").arg(why(id)));
        appIds.append(id.value());
    }

    SeedStats stats;
    QRandomGenerator random(20240601); // the same profile every run
    QList<std::pair<qint64, qint64>> schedules; // connection, next refresh
    const Status inserted = db.transaction([&]() -> Status {
        auto insert = db.prepare(
            "INSERT INTO connections (id, app_id, subject, display_name, flow, scopes, state, reason, token_type, "
            "access_token, refresh_token, access_fingerprint, refresh_fingerprint, key_id, created_at, issued_at, "
            "expires_at, refresh_expires_at, last_refresh_at, last_refresh_result, last_error, rotation_count, "
            "refresh_count, failing_since, next_refresh_at, revoked_at) VALUES (?1, ?2, ?3, '', 'auth-code', ?4, ?5, "
            "?6, 'Bearer', ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, NULL, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)");
        if (!insert.ok())
            return insert.error();
        auto keyId = service.keyRing().activeKeyId();
        if (!keyId.ok())
            return keyId.error();
        const qint64 minute = 60'000;
        for (int i = 1; i <= count; ++i) {
            const int appIndex = static_cast<int>(random.bounded(5));
            const AppSeed &app = kApps[appIndex];
            const double kind = random.generateDouble();
            Connections::Connection c;
            c.issuedMs = now - static_cast<qint64>(random.bounded(50)) * minute - random.bounded(60'000);
            QString lastResult = QStringLiteral("ok");
            QString lastError;
            QString reason;
            qint64 failingSince = 0;
            qint64 revokedAt = 0;
            if (kind < 0.80) {
                c.state = Connections::ConnectionState::Healthy;
            } else if (kind < 0.85) { // refresh due: "expiring soon"
                c.state = Connections::ConnectionState::Healthy;
                c.issuedMs = now - (51 + static_cast<qint64>(random.bounded(8))) * minute;
            } else if (kind < 0.87) { // the engine was off: expired
                c.state = Connections::ConnectionState::Healthy;
                c.issuedMs = now - (61 + static_cast<qint64>(random.bounded(3 * 24 * 60))) * minute;
            } else if (kind < 0.91) {
                c.state = Connections::ConnectionState::Retrying;
                failingSince = now - (1 + static_cast<qint64>(random.bounded(120))) * minute;
                lastResult = QStringLiteral("unavailable");
                lastError = QStringLiteral("%1 is temporarily unavailable (HTTP 503): Keyward retries with backoff.")
                                .arg(QString::fromLatin1(app.name));
            } else if (kind < 0.94) {
                c.state = Connections::ConnectionState::ReauthRequired;
                lastResult = QStringLiteral("invalid_grant");
                reason = QStringLiteral("%1 refused the refresh token (invalid_grant): the user revoked access or "
                                        "the token expired. Connect the account again.")
                             .arg(QString::fromLatin1(app.name));
                lastError = reason;
            } else if (kind < 0.95) {
                c.state = Connections::ConnectionState::Exhausted;
                failingSince = now - 5LL * 86'400'000;
                lastResult = QStringLiteral("network");
                lastError = QStringLiteral("%1 could not be reached: Keyward gave up after 4 days.")
                                .arg(QString::fromLatin1(app.name));
            } else {
                c.state = Connections::ConnectionState::Revoked;
                revokedAt = now - static_cast<qint64>(random.bounded(30 * 24 * 60)) * minute;
                reason = QStringLiteral("revoked by an administrator");
            }
            c.expiresMs = c.issuedMs + 3600'000;
            ++stats.health[c.health(now)];

            QByteArray access, refresh;
            QString accessFp, refreshFp;
            if (tokens && c.state != Connections::ConnectionState::Revoked) {
                QByteArray plainAccess(app.accessBytes, Qt::Uninitialized);
                QByteArray plainRefresh(app.refreshBytes, Qt::Uninitialized);
                for (char &ch : plainAccess)
                    ch = static_cast<char>('A' + random.bounded(26));
                for (char &ch : plainRefresh)
                    ch = static_cast<char>('a' + random.bounded(26));
                auto sealedAccess = service.keyRing().seal(SecureBytes::takeFrom(plainAccess),
                                                           Connections::tokenBinding(i, "access"));
                auto sealedRefresh = service.keyRing().seal(SecureBytes::takeFrom(plainRefresh),
                                                            Connections::tokenBinding(i, "refresh"));
                if (!sealedAccess.ok())
                    return sealedAccess.error();
                if (!sealedRefresh.ok())
                    return sealedRefresh.error();
                access = sealedAccess.value();
                refresh = sealedRefresh.value();
                accessFp
                    = QStringLiteral("sha256:%1")
                          .arg(static_cast<qulonglong>(random.generate64() & 0xffffffffffffULL), 12, 16, QChar(u'0'));
                refreshFp
                    = QStringLiteral("sha256:%1")
                          .arg(static_cast<qulonglong>(random.generate64() & 0xffffffffffffULL), 12, 16, QChar(u'0'));
            }
            const bool refreshes
                = c.state == Connections::ConnectionState::Healthy || c.state == Connections::ConnectionState::Retrying;
            insert->reset();
            insert->bind(1, static_cast<qint64>(i))
                .bind(2, appIds.at(appIndex))
                .bind(3, QStringLiteral("user%1@example.com").arg(i))
                .bind(4, QString::fromLatin1(app.scopes[random.bounded(3)]))
                .bind(5, Connections::connectionStateName(c.state))
                .bind(6, reason);
            if (access.isEmpty())
                insert->bindNull(7).bindNull(8);
            else
                insert->bindBlob(7, access).bindBlob(8, refresh);
            insert->bind(9, accessFp)
                .bind(10, refreshFp)
                .bind(11, access.isEmpty() ? QString() : keyId.value())
                .bind(12, c.issuedMs - static_cast<qint64>(random.bounded(365)) * 86'400'000)
                .bind(13, c.issuedMs)
                .bind(14, c.expiresMs)
                .bind(15, c.issuedMs)
                .bind(16, lastResult)
                .bind(17, lastError)
                .bind(18, static_cast<qint64>(random.bounded(500)))
                .bind(19, static_cast<qint64>(random.bounded(2000)));
            if (failingSince > 0)
                insert->bind(20, failingSince);
            else
                insert->bindNull(20);
            // Never due during the benchmark: the console's workers must not start refreshing these dummies.
            if (refreshes) {
                const qint64 next = now + 3600'000 + random.bounded(3600'000);
                insert->bind(21, next);
                schedules.append({i, next});
            } else
                insert->bindNull(21);
            if (revokedAt > 0)
                insert->bind(22, revokedAt);
            else
                insert->bindNull(22);
            KW_TRY(insert->run());
        }
        return {};
    });
    check(inserted.ok(), QStringLiteral("seed: %1 %2").arg(inserted.ok() ? QString() : inserted.error().detail));
    // Each refreshing connection has its refresh job scheduled, as the engine leaves it.
    const Status scheduled = db.transaction([&]() -> Status {
        for (const auto &[id, next] : std::as_const(schedules))
            KW_TRY(service.scheduleRefresh(id, next));
        return {};
    });
    check(scheduled.ok(), QStringLiteral("schedule the refresh jobs"));
    stats.jobs = schedules.size();
    check(engine.close().ok(), QStringLiteral("close the seeded profile"));
    created.value().reset();
    stats.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QString file = location.databasePath();
    stats.dbMb = static_cast<double>(QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size())
        / (1024.0 * 1024.0);
    return stats;
}

// ---- one run ----------------------------------------------------------------------------------------------------

struct Figures
{
    double open = 0; ///< ProfileSession::open() until Open (engine, workers)
    double startupBusy = 0; ///< then until the start-up tokens.sweep job has finished on the engine thread
    double floorSelect = 0; ///< the model's SELECT, stepped through on the engine thread, no conversion
    double showToLoaded = 0; ///< page shown (its showEvent reloads) until loaded()
    double showToRows = 0; ///< ... until the rows reach the GUI thread (the model's modelAboutToBeReset)
    double resetToLoaded = 0; ///< the model's reset: the proxy filters and sorts, the view resets
    double loadedToPainted = 0; ///< loaded() until the table's frame with the rows is done
    double firstPaint = 0; ///< the sum: show() until the rows are painted
    double firstScreenful = 0; ///< show() until the first rows (the model's first screenful) are painted
    double reloadToLoaded = 0; ///< a second reload()
    double reloadToPainted = 0;
    double textReady = 0; ///< "user9999" set until the proxy has its rows
    double textPainted = 0; ///< ... until painted
    double textTyped = 0; ///< typed key by key (8 refilters) until painted
    double stateReady = 0;
    double statePainted = 0;
    double clearPainted = 0; ///< the text filter cleared until painted
    double stateClearPainted = 0; ///< the state filter cleared until painted
    double floorFirstRows = 0; ///< the same SELECT, first screenful only (LIMIT 100)
    double sortReady = 0; ///< sort by expiry, all rows
    double sortPainted = 0;
    double rssMb = 0; ///< VmRSS at the end of the run, page still shown
    int textRows = 0;
    int stateRows = 0;
};

Figures measure(const Storage::ProfileLocation &location, const Engine::SecretStoreFactory &secrets, int count, int run)
{
    Figures f;
    QElapsedTimer clock;
    clock.start();
    Engine::ProfileSession session(secrets);
    session.open(location);
    check(runUntil([&] { return session.state() != Engine::ProfileSession::State::Opening; }),
          QStringLiteral("the profile did not open in 60 s"));
    check(session.state() == Engine::ProfileSession::State::Open,
          QStringLiteral("the profile did not open: %1").arg(session.lastError()));
    f.open = ms(clock.nsecsElapsed());
    // The console's start-up work on the engine thread (the tokens.sweep job the workers run first) is timed, then
    // waited out: the page figures below are the page's own. A call posted to the engine thread waits behind it.
    auto sweepsLeft = [&] {
        return session.host()
            ->run([](Engine::EngineHost::Slot &engine) -> qint64 {
                auto left = engine->database().queryInt(
                    "SELECT count(*) FROM jobs WHERE type = 'tokens.sweep' AND state IN ('pending', 'scheduled', "
                    "'running', 'retrying')");
                return left.ok() ? left.value() : -1;
            })
            .result();
    };
    while (sweepsLeft() > 0 && clock.elapsed() < 600'000)
        QTest::qWait(20);
    f.startupBusy = ms(clock.nsecsElapsed()) - f.open;

    // The floor: the model's own query, stepped through on the engine thread, columns touched but not converted; and
    // the same for the first screenful only (what a first paint needs at least).
    auto floor = [&](const QByteArray &sql) {
        return ms(session.host()
                      ->run([sql](Engine::EngineHost::Slot &engine) -> qint64 {
                          QElapsedTimer timer;
                          timer.start();
                          auto select = engine->database().prepare(sql.constData());
                          if (!select.ok())
                              return -1;
                          qint64 sink = 0;
                          for (;;) {
                              auto row = select->step();
                              if (!row.ok() || !row.value())
                                  break;
                              sink += select->int64(0) + select->utf8(1).size() + select->utf8(2).size()
                                  + select->utf8(3).size() + select->utf8(4).size() + select->utf8(5).size()
                                  + select->int64(6) + select->int64(7) + select->int64(8) + select->int64(9);
                          }
                          return sink != 0 ? timer.nsecsElapsed() : -1;
                      })
                      .result());
    };
    // As in ConnectionTableModel.cpp.
    const QByteArray select = "SELECT c.id, a.name, CASE WHEN c.display_name <> '' THEN c.display_name ELSE c.subject "
                              "END, c.scopes, c.last_error, c.state, coalesce(c.issued_at, 0), "
                              "coalesce(c.expires_at, 0), coalesce(c.last_refresh_at, 0), c.rotation_count "
                              "FROM connections c JOIN provider_apps a ON a.id = c.app_id ORDER BY c.id";
    f.floorSelect = floor(select);
    f.floorFirstRows = floor(select + " LIMIT 100");
    check(f.floorSelect > 0 && f.floorFirstRows > 0, QStringLiteral("the floor SELECT failed"));

    Model model(session.host());
    QWidget window;
    window.setWindowTitle(QStringLiteral("Keyward — Connections (benchmark)"));
    auto *layout = new QVBoxLayout(&window);
    auto *messages = new Ui::MessageBar(&window);
    auto *page = new Ui::ConnectionsPage(&session, &model, messages, &window);
    layout->addWidget(messages);
    layout->addWidget(page, 1);
    window.resize(1280, 800);
    auto *table = page->findChild<QTableView *>(QStringLiteral("connectionsTable"));
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("connectionTextFilter"));
    check(table && text, QStringLiteral("the page's table or text filter is missing"));
    Ui::ConnectionFilterProxy *proxy = page->proxy();
    PaintProbe probe(clock);
    table->viewport()->installEventFilter(&probe);
    qint64 loadedNs = -1;
    qint64 rowsNs = -1;
    QObject::connect(&model, &Model::loaded, &window, [&] { loadedNs = clock.nsecsElapsed(); });
    QObject::connect(&model, &Model::modelAboutToBeReset, &window, [&] { rowsNs = clock.nsecsElapsed(); });
    qint64 firstRowsNs = -1;
    QObject::connect(&model, &Model::modelReset, &window, [&] {
        if (firstRowsNs < 0 && model.rowCount() > 0)
            firstRowsNs = clock.nsecsElapsed();
    });
    QObject::connect(&model, &Model::loadFailed, &window, [](const QString &message) { fail(message); });

    // (a) First paint: show() (the page's showEvent calls reload()) until the frame with the rows is done.
    qint64 painted = -1;
    const qint64 shown = clock.nsecsElapsed();
    window.show();
    // The first rows on screen: the model shows a screenful before the rest (if the full load arrives first, this
    // measures that instead, which only makes the figure worse).
    qint64 firstPainted = -1;
    check(runUntil([&] { return firstRowsNs > 0 && probe.paintedAfter(firstRowsNs, &firstPainted); }),
          QStringLiteral("no rows were painted within 60 s"));
    f.firstScreenful = ms(firstPainted - shown);
    check(runUntil([&] { return loadedNs > 0 && probe.paintedAfter(loadedNs, &painted); }),
          QStringLiteral("the rows were not painted within 60 s"));
    check(
        model.rowCount() == count && proxy->rowCount() == count,
        QStringLiteral("the page shows %1 of %2 rows, not %3").arg(proxy->rowCount()).arg(model.rowCount()).arg(count));
    f.showToLoaded = ms(loadedNs - shown);
    f.showToRows = ms(rowsNs - shown);
    f.resetToLoaded = ms(loadedNs - rowsNs);
    f.loadedToPainted = ms(painted - loadedNs);
    f.firstPaint = ms(painted - shown);
    const QString shots = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (run == 1 && !shots.isEmpty())
        check(window.grab().save(shots + QStringLiteral("/connections-page-100k.png")), QStringLiteral("screenshot"));

    // A second reload() (what the Reload button and every change do).
    loadedNs = -1;
    const qint64 reloadAt = clock.nsecsElapsed();
    model.reload();
    check(runUntil([&] { return loadedNs > 0 && probe.paintedAfter(loadedNs, &painted); }),
          QStringLiteral("the reload was not painted within 60 s"));
    f.reloadToLoaded = ms(loadedNs - reloadAt);
    f.reloadToPainted = ms(painted - reloadAt);

    // (b) A filter change: the text filter (as pasted: one change), then a state filter on all rows.
    auto timeChange = [&](const std::function<void()> &change, double *ready, double *paintedMs) {
        const qint64 start = clock.nsecsElapsed();
        change(); // the proxy filters synchronously
        const qint64 readyNs = clock.nsecsElapsed();
        qint64 end = -1;
        check(runUntil([&] { return probe.paintedAfter(readyNs, &end); }),
              QStringLiteral("a filter change was not painted within 60 s"));
        if (ready)
            *ready = ms(readyNs - start);
        *paintedMs = ms(end - start);
    };
    timeChange([&] { text->setText(QStringLiteral("user9999")); }, &f.textReady, &f.textPainted);
    f.textRows = proxy->rowCount();
    if (run == 1 && !shots.isEmpty())
        check(window.grab().save(shots + QStringLiteral("/connections-page-100k-filtered.png")),
              QStringLiteral("screenshot"));
    timeChange([&] { text->clear(); }, nullptr, &f.clearPainted);
    check(proxy->rowCount() == count, QStringLiteral("clearing the text filter left %1 rows").arg(proxy->rowCount()));
    // Typed key by key: one refilter per key.
    timeChange([&] { QTest::keyClicks(text, QStringLiteral("user9999")); }, nullptr, &f.textTyped);
    check(proxy->rowCount() == f.textRows,
          QStringLiteral("typing gave %1 rows, pasting %2").arg(proxy->rowCount()).arg(f.textRows));
    text->clear();
    // A connection that stays visible stays selected through the filter change.
    qint64 selected = 0;
    for (int row = 0; row < proxy->rowCount() && selected == 0; ++row) {
        if (proxy->index(row, 0).data(Model::HealthRole).toInt() == static_cast<int>(Health::ReauthRequired)) {
            table->selectRow(row);
            selected = proxy->index(row, 0).data(Model::IdRole).toLongLong();
        }
    }
    timeChange([&] { page->setHealthFilter(static_cast<int>(Health::ReauthRequired)); }, &f.stateReady,
               &f.statePainted);
    f.stateRows = proxy->rowCount();
    const QModelIndexList stillSelected = table->selectionModel()->selectedRows();
    check(stillSelected.size() == 1 && stillSelected.first().data(Model::IdRole).toLongLong() == selected,
          QStringLiteral("the selection (connection %1) did not survive the state filter").arg(selected));
    table->clearSelection();
    timeChange([&] { page->setHealthFilter(-1); }, nullptr, &f.stateClearPainted);
    check(proxy->rowCount() == count, QStringLiteral("clearing the state filter left %1 rows").arg(proxy->rowCount()));

    // (c) Sorting by expiry, all rows.
    timeChange([&] { table->sortByColumn(Model::Expires, Qt::AscendingOrder); }, &f.sortReady, &f.sortPainted);
    check(proxy->index(0, Model::Expires).data(Model::SortRole).toLongLong()
              <= proxy->index(count - 1, Model::Expires).data(Model::SortRole).toLongLong(),
          QStringLiteral("not sorted by expiry"));
    table->sortByColumn(Model::Id, Qt::AscendingOrder);

    f.rssMb = procStatusMb("VmRSS:");
    table->viewport()->removeEventFilter(&probe);
    return f;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Connections page with 100,000 connections."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("connections"), QStringLiteral("Connections to seed."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (median)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption noTokensOption(QStringLiteral("no-tokens"),
                                            QStringLiteral("Seed without sealed tokens (smaller rows)."));
    const QCommandLineOption keychainOption(
        QStringLiteral("keychain"),
        QStringLiteral("Keep the profile's keys in the OS keychain (run in scripts/with-keyring.sh), not in memory."));
    parser.addOptions({countOption, runsOption, noTokensOption, keychainOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    check(count > 0, QStringLiteral("--connections must be positive"));

    Engine::SecretStoreFactory secrets;
    if (parser.isSet(keychainOption)) {
        secrets = Engine::secretStoreFactory(Engine::KeySource::Keychain);
    } else {
        auto store = std::make_shared<Secrets::MemorySecretStore>();
        secrets = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
            return Secrets::MemorySecretStore::view(store);
        };
    }
    QTemporaryDir dir;
    const Storage::ProfileLocation location {QStringLiteral("bench"), dir.filePath(QStringLiteral("bench"))};
    const bool tokens = !parser.isSet(noTokensOption);
    const SeedStats seeded = seed(location, secrets, count, tokens);
    std::printf("bench_connections_page: %d connections and %lld refresh jobs seeded in %.2f s (one transaction each, "
                "%s), database %.1f MB; secret store: %s\n",
                count, static_cast<long long>(seeded.jobs), seeded.seconds,
                tokens ? "sealed dummy tokens of realistic sizes" : "no tokens", seeded.dbMb,
                parser.isSet(keychainOption) ? "OS keychain" : "memory");
    std::printf("  health at seeding:");
    for (const auto &[health, n] : seeded.health)
        std::printf(" %s %d", qPrintable(Connections::healthName(health)), n);
    std::printf("\n  RSS after seeding: VmRSS %.1f MB\n", procStatusMb("VmRSS:"));
    std::fflush(stdout);

    std::vector<Figures> all;
    for (int run = 1; run <= runs; ++run) {
        all.push_back(measure(location, secrets, count, run));
        const Figures &f = all.back();
        std::printf("  run %d: first paint %.1f ms (loaded %.1f + paint %.1f), reload %.1f ms, text filter %.1f ms, "
                    "state filter %.1f ms, sort %.1f ms, floor SELECT %.1f ms, VmRSS %.1f MB\n",
                    run, f.firstPaint, f.showToLoaded, f.loadedToPainted, f.reloadToPainted, f.textPainted,
                    f.statePainted, f.sortPainted, f.floorSelect, f.rssMb);
        std::fflush(stdout);
    }

    auto med = [&](double Figures::*field) {
        std::vector<double> values;
        for (const Figures &f : all)
            values.push_back(f.*field);
        return median(values);
    };
    auto line = [](const char *what, double value, const char *target) {
        std::printf("| %-62s | %9.1f | %-8s |\n", what, value, target);
    };
    std::printf("\nmedian of %d runs, %d connections, offscreen 1280x800:\n", runs, count);
    std::printf("| %-62s | %9s | %-8s |\n", "measurement", "ms", "target");
    std::printf("|%s|%s|%s|\n", QByteArray(64, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(10, '-').constData());
    line("floor: the model's SELECT stepped through on the engine thread", med(&Figures::floorSelect), "");
    line("floor: the same SELECT, first 100 rows (LIMIT 100)", med(&Figures::floorFirstRows), "");
    line("(a) show() -> rows on the GUI thread (SELECT, rows built)", med(&Figures::showToRows), "");
    line("(a) model reset: proxy filters and sorts, view resets", med(&Figures::resetToLoaded), "");
    line("(a) show() -> loaded()", med(&Figures::showToLoaded), "");
    line("(a) loaded() -> rows painted", med(&Figures::loadedToPainted), "");
    line("(a) first paint: show() -> first screenful painted", med(&Figures::firstScreenful), "<= 200");
    line("(a) show() -> all rows painted", med(&Figures::firstPaint), "");
    line("    reload() -> loaded()", med(&Figures::reloadToLoaded), "");
    line("    reload() -> painted", med(&Figures::reloadToPainted), "");
    line(qPrintable(QStringLiteral("(b) text filter \"user9999\" -> proxy ready (%1 rows)").arg(all.front().textRows)),
         med(&Figures::textReady), "");
    line("(b) text filter -> painted", med(&Figures::textPainted), "<= 150");
    line("    text filter typed key by key (8 refilters) -> painted", med(&Figures::textTyped), "");
    line("    text filter cleared -> painted", med(&Figures::clearPainted), "");
    line("    state filter cleared -> painted", med(&Figures::stateClearPainted), "");
    line(qPrintable(QStringLiteral("(b) state filter \"reauthorization required\" -> ready (%1 rows)")
                        .arg(all.front().stateRows)),
         med(&Figures::stateReady), "");
    line("(b) state filter -> painted", med(&Figures::statePainted), "<= 150");
    line("(c) sort by expiry, all rows -> proxy sorted", med(&Figures::sortReady), "");
    line("(c) sort by expiry -> painted", med(&Figures::sortPainted), "");
    line("    ProfileSession::open() -> Open", med(&Figures::open), "");
    line("    then the start-up tokens.sweep job on the engine thread", med(&Figures::startupBusy), "");
    std::printf("| %-62s | %9.1f | %-8s |\n", "(d) VmRSS at the end of a run (MB)", med(&Figures::rssMb), "<= 200");
    std::printf("| %-62s | %9.1f | %-8s |\n", "(d) peak RSS, whole process: VmHWM (MB)", procStatusMb("VmHWM:"),
                "<= 200");
    std::printf("| %-62s | %9.1f | %-8s |\n", "(d) peak RSS, whole process: getrusage ru_maxrss (MB)", maxRssMb(),
                "<= 200");
    return 0;
}

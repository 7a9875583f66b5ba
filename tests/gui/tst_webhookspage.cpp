// The Webhooks page in the real main window, offscreen, on a real profile in the real keychain (run inside
// scripts/with-keyring.sh): deliveries recorded the way the receiver records them, filtered, shown with their
// redacted headers and bodies, replayed one by one or all that match (after saying how many), sources added and
// their secrets rotated through the dialogs, everything in the audit log, and each role offered what it may do.
// Screenshots go to $KEYWARD_SCREENSHOT_DIR when it is set, to be looked at.
#include "access/Totp.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "itemmodels/DeliveryTableModel.h"
#include "mainwindow/MainWindow.h"
#include "users/TokenCreatedDialog.h"
#include "webhooks/AddEndpointDialog.h"
#include "webhooks/AddSourceDialog.h"
#include "webhooks/ReceiverDialog.h"
#include "webhooks/RotateSecretDialog.h"
#include "webhooks/WebhookService.h"
#include "webhooks/WebhooksPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslSocket>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Keyward;
using Access::Role;
using Model = ItemModels::DeliveryTableModel;
using State = Engine::ProfileSession::State;

namespace {

constexpr char kPassword[] = "correct horse battery staple";
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString totpOf(const Access::Enrollment &enrollment)
{
    auto secret = Access::Totp::base32Decode(enrollment.totpSecretBase32);
    if (!secret.ok())
        return {};
    auto code = Access::Totp::code(secret.value(), QDateTime::currentSecsSinceEpoch());
    return code.ok() ? code.value() : QString();
}

SecureBytes secretOf(const char *text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

/// A delivery as the receiver hands it over.
struct Seed
{
    QString source;
    bool verified = true;
    QString reason = QStringLiteral("valid");
    QString event;
    QByteArray key;
    QByteArray body;
    qint64 ageMs = 60'000;
    bool keepBody = true;
};

} // namespace

class TestWebhooksPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deliveriesFilteredWithDetails();
    void replaySelectionAndEverythingMatching();
    void addSourceAndRotateItsSecret();
    void rolesSeeWhatTheyMay();
    void modelPagesAndMergesRefreshes();
    void replayAllMatchingIsCapped();
    void eventEndpointsAddedSwitchedOffAndRemoved();
    void receiverSwitchedOnInTheConsole();

private:
    /// A profile without users (its operator acts as Security Administrator), or with alice (Security
    /// Administrator) adding the users in `others`.
    void createProfile(const QString &name, const QList<std::pair<QString, Role>> &others = {});
    void openWindow();
    void signIn(const QString &name);
    /// Adds sources (github-main: GitHub, stripe-pay: Stripe) and records `seeds`; returns the delivery ids in order.
    QList<qint64> seed(const QList<Seed> &seeds);
    Webhooks::Delivery delivery(qint64 id);
    QList<Audit::AuditEvent> auditEvents(const QString &action);
    void showWebhooksPage();
    int rowOf(qint64 id);
    void screenshot(QWidget *widget, const QString &name);
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    template<typename T> T *waitForDialog()
    {
        QPointer<T> dialog;
        if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<T *>()) && dialog->isVisible(); }, 10000))
            return nullptr;
        return dialog.data();
    }

    std::unique_ptr<QTemporaryDir> m_data;
    Storage::ProfileLocation m_location;
    QHash<QString, Access::Enrollment> m_enrollments;
    std::unique_ptr<Engine::ProfileSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestWebhooksPage::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_data->path().toUtf8());
    m_enrollments.clear();
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
}

void TestWebhooksPage::cleanup()
{
    m_window.reset();
    if (m_session)
        m_session->host()->shutdown();
    m_session.reset();
    m_data.reset();
}

void TestWebhooksPage::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestWebhooksPage::createProfile(const QString &name, const QList<std::pair<QString, Role>> &others)
{
    m_location = Storage::ProfileLocation::resolve(name, {});
    auto engine = Engine::Engine::create(m_location, Engine::secretStoreFactory(Engine::KeySource::Keychain),
                                         Engine::KeySource::Keychain, Audit::Actor::currentProcess());
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    if (!others.isEmpty()) {
        Access::AccessService &users = engine.value()->users();
        users.setHashParams({256, 1, 1}); // the console's own engine hashes at full cost
        auto add = [&](const QString &user, Role role) {
            QByteArray password(kPassword);
            auto enrollment = users.addUser(user, role, SecureBytes::takeFrom(password));
            QVERIFY2(enrollment.ok(), qPrintable(enrollment.ok() ? QString() : enrollment.error().userMessage));
            m_enrollments.insert(user, enrollment.value());
        };
        add(QStringLiteral("alice"), Role::SecurityAdmin);
        QByteArray password(kPassword);
        const Status signedIn
            = engine.value()->signIn(QStringLiteral("alice"), SecureBytes::takeFrom(password),
                                     m_enrollments.value(QStringLiteral("alice")).recoveryCodes.last());
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().userMessage));
        for (const auto &[user, role] : others)
            add(user, role);
    }
    QVERIFY(engine.value()->close().ok());
}

void TestWebhooksPage::openWindow()
{
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    m_window->activateWindow(); // its shortcuts are used
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->start(m_location, true);
}

void TestWebhooksPage::signIn(const QString &name)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    m_session->signIn(name, QString::fromLatin1(kPassword), totpOf(m_enrollments.value(name)));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QVERIFY(m_session->principal() && m_session->principal()->name == name);
}

QList<qint64> TestWebhooksPage::seed(const QList<Seed> &seeds)
{
    auto recorded = m_session->host()->run([seeds](Engine::EngineHost::Slot &engine) -> Result<QList<qint64>> {
        auto &webhooks = engine->webhooks();
        QHash<QString, qint64> ids;
        auto sources = webhooks.sources();
        if (!sources.ok())
            return sources.error();
        for (const Webhooks::WebhookSource &source : sources.value())
            ids.insert(source.name, source.id);
        const auto ensure = [&](const char *name, Webhooks::Scheme scheme, const char *secret) -> Status {
            if (ids.contains(QLatin1String(name)))
                return {};
            Webhooks::SourceDraft draft;
            draft.name = QLatin1String(name);
            draft.scheme = scheme;
            auto added = webhooks.addSource(draft, secretOf(secret));
            if (!added.ok())
                return added.error();
            ids.insert(added->name, added->id);
            return {};
        };
        KW_TRY(ensure("github-main", Webhooks::Scheme::GitHub, "a github secret of some length"));
        KW_TRY(ensure("stripe-pay", Webhooks::Scheme::Stripe, "whsec_a stripe secret of length"));
        QList<Webhooks::Incoming> batch;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Seed &s : seeds) {
            Webhooks::Incoming in;
            in.sourceId = ids.value(s.source);
            in.sourceName = s.source;
            in.receivedMs = now - s.ageMs;
            in.remote = QStringLiteral("192.0.2.7");
            in.headers.add("Content-Type", "application/json");
            if (s.source == QLatin1String("github-main")) {
                in.headers.add("X-GitHub-Event", s.event.toUtf8());
                in.headers.add("X-GitHub-Delivery", s.key);
                in.headers.add("X-Hub-Signature-256", "sha256=0123456789abcdef0123456789abcdef");
            } else {
                in.headers.add("Stripe-Signature", "t=1700000000,v1=0123456789abcdef");
            }
            in.body = s.keepBody ? s.body : QByteArray();
            in.keepBody = s.keepBody;
            in.bodySize = s.body.size();
            in.verified = s.verified;
            in.reason = s.reason;
            in.info.id = s.key;
            in.info.eventType = s.event;
            batch.append(in);
        }
        QList<qint64> out;
        for (const Webhooks::Recorded &r : webhooks.record(batch)) {
            if (r.kind != Webhooks::Recorded::Kind::New && r.kind != Webhooks::Recorded::Kind::Rejected)
                return Error {ErrorCode::Failure, QStringLiteral("a delivery was not recorded")};
            out.append(r.id);
        }
        return out;
    });
    recorded.waitForFinished();
    if (!recorded.result().ok()) {
        qWarning() << recorded.result().error().userMessage;
        return {};
    }
    return recorded.result().value();
}

Webhooks::Delivery TestWebhooksPage::delivery(qint64 id)
{
    auto found = m_session->host()->run([id](Engine::EngineHost::Slot &engine) -> Result<Webhooks::Delivery> {
        return engine->webhooks().delivery(id);
    });
    found.waitForFinished();
    return found.result().ok() ? found.result().value() : Webhooks::Delivery();
}

QList<Audit::AuditEvent> TestWebhooksPage::auditEvents(const QString &action)
{
    auto events = m_session->host()->run([action](Engine::EngineHost::Slot &engine) {
        QList<Audit::AuditEvent> matching;
        if (auto latest = engine->audit().latest(200); latest.ok()) {
            for (const Audit::AuditEvent &event : latest.value()) {
                if (event.action == action)
                    matching.append(event);
            }
        }
        return matching;
    });
    events.waitForFinished();
    return events.result();
}

void TestWebhooksPage::showWebhooksPage()
{
    // Through its shortcut, as a user would.
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    // QTest's release of Ctrl still carries the modifier, which the application would then take as held (and turn
    // selectRow() into a toggle).
    QTest::keyRelease(m_window.get(), Qt::Key_Control);
    QCOMPARE(find<QStackedWidget>("pages")->currentIndex(), int(Ui::MainWindow::WebhooksListPage));
    QVERIFY(find<Ui::WebhooksPage>("webhooksPage")->isVisible());
}

int TestWebhooksPage::rowOf(qint64 id)
{
    auto *table = find<QTableView>("deliveriesTable");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(Model::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestWebhooksPage::deliveriesFilteredWithDetails()
{
    createProfile(QStringLiteral("hooks"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    const QByteArray pushBody = R"({"ref":"refs/heads/main","repository":{"full_name":"acme/api"}})";
    const QList<qint64> ids = seed({
        {QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"), "gh-1", pushBody},
        {QStringLiteral("stripe-pay"), true, QStringLiteral("valid"), QStringLiteral("invoice.paid"), "evt_1",
         R"({"id":"evt_1","type":"invoice.paid"})"},
        {QStringLiteral("github-main"),
         false,
         QStringLiteral("signature_mismatch"),
         QString(),
         {},
         QByteArray(512, 'x'),
         30'000,
         false},
        {QStringLiteral("stripe-pay"), true, QStringLiteral("valid"), QStringLiteral("file.uploaded"), "evt_2",
         QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16), 10'000},
    });
    QCOMPARE(ids.size(), 4);
    const qint64 push = ids.at(0), rejected = ids.at(2), binary = ids.at(3);

    showWebhooksPage();
    auto *table = find<QTableView>("deliveriesTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);
    QCOMPARE(table->model()->index(0, Model::Id).data(Model::IdRole).toLongLong(), binary); // newest first
    // The sources with their paths and fingerprints.
    auto *sources = find<QTableWidget>("sourcesTable");
    QTRY_COMPARE(sources->rowCount(), 2);
    QCOMPARE(sources->item(0, 2)->text(), QStringLiteral("/webhooks/github-main"));
    QCOMPARE(sources->item(0, 4)->text(), secretOf("a github secret of some length").fingerprint());

    const int pushRow = rowOf(push);
    QCOMPARE(table->model()->index(pushRow, Model::Source).data().toString(), QStringLiteral("github-main"));
    QCOMPARE(table->model()->index(pushRow, Model::EventType).data().toString(), QStringLiteral("push"));
    QCOMPARE(table->model()->index(pushRow, Model::Verification).data().toString(), QStringLiteral("valid"));
    const int rejectedRow = rowOf(rejected);
    QCOMPARE(table->model()->index(rejectedRow, Model::Verification).data().toString(),
             QStringLiteral("wrong signature"));
    QCOMPARE(table->model()->index(rejectedRow, Model::State).data().toString(), QStringLiteral("rejected"));
    QVERIFY(table->model()
                ->index(rejectedRow, Model::Verification)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("the secret differs from the sender's")));
    // The console's workers process the push: GitHub pushes are no provider event, so nothing is done.
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(rowOf(push), Model::State).data().toString(),
                              QStringLiteral("ignored"), 15000);
    QVERIFY(table->model()->index(rowOf(push), Model::Result).data().toString().contains(QStringLiteral("push")));

    // Details: headers as recorded (the signature redacted), the body pretty-printed.
    table->selectRow(rowOf(push));
    auto *details = find<QPlainTextEdit>("deliveryDetails");
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Delivery %1 ").arg(push)), 10000);
    const QString shown = details->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("X-Hub-Signature-256: [redacted]")), qPrintable(shown));
    QVERIFY(!shown.contains(QStringLiteral("0123456789abcdef")));
    QVERIFY2(shown.contains(QStringLiteral("X-GitHub-Delivery: gh-1")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("\"full_name\": \"acme/api\"")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Verification: valid.")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("State: ignored")), qPrintable(shown));
    screenshot(m_window.get(), QStringLiteral("webhooks-page"));

    // A rejected delivery whose source keeps no rejected bodies says so; a binary body comes as base64.
    table->selectRow(rowOf(rejected));
    QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("Body not kept (512 bytes received)")),
                              qPrintable(details->toPlainText()), 10000);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Verification: wrong signature.")));
    table->selectRow(rowOf(binary));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("binary (16 bytes); shown as base64")),
                             10000);
    QVERIFY(details->toPlainText().contains(QStringLiteral("iVBORw0KGgoAAAANSUhEUg==")));

    // Filters: by source, by state, by verification.
    auto *sourceFilter = find<QComboBox>("deliverySourceFilter");
    QTRY_VERIFY(sourceFilter->findData(QStringLiteral("stripe-pay")) > 0);
    sourceFilter->setCurrentIndex(sourceFilter->findData(QStringLiteral("github-main")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
    sourceFilter->setCurrentIndex(0);
    auto *stateFilter = find<QComboBox>("deliveryStateFilter");
    stateFilter->setCurrentIndex(stateFilter->findData(QStringLiteral("rejected")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, Model::Id).data(Model::IdRole).toLongLong(), rejected);
    stateFilter->setCurrentIndex(0);
    auto *verifiedFilter = find<QComboBox>("deliveryVerifiedFilter");
    verifiedFilter->setCurrentIndex(verifiedFilter->findData(QStringLiteral("verified")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    verifiedFilter->setCurrentIndex(verifiedFilter->findData(QStringLiteral("rejected")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    verifiedFilter->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);

    // New deliveries appear while the page is shown, without losing the selection.
    table->selectRow(rowOf(push));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Delivery %1 ").arg(push)));
    const QList<qint64> later = seed({{QStringLiteral("github-main"), true, QStringLiteral("valid"),
                                       QStringLiteral("issues"), "gh-2", R"({"action":"opened"})", 0}});
    QCOMPARE(later.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Model::IdRole).toLongLong(), push);
}

void TestWebhooksPage::replaySelectionAndEverythingMatching()
{
    createProfile(QStringLiteral("replay"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    const QByteArray body = R"({"ok":true})";
    const QList<qint64> ids = seed({
        {QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"), "r-1", body},
        {QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"), "r-2", body},
        {QStringLiteral("stripe-pay"), true, QStringLiteral("valid"), QStringLiteral("charge.succeeded"), "r-3", body},
        {QStringLiteral("github-main"), false, QStringLiteral("missing_signature"), QString(), {}, body},
        // Older than the bulk replay reaches.
        {QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"), "r-old", body,
         8 * kDayMs},
    });
    QCOMPARE(ids.size(), 5);
    showWebhooksPage();
    auto *table = find<QTableView>("deliveriesTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
    // Processed by the console's workers before anything is replayed.
    for (const qint64 id : {ids.at(0), ids.at(1), ids.at(2)})
        QTRY_COMPARE_WITH_TIMEOUT(delivery(id).state, QStringLiteral("ignored"), 15000);
    auto *bar = find<Ui::MessageBar>("messageBar");
    auto *replaySelected = find<QPushButton>("replaySelectedButton");
    auto *replayMatching = find<QPushButton>("replayMatchingButton");
    QVERIFY(!replaySelected->isEnabled());

    // A rejected delivery alone: nothing to ask.
    table->selectRow(rowOf(ids.at(3)));
    QVERIFY(replaySelected->isEnabled());
    QTest::mouseClick(replaySelected, Qt::LeftButton);
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(QStringLiteral("Rejected deliveries are never processed")));

    // The first delivery with the rejected one: declined, nothing changes.
    table->selectionModel()->select(table->model()->index(rowOf(ids.at(0)), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    Ui::DialogHooks::setNextConfirmAnswer(false);
    QTest::mouseClick(replaySelected, Qt::LeftButton);
    QVERIFY2(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("Replay 1 of the 2 selected deliveries?")),
             qPrintable(Ui::DialogHooks::lastQuestion()));
    QTest::qWait(200);
    QCOMPARE(delivery(ids.at(0)).replays, 0);

    // Confirmed: the verified one is processed again, counted and audited.
    bar->hide();
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(replaySelected, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("1 delivery(ies) queued for processing again.")),
             qPrintable(bar->text()));
    QCOMPARE(delivery(ids.at(0)).replays, 1);
    QCOMPARE(delivery(ids.at(1)).replays, 0);
    QTRY_COMPARE_WITH_TIMEOUT(delivery(ids.at(0)).state, QStringLiteral("ignored"), 15000);
    const QList<Audit::AuditEvent> replays = auditEvents(QStringLiteral("webhook.replay"));
    QCOMPARE(replays.size(), 1);
    const QJsonObject replayed = QJsonDocument::fromJson(replays.first().details).object();
    QCOMPARE(replayed.value(QLatin1String("replayed")).toArray(), QJsonArray({ids.at(0)}));
    // The details pane follows: replayed once.
    table->clearSelection();
    table->selectRow(rowOf(ids.at(0)));
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QPlainTextEdit>("deliveryDetails")->toPlainText().contains(QStringLiteral("replayed 1 time(s)")), 10000);

    // Everything matching: the three verified deliveries of the last 7 days (not the rejected, not the old one).
    // Declined, and the real question box is looked at.
    QTimer watcher;
    bool asked = false;
    connect(&watcher, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || asked)
            return;
        asked = true;
        screenshot(box, QStringLiteral("webhooks-replay-confirmation"));
        box->reject();
    });
    watcher.start(50);
    QTest::mouseClick(replayMatching, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(asked, 10000);
    watcher.stop();
    QVERIFY2(Ui::DialogHooks::lastQuestion().startsWith(QStringLiteral("Replay 3 delivery(ies) from the last 7 days?")),
             qPrintable(Ui::DialogHooks::lastQuestion()));
    QTest::qWait(200);
    QCOMPARE(auditEvents(QStringLiteral("webhook.replay")).size(), 1);

    // With a filter, only what it matches; confirmed, each is replayed once more.
    auto *sourceFilter = find<QComboBox>("deliverySourceFilter");
    sourceFilter->setCurrentIndex(sourceFilter->findData(QStringLiteral("github-main")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 10000);
    Ui::DialogHooks::setNextConfirmAnswer(true);
    bar->hide();
    QTest::mouseClick(replayMatching, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(Ui::DialogHooks::lastQuestion().startsWith(QStringLiteral("Replay 2 delivery(ies) from the last 7 days?")),
             qPrintable(Ui::DialogHooks::lastQuestion()));
    QVERIFY(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("github-main")));
    QCOMPARE(delivery(ids.at(0)).replays, 2);
    QCOMPARE(delivery(ids.at(1)).replays, 1);
    QCOMPARE(delivery(ids.at(2)).replays, 0);
    QCOMPARE(delivery(ids.at(4)).replays, 0);
    QCOMPARE(auditEvents(QStringLiteral("webhook.replay")).size(), 2);

    // The rejected filter has nothing to replay.
    auto *verifiedFilter = find<QComboBox>("deliveryVerifiedFilter");
    verifiedFilter->setCurrentIndex(verifiedFilter->findData(QStringLiteral("rejected")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QTest::mouseClick(replayMatching, Qt::LeftButton);
    QTRY_VERIFY(bar->text().contains(QStringLiteral("nothing to replay")));
}

void TestWebhooksPage::addSourceAndRotateItsSecret()
{
    createProfile(QStringLiteral("sources"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    seed({}); // the sources github-main and stripe-pay
    showWebhooksPage();
    auto *sources = find<QTableWidget>("sourcesTable");
    QTRY_COMPARE_WITH_TIMEOUT(sources->rowCount(), 2, 10000);

    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<Ui::AddSourceDialog>();
    QVERIFY(dialog);
    QPointer<Ui::AddSourceDialog> guard(dialog);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit"));
    auto *scheme = dialog->findChild<QComboBox *>(QStringLiteral("schemeCombo"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("addSourceError"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addSourceConfirmButton"));
    QCOMPARE(scheme->count(), 7);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    // Names are path segments: what cannot be one is not typed.
    QTest::keyClicks(name, QStringLiteral("Svix Hooks"));
    QCOMPARE(name->text(), QStringLiteral("vixooks"));
    name->clear();

    // The engine's sentences show in the dialog: a name taken, a generic configuration it cannot use.
    QTest::keyClicks(name, QStringLiteral("github-main"));
    QTest::keyClicks(secret, QStringLiteral("a secret that is long enough"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("A webhook source named \"github-main\" exists already.")),
             qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("custom"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("generic")));
    auto *config = dialog->findChild<QPlainTextEdit *>(QStringLiteral("genericConfigEdit"));
    QVERIFY(config->isVisible());
    QVERIFY(config->toPlainText().contains(QStringLiteral("\"signature_header\": \"X-Signature\"")));
    screenshot(dialog, QStringLiteral("webhooks-add-source-generic"));
    config->setPlainText(QStringLiteral("{\"signature_header\": \"X-Sig\", \"colour\": \"blue\"}"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("unknown key \"colour\"")), 10000);
    config->setPlainText(QStringLiteral("{not json"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(error->text().contains(QStringLiteral("is not a JSON object")));

    // A Standard Webhooks source with a generated secret, copied for the sender.
    name->clear();
    QTest::keyClicks(name, QStringLiteral("svix-hooks"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("standard")));
    QVERIFY(!config->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateSecretButton")), Qt::LeftButton);
    const QString generated = secret->text();
    QVERIFY2(generated.startsWith(QStringLiteral("whsec_")) && generated.size() == 6 + 44, qPrintable(generated));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copySecretButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), generated);
    // Another format, another secret: a GitHub secret is hex.
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("github")));
    QVERIFY(secret->text() != generated);
    QCOMPARE(secret->text().size(), 64);
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("standard")));
    const QString secretText = secret->text();
    QVERIFY(secretText.startsWith(QStringLiteral("whsec_")));
    dialog->findChild<QSpinBox *>(QStringLiteral("toleranceSpin"))->setValue(600);
    screenshot(dialog, QStringLiteral("webhooks-add-source"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000); // accepted and gone, with the secret
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success);
    QVERIFY2(bar->text().contains(QStringLiteral("/webhooks/svix-hooks")), qPrintable(bar->text()));

    QByteArray secretBytes = secretText.toUtf8();
    const QString firstFingerprint = SecureBytes::takeFrom(secretBytes).fingerprint();
    QTRY_COMPARE_WITH_TIMEOUT(sources->rowCount(), 3, 10000);
    int row = -1;
    for (int r = 0; r < sources->rowCount(); ++r) {
        if (sources->item(r, 0)->text() == QLatin1String("svix-hooks"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(sources->item(row, 1)->text(), QStringLiteral("Standard Webhooks"));
    QCOMPARE(sources->item(row, 4)->text(), firstFingerprint);
    const QList<Audit::AuditEvent> added = auditEvents(QStringLiteral("webhook.source.add"));
    QCOMPARE(added.size(), 3);
    const auto svix = std::find_if(added.cbegin(), added.cend(), [](const Audit::AuditEvent &event) {
        return event.target == QLatin1String("webhook-source:svix-hooks");
    });
    QVERIFY(svix != added.cend());
    QVERIFY(svix->details.contains(firstFingerprint.toUtf8()));
    QVERIFY(svix->details.contains("\"scheme\":\"standard\""));
    QVERIFY(svix->details.contains("\"tolerance_seconds\":600"));
    QVERIFY(!svix->details.contains(secretText.toUtf8()));

    // Rotation: the new secret first, the old one valid for the overlap.
    sources->selectRow(row);
    auto *rotate = find<QPushButton>("rotateSourceSecretButton");
    QVERIFY(rotate->isEnabled());
    QTest::mouseClick(rotate, Qt::LeftButton);
    auto *rotateDialog = waitForDialog<Ui::RotateSecretDialog>();
    QVERIFY(rotateDialog);
    QPointer<Ui::RotateSecretDialog> rotateGuard(rotateDialog);
    QVERIFY(rotateDialog->findChild<QLabel *>(QStringLiteral("rotateSourceExplanation"))
                ->text()
                .contains(firstFingerprint));
    QCOMPARE(rotateDialog->findChild<QSpinBox *>(QStringLiteral("overlapSpin"))->value(), 24);
    auto *newSecret = rotateDialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    // The same secret again is refused by the engine, in the dialog.
    QTest::keyClicks(newSecret, secretText);
    QTest::mouseClick(rotateDialog->findChild<QPushButton *>(QStringLiteral("rotateSourceConfirmButton")),
                      Qt::LeftButton);
    auto *rotateError = rotateDialog->findChild<QLabel *>(QStringLiteral("rotateSourceError"));
    QTRY_VERIFY_WITH_TIMEOUT(rotateError->text().contains(QStringLiteral("already active")), 10000);
    newSecret->clear();
    QTest::mouseClick(rotateDialog->findChild<QPushButton *>(QStringLiteral("generateSecretButton")), Qt::LeftButton);
    QByteArray newBytes = newSecret->text().toUtf8();
    const QString secondFingerprint = SecureBytes::takeFrom(newBytes).fingerprint();
    screenshot(rotateDialog, QStringLiteral("webhooks-rotate-secret"));
    QTest::mouseClick(rotateDialog->findChild<QPushButton *>(QStringLiteral("rotateSourceConfirmButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!rotateGuard, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sources->item(row, 4)->text().startsWith(secondFingerprint), 10000);
    const QString secrets = sources->item(row, 4)->text();
    QVERIFY2(secrets.contains(firstFingerprint + QStringLiteral(" (valid until ")), qPrintable(secrets));
    QVERIFY2(bar->text().contains(secondFingerprint), qPrintable(bar->text()));
    const QList<Audit::AuditEvent> rotated = auditEvents(QStringLiteral("webhook.source.rotate_secret"));
    QCOMPARE(rotated.size(), 1);
    QCOMPARE(rotated.first().target, QStringLiteral("webhook-source:svix-hooks"));
    QVERIFY(rotated.first().details.contains(secondFingerprint.toUtf8()));
    screenshot(m_window.get(), QStringLiteral("webhooks-page-sources"));

    // A Google RISC source: no secret (Google signs the tokens), the client ids the tokens must be addressed to.
    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    dialog = waitForDialog<Ui::AddSourceDialog>();
    QVERIFY(dialog);
    guard = dialog;
    scheme = dialog->findChild<QComboBox *>(QStringLiteral("schemeCombo"));
    scheme->setCurrentIndex(scheme->findData(QStringLiteral("google-risc")));
    auto *audiences = dialog->findChild<QLineEdit *>(QStringLiteral("riscAudiencesEdit"));
    QVERIFY(audiences->isVisible());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->isVisible());
    QVERIFY(!dialog->findChild<QSpinBox *>(QStringLiteral("toleranceSpin"))->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceNameEdit")), QStringLiteral("google"));
    error = dialog->findChild<QLabel *>(QStringLiteral("addSourceError"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addSourceConfirmButton")), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible() && error->text().contains(QStringLiteral("client ids")));
    QTest::keyClicks(audiences,
                     QStringLiteral("123-abc.apps.googleusercontent.com, 456-def.apps.googleusercontent.com"));
    screenshot(dialog, QStringLiteral("webhooks-add-source-risc"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addSourceConfirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sources->rowCount(), 4, 10000);
    for (int r = 0; r < sources->rowCount(); ++r) {
        if (sources->item(r, 0)->text() == QLatin1String("google"))
            row = r;
    }
    QCOMPARE(sources->item(row, 1)->text(), QStringLiteral("Google RISC"));
    QCOMPARE(
        sources->item(row, 4)->text(),
        QStringLiteral("Google's keys, for 123-abc.apps.googleusercontent.com, 456-def.apps.googleusercontent.com"));
    sources->selectRow(row);
    QVERIFY(!find<QPushButton>("rotateSourceSecretButton")->isEnabled()); // nothing to rotate
}

void TestWebhooksPage::rolesSeeWhatTheyMay()
{
    createProfile(QStringLiteral("roles"),
                  {{QStringLiteral("sam"), Role::Support}, {QStringLiteral("ada"), Role::Auditor}});
    openWindow();
    signIn(QStringLiteral("alice"));
    QCOMPARE(seed({{QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"), "x-1",
                    R"({"a":1})"}})
                 .size(),
             1);
    struct Expected
    {
        const char *user;
        bool manage;
        bool replay;
    };
    for (const Expected &expected :
         {Expected {"alice", true, true}, Expected {"sam", false, true}, Expected {"ada", false, false}}) {
        const QString user = QLatin1String(expected.user);
        if (user != QLatin1String("alice")) {
            m_session->open(m_location);
            signIn(user);
        }
        // Every role reads webhooks: the page is there, with its sources and deliveries.
        QVERIFY(!find<QListWidget>("sidebar")->item(Ui::MainWindow::WebhooksListPage)->isHidden());
        showWebhooksPage();
        auto *page = find<Ui::WebhooksPage>("webhooksPage");
        QTRY_COMPARE_WITH_TIMEOUT(find<QTableView>("deliveriesTable")->model()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(find<QTableWidget>("sourcesTable")->rowCount(), 2, 10000);
        for (const char *name : {"addSourceButton", "rotateSourceSecretButton"})
            QVERIFY2(find<QWidget>(name)->isVisibleTo(page) == expected.manage,
                     qPrintable(user + u' ' + QLatin1String(name)));
        for (const char *name : {"replaySelectedButton", "replayMatchingButton"})
            QVERIFY2(find<QWidget>(name)->isVisibleTo(page) == expected.replay,
                     qPrintable(user + u' ' + QLatin1String(name)));
        if (user == QLatin1String("sam")) {
            // Support replays, and the audit log names him.
            auto *table = find<QTableView>("deliveriesTable");
            table->selectRow(0);
            Ui::DialogHooks::setNextConfirmAnswer(true);
            QTest::mouseClick(find<QPushButton>("replaySelectedButton"), Qt::LeftButton);
            auto *bar = find<Ui::MessageBar>("messageBar");
            QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
            const QList<Audit::AuditEvent> replays = auditEvents(QStringLiteral("webhook.replay"));
            QCOMPARE(replays.size(), 1);
            QCOMPARE(replays.first().actorUser, QStringLiteral("sam"));
            screenshot(m_window.get(), QStringLiteral("webhooks-page-support"));
        }
    }
}

// The deliveries model on its own: cursor pages, and refreshes merged in place (rows that stop matching the filter
// go, rows that come to match go in at their place, changed rows change) under QAbstractItemModelTester.
void TestWebhooksPage::modelPagesAndMergesRefreshes()
{
    createProfile(QStringLiteral("model"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QList<Seed> many;
    for (int i = 0; i < 600; ++i) {
        many.append({QStringLiteral("stripe-pay"), true, QStringLiteral("valid"), QStringLiteral("invoice.paid"),
                     "m-" + QByteArray::number(i), R"({"n":1})", 600'000 - i});
    }
    const QList<qint64> ids = seed(many);
    QCOMPARE(ids.size(), 600);
    // Processed (ignored) by the console's workers.
    QTRY_VERIFY_WITH_TIMEOUT(delivery(ids.last()).state == QLatin1String("ignored")
                                 && delivery(ids.first()).state == QLatin1String("ignored"),
                             30000);

    Model model(m_session->host());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Webhooks::DeliveryFilter ignored;
    ignored.state = QStringLiteral("ignored");
    model.setFilter(ignored);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), Model::kPageSize, 10000);
    QCOMPARE(model.index(0, Model::Id).data(Model::IdRole).toLongLong(), ids.last());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2 * Model::kPageSize, 10000);
    model.fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 600, 10000);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.delivery(row - 1).id > model.delivery(row).id);

    const auto setOutcome = [this](qint64 id, const char *state, const QString &result) {
        auto done = m_session->host()->run([id, state, result](Engine::EngineHost::Slot &engine) {
            return engine->webhooks()
                .store()
                .setOutcome(id, QLatin1String(state), result, QDateTime::currentMSecsSinceEpoch())
                .ok();
        });
        done.waitForFinished();
        return done.result();
    };
    // One stops matching, a new one arrives: the refresh removes one row and inserts another, the rest stay.
    const qint64 middle = ids.at(300);
    QVERIFY(setOutcome(middle, "failed", QStringLiteral("it failed")));
    const QPersistentModelIndex kept = model.index(model.rowOf(ids.at(100)), 0);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(middle), -1, 10000);
    QCOMPARE(model.rowCount(), 599);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(Model::IdRole).toLongLong(), ids.at(100));
    // It matches again, with another result: back at its place.
    QVERIFY(setOutcome(middle, "ignored", QStringLiteral("ignored on the second look")));
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 600, 10000);
    const int row = model.rowOf(middle);
    QVERIFY(row > 0);
    QVERIFY(model.delivery(row - 1).id > middle && model.delivery(row + 1).id < middle);
    QCOMPARE(model.index(row, Model::Result).data().toString(), QStringLiteral("ignored on the second look"));
    // A changed row changes in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(setOutcome(ids.at(10), "ignored", QStringLiteral("looked at again")));
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.index(model.rowOf(ids.at(10)), Model::Result).data().toString(),
                              QStringLiteral("looked at again"), 10000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 600);
}

// A bulk replay takes at most WebhookService::kMaxReplay deliveries, the newest, and says so before it acts.
void TestWebhooksPage::replayAllMatchingIsCapped()
{
    createProfile(QStringLiteral("capped"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    const int max = Webhooks::WebhookService::kMaxReplay;
    QList<Seed> many;
    for (int i = 0; i < max + 2; ++i) {
        many.append({QStringLiteral("github-main"), true, QStringLiteral("valid"), QStringLiteral("push"),
                     "c-" + QByteArray::number(i), R"({"n":1})", 3'600'000 - i});
    }
    const QList<qint64> ids = seed(many);
    QCOMPARE(ids.size(), max + 2);
    showWebhooksPage();
    auto *table = find<QTableView>("deliveriesTable");
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);

    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(find<QPushButton>("replayMatchingButton"), Qt::LeftButton);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 20000);
    const QString question = Ui::DialogHooks::lastQuestion();
    QVERIFY2(question.startsWith(QStringLiteral("Replay 1000 delivery(ies) from the last 7 days?"))
                 && question.contains(QStringLiteral("these are the newest 1000")),
             qPrintable(question));
    QVERIFY2(bar->text().startsWith(QStringLiteral("1000 delivery(ies) queued")), qPrintable(bar->text()));
    // The two oldest were left out.
    QCOMPARE(delivery(ids.at(0)).replays, 0);
    QCOMPARE(delivery(ids.at(1)).replays, 0);
    QCOMPARE(delivery(ids.at(2)).replays, 1);
    QCOMPARE(delivery(ids.last()).replays, 1);
}

// Event endpoints on their tab: added through the dialog (the secret shown once, with a Copy button), healthy until
// switched off, removed after a question, all audited; Support sees them but not the buttons that change them.
void TestWebhooksPage::eventEndpointsAddedSwitchedOffAndRemoved()
{
    createProfile(QStringLiteral("endpoints"), {{QStringLiteral("sam"), Role::Support}});
    openWindow();
    signIn(QStringLiteral("alice"));
    showWebhooksPage();
    auto *page = find<Ui::WebhooksPage>("webhooksPage");
    auto *tabs = find<QTabWidget>("webhooksTabs");
    tabs->setCurrentIndex(1);
    auto *table = find<QTableWidget>("endpointsTable");
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("noEndpoints")->isVisible(), 10000);
    for (const char *name : {"addEndpointButton", "switchEndpointButton", "removeEndpointButton"})
        QVERIFY2(find<QWidget>(name)->isVisibleTo(page), name);
    QVERIFY(!find<QPushButton>("switchEndpointButton")->isEnabled()); // nothing selected

    QTest::mouseClick(find<QPushButton>("addEndpointButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<Ui::AddEndpointDialog>();
    QVERIFY(dialog);
    QPointer<Ui::AddEndpointDialog> guard(dialog);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("endpointUrlEdit"));
    auto *all = dialog->findChild<QCheckBox *>(QStringLiteral("allEventsCheck"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("addEndpointError"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addEndpointConfirmButton"));
    auto *jobDead = dialog->findChild<QCheckBox *>(QStringLiteral("eventCheck:job.dead"));
    QVERIFY(jobDead);
    QVERIFY(all->isChecked() && !jobDead->isEnabled()); // "all events" covers each
    // Plain http only on this computer: the engine's sentence shows in the dialog.
    QTest::keyClicks(url, QStringLiteral("http://alerts.example.com/hook"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("http:// only for localhost")), qPrintable(error->text()));
    // Some events, none chosen: said before asking the engine.
    all->setChecked(false);
    QVERIFY(jobDead->isEnabled());
    url->clear();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:9/hook"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(error->text().contains(QStringLiteral("Choose the events")));
    jobDead->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("eventCheck:audit.chain_broken"))->setChecked(true);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("endpointDescriptionEdit")),
                     QStringLiteral("on-call alerts"));
    QVERIFY(!error->isVisible());
    screenshot(dialog, QStringLiteral("webhooks-add-endpoint"));
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);

    // The secret, once, with a Copy button.
    auto *shown = waitForDialog<Ui::TokenCreatedDialog>();
    QVERIFY(shown);
    QCOMPARE(shown->objectName(), QStringLiteral("endpointSecretDialog"));
    const QString secret = shown->findChild<QLineEdit *>(QStringLiteral("tokenValue"))->text();
    QVERIFY2(secret.startsWith(QStringLiteral("whsec_")) && secret.size() > 30, qPrintable(secret));
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copyTokenButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), secret);
    screenshot(shown, QStringLiteral("webhooks-endpoint-secret"));
    QPointer<QDialog> shownGuard(shown);
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("tokenCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(!shownGuard);

    QCOMPARE(tabs->currentIndex(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
    QVERIFY(table->isVisible());
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("http://127.0.0.1:9/hook"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("job.dead, audit.chain_broken"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("healthy"));
    QCOMPARE(table->item(0, 3)->toolTip(), QStringLiteral("Nothing delivered yet."));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("on-call alerts"));
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("(1)")));
    const QList<Audit::AuditEvent> added = auditEvents(QStringLiteral("webhook.endpoint.add"));
    QCOMPARE(added.size(), 1);
    QVERIFY(!added.first().details.contains(secret.toUtf8()));

    // Switched off: disabled, with the reason in the tooltip; the button offers to switch it on again.
    table->selectRow(0);
    auto *switchButton = find<QPushButton>("switchEndpointButton");
    QVERIFY(switchButton->isEnabled());
    QCOMPARE(switchButton->text(), QStringLiteral("S&witch off"));
    screenshot(m_window.get(), QStringLiteral("webhooks-page-endpoints"));
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 3)->text(), QStringLiteral("disabled"), 10000);
    QCOMPARE(table->item(0, 3)->toolTip(), QStringLiteral("Switched off by an administrator."));
    QCOMPARE(switchButton->text(), QStringLiteral("S&witch on"));
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success);
    QCOMPARE(auditEvents(QStringLiteral("webhook.endpoint.disable")).size(), 1);

    // Removed after the question.
    QVERIFY(table->item(0, 0)->isSelected());
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(find<QPushButton>("removeEndpointButton"), Qt::LeftButton);
    QVERIFY2(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("http://127.0.0.1:9/hook")),
             qPrintable(Ui::DialogHooks::lastQuestion()));
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 10000);
    QTRY_VERIFY(find<QLabel>("noEndpoints")->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Removed endpoint")), qPrintable(bar->text()));
    const QList<Audit::AuditEvent> removed = auditEvents(QStringLiteral("webhook.endpoint.remove"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().target, added.first().target);

    // Support reads the endpoints but is not offered what changes them.
    QVERIFY(m_session->host()
                ->run([](Engine::EngineHost::Slot &engine) {
                    return engine->events()
                        .addEndpoint(QStringLiteral("https://hooks.example.com/keyward"), {}, QString())
                        .ok();
                })
                .result());
    m_session->open(m_location);
    signIn(QStringLiteral("sam"));
    showWebhooksPage();
    tabs = find<QTabWidget>("webhooksTabs");
    tabs->setCurrentIndex(1);
    table = find<QTableWidget>("endpointsTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("all events"));
    page = find<Ui::WebhooksPage>("webhooksPage");
    for (const char *name : {"addEndpointButton", "switchEndpointButton", "removeEndpointButton"})
        QVERIFY2(!find<QWidget>(name)->isVisibleTo(page), name);
    screenshot(m_window.get(), QStringLiteral("webhooks-page-endpoints-support"));
}

namespace {

/// One request over TLS to the console's receiver, trusting its self-signed certificate only when its SHA-256 is the
/// one the page shows (what a sender is told to pin). Returns the status line and headers, or "" when the
/// connection failed.
QByteArray httpsRequest(quint16 port, const QString &fingerprint, const QByteArray &request)
{
    QSslSocket socket;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, fingerprint](const QList<QSslError> &errors) {
        const QByteArray digest = socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        if (QString::fromLatin1(digest) == fingerprint)
            socket.ignoreSslErrors(errors);
    });
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer;
}

} // namespace

void TestWebhooksPage::receiverSwitchedOnInTheConsole()
{
    createProfile(QStringLiteral("receiver"),
                  {{QStringLiteral("carol"), Role::Auditor}, {QStringLiteral("dana"), Role::SecurityAdmin}});
    openWindow();
    signIn(QStringLiteral("alice"));
    QVERIFY(seed({}).isEmpty()); // the sources, no deliveries
    showWebhooksPage();
    auto *tabs = find<QTabWidget>("webhooksTabs");
    tabs->setCurrentIndex(2);
    auto *status = find<QLabel>("receiverStatus");
    QVERIFY2(status->text().startsWith(QStringLiteral("Off:")), qPrintable(status->text()));

    // Switched on, self-signed, on any free port.
    QTest::mouseClick(find<QPushButton>("configureReceiverButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<Ui::ReceiverDialog>();
    QVERIFY(dialog);
    QPointer<Ui::ReceiverDialog> guard(dialog);
    auto *listen = dialog->findChild<QLineEdit *>(QStringLiteral("receiverListenEdit"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("receiverError"));
    QVERIFY(!listen->isEnabled()); // off: nothing to set
    dialog->findChild<QCheckBox *>(QStringLiteral("receiverEnabledCheck"))->setChecked(true);
    QVERIFY(listen->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("receiverSelfSignedRadio"))->isChecked());
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("receiverCertEdit"))->isEnabled());
    // A malformed address is refused in the dialog.
    listen->setText(QStringLiteral("localhost"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("ADDRESS:PORT")), qPrintable(error->text()));
    // Certificate files that do not exist: the engine's sentence.
    dialog->findChild<QRadioButton *>(QStringLiteral("receiverFilesRadio"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("receiverCertEdit"))
        ->setText(m_data->filePath(QStringLiteral("none.pem")));
    dialog->findChild<QLineEdit *>(QStringLiteral("receiverKeyEdit"))
        ->setText(m_data->filePath(QStringLiteral("none.key")));
    listen->setText(QStringLiteral("127.0.0.1:0"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QStringLiteral("none.pem")), 10000);
    QVERIFY(auditEvents(QStringLiteral("webhook.receiver.configure")).isEmpty());
    dialog->findChild<QRadioButton *>(QStringLiteral("receiverSelfSignedRadio"))->setChecked(true);
    screenshot(dialog, QStringLiteral("webhooks-receiver-dialog"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);

    QVERIFY(m_session->receiver().running);
    const QString origin = m_session->receiver().origin;
    const quint16 port = quint16(origin.section(u':', -1).toUInt());
    QVERIFY2(origin.startsWith(QStringLiteral("https://127.0.0.1:")) && port > 0, qPrintable(origin));
    const QString fingerprint = m_session->receiver().fingerprint;
    QVERIFY2(status->text().contains(origin + QStringLiteral("/webhooks/NAME")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(fingerprint), qPrintable(status->text()));
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY(bar->isVisible() && bar->text().contains(origin));
    screenshot(m_window.get(), QStringLiteral("webhooks-page-receiver"));
    const QList<Audit::AuditEvent> configured = auditEvents(QStringLiteral("webhook.receiver.configure"));
    QCOMPARE(configured.size(), 1);
    QVERIFY(configured.first().details.contains("\"self-signed\""));

    // The console's receiver answers over TLS and records what it gets: a forged delivery is rejected (401) and
    // shows up on the page.
    QVERIFY(httpsRequest(port, fingerprint, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200"));
    const QByteArray body = R"({"action":"opened"})";
    const QByteArray forged = "POST /webhooks/github-main HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                              "X-GitHub-Event: issues\r\nX-GitHub-Delivery: forged-1\r\n"
                              "X-Hub-Signature-256: sha256="
        + QByteArray(64, 'a') + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    const QByteArray answer = httpsRequest(port, fingerprint, forged);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    auto *table = find<QTableView>("deliveriesTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, Model::Source).data().toString(), QStringLiteral("github-main"));

    // A port another program holds: the settings are stored, the dialog says why the receiver did not start, and
    // the page says so too.
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    QTest::mouseClick(find<QPushButton>("configureReceiverButton"), Qt::LeftButton);
    dialog = waitForDialog<Ui::ReceiverDialog>();
    QVERIFY(dialog);
    guard = dialog;
    dialog->findChild<QLineEdit *>(QStringLiteral("receiverListenEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(taken.serverPort()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    error = dialog->findChild<QLabel *>(QStringLiteral("receiverError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QStringLiteral("did not start")), qPrintable(error->text()));
    QVERIFY(!m_session->receiver().running);
    QVERIFY2(status->text().contains(QStringLiteral("not running")), qPrintable(status->text()));
    QVERIFY(httpsRequest(port, fingerprint, "GET /healthz HTTP/1.1\r\n\r\n").isEmpty()); // the old one stopped

    // Back to any free port, then off.
    dialog->findChild<QLineEdit *>(QStringLiteral("receiverListenEdit"))->setText(QStringLiteral("127.0.0.1:0"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QVERIFY(m_session->receiver().running);

    // An Auditor runs no workers, so no receiver: the page says why, and offers no configuration.
    m_session->open(m_location);
    signIn(QStringLiteral("carol"));
    showWebhooksPage();
    QVERIFY(!m_session->receiver().running);
    QVERIFY2(status->text().contains(QStringLiteral("your role does not run them")), qPrintable(status->text()));
    QVERIFY(!find<QWidget>("configureReceiverButton")->isVisibleTo(find<Ui::WebhooksPage>("webhooksPage")));

    // Another administrator (a TOTP code is good for one sign-in) opens the profile: the receiver starts from the
    // stored settings. Switched off, it stops at once.
    m_session->open(m_location);
    signIn(QStringLiteral("dana"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->receiver().running, 10000);
    showWebhooksPage();
    QVERIFY2(status->text().startsWith(QStringLiteral("Receiving on ")), qPrintable(status->text()));
    const QString reopened = m_session->receiver().origin;
    QTest::mouseClick(find<QPushButton>("configureReceiverButton"), Qt::LeftButton);
    dialog = waitForDialog<Ui::ReceiverDialog>();
    QVERIFY(dialog);
    guard = dialog;
    dialog->findChild<QCheckBox *>(QStringLiteral("receiverEnabledCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("receiverApplyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QVERIFY(!m_session->receiver().running);
    QVERIFY2(status->text().startsWith(QStringLiteral("Off:")), qPrintable(status->text()));
    QVERIFY(httpsRequest(quint16(reopened.section(u':', -1).toUInt()), QString(), "GET /healthz HTTP/1.1\r\n\r\n")
                .isEmpty());
    QCOMPARE(auditEvents(QStringLiteral("webhook.receiver.configure")).size(), 4);
}

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"

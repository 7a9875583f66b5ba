#include "audit/AuditPage.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"
#include "health/HealthChart.h"
#include "itemmodels/ConnectionTableModel.h"
#include "itemmodels/JobTableModel.h"
#include "mainwindow/MainWindow.h"
#include "reports/PdfReportWriter.h"
#include "setup/FirstRunDialog.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace Keyward;
using State = Engine::ProfileSession::State;

// Drives the real main window offscreen against the real OS keychain (run inside scripts/with-keyring.sh).
// Screenshots go to $KEYWARD_SCREENSHOT_DIR when it is set, to be looked at.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstRunCreatesProfile();
    void verifyChainShowsResult();
    void auditPageFiltersSearchesAndExports();
    void reportsPagePreviewsSavesAndSchedules();
    void backupAndRekeyFromProfilePage();
    void tokenKeyRingOnProfilePage();
    void damagedDatabaseShowsSentence();
    void jobsPageShowsAndRetriesDeadJobs();
    void healthAndConnectionsPages();
    void labelsFollowTheLanguage_data();
    void labelsFollowTheLanguage();

private:
    void createProfile(const QString &name);
    void screenshot(const QString &name);
    void screenshot(QWidget *widget, const QString &name);
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Engine::ProfileSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    Reports::installPdfWriter(); // as ConsoleApplication does
    m_data = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_data->path().toUtf8()); // each test starts with no profiles
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_data.reset();
}

void TestMainWindow::screenshot(const QString &name)
{
    screenshot(m_window.get(), name);
}

void TestMainWindow::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestMainWindow::createProfile(const QString &name)
{
    m_window->start(Storage::ProfileLocation::resolve({}, {}), false);
    QTRY_VERIFY(m_window->firstRunDialog());
    Ui::FirstRunDialog *dialog = m_window->firstRunDialog();
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    // These tests run the profile as its operator (no users); tst_userspage creates the first administrator.
    dialog->findChild<QGroupBox *>(QStringLiteral("firstAdminGroup"))->setChecked(false);
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (name == QLatin1String("prod") && !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/first-run.png")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createProfileButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
}

void TestMainWindow::firstRunCreatesProfile()
{
    createProfile(QStringLiteral("prod"));
    QVERIFY(QFile::exists(m_data->filePath(QStringLiteral("keyward/profiles/prod/keyward.db"))));
    QCOMPARE(find<QLabel>("statusProfile")->text(), QStringLiteral("Profile: prod"));
    QTRY_VERIFY(find<QLabel>("statusStore")->text().contains(QStringLiteral("SQLCipher")));
    QTRY_VERIFY(find<QLabel>("statusAuditHead")->text().startsWith(QStringLiteral("Audit head #1")));
    // The audit page lists the creation of the profile.
    auto *table = find<QTableView>("auditTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("profile.create"));
    screenshot(QStringLiteral("audit-page"));
}

void TestMainWindow::verifyChainShowsResult()
{
    createProfile(QStringLiteral("verify"));
    auto *status = find<QLabel>("chainStatus");
    QTest::mouseClick(find<QPushButton>("verifyChainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Verified up to event 1")), 10000);
}

void TestMainWindow::auditPageFiltersSearchesAndExports()
{
    createProfile(QStringLiteral("auditing"));
    // Events of several kinds, one of them a change with its value before.
    auto planted = m_session->host()->run([](Engine::EngineHost::Slot &engine) -> Status {
        for (int i = 0; i < 30; ++i)
            KW_TRY(engine->record({QStringLiteral("token.refresh"),
                                   QStringLiteral("connection:%1").arg(i % 3),
                                   Audit::Outcome::Success,
                                   {{QStringLiteral("provider"), QStringLiteral("google")}}}));
        KW_TRY(engine->record({QStringLiteral("token.refresh"),
                               QStringLiteral("connection:2"),
                               Audit::Outcome::Failure,
                               {{QStringLiteral("error"), QStringLiteral("invalid_grant: the user revoked access")}}}));
        KW_TRY(engine->record({QStringLiteral("retention.set"),
                               QStringLiteral("retention:job-history"),
                               Audit::Outcome::Success,
                               {{QStringLiteral("days"), 30}, {QStringLiteral("previous_days"), 90}}}));
        return {};
    });
    planted.waitForFinished();
    QVERIFY(planted.result().ok());
    m_window->showPage(Ui::MainWindow::AuditLogPage);
    QTest::mouseClick(find<QPushButton>("refreshAuditButton"), Qt::LeftButton);
    auto *table = find<QTableView>("auditTable");
    auto *status = find<QLabel>("auditFilterStatus");
    QTRY_COMPARE(table->model()->rowCount(), 33); // with the profile's creation
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("33 event(s) match: all events")));

    // An action picked from the list (the list holds the actions in the log), then the event's changes.
    auto *action = find<QComboBox>("auditAction");
    QTRY_VERIFY(action->findText(QStringLiteral("retention.set")) >= 0);
    QTest::keyClicks(action->lineEdit(), QStringLiteral("retention.set"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QTRY_VERIFY(status->text().contains(QStringLiteral("action = retention.set")));
    table->setFocus();
    table->selectRow(0);
    auto *details = find<QTextBrowser>("auditDetails");
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("What changed")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("days")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("90")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("30")));
    screenshot(QStringLiteral("audit-page-filtered"));

    // Words in the details, with the list cleared; then an outcome that nothing has.
    QTest::mouseClick(find<QPushButton>("clearAuditFilters"), Qt::LeftButton);
    QTRY_COMPARE(table->model()->rowCount(), 33);
    QTest::keyClicks(find<QLineEdit>("auditSearch"), QStringLiteral("invalid_grant"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("failure"));
    auto *outcome = find<QComboBox>("auditOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("denied")));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("No event matches")));

    // Export what matches a target: CSV with a header and a row per event.
    QTest::mouseClick(find<QPushButton>("clearAuditFilters"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>("auditTarget"), QStringLiteral("connection:2"));
    QTRY_COMPARE(table->model()->rowCount(), 11);
    const QString csv = m_data->filePath(QStringLiteral("selection.csv"));
    Ui::DialogHooks::setNextSaveFileName(csv);
    QTest::mouseClick(find<QPushButton>("exportMatchingButton"), Qt::LeftButton);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Exported 11 event(s)")), qPrintable(bar->text()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 12);
    QVERIFY(lines.at(1).contains("\"connection:2\""));
    // The export is audited, with what was selected.
    QTest::mouseClick(find<QPushButton>("clearAuditFilters"), Qt::LeftButton);
    QTRY_COMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("audit.export"));

    // A tampered event: verification names it, and the table shows it at the top, selected.
    auto tampered = m_session->host()->run([](Engine::EngineHost::Slot &engine) -> Status {
        return engine->database().exec(
            "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET target = 'x' WHERE seq = 5");
    });
    tampered.waitForFinished();
    QVERIFY(tampered.result().ok());
    QTest::mouseClick(find<QPushButton>("verifyChainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("chainStatus")->text().contains(QStringLiteral("broken at event 5")), 10000);
    QTRY_COMPARE(table->model()->index(0, 0).data().toLongLong(), 5);
    QTRY_COMPARE(table->currentIndex().row(), 0);
    QVERIFY(status->text().contains(QStringLiteral("first broken link")));
    screenshot(QStringLiteral("audit-page-broken"));
}

void TestMainWindow::reportsPagePreviewsSavesAndSchedules()
{
    createProfile(QStringLiteral("reporting"));
    m_window->showPage(Ui::MainWindow::ReportsListPage);
    QCOMPARE(find<QStackedWidget>("pages")->currentIndex(), int(Ui::MainWindow::ReportsListPage));
    auto *type = find<QComboBox>("reportType");
    QCOMPARE(type->count(), 5);

    // The integrity attestation, previewed in the window.
    type->setCurrentIndex(4);
    QVERIFY(find<QLabel>("reportDescription")->text().contains(QStringLiteral("audit chain")));
    QTest::mouseClick(find<QPushButton>("previewReportButton"), Qt::LeftButton);
    auto *preview = find<QTextBrowser>("reportPreview");
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QStringLiteral("Audit integrity attestation")), 10000);
    QVERIFY(preview->toPlainText().contains(QStringLiteral("intact")));
    QVERIFY(find<QLabel>("reportStatus")->text().startsWith(QStringLiteral("Preview of the")));
    screenshot(QStringLiteral("reports-page"));

    // Saved as PDF and as CSV: the extension picks the format; the file's hash is in the message and the log.
    auto *bar = find<Ui::MessageBar>("messageBar");
    for (const char *name : {"integrity.pdf", "integrity.csv"}) {
        const QString path = m_data->filePath(QString::fromLatin1(name));
        Ui::DialogHooks::setNextSaveFileName(path);
        bar->hide();
        QTest::mouseClick(find<QPushButton>("saveReportButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bar->text().contains(
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
        QVERIFY(QByteArray(name).endsWith(".pdf") ? bytes.startsWith("%PDF-") : bytes.startsWith("\"field\""));
    }
    QVERIFY(!find<QProgressBar>("reportProgress")->isVisible());

    // A schedule added through its dialog, then removed.
    QTimer filler;
    bool filled = false;
    connect(&filler, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || filled || dialog->objectName() != QLatin1String("scheduleDialog"))
            return;
        filled = true;
        dialog->findChild<QLineEdit *>(QStringLiteral("scheduleName"))->setText(QStringLiteral("weekly"));
        dialog->findChild<QLineEdit *>(QStringLiteral("scheduleFolder"))->setText(m_data->path());
        screenshot(dialog, QStringLiteral("reports-schedule-dialog"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    filler.start(50);
    QTest::mouseClick(find<QPushButton>("addScheduleButton"), Qt::LeftButton);
    filler.stop();
    QVERIFY(filled);
    auto *schedules = find<QTableWidget>("reportSchedules");
    QTRY_COMPARE(schedules->rowCount(), 1);
    QCOMPARE(schedules->item(0, 0)->text(), QStringLiteral("weekly"));
    QCOMPARE(schedules->item(0, 3)->text(), QStringLiteral("0 6 * * 1"));
    schedules->selectRow(0);
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(find<QPushButton>("removeScheduleButton"), Qt::LeftButton);
    QTRY_COMPARE(schedules->rowCount(), 0);
}

void TestMainWindow::backupAndRekeyFromProfilePage()
{
    createProfile(QStringLiteral("ops"));
    m_window->showPage(Ui::MainWindow::ProfileInfoPage);
    QCOMPARE(find<QStackedWidget>("pages")->currentIndex(), int(Ui::MainWindow::ProfileInfoPage));
    QTRY_COMPARE(find<QLabel>("profileNameValue")->text(), QStringLiteral("ops"));

    const QString backup = m_data->filePath(QStringLiteral("ops.kwbackup"));
    Ui::DialogHooks::setNextSaveFileName(backup);
    QTest::mouseClick(find<QPushButton>("backupButton"), Qt::LeftButton);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY(bar->text().contains(backup));
    QVERIFY(QFile::exists(backup));

    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(find<QPushButton>("rekeyButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text() == QStringLiteral("The database key was rotated."), 10000);
    QTRY_VERIFY(find<QLabel>("auditEventsValue")->text() == QStringLiteral("3"));
    screenshot(QStringLiteral("profile-page"));

    auto *table = find<QTableView>("auditTable");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, 3).data().toString(), QStringLiteral("db.rekey"));
    QCOMPARE(table->model()->index(1, 3).data().toString(), QStringLiteral("backup.create"));
}

void TestMainWindow::tokenKeyRingOnProfilePage()
{
    createProfile(QStringLiteral("keys"));
    // A token key, as storing the first token makes one.
    auto first = m_session->host()->run([](Engine::EngineHost::Slot &engine) -> Result<QString> {
        return engine->connections().keyRing().activeKeyId();
    });
    first.waitForFinished();
    QVERIFY(first.result().ok());
    const QString firstKey = first.result().value();

    m_window->showPage(Ui::MainWindow::ProfileInfoPage);
    auto *table = find<QTableWidget>("tokenKeysTable");
    QTRY_COMPARE(table->rowCount(), 1);
    QVERIFY(table->isVisible());
    QVERIFY(!find<QLabel>("noTokenKeys")->isVisible());
    QCOMPARE(table->item(0, 0)->text(), firstKey);
    QVERIFY2(table->item(0, 1)->text().startsWith(QStringLiteral("active")), qPrintable(table->item(0, 1)->text()));
    QVERIFY(!table->item(0, 2)->text().isEmpty()); // created
    QVERIFY(table->item(0, 3)->text().isEmpty()); // not retired
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("0"));

    // Declined, nothing happens; the question says what rotating does.
    auto *rotate = find<QPushButton>("rotateTokenKeyButton");
    QVERIFY(!rotate->accessibleName().isEmpty());
    Ui::DialogHooks::setNextConfirmAnswer(false);
    QTest::mouseClick(rotate, Qt::LeftButton);
    const QString question = Ui::DialogHooks::lastQuestion();
    QVERIFY2(question.contains(QStringLiteral("seals every stored token again under the new key"))
                 && question.contains(QStringLiteral("old key is retired")),
             qPrintable(question));
    QTest::qWait(200);
    QCOMPARE(table->rowCount(), 1);

    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(rotate, Qt::LeftButton);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("New token key ")), qPrintable(bar->text()));
    QTRY_COMPARE(table->rowCount(), 2);
    // The new key on top, active; the old one retiring until the console's workers have re-sealed (here: nothing),
    // then retired, which the page follows by itself.
    const QString newKey = table->item(0, 0)->text();
    QVERIFY(newKey != firstKey);
    QVERIFY2(bar->text().contains(newKey), qPrintable(bar->text()));
    QVERIFY(table->item(0, 1)->text().startsWith(QStringLiteral("active")));
    QCOMPARE(table->item(1, 0)->text(), firstKey);
    QTRY_VERIFY_WITH_TIMEOUT(table->item(1, 1)->text().startsWith(QStringLiteral("retired")), 15000);
    QVERIFY(!table->item(1, 3)->text().isEmpty());
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            QVERIFY(table->item(row, column)->text().size() < 64); // an id, a state, a time: never key material
    }
    screenshot(QStringLiteral("profile-page-token-keys"));

    // Both steps are in the audit log.
    auto actions = m_session->host()->run([](Engine::EngineHost::Slot &engine) {
        QStringList names;
        if (auto events = engine->audit().latest(10); events.ok()) {
            for (const Audit::AuditEvent &event : events.value())
                names << event.action;
        }
        return names;
    });
    actions.waitForFinished();
    QVERIFY2(actions.result().contains(QStringLiteral("keys.rotate"))
                 && actions.result().contains(QStringLiteral("keys.retire")),
             qPrintable(actions.result().join(u' ')));
}

void TestMainWindow::damagedDatabaseShowsSentence()
{
    createProfile(QStringLiteral("broken"));
    const Storage::ProfileLocation location = m_session->location();
    m_session->host()->shutdown(); // close it so we can damage the file
    m_window.reset();
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    {
        QFile db(location.databasePath());
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(0);
        db.write(QByteArray(db.size(), 'x'));
    }
    m_window->start(location, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Failed, 10000);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), Ui::MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("cannot be decrypted"))
                 || bar->text().contains(QStringLiteral("damaged")),
             qPrintable(bar->text()));
    QVERIFY(!find<QStackedWidget>("pages")->isVisible()); // nothing of the profile is shown
    screenshot(QStringLiteral("damaged-profile"));
}

void TestMainWindow::jobsPageShowsAndRetriesDeadJobs()
{
    createProfile(QStringLiteral("support"));
    // A job type that fails for good on its first run and succeeds once retried, and two jobs of a type this
    // Keyward has no handler for; the console's own workers run them.
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto enqueued = m_session->host()->run([calls](Engine::EngineHost::Slot &engine) -> Result<qint64> {
        engine->jobRegistry().add(QStringLiteral("test.flaky"), [calls](const Jobs::JobContext &) {
            return calls->fetch_add(1) == 0 ? Jobs::JobOutcome::dead(QStringLiteral("the provider said no"))
                                            : Jobs::JobOutcome::done();
        });
        for (int i = 0; i < 2; ++i) {
            if (auto other = engine->enqueueJob({QStringLiteral("test.unknown"), {}, Jobs::Queue::Low, {}, 0});
                !other.ok())
                return other.error();
        }
        auto flaky = engine->enqueueJob(
            {QStringLiteral("test.flaky"), {{QStringLiteral("connection"), 7}}, Jobs::Queue::Critical, {}, 0});
        if (!flaky.ok())
            return flaky.error();
        return flaky->id;
    });
    enqueued.waitForFinished();
    QVERIFY(enqueued.result().ok());
    const qint64 flakyId = enqueued.result().value();

    m_window->showPage(Ui::MainWindow::JobsQueuePage);
    auto *filter = find<QComboBox>("stateFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("dead")));
    auto *table = find<QTableView>("jobsTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    // The workers' alert reaches the window.
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QStringLiteral("is dead")), 10000);

    // Bulk on the filter says how many jobs it will touch, and does nothing when declined.
    Ui::DialogHooks::setNextConfirmAnswer(false);
    QTest::mouseClick(find<QPushButton>("retryFilterButton"), Qt::LeftButton);
    QTRY_VERIFY(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("Retry 3 job(s)")));
    QTest::qWait(100);
    QCOMPARE(table->model()->rowCount(), 3);

    // The dead job's error is shown; retrying it runs it again, and this time it succeeds.
    int flakyRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ItemModels::JobTableModel::IdRole).toLongLong() == flakyId)
            flakyRow = row;
    }
    QVERIFY(flakyRow >= 0);
    table->selectRow(flakyRow);
    auto *details = find<QPlainTextEdit>("jobDetails");
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("the provider said no")));
    screenshot(QStringLiteral("jobs-page"));
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(find<QPushButton>("retrySelectedButton"), Qt::LeftButton);
    QTRY_VERIFY(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("Retry 1 job(s)")));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000); // no longer dead
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto job = m_session->host()->run([flakyId](Engine::EngineHost::Slot &engine) -> Result<Jobs::Job> {
                return engine->jobs().find(flakyId);
            });
            job.waitForFinished();
            return job.result().ok() && job.result()->state == Jobs::JobState::Done;
        }(),
        10000);
    // The retry is in the audit log.
    m_window->showPage(Ui::MainWindow::AuditLogPage);
    auto *audit = find<QTableView>("auditTable");
    QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0
                                 && audit->model()->index(0, 3).data().toString() == QStringLiteral("job.retry"),
                             10000);
}

void TestMainWindow::healthAndConnectionsPages()
{
    createProfile(QStringLiteral("health"));
    // Connections in every state, written straight into the store (no provider needed to look at them).
    auto seeded = m_session->host()->run([](Engine::EngineHost::Slot &engine) -> Status {
        auto &store = engine->connections().store();
        Connections::ProviderApp app;
        app.name = QStringLiteral("google-prod");
        app.catalogId = QStringLiteral("google");
        app.provider = *OAuth::ProviderCatalog::builtIn().find(QStringLiteral("google"));
        app.clientId = QStringLiteral("123.apps.googleusercontent.com");
        app.redirectUri = QStringLiteral("http://127.0.0.1/callback");
        app.createdMs = QDateTime::currentMSecsSinceEpoch();
        auto appId = store.insertApp(app);
        if (!appId.ok())
            return appId.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        using S = Connections::ConnectionState;
        struct Seed
        {
            const char *subject;
            S state;
            qint64 expiresIn;
            const char *error;
        };
        const Seed seeds[] = {
            {"alice@example.com", S::Healthy, 3'600'000, ""},
            {"bob@example.com", S::Healthy, 3'600'000, ""},
            {"carol@example.com", S::Healthy, 120'000, ""}, // expiring soon
            {"dave@example.com", S::Retrying, 600'000, "Google is temporarily unavailable (HTTP 503)."},
            {"erin@example.com", S::ReauthRequired, -60'000, "Google no longer accepts this grant."},
            {"frank@example.com", S::Revoked, 0, ""},
        };
        for (const Seed &seed : seeds) {
            Connections::Connection c;
            c.appId = appId.value();
            c.subject = QString::fromLatin1(seed.subject);
            c.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
            c.tokenType = QStringLiteral("Bearer");
            c.createdMs = now - 7'200'000;
            auto id = store.insertConnection(c);
            if (!id.ok())
                return id.error();
            const qint64 issued = now - 3'600'000;
            Connections::ConnectionStore::TokenUpdate update;
            update.sealedAccess = QByteArrayLiteral("K1-placeholder");
            update.accessFingerprint = QStringLiteral("sha256:0123456789ab");
            update.tokenType = c.tokenType;
            update.issuedMs = issued;
            update.expiresMs = seed.expiresIn != 0 ? now + seed.expiresIn : 0;
            KW_TRY(store.setTokens(id.value(), update));
            if (seed.state != S::Healthy)
                KW_TRY(store.setState(id.value(), seed.state, QString::fromLatin1(seed.error), QStringLiteral("x"),
                                      QString::fromLatin1(seed.error), 0, 0, now));
        }
        return {};
    });
    seeded.waitForFinished();
    QVERIFY2(seeded.result().ok(), qPrintable(seeded.result().error().userMessage));

    // Arriving on the page loads what is in the store now.
    m_window->showPage(Ui::MainWindow::AuditLogPage);
    m_window->showPage(Ui::MainWindow::HealthPage);
    auto *chart = find<Ui::HealthChart>("healthChart");
    QTRY_VERIFY_WITH_TIMEOUT(!chart->bars().isEmpty() && chart->bars().first().value == 1, 10000);
    int total = 0;
    for (const auto &bar : chart->bars())
        total += bar.value;
    QCOMPARE(total, 6);
    // Most urgent first: the connection that needs reauthorization, then the retrying one, then the expiring one.
    auto *attention = find<QTableWidget>("attentionTable");
    QCOMPARE(attention->rowCount(), 3);
    QCOMPARE(attention->item(0, 3)->text(), QStringLiteral("erin@example.com"));
    QCOMPARE(attention->item(1, 3)->text(), QStringLiteral("dave@example.com"));
    QCOMPARE(attention->item(2, 3)->text(), QStringLiteral("carol@example.com"));
    screenshot(QStringLiteral("token-health-page"));

    // Activating one opens it on the Connections page.
    Q_EMIT attention->cellActivated(1, 0);
    QCOMPARE(find<QStackedWidget>("pages")->currentIndex(), int(Ui::MainWindow::ConnectionsListPage));
    auto *details = find<QPlainTextEdit>("connectionDetails");
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("dave@example.com")), 10000);
    QVERIFY(!details->toPlainText().contains(QStringLiteral("K1-placeholder"))); // never a (sealed) token
    auto *table = find<QTableView>("connectionsTable");
    QCOMPARE(table->model()->rowCount(), 6);
    auto *stateFilter = find<QComboBox>("connectionStateFilter");
    stateFilter->setCurrentIndex(stateFilter->findData(static_cast<int>(Connections::Health::Healthy)));
    QCOMPARE(table->model()->rowCount(), 2);
    stateFilter->setCurrentIndex(0);
    find<QLineEdit>("connectionTextFilter")->setText(QStringLiteral("erin"));
    QCOMPARE(table->model()->rowCount(), 1);
    find<QLineEdit>("connectionTextFilter")->clear();
    table->sortByColumn(ItemModels::ConnectionTableModel::Health, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, ItemModels::ConnectionTableModel::Subject).data().toString(),
             QStringLiteral("erin@example.com"));
    table->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QStringLiteral("erin@example.com")), 10000);
    screenshot(QStringLiteral("connections-page"));
}

void TestMainWindow::labelsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("auditPage");
    QTest::addColumn<QString>("verifyButton");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Audit-Protokoll")
                            << QStringLiteral("&Kette prüfen");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("Journal d'audit")
                            << QStringLiteral("&Vérifier la chaîne");
}

// The compiled-in translations reach the window's labels (the window is built after the language is chosen, as at
// start-up).
void TestMainWindow::labelsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, auditPage);
    QFETCH(QString, verifyButton);
    qunsetenv("KEYWARD_LANG"); // the test runner pins English; this test picks its language itself
    QCOMPARE(Translations::install(QLocale(language)), language);
    Ui::MainWindow window(m_session.get());
    Translations::install(QLocale(QStringLiteral("en")));
    qputenv("KEYWARD_LANG", "en");
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->item(Ui::MainWindow::AuditLogPage)->text(), auditPage);
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("verifyChainButton"))->text(), verifyButton);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

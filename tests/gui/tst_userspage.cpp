// Who sees what in the real main window, offscreen, on a real profile in the real keychain (run inside
// scripts/with-keyring.sh): each page offers only what the signed-in role may do; the Users page adds users and
// shows their two-factor enrollment once, creates and revokes API tokens, and shows the engine's refusals; the
// first-run dialog creates the first Security Administrator. Screenshots go to $KEYWARD_SCREENSHOT_DIR when it is
// set, to be looked at.
#include "access/Totp.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "mainwindow/MainWindow.h"
#include "setup/FirstRunDialog.h"
#include "users/AddUserDialog.h"
#include "users/EnrollmentDialog.h"
#include "users/TokenCreatedDialog.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using Access::Permission;
using Access::Role;
using State = Engine::ProfileSession::State;

namespace {

constexpr char kPassword[] = "correct horse battery staple";

/// An action of a page, and what it needs.
struct Offered
{
    const char *page;
    const char *widget;
    Permission permission;
};

// Every action a page offers only to some roles.
const Offered kOffered[] = {
    {"appsPage", "addAppButton", Permission::AppsManage},
    {"appsPage", "rotateSecretButton", Permission::AppsManage},
    {"appsPage", "refreshPolicyButton", Permission::AppsManage},
    {"appsPage", "connectButton", Permission::ConnectionsConnect},
    {"connectionsPage", "refreshConnectionButton", Permission::ConnectionsRefresh},
    {"connectionsPage", "introspectConnectionButton", Permission::ConnectionsIntrospect},
    {"connectionsPage", "revokeConnectionButton", Permission::ConnectionsRevoke},
    {"jobsPage", "retrySelectedButton", Permission::JobsManage},
    {"jobsPage", "discardSelectedButton", Permission::JobsManage},
    {"jobsPage", "retryFilterButton", Permission::JobsManage},
    {"jobsPage", "discardFilterButton", Permission::JobsManage},
    {"profilePage", "backupButton", Permission::BackupCreate},
    {"profilePage", "rekeyButton", Permission::ProfileAdminister},
    {"profilePage", "rotateTokenKeyButton", Permission::KeysRotate},
    {"profilePage", "tokenKeysExplanation", Permission::KeysRead},
    {"auditPage", "exportAuditButton", Permission::AuditExport},
    {"usersPage", "addUserButton", Permission::UsersManage},
    {"usersPage", "changeRoleButton", Permission::UsersManage},
    {"usersPage", "disableUserButton", Permission::UsersManage},
    {"usersPage", "resetTwoFactorButton", Permission::UsersManage},
    {"usersPage", "createTokenButton", Permission::UsersManage},
    {"usersPage", "revokeTokenButton", Permission::UsersManage},
    {"webhooksPage", "addSourceButton", Permission::WebhooksManage},
    {"webhooksPage", "rotateSourceSecretButton", Permission::WebhooksManage},
    {"webhooksPage", "replaySelectedButton", Permission::WebhooksReplay},
    {"webhooksPage", "replayMatchingButton", Permission::WebhooksReplay},
};

QString totpOf(const Access::Enrollment &enrollment, int offsetSteps = 0)
{
    auto secret = Access::Totp::base32Decode(enrollment.totpSecretBase32);
    if (!secret.ok())
        return {};
    auto code = Access::Totp::code(secret.value(), QDateTime::currentSecsSinceEpoch() + offsetSteps * 30);
    return code.ok() ? code.value() : QString();
}

/// Whether `image` shows something: both dark and light pixels.
bool hasDarkAndLight(const QImage &image)
{
    bool dark = false, light = false;
    for (int y = 0; y < image.height() && !(dark && light); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const int gray = qGray(image.pixel(x, y));
            dark = dark || gray < 64;
            light = light || gray > 192;
        }
    }
    return dark && light;
}

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void supportUserSeesNoAdminActions();
    void auditorSeesUsersReadOnly();
    void addUserShowsEnrollmentOnce();
    void lastAdministratorCannotBeDisabledOrDemoted();
    void apiTokenShownOnceAndRevoked();
    void operatorAddsFirstAdministrator();
    void firstRunCreatesAdministrator();

private:
    /// A profile with the Security Administrator "alice" and, signed in as her, the users in `others`.
    void createProfile(const QString &name, const QList<std::pair<QString, Role>> &others = {});
    void openWindow();
    void signIn(const QString &name);
    /// Checks that every action is offered exactly when `role` may take it.
    void verifyOffers(Role role);
    Ui::UsersPage *usersPage();
    void screenshot(QWidget *widget, const QString &name);
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_data;
    Storage::ProfileLocation m_location;
    QHash<QString, Access::Enrollment> m_enrollments;
    std::unique_ptr<Engine::ProfileSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestUsersPage::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_data->path().toUtf8());
    m_enrollments.clear();
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
}

void TestUsersPage::cleanup()
{
    m_window.reset();
    if (m_session)
        m_session->host()->shutdown();
    m_session.reset();
    m_data.reset();
}

void TestUsersPage::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestUsersPage::createProfile(const QString &name, const QList<std::pair<QString, Role>> &others)
{
    m_location = Storage::ProfileLocation::resolve(name, {});
    auto engine = Engine::Engine::create(m_location, Engine::secretStoreFactory(Engine::KeySource::Keychain),
                                         Engine::KeySource::Keychain, Audit::Actor::currentProcess());
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    Access::AccessService &users = engine.value()->users();
    users.setHashParams({256, 1, 1}); // the console's own engine hashes at full cost
    auto add = [&](const QString &user, Role role) {
        QByteArray password(kPassword);
        auto enrollment = users.addUser(user, role, SecureBytes::takeFrom(password));
        QVERIFY2(enrollment.ok(), qPrintable(enrollment.ok() ? QString() : enrollment.error().userMessage));
        m_enrollments.insert(user, enrollment.value());
    };
    add(QStringLiteral("alice"), Role::SecurityAdmin);
    if (!others.isEmpty()) {
        // The profile has a user now: only she may add the others. A recovery code leaves her TOTP codes unused.
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

void TestUsersPage::openWindow()
{
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start(m_location, true);
}

void TestUsersPage::signIn(const QString &name)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    // As the sign-in panel does it.
    m_session->signIn(name, QString::fromLatin1(kPassword), totpOf(m_enrollments.value(name)));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QVERIFY(m_session->principal() && m_session->principal()->name == name);
}

Ui::UsersPage *TestUsersPage::usersPage()
{
    return find<Ui::UsersPage>("usersPage");
}

void TestUsersPage::verifyOffers(Role role)
{
    for (const Offered &offered : kOffered) {
        auto *page = find<QWidget>(offered.page);
        auto *widget = find<QWidget>(offered.widget);
        const bool allowed = Access::allowed(role, offered.permission);
        QVERIFY2(widget->isVisibleTo(page) == allowed,
                 qPrintable(QStringLiteral("%1 for %2: %3")
                                .arg(QLatin1String(offered.widget), Access::roleName(role),
                                     allowed ? QStringLiteral("hidden, but allowed") : QStringLiteral("offered"))));
    }
    auto *sidebar = find<QListWidget>("sidebar");
    QCOMPARE(!sidebar->item(Ui::MainWindow::UsersListPage)->isHidden(), Access::allowed(role, Permission::UsersRead));
    QCOMPARE(!sidebar->item(Ui::MainWindow::AuditLogPage)->isHidden(), Access::allowed(role, Permission::AuditRead));
    QCOMPARE(!sidebar->item(Ui::MainWindow::WebhooksListPage)->isHidden(),
             Access::allowed(role, Permission::WebhooksRead));
}

void TestUsersPage::supportUserSeesNoAdminActions()
{
    createProfile(QStringLiteral("roles"), {{QStringLiteral("sam"), Role::Support}});
    openWindow();
    signIn(QStringLiteral("sam"));
    verifyOffers(Role::Support);
    // Spelled out: nothing of administration.
    for (const char *name : {"addAppButton", "revokeConnectionButton", "backupButton", "rekeyButton",
                             "rotateTokenKeyButton", "exportAuditButton", "tokenKeysTable", "noTokenKeys"}) {
        auto *widget = find<QWidget>(name);
        QVERIFY2(!widget->isVisibleTo(widget->parentWidget()), name);
    }
    // No Users page, not even through the Go menu.
    auto *pages = find<QStackedWidget>("pages");
    m_window->showPage(Ui::MainWindow::JobsQueuePage);
    m_window->showPage(Ui::MainWindow::UsersListPage);
    QCOMPARE(pages->currentIndex(), int(Ui::MainWindow::JobsQueuePage));
    QAction *goUsers = nullptr;
    for (QAction *action : m_window->menuBar()->findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Users"))
            goUsers = action;
    }
    QVERIFY(goUsers);
    QVERIFY(!goUsers->isVisible());
    // What Support does is there.
    QVERIFY(find<QWidget>("retrySelectedButton")->isVisible());
    m_window->showPage(Ui::MainWindow::ProfileInfoPage);
    QTRY_COMPARE(find<QLabel>("profileNameValue")->text(), QStringLiteral("roles"));
    screenshot(m_window.get(), QStringLiteral("profile-page-support"));

    // Alice signs in after him: everything is offered again.
    m_session->open(m_location);
    signIn(QStringLiteral("alice"));
    verifyOffers(Role::SecurityAdmin);
    m_window->showPage(Ui::MainWindow::UsersListPage);
    QCOMPARE(pages->currentIndex(), int(Ui::MainWindow::UsersListPage));
    QTRY_COMPARE(find<QTableWidget>("usersTable")->rowCount(), 2);
    m_window->showPage(Ui::MainWindow::ProfileInfoPage);
    QTRY_VERIFY(find<QWidget>("tokenKeysTable")->isVisible() || find<QWidget>("noTokenKeys")->isVisible());
}

void TestUsersPage::auditorSeesUsersReadOnly()
{
    createProfile(QStringLiteral("audit"), {{QStringLiteral("ada"), Role::Auditor}});
    openWindow();
    signIn(QStringLiteral("ada"));
    verifyOffers(Role::Auditor);
    m_window->showPage(Ui::MainWindow::UsersListPage);
    auto *table = find<QTableWidget>("usersTable");
    QTRY_COMPARE(table->rowCount(), 2);
    QVERIFY(find<QLabel>("usersExplanation")->text().contains(QStringLiteral("Only a Security Administrator")));

    // An Auditor exports the audit log (and the export is itself audited).
    m_window->showPage(Ui::MainWindow::AuditLogPage);
    const QString path = m_data->filePath(QStringLiteral("audit.jsonl"));
    Ui::DialogHooks::setNextSaveFileName(path);
    QTest::mouseClick(find<QPushButton>("exportAuditButton"), Qt::LeftButton);
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(bar->text().startsWith(QStringLiteral("Exported ")) && bar->text().contains(path),
             qPrintable(bar->text()));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("\"audit.export\""));
}

void TestUsersPage::addUserShowsEnrollmentOnce()
{
    createProfile(QStringLiteral("adding"));
    openWindow();
    signIn(QStringLiteral("alice"));
    m_window->showPage(Ui::MainWindow::UsersListPage);
    auto *table = find<QTableWidget>("usersTable");
    QTRY_COMPARE(table->rowCount(), 1);

    QTest::mouseClick(find<QPushButton>("addUserButton"), Qt::LeftButton);
    QPointer<Ui::AddUserDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<Ui::AddUserDialog *>()) && dialog->isVisible());
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addUserConfirmButton"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newUserName")), QStringLiteral("carol"));
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("newUserRole"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::Compliance)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newUserPassword")), QLatin1String(kPassword));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newUserPasswordRepeat")),
                     QStringLiteral("something else"));
    // Two different passwords: said, and nothing to add yet.
    QVERIFY(!add->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("addUserProblem"))->text().contains(QStringLiteral("differ")));
    auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("newUserPasswordRepeat"));
    repeat->clear();
    QTest::keyClicks(repeat, QLatin1String(kPassword));
    QVERIFY(add->isEnabled());
    screenshot(dialog, QStringLiteral("add-user-dialog"));
    QTest::mouseClick(add, Qt::LeftButton);

    // The enrollment, once: a QR code, the secret, ten recovery codes and the sentence that says so.
    QPointer<Ui::EnrollmentDialog> enrollment;
    QTRY_VERIFY_WITH_TIMEOUT((enrollment = m_window->findChild<Ui::EnrollmentDialog *>()) && enrollment->isVisible(),
                             20000);
    const QPixmap qr = enrollment->qrCode();
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QVERIFY2(qr.width() >= 29 * 3, qPrintable(QString::number(qr.width()))); // version 1 with its quiet zone
    const QImage qrImage = qr.toImage();
    QVERIFY(hasDarkAndLight(qrImage));
    // The quiet zone: the outer four modules (at least 12 pixels) are light all round.
    for (int i = 0; i < qrImage.width(); ++i) {
        for (const QPoint p : {QPoint(i, 0), QPoint(i, 11), QPoint(0, i), QPoint(qrImage.width() - 1, i)})
            QVERIFY(qGray(qrImage.pixel(p)) > 192);
    }
    QVERIFY(enrollment->findChild<QLabel *>(QStringLiteral("shownOnceNotice"))
                ->text()
                .contains(QStringLiteral("Shown once")));
    const QStringList codes = enrollment->findChild<QPlainTextEdit *>(QStringLiteral("recoveryCodes"))
                                  ->toPlainText()
                                  .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 10);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);
    const QString secret = enrollment->findChild<QLineEdit *>(QStringLiteral("totpSecret"))->text();
    const QString uri = enrollment->findChild<QLineEdit *>(QStringLiteral("totpUri"))->text();
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/")) && uri.contains(QStringLiteral("secret=") + secret),
             qPrintable(uri));
    QVERIFY(enrollment->findChild<QLineEdit *>(QStringLiteral("totpSecret"))->isReadOnly());
    screenshot(enrollment, QStringLiteral("enrollment-dialog"));

    // The new user is in the table: role, two-factor, all ten recovery codes, never signed in.
    QTRY_COMPARE(table->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QLatin1String("carol"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), Access::roleLabel(Role::Compliance));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("yes"));
    QCOMPARE(table->item(row, 3)->text(), QStringLiteral("10"));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("no"));
    QCOMPARE(table->item(row, 5)->text(), QStringLiteral("never"));
    QTest::mouseClick(enrollment->findChild<QPushButton *>(QStringLiteral("enrollmentDoneButton")), Qt::LeftButton);
    QTRY_VERIFY(!enrollment); // gone, and with it the secret

    // What the dialog showed works: carol signs in with her password and a code computed from the secret.
    Access::Enrollment carol;
    carol.totpSecretBase32 = secret;
    m_enrollments.insert(QStringLiteral("carol"), carol);
    m_session->open(m_location);
    signIn(QStringLiteral("carol"));
    QCOMPARE(m_session->principal()->role, Role::Compliance);
    screenshot(m_window.get(), QStringLiteral("users-page-compliance"));
}

void TestUsersPage::lastAdministratorCannotBeDisabledOrDemoted()
{
    createProfile(QStringLiteral("last"), {{QStringLiteral("sam"), Role::Support}});
    openWindow();
    signIn(QStringLiteral("alice"));
    m_window->showPage(Ui::MainWindow::UsersListPage);
    auto *table = find<QTableWidget>("usersTable");
    QTRY_COMPARE(table->rowCount(), 2);
    table->selectRow(table->item(0, 0)->text() == QLatin1String("alice") ? 0 : 1);
    auto *disable = find<QPushButton>("disableUserButton");
    QVERIFY(disable->isEnabled());
    QCOMPARE(disable->text(), QStringLiteral("&Disable…"));

    // Declined: nothing happens.
    Ui::DialogHooks::setNextConfirmAnswer(false);
    QTest::mouseClick(disable, Qt::LeftButton);
    QVERIFY(Ui::DialogHooks::lastQuestion().contains(QStringLiteral("Disable alice?")));
    auto *bar = find<Ui::MessageBar>("messageBar");
    QTest::qWait(200);
    QVERIFY(!bar->isVisible());

    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Error, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("alice is the last enabled Security Administrator")),
             qPrintable(bar->text()));
    screenshot(m_window.get(), QStringLiteral("users-page-last-admin"));
    bar->hide();
    usersPage()->setRole(QStringLiteral("alice"), Role::Auditor);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Error, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("last enabled Security Administrator")), qPrintable(bar->text()));
    QCOMPARE(table->item(table->currentRow(), 4)->text(), QStringLiteral("no"));

    // Another user is disabled, then enabled again with one click.
    table->selectRow(table->item(0, 0)->text() == QLatin1String("sam") ? 0 : 1);
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->kind() == Ui::MessageBar::Kind::Success, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("sam is disabled")), qPrintable(bar->text()));
    QTRY_COMPARE(table->item(table->currentRow(), 4)->text(), QStringLiteral("yes"));
    QCOMPARE(disable->text(), QStringLiteral("&Enable"));
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("sam is enabled")), 10000);
    QTRY_COMPARE(table->item(table->currentRow(), 4)->text(), QStringLiteral("no"));
}

void TestUsersPage::apiTokenShownOnceAndRevoked()
{
    createProfile(QStringLiteral("tokens"), {{QStringLiteral("sam"), Role::Support}});
    openWindow();
    signIn(QStringLiteral("alice"));
    m_window->showPage(Ui::MainWindow::UsersListPage);
    QTRY_COMPARE(find<QTableWidget>("usersTable")->rowCount(), 2);
    QVERIFY(find<QLabel>("noTokens")->isVisible());

    // A Support user's token cannot be broader than Support.
    auto *bar = find<Ui::MessageBar>("messageBar");
    usersPage()->createToken(QStringLiteral("sam"), Role::SecurityAdmin, QStringLiteral("too much"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->kind() == Ui::MessageBar::Kind::Error, 10000);
    QVERIFY2(bar->text().contains(QStringLiteral("cannot have the role")), qPrintable(bar->text()));

    const qint64 expires = QDateTime::currentMSecsSinceEpoch() + 30LL * 86'400'000;
    usersPage()->createToken(QStringLiteral("sam"), Role::Support, QStringLiteral("nightly retry"), expires);
    QPointer<Ui::TokenCreatedDialog> shown;
    QTRY_VERIFY_WITH_TIMEOUT((shown = m_window->findChild<Ui::TokenCreatedDialog *>()) && shown->isVisible(), 10000);
    const QString token = shown->findChild<QLineEdit *>(QStringLiteral("tokenValue"))->text();
    QVERIFY2(token.startsWith(QStringLiteral("kwt_")) && token.size() > 40, qPrintable(token));
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("copyTokenButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), token);
    screenshot(shown, QStringLiteral("token-created-dialog"));
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("tokenCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(!shown);

    // Listed without the token.
    auto *tokens = find<QTableWidget>("tokensTable");
    QTRY_COMPARE(tokens->rowCount(), 1);
    QCOMPARE(tokens->item(0, 1)->text(), QStringLiteral("sam"));
    QCOMPARE(tokens->item(0, 2)->text(), Access::roleLabel(Role::Support));
    QCOMPARE(tokens->item(0, 3)->text(), QStringLiteral("nightly retry"));
    QCOMPARE(tokens->item(0, 5)->text(), QStringLiteral("yes"));
    for (int column = 0; column < tokens->columnCount(); ++column)
        QVERIFY(!tokens->item(0, column)->text().contains(token.mid(4, 12)));
    screenshot(m_window.get(), QStringLiteral("users-page"));

    tokens->selectRow(0);
    auto *revoke = find<QPushButton>("revokeTokenButton");
    QVERIFY(revoke->isEnabled());
    Ui::DialogHooks::setNextConfirmAnswer(true);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tokens->item(0, 5)->text().startsWith(QStringLiteral("no: revoked")), 10000);
    QVERIFY(!revoke->isEnabled());
    // The engine no longer takes it.
    auto refused = m_session->host()->run(
        [token](Engine::EngineHost::Slot &engine) { return engine->users().authenticateToken(token.toLatin1()).ok(); });
    refused.waitForFinished();
    QVERIFY(!refused.result());
}

void TestUsersPage::operatorAddsFirstAdministrator()
{
    m_location = Storage::ProfileLocation::resolve(QStringLiteral("unclaimed"), {});
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->create(m_location);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    // The operator (no users) is a Security Administrator: everything offered, the Users page says who acts.
    verifyOffers(Role::SecurityAdmin);
    m_window->showPage(Ui::MainWindow::UsersListPage);
    QTRY_VERIFY(find<QLabel>("usersEmpty")->isVisible());
    QTest::mouseClick(find<QPushButton>("addUserButton"), Qt::LeftButton);
    QPointer<Ui::AddUserDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<Ui::AddUserDialog *>()) && dialog->isVisible());
    // The first user is the Security Administrator: nobody could manage users otherwise.
    auto *role = dialog->findChild<QComboBox *>(QStringLiteral("newUserRole"));
    QVERIFY(!role->isEnabled());
    QCOMPARE(dialog->role(), Role::SecurityAdmin);
    dialog->reject();

    QByteArray password(kPassword);
    usersPage()->addUser(QStringLiteral("olga"), Role::SecurityAdmin, SecureBytes::takeFrom(password));
    QPointer<Ui::EnrollmentDialog> enrollment;
    QTRY_VERIFY_WITH_TIMEOUT((enrollment = m_window->findChild<Ui::EnrollmentDialog *>()) && enrollment->isVisible(),
                             20000);
    QVERIFY(enrollment->findChild<QLabel *>(QStringLiteral("enrollmentNextStep"))
                ->text()
                .contains(QStringLiteral("sign in as olga")));
    // The operator's session is over: the profile asks for sign-in.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    Access::Enrollment olga;
    olga.totpSecretBase32 = enrollment->findChild<QLineEdit *>(QStringLiteral("totpSecret"))->text();
    m_enrollments.insert(QStringLiteral("olga"), olga);
    enrollment->accept();
    signIn(QStringLiteral("olga"));
}

void TestUsersPage::firstRunCreatesAdministrator()
{
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start(Storage::ProfileLocation::resolve({}, {}), false);
    QTRY_VERIFY(m_window->firstRunDialog());
    Ui::FirstRunDialog *dialog = m_window->firstRunDialog();
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createProfileButton"));
    // Recommended and on by default: the profile is not created without an administrator's name and password.
    auto *admin = dialog->findChild<QGroupBox *>(QStringLiteral("firstAdminGroup"));
    QVERIFY(admin->isChecked());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("firstAdminExplanation"))
                ->text()
                .contains(QStringLiteral("keychain acts as the profile's administrator")));
    QVERIFY(!create->isEnabled());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("profileName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("prod"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstAdminName")), QStringLiteral("root"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstAdminPassword")), QLatin1String(kPassword));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("firstAdminPasswordRepeat")),
                     QLatin1String(kPassword));
    QVERIFY(create->isEnabled());
    screenshot(dialog, QStringLiteral("first-run-admin"));
    QTest::mouseClick(create, Qt::LeftButton);

    QPointer<Ui::EnrollmentDialog> enrollment;
    QTRY_VERIFY_WITH_TIMEOUT((enrollment = m_window->findChild<Ui::EnrollmentDialog *>()) && enrollment->isVisible(),
                             30000);
    QVERIFY(hasDarkAndLight(enrollment->qrCode().toImage()));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    Access::Enrollment root;
    root.totpSecretBase32 = enrollment->findChild<QLineEdit *>(QStringLiteral("totpSecret"))->text();
    m_enrollments.insert(QStringLiteral("root"), root);
    QTest::mouseClick(enrollment->findChild<QPushButton *>(QStringLiteral("enrollmentDoneButton")), Qt::LeftButton);
    m_location = m_session->location();
    signIn(QStringLiteral("root"));
    QCOMPARE(m_session->principal()->role, Role::SecurityAdmin);
    m_window->showPage(Ui::MainWindow::UsersListPage);
    auto *table = find<QTableWidget>("usersTable");
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("root"));
    QVERIFY(table->item(0, 5)->text() != QStringLiteral("never"));
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"

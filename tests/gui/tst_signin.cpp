// Sign-in and session lock of the real main window, offscreen, on a real profile in the real keychain (run inside
// scripts/with-keyring.sh): a profile with users shows nothing before someone signs in; idle time, the session's
// lifetime, Ctrl+L and the desktop locking hide every page until the same user signs in again, which brings back
// the page that was shown. Screenshots go to $KEYWARD_SCREENSHOT_DIR when it is set, to be looked at.
#include "access/SignInPanel.h"
#include "access/Totp.h"
#include "audit/AuditPage.h"
#include "common/MessageBar.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "itemmodels/AuditTableModel.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#ifdef KEYWARD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

using namespace Keyward;
using State = Engine::ProfileSession::State;

namespace {

constexpr char kPassword[] = "alice: correct horse battery staple";

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInShowsPages();
    void wrongCodeShowsTheEngineSentence();
    void idleLockHidesEverythingAndRestoresThePage();
    void lifetimeEndsTheSession();
    void shortcutLocksAndAnotherUserOpensAnew();
    void desktopLockLocks();
    void profileWithoutUsersNeverLocks();

private:
    /// A profile named `name`, with the user alice (Security Administrator) unless `withUser` is false.
    void createProfile(const QString &name, bool withUser = true);
    /// Builds the window (after the test chose its timeouts) and opens the profile.
    void openWindow();
    void fillAndSubmit(const QString &user, const QString &password, const QString &code);
    /// The TOTP code `offset` steps from now: each sign-in needs a later step than the one before.
    QString totp(int offset) const;
    void signIn();
    bool profileDataVisible() const;
    QStringList auditActions();
    void screenshot(const QString &name);
    template<typename T> T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_data;
    Storage::ProfileLocation m_location;
    Access::Enrollment m_alice;
    std::unique_ptr<Engine::ProfileSession> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestSignIn::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_data->path().toUtf8());
    qunsetenv("KEYWARD_IDLE_LOCK_SECONDS");
    qunsetenv("KEYWARD_SESSION_LIFETIME_SECONDS");
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
}

void TestSignIn::cleanup()
{
    m_window.reset();
    if (m_session)
        m_session->host()->shutdown();
    m_session.reset();
    m_data.reset();
    qunsetenv("KEYWARD_IDLE_LOCK_SECONDS");
    qunsetenv("KEYWARD_SESSION_LIFETIME_SECONDS");
}

void TestSignIn::createProfile(const QString &name, bool withUser)
{
    m_location = Storage::ProfileLocation::resolve(name, {});
    auto engine = Engine::Engine::create(m_location, Engine::secretStoreFactory(Engine::KeySource::Keychain),
                                         Engine::KeySource::Keychain, Audit::Actor::currentProcess());
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    if (withUser) {
        QByteArray password(kPassword);
        auto enrollment = engine.value()->users().addUser(QStringLiteral("alice"), Access::Role::SecurityAdmin,
                                                          SecureBytes::takeFrom(password));
        QVERIFY2(enrollment.ok(), qPrintable(enrollment.ok() ? QString() : enrollment.error().userMessage));
        m_alice = enrollment.value();
    }
    QVERIFY(engine.value()->close().ok());
}

void TestSignIn::openWindow()
{
    m_window = std::make_unique<Ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start(m_location, true);
}

QString TestSignIn::totp(int offset) const
{
    auto secret = Access::Totp::base32Decode(m_alice.totpSecretBase32);
    if (!secret.ok())
        return {};
    auto code = Access::Totp::code(secret.value(), QDateTime::currentSecsSinceEpoch() + offset * 30);
    return code.ok() ? code.value() : QString();
}

void TestSignIn::fillAndSubmit(const QString &user, const QString &password, const QString &code)
{
    auto *userEdit = find<QLineEdit>("signInUser");
    if (!userEdit->isReadOnly()) {
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
    }
    QTest::keyClicks(find<QLineEdit>("signInPassword"), password);
    QTest::keyClicks(find<QLineEdit>("signInCode"), code);
    auto *button = find<QPushButton>("signInButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSignIn::signIn()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    fillAndSubmit(QStringLiteral("alice"), QString::fromLatin1(kPassword), totp(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QTRY_VERIFY(find<QStackedWidget>("pages")->isVisible());
}

/// Whether anything of the profile is on screen: a page, the message bar, the status bar's audit head.
bool TestSignIn::profileDataVisible() const
{
    const char *names[] = {"pages", "auditTable", "connectionsTable", "sidebar", "messageBar", "profileSwitcher"};
    for (const char *name : names) {
        auto *widget = m_window->findChild<QWidget *>(QLatin1String(name));
        if (widget && widget->isVisible())
            return true;
    }
    auto *head = m_window->findChild<QLabel *>(QStringLiteral("statusAuditHead"));
    return head->isVisible() && !head->text().isEmpty();
}

/// The actions of the audit log, newest first, as the audit page lists them.
QStringList TestSignIn::auditActions()
{
    auto *table = find<QTableView>("auditTable");
    QStringList actions;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        actions << table->model()->index(row, ItemModels::AuditTableModel::Action).data().toString();
    return actions;
}

void TestSignIn::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestSignIn::signInShowsPages()
{
    createProfile(QStringLiteral("claimed"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    QVERIFY(find<Ui::SignInPanel>("signInPanel")->isVisible());
    QVERIFY(!find<QStackedWidget>("pages")->isVisible());
    QVERIFY(!find<QListWidget>("sidebar")->isVisible());
    // Another profile can still be chosen before signing in.
    QVERIFY(find<QComboBox>("profileSwitcher")->isVisible());
    QCOMPARE(find<QLabel>("signInTitle")->text(), QStringLiteral("Sign in to claimed"));
    QVERIFY(!find<QPushButton>("signInButton")->isEnabled()); // nothing typed yet
    screenshot(QStringLiteral("sign-in"));

    fillAndSubmit(QStringLiteral("alice"), QString::fromLatin1(kPassword), totp(0));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QTRY_VERIFY(find<QStackedWidget>("pages")->isVisible());
    QVERIFY(!find<Ui::SignInPanel>("signInPanel")->isVisible());
    QVERIFY(find<QListWidget>("sidebar")->isVisible());
    QCOMPARE(m_session->principal()->name, QStringLiteral("alice"));
    QTRY_VERIFY(find<QLabel>("statusAuditHead")->text().startsWith(QStringLiteral("Audit head #")));
    // What was typed is gone once signed in.
    QVERIFY(find<QLineEdit>("signInPassword")->text().isEmpty());
    QVERIFY(find<QLineEdit>("signInCode")->text().isEmpty());
}

void TestSignIn::wrongCodeShowsTheEngineSentence()
{
    createProfile(QStringLiteral("wrong"));
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    QSignalSpy refused(m_session.get(), &Engine::ProfileSession::signInFailed);
    // A code from an hour ago: well-formed, and wrong.
    fillAndSubmit(QStringLiteral("alice"), QString::fromLatin1(kPassword), totp(-120));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
    auto *error = find<QLabel>("signInError");
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), refused.at(0).at(0).toString());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_session->state(), State::SignInRequired);
    QVERIFY(!find<QStackedWidget>("pages")->isVisible());
    // The secrets are not left in the fields; the name is, to try again.
    QVERIFY(find<QLineEdit>("signInPassword")->text().isEmpty());
    QVERIFY(find<QLineEdit>("signInCode")->text().isEmpty());
    QCOMPARE(find<QLineEdit>("signInUser")->text(), QStringLiteral("alice"));
    QVERIFY(find<QLineEdit>("signInPassword")->isEnabled());
    screenshot(QStringLiteral("sign-in-error"));

    // A recovery code works instead of the authenticator's.
    fillAndSubmit(QStringLiteral("alice"), QString::fromLatin1(kPassword), m_alice.recoveryCodes.first());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QTRY_VERIFY(find<QStackedWidget>("pages")->isVisible());
    QVERIFY(!error->isVisible());
}

void TestSignIn::idleLockHidesEverythingAndRestoresThePage()
{
    createProfile(QStringLiteral("idle"));
    qputenv("KEYWARD_IDLE_LOCK_SECONDS", "1");
    openWindow();
    signIn();
    m_window->showPage(Ui::MainWindow::AuditLogPage);
    QVERIFY(find<QTableView>("auditTable")->isVisible());

    // No input for a second: locked.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(find<Ui::SignInPanel>("signInPanel")->isVisible());
    QVERIFY2(!profileDataVisible(), "profile data is visible on the locked console");
    QCOMPARE(find<QLabel>("statusStore")->text(), QStringLiteral("Locked"));
    auto *user = find<QLineEdit>("signInUser");
    QCOMPARE(user->text(), QStringLiteral("alice"));
    QVERIFY(user->isReadOnly());
    QVERIFY(find<QLabel>("signInMessage")->text().contains(QStringLiteral("without activity")));
    // The page cannot be changed behind the lock.
    m_window->showPage(Ui::MainWindow::ProfileInfoPage);
    // The status refresh does not bring the audit head back.
    QTest::qWait(200);
    QVERIFY(find<QLabel>("statusAuditHead")->text().isEmpty());
    screenshot(QStringLiteral("locked"));

    // Signing in again brings back the page that was shown.
    QSignalSpy signedIn(m_session.get(), &Engine::ProfileSession::signedIn);
    fillAndSubmit(QString(), QString::fromLatin1(kPassword), totp(1));
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
    QVERIFY(!m_window->isLocked());
    QCOMPARE(find<QStackedWidget>("pages")->currentIndex(), int(Ui::MainWindow::AuditLogPage));
    QVERIFY(find<QTableView>("auditTable")->isVisible());
    QVERIFY(find<QListWidget>("sidebar")->isVisible());
    QVERIFY(!find<QLabel>("statusAuditHead")->text().isEmpty());

    // The lock is in the audit log, followed by the sign-in that ended it (the idle lock strikes again meanwhile,
    // which the log may show too).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    find<Ui::AuditPage>("auditPage")->reload();
    QTRY_VERIFY(auditActions().contains(QStringLiteral("session.lock")));
    const QStringList actions = auditActions();
    QVERIFY(actions.indexOf(QStringLiteral("auth.sign_in")) < actions.lastIndexOf(QStringLiteral("session.lock")));
}

void TestSignIn::lifetimeEndsTheSession()
{
    createProfile(QStringLiteral("lifetime"));
    qputenv("KEYWARD_SESSION_LIFETIME_SECONDS", "2");
    openWindow();
    signIn();
    // Input keeps the idle lock away, not the lifetime.
    for (int i = 0; i < 10 && !m_window->isLocked(); ++i) {
        QTest::mouseMove(find<QListWidget>("sidebar"), QPoint(10 + i, 10));
        QTest::qWait(300);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!profileDataVisible());
    QVERIFY(find<QLabel>("signInMessage")->text().contains(QStringLiteral("reached its limit")));
    fillAndSubmit(QString(), QString::fromLatin1(kPassword), m_alice.recoveryCodes.at(1));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 20000);
    QVERIFY(find<QStackedWidget>("pages")->isVisible());
}

void TestSignIn::shortcutLocksAndAnotherUserOpensAnew()
{
    createProfile(QStringLiteral("manual"));
    openWindow();
    signIn();
    m_window->showPage(Ui::MainWindow::ConnectionsListPage);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isLocked());
    QVERIFY(!profileDataVisible());
    QVERIFY(find<QLabel>("signInMessage")->text().contains(QStringLiteral("Locked on request")));

    // A wrong code on the locked console: the engine's sentence, still locked.
    QSignalSpy refused(m_session.get(), &Engine::ProfileSession::signInFailed);
    fillAndSubmit(QString(), QString::fromLatin1(kPassword), QStringLiteral("12345678"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
    QTRY_COMPARE(find<QLabel>("signInError")->text(), refused.at(0).at(0).toString());
    QVERIFY(find<QLabel>("signInError")->isVisible());
    QVERIFY(m_window->isLocked());
    QVERIFY(!profileDataVisible());
    screenshot(QStringLiteral("locked-error"));

    // Ctrl+L does nothing more while locked; "Sign in as someone else" opens the profile anew.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTest::mouseClick(find<QPushButton>("signInOtherUserButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::SignInRequired, 20000);
    QVERIFY(!m_window->isLocked());
    QVERIFY(!find<QLineEdit>("signInUser")->isReadOnly());
    QVERIFY(find<QLineEdit>("signInUser")->text().isEmpty());
    QVERIFY(!find<QLabel>("signInError")->isVisible());
    QVERIFY(!find<QStackedWidget>("pages")->isVisible());
}

void TestSignIn::desktopLockLocks()
{
#ifdef KEYWARD_HAVE_DBUS
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus");
    createProfile(QStringLiteral("desktop"));
    openWindow();
    signIn();
    // What a desktop's screen locker announces on the session bus.
    QDBusMessage activated
        = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                     QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"));
    activated << true;
    QVERIFY(QDBusConnection::sessionBus().send(activated));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(find<QLabel>("signInMessage")->text().contains(QStringLiteral("desktop locked")));
#else
    QSKIP("built without QtDBus");
#endif
}

void TestSignIn::profileWithoutUsersNeverLocks()
{
    createProfile(QStringLiteral("operator"), false);
    qputenv("KEYWARD_IDLE_LOCK_SECONDS", "1");
    openWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Open, 20000);
    QTest::qWait(1500);
    QVERIFY(!m_window->isLocked());
    QVERIFY(find<QStackedWidget>("pages")->isVisible());
    m_window->lock();
    QVERIFY(!m_window->isLocked());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("lockAction"))->isEnabled());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"

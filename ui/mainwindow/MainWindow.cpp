#include "MainWindow.h"

#include "access/SignInPanel.h"
#include "apps/AppsPage.h"
#include "audit/AuditPage.h"
#include "common/MessageBar.h"
#include "connections/ConnectionsPage.h"
#include "core/Logging.h"
#include "health/TokenHealthPage.h"
#include "itemmodels/ConnectionTableModel.h"
#include "jobs/JobsPage.h"
#include "profile/ProfilePage.h"
#include "reports/ReportsPage.h"
#include "setup/FirstAdminSetup.h"
#include "setup/FirstRunDialog.h"
#include "users/UsersPage.h"
#include "webhooks/WebhooksPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Keyward::Ui {

MainWindow::MainWindow(Engine::ProfileSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(new QComboBox(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_side(new QWidget(this))
    , m_console(new QWidget(this))
    , m_screens(new QStackedWidget(this))
    , m_signIn(new SignInPanel(this))
    , m_sessionLock(new SessionLock(this))
    , m_messages(new MessageBar(this))
    , m_profileLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
    , m_headLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Keyward"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/keyward.svg")));
    m_connectionModel = new ItemModels::ConnectionTableModel(session->host(), this);
    m_health = new TokenHealthPage(m_connectionModel, this);
    m_connections = new ConnectionsPage(session, m_connectionModel, m_messages, this);
    m_apps = new AppsPage(session, m_messages, this);
    m_audit = new AuditPage(session, m_messages, this);
    m_jobs = new JobsPage(session, m_messages, this);
    m_profilePage = new ProfilePage(session, m_messages, this);
    m_users = new UsersPage(session, m_messages, this);
    m_webhooks = new WebhooksPage(session, m_messages, this);
    m_reports = new ReportsPage(session, m_messages, this);

    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Open profile"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->addItem(tr("Token health"));
    m_sidebar->addItem(tr("Connections"));
    m_sidebar->addItem(tr("Provider apps"));
    m_sidebar->addItem(tr("Jobs"));
    m_sidebar->addItem(tr("Audit log"));
    m_sidebar->addItem(tr("Profile"));
    m_sidebar->addItem(tr("Users"));
    m_sidebar->addItem(tr("Webhooks"));
    m_sidebar->addItem(tr("Reports"));
    m_sidebar->setFixedWidth(200);
    m_pages->addWidget(m_health);
    m_pages->addWidget(m_connections);
    m_pages->addWidget(m_apps);
    m_pages->addWidget(m_jobs);
    m_pages->addWidget(m_audit);
    m_pages->addWidget(m_profilePage);
    m_pages->addWidget(m_users);
    m_pages->addWidget(m_webhooks);
    m_pages->addWidget(m_reports);

    auto *profileCaption = new QLabel(tr("&Profile:"), this);
    profileCaption->setBuddy(m_profiles);
    auto *side = new QVBoxLayout(m_side);
    side->setContentsMargins({});
    side->addWidget(profileCaption);
    side->addWidget(m_profiles);
    side->addSpacing(8);
    side->addWidget(m_sidebar, 1);
    side->addStretch(); // keeps the profile switcher on top while the page list is hidden (signing in)
    auto *content = new QVBoxLayout(m_console);
    content->setContentsMargins({});
    content->addWidget(m_messages);
    content->addWidget(m_pages, 1);
    content->addStretch(); // keeps the message bar compact while no profile is shown
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    // While someone must sign in, the sign-in panel takes the pages' place; the pages, the message bar and every
    // dialog over them are out of sight (a locked console hides the side column too).
    m_screens->setObjectName(QStringLiteral("screens"));
    m_screens->addWidget(m_console);
    m_screens->addWidget(m_signIn);
    layout->addWidget(m_side);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    m_profileLabel->setObjectName(QStringLiteral("statusProfile"));
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_headLabel->setObjectName(QStringLiteral("statusAuditHead"));
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_headLabel);
    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_profiles, &QComboBox::activated, this, &MainWindow::switchProfile);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Engine::ProfileSession::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_profilePage, &ProfilePage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
    });
    connect(m_jobs, &JobsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
    });
    connect(m_apps, &AppsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
        m_connectionModel->reload();
    });
    connect(m_users, &UsersPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
    });
    connect(m_webhooks, &WebhooksPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
    });
    connect(m_session, &Engine::ProfileSession::stateChanged, this, &MainWindow::applyRole);
    connect(m_connections, &ConnectionsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        reloadAudit();
    });
    // Engine-side changes (refreshes by the workers) reach the connection pages, at most twice a second.
    auto *connectionReload = new QTimer(this);
    connectionReload->setSingleShot(true);
    connectionReload->setInterval(500);
    connect(connectionReload, &QTimer::timeout, this, [this] {
        if (m_health->isVisible() || m_connections->isVisible())
            m_connectionModel->reload();
    });
    connect(m_session, &Engine::ProfileSession::connectionsChanged, connectionReload, qOverload<>(&QTimer::start));
    connect(m_session, &Engine::ProfileSession::stateChanged, m_connectionModel,
            [this] { m_connectionModel->reload(); });
    connect(m_health, &TokenHealthPage::connectionActivated, this, [this](qint64 id) {
        showPage(ConnectionsListPage);
        m_connections->showConnection(id);
    });
    connect(m_audit, &AuditPage::verificationFinished, m_session, &Engine::ProfileSession::refreshStatus);
    connect(m_messages, &MessageBar::actionTriggered, this, [this] {
        if (m_session->state() == Engine::ProfileSession::State::Failed)
            m_session->open(m_session->location());
        else
            newProfile();
    });

    // The engine's workers append audit events on their own (a job that went dead): keep the status bar's head
    // current.
    auto *statusRefresh = new QTimer(this);
    statusRefresh->setInterval(5000);
    connect(statusRefresh, &QTimer::timeout, this, [this] {
        if (m_session->state() == Engine::ProfileSession::State::Open && !m_locked)
            m_session->refreshStatus();
    });
    statusRefresh->start();

    connect(m_session, &Engine::ProfileSession::alert, this, &MainWindow::showAlert);

    connect(m_signIn, &SignInPanel::signInRequested, m_session, &Engine::ProfileSession::signIn);
    connect(m_signIn, &SignInPanel::otherUserRequested, this, [this] { m_session->open(m_session->location()); });
    connect(m_session, &Engine::ProfileSession::signInFailed, m_signIn, &SignInPanel::showError);
    connect(m_session, &Engine::ProfileSession::signedIn, this, [this] {
        m_signIn->reset();
        if (m_locked) {
            unlock();
        } else {
            armLock(); // someone signed in to a console that was open already (the first administrator)
            updateScreens();
        }
    });
    connect(m_sessionLock, &SessionLock::lockRequested, this, &MainWindow::lock);

    m_sidebar->setCurrentRow(HealthPage);
    onStateChanged(Engine::ProfileSession::State::Closed);
    resize(1100, 700);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New profile…"), this, &MainWindow::newProfile);
    create->setShortcut(QKeySequence::New);
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock"), this, [this] { lock(SessionLock::Reason::Manual); });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_goMenu = go;
    QAction *health = go->addAction(tr("&Token health"), this, [this] { showPage(HealthPage); });
    health->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *connections = go->addAction(tr("&Connections"), this, [this] { showPage(ConnectionsListPage); });
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *apps = go->addAction(tr("Provider &apps"), this, [this] { showPage(ProviderAppsPage); });
    apps->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *jobs = go->addAction(tr("&Jobs"), this, [this] { showPage(JobsQueuePage); });
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_goAudit = go->addAction(tr("Au&dit log"), this, [this] { showPage(AuditLogPage); });
    m_goAudit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *profile = go->addAction(tr("&Profile"), this, [this] { showPage(ProfileInfoPage); });
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_goUsers = go->addAction(tr("&Users"), this, [this] { showPage(UsersListPage); });
    m_goUsers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_goWebhooks = go->addAction(tr("&Webhooks"), this, [this] { showPage(WebhooksListPage); });
    m_goWebhooks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    m_goReports = go->addAction(tr("&Reports"), this, [this] { showPage(ReportsListPage); });
    m_goReports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keyward"), this, [this] {
        QMessageBox::about(this, tr("About Keyward"),
                           tr("<b>Keyward %1</b><p>Administration console and engine for an organisation's OAuth "
                              "provider connections.</p>")
                               .arg(QStringLiteral(KEYWARD_VERSION)));
    });
}

void MainWindow::showAlert(const QString &message)
{
    if (m_locked) {
        m_pendingAlert = message; // it may name connections: shown to whoever unlocks
        return;
    }
    m_messages->showMessage(MessageBar::Kind::Error, message);
    // A desktop notification too, where the desktop has a tray to show it (the full tray icon is issue 8's).
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Keyward"));
            m_tray->show();
        }
        m_tray->showMessage(tr("Keyward"), message, QSystemTrayIcon::Warning);
    }
}

void MainWindow::showPage(Page page)
{
    if (m_locked)
        return; // the page shown when the console locked is the one it shows again
    if (m_sidebar->item(page)->isHidden())
        return; // not for the signed-in role
    m_sidebar->setCurrentRow(page);
}

void MainWindow::reloadAudit()
{
    // Only roles that may read the audit log load it: the engine would refuse (and record the attempt) anyway.
    if (m_session->allows(Access::Permission::AuditRead))
        m_audit->reload();
}

void MainWindow::applyRole(Engine::ProfileSession::State state)
{
    if (state != Engine::ProfileSession::State::Open)
        return;
    const bool audit = m_session->allows(Access::Permission::AuditRead);
    const bool users = m_session->allows(Access::Permission::UsersRead);
    const bool webhooks = m_session->allows(Access::Permission::WebhooksRead);
    const bool reports = m_session->allows(Access::Permission::ReportsGenerate);
    m_sidebar->item(AuditLogPage)->setHidden(!audit);
    m_sidebar->item(ReportsListPage)->setHidden(!reports);
    m_goReports->setVisible(reports);
    m_sidebar->item(UsersListPage)->setHidden(!users);
    m_sidebar->item(WebhooksListPage)->setHidden(!webhooks);
    m_goAudit->setVisible(audit);
    m_goUsers->setVisible(users);
    m_goWebhooks->setVisible(webhooks);
    // Someone else signed in: leave a page the new role may not see.
    const int current = m_sidebar->currentRow();
    if (current < 0 || m_sidebar->item(current)->isHidden())
        m_sidebar->setCurrentRow(HealthPage);
}

void MainWindow::start(const Storage::ProfileLocation &location, bool explicitLocation)
{
    refreshProfileList();
    if (location.exists() || explicitLocation) {
        m_session->open(location);
        return;
    }
    if (!Storage::ProfileLocation::listNames().isEmpty()) {
        m_session->open(Storage::ProfileLocation::resolve(Storage::ProfileLocation::listNames().first(), {}));
        return;
    }
    newProfile();
}

void MainWindow::newProfile()
{
    if (m_firstRun)
        return;
    m_firstRun = new FirstRunDialog(this);
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            m_session->create(Storage::ProfileLocation::resolve(m_firstRun->profileName(), {}));
            if (m_firstRun->createsAdministrator())
                FirstAdminSetup::start(m_session, m_firstRun->administratorName(),
                                       m_firstRun->takeAdministratorPassword(), m_messages, this);
        } else if (m_session->state() != Engine::ProfileSession::State::Open) {
            m_messages->showMessage(MessageBar::Kind::Information, tr("No profile is open: create one to start."),
                                    tr("Create profile…"));
        }
        m_firstRun = nullptr;
    });
    m_firstRun->open();
}

void MainWindow::refreshProfileList()
{
    m_profiles->clear();
    for (const QString &name : Storage::ProfileLocation::listNames())
        m_profiles->addItem(name, Storage::ProfileLocation::resolve(name, {}).directory());
    const QString current = m_session->location().directory();
    if (!current.isEmpty() && m_profiles->findData(current) < 0)
        m_profiles->addItem(m_session->location().name(), current); // opened with --profile-dir
    m_profiles->setCurrentIndex(m_profiles->findData(current));
}

void MainWindow::switchProfile(int index)
{
    const QString directory = m_profiles->itemData(index).toString();
    if (directory.isEmpty() || directory == m_session->location().directory())
        return;
    m_session->open(Storage::ProfileLocation(m_profiles->itemText(index), directory));
}

void MainWindow::onStateChanged(Engine::ProfileSession::State state)
{
    using State = Engine::ProfileSession::State;
    const bool open = state == State::Open;
    if (!open) {
        // Another profile, or the same one opened anew: the lock belonged to the session that ended.
        m_locked = false;
        m_sessionLock->disarm();
    }
    // Nothing of a profile is shown unless it is open.
    m_pages->setEnabled(open);
    m_pages->setVisible(open);
    m_profileLabel->setText(m_session->location().name().isEmpty()
                                ? tr("No profile")
                                : tr("Profile: %1").arg(m_session->location().name()));
    switch (state) {
    case State::Closed:
        m_storeLabel->setText(tr("No profile open"));
        m_headLabel->clear();
        break;
    case State::Opening:
        refreshProfileList();
        m_storeLabel->setText(tr("Opening %1…").arg(m_session->location().directory()));
        m_headLabel->clear();
        m_messages->hide();
        break;
    case State::SignInRequired:
        m_storeLabel->setText(tr("Sign in to %1").arg(m_session->location().name()));
        m_headLabel->clear();
        m_messages->hide();
        m_signIn->showSignIn(m_session->location().name());
        break;
    case State::Failed:
        m_storeLabel->setText(tr("Not open"));
        m_headLabel->clear();
        m_messages->showMessage(MessageBar::Kind::Error, m_session->lastError(), tr("Retry"));
        break;
    case State::Open:
        m_messages->hide();
        refreshProfileList();
        setWindowTitle(tr("Keyward — %1").arg(m_session->location().name()));
        reloadAudit();
        m_signIn->reset();
        armLock();
        break;
    }
    updateScreens();
}

void MainWindow::armLock()
{
    // A profile without users is run by whoever holds its keys (the operator): there is nobody to sign in again, so
    // it never locks. A signed-in user's console does.
    const auto principal = m_session->principal();
    if (principal && principal->via == Access::Principal::Via::Password)
        m_sessionLock->arm();
    else
        m_sessionLock->disarm();
}

void MainWindow::lock(SessionLock::Reason reason)
{
    const auto principal = m_session->principal();
    if (m_locked || m_session->state() != Engine::ProfileSession::State::Open || !principal
        || principal->via != Access::Principal::Via::Password) {
        return;
    }
    m_locked = true;
    m_sessionLock->disarm();
    QWidget *focus = QApplication::focusWidget();
    m_focusBeforeLock = focus && isAncestorOf(focus) ? focus : nullptr;
    // Dialogs and open menus over the console show profile data as much as the pages do.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    m_storeLabel->setText(tr("Locked"));
    m_headLabel->clear();
    m_signIn->showUnlock(m_session->location().name(), principal->name, m_sessionLock->describe(reason));
    updateScreens();
    // The unlock is audited by the engine as a sign-in (auth.sign_in); the lock is the console's to record.
    m_session->host()->call(
        this,
        [user = principal->name, why = SessionLock::reasonName(reason)](Engine::EngineHost::Slot &slot) -> Status {
            if (!slot)
                return {};
            auto recorded = slot->record({QStringLiteral("session.lock"), QStringLiteral("user:") + user,
                                          Audit::Outcome::Success, QJsonObject {{QLatin1String("reason"), why}}});
            if (!recorded.ok())
                return recorded.error();
            return {};
        },
        [](const Status &recorded) {
            if (!recorded.ok())
                qCWarning(lcEngine) << "session.lock not recorded:" << recorded.error().detail;
        });
}

void MainWindow::unlock()
{
    m_locked = false;
    armLock();
    updateScreens();
    onStatusChanged();
    m_connectionModel->reload(); // changes while locked were not loaded
    if (m_focusBeforeLock)
        m_focusBeforeLock->setFocus();
    if (!m_pendingAlert.isEmpty())
        showAlert(std::exchange(m_pendingAlert, QString()));
}

void MainWindow::updateScreens()
{
    const bool signIn = m_locked || m_session->state() == Engine::ProfileSession::State::SignInRequired;
    m_screens->setCurrentWidget(signIn ? static_cast<QWidget *>(m_signIn) : m_console);
    m_side->setVisible(!m_locked); // the profile switcher stays for choosing another profile before signing in
    m_sidebar->setVisible(!signIn);
    m_goMenu->menuAction()->setEnabled(!signIn); // showPage() refuses while locked, shortcuts included
    m_lockAction->setEnabled(!m_locked && m_sessionLock->isArmed());
}

void MainWindow::onStatusChanged()
{
    if (m_locked)
        return; // the audit head and the store's state are the profile's, out of sight while locked
    const Engine::ProfileStatus &st = m_session->status();
    m_storeLabel->setText(
        tr("Encrypted store · SQLCipher %1 · schema %2 · keys in the %3")
            .arg(st.cipherVersion)
            .arg(st.schemaVersion)
            .arg(st.keySource == QLatin1String("credentials") ? tr("systemd credentials") : tr("OS keychain")));
    m_headLabel->setText(tr("Audit head #%1 %2…").arg(st.auditHeadSeq).arg(st.auditHeadHash.left(12)));
}

} // namespace Keyward::Ui

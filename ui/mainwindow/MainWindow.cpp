#include "MainWindow.h"

#include "apps/AppsPage.h"
#include "audit/AuditPage.h"
#include "common/MessageBar.h"
#include "connections/ConnectionsPage.h"
#include "health/TokenHealthPage.h"
#include "itemmodels/ConnectionTableModel.h"
#include "jobs/JobsPage.h"
#include "profile/ProfilePage.h"
#include "setup/FirstRunDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace Keyward::Ui {

MainWindow::MainWindow(Engine::ProfileSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(new QComboBox(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
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
    m_audit = new AuditPage(session, this);
    m_jobs = new JobsPage(session, m_messages, this);
    m_profilePage = new ProfilePage(session, m_messages, this);

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
    m_sidebar->setFixedWidth(200);
    m_pages->addWidget(m_health);
    m_pages->addWidget(m_connections);
    m_pages->addWidget(m_apps);
    m_pages->addWidget(m_jobs);
    m_pages->addWidget(m_audit);
    m_pages->addWidget(m_profilePage);

    auto *profileCaption = new QLabel(tr("&Profile:"), this);
    profileCaption->setBuddy(m_profiles);
    auto *side = new QVBoxLayout;
    side->addWidget(profileCaption);
    side->addWidget(m_profiles);
    side->addSpacing(8);
    side->addWidget(m_sidebar, 1);
    auto *content = new QVBoxLayout;
    content->addWidget(m_messages);
    content->addWidget(m_pages, 1);
    content->addStretch(); // keeps the message bar compact while no profile is shown
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addLayout(side);
    layout->addLayout(content, 1);
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
        m_audit->reload();
    });
    connect(m_jobs, &JobsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        m_audit->reload();
    });
    connect(m_apps, &AppsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        m_audit->reload();
        m_connectionModel->reload();
    });
    connect(m_connections, &ConnectionsPage::storeChanged, this, [this] {
        m_session->refreshStatus();
        m_audit->reload();
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
        if (m_session->state() == Engine::ProfileSession::State::Open)
            m_session->refreshStatus();
    });
    statusRefresh->start();

    connect(m_session, &Engine::ProfileSession::alert, this, &MainWindow::showAlert);

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
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *health = go->addAction(tr("&Token health"), this, [this] { showPage(HealthPage); });
    health->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *connections = go->addAction(tr("&Connections"), this, [this] { showPage(ConnectionsListPage); });
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *apps = go->addAction(tr("Provider &apps"), this, [this] { showPage(ProviderAppsPage); });
    apps->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *jobs = go->addAction(tr("&Jobs"), this, [this] { showPage(JobsQueuePage); });
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *audit = go->addAction(tr("Au&dit log"), this, [this] { showPage(AuditLogPage); });
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *profile = go->addAction(tr("&Profile"), this, [this] { showPage(ProfileInfoPage); });
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));

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
    m_sidebar->setCurrentRow(page);
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
        m_audit->reload();
        break;
    }
}

void MainWindow::onStatusChanged()
{
    const Engine::ProfileStatus &st = m_session->status();
    m_storeLabel->setText(
        tr("Encrypted store · SQLCipher %1 · schema %2 · keys in the %3")
            .arg(st.cipherVersion)
            .arg(st.schemaVersion)
            .arg(st.keySource == QLatin1String("credentials") ? tr("systemd credentials") : tr("OS keychain")));
    m_headLabel->setText(tr("Audit head #%1 %2…").arg(st.auditHeadSeq).arg(st.auditHeadHash.left(12)));
}

} // namespace Keyward::Ui

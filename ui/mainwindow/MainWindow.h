#pragma once

#include "access/SessionLock.h"
#include "engine/ProfileSession.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace Keyward::ItemModels {
class ConnectionTableModel;
}

namespace Keyward::Ui {

class AppsPage;
class AuditPage;
class ConnectionsPage;
class TokenHealthPage;
class FirstRunDialog;
class JobsPage;
class MessageBar;
class ProfilePage;
class UsersPage;
class WebhooksPage;
class ReportsPage;
class SignInPanel;

/// The console: a sidebar of pages, a message bar for what went wrong and what to do, and a status bar with the
/// open profile, the store's state and the audit head.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        HealthPage,
        ConnectionsListPage,
        ProviderAppsPage,
        JobsQueuePage,
        AuditLogPage,
        ProfileInfoPage,
        UsersListPage,
        WebhooksListPage,
        ReportsListPage,
    };

    explicit MainWindow(Engine::ProfileSession *session, QWidget *parent = nullptr);

    /// Opens `location`, or offers to create a first profile when there is none.
    void start(const Storage::ProfileLocation &location, bool explicitLocation);
    void showPage(Page page);
    FirstRunDialog *firstRunDialog() const { return m_firstRun; }
    /// Locked: every page hidden until the signed-in user signs in again.
    bool isLocked() const { return m_locked; }

public Q_SLOTS:
    void newProfile();
    /// Shows what the engine's workers report (dead jobs, late queues) in the message bar and as a notification.
    void showAlert(const QString &message);
    /// Hides the profile behind the sign-in panel (File › Lock, idle time, lifetime, the desktop locking). Only a
    /// console with a signed-in user locks.
    void lock(Keyward::Ui::SessionLock::Reason reason = SessionLock::Reason::Manual);

private:
    void buildMenus();
    void onStateChanged(Engine::ProfileSession::State state);
    void onStatusChanged();
    void refreshProfileList();
    void switchProfile(int index);
    /// Offers only the pages the signed-in role may read (the engine refuses their actions anyway).
    void reloadAudit();
    void applyRole(Engine::ProfileSession::State state);
    /// Counts idle time and the session's lifetime when a user signed in (not for a profile without users).
    void armLock();
    void unlock();
    /// Shows the pages, or the sign-in panel instead of them, for the state and the lock.
    void updateScreens();

    Engine::ProfileSession *m_session;
    QComboBox *m_profiles;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QWidget *m_side;
    QWidget *m_console;
    QStackedWidget *m_screens;
    SignInPanel *m_signIn;
    SessionLock *m_sessionLock;
    QMenu *m_goMenu = nullptr;
    QAction *m_lockAction = nullptr;
    bool m_locked = false;
    QPointer<QWidget> m_focusBeforeLock;
    QString m_pendingAlert; ///< an alert that came while locked, shown after the unlock
    MessageBar *m_messages;
    ItemModels::ConnectionTableModel *m_connectionModel;
    TokenHealthPage *m_health;
    ConnectionsPage *m_connections;
    AppsPage *m_apps;
    AuditPage *m_audit;
    JobsPage *m_jobs;
    ProfilePage *m_profilePage;
    UsersPage *m_users;
    WebhooksPage *m_webhooks;
    ReportsPage *m_reports;
    QAction *m_goAudit = nullptr;
    QAction *m_goUsers = nullptr;
    QAction *m_goWebhooks = nullptr;
    QAction *m_goReports = nullptr;
    QLabel *m_profileLabel;
    QLabel *m_storeLabel;
    QLabel *m_headLabel;
    FirstRunDialog *m_firstRun = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Keyward::Ui

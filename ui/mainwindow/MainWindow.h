#pragma once

#include "engine/ProfileSession.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
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

/// The console: a sidebar of pages, a message bar for what went wrong and what to do, and a status bar with the
/// open profile, the store's state and the audit head.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { HealthPage, ConnectionsListPage, ProviderAppsPage, JobsQueuePage, AuditLogPage, ProfileInfoPage };

    explicit MainWindow(Engine::ProfileSession *session, QWidget *parent = nullptr);

    /// Opens `location`, or offers to create a first profile when there is none.
    void start(const Storage::ProfileLocation &location, bool explicitLocation);
    void showPage(Page page);
    FirstRunDialog *firstRunDialog() const { return m_firstRun; }

public Q_SLOTS:
    void newProfile();
    /// Shows what the engine's workers report (dead jobs, late queues) in the message bar and as a notification.
    void showAlert(const QString &message);

private:
    void buildMenus();
    void onStateChanged(Engine::ProfileSession::State state);
    void onStatusChanged();
    void refreshProfileList();
    void switchProfile(int index);

    Engine::ProfileSession *m_session;
    QComboBox *m_profiles;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    MessageBar *m_messages;
    ItemModels::ConnectionTableModel *m_connectionModel;
    TokenHealthPage *m_health;
    ConnectionsPage *m_connections;
    AppsPage *m_apps;
    AuditPage *m_audit;
    JobsPage *m_jobs;
    ProfilePage *m_profilePage;
    QLabel *m_profileLabel;
    QLabel *m_storeLabel;
    QLabel *m_headLabel;
    FirstRunDialog *m_firstRun = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Keyward::Ui

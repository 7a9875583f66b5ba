#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Keyward::Engine {
class ProfileSession;
}
namespace Keyward::ItemModels {
class ConnectionTableModel;
}

namespace Keyward::Ui {

class ConnectionFilterProxy;
class MessageBar;

/// Every connection with its state, filterable by app, state, account and scope, sortable by any column; the
/// selected connection's details (fingerprints, never tokens) and the actions on it: refresh now, introspect,
/// revoke.
class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPage(Engine::ProfileSession *session, ItemModels::ConnectionTableModel *model, MessageBar *messages,
                    QWidget *parent = nullptr);

    /// Selects the connection `id` (from the Token Health page's "needs attention" list).
    void showConnection(qint64 id);
    void setHealthFilter(int health); ///< -1: all
    ConnectionFilterProxy *proxy() const { return m_proxy; }

    // The actions, also for tests.
    void refreshSelected();
    void introspectSelected();
    void revokeSelected();

Q_SIGNALS:
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId() const;
    void showDetails();
    void updateControls();
    void applyPermissions();
    void fillAppFilter();

    Engine::ProfileSession *m_session;
    ItemModels::ConnectionTableModel *m_model;
    ConnectionFilterProxy *m_proxy;
    MessageBar *m_messages;
    QComboBox *m_appFilter;
    QComboBox *m_healthFilter;
    QLineEdit *m_textFilter;
    QLabel *m_count;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_refresh, *m_introspect, *m_revoke;
    qint64 m_pendingSelection = 0;
};

} // namespace Keyward::Ui

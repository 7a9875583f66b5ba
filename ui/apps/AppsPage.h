#pragma once

#include "connections/Connection.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class MessageBar;

/// The provider apps of the profile (Keyward's registrations at OAuth providers): what to register at the provider,
/// whether a client secret is set and how old it is; adds apps, rotates their client secret, edits their refresh
/// policy and connects accounts.
class AppsPage : public QWidget
{
    Q_OBJECT

public:
    AppsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void refresh();
    /// Proves `secret` at the provider and makes it the client secret of `app` (what "Rotate secret…" does after
    /// asking for it). The result shows in the message bar.
    void rotateSecret(const QString &app, const QString &secret);
    /// Stores `settings` as the refresh policy of `app` (what "Refresh policy…" does after its dialog is accepted).
    /// The result shows in the message bar.
    void saveRefreshPolicy(const QString &app, const Connections::RefreshSettings &settings);

Q_SIGNALS:
    /// An app was added, a secret rotated, a refresh policy changed or an account connected.
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addApp();
    void askForSecret();
    void connectAccount();
    void editRefreshPolicy();
    void updateButtons();
    void applyPermissions();
    QString selectedApp() const;

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_add, *m_rotate, *m_connect, *m_policy;
};

} // namespace Keyward::Ui

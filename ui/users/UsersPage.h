#pragma once

#include "access/User.h"
#include "core/SecureBytes.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class MessageBar;

/// The profile's users (role, two-factor, recovery codes left, last sign-in) and API tokens (never the token
/// itself). Security Administrators add users, change roles, disable, reset two-factor, create and revoke tokens;
/// other roles that may see users get the tables alone.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void refresh();

    // The actions after their questions were answered (what the buttons do next), also for tests. Results and
    // refusals show in the message bar; enrollments and tokens in their dialogs.
    void addUser(const QString &name, Access::Role role, const SecureBytes &password);
    void setRole(const QString &name, Access::Role role);
    void setDisabled(const QString &name, bool disabled);
    void resetTwoFactor(const QString &name);
    void createToken(const QString &user, Access::Role role, const QString &label, qint64 expiresMs);
    void revokeToken(qint64 id);

Q_SIGNALS:
    /// A user or token changed (and the audit log with it).
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPermissions();
    void updateButtons();
    QString selectedUser() const;
    qint64 selectedToken() const;
    void askToAddUser();
    void askForRole();
    void askToToggleDisabled();
    void askToResetTwoFactor();
    void askForToken();
    void askToRevokeToken();
    void fillUsers(const QList<Access::User> &users);
    void fillTokens(const QList<Access::ApiToken> &tokens);

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    QLabel *m_about;
    QLabel *m_empty;
    QTableWidget *m_users;
    QTableWidget *m_tokens;
    QLabel *m_noTokens;
    QPushButton *m_addUser, *m_changeRole, *m_toggleDisabled, *m_resetTwoFactor;
    QPushButton *m_createToken, *m_revokeToken;
    QList<Access::User> m_userList;
};

} // namespace Keyward::Ui

#pragma once

#include "access/User.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Ui {

/// Asks for an API token's user, role (no broader than the user's), label and expiry. The engine makes the token;
/// TokenCreatedDialog shows it once.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    /// `users`: the profile's users (disabled ones are left out); `preselected`: the user to start with.
    CreateTokenDialog(const QList<Access::User> &users, const QString &preselected, QWidget *parent = nullptr);

    QString userName() const;
    Access::Role role() const;
    QString label() const;
    /// Milliseconds since the epoch, 0 for never, counted from now.
    qint64 expiresMs() const;

private:
    void fillRoles();

    QList<Access::User> m_users;
    QComboBox *m_user;
    QComboBox *m_role;
    QLineEdit *m_label;
    QComboBox *m_expiry;
    QPushButton *m_create;
};

} // namespace Keyward::Ui

#pragma once

#include "access/Policy.h"
#include "core/SecureBytes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Ui {

/// Asks for a new user's name, role and password (twice). The engine adds the user; the page then shows the
/// two-factor enrollment once.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind {
        Additional,
        /// The profile has no users yet: the first one is its Security Administrator (nobody could manage users
        /// otherwise), so the role is fixed.
        First,
    };

    explicit AddUserDialog(Kind kind, QWidget *parent = nullptr);

    QString userName() const;
    Access::Role role() const;
    /// The password as UTF-8; the dialog's fields are cleared.
    SecureBytes takePassword();

private:
    void validate();

    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_password, *m_repeat;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace Keyward::Ui

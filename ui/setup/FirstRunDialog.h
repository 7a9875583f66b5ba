#pragma once

#include "core/SecureBytes.h"

#include <QDialog>

class QGroupBox;
class QLineEdit;
class QLabel;
class QPushButton;

namespace Keyward::Ui {

/// Creates a profile: asks for its name, says where its data and keys will live, and (recommended, on by default)
/// for its first Security Administrator.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    QString profileName() const;
    void setProfileName(const QString &name);

    /// Whether to create the first Security Administrator right after the profile.
    bool createsAdministrator() const;
    QString administratorName() const;
    /// The administrator's password as UTF-8; the dialog's fields are cleared.
    SecureBytes takeAdministratorPassword();

private:
    void validate();

    QLineEdit *m_name;
    QLabel *m_where;
    QGroupBox *m_admin;
    QLineEdit *m_adminName, *m_password, *m_repeat;
    QLabel *m_adminProblem;
    QPushButton *m_create;
};

} // namespace Keyward::Ui

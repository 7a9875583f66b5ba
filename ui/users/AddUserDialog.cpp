#include "AddUserDialog.h"

#include "UserInput.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

QString roleDescription(Access::Role role)
{
    switch (role) {
    case Access::Role::SecurityAdmin:
        return AddUserDialog::tr("Everything, including users, keys and backups.");
    case Access::Role::Compliance:
        return AddUserDialog::tr("The audit log and its export; reads everything else.");
    case Access::Role::Support:
        return AddUserDialog::tr("Jobs and forced refreshes; reads connections and apps. No audit log, no users.");
    case Access::Role::Auditor:
        return AddUserDialog::tr("Reads everything, changes nothing, never sees a secret.");
    }
    return {};
}

} // namespace

AddUserDialog::AddUserDialog(Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add user"));
    auto *intro = new QLabel(kind == Kind::First
                                 ? tr("The profile has no users yet: whoever holds this computer account's keychain "
                                      "acts as its administrator. The first user is its Security Administrator; "
                                      "from then on everyone signs in with a password and a one-time code.")
                                 : tr("The new user signs in with this password and a one-time code from an "
                                      "authenticator app, which you set up next."),
                             this);
    intro->setObjectName(QStringLiteral("addUserExplanation"));
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("newUserName"));
    m_name->setAccessibleName(tr("User name"));
    UserInput::restrictToUserName(m_name);
    m_role->setObjectName(QStringLiteral("newUserRole"));
    m_role->setAccessibleName(tr("Role"));
    for (const Access::Role role : Access::allRoles()) {
        if (kind == Kind::First && role != Access::Role::SecurityAdmin)
            continue;
        m_role->addItem(Access::roleLabel(role), static_cast<int>(role));
        m_role->setItemData(m_role->count() - 1, roleDescription(role), Qt::ToolTipRole);
    }
    m_role->setEnabled(kind != Kind::First);
    auto *roleHint = new QLabel(this);
    roleHint->setObjectName(QStringLiteral("newUserRoleHint"));
    roleHint->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("newUserPasswordRepeat"));
    m_repeat->setAccessibleName(tr("Password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_problem->setObjectName(QStringLiteral("addUserProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add user"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addUserConfirmButton"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), roleHint);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    auto showRole = [this, roleHint] {
        roleHint->setText(roleDescription(role()));
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showRole);
    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    showRole();
    validate();
    resize(480, sizeHint().height());
}

QString AddUserDialog::userName() const
{
    return m_name->text();
}

Access::Role AddUserDialog::role() const
{
    return static_cast<Access::Role>(m_role->currentData().toInt());
}

SecureBytes AddUserDialog::takePassword()
{
    QByteArray utf8 = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    return SecureBytes::takeFrom(utf8);
}

void AddUserDialog::validate()
{
    const QString password = m_password->text(), repeated = m_repeat->text();
    const QString problem = UserInput::passwordProblem(password, repeated);
    // Said once both fields hold something: a half-typed form is not a mistake yet.
    m_problem->setText(password.isEmpty() || repeated.isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_add->setEnabled(m_name->hasAcceptableInput() && problem.isEmpty());
}

} // namespace Keyward::Ui

#include "FirstRunDialog.h"

#include "storage/ProfileLocation.h"
#include "users/UserInput.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Keyward::Ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_where(new QLabel(this))
    , m_admin(new QGroupBox(tr("Create the first &Security Administrator now (recommended)"), this))
    , m_adminName(new QLineEdit(m_admin))
    , m_password(new QLineEdit(m_admin))
    , m_repeat(new QLineEdit(m_admin))
    , m_adminProblem(new QLabel(m_admin))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Create a Keyward profile"));
    auto *intro = new QLabel(tr("A profile holds one organisation's or environment's provider apps, connections and "
                                "audit log (for example \"prod\" or \"staging\"). Its database is encrypted with a "
                                "random key kept in your OS keychain, never on disk in the clear."),
                             this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,64}")), this));
    m_name->setText(QStringLiteral("default"));
    m_where->setObjectName(QStringLiteral("profileLocation"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_admin->setObjectName(QStringLiteral("firstAdminGroup"));
    m_admin->setAccessibleName(tr("Create the first Security Administrator now"));
    m_admin->setCheckable(true);
    m_admin->setChecked(true);
    auto *adminAbout = new QLabel(tr("Without users, whoever holds this computer account's keychain acts as the "
                                     "profile's administrator and nobody signs in. With a Security Administrator, "
                                     "everyone signs in with a password and a one-time code from an authenticator "
                                     "app, which you set up next. You can also add users later."),
                                  m_admin);
    adminAbout->setObjectName(QStringLiteral("firstAdminExplanation"));
    adminAbout->setWordWrap(true);
    m_adminName->setObjectName(QStringLiteral("firstAdminName"));
    m_adminName->setAccessibleName(tr("Administrator's user name"));
    UserInput::restrictToUserName(m_adminName);
    m_password->setObjectName(QStringLiteral("firstAdminPassword"));
    m_password->setAccessibleName(tr("Administrator's password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("firstAdminPasswordRepeat"));
    m_repeat->setAccessibleName(tr("Administrator's password again"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_adminProblem->setObjectName(QStringLiteral("firstAdminProblem"));
    m_adminProblem->setWordWrap(true);
    m_adminProblem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    auto *adminForm = new QFormLayout;
    adminForm->addRow(tr("&User name:"), m_adminName);
    adminForm->addRow(tr("Pass&word:"), m_password);
    adminForm->addRow(tr("&Again:"), m_repeat);
    auto *adminLayout = new QVBoxLayout(m_admin);
    adminLayout->addWidget(adminAbout);
    adminLayout->addLayout(adminForm);
    adminLayout->addWidget(m_adminProblem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create profile"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createProfileButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    for (QLineEdit *edit : {m_adminName, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_admin, &QGroupBox::toggled, this, &FirstRunDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Location:"), m_where);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_admin);
    layout->addStretch();
    layout->addWidget(buttons);
    validate();
    resize(520, sizeHint().height());
}

QString FirstRunDialog::profileName() const
{
    return m_name->text();
}

void FirstRunDialog::setProfileName(const QString &name)
{
    m_name->setText(name);
}

void FirstRunDialog::validate()
{
    const bool valid = m_name->hasAcceptableInput();
    const auto location = Storage::ProfileLocation::resolve(m_name->text(), {});
    if (!valid)
        m_where->setText(tr("Use letters, digits, dot, dash or underscore."));
    else if (location.exists())
        m_where->setText(tr("A profile named \"%1\" exists already.").arg(m_name->text()));
    else
        m_where->setText(location.directory());
    const QString password = m_password->text(), repeated = m_repeat->text();
    const QString problem = UserInput::passwordProblem(password, repeated);
    // Said once both fields hold something: a half-typed form is not a mistake yet.
    m_adminProblem->setText(password.isEmpty() || repeated.isEmpty() ? QString() : problem);
    m_adminProblem->setVisible(!m_adminProblem->text().isEmpty());
    const bool adminValid = !m_admin->isChecked() || (m_adminName->hasAcceptableInput() && problem.isEmpty());
    m_create->setEnabled(valid && !location.exists() && adminValid);
}

bool FirstRunDialog::createsAdministrator() const
{
    return m_admin->isChecked();
}

QString FirstRunDialog::administratorName() const
{
    return m_adminName->text();
}

SecureBytes FirstRunDialog::takeAdministratorPassword()
{
    QByteArray utf8 = m_password->text().toUtf8();
    m_password->clear();
    m_repeat->clear();
    return SecureBytes::takeFrom(utf8);
}

} // namespace Keyward::Ui

#include "CreateTokenDialog.h"

#include "access/AccessService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {
constexpr qint64 kDayMs = 86'400'000;
} // namespace

CreateTokenDialog::CreateTokenDialog(const QList<Access::User> &users, const QString &preselected, QWidget *parent)
    : QDialog(parent)
    , m_user(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
{
    setObjectName(QStringLiteral("createTokenDialog"));
    setWindowTitle(tr("Create API token"));
    for (const Access::User &user : users) {
        if (!user.disabled)
            m_users.append(user);
    }
    auto *intro = new QLabel(tr("An API token lets a script or keyward-cli serve act for a user without a password "
                                "or code, with the role you choose here (at most the user's own). Keyward stores "
                                "only its hash and shows it once."),
                             this);
    intro->setObjectName(QStringLiteral("createTokenExplanation"));
    intro->setWordWrap(true);

    m_user->setObjectName(QStringLiteral("tokenUser"));
    m_user->setAccessibleName(tr("User the token acts for"));
    for (const Access::User &user : std::as_const(m_users))
        m_user->addItem(user.name, user.name);
    m_user->setCurrentIndex(std::max(0, m_user->findData(preselected)));
    m_role->setObjectName(QStringLiteral("tokenRole"));
    m_role->setAccessibleName(tr("Role of the token"));
    m_label->setObjectName(QStringLiteral("tokenLabel"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("What it is for, e.g. \"nightly report\""));
    m_label->setMaxLength(200);
    m_expiry->setObjectName(QStringLiteral("tokenExpiry"));
    m_expiry->setAccessibleName(tr("Expiry"));
    m_expiry->addItem(tr("in 7 days"), 7);
    m_expiry->addItem(tr("in 30 days"), 30);
    m_expiry->addItem(tr("in 90 days"), 90);
    m_expiry->addItem(tr("in 1 year"), 365);
    m_expiry->addItem(tr("never"), 0);
    m_expiry->setCurrentIndex(2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createTokenConfirmButton"));
    m_create->setDefault(true);
    m_create->setEnabled(!m_users.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Expires:"), m_expiry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::fillRoles);
    fillRoles();
    resize(460, sizeHint().height());
}

void CreateTokenDialog::fillRoles()
{
    const int index = m_user->currentIndex();
    const QVariant previous = m_role->currentData();
    m_role->clear();
    if (index < 0)
        return;
    const Access::Role userRole = m_users.at(index).role;
    for (const Access::Role role : Access::allRoles()) {
        if (Access::AccessService::roleWithin(role, userRole))
            m_role->addItem(Access::roleLabel(role), static_cast<int>(role));
    }
    // The narrowest role that still does the job is the better default; start from the user's own.
    m_role->setCurrentIndex(std::max(0, m_role->findData(previous.isValid() ? previous : int(userRole))));
}

QString CreateTokenDialog::userName() const
{
    return m_user->currentData().toString();
}

Access::Role CreateTokenDialog::role() const
{
    return static_cast<Access::Role>(m_role->currentData().toInt());
}

QString CreateTokenDialog::label() const
{
    return m_label->text().trimmed();
}

qint64 CreateTokenDialog::expiresMs() const
{
    const int days = m_expiry->currentData().toInt();
    return days == 0 ? 0 : QDateTime::currentMSecsSinceEpoch() + days * kDayMs;
}

} // namespace Keyward::Ui

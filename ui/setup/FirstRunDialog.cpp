#include "FirstRunDialog.h"

#include "storage/ProfileLocation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create profile"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createProfileButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Location:"), m_where);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
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
    m_create->setEnabled(valid && !location.exists());
}

} // namespace Keyward::Ui

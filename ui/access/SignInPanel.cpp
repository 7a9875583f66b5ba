#include "SignInPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

SignInPanel::SignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_code(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_otherUser(new QPushButton(tr("Sign in as &someone else"), this))
    , m_signIn(new QPushButton(tr("Sign &in"), this))
{
    setObjectName(QStringLiteral("signInPanel"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFrameShape(QFrame::StyledPanel);
    // A fixed width lets the wrapped sentences take the height they need.
    card->setFixedWidth(460);

    auto *icon = new QLabel(card);
    const QPixmap logo = QIcon(QStringLiteral(":/icons/keyward.svg")).pixmap(48, 48);
    icon->setPixmap(logo);
    icon->setVisible(!logo.isNull());
    icon->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("signInTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter);

    m_user->setObjectName(QStringLiteral("signInUser"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code->setObjectName(QStringLiteral("signInCode"));
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setPlaceholderText(tr("6 digits, or a recovery code"));
    m_code->setMaxLength(64);
    // The code is a second secret for as long as it is valid: keep it off the screen's history like the password.
    m_code->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#signInError { background: #f8d7da; color: #58151c; border-radius: 4px; "
                                          "padding: 6px; }"));
    m_error->hide();

    m_otherUser->setObjectName(QStringLiteral("signInOtherUserButton"));
    m_otherUser->setAccessibleName(tr("Sign in as someone else"));
    m_otherUser->setAutoDefault(false);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("One-time &code:"), m_code);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_otherUser);
    buttons->addStretch();
    buttons->addWidget(m_signIn);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_message);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(buttons);

    // Centred between stretches rather than by alignment, so that the card's wrapped text is measured at the card's
    // own width.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_user, &QLineEdit::textChanged, this, &SignInPanel::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInPanel::updateButton);
    connect(m_code, &QLineEdit::textChanged, this, &SignInPanel::updateButton);
    connect(m_user, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] {
        if (m_code->text().isEmpty())
            m_code->setFocus();
        else
            submit();
    });
    connect(m_code, &QLineEdit::returnPressed, this, &SignInPanel::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPanel::submit);
    connect(m_otherUser, &QPushButton::clicked, this, &SignInPanel::otherUserRequested);
    showSignIn({});
}

void SignInPanel::showSignIn(const QString &profile)
{
    m_mode = Mode::SignIn;
    setBusy(false);
    m_title->setText(tr("Sign in to %1").arg(profile));
    m_message->setText(tr("This profile has users. Sign in with your password and the code from your authenticator "
                          "app, or with one of your recovery codes."));
    m_user->clear();
    m_user->setReadOnly(false);
    clearSecrets();
    m_error->hide();
    m_otherUser->hide();
    m_user->setFocus();
}

void SignInPanel::showUnlock(const QString &profile, const QString &user, const QString &why)
{
    m_mode = Mode::Unlock;
    setBusy(false);
    m_title->setText(tr("Keyward is locked"));
    m_message->setText(why + u'\n' + tr("Sign in again as %1 to continue with the profile \"%2\".").arg(user, profile));
    m_user->setText(user);
    m_user->setReadOnly(true); // only the signed-in user unlocks; anyone else opens the profile anew
    clearSecrets();
    m_error->hide();
    m_otherUser->show();
    m_password->setFocus();
}

void SignInPanel::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setAccessibleDescription(message);
    m_error->show();
    clearSecrets();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInPanel::reset()
{
    setBusy(false);
    clearSecrets();
    m_error->hide();
}

void SignInPanel::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    m_error->hide();
    setBusy(true);
    Q_EMIT signInRequested(m_user->text().trimmed(), m_password->text(), m_code->text().trimmed());
}

void SignInPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setText(busy ? tr("Checking…") : tr("Sign &in"));
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_otherUser->setEnabled(!busy);
    updateButton();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SignInPanel::updateButton()
{
    m_signIn->setEnabled(!m_busy && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                         && !m_code->text().trimmed().isEmpty());
}

void SignInPanel::clearSecrets()
{
    m_password->clear();
    m_code->clear();
}

} // namespace Keyward::Ui

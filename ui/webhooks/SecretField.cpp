#include "SecretField.h"

#include "common/SecretClipboard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

bool standardFormat(Webhooks::Scheme scheme)
{
    return scheme == Webhooks::Scheme::Standard;
}

} // namespace

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_generate(new QPushButton(tr("&Generate"), this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_note(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("secretEdit"));
    m_edit->setAccessibleName(tr("Signing secret"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_edit->setPlaceholderText(tr("the secret the sender shows, or generate one"));
    m_generate->setObjectName(QStringLiteral("generateSecretButton"));
    m_generate->setAccessibleName(tr("Generate a random secret"));
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    m_copy->setAccessibleName(tr("Copy the secret to the clipboard"));
    m_note->setObjectName(QStringLiteral("secretNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins({});
    row->addWidget(m_edit, 1);
    row->addWidget(m_generate);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_generate, &QPushButton::clicked, this, &SecretField::generateNow);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        SecretClipboard::copy(m_edit->text());
        showNote(
            tr("Copied; the clipboard is cleared in %n second(s).", nullptr, SecretClipboard::kClearAfterMs / 1000));
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_generated = false;
        showNote({});
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    updateButtons();
}

QString SecretField::generate(Webhooks::Scheme scheme)
{
    const SecureBytes bytes = SecureBytes::random(32);
    if (standardFormat(scheme)) {
        return QStringLiteral("whsec_")
            + QString::fromLatin1(
                   QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()))
                       .toBase64());
    }
    const SecureBytes hex = bytes.toHex();
    return QString::fromLatin1(reinterpret_cast<const char *>(hex.data()), qsizetype(hex.size()));
}

void SecretField::generateNow()
{
    m_edit->setText(generate(m_scheme));
    m_generated = true;
    showNote(tr("A new random secret: copy it into the sender's webhook settings."));
}

void SecretField::showNote(const QString &text)
{
    const bool wasVisible = !m_note->isHidden();
    m_note->setText(text);
    m_note->setHidden(text.isEmpty());
    if (wasVisible != !text.isEmpty())
        Q_EMIT heightChanged();
}

void SecretField::setScheme(Webhooks::Scheme scheme)
{
    const bool formatChanged = standardFormat(scheme) != standardFormat(m_scheme);
    m_scheme = scheme;
    // A generated hex secret is no Standard Webhooks secret and the other way round.
    if (m_generated && formatChanged)
        generateNow();
}

bool SecretField::isEmpty() const
{
    return m_edit->text().isEmpty();
}

SecureBytes SecretField::secret() const
{
    QByteArray utf8 = m_edit->text().toUtf8();
    return SecureBytes::takeFrom(utf8);
}

void SecretField::clear()
{
    m_edit->clear();
    m_generated = false;
    showNote({});
}

void SecretField::updateButtons()
{
    m_copy->setEnabled(!m_edit->text().isEmpty());
}

} // namespace Keyward::Ui

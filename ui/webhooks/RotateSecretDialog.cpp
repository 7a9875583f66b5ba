#include "RotateSecretDialog.h"

#include "AddSourceDialog.h"
#include "SecretField.h"
#include "engine/ProfileSession.h"
#include "webhooks/WebhookService.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keyward::Ui {

RotateSecretDialog::RotateSecretDialog(Engine::ProfileSession *session, const Webhooks::WebhookSource &source,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(source.name)
    , m_secret(new SecretField(this))
    , m_overlap(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("rotateSourceSecretDialog"));
    setWindowTitle(tr("Rotate the secret of %1").arg(source.name));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList active;
    for (const Webhooks::SourceSecret &secret : source.secrets) {
        if (secret.activeAt(now))
            active.append(secret.fingerprint);
    }
    auto *intro = new QLabel(
        tr("%1 (%2) signs with the secret %3. Enter the sender's new secret, or generate one and copy it to the "
           "sender. Until the overlap ends both are accepted, so deliveries signed either way are not rejected while "
           "the sender switches.")
            .arg(source.name, AddSourceDialog::schemeLabel(source.scheme.kind),
                 active.isEmpty() ? tr("(none active)") : active.join(QStringLiteral(", "))),
        this);
    intro->setObjectName(QStringLiteral("rotateSourceExplanation"));
    intro->setWordWrap(true);

    m_secret->setScheme(source.scheme.kind);
    m_overlap->setObjectName(QStringLiteral("overlapSpin"));
    m_overlap->setAccessibleName(tr("Hours the current secrets stay valid"));
    m_overlap->setRange(0, 30 * 24);
    m_overlap->setValue(int(Webhooks::WebhookService::kDefaultOverlapSeconds / 3600));
    m_overlap->setSuffix(tr(" hours"));
    auto *overlapHint = new QLabel(tr("0 ends the current secrets now."), this);
    overlapHint->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("rotateSourceError"));
    m_error->setAccessibleName(tr("Why the secret was not rotated"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#rotateSourceError { color: #b3261e; }"));
    m_error->hide();

    m_rotate = m_buttons->addButton(tr("&Rotate secret"), QDialogButtonBox::AcceptRole);
    m_rotate->setObjectName(QStringLiteral("rotateSourceConfirmButton"));
    m_rotate->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RotateSecretDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secret, &SecretField::heightChanged, this, &RotateSecretDialog::fitHeight);
    // A refusal is about the secret entered then: it goes with that secret.
    connect(m_secret, &SecretField::changed, this, [this] {
        if (!m_busy && !m_error->isHidden())
            showError({});
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("New &secret:"), m_secret);
    form->addRow(tr("&Overlap:"), m_overlap);
    form->addRow(nullptr, overlapHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

qint64 RotateSecretDialog::overlapSeconds() const
{
    return qint64(m_overlap->value()) * 3600;
}

void RotateSecretDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_secret->setEnabled(!busy);
    m_overlap->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void RotateSecretDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RotateSecretDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void RotateSecretDialog::fitHeight()
{
    layout()->activate();
    resize(width(), hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height());
}

void RotateSecretDialog::submit()
{
    if (m_busy)
        return;
    if (m_secret->isEmpty()) {
        showError(tr("Enter the new secret, or generate one and copy it to the sender."));
        return;
    }
    showError({});
    // The field keeps the secret until the rotation is done: a generated one may already be at the sender.
    SecureBytes secret = m_secret->secret();
    setBusy(true);
    m_session->host()->call(
        this,
        [name = m_name, secret,
         overlap = overlapSeconds()](Engine::EngineHost::Slot &engine) -> Result<Webhooks::WebhookSource> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->webhooks().rotateSecret(name, secret, overlap);
        },
        [this](const Result<Webhooks::WebhookSource> &source) {
            setBusy(false);
            if (!source.ok()) {
                showError(source.error().userMessage);
                return;
            }
            m_rotated = source.value();
            m_secret->clear();
            accept();
        });
}

} // namespace Keyward::Ui

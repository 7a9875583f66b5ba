#include "ReceiverDialog.h"

#include "engine/ProfileSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

ReceiverDialog::ReceiverDialog(Engine::ProfileSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_enabled(new QCheckBox(tr("&Receive webhooks in this console and in keyward-cli serve"), this))
    , m_listen(new QLineEdit(this))
    , m_selfSigned(new QRadioButton(tr("Self-si&gned, made at each start (for local use only)"), this))
    , m_files(new QRadioButton(tr("From PEM &files:"), this))
    , m_cert(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_browseCert(new QPushButton(tr("Browse…"), this))
    , m_browseKey(new QPushButton(tr("Browse…"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("receiverDialog"));
    setWindowTitle(tr("Webhook receiver"));
    const Webhooks::ReceiverSettings current = session->receiver().settings;

    auto *intro = new QLabel(tr("Senders post to https://ADDRESS:PORT/webhooks/NAME. Listen on 127.0.0.1 when a "
                                "reverse proxy on this machine forwards to Keyward; on 0.0.0.0 or [::] only with a "
                                "certificate the senders trust. The certificate's key stays in its file: the "
                                "profile stores only the paths."),
                             this);
    intro->setWordWrap(true);

    m_enabled->setObjectName(QStringLiteral("receiverEnabledCheck"));
    m_enabled->setChecked(current.enabled);
    m_listen->setObjectName(QStringLiteral("receiverListenEdit"));
    m_listen->setAccessibleName(tr("Address and port the receiver listens on"));
    m_listen->setPlaceholderText(QStringLiteral("127.0.0.1:8443"));
    m_listen->setText(current.listen);
    m_selfSigned->setObjectName(QStringLiteral("receiverSelfSignedRadio"));
    m_files->setObjectName(QStringLiteral("receiverFilesRadio"));
    (current.selfSigned() ? m_selfSigned : m_files)->setChecked(true);
    m_cert->setObjectName(QStringLiteral("receiverCertEdit"));
    m_cert->setAccessibleName(tr("Certificate chain file (PEM, leaf first)"));
    m_cert->setText(current.certPath);
    m_key->setObjectName(QStringLiteral("receiverKeyEdit"));
    m_key->setAccessibleName(tr("Private key file (PEM)"));
    m_key->setText(current.keyPath);
    m_browseCert->setAccessibleName(tr("Choose the certificate file"));
    m_browseKey->setAccessibleName(tr("Choose the private key file"));

    m_error->setObjectName(QStringLiteral("receiverError"));
    m_error->setAccessibleName(tr("Why the settings were not applied"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#receiverError { color: #b3261e; }"));
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("receiverApplyButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReceiverDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enabled, &QCheckBox::toggled, this, &ReceiverDialog::updateFields);
    // A refusal is about the values entered then: it goes when they change.
    for (QLineEdit *field : {m_listen, m_cert, m_key})
        connect(field, &QLineEdit::textEdited, this, [this] {
            if (!m_busy)
                showError({});
        });
    connect(m_files, &QRadioButton::toggled, this, [this] {
        if (!m_busy)
            showError({});
    });
    connect(m_files, &QRadioButton::toggled, this, &ReceiverDialog::updateFields);
    connect(m_browseCert, &QPushButton::clicked, this, [this] { browse(m_cert, tr("Certificate chain (PEM)")); });
    connect(m_browseKey, &QPushButton::clicked, this, [this] { browse(m_key, tr("Private key (PEM)")); });

    const auto pathRow = [this](QLineEdit *field, QPushButton *button) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(button);
        return row;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Listen on:"), m_listen);
    form->addRow(tr("Certificate:"), m_selfSigned);
    form->addRow(nullptr, m_files);
    auto *certLabel = new QLabel(tr("C&hain:"), this);
    certLabel->setBuddy(m_cert);
    form->addRow(certLabel, pathRow(m_cert, m_browseCert));
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, pathRow(m_key, m_browseKey));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateFields();
    resize(600, sizeHint().height());
}

Webhooks::ReceiverSettings ReceiverDialog::settings() const
{
    Webhooks::ReceiverSettings settings;
    settings.enabled = m_enabled->isChecked();
    settings.listen = m_listen->text().trimmed();
    if (m_files->isChecked()) {
        settings.certPath = m_cert->text().trimmed();
        settings.keyPath = m_key->text().trimmed();
    }
    return settings;
}

void ReceiverDialog::updateFields()
{
    const bool on = m_enabled->isChecked() && !m_busy;
    m_listen->setEnabled(on);
    m_selfSigned->setEnabled(on);
    m_files->setEnabled(on);
    for (QWidget *widget : {static_cast<QWidget *>(m_cert), static_cast<QWidget *>(m_key),
                            static_cast<QWidget *>(m_browseCert), static_cast<QWidget *>(m_browseKey)})
        widget->setEnabled(on && m_files->isChecked());
}

void ReceiverDialog::browse(QLineEdit *field, const QString &title)
{
    const QString path
        = QFileDialog::getOpenFileName(this, title, field->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!path.isEmpty())
        field->setText(path);
}

void ReceiverDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_enabled->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    updateFields();
}

void ReceiverDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ReceiverDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReceiverDialog::submit()
{
    if (m_busy)
        return;
    const Webhooks::ReceiverSettings wanted = settings();
    if (Status valid = wanted.validate(); !valid.ok()) {
        showError(valid.error().userMessage);
        return;
    }
    showError({});
    setBusy(true);
    // One answer per request: whichever of the two signals comes first ends the wait.
    auto changed = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    const auto done = [this, changed, failed](const QString &error) {
        disconnect(*changed);
        disconnect(*failed);
        setBusy(false);
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        accept();
    };
    *changed = connect(m_session, &Engine::ProfileSession::receiverChanged, this, [this, done] {
        const QString error = m_session->receiver().error;
        done(error.isEmpty() ? QString() : tr("The settings are saved, but the receiver did not start: %1").arg(error));
    });
    *failed = connect(m_session, &Engine::ProfileSession::receiverFailed, this, done);
    m_session->configureReceiver(wanted);
}

} // namespace Keyward::Ui

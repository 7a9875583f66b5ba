#include "AddEndpointDialog.h"

#include "engine/Engine.h"
#include "engine/ProfileSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

QString eventLabel(const QString &type)
{
    namespace E = Webhooks::Event;
    if (type == QLatin1String(E::ReauthorizationRequired))
        return AddEndpointDialog::tr("A connection needs to be authorized again");
    if (type == QLatin1String(E::RefreshExhausted))
        return AddEndpointDialog::tr("A connection's token could not be refreshed");
    if (type == QLatin1String(E::RevokedByProvider))
        return AddEndpointDialog::tr("A provider revoked a connection");
    if (type == QLatin1String(E::JobDead))
        return AddEndpointDialog::tr("A background job gave up");
    if (type == QLatin1String(E::AuditChainBroken))
        return AddEndpointDialog::tr("The audit log's chain is broken");
    return type;
}

} // namespace

AddEndpointDialog::AddEndpointDialog(Engine::ProfileSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_url(new QLineEdit(this))
    , m_allEvents(new QCheckBox(tr("A&ll events, including those added later"), this))
    , m_description(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addEndpointDialog"));
    setWindowTitle(tr("Add an event endpoint"));
    auto *intro = new QLabel(tr("Keyward posts the events you choose to this URL, signed per Standard Webhooks with "
                                "a secret it makes now and shows once. Failed deliveries are retried for about a "
                                "day."),
                             this);
    intro->setObjectName(QStringLiteral("addEndpointExplanation"));
    intro->setWordWrap(true);

    m_url->setObjectName(QStringLiteral("endpointUrlEdit"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_url->setPlaceholderText(tr("https://alerts.example.com/keyward"));
    auto *urlHint = new QLabel(tr("https://, or http:// only on this computer (localhost, 127.0.0.1)."), this);
    urlHint->setObjectName(QStringLiteral("endpointUrlHint"));
    urlHint->setForegroundRole(QPalette::PlaceholderText);

    m_allEvents->setObjectName(QStringLiteral("allEventsCheck"));
    m_allEvents->setChecked(true);
    auto *eventsBox = new QVBoxLayout;
    eventsBox->setSpacing(2);
    eventsBox->addWidget(m_allEvents);
    auto *eachEvent = new QVBoxLayout; // indented under "all events", which covers them
    eachEvent->setSpacing(2);
    eachEvent->setContentsMargins(20, 0, 0, 0);
    eventsBox->addLayout(eachEvent);
    for (const QString &type : Webhooks::eventTypes()) {
        auto *check = new QCheckBox(QStringLiteral("%1 (%2)").arg(eventLabel(type), type), this);
        check->setObjectName(QStringLiteral("eventCheck:") + type);
        check->setProperty("eventType", type);
        connect(check, &QCheckBox::toggled, this, [this] { showError({}); });
        eachEvent->addWidget(check);
        m_events.append(check);
    }
    const auto allChanged = [this] {
        for (QCheckBox *check : std::as_const(m_events))
            check->setEnabled(!m_allEvents->isChecked() && !m_busy);
        showError({});
    };
    connect(m_allEvents, &QCheckBox::toggled, this, allChanged);

    m_description->setObjectName(QStringLiteral("endpointDescriptionEdit"));
    m_description->setAccessibleName(tr("What the endpoint is for"));
    m_description->setPlaceholderText(tr("e.g. on-call alerts"));

    m_error->setObjectName(QStringLiteral("addEndpointError"));
    m_error->setAccessibleName(tr("Why the endpoint was not added"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#addEndpointError { color: #b3261e; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(nullptr, urlHint);
    form->addRow(tr("Events:"), eventsBox);
    form->addRow(tr("&Description:"), m_description);

    m_add = m_buttons->addButton(tr("A&dd endpoint"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addEndpointConfirmButton"));
    m_add->setAccessibleName(tr("Add the endpoint"));
    m_add->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddEndpointDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textEdited, this, [this] { showError({}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    allChanged();
    resize(std::max(600, sizeHint().width()), sizeHint().height());
}

QStringList AddEndpointDialog::events() const
{
    if (m_allEvents->isChecked())
        return {QStringLiteral("*")};
    QStringList chosen;
    for (const QCheckBox *check : m_events) {
        if (check->isChecked())
            chosen.append(check->property("eventType").toString());
    }
    return chosen;
}

void AddEndpointDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_allEvents),
                            static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_buttons)})
        widget->setEnabled(!busy);
    for (QCheckBox *check : std::as_const(m_events))
        check->setEnabled(!busy && !m_allEvents->isChecked());
}

void AddEndpointDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AddEndpointDialog::showError(const QString &message)
{
    if (m_busy && !message.isEmpty())
        return;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void AddEndpointDialog::submit()
{
    if (m_busy)
        return;
    const QString url = m_url->text().trimmed();
    const QStringList wanted = events();
    if (url.isEmpty()) {
        showError(tr("Enter the URL Keyward posts the events to."));
        return;
    }
    if (wanted.isEmpty()) {
        showError(tr("Choose the events the endpoint receives, or all of them."));
        return;
    }
    showError({});
    const QString description = m_description->text().trimmed();
    using Added = std::pair<Webhooks::Endpoint, SecureBytes>;
    setBusy(true);
    m_session->host()->call(
        this,
        [url, wanted, description](Engine::EngineHost::Slot &engine) -> Result<Added> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->events().addEndpoint(url, wanted, description);
        },
        [this](const Result<Added> &added) {
            setBusy(false);
            if (!added.ok()) {
                showError(added.error().userMessage);
                return;
            }
            m_added = added->first;
            m_secret = added->second;
            accept();
        });
}

} // namespace Keyward::Ui

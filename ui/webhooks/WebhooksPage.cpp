#include "WebhooksPage.h"

#include "AddEndpointDialog.h"
#include "AddSourceDialog.h"
#include "ReceiverDialog.h"
#include "RotateSecretDialog.h"
#include "common/DialogHooks.h"
#include "common/LogTable.h"
#include "common/MessageBar.h"
#include "engine/Engine.h"
#include "engine/ProfileSession.h"
#include "itemmodels/DeliveryTableModel.h"
#include "users/TokenCreatedDialog.h"
#include "webhooks/WebhookService.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

namespace {

enum SourceColumn { SourceName, SourceScheme, SourcePath, SourceApp, SourceSecrets, SourceColumns };
enum EndpointColumn { EndpointId, EndpointUrl, EndpointEvents, EndpointHealth, EndpointDescription, EndpointColumns };

/// The sources and endpoints tables show this many rows at least, and at most this many before they scroll.
constexpr int kMinListRows = 1;
constexpr int kMaxListRows = 5;

using Model = ItemModels::DeliveryTableModel;

/// The details pane shows at most this much of a body; the rest is counted, not shown.
constexpr qsizetype kShownBodyBytes = 256 * 1024;

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString secretsText(const Webhooks::WebhookSource &source, qint64 nowMs)
{
    if (source.scheme.kind == Webhooks::Scheme::GoogleRisc)
        return WebhooksPage::tr("Google's keys, for %1").arg(source.scheme.risc.audiences.join(QStringLiteral(", ")));
    QStringList parts;
    // Newest first: the secret senders should be signing with leads.
    for (auto it = source.secrets.crbegin(); it != source.secrets.crend(); ++it) {
        if (it->expiresMs == 0)
            parts.append(it->fingerprint);
        else if (it->activeAt(nowMs))
            parts.append(
                WebhooksPage::tr("%1 (valid until %2)")
                    .arg(it->fingerprint,
                         QDateTime::fromMSecsSinceEpoch(it->expiresMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        else
            parts.append(WebhooksPage::tr("%1 (expired)").arg(it->fingerprint));
    }
    return parts.isEmpty() ? WebhooksPage::tr("none") : parts.join(QStringLiteral(", "));
}

QString appText(const Webhooks::WebhookSource &source)
{
    if (!source.appName.isEmpty())
        return source.appName;
    // Only the providers' own schemes carry revocation events; they concern every app of that provider.
    const Webhooks::Scheme kind = source.scheme.kind;
    return kind == Webhooks::Scheme::Standard || kind == Webhooks::Scheme::Generic
        ? QStringLiteral("—")
        : WebhooksPage::tr("every app of its provider");
}

QString limitsText(const Webhooks::WebhookSource &source)
{
    return WebhooksPage::tr("Timestamp tolerance %1 s, at most %2 deliveries a second; bodies of rejected deliveries "
                            "%3.")
        .arg(source.toleranceSeconds)
        .arg(QLocale().toString(source.ratePerSecond))
        .arg(source.keepRejectedBodies ? WebhooksPage::tr("kept") : WebhooksPage::tr("not kept"));
}

/// The sources and endpoints tables: a handful of rows each, selected whole.
void setUpListTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // A profile has a handful of them, so measuring them is cheap.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

/// The deliveries take the page's height; the lists get their rows, then scroll.
void fitRows(QTableWidget *table, qsizetype count)
{
    const int rows = std::clamp(static_cast<int>(count), kMinListRows, kMaxListRows);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}

QString healthText(Webhooks::Endpoint::Health health)
{
    switch (health) {
    case Webhooks::Endpoint::Health::Healthy:
        return WebhooksPage::tr("healthy");
    case Webhooks::Endpoint::Health::Failing:
        return WebhooksPage::tr("failing");
    case Webhooks::Endpoint::Health::CircuitOpen:
        return WebhooksPage::tr("circuit open");
    case Webhooks::Endpoint::Health::Disabled:
        break;
    }
    return WebhooksPage::tr("disabled");
}

/// Why the endpoint is as healthy as it is: its last success, its last error, until when its circuit is open, or
/// why it was switched off.
QString healthReason(const Webhooks::Endpoint &endpoint, qint64 nowMs)
{
    using Health = Webhooks::Endpoint::Health;
    const int failures = endpoint.consecutiveFailures;
    switch (endpoint.health(nowMs)) {
    case Health::Healthy:
        return endpoint.lastSuccessMs > 0
            ? WebhooksPage::tr("The last delivery worked (%1).").arg(localTime(endpoint.lastSuccessMs))
            : WebhooksPage::tr("Nothing delivered yet.");
    case Health::Failing:
        return WebhooksPage::tr("%n delivery(ies) in a row failed; they are retried. The last error: %1", nullptr,
                                failures)
            .arg(endpoint.lastError);
    case Health::CircuitOpen:
        return WebhooksPage::tr("Circuit open until %1 after %n failure(s) in a row: deliveries wait until then. "
                                "The last error: %2",
                                nullptr, failures)
            .arg(QDateTime::fromMSecsSinceEpoch(endpoint.circuitOpenUntilMs).toString(QStringLiteral("HH:mm")),
                 endpoint.lastError);
    case Health::Disabled:
        break;
    }
    return endpoint.disabledReason.isEmpty() ? WebhooksPage::tr("Switched off.") : endpoint.disabledReason;
}

QString eventsText(const Webhooks::Endpoint &endpoint)
{
    return endpoint.events.contains(QLatin1String("*")) ? WebhooksPage::tr("all events")
                                                        : endpoint.events.join(QStringLiteral(", "));
}

bool looksLikeText(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t';
    });
}

/// The body for people: pretty-printed JSON, text as it came, anything else as base64.
QString bodyText(const Webhooks::Delivery &d)
{
    if (!d.hasBody) {
        if (d.bodySize == 0)
            return WebhooksPage::tr("(no body)");
        return WebhooksPage::tr("Body not kept (%1 bytes received): the source does not keep the bodies of "
                                "rejected deliveries.")
            .arg(QLocale().toString(d.bodySize));
    }
    if (d.body.isEmpty())
        return WebhooksPage::tr("(empty body)");
    const QByteArray body = d.shownBody(); // credentials some senders put in bodies read "[redacted]"
    const bool cut = body.size() > kShownBodyBytes;
    const QByteArray shown = cut ? body.left(kShownBodyBytes) : body;
    const QString cutNote = cut ? u'\n'
            + WebhooksPage::tr("… (the first %1 of %2 bytes)")
                  .arg(QLocale().toString(kShownBodyBytes), QLocale().toString(body.size()))
                                : QString();
    if (!cut) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && !json.isNull())
            return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    }
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(shown);
    // A cut may split a character at the end; that alone does not make a body binary.
    if ((!decoder.hasError() || cut) && looksLikeText(text))
        return text + cutNote;
    QString base64 = QString::fromLatin1(shown.toBase64());
    for (qsizetype at = 76; at < base64.size(); at += 77)
        base64.insert(at, u'\n');
    return WebhooksPage::tr("The body is binary (%1 bytes); shown as base64:").arg(QLocale().toString(body.size()))
        + u'\n' + base64 + cutNote;
}

} // namespace

WebhooksPage::WebhooksPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_model(new Model(session->host(), this))
    , m_about(new QLabel(this))
    , m_sources(new QTableWidget(0, SourceColumns, this))
    , m_noSources(new QLabel(this))
    , m_addSource(new QPushButton(tr("&Add source…"), this))
    , m_rotateSecret(new QPushButton(tr("Rotate &secret…"), this))
    , m_tabs(new QTabWidget(this))
    , m_endpoints(new QTableWidget(0, EndpointColumns, this))
    , m_noEndpoints(new QLabel(this))
    , m_addEndpoint(new QPushButton(tr("Add e&ndpoint…"), this))
    , m_switchEndpoint(new QPushButton(tr("S&witch off"), this))
    , m_removeEndpoint(new QPushButton(tr("Remov&e…"), this))
    , m_receiverStatus(new QLabel(this))
    , m_configureReceiver(new QPushButton(tr("&Configure receiver…"), this))
    , m_sourceFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_verifiedFilter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_replaySelected(new QPushButton(tr("&Replay selected"), this))
    , m_replayMatching(new QPushButton(tr("Replay all &matching…"), this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("webhooksPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Webhooks")), this);
    m_about->setObjectName(QStringLiteral("webhooksExplanation"));
    m_about->setWordWrap(true);

    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sources->setAccessibleName(tr("Webhook sources"));
    m_sources->setHorizontalHeaderLabels({tr("Name"), tr("Scheme"), tr("Path"), tr("App"), tr("Secrets")});
    setUpListTable(m_sources);
    fitRows(m_sources, 0);
    m_noSources->setObjectName(QStringLiteral("noSources"));
    m_noSources->setWordWrap(true);
    m_noSources->hide();

    m_addSource->setObjectName(QStringLiteral("addSourceButton"));
    m_addSource->setAccessibleName(tr("Add a webhook source"));
    m_rotateSecret->setObjectName(QStringLiteral("rotateSourceSecretButton"));
    m_rotateSecret->setAccessibleName(tr("Give the selected source a new secret"));

    m_endpoints->setObjectName(QStringLiteral("endpointsTable"));
    m_endpoints->setAccessibleName(tr("Event endpoints"));
    m_endpoints->setHorizontalHeaderLabels({tr("#"), tr("URL"), tr("Events"), tr("Health"), tr("Description")});
    setUpListTable(m_endpoints);
    fitRows(m_endpoints, 0);
    m_noEndpoints->setObjectName(QStringLiteral("noEndpoints"));
    m_noEndpoints->setWordWrap(true);
    m_noEndpoints->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noEndpoints->hide();
    m_addEndpoint->setObjectName(QStringLiteral("addEndpointButton"));
    m_addEndpoint->setAccessibleName(tr("Add an endpoint that receives Keyward's events"));
    m_switchEndpoint->setObjectName(QStringLiteral("switchEndpointButton"));
    m_switchEndpoint->setAccessibleName(tr("Switch the selected endpoint off or on"));
    m_removeEndpoint->setObjectName(QStringLiteral("removeEndpointButton"));
    m_removeEndpoint->setAccessibleName(tr("Remove the selected endpoint"));

    m_receiverStatus->setObjectName(QStringLiteral("receiverStatus"));
    m_receiverStatus->setWordWrap(true);
    m_receiverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_receiverStatus->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_configureReceiver->setObjectName(QStringLiteral("configureReceiverButton"));
    m_configureReceiver->setAccessibleName(tr("Switch the webhook receiver on or off, choose its address and "
                                              "certificate"));

    m_sourceFilter->setObjectName(QStringLiteral("deliverySourceFilter"));
    m_sourceFilter->setAccessibleName(tr("Show deliveries of source"));
    m_sourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceFilter->addItem(tr("All sources"), QString());
    m_stateFilter->setObjectName(QStringLiteral("deliveryStateFilter"));
    m_stateFilter->setAccessibleName(tr("Show deliveries in state"));
    m_stateFilter->addItem(tr("All states"), QString());
    namespace S = Webhooks::DeliveryState;
    for (const char *state : {S::Received, S::Processed, S::Ignored, S::Failed, S::Rejected})
        m_stateFilter->addItem(Model::stateText(QLatin1String(state)), QLatin1String(state));
    m_verifiedFilter->setObjectName(QStringLiteral("deliveryVerifiedFilter"));
    m_verifiedFilter->setAccessibleName(tr("Show deliveries by verification result"));
    m_verifiedFilter->addItem(tr("Verified or not"), QString());
    m_verifiedFilter->addItem(tr("Verified"), QStringLiteral("verified"));
    m_verifiedFilter->addItem(tr("Rejected"), QStringLiteral("rejected"));

    m_table->setObjectName(QStringLiteral("deliveriesTable"));
    m_table->setAccessibleName(tr("Webhook deliveries, newest first"));
    setUpLogTable(m_table, m_model, QAbstractItemView::ExtendedSelection);
    m_table->setColumnWidth(Model::Id, 60);
    m_table->setColumnWidth(Model::Received, 140);
    m_table->setColumnWidth(Model::Source, 110);
    m_table->setColumnWidth(Model::EventType, 140);
    m_table->setColumnWidth(Model::Verification, 130);
    m_table->setColumnWidth(Model::State, 80);

    m_details->setObjectName(QStringLiteral("deliveryDetails"));
    m_details->setAccessibleName(tr("Headers, body and result of the selected delivery"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a delivery to see its headers (secrets redacted), body and result."));

    m_replaySelected->setObjectName(QStringLiteral("replaySelectedButton"));
    m_replaySelected->setAccessibleName(tr("Process the selected deliveries again"));
    m_replayMatching->setObjectName(QStringLiteral("replayMatchingButton"));
    m_replayMatching->setAccessibleName(tr("Process every delivery the filter matches again"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshWebhooksButton"));
    refreshButton->setAccessibleName(tr("Reload the sources and deliveries"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refreshButton);
    // Sources and endpoints share the space above the deliveries: a tab each, its buttons above its table.
    const auto listTab = [this](QWidget *empty, QTableWidget *table, const QList<QPushButton *> &buttons) {
        auto *tab = new QWidget(m_tabs);
        auto *actions = new QHBoxLayout;
        actions->addStretch();
        for (QPushButton *button : buttons)
            actions->addWidget(button);
        auto *column = new QVBoxLayout(tab);
        column->setContentsMargins(0, 6, 0, 0);
        column->addLayout(actions);
        column->addWidget(empty);
        if (table)
            column->addWidget(table);
        column->addStretch();
        return tab;
    };
    m_tabs->setObjectName(QStringLiteral("webhooksTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(listTab(m_noSources, m_sources, {m_addSource, m_rotateSecret}), tr("Sources"));
    m_tabs->addTab(listTab(m_noEndpoints, m_endpoints, {m_addEndpoint, m_switchEndpoint, m_removeEndpoint}),
                   tr("Event endpoints"));
    m_tabs->addTab(listTab(m_receiverStatus, nullptr, {m_configureReceiver}), tr("Receiver"));
    m_tabs->setTabToolTip(0, tr("Senders whose signed deliveries Keyward accepts"));
    m_tabs->setTabToolTip(1, tr("URLs Keyward posts its own events to"));
    m_tabs->setTabToolTip(2, tr("Where this console receives webhooks"));
    m_tabs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *deliveriesTitle = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Deliveries")), this);
    auto *filterRow = new QHBoxLayout;
    const auto addFilter = [this, filterRow](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filterRow->addWidget(label);
        filterRow->addWidget(combo);
    };
    addFilter(tr("S&ource:"), m_sourceFilter);
    addFilter(tr("S&tate:"), m_stateFilter);
    addFilter(tr("&Verification:"), m_verifiedFilter);
    filterRow->addStretch();
    filterRow->addWidget(m_replaySelected);
    filterRow->addWidget(m_replayMatching);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_about);
    layout->addWidget(m_tabs);
    layout->addWidget(deliveriesTitle);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    // While the page is visible it follows the deliveries as they arrive and are processed.
    m_autoRefresh->setInterval(3000);
    connect(m_autoRefresh, &QTimer::timeout, this, &WebhooksPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &WebhooksPage::refresh);
    connect(m_addSource, &QPushButton::clicked, this, &WebhooksPage::askToAddSource);
    connect(m_rotateSecret, &QPushButton::clicked, this, &WebhooksPage::askToRotateSecret);
    connect(m_sources, &QTableWidget::itemSelectionChanged, this, &WebhooksPage::updateButtons);
    connect(m_endpoints, &QTableWidget::itemSelectionChanged, this, &WebhooksPage::updateButtons);
    connect(m_addEndpoint, &QPushButton::clicked, this, &WebhooksPage::askToAddEndpoint);
    connect(m_switchEndpoint, &QPushButton::clicked, this, &WebhooksPage::switchSelectedEndpoint);
    connect(m_removeEndpoint, &QPushButton::clicked, this, &WebhooksPage::askToRemoveEndpoint);
    connect(m_configureReceiver, &QPushButton::clicked, this, &WebhooksPage::askToConfigureReceiver);
    connect(m_session, &Engine::ProfileSession::receiverChanged, this, &WebhooksPage::showReceiver);
    for (QComboBox *combo : {m_sourceFilter, m_stateFilter, m_verifiedFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &WebhooksPage::filterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    // A refresh that changed the shown delivery (processed, replayed) shows its new state and result.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &) {
        if (m_detailsId != 0 && m_model->delivery(topLeft.row()).id == m_detailsId)
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPage::updateButtons);
    connect(m_model, &Model::pageLoaded, this, &WebhooksPage::updateButtons);
    connect(m_model, &Model::loadFailed, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_replaySelected, &QPushButton::clicked, this, &WebhooksPage::replaySelected);
    connect(m_replayMatching, &QPushButton::clicked, this, &WebhooksPage::replayMatching);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state != Engine::ProfileSession::State::Open)
            return;
        applyPermissions(); // someone else may have signed in, or another profile is open
        m_needsReload = true;
        m_sourcesShown.clear();
        m_endpointsShown.clear();
        if (isVisible())
            refresh();
    });
    updateButtons();
    applyPermissions();
}

void WebhooksPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool manage = m_session->allows(Access::Permission::WebhooksManage);
    const bool replay = m_session->allows(Access::Permission::WebhooksReplay);
    m_addSource->setVisible(manage);
    m_rotateSecret->setVisible(manage);
    m_addEndpoint->setVisible(manage);
    m_switchEndpoint->setVisible(manage);
    m_removeEndpoint->setVisible(manage);
    m_configureReceiver->setVisible(manage);
    m_replaySelected->setVisible(replay);
    m_replayMatching->setVisible(replay);
    m_about->setText(tr("Senders post signed events to /webhooks/NAME on the receiver (this console's, when the "
                        "Receiver tab switches it on, or keyward-cli serve's). "
                        "Keyward checks each signature with the source's secrets (kept in your OS keychain; only "
                        "fingerprints are shown), records the delivery with secret headers redacted, and applies "
                        "providers' revocation events to the connections they concern."));
    m_noSources->setText(manage ? tr("No webhook sources yet. Add one for each sender; it gets the path "
                                     "/webhooks/NAME and a signing secret.")
                                : tr("No webhook sources yet. A Security Administrator adds them."));
    const QString endpointsAbout = tr("Keyward posts its own events (connections to authorize again, jobs that gave "
                                      "up, a broken audit chain) to these URLs, signed per Standard Webhooks.");
    m_noEndpoints->setText(tr("No event endpoints yet.") + u' ' + endpointsAbout + u' '
                           + (manage ? tr("Add one for each receiver.") : tr("A Security Administrator adds them.")));
    m_endpoints->setToolTip(endpointsAbout);
    showReceiver();
    updateButtons();
}

void WebhooksPage::showReceiver()
{
    const Engine::ProfileSession::ReceiverStatus &receiver = m_session->receiver();
    QString text;
    if (receiver.running) {
        text = tr("Receiving on %1/webhooks/NAME.").arg(receiver.origin) + u' '
            + (receiver.settings.selfSigned()
                   ? tr("The certificate is self-signed and made anew at each start (SHA-256 %1): senders must be "
                        "told to trust it, so use it only for local tests.")
                         .arg(receiver.fingerprint)
                   : tr("Certificate %1 (SHA-256 %2).").arg(receiver.settings.certPath, receiver.fingerprint));
    } else if (receiver.settings.enabled) {
        text = tr("Switched on for %1, but not running: %2").arg(receiver.settings.listen, receiver.error);
    } else {
        text = tr("Off: this console does not receive webhooks. keyward-cli serve --webhooks-listen can, or switch "
                  "the receiver on here (it then starts with the console and with keyward-cli serve).");
    }
    m_receiverStatus->setText(text);
    m_receiverStatus->setAccessibleName(text);
}

void WebhooksPage::askToConfigureReceiver()
{
    auto *dialog = new ReceiverDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        const Engine::ProfileSession::ReceiverStatus &receiver = m_session->receiver();
        m_messages->showMessage(MessageBar::Kind::Success,
                                receiver.running ? tr("The webhook receiver listens on %1.").arg(receiver.origin)
                                                 : tr("The webhook receiver is off."));
    });
    dialog->open();
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_autoRefresh->start();
}

void WebhooksPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_autoRefresh->stop();
}

void WebhooksPage::refresh()
{
    if (m_session->state() != Engine::ProfileSession::State::Open)
        return;
    loadSources();
    loadEndpoints();
    if (std::exchange(m_needsReload, false))
        m_model->reload();
    else
        m_model->refresh();
}

void WebhooksPage::loadSources()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Webhooks::WebhookSource>> {
            if (!engine)
                return QList<Webhooks::WebhookSource>();
            return engine->webhooks().sources();
        },
        [this](const Result<QList<Webhooks::WebhookSource>> &sources) {
            if (!sources.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, sources.error().userMessage);
                return;
            }
            fillSources(sources.value());
        });
}

void WebhooksPage::fillSources(const QList<Webhooks::WebhookSource> &sources)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList shown;
    for (const Webhooks::WebhookSource &source : sources)
        shown.append(source.name + u'|' + secretsText(source, now) + u'|' + source.appName + u'|' + limitsText(source));
    const QString signature = shown.join(u'\n');
    if (signature == m_sourcesShown && !m_sourcesShown.isEmpty())
        return; // unchanged: the table keeps its selection and scroll position as they are
    m_sourcesShown = signature;
    m_sourceList = sources;

    const QString selected = selectedSource();
    m_sources->setRowCount(0);
    m_sources->setRowCount(static_cast<int>(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const Webhooks::WebhookSource &source = sources.at(row);
        const QStringList cells {source.name, AddSourceDialog::schemeLabel(source.scheme.kind),
                                 QStringLiteral("/webhooks/") + source.name, appText(source), secretsText(source, now)};
        for (int column = 0; column < SourceColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, source.name);
            item->setToolTip(column == SourceSecrets ? tr("Fingerprints (the first 8 hex digits of SHA-256) of the "
                                                          "secrets deliveries are checked against, newest first.")
                                                     : limitsText(source));
            m_sources->setItem(row, column, item);
        }
        if (source.name == selected)
            m_sources->selectRow(row);
    }
    m_noSources->setVisible(sources.isEmpty());
    m_sources->setVisible(!sources.isEmpty());
    fitRows(m_sources, sources.size());
    m_tabs->setTabText(0, tr("Sources (%1)").arg(sources.size()));

    // The source filter offers the sources there are, keeping what was chosen.
    const QString filtered = m_sourceFilter->currentData().toString();
    {
        const QSignalBlocker blocker(m_sourceFilter);
        while (m_sourceFilter->count() > 1)
            m_sourceFilter->removeItem(1);
        for (const Webhooks::WebhookSource &source : sources)
            m_sourceFilter->addItem(source.name, source.name);
        const int index = m_sourceFilter->findData(filtered);
        m_sourceFilter->setCurrentIndex(index < 0 ? 0 : index);
    }
    if (m_sourceFilter->currentData().toString() != filtered)
        filterChanged();
    updateButtons();
}

QString WebhooksPage::selectedSource() const
{
    const QList<QTableWidgetItem *> items = m_sources->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void WebhooksPage::filterChanged()
{
    Webhooks::DeliveryFilter filter;
    filter.source = m_sourceFilter->currentData().toString();
    filter.state = m_stateFilter->currentData().toString();
    const QString verified = m_verifiedFilter->currentData().toString();
    if (!verified.isEmpty())
        filter.verified = verified == QLatin1String("verified");
    m_needsReload = false;
    m_model->setFilter(filter);
}

QString WebhooksPage::filterDescription() const
{
    QStringList parts;
    for (const QComboBox *combo : {m_sourceFilter, m_stateFilter, m_verifiedFilter}) {
        if (!combo->currentData().toString().isEmpty())
            parts.append(combo->currentText());
    }
    return parts.isEmpty() ? tr("every source and state") : parts.join(QStringLiteral(", "));
}

void WebhooksPage::updateButtons()
{
    // A google-risc source has no secret to rotate: Google signs with its own keys.
    const QString source = selectedSource();
    m_rotateSecret->setEnabled(std::any_of(m_sourceList.cbegin(), m_sourceList.cend(), [&source](const auto &s) {
        return s.name == source && s.scheme.kind != Webhooks::Scheme::GoogleRisc;
    }));
    const Webhooks::Endpoint *endpoint = selectedEndpoint();
    m_switchEndpoint->setEnabled(endpoint != nullptr);
    m_switchEndpoint->setText(endpoint && !endpoint->enabled ? tr("S&witch on") : tr("S&witch off"));
    m_removeEndpoint->setEnabled(endpoint != nullptr);
    m_replaySelected->setEnabled(m_table->selectionModel()->hasSelection());
    m_replayMatching->setEnabled(m_model->rowCount() > 0);
}

QList<qint64> WebhooksPage::selectedDeliveries(Selected which) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const Webhooks::Delivery &d = m_model->delivery(index.row());
        if (which == Selected::All || d.verified)
            ids.append(d.id);
    }
    return ids;
}

void WebhooksPage::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detailsId = 0;
        m_shownId = 0;
        if (rows.isEmpty())
            m_details->clear();
        else
            m_details->setPlainText(tr("%n deliveries selected.", nullptr, static_cast<int>(rows.size())));
        return;
    }
    const qint64 id = m_model->delivery(rows.first().row()).id;
    m_detailsId = id;
    m_session->host()->call(
        this,
        [id](Engine::EngineHost::Slot &engine) -> Result<Webhooks::Delivery> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->webhooks().delivery(id);
        },
        [this, id](const Result<Webhooks::Delivery> &delivery) {
            if (id != m_detailsId)
                return; // another delivery was selected meanwhile
            if (!delivery.ok()) {
                m_shownId = 0;
                m_details->setPlainText(delivery.error().userMessage);
                return;
            }
            showDelivery(delivery.value());
        });
}

void WebhooksPage::showDelivery(const Webhooks::Delivery &d)
{
    QString text = tr("Delivery %1 from %2").arg(d.id).arg(d.sourceName);
    if (!d.eventType.isEmpty())
        text += tr(", event %1").arg(d.eventType);
    text += u'\n' + tr("Received %1 from %2").arg(localTime(d.receivedMs), d.remote);
    if (!d.deliveryKey.isEmpty())
        text += tr(", the sender's delivery id %1").arg(QString::fromUtf8(d.deliveryKey));
    text += u'\n'
        + tr("Verification: %1. %2").arg(Model::verificationText(d.reason), Model::verificationSentence(d.reason));
    text += u'\n' + tr("State: %1").arg(Model::stateText(d.state));
    if (d.processedMs > 0)
        text += tr(" (%1)").arg(localTime(d.processedMs));
    if (d.replays > 0)
        text += tr(", replayed %n time(s)", nullptr, d.replays);
    if (!d.result.isEmpty())
        text += u'\n' + tr("Result: %1").arg(d.result);

    text += u"\n\n" + tr("Headers (secrets redacted):");
    for (const QJsonValue &header : d.headers) {
        const QJsonArray pair = header.toArray();
        text += QStringLiteral("\n  %1: %2").arg(pair.at(0).toString(), pair.at(1).toString());
    }
    if (d.headers.isEmpty())
        text += u'\n' + tr("  (none)");
    text += u"\n\n" + tr("Body:") + u'\n' + bodyText(d);
    // The same delivery again (a refresh saw it change): keep the place the reader scrolled to.
    const bool same = d.id == m_shownId;
    const int scrolled = m_details->verticalScrollBar()->value();
    m_details->setPlainText(text);
    m_shownId = d.id;
    if (same)
        m_details->verticalScrollBar()->setValue(scrolled);
}

void WebhooksPage::askToAddSource()
{
    auto *dialog = new AddSourceDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Webhooks::WebhookSource &source = dialog->addedSource();
        m_messages->showMessage(
            MessageBar::Kind::Success,
            tr("Added the source %1: deliveries signed with the secret %2 are accepted at "
               "/webhooks/%1.")
                .arg(source.name, source.secrets.isEmpty() ? QString() : source.secrets.last().fingerprint));
        refresh();
        Q_EMIT storeChanged();
    });
    dialog->open();
}

void WebhooksPage::askToRotateSecret()
{
    const QString name = selectedSource();
    const auto source = std::find_if(m_sourceList.cbegin(), m_sourceList.cend(),
                                     [&name](const Webhooks::WebhookSource &s) { return s.name == name; });
    if (source == m_sourceList.cend())
        return;
    auto *dialog = new RotateSecretDialog(m_session, *source, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Webhooks::WebhookSource &rotated = dialog->rotatedSource();
        const QString newest = rotated.secrets.isEmpty() ? QString() : rotated.secrets.last().fingerprint;
        qint64 until = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Webhooks::SourceSecret &secret : rotated.secrets) {
            if (secret.expiresMs > 0 && secret.activeAt(now))
                until = std::max(until, secret.expiresMs);
        }
        m_messages->showMessage(
            MessageBar::Kind::Success,
            until > 0 ? tr("%1 has the new secret %2; the previous ones stay valid until %3.")
                            .arg(rotated.name, newest,
                                 QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      : tr("%1 has the new secret %2; the previous ones no longer verify deliveries.")
                            .arg(rotated.name, newest));
        refresh();
        Q_EMIT storeChanged();
    });
    dialog->open();
}

void WebhooksPage::replaySelected()
{
    const QList<qint64> ids = selectedDeliveries(Selected::All);
    const QList<qint64> replayable = selectedDeliveries(Selected::Verified);
    const int verified = static_cast<int>(replayable.size());
    if (ids.isEmpty())
        return;
    const int max = Webhooks::WebhookService::kMaxReplay;
    if (verified > max) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("At most %1 deliveries can be replayed at once; select fewer.").arg(max));
        return;
    }
    if (verified == 0) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Rejected deliveries are never processed, so none of the selected can be "
                                   "replayed."));
        return;
    }
    const QString question = verified == ids.size()
        ? tr("Replay %n selected delivery(ies)? Each is processed again as if it had just arrived.", nullptr, verified)
        : tr("Replay %1 of the %2 selected deliveries? The others were rejected and are never processed.")
              .arg(verified)
              .arg(ids.size());
    if (!DialogHooks::confirm(this, tr("Replay deliveries"), question, tr("Replay")))
        return;
    replay(replayable);
}

void WebhooksPage::replayMatching()
{
    Webhooks::DeliveryFilter filter = m_model->filter();
    if (filter.verified == false || filter.state == QLatin1String(Webhooks::DeliveryState::Rejected)) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("The filter shows rejected deliveries, which are never processed: nothing to "
                                   "replay."));
        return;
    }
    // Only verified deliveries are processed; the bulk replay is bounded by the window and the count.
    filter.verified = true;
    filter.beforeId = 0;
    filter.sinceMs = QDateTime::currentMSecsSinceEpoch() - kReplayWindowMs;
    const QString where = filterDescription();
    m_session->host()->call(
        this,
        [filter](Engine::EngineHost::Slot &engine) mutable -> Result<QList<qint64>> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            // One more than a replay takes tells that the cap was reached. Rows come with their bodies, so a few
            // at a time: only the ids are kept.
            const int wanted = Webhooks::WebhookService::kMaxReplay + 1;
            QList<qint64> ids;
            while (ids.size() < wanted) {
                filter.limit = std::min(100, wanted - static_cast<int>(ids.size()));
                auto page = engine->webhooks().deliveries(filter);
                if (!page.ok())
                    return page.error();
                for (const Webhooks::Delivery &d : page.value())
                    ids.append(d.id);
                if (page->size() < filter.limit)
                    break;
                filter.beforeId = ids.last();
            }
            return ids;
        },
        [this, where](const Result<QList<qint64>> &found) {
            if (!found.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, found.error().userMessage);
                return;
            }
            QList<qint64> ids = found.value();
            if (ids.isEmpty()) {
                m_messages->showMessage(MessageBar::Kind::Information,
                                        tr("No verified deliveries from the last 7 days match (%1): nothing to "
                                           "replay.")
                                            .arg(where));
                return;
            }
            const int max = Webhooks::WebhookService::kMaxReplay;
            const bool capped = ids.size() > max;
            if (capped)
                ids.resize(max);
            const int count = static_cast<int>(ids.size());
            QString question = tr("Replay %n delivery(ies) from the last 7 days?", nullptr, count);
            question += u"\n\n" + tr("Matching: %1, verified only.").arg(where);
            if (capped)
                question += u'\n'
                    + tr("More deliveries match than one replay takes: these are the newest %1. Narrow the filter to "
                         "reach the others.")
                          .arg(max);
            question += u'\n' + tr("Each is processed again as if it had just arrived.");
            if (!DialogHooks::confirm(this, tr("Replay deliveries"), question, tr("Replay")))
                return;
            replay(ids);
        });
}

void WebhooksPage::replay(const QList<qint64> &ids)
{
    m_session->host()->call(
        this,
        [ids](Engine::EngineHost::Slot &engine) -> Result<QList<qint64>> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->webhooks().replay(ids);
        },
        [this, requested = static_cast<int>(ids.size())](const Result<QList<qint64>> &replayed) {
            if (!replayed.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, replayed.error().userMessage);
            } else {
                const int n = static_cast<int>(replayed->size());
                QString text = tr("%n delivery(ies) queued for processing again.", nullptr, n);
                if (n < requested)
                    text += u' '
                        + tr("%n could not be replayed: not verified, or no longer recorded.", nullptr, requested - n);
                m_messages->showMessage(MessageBar::Kind::Success, text);
            }
            refresh();
            Q_EMIT storeChanged();
        });
}

void WebhooksPage::loadEndpoints()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Webhooks::Endpoint>> {
            if (!engine)
                return QList<Webhooks::Endpoint>();
            return engine->events().endpoints();
        },
        [this](const Result<QList<Webhooks::Endpoint>> &endpoints) {
            if (!endpoints.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, endpoints.error().userMessage);
                return;
            }
            fillEndpoints(endpoints.value());
        });
}

void WebhooksPage::fillEndpoints(const QList<Webhooks::Endpoint> &endpoints)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList shown;
    for (const Webhooks::Endpoint &e : endpoints)
        shown.append(QString::number(e.id) + u'|' + e.url + u'|' + eventsText(e) + u'|' + e.description + u'|'
                     + healthText(e.health(now)) + u'|' + healthReason(e, now) + u'|' + QString::number(e.enabled));
    const QString signature = shown.join(u'\n');
    if (signature == m_endpointsShown && !m_endpointsShown.isEmpty())
        return; // unchanged: the table keeps its selection and scroll position
    m_endpointsShown = signature;

    const Webhooks::Endpoint *current = selectedEndpoint();
    const qint64 selected = current ? current->id : 0;
    m_endpointList = endpoints;
    {
        const QSignalBlocker blocker(m_endpoints); // m_endpointList changed under the old rows
        m_endpoints->setRowCount(0);
        m_endpoints->setRowCount(static_cast<int>(endpoints.size()));
    }
    for (int row = 0; row < endpoints.size(); ++row) {
        const Webhooks::Endpoint &e = endpoints.at(row);
        const QString reason = healthReason(e, now);
        const QStringList cells {QString::number(e.id), e.url, eventsText(e), healthText(e.health(now)), e.description};
        for (int column = 0; column < EndpointColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, e.id);
            if (column == EndpointHealth)
                item->setToolTip(reason);
            else if (column == EndpointEvents)
                item->setToolTip(e.events.join(QStringLiteral(", ")));
            else
                item->setToolTip(e.url);
            m_endpoints->setItem(row, column, item);
        }
        if (e.id == selected)
            m_endpoints->selectRow(row);
    }
    m_noEndpoints->setVisible(endpoints.isEmpty());
    m_endpoints->setVisible(!endpoints.isEmpty());
    fitRows(m_endpoints, endpoints.size());
    m_tabs->setTabText(1, tr("Event endpoints (%1)").arg(endpoints.size()));
    updateButtons();
}

const Webhooks::Endpoint *WebhooksPage::selectedEndpoint() const
{
    const QList<QTableWidgetItem *> items = m_endpoints->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(Qt::UserRole).toLongLong();
    const auto found = std::find_if(m_endpointList.cbegin(), m_endpointList.cend(),
                                    [id](const Webhooks::Endpoint &e) { return e.id == id; });
    return found == m_endpointList.cend() ? nullptr : &*found;
}

void WebhooksPage::askToAddEndpoint()
{
    auto *dialog = new AddEndpointDialog(m_session, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Webhooks::Endpoint endpoint = dialog->addedEndpoint();
        const SecureBytes secret = dialog->takeSecret();
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Added endpoint %1: Keyward posts %2 to %3.")
                                    .arg(QString::number(endpoint.id), eventsText(endpoint), endpoint.url));
        auto *shown = new TokenCreatedDialog(
            tr("Signing secret of endpoint %1").arg(endpoint.id),
            tr("Endpoint %1 (%2) receives %3, signed per Standard Webhooks with this secret: its receiver checks the "
               "webhook-signature header with it.")
                .arg(QString::number(endpoint.id), endpoint.url, eventsText(endpoint)),
            tr("<b>Shown once.</b> Keyward keeps the secret in your OS keychain only to sign with: copy it into the "
               "receiver's configuration now, then close this window."),
            QString::fromLatin1(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size())),
            tr("The endpoint's signing secret"), window());
        shown->setObjectName(QStringLiteral("endpointSecretDialog"));
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
        m_tabs->setCurrentIndex(1);
        refresh();
    });
    dialog->open();
}

void WebhooksPage::switchSelectedEndpoint()
{
    const Webhooks::Endpoint *endpoint = selectedEndpoint();
    if (!endpoint)
        return;
    const qint64 id = endpoint->id;
    const bool enable = !endpoint->enabled;
    m_session->host()->call(
        this,
        [id, enable](Engine::EngineHost::Slot &engine) -> Result<Webhooks::Endpoint> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->events().setEnabled(id, enable);
        },
        [this](const Result<Webhooks::Endpoint> &changed) {
            if (!changed.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, changed.error().userMessage);
            } else {
                m_messages->showMessage(
                    MessageBar::Kind::Success,
                    changed->enabled
                        ? tr("Switched endpoint %1 on: it receives new events again.").arg(changed->id)
                        : tr("Switched endpoint %1 off: Keyward sends it no events until it is switched on again.")
                              .arg(changed->id));
            }
            refresh();
        });
}

void WebhooksPage::askToRemoveEndpoint()
{
    const Webhooks::Endpoint *endpoint = selectedEndpoint();
    if (!endpoint)
        return;
    const qint64 id = endpoint->id;
    const QString url = endpoint->url;
    if (!DialogHooks::confirm(this, tr("Remove endpoint"),
                              tr("Remove endpoint %1 (%2)? Keyward stops posting events to it and deletes its "
                                 "undelivered events and its signing secret.")
                                  .arg(QString::number(id), url),
                              tr("Remove")))
        return;
    m_session->host()->call(
        this,
        [id](Engine::EngineHost::Slot &engine) -> Status {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->events().removeEndpoint(id);
        },
        [this, id, url](const Status &removed) {
            if (!removed.ok())
                m_messages->showMessage(MessageBar::Kind::Error, removed.error().userMessage);
            else
                m_messages->showMessage(
                    MessageBar::Kind::Success,
                    tr("Removed endpoint %1 (%2) and its signing secret.").arg(QString::number(id), url));
            refresh();
        });
}

} // namespace Keyward::Ui

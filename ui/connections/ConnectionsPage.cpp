#include "ConnectionsPage.h"

#include "ConnectionFilterProxy.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "connections/ConnectionService.h"
#include "core/JsonFields.h"
#include "engine/ProfileSession.h"
#include "itemmodels/ConnectionTableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward::Ui {

using Model = ItemModels::ConnectionTableModel;

namespace {

QString detailsText(const QJsonObject &json)
{
    QString text;
    for (const auto &[key, value] : jsonFields(json, {}))
        text += QString(key + u':').leftJustified(28) + value + u'\n';
    return text;
}

} // namespace

ConnectionsPage::ConnectionsPage(Engine::ProfileSession *session, Model *model, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_proxy(new ConnectionFilterProxy(this))
    , m_messages(messages)
    , m_appFilter(new QComboBox(this))
    , m_healthFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_refresh(new QPushButton(tr("Refresh &now"), this))
    , m_introspect(new QPushButton(tr("&Introspect"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Connections")), this);
    m_proxy->setSourceModel(m_model);

    m_appFilter->setObjectName(QStringLiteral("connectionAppFilter"));
    m_appFilter->setAccessibleName(tr("Show connections of app"));
    m_healthFilter->setObjectName(QStringLiteral("connectionStateFilter"));
    m_healthFilter->setAccessibleName(tr("Show connections in state"));
    m_healthFilter->addItem(tr("All states"), -1);
    using H = Connections::Health;
    for (const H health : {H::ReauthRequired, H::Exhausted, H::Expired, H::Retrying, H::ExpiringSoon, H::Refreshing,
                           H::Healthy, H::Revoked})
        m_healthFilter->addItem(Connections::healthLabel(health), static_cast<int>(health));
    m_textFilter->setObjectName(QStringLiteral("connectionTextFilter"));
    m_textFilter->setAccessibleName(tr("Filter by account or scope"));
    m_textFilter->setPlaceholderText(tr("Account or scope…"));
    m_textFilter->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("connectionCount"));

    m_table->setObjectName(QStringLiteral("connectionsTable"));
    m_table->setAccessibleName(tr("Connections"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Model::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Model::Id, 60);
    m_table->setColumnWidth(Model::App, 120);
    m_table->setColumnWidth(Model::Subject, 180);
    m_table->setColumnWidth(Model::Health, 160);
    m_table->setColumnWidth(Model::Scopes, 160);
    m_table->setColumnWidth(Model::Expires, 150);
    m_table->setColumnWidth(Model::LastRefresh, 150);
    m_table->setColumnWidth(Model::Rotations, 80);

    m_details->setObjectName(QStringLiteral("connectionDetails"));
    m_details->setAccessibleName(tr("Details of the selected connection"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // the fields line up
    m_details->setPlaceholderText(
        tr("Select a connection to see its fingerprints, scopes, times and last refresh result. Tokens are never "
           "shown."));

    m_refresh->setObjectName(QStringLiteral("refreshConnectionButton"));
    m_refresh->setAccessibleName(tr("Refresh the selected connection's tokens now"));
    m_introspect->setObjectName(QStringLiteral("introspectConnectionButton"));
    m_introspect->setAccessibleName(tr("Ask the provider about the selected connection's access token"));
    m_revoke->setObjectName(QStringLiteral("revokeConnectionButton"));
    m_revoke->setAccessibleName(tr("Revoke the selected connection at the provider and here"));
    auto *reload = new QPushButton(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("reloadConnectionsButton"));
    reload->setAccessibleName(tr("Reload the connections"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_count);
    header->addWidget(reload);
    auto *filters = new QHBoxLayout;
    auto *appLabel = new QLabel(tr("A&pp:"), this);
    appLabel->setBuddy(m_appFilter);
    auto *stateLabel = new QLabel(tr("S&tate:"), this);
    stateLabel->setBuddy(m_healthFilter);
    auto *textLabel = new QLabel(tr("&Search:"), this);
    textLabel->setBuddy(m_textFilter);
    filters->addWidget(appLabel);
    filters->addWidget(m_appFilter);
    filters->addWidget(stateLabel);
    filters->addWidget(m_healthFilter);
    filters->addWidget(textLabel);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_introspect);
    filters->addWidget(m_revoke);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(reload, &QPushButton::clicked, m_model, &Model::reload);
    connect(m_appFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setApp(m_appFilter->currentData().toString()); });
    connect(m_healthFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setHealth(m_healthFilter->currentData().toInt()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &ConnectionFilterProxy::setText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateControls);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ConnectionsPage::updateControls);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConnectionsPage::updateControls);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPage::updateControls);
    connect(m_model, &Model::loaded, this, [this] {
        fillAppFilter();
        if (m_pendingSelection > 0)
            showConnection(m_pendingSelection);
    });
    connect(m_model, &Model::loadFailed, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateControls();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ConnectionsPage::refreshSelected);
    connect(m_introspect, &QPushButton::clicked, this, &ConnectionsPage::introspectSelected);
    connect(m_revoke, &QPushButton::clicked, this, &ConnectionsPage::revokeSelected);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open)
            applyPermissions(); // someone else may have signed in
    });
    updateControls();
    applyPermissions();
}

void ConnectionsPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    m_refresh->setVisible(m_session->allows(Access::Permission::ConnectionsRefresh));
    m_introspect->setVisible(m_session->allows(Access::Permission::ConnectionsIntrospect));
    m_revoke->setVisible(m_session->allows(Access::Permission::ConnectionsRevoke));
}

void ConnectionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->reload();
}

void ConnectionsPage::fillAppFilter()
{
    const QString current = m_appFilter->currentData().toString();
    const QSignalBlocker blocker(m_appFilter);
    m_appFilter->clear();
    m_appFilter->addItem(tr("All apps"), QString());
    for (const QString &app : m_model->appNames())
        m_appFilter->addItem(app, app);
    m_appFilter->setCurrentIndex(std::max(0, m_appFilter->findData(current)));
}

void ConnectionsPage::setHealthFilter(int health)
{
    m_healthFilter->setCurrentIndex(std::max(0, m_healthFilter->findData(health)));
}

void ConnectionsPage::showConnection(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Model::IdRole).toLongLong() == id) {
            m_pendingSelection = 0;
            m_table->selectRow(row);
            m_table->scrollTo(index);
            return;
        }
    }
    // Not loaded yet, or filtered out: clear the filters and select it after the next load.
    m_pendingSelection = id;
    m_textFilter->clear();
    m_appFilter->setCurrentIndex(0);
    m_healthFilter->setCurrentIndex(0);
}

qint64 ConnectionsPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(Model::IdRole).toLongLong() : 0;
}

void ConnectionsPage::updateControls()
{
    const bool selected = selectedId() > 0;
    m_refresh->setEnabled(selected);
    m_introspect->setEnabled(selected);
    m_revoke->setEnabled(selected);
    m_count->setText(tr("%1 of %n connection(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void ConnectionsPage::showDetails()
{
    const qint64 id = selectedId();
    if (id <= 0) {
        m_details->clear();
        return;
    }
    m_session->host()->call(
        this,
        [id](Engine::EngineHost::Slot &engine) -> Result<Connections::Connection> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->connections().store().connection(id);
        },
        [this](const Result<Connections::Connection> &connection) {
            if (!connection.ok()) {
                m_details->setPlainText(connection.error().userMessage);
                return;
            }
            m_details->setPlainText(detailsText(connection->toJson(QDateTime::currentMSecsSinceEpoch())));
        });
}

void ConnectionsPage::refreshSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    m_messages->showMessage(MessageBar::Kind::Information, tr("Refreshing connection %1…").arg(id));
    m_session->host()->callAsync<Result<Connections::Connection>>(
        this,
        [id](Engine::EngineHost::Slot &engine, std::function<void(const Result<Connections::Connection> &)> done) {
            if (!engine)
                return done(Error {ErrorCode::NotFound, tr("No profile is open.")});
            engine->connections().refresh(id, done);
        },
        [this, id](const Result<Connections::Connection> &result) {
            if (result.ok())
                m_messages->showMessage(MessageBar::Kind::Success, tr("Connection %1 refreshed.").arg(id));
            else
                m_messages->showMessage(MessageBar::Kind::Error, result.error().userMessage);
            m_model->reload();
            showDetails();
            Q_EMIT storeChanged();
        });
}

void ConnectionsPage::introspectSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    m_session->host()->callAsync<Result<QJsonObject>>(
        this,
        [id](Engine::EngineHost::Slot &engine, std::function<void(const Result<QJsonObject> &)> done) {
            if (!engine)
                return done(Error {ErrorCode::NotFound, tr("No profile is open.")});
            engine->connections().introspect(id, done);
        },
        [this, id](const Result<QJsonObject> &claims) {
            if (!claims.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, claims.error().userMessage);
                return;
            }
            m_details->setPlainText(tr("Introspection of connection %1 (RFC 7662):\n\n").arg(id)
                                    + detailsText(claims.value()));
            m_messages->showMessage(
                MessageBar::Kind::Success,
                claims->value(QLatin1String("active")).toBool()
                    ? tr("The provider says the access token of connection %1 is active.").arg(id)
                    : tr("The provider says the access token of connection %1 is NOT active.").arg(id));
            Q_EMIT storeChanged();
        });
}

void ConnectionsPage::revokeSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    if (!DialogHooks::confirm(this, tr("Revoke connection"),
                              tr("Revoke connection %1 at the provider and remove its tokens here? The account must "
                                 "be connected again to be used.")
                                  .arg(id),
                              tr("Revoke")))
        return;
    m_session->host()->callAsync<Result<Connections::Connection>>(
        this,
        [id](Engine::EngineHost::Slot &engine, std::function<void(const Result<Connections::Connection> &)> done) {
            if (!engine)
                return done(Error {ErrorCode::NotFound, tr("No profile is open.")});
            engine->connections().revoke(id, false, done);
        },
        [this, id](const Result<Connections::Connection> &result) {
            if (result.ok())
                m_messages->showMessage(MessageBar::Kind::Success, tr("Connection %1 revoked.").arg(id));
            else
                m_messages->showMessage(MessageBar::Kind::Error, result.error().userMessage);
            m_model->reload();
            Q_EMIT storeChanged();
        });
}

} // namespace Keyward::Ui

#include "AppsPage.h"

#include "AddAppDialog.h"
#include "RefreshPolicyDialog.h"
#include "common/MessageBar.h"
#include "connections/ConnectDialog.h"
#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

namespace {

enum Column { Name, Provider, ClientId, Secret, RedirectUri, Flows, ColumnCount };
constexpr int kFlowsRole = Qt::UserRole + 1;

QString flowLabel(OAuth::Flow flow)
{
    switch (flow) {
    case OAuth::Flow::AuthorizationCode:
        return AppsPage::tr("browser sign-in");
    case OAuth::Flow::Device:
        return AppsPage::tr("device code");
    case OAuth::Flow::ClientCredentials:
        return AppsPage::tr("client credentials");
    }
    return {};
}

QString secretText(const Connections::ProviderApp &app, qint64 nowMs)
{
    if (!app.hasSecret)
        return AppsPage::tr("none (public client)");
    const int days = static_cast<int>(std::max<qint64>(0, nowMs - app.secretSetMs) / 86'400'000);
    return AppsPage::tr("set %1, %n day(s) old", nullptr, days)
        .arg(QDateTime::fromMSecsSinceEpoch(app.secretSetMs).date().toString(Qt::ISODate));
}

} // namespace

AppsPage::AppsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add app…"), this))
    , m_rotate(new QPushButton(tr("Rotate &secret…"), this))
    , m_connect(new QPushButton(tr("&Connect account…"), this))
    , m_policy(new QPushButton(tr("Refresh p&olicy…"), this))
{
    setObjectName(QStringLiteral("appsPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Provider apps")), this);
    auto *about = new QLabel(tr("A provider app is Keyward's registration at an OAuth provider: the client ID the "
                                "provider issued, the redirect URI registered there, and the scopes it asks for. "
                                "Every connected account belongs to an app. Client secrets are kept in your OS "
                                "keychain, never in the profile, and are never shown."),
                             this);
    about->setObjectName(QStringLiteral("appsExplanation"));
    about->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("appsTable"));
    m_table->setAccessibleName(tr("Provider apps"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Provider"), tr("Client ID"), tr("Client secret"),
                                        tr("Redirect URI to register"), tr("Flows")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_empty->setObjectName(QStringLiteral("appsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_add->setObjectName(QStringLiteral("addAppButton"));
    m_add->setAccessibleName(tr("Add a provider app"));
    m_rotate->setObjectName(QStringLiteral("rotateSecretButton"));
    m_rotate->setAccessibleName(tr("Rotate the client secret of the selected app"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect an account to the selected app"));
    m_policy->setObjectName(QStringLiteral("refreshPolicyButton"));
    m_policy->setAccessibleName(tr("Edit the refresh policy of the selected app"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshAppsButton"));
    refreshButton->setAccessibleName(tr("Reload the provider apps"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refreshButton);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch();
    actions->addWidget(m_policy);
    actions->addWidget(m_rotate);
    actions->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(about);
    layout->addLayout(actions);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);

    connect(refreshButton, &QPushButton::clicked, this, &AppsPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &AppsPage::addApp);
    connect(m_rotate, &QPushButton::clicked, this, &AppsPage::askForSecret);
    connect(m_connect, &QPushButton::clicked, this, &AppsPage::connectAccount);
    connect(m_policy, &QPushButton::clicked, this, &AppsPage::editRefreshPolicy);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AppsPage::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &AppsPage::connectAccount);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state != Engine::ProfileSession::State::Open)
            return;
        applyPermissions(); // someone else may have signed in
        if (isVisible())
            refresh();
    });
    updateButtons();
    applyPermissions();
}

void AppsPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool manage = m_session->allows(Access::Permission::AppsManage);
    m_add->setVisible(manage);
    m_rotate->setVisible(manage);
    m_policy->setVisible(manage);
    m_connect->setVisible(m_session->allows(Access::Permission::ConnectionsConnect));
    m_empty->setText(manage ? tr("No provider apps yet. Register the app at the provider, then add it here with "
                                 "\"Add app…\".")
                            : tr("No provider apps yet. A Security Administrator adds them."));
}

void AppsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AppsPage::refresh()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Connections::ProviderApp>> {
            if (!engine)
                return QList<Connections::ProviderApp>();
            return engine->connections().store().apps();
        },
        [this](const Result<QList<Connections::ProviderApp>> &apps) {
            if (!apps.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, apps.error().userMessage);
                return;
            }
            const QString selected = selectedApp();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            m_table->setRowCount(0);
            m_table->setRowCount(static_cast<int>(apps->size()));
            int row = 0;
            for (const Connections::ProviderApp &app : apps.value()) {
                QStringList flows, flowNames;
                for (const OAuth::Flow flow : app.provider.flows) {
                    flows << flowLabel(flow);
                    flowNames << OAuth::flowName(flow);
                }
                const QStringList cells {app.name,        app.provider.name, app.clientId, secretText(app, now),
                                         app.redirectUri, flows.join(u", ")};
                for (int column = 0; column < ColumnCount; ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    item->setData(Qt::UserRole, app.name);
                    item->setData(kFlowsRole, flowNames);
                    m_table->setItem(row, column, item);
                }
                m_table->item(row, Secret)
                    ->setToolTip(tr("The client secret is in the OS keychain; Keyward never shows it."));
                m_table->item(row, RedirectUri)
                    ->setToolTip(tr("Register this redirect URI at the provider; Keyward listens on a free port of "
                                    "127.0.0.1 for each sign-in (RFC 8252)."));
                if (app.name == selected)
                    m_table->selectRow(row);
                ++row;
            }
            m_empty->setVisible(apps->isEmpty());
            updateButtons();
        });
}

QString AppsPage::selectedApp() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void AppsPage::updateButtons()
{
    const bool any = !selectedApp().isEmpty();
    m_rotate->setEnabled(any);
    m_connect->setEnabled(any);
    m_policy->setEnabled(any);
}

void AppsPage::addApp()
{
    auto *dialog = new AddAppDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Connections::ProviderApp &app = dialog->registeredApp();
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Registered the app \"%1\" (%2). Register the redirect URI %3 at the provider if "
                                   "you have not yet.")
                                    .arg(app.name, app.provider.name, app.redirectUri));
        refresh();
        Q_EMIT storeChanged();
    });
    dialog->open();
}

void AppsPage::askForSecret()
{
    const QString app = selectedApp();
    if (app.isEmpty())
        return;
    bool ok = false;
    QString secret = QInputDialog::getText(this, tr("Rotate client secret"),
                                           tr("The new client secret of \"%1\", from the provider's console. Keyward "
                                              "proves it at the provider before it replaces the old one.")
                                               .arg(app),
                                           QLineEdit::Password, QString(), &ok);
    if (ok && !secret.isEmpty())
        rotateSecret(app, secret);
    secret.fill(u'\0');
}

void AppsPage::rotateSecret(const QString &app, const QString &secret)
{
    QByteArray utf8 = secret.toUtf8();
    SecureBytes bytes = SecureBytes::takeFrom(utf8);
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Proving the new secret of \"%1\" at the provider…").arg(app));
    m_rotate->setEnabled(false);
    m_session->host()->callAsync<Result<Connections::ProviderApp>>(
        this,
        [app, bytes](Engine::EngineHost::Slot &engine,
                     std::function<void(const Result<Connections::ProviderApp> &)> done) {
            if (!engine)
                return done(Error {ErrorCode::NotFound, tr("No profile is open.")});
            engine->connections().rotateClientSecret(app, bytes, done);
        },
        [this](const Result<Connections::ProviderApp> &rotated) {
            if (!rotated.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, rotated.error().userMessage);
            } else {
                m_messages->showMessage(MessageBar::Kind::Success,
                                        tr("The new client secret of \"%1\" was accepted by %2 and is now in use; the "
                                           "old one is gone from the keychain. Revoke it at the provider.")
                                            .arg(rotated->name, rotated->provider.name));
                Q_EMIT storeChanged();
            }
            refresh();
        });
}

void AppsPage::editRefreshPolicy()
{
    const QString name = selectedApp();
    if (name.isEmpty())
        return;
    // The policy as stored now (the CLI may have changed it since the table was loaded).
    m_session->host()->call(
        this,
        [name](Engine::EngineHost::Slot &engine) -> Result<Connections::ProviderApp> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->connections().store().findApp(name);
        },
        [this](const Result<Connections::ProviderApp> &app) {
            if (!app.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, app.error().userMessage);
                return;
            }
            auto *dialog = new RefreshPolicyDialog(app->name, app->refresh, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, dialog] { saveRefreshPolicy(dialog->app(), dialog->settings()); });
            dialog->open();
        });
}

void AppsPage::saveRefreshPolicy(const QString &app, const Connections::RefreshSettings &settings)
{
    m_session->host()->call(
        this,
        [app, settings](Engine::EngineHost::Slot &engine) -> Result<Connections::ProviderApp> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->connections().configureRefresh(app, settings);
        },
        [this](const Result<Connections::ProviderApp> &updated) {
            if (!updated.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, updated.error().userMessage);
                return;
            }
            const Connections::RefreshSettings &s = updated->refresh;
            m_messages->showMessage(
                MessageBar::Kind::Success,
                tr("Saved the refresh policy of \"%1\": refresh when %2 % of the lifetime or %3 min remain; after a "
                   "failure wait up to %4 s, doubling up to %5 min; give up after %6 days. It applies from each "
                   "connection's next refresh.")
                    .arg(updated->name)
                    .arg(s.aheadFraction * 100, 0, 'g', 3)
                    .arg(static_cast<double>(s.aheadMinMs) / 60'000, 0, 'g', 4)
                    .arg(static_cast<double>(s.baseDelayMs) / 1000, 0, 'g', 4)
                    .arg(static_cast<double>(s.maxDelayMs) / 60'000, 0, 'g', 4)
                    .arg(static_cast<double>(s.giveUpMs) / 86'400'000, 0, 'g', 3));
            Q_EMIT storeChanged();
        });
}

void AppsPage::connectAccount()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty() || !m_session->allows(Access::Permission::ConnectionsConnect))
        return;
    const QString app = items.first()->data(Qt::UserRole).toString();
    auto *dialog = new ConnectDialog(m_session, app, items.first()->data(kFlowsRole).toStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::connected, this, [this, app](qint64 id) {
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Connected an account to \"%1\": connection %2. Keyward refreshes its tokens from "
                                   "now on.")
                                    .arg(app)
                                    .arg(id));
        refresh();
        Q_EMIT storeChanged();
    });
    dialog->open();
}

} // namespace Keyward::Ui

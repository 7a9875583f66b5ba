#include "ConnectDialog.h"

#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Keyward::Ui {

using Connections::ConnectFlow;

namespace {

QString flowTitle(OAuth::Flow flow)
{
    switch (flow) {
    case OAuth::Flow::AuthorizationCode:
        return ConnectDialog::tr("Browser sign-in (authorization code + PKCE)");
    case OAuth::Flow::Device:
        return ConnectDialog::tr("Device code");
    case OAuth::Flow::ClientCredentials:
        return ConnectDialog::tr("Client credentials");
    }
    return {};
}

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

ConnectDialog::ConnectDialog(Engine::ProfileSession *session, const QString &appName, const QStringList &flows,
                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_appName(appName)
    , m_flow(new QComboBox(this))
    , m_scopes(new QLineEdit(this))
    , m_browserBox(new QGroupBox(tr("Browser sign-in"), this))
    , m_urlEdit(new QLineEdit(m_browserBox))
    , m_copyUrl(new QPushButton(tr("Cop&y"), m_browserBox))
    , m_waiting(new QLabel(m_browserBox))
    , m_deviceBox(new QGroupBox(tr("Device code"), this))
    , m_userCodeLabel(new QLabel(m_deviceBox))
    , m_verification(new QLabel(m_deviceBox))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect an account to %1").arg(appName));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("Connect an account to the app \"%1\". Its tokens are sealed in the profile, and Keyward "
                      "refreshes them before they expire.")
                       .arg(appName));

    m_flow->setObjectName(QStringLiteral("flowCombo"));
    m_flow->setAccessibleName(tr("How to connect"));
    for (const OAuth::Flow flow :
         {OAuth::Flow::AuthorizationCode, OAuth::Flow::Device, OAuth::Flow::ClientCredentials}) {
        if (flows.contains(OAuth::flowName(flow)))
            m_flow->addItem(flowTitle(flow), OAuth::flowName(flow));
    }
    m_scopes->setObjectName(QStringLiteral("connectScopesEdit"));
    m_scopes->setAccessibleName(tr("Scopes to request, separated by spaces"));
    m_scopes->setPlaceholderText(tr("the app's scopes"));

    // Browser sign-in: the address (also when the browser opened, so it can be used in another browser).
    m_browserBox->setObjectName(QStringLiteral("browserBox"));
    m_urlEdit->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Authorization URL"));
    m_urlEdit->setReadOnly(true);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setAccessibleName(tr("Copy the authorization URL"));
    m_waiting->setObjectName(QStringLiteral("browserWaiting"));
    m_waiting->setWordWrap(true);
    auto *urlLabel = new QLabel(tr("If no browser opened, open this &address in one:"), m_browserBox);
    urlLabel->setBuddy(m_urlEdit);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_copyUrl);
    auto *browserLayout = new QVBoxLayout(m_browserBox);
    browserLayout->addWidget(urlLabel);
    browserLayout->addLayout(urlRow);
    browserLayout->addWidget(m_waiting);
    m_browserBox->hide();

    // Device code: the code in large type and where to enter it.
    m_deviceBox->setObjectName(QStringLiteral("deviceBox"));
    m_userCodeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_userCodeLabel->setAccessibleName(tr("User code"));
    m_userCodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_userCodeLabel->setAlignment(Qt::AlignCenter);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 2.4);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_userCodeLabel->setFont(codeFont);
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setAccessibleName(tr("Where to enter the code"));
    m_verification->setWordWrap(true);
    m_verification->setTextFormat(Qt::RichText);
    m_verification->setOpenExternalLinks(true);
    m_verification->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *deviceLayout = new QVBoxLayout(m_deviceBox);
    deviceLayout->addWidget(m_verification);
    deviceLayout->addWidget(m_userCodeLabel);
    m_deviceBox->hide();

    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setAccessibleName(tr("Why connecting failed"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#connectError { color: #b3261e; }"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startConnectButton"));
    m_start->setAccessibleName(tr("Start connecting"));
    m_start->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelConnectButton"));
    m_cancel->setAccessibleName(tr("Cancel and close"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Flow:"), m_flow);
    form->addRow(tr("Sc&opes:"), m_scopes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_browserBox);
    layout->addWidget(m_deviceBox);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &ConnectDialog::startConnect);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_authorizationUrl);
        setStatus(tr("The address is on the clipboard."));
    });
    if (m_flow->count() == 0) {
        m_start->setEnabled(false);
        m_error->setText(tr("The app supports none of the flows Keyward can run."));
        m_error->show();
    }

    // The app's scopes, to start from.
    if (m_session) {
        m_session->host()->call(
            this,
            [appName](Engine::EngineHost::Slot &engine) -> Result<Connections::ProviderApp> {
                if (!engine)
                    return Error {ErrorCode::NotFound, tr("No profile is open.")};
                return engine->connections().store().findApp(appName);
            },
            [this](const Result<Connections::ProviderApp> &app) {
                if (app.ok() && !m_scopes->isModified() && m_scopes->text().isEmpty())
                    m_scopes->setText(app->scopes.join(u' '));
            });
    }
    resize(620, sizeHint().height());
}

ConnectDialog::~ConnectDialog()
{
    cancelFlow();
}

void ConnectDialog::reject()
{
    cancelFlow();
    QDialog::reject();
}

void ConnectDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    fitHeight();
}

void ConnectDialog::fitHeight()
{
    // Grow (never shrink) to what the parts shown now need, wrapped sentences included.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::setRunning(bool running)
{
    m_running = running;
    m_flow->setEnabled(!running && !m_done);
    m_scopes->setEnabled(!running && !m_done);
    m_start->setEnabled(!running && !m_done && m_flow->count() > 0);
}

void ConnectDialog::startConnect()
{
    if (m_running || m_done || !m_session)
        return;
    const auto flow = OAuth::flowFromName(m_flow->currentData().toString());
    if (!flow)
        return;
    ConnectFlow::Options options;
    options.app = m_appName;
    options.flow = *flow;
    if (const QStringList scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts); !scopes.isEmpty())
        options.scopes = scopes;

    m_authorizationUrl.clear();
    m_userCode.clear();
    m_browserBox->hide();
    m_deviceBox->hide();
    m_error->hide();
    setRunning(true);
    setStatus(*flow == OAuth::Flow::ClientCredentials ? tr("Requesting a token…") : tr("Starting…"));

    // The flow lives on the engine thread, a child of the connection service (it goes when the engine goes). Its
    // pointer is handed to this thread only to connect its signals; every call on it is made on the engine thread.
    auto handle = std::make_shared<QPointer<ConnectFlow>>();
    m_handle = handle;
    Engine::EngineHost *host = m_session->host();
    host->call(
        host,
        [handle](Engine::EngineHost::Slot &engine) -> ConnectFlow * {
            if (!engine)
                return nullptr;
            auto *created = new ConnectFlow(engine->connections(), &engine->connections());
            // It reports exactly once, then goes.
            QObject::connect(created, &ConnectFlow::succeeded, created, &QObject::deleteLater);
            QObject::connect(created, &ConnectFlow::failed, created, &QObject::deleteLater);
            *handle = created;
            return created;
        },
        [guard = QPointer<ConnectDialog>(this), handle, options, host](ConnectFlow *created) {
            if (!guard || guard->m_handle != handle) {
                // Closed or cancelled meanwhile: the flow never starts.
                host->run([handle](Engine::EngineHost::Slot &) {
                    if (*handle)
                        (*handle)->deleteLater();
                });
                return;
            }
            if (!created) {
                guard->showFailure(tr("No profile is open."));
                return;
            }
            guard->attach(created, handle, options);
        });
}

void ConnectDialog::attach(ConnectFlow *flow, const FlowHandle &handle, const ConnectFlow::Options &options)
{
    // Queued from the engine thread; a flow this dialog no longer waits for (cancelled, retried) is ignored.
    connect(flow, &ConnectFlow::authorizationUrlReady, this, [this, handle](const QUrl &url) {
        if (handle == m_handle)
            showAuthorizationUrl(url);
    });
    connect(flow, &ConnectFlow::deviceCodeReady, this,
            [this, handle](const QString &code, const QString &uri, const QString &complete, qint64 expiresIn) {
                if (handle == m_handle)
                    showDeviceCode(code, uri, complete, expiresIn);
            });
    connect(flow, &ConnectFlow::progress, this, [this, handle](const QString &message) {
        if (handle == m_handle)
            setStatus(message);
    });
    connect(flow, &ConnectFlow::succeeded, this, [this, handle](const Connections::Connection &connection) {
        if (handle == m_handle)
            showSuccess(connection);
    });
    connect(flow, &ConnectFlow::failed, this, [this, handle](const QString &message, int) {
        if (handle == m_handle)
            showFailure(message);
    });
    connect(flow, &QObject::destroyed, this, [this, handle] {
        // Gone without an answer: the profile was closed under it.
        if (handle == m_handle && m_running)
            showFailure(tr("The profile was closed before the account was connected."));
    });
    m_session->host()->run([handle, options](Engine::EngineHost::Slot &) {
        if (*handle)
            (*handle)->start(options);
    });
}

void ConnectDialog::cancelFlow()
{
    if (!m_handle)
        return;
    const FlowHandle handle = std::exchange(m_handle, {});
    if (m_session && m_running) {
        m_session->host()->run([handle](Engine::EngineHost::Slot &) {
            if (*handle) {
                (*handle)->cancel(); // stops the loopback listener and the polling
                (*handle)->deleteLater();
            }
        });
    }
    m_running = false;
}

void ConnectDialog::showAuthorizationUrl(const QUrl &url)
{
    m_authorizationUrl = url.toString(QUrl::FullyEncoded);
    m_urlEdit->setText(m_authorizationUrl);
    m_urlEdit->setCursorPosition(0);
    m_waiting->setText(tr("Waiting for the browser… (up to 5 minutes). Sign in there and allow access; the browser "
                          "then returns to Keyward on 127.0.0.1."));
    m_browserBox->show();
    setStatus({}); // and fits the dialog to the box
    // The system browser (RFC 8252 §8.12), never an embedded view.
    if (!qEnvironmentVariableIsSet("KEYWARD_NO_BROWSER") && !QDesktopServices::openUrl(url))
        setStatus(tr("The browser could not be opened: open the address above in one."));
}

void ConnectDialog::showDeviceCode(const QString &userCode, const QString &verificationUri, const QString &complete,
                                   qint64 expiresInSeconds)
{
    m_userCode = userCode;
    m_userCodeLabel->setText(userCode);
    QString where = tr("On any device, open %1 and enter this code:").arg(link(verificationUri, verificationUri));
    if (!complete.isEmpty())
        where += QLatin1Char(' ') + tr("(or %1).").arg(link(complete, tr("open the page with the code filled in")));
    m_verification->setText(where);
    m_deviceBox->show();
    setStatus(tr("Waiting for the approval… The code is valid for %n minute(s).", nullptr,
                 static_cast<int>(expiresInSeconds / 60)));
}

void ConnectDialog::showSuccess(const Connections::Connection &connection)
{
    m_done = true;
    m_handle.reset();
    setRunning(false);
    m_browserBox->hide();
    m_deviceBox->hide();
    m_error->hide();
    const QString who = connection.displayName.isEmpty() ? connection.subject : connection.displayName;
    setStatus(tr("Connected: connection %1 for %2.").arg(connection.id).arg(who));
    m_cancel->setText(tr("Close"));
    Q_EMIT connected(connection.id);
    QTimer::singleShot(m_acceptDelayMs, this, &QDialog::accept);
}

void ConnectDialog::showFailure(const QString &message)
{
    m_handle.reset();
    setRunning(false);
    m_browserBox->hide();
    m_deviceBox->hide();
    setStatus({});
    m_error->setText(message);
    m_error->show();
    fitHeight();
    m_start->setText(tr("&Try again"));
}

} // namespace Keyward::Ui

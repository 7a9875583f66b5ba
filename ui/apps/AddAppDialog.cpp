#include "AddAppDialog.h"

#include "engine/ProfileSession.h"
#include "oauth/ProviderCatalog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace Keyward::Ui {

namespace {

const QString kGenericOidc = QStringLiteral("generic-oidc");
const QString kGenericOAuth2 = QStringLiteral("generic-oauth2");

/// Catalog text (parameter labels, quirks) is English data; it is translated through the catalog's context.
QString catalogText(const QString &english)
{
    return QCoreApplication::translate("Keyward::OAuth::ProviderCatalog", english.toUtf8().constData());
}

QString flowLabel(OAuth::Flow flow)
{
    switch (flow) {
    case OAuth::Flow::AuthorizationCode:
        return AddAppDialog::tr("browser sign-in");
    case OAuth::Flow::Device:
        return AddAppDialog::tr("device code");
    case OAuth::Flow::ClientCredentials:
        return AddAppDialog::tr("client credentials");
    }
    return {};
}

QLineEdit *urlEdit(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(QStringLiteral("https://"));
    return edit;
}

} // namespace

AddAppDialog::AddAppDialog(Engine::ProfileSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_provider(new QComboBox(this))
    , m_quirks(new QTextBrowser(this))
    , m_docs(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_discovery(urlEdit(this, "discoveryEdit", tr("Issuer or discovery document URL")))
    , m_authorizeUrl(urlEdit(this, "authorizeUrlEdit", tr("Authorization endpoint")))
    , m_tokenUrl(urlEdit(this, "tokenUrlEdit", tr("Token endpoint")))
    , m_revokeUrl(urlEdit(this, "revokeUrlEdit", tr("Revocation endpoint (optional)")))
    , m_introspectUrl(urlEdit(this, "introspectUrlEdit", tr("Introspection endpoint (optional)")))
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_authMethod(new QComboBox(this))
    , m_scopes(new QLineEdit(this))
    , m_redirectUri(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCa(new QPushButton(tr("&Browse…"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addAppDialog"));
    setWindowTitle(tr("Add a provider app"));
    auto *intro = new QLabel(tr("Enter the app you registered in the provider's developer console. The client secret "
                                "goes to your OS keychain and is never shown again."),
                             this);
    intro->setWordWrap(true);

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Provider"));
    for (const OAuth::ProviderEntry &entry : OAuth::ProviderCatalog::builtIn().entries())
        m_provider->addItem(entry.name, entry.id);

    m_quirks->setObjectName(QStringLiteral("providerQuirks"));
    m_quirks->setAccessibleName(tr("What to know about this provider"));
    m_quirks->setOpenExternalLinks(true);
    m_quirks->setFocusPolicy(Qt::TabFocus);
    m_quirks->setFixedHeight(fontMetrics().lineSpacing() * 10);
    m_docs->setObjectName(QStringLiteral("providerDocs"));
    m_docs->setTextFormat(Qt::RichText);
    m_docs->setOpenExternalLinks(true);
    m_docs->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_name->setObjectName(QStringLiteral("appNameEdit"));
    m_name->setAccessibleName(tr("App name"));
    m_name->setPlaceholderText(tr("a short name, e.g. google-workspace"));
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("empty for a public client"));
    m_secret->setAttribute(Qt::WA_InputMethodEnabled, false);

    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setAccessibleName(tr("Client authentication at the token endpoint"));
    m_authMethod->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_authMethod->addItem(QString(), QString()); // the provider's default; its text follows the provider
    m_authMethod->addItem(tr("HTTP Basic (client_secret_basic)"), QStringLiteral("basic"));
    m_authMethod->addItem(tr("In the request body (client_secret_post)"), QStringLiteral("post"));
    m_authMethod->addItem(tr("None: public client, PKCE only"), QStringLiteral("none"));

    m_scopes->setObjectName(QStringLiteral("scopesEdit"));
    m_scopes->setAccessibleName(tr("Scopes, separated by spaces"));
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setAccessibleName(tr("Redirect URI"));
    m_redirectUri->setText(QString::fromLatin1(Connections::ConnectionService::kDefaultRedirectUri));
    auto *redirectHint
        = new QLabel(tr("Register this redirect URI at the provider; any port is used (RFC 8252)."), this);
    redirectHint->setObjectName(QStringLiteral("redirectUriHint"));
    redirectHint->setForegroundRole(QPalette::PlaceholderText);

    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("Private CA certificate file (PEM), optional"));
    m_caFile->setPlaceholderText(tr("only for a provider with a private certificate authority"));
    m_browseCa->setObjectName(QStringLiteral("browseCaButton"));
    m_browseCa->setAccessibleName(tr("Choose the CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *caLabel = new QLabel(tr("Private CA &file:"), this);
    caLabel->setBuddy(m_caFile);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(nullptr, m_quirks);
    m_form->addRow(nullptr, m_docs);
    m_form->addRow(tr("N&ame:"), m_name);
    m_form->addRow(tr("&Issuer URL:"), m_discovery);
    m_form->addRow(tr("Authori&zation endpoint:"), m_authorizeUrl);
    m_form->addRow(tr("&Token endpoint:"), m_tokenUrl);
    m_form->addRow(tr("Re&vocation endpoint:"), m_revokeUrl);
    m_form->addRow(tr("Intro&spection endpoint:"), m_introspectUrl);
    m_form->addRow(tr("&Client ID:"), m_clientId);
    m_form->addRow(tr("Client s&ecret:"), m_secret);
    m_form->addRow(tr("Client aut&hentication:"), m_authMethod);
    m_form->addRow(tr("Sc&opes:"), m_scopes);
    m_form->addRow(tr("&Redirect URI:"), m_redirectUri);
    m_form->addRow(nullptr, redirectHint);
    m_form->addRow(caLabel, caRow);

    m_status->setObjectName(QStringLiteral("addAppStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_error->setObjectName(QStringLiteral("addAppError"));
    m_error->setAccessibleName(tr("Why the app was not registered"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#addAppError { color: #b3261e; }"));
    m_error->hide();

    m_register = m_buttons->addButton(tr("Re&gister app"), QDialogButtonBox::AcceptRole);
    m_register->setObjectName(QStringLiteral("registerAppButton"));
    m_register->setAccessibleName(tr("Register the app"));
    m_register->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddAppDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &AddAppDialog::providerChanged);
    connect(m_browseCa, &QPushButton::clicked, this, &AddAppDialog::chooseCaFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    providerChanged();
    resize(640, sizeHint().height());
}

void AddAppDialog::providerChanged()
{
    const OAuth::ProviderEntry *entry = OAuth::ProviderCatalog::builtIn().find(m_provider->currentData().toString());
    if (!entry)
        return;
    const bool oidc = entry->id == kGenericOidc;
    const bool oauth2 = entry->id == kGenericOAuth2;
    m_form->setRowVisible(m_discovery, oidc);
    for (QLineEdit *edit : {m_authorizeUrl, m_tokenUrl, m_revokeUrl, m_introspectUrl})
        m_form->setRowVisible(edit, oauth2);
    m_discovery->setPlaceholderText(tr("https://login.example.com (its /.well-known/openid-configuration is read)"));

    // One field per catalog parameter (the Entra ID tenant, the Shopify shop), after the endpoint rows.
    for (QLineEdit *edit : std::as_const(m_parameters))
        m_form->removeRow(edit);
    m_parameters.clear();
    int row = 0;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_introspectUrl, &row, &role);
    for (const OAuth::ProviderParameter &parameter : entry->parameters) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("param_") + parameter.name);
        const QString label = catalogText(parameter.label);
        edit->setAccessibleName(label);
        edit->setText(parameter.defaultValue);
        edit->setProperty("parameterName", parameter.name);
        if (parameter.defaultValue.isEmpty())
            edit->setPlaceholderText(tr("required"));
        m_form->insertRow(++row, tr("%1:").arg(label), edit);
        m_parameters.append(edit);
    }

    m_scopes->setText(entry->defaultScopes.join(u' '));
    m_authMethod->setItemText(
        0, tr("Provider default (%1; none without a secret)").arg(OAuth::tokenAuthMethodName(entry->tokenAuth)));

    QStringList flows;
    for (const OAuth::Flow flow : entry->flows)
        flows << flowLabel(flow);
    const QString flowText = (oidc || !entry->discoveryUrl.isEmpty()) && !entry->supports(OAuth::Flow::Device)
        ? tr("Flows: %1, and the device code when the discovery document lists it.")
              .arg(flows.join(QStringLiteral(", ")))
        : tr("Flows: %1.").arg(flows.join(QStringLiteral(", ")));
    QString html = QStringLiteral("<p>%1</p><ul style=\"margin-left: -20px\">").arg(flowText.toHtmlEscaped());
    for (const QString &quirk : entry->quirks)
        html += QStringLiteral("<li>%1</li>").arg(catalogText(quirk).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_quirks->setHtml(html);
    m_docs->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(entry->documentation.toHtmlEscaped(), tr("The provider's developer documentation").toHtmlEscaped()));
    m_form->setRowVisible(m_docs, !entry->documentation.isEmpty());
    m_error->hide();
    fitHeight();
}

void AddAppDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Private CA certificate"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

QString AddAppDialog::formProblem() const
{
    const QString id = m_provider->currentData().toString();
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the app a name (it names the app in the console, the CLI and the audit log).");
    if (id == kGenericOidc && m_discovery->text().trimmed().isEmpty())
        return tr("Enter the issuer URL of the OpenID Connect provider.");
    if (id == kGenericOAuth2 && (m_authorizeUrl->text().trimmed().isEmpty() || m_tokenUrl->text().trimmed().isEmpty()))
        return tr("Enter the authorization and token endpoints of the provider.");
    for (const QLineEdit *edit : m_parameters) {
        if (edit->text().trimmed().isEmpty())
            return tr("Enter the %1.").arg(edit->accessibleName());
    }
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the client ID the provider issued for the app.");
    const QString method = m_authMethod->currentData().toString();
    if ((method == QLatin1String("basic") || method == QLatin1String("post")) && m_secret->text().isEmpty())
        return tr("The chosen client authentication needs the client secret: enter it, or choose \"None\" for a "
                  "public client.");
    if (!m_caFile->text().trimmed().isEmpty()) {
        QFile file(m_caFile->text().trimmed());
        if (!file.open(QIODevice::ReadOnly))
            return tr("The CA file %1 cannot be read: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}

Connections::AppDraft AddAppDialog::draft() const
{
    Connections::AppDraft draft;
    draft.name = m_name->text().trimmed();
    draft.catalogId = m_provider->currentData().toString();
    if (draft.catalogId == kGenericOidc)
        draft.discoveryUrl = m_discovery->text().trimmed();
    if (draft.catalogId == kGenericOAuth2) {
        draft.authorizationUrl = m_authorizeUrl->text().trimmed();
        draft.tokenUrl = m_tokenUrl->text().trimmed();
        draft.revocationUrl = m_revokeUrl->text().trimmed();
        draft.introspectionUrl = m_introspectUrl->text().trimmed();
    }
    for (const QLineEdit *edit : m_parameters)
        draft.parameters.insert(edit->property("parameterName").toString(), edit->text().trimmed());
    draft.clientId = m_clientId->text().trimmed();
    QByteArray secret = m_secret->text().toUtf8();
    draft.clientSecret = SecureBytes::takeFrom(secret);
    m_secret->clear();
    draft.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    if (const QString method = m_authMethod->currentData().toString(); !method.isEmpty())
        draft.authMethod = OAuth::tokenAuthMethodFromName(method);
    draft.redirectUri = m_redirectUri->text().trimmed();
    if (const QString ca = m_caFile->text().trimmed(); !ca.isEmpty()) {
        QFile file(ca);
        if (file.open(QIODevice::ReadOnly))
            draft.caPem = QString::fromLatin1(file.read(1 << 20));
    }
    return draft;
}

void AddAppDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (widget != m_status && widget != m_error && widget != m_buttons && !widget->inherits("QLabel"))
            widget->setEnabled(!busy);
    }
    // Closing now would not stop the registration: the buttons wait for its answer.
    m_buttons->setEnabled(!busy);
    m_status->setText(tr("Registering… Reading the provider's discovery document may take a moment."));
    m_status->setVisible(busy);
    fitHeight();
}

void AddAppDialog::fitHeight()
{
    // Grow (never shrink) to what the wrapped sentences need now.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void AddAppDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AddAppDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void AddAppDialog::submit()
{
    if (m_busy)
        return;
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    const bool hadSecret = !m_secret->text().isEmpty();
    Connections::AppDraft appDraft = draft();
    setBusy(true);
    m_session->host()->callAsync<Result<Connections::ProviderApp>>(
        this,
        [appDraft](Engine::EngineHost::Slot &engine,
                   std::function<void(const Result<Connections::ProviderApp> &)> done) mutable {
            if (!engine)
                return done(Error {ErrorCode::NotFound, tr("No profile is open.")});
            engine->connections().addApp(std::move(appDraft), done);
        },
        [this, hadSecret](const Result<Connections::ProviderApp> &app) {
            setBusy(false);
            if (!app.ok()) {
                showError(app.error().userMessage);
                if (hadSecret)
                    m_secret->setPlaceholderText(tr("enter the client secret again"));
                return;
            }
            m_registered = app.value();
            accept();
        });
}

} // namespace Keyward::Ui

#include "ConnectFlow.h"

#include "ConnectionService.h"
#include "oauth/IdToken.h"

#include <QDateTime>

namespace Keyward::Connections {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Who the grant belongs to, for providers without an ID token: the fields their token answers carry.
QString subjectFromTokenAnswer(const QJsonObject &extra)
{
    const QJsonObject slackUser = extra.value(QLatin1String("authed_user")).toObject();
    if (!slackUser.value(QLatin1String("id")).toString().isEmpty())
        return slackUser.value(QLatin1String("id")).toString();
    for (const char *key : {"sub", "user_id", "id", "account_id", "stripe_user_id", "open_id"}) {
        const QJsonValue value = extra.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return {};
}

struct UserIdentity
{
    QString subject;
    QString displayName;
};

/// The account id and a readable name from a UserInfo (OIDC) or "current user" answer (GitHub's /user: id and
/// login; Zoom's /users/me: id and email; Atlassian's /me: account_id and email).
UserIdentity identityFromUserInfo(const QJsonObject &info)
{
    UserIdentity identity;
    for (const char *key : {"sub", "account_id", "id", "user_id"}) {
        const QJsonValue value = info.value(QLatin1String(key));
        identity.subject = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        if (!identity.subject.isEmpty())
            break;
    }
    for (const char *key : {"email", "login", "preferred_username", "name"}) {
        identity.displayName = info.value(QLatin1String(key)).toString();
        if (!identity.displayName.isEmpty())
            break;
    }
    return identity;
}

} // namespace

ConnectFlow::ConnectFlow(ConnectionService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &ConnectFlow::pollDevice);
}

void ConnectFlow::fail(const QString &message, ErrorCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    if (m_receiver)
        m_receiver->deleteLater();
    Q_EMIT failed(message, static_cast<int>(code));
}

void ConnectFlow::failOAuth(const OAuth::OAuthFailure &failure)
{
    fail(failure.sentence(m_app.provider.name), ErrorCode::Provider);
}

void ConnectFlow::cancel()
{
    fail(tr("Connecting was cancelled."), ErrorCode::Failure);
}

void ConnectFlow::start(const Options &options)
{
    m_options = options;
    auto app = m_service.store().findApp(options.app);
    if (!app.ok())
        return fail(app.error().userMessage, app.error().code);
    if (!app->provider.supports(options.flow)) {
        return fail(tr("%1 (app \"%2\") does not support the %3 flow.")
                        .arg(app->provider.name, app->name, OAuth::flowName(options.flow)),
                    ErrorCode::Usage);
    }
    m_service.ensureDiscovered(app.value(),
                               [this, guard = QPointer<ConnectFlow>(this)](const Result<ProviderApp> &found) {
                                   if (!guard)
                                       return;
                                   if (!found.ok())
                                       return fail(found.error().userMessage, found.error().code);
                                   begin(found.value());
                               });
}

void ConnectFlow::begin(const ProviderApp &app)
{
    m_app = app;
    auto config = m_service.clientConfig(app);
    if (!config.ok())
        return fail(config.error().userMessage, config.error().code);
    m_config = config.value();
    m_scopes = m_options.scopes.value_or(app.scopes);
    switch (m_options.flow) {
    case OAuth::Flow::AuthorizationCode:
        return startAuthorizationCode();
    case OAuth::Flow::Device:
        return startDevice();
    case OAuth::Flow::ClientCredentials:
        return startClientCredentials();
    }
}

void ConnectFlow::startAuthorizationCode()
{
    if (m_app.provider.authorizationUrl.isEmpty())
        return fail(tr("The app has no authorization endpoint."), ErrorCode::Usage);
    m_receiver = new OAuth::LoopbackReceiver(this);
    if (!m_receiver->listen(QUrl(m_app.redirectUri).path(), m_options.timeoutMs))
        return fail(tr("Keyward cannot listen on 127.0.0.1 for the browser's redirect."), ErrorCode::Failure);
    connect(m_receiver, &OAuth::LoopbackReceiver::received, this, &ConnectFlow::onRedirect);
    connect(m_receiver, &OAuth::LoopbackReceiver::timedOut, this, [this] {
        fail(tr("No answer came back from the browser within %n minute(s): start again.", nullptr,
                m_options.timeoutMs / 60'000),
             ErrorCode::Failure);
    });
    m_request = OAuth::AuthorizationRequest::create(m_config, m_scopes, m_receiver->redirectUri());
    Q_EMIT authorizationUrlReady(m_request.url);
}

void ConnectFlow::onRedirect(const QUrlQuery &query)
{
    auto code = m_request.checkRedirect(query, m_app.provider);
    if (!code.ok()) {
        if (m_receiver)
            m_receiver->setResponsePage(tr("Keyward: not connected"),
                                        tr("Keyward did not accept this authorization: %1 Return to Keyward.")
                                            .arg(code.failure.sentence(m_app.provider.name)));
        return failOAuth(code.failure);
    }
    Q_EMIT progress(tr("Exchanging the authorization code…"));
    m_service.oauth().exchangeCode(
        m_config, code.value, m_request.codeVerifier, m_request.redirectUri,
        [this, guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<OAuth::TokenResponse> &answer) {
            if (!guard)
                return;
            if (!answer.ok())
                return failOAuth(answer.failure);
            onToken(answer.value);
        });
}

void ConnectFlow::startDevice()
{
    m_service.oauth().startDevice(
        m_config, m_scopes,
        [this, guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<OAuth::DeviceAuthorization> &answer) {
            if (!guard)
                return;
            if (!answer.ok())
                return failOAuth(answer.failure);
            m_device = answer.value;
            m_deviceDeadlineMs = now() + m_device.expiresInSeconds * 1000;
            Q_EMIT deviceCodeReady(m_device.userCode, m_device.verificationUri, m_device.verificationUriComplete,
                                   m_device.expiresInSeconds);
            m_pollTimer.start(std::max(1, m_device.intervalSeconds) * 1000);
        });
}

void ConnectFlow::pollDevice()
{
    if (m_finished)
        return;
    if (now() > m_deviceDeadlineMs)
        return fail(tr("The device code expired before the request was approved: start again."), ErrorCode::Failure);
    m_service.oauth().pollDevice(
        m_config, m_device.deviceCode,
        [this, guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<OAuth::TokenResponse> &answer) {
            if (!guard || m_finished)
                return;
            if (answer.ok())
                return onToken(answer.value);
            switch (answer.failure.kind) {
            case OAuth::OAuthFailure::Kind::SlowDown:
                m_device.intervalSeconds += 5; // RFC 8628 §3.5
                [[fallthrough]];
            case OAuth::OAuthFailure::Kind::AuthorizationPending:
                m_pollTimer.start(std::max(1, m_device.intervalSeconds) * 1000);
                return;
            default:
                return failOAuth(answer.failure);
            }
        });
}

void ConnectFlow::startClientCredentials()
{
    m_service.oauth().clientCredentials(
        m_config, m_scopes,
        [this, guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<OAuth::TokenResponse> &answer) {
            if (!guard)
                return;
            if (!answer.ok())
                return failOAuth(answer.failure);
            store(answer.value, m_config.clientId, tr("client %1").arg(m_config.clientId));
        });
}

void ConnectFlow::onToken(const OAuth::TokenResponse &token)
{
    const bool wantsIdToken = m_app.provider.openIdConnect && m_scopes.contains(QStringLiteral("openid"));
    if (!wantsIdToken)
        return store(token, subjectFromTokenAnswer(token.extra), {});
    if (token.idToken.isEmpty())
        return fail(tr("%1 returned no ID token although the openid scope was granted.").arg(m_app.provider.name),
                    ErrorCode::Provider);
    if (m_app.provider.jwksUrl.isEmpty())
        return fail(
            tr("%1 publishes no signing keys (jwks_uri): the ID token cannot be checked.").arg(m_app.provider.name),
            ErrorCode::Provider);
    m_service.oauth().fetchJson(
        QUrl(m_app.provider.jwksUrl), m_config.http,
        [this, token, guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<QJsonObject> &jwks) {
            if (!guard)
                return;
            if (!jwks.ok())
                return failOAuth(jwks.failure);
            OAuth::IdTokenCheck check;
            check.issuer = m_app.provider.issuer;
            check.clientId = m_config.clientId;
            // Device and code flows both carry the nonce only when the request sent one.
            check.nonce = m_options.flow == OAuth::Flow::AuthorizationCode ? m_request.nonce : QByteArray();
            check.nowSeconds = now() / 1000;
            auto claims = OAuth::validateIdToken(token.idToken, jwks.value, check);
            if (!claims.ok())
                return fail(
                    tr("The ID token from %1 was rejected: %2.").arg(m_app.provider.name, claims.failure.description),
                    ErrorCode::Provider);
            const QJsonObject &c = claims.value;
            QString display = c.value(QLatin1String("email")).toString();
            if (display.isEmpty())
                display = c.value(QLatin1String("preferred_username")).toString();
            if (display.isEmpty())
                display = c.value(QLatin1String("name")).toString();
            store(token, c.value(QLatin1String("sub")).toString(), display);
        });
}

void ConnectFlow::store(const OAuth::TokenResponse &token, const QString &subject, const QString &displayName)
{
    if (m_finished)
        return;
    // Providers without ID tokens (GitHub, Zoom, Atlassian) and ID tokens without a name say who the account is
    // only through their user API. Best effort: the grant is stored either way.
    const bool userFlow = m_options.flow != OAuth::Flow::ClientCredentials;
    if (userFlow && !m_askedUserInfo && (subject.isEmpty() || displayName.isEmpty())
        && !m_app.provider.userinfoUrl.isEmpty()) {
        m_askedUserInfo = true;
        m_service.oauth().userInfo(m_config, token.accessToken,
                                   [this, token, subject, displayName,
                                    guard = QPointer<ConnectFlow>(this)](const OAuth::Outcome<QJsonObject> &answer) {
                                       if (!guard)
                                           return;
                                       const UserIdentity found
                                           = answer.ok() ? identityFromUserInfo(answer.value) : UserIdentity {};
                                       // OIDC Core §5.3.2: a UserInfo answer for another subject than the ID token's
                                       // must not be used.
                                       if (!subject.isEmpty() && !found.subject.isEmpty() && found.subject != subject)
                                           return store(token, subject, displayName);
                                       store(token, subject.isEmpty() ? found.subject : subject,
                                             displayName.isEmpty() ? found.displayName : displayName);
                                   });
        return;
    }
    auto connection = m_service.addConnection(m_app, m_options.flow, token, subject, displayName, m_scopes);
    if (!connection.ok())
        return fail(connection.error().userMessage, connection.error().code);
    m_finished = true;
    if (m_receiver)
        m_receiver->deleteLater();
    Q_EMIT succeeded(connection.value());
}

} // namespace Keyward::Connections

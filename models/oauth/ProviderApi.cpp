#include "ProviderApi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Keyward::OAuth {

namespace {

using Headers = QHash<QByteArray, QByteArray>;

QByteArray bytes(const SecureBytes &value)
{
    return QByteArray(reinterpret_cast<const char *>(value.data()), static_cast<qsizetype>(value.size()));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// HTTP Basic with `user:password`, as GitHub, Zoom and Stripe want the app's credentials (Stripe: the secret key as
/// the user name and no password).
QByteArray basic(const QString &user, const SecureBytes &password)
{
    QByteArray pair = user.toUtf8() + ':' + bytes(password);
    QByteArray header = QByteArrayLiteral("Basic ") + pair.toBase64();
    pair.fill('\0');
    return header;
}

QByteArray bearer(const SecureBytes &token)
{
    return QByteArrayLiteral("Bearer ") + bytes(token);
}

/// `base` with path segments appended, each percent-encoded.
QUrl withPath(const QString &base, const QStringList &segments)
{
    QUrl url(base);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QJsonObject jsonBody(const HttpResponse &response, bool *ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

/// A failed exchange with an API that is not OAuth's token endpoint: an error status without an OAuth error body is
/// the provider refusing, not garbage.
OAuthFailure failureOf(const HttpResponse &response)
{
    OAuthFailure failure = OAuthClient::classify(response, nowMs());
    if (failure.kind == OAuthFailure::Kind::Malformed && response.failure == HttpResponse::Failure::None
        && response.status >= 400) {
        failure.kind = response.status == 401 ? OAuthFailure::Kind::InvalidClient : OAuthFailure::Kind::Rejected;
        if (failure.error.isEmpty())
            failure.error = QStringLiteral("HTTP %1").arg(response.status);
    }
    if (failure.description.isEmpty()) {
        const QJsonObject body = jsonBody(response);
        failure.description = body.value(QLatin1String("message")).toString().simplified().left(200);
    }
    return failure;
}

OAuthFailure malformed(const HttpResponse &response)
{
    OAuthFailure failure;
    failure.kind = OAuthFailure::Kind::Malformed;
    failure.httpStatus = response.status;
    return failure;
}

Outcome<bool> confirmed()
{
    return {true, {}};
}

Outcome<bool> refused(const OAuthFailure &failure)
{
    return {false, failure};
}

Outcome<QJsonObject> inactive()
{
    return {QJsonObject {{QLatin1String("active"), false}}, {}};
}

Outcome<QJsonObject> failedWith(const OAuthFailure &failure)
{
    return {{}, failure};
}

QString scopeString(const QJsonValue &scopes)
{
    QStringList names;
    for (const QJsonValue &scope : scopes.toArray())
        names.append(scope.isObject() ? scope.toObject().value(QLatin1String("handle")).toString() : scope.toString());
    return names.join(u' ');
}

QString idString(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

/// Slack answers HTTP 200 with {"ok": false, "error": ...}; these errors say the token itself is dead.
bool slackTokenDead(const QString &error)
{
    static const QStringList dead {QStringLiteral("token_revoked"), QStringLiteral("token_expired"),
                                   QStringLiteral("invalid_auth"), QStringLiteral("account_inactive"),
                                   QStringLiteral("not_authed")};
    return dead.contains(error);
}

OAuthFailure slackFailure(const QString &error)
{
    OAuthFailure failure;
    failure.kind
        = error == QLatin1String("ratelimited") ? OAuthFailure::Kind::RateLimited : OAuthFailure::Kind::Rejected;
    failure.error = error;
    failure.httpStatus = 200;
    return failure;
}

Headers githubHeaders(const ClientConfig &config)
{
    return {{QByteArrayLiteral("Authorization"), basic(config.clientId, config.clientSecret)},
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json")},
            {QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28")},
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
}

QByteArray githubTokenBody(const SecureBytes &access)
{
    return QJsonDocument(QJsonObject {{QLatin1String("access_token"), QString::fromUtf8(bytes(access))}})
        .toJson(QJsonDocument::Compact);
}

/// HubSpot's v3 token API takes the app's credentials in the form body whatever the app's token auth method.
QByteArray hubspotForm(const ClientConfig &config, const SecureBytes &token, const QByteArray &hint)
{
    return OAuthClient::formEncode({{"token", bytes(token)},
                                    {"token_type_hint", hint},
                                    {"client_id", config.clientId.toUtf8()},
                                    {"client_secret", bytes(config.clientSecret)}});
}

const Headers kForm {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};

} // namespace

void ProviderApiClient::revoke(const ClientConfig &config, const GrantTokens &grant, OAuthClient::Done<bool> done)
{
    const ProviderEntry &provider = config.provider;
    const QString &url = provider.revocationUrl;
    switch (provider.providerApi) {
    case ProviderApi::GitHub: {
        // DELETE /applications/{client_id}/grant ends the user's authorization of the app: every token it issued
        // stops working, the refresh tokens of GitHub App user tokens included. 204 is the only confirmation.
        QByteArray body = githubTokenBody(grant.access);
        m_http.request(QByteArrayLiteral("DELETE"), withPath(url, {config.clientId, QStringLiteral("grant")}), body,
                       githubHeaders(config), config.http, [done](const HttpResponse &response) {
                           done(response.status == 204 ? confirmed() : refused(failureOf(response)));
                       });
        body.fill('\0');
        return;
    }
    case ProviderApi::HubSpot: {
        // Deleting the refresh token ends the installation's renewals; access tokens already issued run out within
        // 30 minutes (HubSpot cannot revoke them).
        const bool refresh = !grant.refresh.isEmpty();
        QByteArray form = hubspotForm(config, refresh ? grant.refresh : grant.access,
                                      refresh ? QByteArrayLiteral("refresh_token") : QByteArrayLiteral("access_token"));
        m_http.request(
            QByteArrayLiteral("POST"), QUrl(url), form, kForm, config.http,
            [done](const HttpResponse &response) { done(response.ok() ? confirmed() : refused(failureOf(response))); });
        form.fill('\0');
        return;
    }
    case ProviderApi::Slack:
        // auth.revoke revokes the token it is called with; Slack answers 200 with "ok" either way.
        m_http.request(QByteArrayLiteral("POST"), QUrl(url), {},
                       {{QByteArrayLiteral("Authorization"), bearer(grant.access)}}, config.http,
                       [done](const HttpResponse &response) {
                           if (!response.ok())
                               return done(refused(failureOf(response)));
                           bool ok = false;
                           const QJsonObject body = jsonBody(response, &ok);
                           const QString error = body.value(QLatin1String("error")).toString();
                           if (ok && (body.value(QLatin1String("ok")).toBool() || slackTokenDead(error)))
                               return done(confirmed());
                           done(refused(ok ? slackFailure(error) : failureOf(response)));
                       });
        return;
    case ProviderApi::Zoom: {
        // POST /oauth/revoke?token=... with the app's Basic credentials; the user must authorize the app again.
        QUrl revokeUrl(url);
        QUrlQuery query(revokeUrl);
        query.addQueryItem(QStringLiteral("token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(bytes(grant.access)))));
        revokeUrl.setQuery(query);
        m_http.request(
            QByteArrayLiteral("POST"), revokeUrl, {},
            {{QByteArrayLiteral("Authorization"), basic(config.clientId, config.clientSecret)}}, config.http,
            [done](const HttpResponse &response) { done(response.ok() ? confirmed() : refused(failureOf(response))); });
        return;
    }
    case ProviderApi::Stripe: {
        // Stripe disconnects an account, not a token: POST /oauth/deauthorize with the platform's secret key.
        if (grant.subject.isEmpty()) {
            OAuthFailure failure;
            failure.kind = OAuthFailure::Kind::Unsupported;
            failure.description = tr("the connection has no Stripe account id (stripe_user_id)");
            return done(refused(failure));
        }
        const QByteArray form = OAuthClient::formEncode(
            {{"client_id", config.clientId.toUtf8()}, {"stripe_user_id", grant.subject.toUtf8()}});
        Headers headers = kForm;
        headers.insert(QByteArrayLiteral("Authorization"), basic(QString::fromUtf8(bytes(config.clientSecret)), {}));
        m_http.request(
            QByteArrayLiteral("POST"), QUrl(url), form, headers, config.http,
            [done](const HttpResponse &response) { done(response.ok() ? confirmed() : refused(failureOf(response))); });
        return;
    }
    case ProviderApi::Shopify:
        // Uninstalls the app from the shop. A 401 to the token's own request means the token no longer works.
        m_http.request(QByteArrayLiteral("DELETE"), QUrl(url), {},
                       {{QByteArrayLiteral("X-Shopify-Access-Token"), bytes(grant.access)}}, config.http,
                       [done](const HttpResponse &response) {
                           const bool gone = response.failure == HttpResponse::Failure::None && response.status == 401;
                           done(response.ok() || gone ? confirmed() : refused(failureOf(response)));
                       });
        return;
    case ProviderApi::Google:
    case ProviderApi::None:
        break;
    }
    OAuthFailure failure;
    failure.kind = OAuthFailure::Kind::Unsupported;
    failure.description = tr("token revocation through %1's own API").arg(provider.name);
    done(refused(failure));
}

void ProviderApiClient::introspect(const ClientConfig &config, const GrantTokens &grant,
                                   OAuthClient::Done<QJsonObject> done)
{
    const ProviderEntry &provider = config.provider;
    const QString &url = provider.introspectionUrl;
    switch (provider.providerApi) {
    case ProviderApi::GitHub: {
        // POST /applications/{client_id}/token checks a token; the answer repeats the token, which is dropped.
        QByteArray request = githubTokenBody(grant.access);
        m_http.request(QByteArrayLiteral("POST"), withPath(url, {config.clientId, QStringLiteral("token")}), request,
                       githubHeaders(config), config.http, [done](const HttpResponse &response) {
                           if (response.failure == HttpResponse::Failure::None && response.status == 404)
                               return done(inactive());
                           bool ok = false;
                           const QJsonObject body = jsonBody(response, &ok);
                           if (!response.ok())
                               return done(failedWith(failureOf(response)));
                           if (!ok)
                               return done(failedWith(malformed(response)));
                           QJsonObject claims {
                               {QLatin1String("active"), true},
                               {QLatin1String("scope"), scopeString(body.value(QLatin1String("scopes")))}};
                           const QJsonObject user = body.value(QLatin1String("user")).toObject();
                           if (!user.isEmpty()) {
                               claims.insert(QLatin1String("sub"), idString(user.value(QLatin1String("id"))));
                               claims.insert(QLatin1String("username"), user.value(QLatin1String("login")));
                           }
                           const QDateTime expires
                               = QDateTime::fromString(body.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
                           if (expires.isValid())
                               claims.insert(QLatin1String("exp"), expires.toSecsSinceEpoch());
                           done({claims, {}});
                       });
        request.fill('\0');
        return;
    }
    case ProviderApi::HubSpot: {
        QByteArray form = hubspotForm(config, grant.access, QByteArrayLiteral("access_token"));
        m_http.request(
            QByteArrayLiteral("POST"), QUrl(url), form, kForm, config.http, [done](const HttpResponse &response) {
                // HubSpot answers 400 "Token is invalid" for a dead token.
                if (response.failure == HttpResponse::Failure::None && response.status == 400)
                    return done(inactive());
                bool ok = false;
                const QJsonObject body = jsonBody(response, &ok);
                if (!response.ok())
                    return done(failedWith(failureOf(response)));
                if (!ok || !body.value(QLatin1String("active")).isBool())
                    return done(failedWith(malformed(response)));
                QJsonObject claims {{QLatin1String("active"), body.value(QLatin1String("active"))},
                                    {QLatin1String("scope"), scopeString(body.value(QLatin1String("scopes")))},
                                    {QLatin1String("sub"), idString(body.value(QLatin1String("user_id")))},
                                    {QLatin1String("username"), body.value(QLatin1String("user"))},
                                    {QLatin1String("client_id"), body.value(QLatin1String("client_id"))},
                                    {QLatin1String("hub_id"), body.value(QLatin1String("hub_id"))}};
                const qint64 expiresIn = body.value(QLatin1String("expires_in")).toInteger(-1);
                if (expiresIn > 0)
                    claims.insert(QLatin1String("exp"), nowMs() / 1000 + expiresIn);
                done({claims, {}});
            });
        form.fill('\0');
        return;
    }
    case ProviderApi::Slack:
        // auth.test says whose token it is; Slack publishes no expiry through it.
        m_http.request(QByteArrayLiteral("POST"), QUrl(url), {},
                       {{QByteArrayLiteral("Authorization"), bearer(grant.access)}}, config.http,
                       [done](const HttpResponse &response) {
                           if (!response.ok())
                               return done(failedWith(failureOf(response)));
                           bool ok = false;
                           const QJsonObject body = jsonBody(response, &ok);
                           if (!ok)
                               return done(failedWith(malformed(response)));
                           const QString error = body.value(QLatin1String("error")).toString();
                           if (!body.value(QLatin1String("ok")).toBool())
                               return done(slackTokenDead(error) ? inactive() : failedWith(slackFailure(error)));
                           done({QJsonObject {{QLatin1String("active"), true},
                                              {QLatin1String("sub"), body.value(QLatin1String("user_id"))},
                                              {QLatin1String("username"), body.value(QLatin1String("user"))},
                                              {QLatin1String("team_id"), body.value(QLatin1String("team_id"))}},
                                 {}});
                       });
        return;
    case ProviderApi::Shopify:
        m_http.request(
            QByteArrayLiteral("GET"), QUrl(url), {},
            {{QByteArrayLiteral("X-Shopify-Access-Token"), bytes(grant.access)}}, config.http,
            [done](const HttpResponse &response) {
                if (response.failure == HttpResponse::Failure::None && response.status == 401)
                    return done(inactive());
                if (!response.ok())
                    return done(failedWith(failureOf(response)));
                bool ok = false;
                const QJsonObject body = jsonBody(response, &ok);
                if (!ok || !body.value(QLatin1String("access_scopes")).isArray())
                    return done(failedWith(malformed(response)));
                done({QJsonObject {{QLatin1String("active"), true},
                                   {QLatin1String("scope"), scopeString(body.value(QLatin1String("access_scopes")))}},
                      {}});
            });
        return;
    case ProviderApi::Google: {
        // tokeninfo takes the token as a query parameter (Google's documented form); 400 means it is not valid.
        QUrl infoUrl(url);
        QUrlQuery query(infoUrl);
        query.addQueryItem(QStringLiteral("access_token"),
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(bytes(grant.access)))));
        infoUrl.setQuery(query);
        m_http.get(infoUrl, {}, config.http, [done](const HttpResponse &response) {
            if (response.failure == HttpResponse::Failure::None && response.status == 400)
                return done(inactive());
            if (!response.ok())
                return done(failedWith(failureOf(response)));
            bool ok = false;
            const QJsonObject body = jsonBody(response, &ok);
            if (!ok)
                return done(failedWith(malformed(response)));
            QJsonObject claims {{QLatin1String("active"), true},
                                {QLatin1String("scope"), body.value(QLatin1String("scope"))},
                                {QLatin1String("sub"), body.value(QLatin1String("sub"))},
                                {QLatin1String("username"), body.value(QLatin1String("email"))},
                                {QLatin1String("client_id"), body.value(QLatin1String("aud"))}};
            const qint64 exp = body.value(QLatin1String("exp")).toString().toLongLong(); // a string at Google
            if (exp > 0)
                claims.insert(QLatin1String("exp"), exp);
            done({claims, {}});
        });
        return;
    }
    case ProviderApi::Zoom:
    case ProviderApi::Stripe:
    case ProviderApi::None:
        break;
    }
    OAuthFailure failure;
    failure.kind = OAuthFailure::Kind::Unsupported;
    failure.description = tr("token introspection through %1's own API").arg(provider.name);
    done(failedWith(failure));
}

} // namespace Keyward::OAuth

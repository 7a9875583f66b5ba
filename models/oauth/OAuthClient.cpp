#include "OAuthClient.h"

#include "ProviderApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Keyward::OAuth {

namespace {

QByteArray bytes(const SecureBytes &value)
{
    return QByteArray(reinterpret_cast<const char *>(value.data()), static_cast<qsizetype>(value.size()));
}

SecureBytes secure(const QJsonValue &value)
{
    QByteArray utf8 = value.toString().toUtf8();
    return SecureBytes::takeFrom(utf8);
}

// Fields of a token answer that are credentials: never copied into `extra`.
bool isSecretField(const QString &name)
{
    static const QStringList secrets {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                      QStringLiteral("id_token"), QStringLiteral("device_code"),
                                      QStringLiteral("client_secret")};
    return secrets.contains(name) || name.contains(QLatin1String("token"), Qt::CaseInsensitive)
        || name.contains(QLatin1String("secret"), Qt::CaseInsensitive);
}

QJsonObject removeSecrets(const QJsonObject &object);

// Objects nested in arrays are cleaned too (Slack's incoming_webhooks, lists of installations).
QJsonValue removeSecrets(const QJsonValue &value)
{
    if (value.isObject())
        return removeSecrets(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(removeSecrets(entry));
        return out;
    }
    return value;
}

QJsonObject removeSecrets(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretField(it.key()))
            continue;
        out.insert(it.key(), removeSecrets(it.value()));
    }
    return out;
}

QString trimmedDescription(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() > 200)
        simplified = simplified.left(200) + QStringLiteral("…");
    return simplified;
}

OAuthFailure unsupported(const QString &what)
{
    OAuthFailure failure;
    failure.kind = OAuthFailure::Kind::Unsupported;
    failure.description = what;
    return failure;
}

} // namespace

QJsonObject OAuthClient::withoutSecrets(const QJsonObject &object)
{
    return removeSecrets(object);
}

bool OAuthFailure::transient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Unavailable:
    case Kind::ServerError:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    default:
        return false;
    }
}

QString OAuthFailure::name() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidGrant:
        return QStringLiteral("invalid_grant");
    case Kind::InvalidClient:
        return QStringLiteral("invalid_client");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Malformed:
        return QStringLiteral("malformed_response");
    case Kind::Rejected:
        return error.isEmpty() ? QStringLiteral("rejected") : error;
    case Kind::AuthorizationPending:
        return QStringLiteral("authorization_pending");
    case Kind::SlowDown:
        return QStringLiteral("slow_down");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::ExpiredToken:
        return QStringLiteral("expired_token");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

QString OAuthFailure::sentence(const QString &provider) const
{
    const QString said = description.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(description);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidGrant:
        return tr("%1 no longer accepts this grant%2: it was revoked, expired, or already used. Reconnect the "
                  "account.")
            .arg(provider, said);
    case Kind::InvalidClient:
        return tr("%1 rejected the app's client credentials%2: check the client id and rotate the client secret "
                  "on the app.")
            .arg(provider, said);
    case Kind::RateLimited:
        // Without Retry-After the refresh engine backs off with jitter: promise no number of seconds then.
        if (retryAfterMs < 0)
            return tr("%1 is rate-limiting Keyward (HTTP 429); Keyward tries again later.").arg(provider);
        return tr("%1 is rate-limiting Keyward (HTTP 429); Keyward waits %2 s before trying again.")
            .arg(provider)
            .arg(retryAfterMs / 1000);
    case Kind::Unavailable:
        if (retryAfterMs < 0)
            return tr("%1 is temporarily unavailable (HTTP 503); Keyward tries again later.").arg(provider);
        return tr("%1 is temporarily unavailable (HTTP 503); Keyward waits %2 s before trying again.")
            .arg(provider)
            .arg(retryAfterMs / 1000);
    case Kind::ServerError:
        return tr("%1 answered with a server error (HTTP %2); Keyward tries again later.")
            .arg(provider)
            .arg(httpStatus);
    case Kind::Network:
        return tr("%1 could not be reached (%2); check the network and the endpoint URL. Keyward tries again later.")
            .arg(provider, transportDetail);
    case Kind::Timeout:
        return tr("%1 did not answer in time; Keyward tries again later.").arg(provider);
    case Kind::Tls:
        return tr("The TLS certificate of %1 is not trusted (%2): if the provider uses a private certificate "
                  "authority, add that authority's certificate to the app (its CA file). Keyward retries only "
                  "hourly until then.")
            .arg(provider, transportDetail);
    case Kind::Malformed:
        return tr("%1 answered with something that is not a valid OAuth response (HTTP %2); Keyward tries again "
                  "later.")
            .arg(provider)
            .arg(httpStatus);
    case Kind::Rejected:
        return tr("%1 refused the request: %2%3.").arg(provider, error, said);
    case Kind::AuthorizationPending:
        return tr("Waiting for the user to approve the request at %1.").arg(provider);
    case Kind::SlowDown:
        return tr("%1 asked Keyward to poll less often.").arg(provider);
    case Kind::AccessDenied:
        return tr("The request was declined at %1%2.").arg(provider, said);
    case Kind::ExpiredToken:
        return tr("The device code expired before the request was approved at %1: start again.").arg(provider);
    case Kind::Unsupported:
        return tr("%1 does not offer this: %2.").arg(provider, description);
    }
    return {};
}

QByteArray OAuthClient::formEncode(const QList<std::pair<QByteArray, QByteArray>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out.append('&');
        out.append(QUrl::toPercentEncoding(QString::fromUtf8(name)));
        out.append('=');
        out.append(QUrl::toPercentEncoding(QString::fromUtf8(value)));
    }
    return out;
}

OAuthFailure OAuthClient::classify(const HttpResponse &response, qint64 nowMs)
{
    OAuthFailure failure;
    failure.httpStatus = response.status;
    failure.transportDetail = response.errorText;
    switch (response.failure) {
    case HttpResponse::Failure::Network:
        failure.kind = OAuthFailure::Kind::Network;
        return failure;
    case HttpResponse::Failure::Timeout:
        failure.kind = OAuthFailure::Kind::Timeout;
        return failure;
    case HttpResponse::Failure::Tls:
        failure.kind = OAuthFailure::Kind::Tls;
        return failure;
    case HttpResponse::Failure::TooLarge:
        failure.kind = OAuthFailure::Kind::Malformed;
        return failure;
    case HttpResponse::Failure::None:
        break;
    }
    failure.retryAfterMs = response.retryAfterMs(nowMs);
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(response.body, &parseError).object();
    failure.error = body.value(QLatin1String("error")).toString();
    failure.description = trimmedDescription(body.value(QLatin1String("error_description")).toString());
    if (response.status == 429) {
        failure.kind = OAuthFailure::Kind::RateLimited;
        return failure;
    }
    if (response.status == 503) {
        failure.kind = OAuthFailure::Kind::Unavailable;
        return failure;
    }
    if (response.status >= 500) {
        failure.kind = OAuthFailure::Kind::ServerError;
        return failure;
    }
    if (failure.error == QLatin1String("invalid_grant")) {
        failure.kind = OAuthFailure::Kind::InvalidGrant;
    } else if (failure.error == QLatin1String("invalid_client") || response.status == 401) {
        failure.kind = OAuthFailure::Kind::InvalidClient;
    } else if (failure.error == QLatin1String("authorization_pending")) {
        failure.kind = OAuthFailure::Kind::AuthorizationPending;
    } else if (failure.error == QLatin1String("slow_down")) {
        failure.kind = OAuthFailure::Kind::SlowDown;
    } else if (failure.error == QLatin1String("access_denied")) {
        failure.kind = OAuthFailure::Kind::AccessDenied;
    } else if (failure.error == QLatin1String("expired_token")) {
        failure.kind = OAuthFailure::Kind::ExpiredToken;
    } else if (!failure.error.isEmpty()) {
        failure.kind = OAuthFailure::Kind::Rejected;
    } else {
        failure.kind = OAuthFailure::Kind::Malformed; // an error status without an OAuth error body
    }
    return failure;
}

Outcome<TokenResponse> OAuthClient::parseTokenResponse(const HttpResponse &response)
{
    Outcome<TokenResponse> outcome;
    if (!response.ok()) {
        outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
        return outcome;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject body = document.object();
    const QJsonValue access = body.value(QLatin1String("access_token"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !access.isString()
        || access.toString().isEmpty()) {
        // Slack answers HTTP 200 with {"ok": false, "error": "invalid_refresh_token"}.
        if (document.isObject() && body.contains(QLatin1String("error"))) {
            HttpResponse asError = response;
            asError.status = 400;
            outcome.failure = classify(asError, QDateTime::currentMSecsSinceEpoch());
            if (outcome.failure.error == QLatin1String("invalid_refresh_token")
                || outcome.failure.error == QLatin1String("token_revoked"))
                outcome.failure.kind = OAuthFailure::Kind::InvalidGrant;
            return outcome;
        }
        outcome.failure.kind = OAuthFailure::Kind::Malformed;
        outcome.failure.httpStatus = response.status;
        return outcome;
    }
    TokenResponse &token = outcome.value;
    token.accessToken = secure(access);
    token.refreshToken = secure(body.value(QLatin1String("refresh_token")));
    token.idToken = body.value(QLatin1String("id_token")).toString().toLatin1();
    token.tokenType = body.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    const QJsonValue expires = body.value(QLatin1String("expires_in"));
    if (expires.isDouble())
        token.expiresInSeconds = static_cast<qint64>(expires.toDouble());
    else if (expires.isString())
        token.expiresInSeconds = expires.toString().toLongLong(); // some providers send a string
    if (token.expiresInSeconds == 0)
        token.expiresInSeconds = -1;
    token.scope = body.value(QLatin1String("scope")).toString();
    token.extra = withoutSecrets(body);
    return outcome;
}

void OAuthClient::postAuthenticated(const ClientConfig &config, const QString &url,
                                    QList<std::pair<QByteArray, QByteArray>> fields, HttpClient::Callback done)
{
    QHash<QByteArray, QByteArray> headers;
    switch (config.authMethod) {
    case TokenAuthMethod::ClientSecretBasic: {
        // RFC 6749 §2.3.1: the id and the secret are form-encoded before they are joined and base64-encoded.
        QByteArray pair = QUrl::toPercentEncoding(config.clientId) + ':'
            + QUrl::toPercentEncoding(QString::fromUtf8(bytes(config.clientSecret)));
        headers.insert(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64());
        pair.fill('\0');
        break;
    }
    case TokenAuthMethod::ClientSecretPost:
        fields.append({QByteArrayLiteral("client_id"), config.clientId.toUtf8()});
        fields.append({QByteArrayLiteral("client_secret"), bytes(config.clientSecret)});
        break;
    case TokenAuthMethod::None:
        fields.append({QByteArrayLiteral("client_id"), config.clientId.toUtf8()});
        break;
    }
    QByteArray body = formEncode(fields);
    for (auto &field : fields)
        field.second.fill('\0');
    m_http.postForm(QUrl(url), body, headers, config.http, std::move(done));
    body.fill('\0');
}

void OAuthClient::tokenRequest(const ClientConfig &config, QList<std::pair<QByteArray, QByteArray>> fields,
                               Done<TokenResponse> done)
{
    if (config.provider.tokenUrl.isEmpty()) {
        done({{}, unsupported(tr("no token endpoint is configured"))});
        return;
    }
    postAuthenticated(config, config.provider.tokenUrl, std::move(fields),
                      [done = std::move(done)](const HttpResponse &response) { done(parseTokenResponse(response)); });
}

void OAuthClient::exchangeCode(const ClientConfig &config, const QString &code, const QByteArray &codeVerifier,
                               const QString &redirectUri, Done<TokenResponse> done)
{
    QList<std::pair<QByteArray, QByteArray>> fields {
        {"grant_type", "authorization_code"}, {"code", code.toUtf8()}, {"redirect_uri", redirectUri.toUtf8()}};
    if (!codeVerifier.isEmpty())
        fields.append({"code_verifier", codeVerifier});
    for (auto it = config.provider.extraCodeExchangeParams.cbegin();
         it != config.provider.extraCodeExchangeParams.cend(); ++it)
        fields.append({it.key().toUtf8(), it.value().toUtf8()});
    tokenRequest(config, std::move(fields), std::move(done));
}

void OAuthClient::refresh(const ClientConfig &config, const SecureBytes &refreshToken, Done<TokenResponse> done)
{
    tokenRequest(config, {{"grant_type", "refresh_token"}, {"refresh_token", bytes(refreshToken)}}, std::move(done));
}

void OAuthClient::clientCredentials(const ClientConfig &config, const QStringList &scopes, Done<TokenResponse> done)
{
    QList<std::pair<QByteArray, QByteArray>> fields {{"grant_type", "client_credentials"}};
    if (!scopes.isEmpty())
        fields.append({"scope", scopes.join(config.provider.scopeSeparator).toUtf8()});
    tokenRequest(config, std::move(fields), std::move(done));
}

void OAuthClient::startDevice(const ClientConfig &config, const QStringList &scopes, Done<DeviceAuthorization> done)
{
    if (config.provider.deviceAuthorizationUrl.isEmpty()) {
        done({{}, unsupported(tr("the device authorization grant (no device endpoint)"))});
        return;
    }
    QList<std::pair<QByteArray, QByteArray>> fields;
    if (!scopes.isEmpty())
        fields.append({"scope", scopes.join(config.provider.scopeSeparator).toUtf8()});
    postAuthenticated(
        config, config.provider.deviceAuthorizationUrl, std::move(fields),
        [done = std::move(done)](const HttpResponse &response) {
            Outcome<DeviceAuthorization> outcome;
            if (!response.ok()) {
                outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
                done(outcome);
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            DeviceAuthorization &device = outcome.value;
            device.deviceCode = secure(body.value(QLatin1String("device_code")));
            device.userCode = body.value(QLatin1String("user_code")).toString();
            device.verificationUri = body.value(QLatin1String("verification_uri")).toString();
            device.verificationUriComplete = body.value(QLatin1String("verification_uri_complete")).toString();
            device.expiresInSeconds = static_cast<qint64>(body.value(QLatin1String("expires_in")).toDouble(600));
            device.intervalSeconds = body.value(QLatin1String("interval")).toInt(5);
            if (device.deviceCode.isEmpty() || device.userCode.isEmpty() || device.verificationUri.isEmpty()) {
                outcome.failure.kind = OAuthFailure::Kind::Malformed;
                outcome.failure.httpStatus = response.status;
            }
            done(outcome);
        });
}

void OAuthClient::pollDevice(const ClientConfig &config, const SecureBytes &deviceCode, Done<TokenResponse> done)
{
    tokenRequest(config,
                 {{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"}, {"device_code", bytes(deviceCode)}},
                 std::move(done));
}

void OAuthClient::revoke(const ClientConfig &config, const SecureBytes &token, const QString &hint, Done<bool> done)
{
    if (config.provider.revocationUrl.isEmpty()) {
        done({false, unsupported(tr("token revocation (no revocation endpoint)"))});
        return;
    }
    postAuthenticated(config, config.provider.revocationUrl,
                      {{"token", bytes(token)}, {"token_type_hint", hint.toUtf8()}},
                      [done = std::move(done)](const HttpResponse &response) {
                          Outcome<bool> outcome;
                          // RFC 7009 §2.2: 200 also for a token that was already invalid.
                          outcome.value = response.ok();
                          if (!response.ok())
                              outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
                          done(outcome);
                      });
}

void OAuthClient::introspect(const ClientConfig &config, const SecureBytes &token, const QString &hint,
                             Done<QJsonObject> done)
{
    if (config.provider.introspectionUrl.isEmpty()) {
        done({{}, unsupported(tr("token introspection (no introspection endpoint)"))});
        return;
    }
    postAuthenticated(config, config.provider.introspectionUrl,
                      {{"token", bytes(token)}, {"token_type_hint", hint.toUtf8()}},
                      [done = std::move(done)](const HttpResponse &response) {
                          Outcome<QJsonObject> outcome;
                          if (!response.ok()) {
                              outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
                          } else {
                              QJsonParseError error;
                              const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
                              if (error.error != QJsonParseError::NoError || !document.isObject()
                                  || !document.object().value(QLatin1String("active")).isBool()) {
                                  outcome.failure.kind = OAuthFailure::Kind::Malformed;
                                  outcome.failure.httpStatus = response.status;
                              } else {
                                  outcome.value = withoutSecrets(document.object());
                              }
                          }
                          done(outcome);
                      });
}

void OAuthClient::revokeGrant(const ClientConfig &config, const GrantTokens &grant, Done<bool> done)
{
    switch (config.provider.revocation) {
    case EndpointSupport::None:
        done({false, unsupported(tr("token revocation"))});
        return;
    case EndpointSupport::ProviderApi:
        ProviderApiClient(m_http).revoke(config, grant, std::move(done));
        return;
    case EndpointSupport::Standard:
        break;
    }
    QList<std::pair<SecureBytes, QString>> tokens;
    if (!grant.refresh.isEmpty())
        tokens.append({grant.refresh, QStringLiteral("refresh_token")});
    if (!grant.access.isEmpty())
        tokens.append({grant.access, QStringLiteral("access_token")});
    auto step = std::make_shared<std::function<void(qsizetype)>>();
    *step = [this, config, tokens, done = std::move(done), step](qsizetype index) {
        if (index >= tokens.size()) {
            done({true, {}});
            *step = nullptr; // breaks the self-reference
            return;
        }
        revoke(config, tokens[index].first, tokens[index].second, [done, step, index](const Outcome<bool> &answer) {
            if (!answer.ok()) {
                done(answer);
                *step = nullptr;
                return;
            }
            (*step)(index + 1);
        });
    };
    (*step)(0);
}

void OAuthClient::introspectGrant(const ClientConfig &config, const GrantTokens &grant, Done<QJsonObject> done)
{
    switch (config.provider.introspection) {
    case EndpointSupport::None:
        done({{}, unsupported(tr("token introspection"))});
        return;
    case EndpointSupport::ProviderApi:
        ProviderApiClient(m_http).introspect(config, grant, std::move(done));
        return;
    case EndpointSupport::Standard:
        introspect(config, grant.access, QStringLiteral("access_token"), std::move(done));
        return;
    }
}

void OAuthClient::userInfo(const ClientConfig &config, const SecureBytes &accessToken, Done<QJsonObject> done)
{
    if (config.provider.userinfoUrl.isEmpty()) {
        done({{}, unsupported(tr("user information (no userinfo endpoint)"))});
        return;
    }
    QByteArray bearer = QByteArrayLiteral("Bearer ") + bytes(accessToken);
    m_http.get(QUrl(config.provider.userinfoUrl), {{QByteArrayLiteral("Authorization"), bearer}}, config.http,
               [done = std::move(done)](const HttpResponse &response) {
                   Outcome<QJsonObject> outcome;
                   const QJsonDocument document = QJsonDocument::fromJson(response.body);
                   if (!response.ok())
                       outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
                   else if (!document.isObject())
                       outcome.failure.kind = OAuthFailure::Kind::Malformed;
                   else
                       outcome.value = removeSecrets(document.object());
                   done(outcome);
               });
    bearer.fill('\0');
}

void OAuthClient::fetchJson(const QUrl &url, const HttpOptions &options, Done<QJsonObject> done)
{
    m_http.get(url, {}, options, [done = std::move(done)](const HttpResponse &response) {
        Outcome<QJsonObject> outcome;
        if (!response.ok()) {
            outcome.failure = classify(response, QDateTime::currentMSecsSinceEpoch());
            if (outcome.failure.kind == OAuthFailure::Kind::Malformed && response.status >= 400)
                outcome.failure.kind = OAuthFailure::Kind::Rejected,
                outcome.failure.error = QStringLiteral("HTTP %1").arg(response.status);
        } else {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                outcome.failure.kind = OAuthFailure::Kind::Malformed;
                outcome.failure.httpStatus = response.status;
            } else {
                outcome.value = document.object();
            }
        }
        done(outcome);
    });
}

void OAuthClient::discover(const QUrl &url, const HttpOptions &options, Done<QJsonObject> done)
{
    QUrl document = url;
    QString expectedIssuer;
    if (!url.path().contains(QLatin1String("/.well-known/"))) {
        expectedIssuer = url.toString(QUrl::StripTrailingSlash);
        document.setPath(url.path(QUrl::FullyEncoded).chopped(url.path().endsWith(u'/') ? 1 : 0)
                         + QStringLiteral("/.well-known/openid-configuration"));
    }
    fetchJson(document, options, [done = std::move(done), expectedIssuer](const Outcome<QJsonObject> &fetched) {
        Outcome<QJsonObject> outcome = fetched;
        if (outcome.ok()) {
            const QString issuer = outcome.value.value(QLatin1String("issuer")).toString();
            const bool hasEndpoints = outcome.value.value(QLatin1String("token_endpoint")).isString();
            // OIDC Discovery §4.3: the issuer in the document must be the one asked for.
            if (!hasEndpoints || issuer.isEmpty()
                || (!expectedIssuer.isEmpty() && issuer != expectedIssuer && issuer != expectedIssuer + u'/')) {
                outcome.failure.kind = OAuthFailure::Kind::Rejected;
                outcome.failure.error = QStringLiteral("invalid_discovery_document");
                outcome.failure.description = hasEndpoints
                    ? tr("issuer \"%1\" does not match \"%2\"").arg(issuer, expectedIssuer)
                    : tr("no token_endpoint");
            }
        }
        done(outcome);
    });
}

ProviderEntry OAuthClient::applyDiscovery(ProviderEntry entry, const QJsonObject &document)
{
    auto fill = [&document](QString &field, const char *key) {
        if (field.isEmpty())
            field = document.value(QLatin1String(key)).toString();
    };
    // The document's issuer wins: it was fetched over verified TLS from the catalog's (or the admin's) discovery URL,
    // and it can differ from the catalog's guess (Microsoft answers "…/{tenantid}/v2.0" for multi-tenant apps).
    if (const QString issuer = document.value(QLatin1String("issuer")).toString(); !issuer.isEmpty())
        entry.issuer = issuer;
    fill(entry.authorizationUrl, "authorization_endpoint");
    fill(entry.tokenUrl, "token_endpoint");
    fill(entry.revocationUrl, "revocation_endpoint");
    fill(entry.introspectionUrl, "introspection_endpoint");
    fill(entry.deviceAuthorizationUrl, "device_authorization_endpoint");
    fill(entry.userinfoUrl, "userinfo_endpoint");
    fill(entry.jwksUrl, "jwks_uri");
    if (document.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool())
        entry.authorizationResponseIss = true;
    if (!entry.revocationUrl.isEmpty() && entry.revocation == EndpointSupport::None)
        entry.revocation = EndpointSupport::Standard;
    if (!entry.introspectionUrl.isEmpty() && entry.introspection == EndpointSupport::None)
        entry.introspection = EndpointSupport::Standard;
    if (document.contains(QLatin1String("jwks_uri")))
        entry.openIdConnect = entry.openIdConnect
            || document.value(QLatin1String("scopes_supported")).toArray().contains(QStringLiteral("openid"));
    if (!entry.deviceAuthorizationUrl.isEmpty() && !entry.supports(Flow::Device))
        entry.flows.append(Flow::Device);
    const QJsonArray grants = document.value(QLatin1String("grant_types_supported")).toArray();
    if (grants.contains(QStringLiteral("client_credentials")) && !entry.supports(Flow::ClientCredentials))
        entry.flows.append(Flow::ClientCredentials);
    if (!entry.supports(Flow::AuthorizationCode) && !entry.authorizationUrl.isEmpty())
        entry.flows.prepend(Flow::AuthorizationCode);
    return entry;
}

} // namespace Keyward::OAuth

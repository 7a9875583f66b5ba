#pragma once

#include "HttpClient.h"
#include "ProviderCatalog.h"
#include "core/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Keyward::OAuth {

/// What a request needs to know about the provider app.
struct ClientConfig
{
    QString clientId;
    SecureBytes clientSecret; ///< empty for public clients
    TokenAuthMethod authMethod = TokenAuthMethod::ClientSecretBasic;
    ProviderEntry provider; ///< resolved: parameters substituted, endpoints learned by discovery
    HttpOptions http;
};

/// Why an OAuth request failed, classified for the refresh engine and worded for a person.
struct OAuthFailure
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::OAuth::OAuthFailure)

public:
    enum class Kind {
        None,
        InvalidGrant, ///< the grant is revoked, expired or was already used: reauthorization required
        InvalidClient, ///< the client id or secret is wrong: the admin must fix the app
        RateLimited, ///< 429
        Unavailable, ///< 503
        ServerError, ///< other 5xx
        Network, ///< unreachable
        Timeout,
        Tls, ///< untrusted certificate or failed handshake: a configuration problem, not retried in a storm
        Malformed, ///< the answer was not the JSON the protocol requires
        Rejected, ///< another OAuth error (invalid_request, invalid_scope, unauthorized_client, ...)
        AuthorizationPending, ///< device flow: keep polling
        SlowDown, ///< device flow: poll less often
        AccessDenied, ///< the user declined
        ExpiredToken, ///< device flow: the code expired
        Unsupported, ///< the provider offers no such endpoint
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString error; ///< the OAuth `error` code, if any
    QString description; ///< the provider's error_description, trimmed (never echoes a token)
    qint64 retryAfterMs = -1;
    QString transportDetail; ///< Qt's words for network and TLS failures

    bool failed() const { return kind != Kind::None; }
    /// Temporary: retry later (after retryAfterMs when set).
    bool transient() const;
    /// Machine-readable name: invalid_grant, rate_limited, unavailable, server_error, network, timeout, tls, ...
    QString name() const;
    /// A translated sentence for the user: what happened and what to do.
    QString sentence(const QString &providerName) const;
};

struct TokenResponse
{
    SecureBytes accessToken;
    SecureBytes refreshToken; ///< empty when the provider sent none (keep the old one)
    QByteArray idToken; ///< compact JWT, validated separately
    QString tokenType;
    qint64 expiresInSeconds = -1; ///< -1: not sent
    QString scope; ///< granted scopes, if sent
    QJsonObject extra; ///< other top-level fields with secrets removed (Slack's authed_user.id, Salesforce's id)
};

struct DeviceAuthorization
{
    SecureBytes deviceCode;
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;
    qint64 expiresInSeconds = 600;
    int intervalSeconds = 5;
};

/// The tokens of one grant and whose it is: what revocation and introspection work with.
struct GrantTokens
{
    SecureBytes access;
    SecureBytes refresh; ///< empty: the grant has none
    QString subject; ///< the provider's account id (Stripe deauthorizes an account, not a token)
};

template<typename T> struct Outcome
{
    T value;
    OAuthFailure failure;
    bool ok() const { return !failure.failed(); }
};

/// The protocol side of OAuth 2.0 (RFC 6749, 7009, 7662, 8414, 8628): builds requests for a provider app, sends them
/// through an HttpClient, and classifies the answers. Asynchronous; lives on the HttpClient's thread.
class OAuthClient
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::OAuth::OAuthClient)

public:
    explicit OAuthClient(HttpClient &http)
        : m_http(http)
    { }

    template<typename T> using Done = std::function<void(const Outcome<T> &)>;

    void exchangeCode(const ClientConfig &config, const QString &code, const QByteArray &codeVerifier,
                      const QString &redirectUri, Done<TokenResponse> done);
    void refresh(const ClientConfig &config, const SecureBytes &refreshToken, Done<TokenResponse> done);
    void clientCredentials(const ClientConfig &config, const QStringList &scopes, Done<TokenResponse> done);
    void startDevice(const ClientConfig &config, const QStringList &scopes, Done<DeviceAuthorization> done);
    void pollDevice(const ClientConfig &config, const SecureBytes &deviceCode, Done<TokenResponse> done);
    /// RFC 7009. `hint` is "access_token" or "refresh_token".
    void revoke(const ClientConfig &config, const SecureBytes &token, const QString &hint, Done<bool> done);
    /// RFC 7662: the introspection answer (active, exp, scope, client_id, sub, ...), never the token.
    void introspect(const ClientConfig &config, const SecureBytes &token, const QString &hint, Done<QJsonObject> done);
    /// Ends a grant the way its provider offers: RFC 7009 (the refresh token first, which ends the grant, §2.1; then
    /// the access token) or the provider's own API (ProviderApiClient).
    void revokeGrant(const ClientConfig &config, const GrantTokens &grant, Done<bool> done);
    /// The grant's access token through RFC 7662 or the provider's own API, in RFC 7662's shape.
    void introspectGrant(const ClientConfig &config, const GrantTokens &grant, Done<QJsonObject> done);
    /// Who the access token belongs to (OIDC UserInfo or the provider's "current user" API): the answer's
    /// non-secret fields.
    void userInfo(const ClientConfig &config, const SecureBytes &accessToken, Done<QJsonObject> done);
    /// RFC 8414 / OIDC Discovery. `url` is the issuer or the document's URL. The document's `issuer` must match.
    void discover(const QUrl &url, const HttpOptions &options, Done<QJsonObject> done);
    void fetchJson(const QUrl &url, const HttpOptions &options, Done<QJsonObject> done);

    /// The provider entry with endpoints (and issuer, OIDC flag, device endpoint) filled in from a discovery
    /// document; fields the entry already sets win.
    static ProviderEntry applyDiscovery(ProviderEntry entry, const QJsonObject &document);
    /// Parses a token endpoint answer (exposed for tests).
    static Outcome<TokenResponse> parseTokenResponse(const HttpResponse &response);
    /// Classifies a failed HTTP exchange (exposed for tests).
    static OAuthFailure classify(const HttpResponse &response, qint64 nowMs);
    /// An object without the fields that carry credentials (anything named like a token or a secret), nested too.
    static QJsonObject withoutSecrets(const QJsonObject &object);
    /// application/x-www-form-urlencoded, each name and value percent-encoded.
    static QByteArray formEncode(const QList<std::pair<QByteArray, QByteArray>> &fields);

private:
    void tokenRequest(const ClientConfig &config, QList<std::pair<QByteArray, QByteArray>> fields,
                      Done<TokenResponse> done);
    void postAuthenticated(const ClientConfig &config, const QString &url,
                           QList<std::pair<QByteArray, QByteArray>> fields, HttpClient::Callback done);

    HttpClient &m_http;
};

} // namespace Keyward::OAuth

#pragma once

#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keyward::OAuth {

/// How a client authenticates at the token endpoint (RFC 6749 §2.3, OIDC Core §9).
enum class TokenAuthMethod {
    ClientSecretBasic, ///< HTTP Basic with the URL-encoded id and secret (RFC 6749 §2.3.1)
    ClientSecretPost, ///< client_id and client_secret in the form body
    None, ///< public client: client_id only (PKCE protects the code)
};
QString tokenAuthMethodName(TokenAuthMethod method); ///< "basic", "post", "none"
std::optional<TokenAuthMethod> tokenAuthMethodFromName(const QString &name); ///< also accepts the RFC names

/// What happens to a refresh token when it is redeemed.
enum class RefreshRotation {
    None, ///< the same refresh token stays valid
    Strict, ///< single use: a new one comes back, reusing the old one revokes the grant
    NewOldValid, ///< a new one comes back, the old one stays valid
    GraceWindow, ///< a new one comes back, the old one stays valid for `rotationGraceSeconds`
};
QString refreshRotationName(RefreshRotation rotation); ///< "none", "strict", "new-old-valid", "grace-window"
std::optional<RefreshRotation> refreshRotationFromName(const QString &name);

/// Whether a provider offers RFC 7009 revocation / RFC 7662 introspection, its own API, or nothing.
enum class EndpointSupport { None, Standard, ProviderApi };
QString endpointSupportName(EndpointSupport support); ///< "none", "rfc", "provider-api"

/// A provider's own revocation / token-information API, used where "revocation" or "introspection" is
/// "provider-api" (the request shapes live in ProviderApi.cpp; the endpoints stay data in the catalog).
enum class ProviderApi { None, GitHub, HubSpot, Slack, Zoom, Stripe, Shopify, Google };
QString providerApiName(ProviderApi api); ///< "", "github", "hubspot", "slack", "zoom", "stripe", "shopify", "google"
std::optional<ProviderApi> providerApiFromName(const QString &name);

/// The flows Keyward can run against a provider.
enum class Flow { AuthorizationCode, Device, ClientCredentials };
QString flowName(Flow flow); ///< "auth-code", "device", "client-credentials"
std::optional<Flow> flowFromName(const QString &name);

/// A value the admin supplies when registering an app, substituted for `{name}` in the entry's URLs
/// (the Entra ID tenant, the Shopify shop, the Salesforce My Domain host).
struct ProviderParameter
{
    QString name;
    QString label; ///< English; shown translated through the catalog's context
    QString defaultValue; ///< empty: required
};

/// One provider as Keyward knows it: data from resources/providers/<id>.json, never code.
struct ProviderEntry
{
    QString id; ///< "google", "github", "generic-oidc", ...
    QString name; ///< "Google"
    bool openIdConnect = false; ///< ID tokens are validated (nonce, JWKS signature, iss, aud, exp)
    QString issuer; ///< expected `iss` (may contain {parameters})
    QString discoveryUrl; ///< when set, endpoints may be learned from it (RFC 8414 / OIDC Discovery)
    QString authorizationUrl;
    QString tokenUrl;
    QString revocationUrl;
    QString introspectionUrl;
    QString deviceAuthorizationUrl;
    QString userinfoUrl;
    QString jwksUrl; ///< signing keys of ID tokens (OIDC); usually learned by discovery
    bool authorizationResponseIss = false; ///< RFC 9207: the redirect carries `iss`, which must be checked
    QStringList defaultScopes;
    QString scopeSeparator = QStringLiteral(" "); ///< a few providers use ","
    TokenAuthMethod tokenAuth = TokenAuthMethod::ClientSecretBasic;
    bool pkce = true; ///< send code_challenge (S256)
    bool returnsExpiresIn = true; ///< false: learn the expiry by introspection, or assume `assumedLifetimeSeconds`
    qint64 assumedLifetimeSeconds = 0; ///< for providers that return no expires_in and cannot be introspected
    EndpointSupport revocation = EndpointSupport::None;
    EndpointSupport introspection = EndpointSupport::None;
    ProviderApi providerApi = ProviderApi::None; ///< whose API "provider-api" means
    RefreshRotation rotation = RefreshRotation::None;
    qint64 rotationGraceSeconds = 0;
    qint64 refreshIdleExpiryDays = 0; ///< the provider drops a refresh token unused this long (0: never)
    bool issuesRefreshTokens = true; ///< false: reconnect when the access token expires (e.g. GitHub OAuth apps)
    QList<Flow> flows;
    QHash<QString, QString> extraAuthorizeParams; ///< e.g. Google's access_type=offline, prompt=consent
    QHash<QString, QString> extraCodeExchangeParams; ///< sent with the code exchange, e.g. Shopify's expiring=1
    QStringList broadScopes; ///< scopes an access review flags as broad
    QList<ProviderParameter> parameters;
    QStringList quirks; ///< English sentences for the admin
    QString documentation; ///< the provider's developer documentation

    bool supports(Flow flow) const { return flows.contains(flow); }
    /// The entry with `{name}` placeholders in its URLs replaced from `values` (defaults where absent).
    /// Errors name a required parameter that has no value.
    Result<ProviderEntry> resolved(const QHash<QString, QString> &values) const;
    QJsonObject toJson() const;
    static Result<ProviderEntry> fromJson(const QJsonObject &object);
};

/// The provider catalog shipped with Keyward (the `:/providers/*.json` resources).
class ProviderCatalog
{
public:
    /// The built-in catalog, loaded once. A malformed entry is a build defect: it is logged and skipped, and the
    /// catalog unit test fails on it.
    static const ProviderCatalog &builtIn();
    /// Loads every *.json in `directory` (a resource path or a folder); errors name the file and the field.
    static Result<ProviderCatalog> load(const QString &directory);

    const QList<ProviderEntry> &entries() const { return m_entries; }
    /// The entry with `id`, or null.
    const ProviderEntry *find(const QString &id) const;

private:
    QList<ProviderEntry> m_entries; ///< sorted by name, generic entries last
};

} // namespace Keyward::OAuth

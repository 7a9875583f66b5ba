#pragma once

#include "OAuthClient.h"

namespace Keyward::OAuth {

/// Revocation and token information through providers' own APIs (the catalog's "provider_api"), for providers that
/// have no RFC 7009 / RFC 7662 endpoint, or use one with their own request shape. The endpoints stay data in the
/// catalog (tests point them at a local server); this class knows only each API's request and answer shapes.
///
/// Introspection answers come back in RFC 7662's shape (`active`, `exp`, `scope`, `sub`, `username`, `client_id`)
/// so the engine treats every provider alike. No answer field that carries a token is passed on.
class ProviderApiClient
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::OAuth::ProviderApiClient)

public:
    explicit ProviderApiClient(HttpClient &http)
        : m_http(http)
    { }

    /// Ends the grant at the provider. `true` once the provider confirmed it, or said the token is already dead
    /// in a way only a dead token can (e.g. Slack's `token_revoked`, Shopify's 401 to the token's own request).
    void revoke(const ClientConfig &config, const GrantTokens &grant, OAuthClient::Done<bool> done);
    /// The access token's state; `active: false` when the provider says it is unknown or dead.
    void introspect(const ClientConfig &config, const GrantTokens &grant, OAuthClient::Done<QJsonObject> done);

private:
    HttpClient &m_http;
};

} // namespace Keyward::OAuth

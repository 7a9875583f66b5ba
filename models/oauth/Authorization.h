#pragma once

#include "OAuthClient.h"

#include <QByteArray>
#include <QUrl>
#include <QUrlQuery>

namespace Keyward::OAuth {

/// `bytes` random bytes (OpenSSL's CSPRNG) as unpadded base64url.
QByteArray randomUrlSafe(int bytes);
/// RFC 7636 S256: base64url(SHA-256(verifier)), unpadded.
QByteArray pkceChallenge(const QByteArray &verifier);
/// Constant-time equality (CRYPTO_memcmp) for state, nonce and signatures; lengths are not secret.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
/// A short, non-reversible identification of a token for screens and the audit log: "sha256:" + 12 hex digits.
QString tokenFingerprint(const SecureBytes &token);

/// One authorization code request (RFC 6749 §4.1 with PKCE, RFC 7636; OIDC nonce): the values to check when the
/// browser comes back, and the URL to send it to.
struct AuthorizationRequest
{
    QByteArray codeVerifier;
    QByteArray state;
    QByteArray nonce; ///< OpenID Connect only
    QString redirectUri;
    QUrl url;

    static AuthorizationRequest create(const ClientConfig &config, const QStringList &scopes,
                                       const QString &redirectUri);

    /// Checks the redirect's query: `error`, `state` (constant time), `iss` (RFC 9207, required when the provider
    /// advertises it; compared with `expectedIssuer` whenever present). Returns the code, or the failure.
    Outcome<QString> checkRedirect(const QUrlQuery &query, const ProviderEntry &provider) const;
};

} // namespace Keyward::OAuth

#pragma once

#include "OAuthClient.h"

#include <QJsonObject>

namespace Keyward::OAuth {

/// OpenID Connect ID token validation (OIDC Core §3.1.3.7): the JWS signature against the provider's JWKS
/// (RS256, PS256, ES256 with OpenSSL; "none" and HMAC algorithms refused), then `iss`, `aud` (and `azp` when there
/// are several audiences), `exp` and `iat` with a minute of clock skew, and `nonce` in constant time.
struct IdTokenCheck
{
    QString issuer;
    QString clientId;
    QByteArray nonce;
    qint64 nowSeconds = 0;
    qint64 skewSeconds = 60;
};

/// The claims, or an OAuthFailure (kind Rejected, error "invalid_id_token") whose description says which check
/// failed.
Outcome<QJsonObject> validateIdToken(const QByteArray &compactJwt, const QJsonObject &jwks, const IdTokenCheck &check);

/// Checks only a compact JWS's signature against `jwks` (RS256, PS256, ES256; the key chosen by `kid`) and returns
/// its claims; the caller checks them. For security event tokens (RFC 8417), which are not ID tokens.
Outcome<QJsonObject> verifyJws(const QByteArray &compactJwt, const QJsonObject &jwks);

/// The payload of a compact JWS without checking anything (for display of already validated tokens and tests).
QJsonObject unverifiedClaims(const QByteArray &compactJwt);

} // namespace Keyward::OAuth

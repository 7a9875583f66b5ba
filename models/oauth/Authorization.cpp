#include "Authorization.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace Keyward::OAuth {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

OAuthFailure redirectFailure(const QString &error, const QString &description)
{
    OAuthFailure failure;
    failure.kind
        = error == QLatin1String("access_denied") ? OAuthFailure::Kind::AccessDenied : OAuthFailure::Kind::Rejected;
    failure.error = error;
    failure.description = description.simplified().left(200);
    return failure;
}

} // namespace

QByteArray randomUrlSafe(int bytes)
{
    const SecureBytes random = SecureBytes::random(static_cast<std::size_t>(bytes));
    return base64Url(QByteArray(reinterpret_cast<const char *>(random.data()), static_cast<qsizetype>(random.size())));
}

QByteArray pkceChallenge(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString tokenFingerprint(const SecureBytes &token)
{
    if (token.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray::fromRawData(reinterpret_cast<const char *>(token.data()), static_cast<qsizetype>(token.size())),
        QCryptographicHash::Sha256);
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.toHex().left(12));
}

AuthorizationRequest AuthorizationRequest::create(const ClientConfig &config, const QStringList &scopes,
                                                  const QString &redirectUri)
{
    AuthorizationRequest request;
    request.codeVerifier = randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
    request.state = randomUrlSafe(32);
    request.redirectUri = redirectUri;
    const ProviderEntry &provider = config.provider;
    QUrl url(provider.authorizationUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    if (!scopes.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), scopes.join(provider.scopeSeparator));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(request.state));
    if (provider.pkce) {
        query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkceChallenge(request.codeVerifier)));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    } else {
        request.codeVerifier.clear();
    }
    if (provider.openIdConnect) {
        request.nonce = randomUrlSafe(32);
        query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(request.nonce));
    }
    for (auto it = provider.extraAuthorizeParams.constBegin(); it != provider.extraAuthorizeParams.constEnd(); ++it)
        query.addQueryItem(it.key(), it.value());
    // Values with '+' or '&' must reach the provider intact: encode the query fully.
    QString encoded;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += u'&';
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    request.url = url;
    return request;
}

Outcome<QString> AuthorizationRequest::checkRedirect(const QUrlQuery &query, const ProviderEntry &provider) const
{
    Outcome<QString> outcome;
    const QByteArray returnedState = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    // The state is checked first, also for error answers: an unsolicited redirect must not even report an error.
    if (!constantTimeEquals(returnedState, state)) {
        outcome.failure
            = redirectFailure(QStringLiteral("invalid_state"),
                              QCoreApplication::translate("Keyward::OAuth", "the state does not match this request"));
        return outcome;
    }
    const QString issuer = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (!issuer.isEmpty() || provider.authorizationResponseIss) {
        // RFC 9207 §2.4: compare with the issuer the request was sent to (simple string comparison).
        if (!constantTimeEquals(issuer.toUtf8(), provider.issuer.toUtf8())) {
            outcome.failure = redirectFailure(
                QStringLiteral("invalid_issuer"),
                QCoreApplication::translate("Keyward::OAuth", "the redirect names the issuer \"%1\", expected \"%2\"")
                    .arg(issuer, provider.issuer));
            return outcome;
        }
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        outcome.failure
            = redirectFailure(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                              query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
        return outcome;
    }
    outcome.value = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (outcome.value.isEmpty())
        outcome.failure = redirectFailure(QStringLiteral("invalid_request"),
                                          QCoreApplication::translate("Keyward::OAuth", "the redirect has no code"));
    return outcome;
}

} // namespace Keyward::OAuth

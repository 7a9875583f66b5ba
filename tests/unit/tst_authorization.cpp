#include "oauth/Authorization.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Keyward;
using OAuth::AuthorizationRequest;
using Kind = OAuth::OAuthFailure::Kind;

Q_DECLARE_METATYPE(OAuth::OAuthFailure::Kind)

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:49152/callback");
const QString kIssuer = QStringLiteral("https://idp.example.com");

OAuth::ClientConfig oidcConfig()
{
    OAuth::ClientConfig config;
    config.clientId = QStringLiteral("client 1+2@example");
    config.authMethod = OAuth::TokenAuthMethod::None;
    OAuth::ProviderEntry &p = config.provider;
    p.id = QStringLiteral("test");
    p.name = QStringLiteral("Test IdP");
    p.openIdConnect = true;
    p.issuer = kIssuer;
    p.authorizationUrl = QStringLiteral("https://idp.example.com/oauth2/authorize");
    p.tokenUrl = QStringLiteral("https://idp.example.com/oauth2/token");
    p.extraAuthorizeParams = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                              {QStringLiteral("prompt"), QStringLiteral("consent")}};
    return config;
}

OAuth::ClientConfig plainConfig()
{
    OAuth::ClientConfig config = oidcConfig();
    config.clientId = QStringLiteral("Iv1.0123456789abcdef");
    config.provider.openIdConnect = false;
    config.provider.extraAuthorizeParams.clear();
    config.provider.scopeSeparator = QStringLiteral(",");
    return config;
}

/// The query of the browser's redirect, as the loopback receiver parses it from the request line.
QUrlQuery redirect(const QList<std::pair<QString, QString>> &items)
{
    QByteArray target = "http://127.0.0.1/callback?";
    for (const auto &[name, value] : items) {
        if (!target.endsWith('?'))
            target += '&';
        target += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return QUrlQuery(QUrl::fromEncoded(target));
}

/// The names of the query items in `url`, in order.
QStringList names(const QUrl &url)
{
    QStringList out;
    for (const auto &[name, value] : QUrlQuery(url).queryItems())
        out << name;
    return out;
}

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceRfc7636AppendixB();
    void randomUrlSafe();
    void requestUrlForOidc();
    void requestUrlWithoutOidcOrPkce();
    void scopeWithPlusSurvives();
    void requestsAreFresh();
    void checkRedirect_data();
    void checkRedirect();
    void checkRedirectIgnoresErrorWithWrongState();
    void constantTimeEquals();
    void tokenFingerprint();
};

void TestAuthorization::pkceRfc7636AppendixB()
{
    // RFC 7636 Appendix B: the 32 random octets, their base64url encoding (the verifier), and the S256 challenge.
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79, 250, 96, 125, 216, 173, 187, 186,
                                    22,  212, 37,  77,  105, 214, 191, 240, 91, 88,  5,  88,  83,  132, 141, 121};
    const QByteArray verifier = QByteArray(reinterpret_cast<const char *>(octets), sizeof octets)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(verifier, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(OAuth::pkceChallenge(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    // Unpadded base64url of 32 bytes: 43 characters, no '=', '+' or '/'.
    const QByteArray challenge = OAuth::pkceChallenge(OAuth::randomUrlSafe(32));
    QCOMPARE(challenge.size(), 43);
    QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
}

void TestAuthorization::randomUrlSafe()
{
    const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i) {
        const QByteArray value = OAuth::randomUrlSafe(32);
        QCOMPARE(value.size(), 43);
        QVERIFY(urlSafe.match(QString::fromLatin1(value)).hasMatch());
        seen.insert(value);
    }
    QCOMPARE(seen.size(), 50);
    QCOMPARE(OAuth::randomUrlSafe(48).size(), 64);
}

void TestAuthorization::requestUrlForOidc()
{
    const OAuth::ClientConfig config = oidcConfig();
    const AuthorizationRequest request = AuthorizationRequest::create(
        config, {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")}, kRedirect);
    QVERIFY(request.url.isValid());
    QCOMPARE(request.url.scheme(), QStringLiteral("https"));
    QCOMPARE(request.url.host(), QStringLiteral("idp.example.com"));
    QCOMPARE(request.url.path(), QStringLiteral("/oauth2/authorize"));
    QCOMPARE(request.redirectUri, kRedirect);

    const QUrlQuery query(request.url);
    auto item = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    QCOMPARE(item("response_type"), QStringLiteral("code"));
    QCOMPARE(item("client_id"), config.clientId);
    QCOMPARE(item("redirect_uri"), kRedirect);
    QCOMPARE(item("scope"), QStringLiteral("openid email offline_access"));
    QCOMPARE(item("state"), QString::fromLatin1(request.state));
    QCOMPARE(item("code_challenge"), QString::fromLatin1(OAuth::pkceChallenge(request.codeVerifier)));
    QCOMPARE(item("code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(item("nonce"), QString::fromLatin1(request.nonce));
    QCOMPARE(item("access_type"), QStringLiteral("offline"));
    QCOMPARE(item("prompt"), QStringLiteral("consent"));
    // Each parameter once; the verifier itself never leaves.
    const QStringList sent = names(request.url);
    QCOMPARE(QSet<QString>(sent.begin(), sent.end()).size(), sent.size());
    QVERIFY(!sent.contains(QStringLiteral("code_verifier")));
    QVERIFY(!request.url.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(request.codeVerifier)));

    // RFC 7636 §4.1: 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    QVERIFY(request.codeVerifier.size() >= 43 && request.codeVerifier.size() <= 128);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$"))
                .match(QString::fromLatin1(request.codeVerifier))
                .hasMatch());
    QVERIFY(request.state.size() >= 32);
    QVERIFY(request.nonce.size() >= 32);
    QVERIFY(request.state != request.nonce);

    // Reserved characters in values are percent-encoded on the wire.
    const QString wire = request.url.toString(QUrl::FullyEncoded);
    QVERIFY2(wire.contains(QStringLiteral("redirect_uri=http%3A%2F%2F127.0.0.1%3A49152%2Fcallback")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("client_id=client%201%2B2%40example")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("scope=openid%20email%20offline_access")), qPrintable(wire));
}

void TestAuthorization::requestUrlWithoutOidcOrPkce()
{
    OAuth::ClientConfig config = plainConfig();
    const AuthorizationRequest request
        = AuthorizationRequest::create(config, {QStringLiteral("repo"), QStringLiteral("read:org")}, kRedirect);
    const QUrlQuery query(request.url);
    QVERIFY(request.nonce.isEmpty());
    QVERIFY(!query.hasQueryItem(QStringLiteral("nonce")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("access_type")));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("repo,read:org"));
    QVERIFY(query.hasQueryItem(QStringLiteral("code_challenge")));

    config.provider.pkce = false;
    const AuthorizationRequest noPkce = AuthorizationRequest::create(config, {}, kRedirect);
    const QUrlQuery bare(noPkce.url);
    QVERIFY(noPkce.codeVerifier.isEmpty());
    QVERIFY(!bare.hasQueryItem(QStringLiteral("code_challenge")));
    QVERIFY(!bare.hasQueryItem(QStringLiteral("code_challenge_method")));
    QVERIFY(!bare.hasQueryItem(QStringLiteral("scope"))); // no scopes: no empty scope parameter
    QCOMPARE(bare.queryItemValue(QStringLiteral("state")), QString::fromLatin1(noPkce.state));

    // An authorization URL with its own query keeps it (Entra ID policies, Salesforce communities).
    config.provider.authorizationUrl = QStringLiteral("https://idp.example.com/authorize?p=B2C_1_signin");
    const AuthorizationRequest withQuery = AuthorizationRequest::create(config, {QStringLiteral("a")}, kRedirect);
    const QUrlQuery kept(withQuery.url);
    QCOMPARE(kept.queryItemValue(QStringLiteral("p")), QStringLiteral("B2C_1_signin"));
    QCOMPARE(kept.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
}

void TestAuthorization::scopeWithPlusSurvives()
{
    const AuthorizationRequest request = AuthorizationRequest::create(
        oidcConfig(), {QStringLiteral("openid"), QStringLiteral("files.read+write"), QStringLiteral("a&b=c")},
        kRedirect);
    const QString wire = request.url.toString(QUrl::FullyEncoded);
    // '+' would read as a space at the provider: it must travel as %2B, and '&' / '=' must not split the query.
    QVERIFY2(wire.contains(QStringLiteral("files.read%2Bwrite")), qPrintable(wire));
    QVERIFY2(!wire.contains(QStringLiteral("read+write")), qPrintable(wire));
    QVERIFY2(wire.contains(QStringLiteral("a%26b%3Dc")), qPrintable(wire));
    QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
             QStringLiteral("openid files.read+write a&b=c"));
    // What a server splitting on '&' and decoding application/x-www-form-urlencoded sees.
    QString scope;
    for (const QString &pair : request.url.query(QUrl::FullyEncoded).split(u'&')) {
        if (pair.startsWith(QStringLiteral("scope=")))
            scope = QUrl::fromPercentEncoding(pair.mid(6).replace(u'+', u' ').toLatin1());
    }
    QCOMPARE(scope, QStringLiteral("openid files.read+write a&b=c"));
}

void TestAuthorization::requestsAreFresh()
{
    const AuthorizationRequest a = AuthorizationRequest::create(oidcConfig(), {QStringLiteral("openid")}, kRedirect);
    const AuthorizationRequest b = AuthorizationRequest::create(oidcConfig(), {QStringLiteral("openid")}, kRedirect);
    QVERIFY(a.state != b.state);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.codeVerifier != b.codeVerifier);
    QVERIFY(a.url != b.url);
}

void TestAuthorization::checkRedirect_data()
{
    QTest::addColumn<QList<std::pair<QString, QString>>>("items"); // "STATE" stands for the request's state
    QTest::addColumn<bool>("issRequired");
    QTest::addColumn<QString>("code"); // empty: a failure is expected
    QTest::addColumn<QString>("error");
    QTest::addColumn<Kind>("kind");
    using Items = QList<std::pair<QString, QString>>;
    const QString state = QStringLiteral("STATE");
    const QString code = QStringLiteral("4/0AX4XfWh+code/with=specials");

    QTest::newRow("good") << Items {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}} << false << code
                          << QString() << Kind::None;
    QTest::newRow("good, extra items") << Items {{QStringLiteral("state"), state},
                                                 {QStringLiteral("code"), code},
                                                 {QStringLiteral("scope"), QStringLiteral("openid")},
                                                 {QStringLiteral("authuser"), QStringLiteral("0")}}
                                       << false << code << QString() << Kind::None;
    QTest::newRow("wrong state") << Items {{QStringLiteral("code"), code},
                                           {QStringLiteral("state"), QStringLiteral("x")}}
                                 << false << QString() << QStringLiteral("invalid_state") << Kind::Rejected;
    QTest::newRow("state one char off") << Items {{QStringLiteral("code"), code},
                                                  {QStringLiteral("state"), QStringLiteral("STATEx")}}
                                        << false << QString() << QStringLiteral("invalid_state") << Kind::Rejected;
    QTest::newRow("missing state") << Items {{QStringLiteral("code"), code}} << false << QString()
                                   << QStringLiteral("invalid_state") << Kind::Rejected;
    QTest::newRow("empty state") << Items {{QStringLiteral("code"), code}, {QStringLiteral("state"), QString()}}
                                 << false << QString() << QStringLiteral("invalid_state") << Kind::Rejected;
    QTest::newRow("access_denied") << Items {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                             {QStringLiteral("error_description"), QStringLiteral("The user said no")},
                                             {QStringLiteral("state"), state}}
                                   << false << QString() << QStringLiteral("access_denied") << Kind::AccessDenied;
    QTest::newRow("other error") << Items {{QStringLiteral("error"), QStringLiteral("invalid_scope")},
                                           {QStringLiteral("state"), state}}
                                 << false << QString() << QStringLiteral("invalid_scope") << Kind::Rejected;
    QTest::newRow("error with code") << Items {{QStringLiteral("error"), QStringLiteral("server_error")},
                                               {QStringLiteral("code"), code},
                                               {QStringLiteral("state"), state}}
                                     << false << QString() << QStringLiteral("server_error") << Kind::Rejected;
    QTest::newRow("iss mismatch") << Items {{QStringLiteral("code"), code},
                                            {QStringLiteral("state"), state},
                                            {QStringLiteral("iss"), QStringLiteral("https://evil.example.com")}}
                                  << false << QString() << QStringLiteral("invalid_issuer") << Kind::Rejected;
    QTest::newRow("iss trailing slash") << Items {{QStringLiteral("code"), code},
                                                  {QStringLiteral("state"), state},
                                                  {QStringLiteral("iss"), kIssuer + u'/'}}
                                        << true << QString() << QStringLiteral("invalid_issuer") << Kind::Rejected;
    QTest::newRow("iss missing but required")
        << Items {{QStringLiteral("code"), code}, {QStringLiteral("state"), state}} << true << QString()
        << QStringLiteral("invalid_issuer") << Kind::Rejected;
    QTest::newRow("iss mismatch on error") << Items {{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                     {QStringLiteral("state"), state},
                                                     {QStringLiteral("iss"), QStringLiteral("https://mixup.example")}}
                                           << false << QString() << QStringLiteral("invalid_issuer") << Kind::Rejected;
    QTest::newRow("iss right, required") << Items {{QStringLiteral("code"), code},
                                                   {QStringLiteral("state"), state},
                                                   {QStringLiteral("iss"), kIssuer}}
                                         << true << code << QString() << Kind::None;
    QTest::newRow("iss right, optional") << Items {{QStringLiteral("code"), code},
                                                   {QStringLiteral("state"), state},
                                                   {QStringLiteral("iss"), kIssuer}}
                                         << false << code << QString() << Kind::None;
    QTest::newRow("no code") << Items {{QStringLiteral("state"), state}} << false << QString()
                             << QStringLiteral("invalid_request") << Kind::Rejected;
    QTest::newRow("empty code") << Items {{QStringLiteral("state"), state}, {QStringLiteral("code"), QString()}}
                                << false << QString() << QStringLiteral("invalid_request") << Kind::Rejected;
}

void TestAuthorization::checkRedirect()
{
    using Items = QList<std::pair<QString, QString>>;
    QFETCH(Items, items);
    QFETCH(bool, issRequired);
    QFETCH(QString, code);
    QFETCH(QString, error);
    QFETCH(Kind, kind);
    OAuth::ClientConfig config = oidcConfig();
    config.provider.authorizationResponseIss = issRequired;
    const AuthorizationRequest request = AuthorizationRequest::create(config, {QStringLiteral("openid")}, kRedirect);
    for (auto &[name, value] : items) {
        if (value == QLatin1String("STATE"))
            value = QString::fromLatin1(request.state);
        else if (value == QLatin1String("STATEx"))
            value = QString::fromLatin1(request.state) + u'x';
    }
    const auto outcome = request.checkRedirect(redirect(items), config.provider);
    QCOMPARE(outcome.failure.kind, kind);
    if (code.isEmpty()) {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure.error, error);
        QVERIFY(!outcome.failure.sentence(config.provider.name).isEmpty());
        QVERIFY(!outcome.failure.transient());
    } else {
        QVERIFY2(outcome.ok(), qPrintable(QString(outcome.failure.error + u' ' + outcome.failure.description)));
        QCOMPARE(outcome.value, code);
    }
}

void TestAuthorization::checkRedirectIgnoresErrorWithWrongState()
{
    // An unsolicited redirect does not get to report "access denied" or any other provider error.
    const OAuth::ClientConfig config = oidcConfig();
    const AuthorizationRequest request = AuthorizationRequest::create(config, {}, kRedirect);
    const auto outcome = request.checkRedirect(redirect({{QStringLiteral("error"), QStringLiteral("access_denied")},
                                                         {QStringLiteral("state"), QStringLiteral("forged")}}),
                                               config.provider);
    QCOMPARE(outcome.failure.error, QStringLiteral("invalid_state"));
    // A long description is cut to 200 characters.
    const auto described
        = request.checkRedirect(redirect({{QStringLiteral("error"), QStringLiteral("access_denied")},
                                          {QStringLiteral("error_description"), QString(500, u'd')},
                                          {QStringLiteral("state"), QString::fromLatin1(request.state)}}),
                                config.provider);
    QCOMPARE(described.failure.kind, Kind::AccessDenied);
    QVERIFY(described.failure.description.size() <= 200);
}

void TestAuthorization::constantTimeEquals()
{
    QVERIFY(OAuth::constantTimeEquals(QByteArray(), QByteArray()));
    QVERIFY(OAuth::constantTimeEquals("abc", "abc"));
    QVERIFY(!OAuth::constantTimeEquals("abc", "abd"));
    QVERIFY(!OAuth::constantTimeEquals("abc", "Abc"));
    QVERIFY(!OAuth::constantTimeEquals("abc", "abcd"));
    QVERIFY(!OAuth::constantTimeEquals("abcd", "abc"));
    QVERIFY(!OAuth::constantTimeEquals("", "a"));
    QVERIFY(OAuth::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0b", 3)));
    QVERIFY(!OAuth::constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
    const QByteArray big(4096, 'x');
    QByteArray changed = big;
    changed[4095] = 'y';
    QVERIFY(OAuth::constantTimeEquals(big, QByteArray(4096, 'x')));
    QVERIFY(!OAuth::constantTimeEquals(big, changed));
}

void TestAuthorization::tokenFingerprint()
{
    auto bytes = [](const QByteArray &text) {
        return SecureBytes(reinterpret_cast<const unsigned char *>(text.constData()),
                           static_cast<std::size_t>(text.size()));
    };
    const QString fingerprint = OAuth::tokenFingerprint(bytes("ya29.secret-access-token"));
    QVERIFY2(QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{12}$")).match(fingerprint).hasMatch(),
             qPrintable(fingerprint));
    QCOMPARE(OAuth::tokenFingerprint(bytes("ya29.secret-access-token")), fingerprint);
    QVERIFY(OAuth::tokenFingerprint(bytes("ya29.secret-access-tokeN")) != fingerprint);
    QVERIFY(!fingerprint.contains(QStringLiteral("secret")));
    // SHA-256("abc") = ba7816bf8f01...
    QCOMPARE(OAuth::tokenFingerprint(bytes("abc")), QStringLiteral("sha256:ba7816bf8f01"));
    QVERIFY(OAuth::tokenFingerprint(SecureBytes()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"

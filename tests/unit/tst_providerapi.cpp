// Request and answer shapes of the providers' own revocation and token-information APIs (ProviderApiClient), the
// code exchange's extra parameters and the UserInfo call, against a local fake server: GitHub, Slack, HubSpot,
// Zoom, Stripe, Shopify and Google cannot be reached from a test. The RFC 7009 / 7662 paths of the same calls run
// against the real oidc-provider in tst_oauth.
#include "oauth/OAuthClient.h"
#include "oauth/ProviderApi.h"
#include "support/FakeHttpServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Keyward;
using namespace Keyward::OAuth;
using Keyward::Test::FakeHttpServer;
using Kind = OAuthFailure::Kind;

namespace {

SecureBytes secureText(const char *text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

GrantTokens grant(const QString &subject = QStringLiteral("acct_1"))
{
    return {secureText("access-abc"), secureText("refresh-xyz"), subject};
}

QByteArray basicOf(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

QUrlQuery formOf(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(body));
}

/// Waits for an asynchronous OAuthClient answer.
template<typename T> Outcome<T> await(const std::function<void(OAuthClient::Done<T>)> &call)
{
    std::optional<Outcome<T>> result;
    call([&result](const Outcome<T> &outcome) { result = outcome; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
        qFatal("no answer within 10 s");
    return *result;
}

bool mentionsSecret(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson();
    return json.contains("access-abc") || json.contains("refresh-xyz") || json.contains("gho_");
}

} // namespace

class TestProviderApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void githubRevokeDeletesTheGrant();
    void githubRevokeNeedsConfirmation_data();
    void githubRevokeNeedsConfirmation();
    void githubIntrospect();
    void hubspotRevokeAndIntrospect();
    void slackRevoke_data();
    void slackRevoke();
    void slackIntrospect();
    void zoomRevoke();
    void stripeDeauthorizesTheAccount();
    void shopifyRevokeAndIntrospect();
    void googleTokenInfo();
    void rfcProvidersStillUseRfc7009();
    void unsupportedSaysSo();
    void codeExchangeCarriesExtraParams();
    void userInfoDropsSecrets();

private:
    ClientConfig configFor(ProviderApi api, const QString &revokePath, const QString &introspectPath);
    HttpClient *m_http = nullptr;
    std::unique_ptr<OAuthClient> m_oauth;
    FakeHttpServer *m_server = nullptr;
};

void TestProviderApi::initTestCase()
{
    m_http = new HttpClient(this);
    m_oauth = std::make_unique<OAuthClient>(*m_http);
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listen());
}

void TestProviderApi::init()
{
    m_server->clear();
    m_server->answer(200, "{}");
}

ClientConfig TestProviderApi::configFor(ProviderApi api, const QString &revokePath, const QString &introspectPath)
{
    ClientConfig config;
    config.clientId = QStringLiteral("client-1");
    config.clientSecret = secureText("s3cret");
    config.authMethod = TokenAuthMethod::ClientSecretPost;
    config.provider.name = QStringLiteral("Provider");
    config.provider.providerApi = api;
    if (!revokePath.isEmpty()) {
        config.provider.revocation = EndpointSupport::ProviderApi;
        config.provider.revocationUrl = m_server->baseUrl() + revokePath;
    }
    if (!introspectPath.isEmpty()) {
        config.provider.introspection = EndpointSupport::ProviderApi;
        config.provider.introspectionUrl = m_server->baseUrl() + introspectPath;
    }
    return config;
}

void TestProviderApi::githubRevokeDeletesTheGrant()
{
    const ClientConfig config
        = configFor(ProviderApi::GitHub, QStringLiteral("/applications"), QStringLiteral("/applications"));
    m_server->answer(204);
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.failure.name()));
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.target, QByteArray("/applications/client-1/grant"));
    QCOMPARE(request.headers.value("authorization"), basicOf("client-1", "s3cret"));
    QCOMPARE(request.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object().value(QLatin1String("access_token")).toString(),
             QStringLiteral("access-abc"));
}

void TestProviderApi::githubRevokeNeedsConfirmation_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<Kind>("kind");
    // 404: unknown token or not this app's. Not confirmed: the user must decide (--local-only).
    QTest::newRow("404") << 404 << QByteArray() << Kind::Rejected;
    QTest::newRow("401 bad app credentials") << 401 << QByteArray() << Kind::InvalidClient;
    QTest::newRow("422") << 422 << QByteArray() << Kind::Rejected;
    QTest::newRow("503 retry-after") << 503 << QByteArray("120") << Kind::Unavailable;
    QTest::newRow("200 is not 204") << 200 << QByteArray() << Kind::Malformed;
}

void TestProviderApi::githubRevokeNeedsConfirmation()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(Kind, kind);
    const ClientConfig config = configFor(ProviderApi::GitHub, QStringLiteral("/applications"), {});
    QHash<QByteArray, QByteArray> headers;
    if (!retryAfter.isEmpty())
        headers.insert("Retry-After", retryAfter);
    m_server->answer(status, R"({"message": "Not Found"})", headers);
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, kind);
    if (!retryAfter.isEmpty())
        QCOMPARE(outcome.failure.retryAfterMs, 120'000);
    QVERIFY(!outcome.failure.sentence(QStringLiteral("GitHub")).isEmpty());
}

void TestProviderApi::githubIntrospect()
{
    const ClientConfig config = configFor(ProviderApi::GitHub, {}, QStringLiteral("/applications"));
    m_server->answer(200, R"({"id": 1, "token": "gho_secretvalue", "hashed_token": "abc",
        "token_last_eight": "alue1234", "expires_at": "2030-01-02T03:04:05Z", "scopes": ["repo", "read:user"],
        "user": {"login": "octocat", "id": 583231}, "app": {"client_id": "client-1"}})");
    auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.failure.name()));
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/applications/client-1/token"));
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("583231"));
    QCOMPARE(outcome.value.value(QLatin1String("username")).toString(), QStringLiteral("octocat"));
    QCOMPARE(outcome.value.value(QLatin1String("scope")).toString(), QStringLiteral("repo read:user"));
    QCOMPARE(outcome.value.value(QLatin1String("exp")).toInteger(),
             QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(!mentionsSecret(outcome.value));
    QVERIFY(!QJsonDocument(outcome.value).toJson().contains("alue1234"));

    m_server->answer(404, R"({"message": "Not Found"})");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(true), false);
}

void TestProviderApi::hubspotRevokeAndIntrospect()
{
    const ClientConfig config = configFor(ProviderApi::HubSpot, QStringLiteral("/oauth/v3/token/revoke"),
                                          QStringLiteral("/oauth/v3/token/introspect"));
    const auto revoked = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(revoked.ok());
    QCOMPARE(m_server->requests().size(), 1);
    QUrlQuery form = formOf(m_server->requests().first().body);
    QCOMPARE(m_server->requests().first().target, QByteArray("/oauth/v3/token/revoke"));
    QCOMPARE(form.queryItemValue(QStringLiteral("token")), QStringLiteral("refresh-xyz"));
    QCOMPARE(form.queryItemValue(QStringLiteral("token_type_hint")), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("s3cret"));

    m_server->answer(200, R"({"active": true, "token": "access-abc", "expires_in": 1800, "scopes": ["oauth", "crm"],
        "user_id": 77, "user": "ops@example.com", "hub_id": 42, "client_id": "client-1"})");
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    form = formOf(m_server->requests().last().body);
    QCOMPARE(form.queryItemValue(QStringLiteral("token")), QStringLiteral("access-abc"));
    QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("77"));
    QCOMPARE(outcome.value.value(QLatin1String("username")).toString(), QStringLiteral("ops@example.com"));
    QCOMPARE(outcome.value.value(QLatin1String("scope")).toString(), QStringLiteral("oauth crm"));
    const qint64 exp = outcome.value.value(QLatin1String("exp")).toInteger();
    QVERIFY2(exp >= before + 1800 && exp <= QDateTime::currentSecsSinceEpoch() + 1800,
             qPrintable(QString::number(exp)));
    QVERIFY(!mentionsSecret(outcome.value));

    m_server->answer(400, R"({"category": "VALIDATION_ERROR", "message": "Token is invalid"})");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(true), false);
}

void TestProviderApi::slackRevoke_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<QString>("error");
    QTest::newRow("revoked") << QByteArray(R"({"ok": true, "revoked": true})") << true << QString();
    QTest::newRow("already revoked") << QByteArray(R"({"ok": false, "error": "token_revoked"})") << true << QString();
    QTest::newRow("invalid auth") << QByteArray(R"({"ok": false, "error": "invalid_auth"})") << true << QString();
    QTest::newRow("other error") << QByteArray(R"({"ok": false, "error": "missing_scope"})") << false
                                 << QStringLiteral("missing_scope");
    QTest::newRow("garbage") << QByteArray("<html>") << false << QStringLiteral("malformed_response");
}

void TestProviderApi::slackRevoke()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, confirmed);
    QFETCH(QString, error);
    const ClientConfig config = configFor(ProviderApi::Slack, QStringLiteral("/api/auth.revoke"), {});
    m_server->answer(200, answer);
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QCOMPARE(outcome.ok(), confirmed);
    if (!confirmed)
        QCOMPARE(outcome.failure.name(), error);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/api/auth.revoke"));
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer access-abc"));
    QVERIFY(!request.body.contains("access-abc"));
}

void TestProviderApi::slackIntrospect()
{
    const ClientConfig config = configFor(ProviderApi::Slack, {}, QStringLiteral("/api/auth.test"));
    m_server->answer(200, R"({"ok": true, "url": "https://acme.slack.com/", "team": "Acme", "user": "bob",
        "team_id": "T123", "user_id": "U456"})");
    auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("U456"));
    QVERIFY(!outcome.value.contains(QLatin1String("exp"))); // Slack says nothing of the expiry here

    m_server->answer(200, R"({"ok": false, "error": "token_expired"})");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(true), false);

    m_server->answer(200, R"({"ok": false, "error": "ratelimited"})");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, Kind::RateLimited);
}

void TestProviderApi::zoomRevoke()
{
    const ClientConfig config = configFor(ProviderApi::Zoom, QStringLiteral("/oauth/revoke"), {});
    m_server->answer(200, R"({"status": "success"})");
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url().path(), QStringLiteral("/oauth/revoke"));
    QCOMPARE(QUrlQuery(request.url()).queryItemValue(QStringLiteral("token")), QStringLiteral("access-abc"));
    QCOMPARE(request.headers.value("authorization"), basicOf("client-1", "s3cret"));

    m_server->answer(400, R"({"reason": "Invalid Token!", "error": "invalid_request"})");
    const auto refused = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure.error, QStringLiteral("invalid_request"));
}

void TestProviderApi::stripeDeauthorizesTheAccount()
{
    const ClientConfig config = configFor(ProviderApi::Stripe, QStringLiteral("/oauth/deauthorize"), {});
    m_server->answer(200, R"({"stripe_user_id": "acct_1"})");
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    const auto &request = m_server->requests().first();
    const QUrlQuery form = formOf(request.body);
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("stripe_user_id")), QStringLiteral("acct_1"));
    QCOMPARE(request.headers.value("authorization"), basicOf("s3cret", ""));
    QVERIFY(!request.body.contains("access-abc"));

    // Without the account id there is nothing to name: refused before any request.
    m_server->clear();
    const auto refused = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(QString()), done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure.kind, Kind::Unsupported);
    QVERIFY(m_server->requests().isEmpty());
}

void TestProviderApi::shopifyRevokeAndIntrospect()
{
    const ClientConfig config = configFor(ProviderApi::Shopify, QStringLiteral("/admin/api_permissions/current.json"),
                                          QStringLiteral("/admin/oauth/access_scopes.json"));
    auto revoked = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(revoked.ok());
    QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
    QCOMPARE(m_server->requests().first().headers.value("x-shopify-access-token"), QByteArray("access-abc"));

    m_server->answer(401, R"({"errors": "[API] Invalid API key or access token"})");
    revoked = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY2(revoked.ok(), "a token Shopify no longer accepts is as good as revoked");
    m_server->answer(500, "{}");
    revoked = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.failure.kind, Kind::ServerError);

    m_server->answer(200, R"({"access_scopes": [{"handle": "read_products"}, {"handle": "write_orders"}]})");
    auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(m_server->requests().last().method, QByteArray("GET"));
    QCOMPARE(outcome.value.value(QLatin1String("scope")).toString(), QStringLiteral("read_products write_orders"));
    m_server->answer(401, "{}");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(true), false);
}

void TestProviderApi::googleTokenInfo()
{
    ClientConfig config = configFor(ProviderApi::Google, {}, QStringLiteral("/tokeninfo"));
    m_server->answer(200, R"({"azp": "client-1", "aud": "client-1", "sub": "1098", "scope": "openid email",
        "exp": "1900000000", "expires_in": "3599", "email": "a@example.com", "access_type": "offline"})");
    auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    const auto &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(QUrlQuery(request.url()).queryItemValue(QStringLiteral("access_token")), QStringLiteral("access-abc"));
    QCOMPARE(outcome.value.value(QLatin1String("exp")).toInteger(), 1900000000);
    QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("1098"));
    QCOMPARE(outcome.value.value(QLatin1String("client_id")).toString(), QStringLiteral("client-1"));
    m_server->answer(400, R"({"error": "invalid_token", "error_description": "Invalid Value"})");
    outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.value(QLatin1String("active")).toBool(true), false);
}

void TestProviderApi::rfcProvidersStillUseRfc7009()
{
    ClientConfig config = configFor(ProviderApi::None, {}, {});
    config.provider.revocation = EndpointSupport::Standard;
    config.provider.revocationUrl = m_server->baseUrl() + QStringLiteral("/revoke");
    const auto outcome = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(outcome.ok());
    // RFC 7009 §2.1: the refresh token first (it ends the grant), then the access token.
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(formOf(m_server->requests().at(0).body).queryItemValue(QStringLiteral("token")),
             QStringLiteral("refresh-xyz"));
    QCOMPARE(formOf(m_server->requests().at(1).body).queryItemValue(QStringLiteral("token_type_hint")),
             QStringLiteral("access_token"));

    // A failure on the first stops there.
    m_server->clear();
    m_server->answer(503, "{}");
    const auto failed = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QVERIFY(!failed.ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestProviderApi::unsupportedSaysSo()
{
    ClientConfig config = configFor(ProviderApi::Zoom, QStringLiteral("/oauth/revoke"), {});
    config.provider.introspection = EndpointSupport::ProviderApi; // Zoom has no token information API
    config.provider.introspectionUrl = m_server->baseUrl();
    const auto outcome = await<QJsonObject>([&](auto done) { m_oauth->introspectGrant(config, grant(), done); });
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, Kind::Unsupported);
    QVERIFY(m_server->requests().isEmpty());
    config.provider.revocation = EndpointSupport::None;
    const auto revoked = await<bool>([&](auto done) { m_oauth->revokeGrant(config, grant(), done); });
    QCOMPARE(revoked.failure.kind, Kind::Unsupported);
}

void TestProviderApi::codeExchangeCarriesExtraParams()
{
    ClientConfig config = configFor(ProviderApi::None, {}, {});
    config.provider.tokenUrl = m_server->baseUrl() + QStringLiteral("/token");
    config.provider.extraCodeExchangeParams.insert(QStringLiteral("expiring"), QStringLiteral("1"));
    m_server->answer(200, R"({"access_token": "a", "expires_in": 3600, "refresh_token": "r"})");
    const auto outcome = await<TokenResponse>([&](auto done) {
        m_oauth->exchangeCode(config, QStringLiteral("the-code"), "verifier", QStringLiteral("http://127.0.0.1/cb"),
                              done);
    });
    QVERIFY(outcome.ok());
    const QUrlQuery form = formOf(m_server->requests().first().body);
    QCOMPARE(form.queryItemValue(QStringLiteral("expiring")), QStringLiteral("1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("code")), QStringLiteral("the-code"));
    // Refreshes do not carry them.
    m_server->clear();
    static_cast<void>(
        await<TokenResponse>([&](auto done) { m_oauth->refresh(config, secureText("refresh-xyz"), done); }));
    QVERIFY(!formOf(m_server->requests().first().body).hasQueryItem(QStringLiteral("expiring")));
}

void TestProviderApi::userInfoDropsSecrets()
{
    ClientConfig config = configFor(ProviderApi::None, {}, {});
    config.provider.userinfoUrl = m_server->baseUrl() + QStringLiteral("/user");
    m_server->answer(200, R"({"login": "octocat", "id": 583231, "email": null, "token_hint": "x",
        "nested": {"client_secret": "no"}})");
    const auto outcome
        = await<QJsonObject>([&](auto done) { m_oauth->userInfo(config, secureText("access-abc"), done); });
    QVERIFY(outcome.ok());
    QCOMPARE(m_server->requests().first().headers.value("authorization"), QByteArray("Bearer access-abc"));
    QCOMPARE(outcome.value.value(QLatin1String("login")).toString(), QStringLiteral("octocat"));
    QVERIFY(!outcome.value.contains(QLatin1String("token_hint")));
    QVERIFY(!outcome.value.value(QLatin1String("nested")).toObject().contains(QLatin1String("client_secret")));
    m_server->answer(401, R"({"message": "Bad credentials"})");
    const auto refused
        = await<QJsonObject>([&](auto done) { m_oauth->userInfo(config, secureText("access-abc"), done); });
    QVERIFY(!refused.ok());
}

QTEST_GUILESS_MAIN(TestProviderApi)
#include "tst_providerapi.moc"

#include "oauth/HttpClient.h"
#include "oauth/OAuthClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <limits>

using namespace Keyward;
using OAuth::HttpResponse;
using OAuth::OAuthClient;
using OAuth::OAuthFailure;
using Kind = OAuth::OAuthFailure::Kind;

Q_DECLARE_METATYPE(OAuth::OAuthFailure::Kind)
Q_DECLARE_METATYPE(OAuth::HttpResponse)

namespace {

/// 2024-03-01T12:00:00Z, the fake "now" of every classification.
const qint64 kNow = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

HttpResponse answer(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = "application/json";
    response.retryAfter = retryAfter;
    return response;
}

HttpResponse transportFailure(HttpResponse::Failure failure, const QString &text)
{
    HttpResponse response;
    response.failure = failure;
    response.errorText = text;
    return response;
}

QByteArray textOf(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

const QList<Kind> kAllKinds {Kind::InvalidGrant,
                             Kind::InvalidClient,
                             Kind::RateLimited,
                             Kind::Unavailable,
                             Kind::ServerError,
                             Kind::Network,
                             Kind::Timeout,
                             Kind::Tls,
                             Kind::Malformed,
                             Kind::Rejected,
                             Kind::AuthorizationPending,
                             Kind::SlowDown,
                             Kind::AccessDenied,
                             Kind::ExpiredToken,
                             Kind::Unsupported};

} // namespace

class TestOAuthClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseGoodAnswer();
    void parseMinimalAnswer();
    void parseMissingAccessToken_data();
    void parseMissingAccessToken();
    void parseExpiresIn_data();
    void parseExpiresIn();
    void parseSlackStyleError_data();
    void parseSlackStyleError();
    void parseErrorStatus();
    void extraDropsSecretsAtAnyDepth();
    void classify_data();
    void classify();
    void transientPerKind_data();
    void transientPerKind();
    void namesAndSentences();
    void sentenceCutsLongDescriptions();
    void formEncode_data();
    void formEncode();
    void retryAfter_data();
    void retryAfter();
};

void TestOAuthClient::parseGoodAnswer()
{
    const QByteArray body = R"({"access_token":"ya29.AT-1","refresh_token":"1//RT-1","id_token":"h.p.s",)"
                            R"("token_type":"Bearer","expires_in":3599,"scope":"openid email"})";
    const auto outcome = OAuthClient::parseTokenResponse(answer(200, body));
    QVERIFY(outcome.ok());
    QCOMPARE(textOf(outcome.value.accessToken), QByteArray("ya29.AT-1"));
    QCOMPARE(textOf(outcome.value.refreshToken), QByteArray("1//RT-1"));
    QCOMPARE(outcome.value.idToken, QByteArray("h.p.s"));
    QCOMPARE(outcome.value.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(outcome.value.expiresInSeconds, 3599);
    QCOMPARE(outcome.value.scope, QStringLiteral("openid email"));
    const QByteArray extra = QJsonDocument(outcome.value.extra).toJson(QJsonDocument::Compact);
    QVERIFY2(!extra.contains("AT-1") && !extra.contains("RT-1") && !extra.contains("h.p.s"), extra.constData());
    QCOMPARE(outcome.value.extra.value(QLatin1String("scope")).toString(), QStringLiteral("openid email"));
}

void TestOAuthClient::parseMinimalAnswer()
{
    // No refresh token, no token type, no expiry: defaults, and an empty refresh token (keep the stored one).
    const auto outcome = OAuthClient::parseTokenResponse(answer(200, R"({"access_token":"gho_x"})"));
    QVERIFY(outcome.ok());
    QCOMPARE(textOf(outcome.value.accessToken), QByteArray("gho_x"));
    QVERIFY(outcome.value.refreshToken.isEmpty());
    QVERIFY(outcome.value.idToken.isEmpty());
    QCOMPARE(outcome.value.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(outcome.value.expiresInSeconds, -1);
    QVERIFY(outcome.value.scope.isEmpty());
    // 201 is a success too.
    QVERIFY(OAuthClient::parseTokenResponse(answer(201, R"({"access_token":"gho_x"})")).ok());
}

void TestOAuthClient::parseMissingAccessToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no access_token") << QByteArray(R"({"token_type":"Bearer","expires_in":3600})");
    QTest::newRow("empty access_token") << QByteArray(R"({"access_token":""})");
    QTest::newRow("numeric access_token") << QByteArray(R"({"access_token":12345})");
    QTest::newRow("null access_token") << QByteArray(R"({"access_token":null})");
    QTest::newRow("array") << QByteArray(R"([{"access_token":"x"}])");
    QTest::newRow("html") << QByteArray("<html><body>Sign in</body></html>");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("truncated json") << QByteArray(R"({"access_token":"x")");
    QTest::newRow("form encoded") << QByteArray("access_token=x&token_type=bearer");
}

void TestOAuthClient::parseMissingAccessToken()
{
    QFETCH(QByteArray, body);
    const auto outcome = OAuthClient::parseTokenResponse(answer(200, body));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, Kind::Malformed);
    QCOMPARE(outcome.failure.httpStatus, 200);
    QVERIFY(outcome.value.accessToken.isEmpty());
    QVERIFY(outcome.failure.transient());
}

void TestOAuthClient::parseExpiresIn_data()
{
    QTest::addColumn<QByteArray>("expires");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("number") << QByteArray("3600") << qint64(3600);
    QTest::newRow("string") << QByteArray("\"3600\"") << qint64(3600);
    QTest::newRow("fraction") << QByteArray("59.9") << qint64(59);
    QTest::newRow("zero") << QByteArray("0") << qint64(-1);
    QTest::newRow("zero string") << QByteArray("\"0\"") << qint64(-1);
    QTest::newRow("garbage string") << QByteArray("\"soon\"") << qint64(-1);
    QTest::newRow("null") << QByteArray("null") << qint64(-1);
    QTest::newRow("large") << QByteArray("315360000") << qint64(315360000);
}

void TestOAuthClient::parseExpiresIn()
{
    QFETCH(QByteArray, expires);
    QFETCH(qint64, seconds);
    const auto outcome
        = OAuthClient::parseTokenResponse(answer(200, R"({"access_token":"a","expires_in":)" + expires + '}'));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value.expiresInSeconds, seconds);
}

void TestOAuthClient::parseSlackStyleError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("error");
    QTest::newRow("invalid_refresh_token") << QByteArray(R"({"ok":false,"error":"invalid_refresh_token"})")
                                           << Kind::InvalidGrant << QStringLiteral("invalid_refresh_token");
    QTest::newRow("token_revoked") << QByteArray(R"({"ok":false,"error":"token_revoked"})") << Kind::InvalidGrant
                                   << QStringLiteral("token_revoked");
    QTest::newRow("invalid_grant in 200")
        << QByteArray(R"({"error":"invalid_grant"})") << Kind::InvalidGrant << QStringLiteral("invalid_grant");
    QTest::newRow("invalid_client_id") << QByteArray(R"({"ok":false,"error":"invalid_client_id"})") << Kind::Rejected
                                       << QStringLiteral("invalid_client_id");
    QTest::newRow("ratelimited") << QByteArray(R"({"ok":false,"error":"ratelimited"})") << Kind::Rejected
                                 << QStringLiteral("ratelimited");
}

void TestOAuthClient::parseSlackStyleError()
{
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, error);
    const auto outcome = OAuthClient::parseTokenResponse(answer(200, body));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, kind);
    QCOMPARE(outcome.failure.error, error);
    QVERIFY(!outcome.failure.sentence(QStringLiteral("Slack")).isEmpty());
    if (kind == Kind::InvalidGrant)
        QVERIFY(!outcome.failure.transient());
}

void TestOAuthClient::parseErrorStatus()
{
    const auto outcome = OAuthClient::parseTokenResponse(
        answer(400, R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, Kind::InvalidGrant);
    QCOMPARE(outcome.failure.httpStatus, 400);
    QCOMPARE(outcome.failure.description, QStringLiteral("Token has been expired or revoked."));
    // Even a body with an access token is not a success under an error status.
    const auto odd = OAuthClient::parseTokenResponse(answer(500, R"({"access_token":"a"})"));
    QVERIFY(!odd.ok());
    QCOMPARE(odd.failure.kind, Kind::ServerError);
    QVERIFY(odd.value.accessToken.isEmpty());
}

void TestOAuthClient::extraDropsSecretsAtAnyDepth()
{
    const QByteArray body = R"({
        "ok": true,
        "access_token": "xoxb-TOP-SECRET-1",
        "refresh_token": "xoxe-TOP-SECRET-2",
        "token_type": "bot",
        "expires_in": 43200,
        "scope": "chat:write",
        "bot_user_id": "U0BOT",
        "app_id": "A0APP",
        "client_secret": "TOP-SECRET-3",
        "team": {"id": "T123", "name": "Acme"},
        "id": "https://login.salesforce.com/id/00D/005",
        "instance_url": "https://acme.my.salesforce.com",
        "signature": "public-signature-value",
        "authed_user": {
            "id": "U123",
            "scope": "search:read",
            "access_token": "xoxp-NESTED-SECRET-4",
            "refresh_token": "xoxe-NESTED-SECRET-5",
            "token_type": "user",
            "profile": {"email": "ada@example.com", "session_token": "DEEP-SECRET-6", "AppSecret": "DEEP-SECRET-7"}
        },
        "incoming_webhooks": [
            {"channel": "#general", "url": "https://hooks.example.com/1", "webhook_token": "ARRAY-SECRET-8"},
            {"channel": "#ops", "nested": [{"Client_Secret": "ARRAY-SECRET-9", "keep": 1}]}
        ],
        "numbers": [1, 2, 3],
        "idTokenHint": "CAMEL-SECRET-10"
    })";
    const auto outcome = OAuthClient::parseTokenResponse(answer(200, body));
    QVERIFY(outcome.ok());
    const QJsonObject extra = outcome.value.extra;
    const QByteArray text = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    QVERIFY2(!text.contains("SECRET"), text.constData());
    QVERIFY2(!text.toLower().contains("token"), text.constData());
    QVERIFY2(!text.toLower().contains("secret"), text.constData());

    // Non-secret fields stay, at every depth.
    QCOMPARE(extra.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(extra.value(QLatin1String("bot_user_id")).toString(), QStringLiteral("U0BOT"));
    QCOMPARE(extra.value(QLatin1String("app_id")).toString(), QStringLiteral("A0APP"));
    QCOMPARE(extra.value(QLatin1String("scope")).toString(), QStringLiteral("chat:write"));
    QCOMPARE(extra.value(QLatin1String("expires_in")).toInt(), 43200);
    QCOMPARE(extra.value(QLatin1String("id")).toString(), QStringLiteral("https://login.salesforce.com/id/00D/005"));
    QCOMPARE(extra.value(QLatin1String("instance_url")).toString(), QStringLiteral("https://acme.my.salesforce.com"));
    QCOMPARE(extra.value(QLatin1String("signature")).toString(), QStringLiteral("public-signature-value"));
    QCOMPARE(extra.value(QLatin1String("team")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Acme"));
    const QJsonObject user = extra.value(QLatin1String("authed_user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toString(), QStringLiteral("U123"));
    QCOMPARE(user.value(QLatin1String("scope")).toString(), QStringLiteral("search:read"));
    QCOMPARE(user.value(QLatin1String("profile")).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("ada@example.com"));
    const QJsonArray hooks = extra.value(QLatin1String("incoming_webhooks")).toArray();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks[0].toObject().value(QLatin1String("channel")).toString(), QStringLiteral("#general"));
    QCOMPARE(hooks[0].toObject().value(QLatin1String("url")).toString(), QStringLiteral("https://hooks.example.com/1"));
    QCOMPARE(hooks[1].toObject().value(QLatin1String("nested")).toArray().at(0).toObject().value(QLatin1String("keep")),
             QJsonValue(1));
    QCOMPARE(extra.value(QLatin1String("numbers")).toArray(), QJsonArray({1, 2, 3}));
}

void TestOAuthClient::classify_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("transient");

    const QByteArray grant = R"({"error":"invalid_grant","error_description":"Bad Request"})";
    QTest::newRow("400 invalid_grant") << answer(400, grant) << Kind::InvalidGrant << QStringLiteral("invalid_grant")
                                       << qint64(-1) << false;
    QTest::newRow("401 invalid_grant") << answer(401, grant) << Kind::InvalidGrant << QStringLiteral("invalid_grant")
                                       << qint64(-1) << false;
    QTest::newRow("401 no body") << answer(401, {}) << Kind::InvalidClient << QStringLiteral("invalid_client")
                                 << qint64(-1) << false;
    QTest::newRow("401 invalid_client") << answer(401, R"({"error":"invalid_client"})") << Kind::InvalidClient
                                        << QStringLiteral("invalid_client") << qint64(-1) << false;
    QTest::newRow("400 invalid_client") << answer(400, R"({"error":"invalid_client"})") << Kind::InvalidClient
                                        << QStringLiteral("invalid_client") << qint64(-1) << false;
    QTest::newRow("429 Retry-After 12") << answer(429, {}, "12") << Kind::RateLimited << QStringLiteral("rate_limited")
                                        << qint64(12000) << true;
    QTest::newRow("429 with json") << answer(429, R"({"error":"slow_down"})", " 3 ") << Kind::RateLimited
                                   << QStringLiteral("rate_limited") << qint64(3000) << true;
    QTest::newRow("429 no Retry-After") << answer(429, {}) << Kind::RateLimited << QStringLiteral("rate_limited")
                                        << qint64(-1) << true;
    QTest::newRow("503 HTTP-date") << answer(503, "<html>down</html>", "Fri, 01 Mar 2024 12:01:30 GMT")
                                   << Kind::Unavailable << QStringLiteral("unavailable") << qint64(90000) << true;
    QTest::newRow("503 seconds") << answer(503, {}, "120") << Kind::Unavailable << QStringLiteral("unavailable")
                                 << qint64(120000) << true;
    QTest::newRow("503 date in the past") << answer(503, {}, "Fri, 01 Mar 2024 11:00:00 GMT") << Kind::Unavailable
                                          << QStringLiteral("unavailable") << qint64(0) << true;
    QTest::newRow("500") << answer(500, "Internal Server Error") << Kind::ServerError << QStringLiteral("server_error")
                         << qint64(-1) << true;
    QTest::newRow("502") << answer(502, "<html>Bad Gateway</html>") << Kind::ServerError
                         << QStringLiteral("server_error") << qint64(-1) << true;
    QTest::newRow("500 invalid_grant") << answer(500, grant) << Kind::ServerError << QStringLiteral("server_error")
                                       << qint64(-1) << true;
    QTest::newRow("400 without json") << answer(400, "<html>Bad Request</html>") << Kind::Malformed
                                      << QStringLiteral("malformed_response") << qint64(-1) << true;
    QTest::newRow("403 empty") << answer(403, {}) << Kind::Malformed << QStringLiteral("malformed_response")
                               << qint64(-1) << true;
    QTest::newRow("400 invalid_scope") << answer(400, R"({"error":"invalid_scope"})") << Kind::Rejected
                                       << QStringLiteral("invalid_scope") << qint64(-1) << false;
    QTest::newRow("400 unauthorized_client") << answer(400, R"({"error":"unauthorized_client"})") << Kind::Rejected
                                             << QStringLiteral("unauthorized_client") << qint64(-1) << false;
    QTest::newRow("network") << transportFailure(HttpResponse::Failure::Network, QStringLiteral("Connection refused"))
                             << Kind::Network << QStringLiteral("network") << qint64(-1) << true;
    QTest::newRow("timeout") << transportFailure(HttpResponse::Failure::Timeout, QStringLiteral("timed out"))
                             << Kind::Timeout << QStringLiteral("timeout") << qint64(-1) << true;
    QTest::newRow("tls") << transportFailure(HttpResponse::Failure::Tls, QStringLiteral("self-signed certificate"))
                         << Kind::Tls << QStringLiteral("tls") << qint64(-1) << false;
    QTest::newRow("too large") << transportFailure(HttpResponse::Failure::TooLarge, QStringLiteral("too large"))
                               << Kind::Malformed << QStringLiteral("malformed_response") << qint64(-1) << true;
    QTest::newRow("authorization_pending")
        << answer(400, R"({"error":"authorization_pending"})") << Kind::AuthorizationPending
        << QStringLiteral("authorization_pending") << qint64(-1) << false;
    QTest::newRow("slow_down") << answer(400, R"({"error":"slow_down"})") << Kind::SlowDown
                               << QStringLiteral("slow_down") << qint64(-1) << false;
    QTest::newRow("access_denied") << answer(400, R"({"error":"access_denied"})") << Kind::AccessDenied
                                   << QStringLiteral("access_denied") << qint64(-1) << false;
    QTest::newRow("expired_token") << answer(400, R"({"error":"expired_token"})") << Kind::ExpiredToken
                                   << QStringLiteral("expired_token") << qint64(-1) << false;
}

void TestOAuthClient::classify()
{
    QFETCH(HttpResponse, response);
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, transient);
    const OAuthFailure failure = OAuthClient::classify(response, kNow);
    QCOMPARE(failure.kind, kind);
    QVERIFY(failure.failed());
    QCOMPARE(failure.name(), name);
    QCOMPARE(failure.retryAfterMs, retryAfterMs);
    QCOMPARE(failure.transient(), transient);
    QCOMPARE(failure.httpStatus, response.status);
    if (response.failure != HttpResponse::Failure::None)
        QCOMPARE(failure.transportDetail, response.errorText);
    const QString sentence = failure.sentence(QStringLiteral("Example IdP"));
    QVERIFY(!sentence.isEmpty());
    QVERIFY2(sentence.contains(QStringLiteral("Example IdP")), qPrintable(sentence));
    // The parse path gives the same classification for error statuses.
    if (response.failure == HttpResponse::Failure::None && response.status >= 400) {
        const auto parsed = OAuthClient::parseTokenResponse(response);
        QCOMPARE(parsed.failure.kind, kind);
    }
}

void TestOAuthClient::transientPerKind_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("none") << Kind::None << false;
    QTest::newRow("invalid_grant") << Kind::InvalidGrant << false;
    QTest::newRow("invalid_client") << Kind::InvalidClient << false;
    QTest::newRow("rate_limited") << Kind::RateLimited << true;
    QTest::newRow("unavailable") << Kind::Unavailable << true;
    QTest::newRow("server_error") << Kind::ServerError << true;
    QTest::newRow("network") << Kind::Network << true;
    QTest::newRow("timeout") << Kind::Timeout << true;
    QTest::newRow("tls") << Kind::Tls << false;
    QTest::newRow("malformed") << Kind::Malformed << true;
    QTest::newRow("rejected") << Kind::Rejected << false;
    QTest::newRow("authorization_pending") << Kind::AuthorizationPending << false;
    QTest::newRow("slow_down") << Kind::SlowDown << false;
    QTest::newRow("access_denied") << Kind::AccessDenied << false;
    QTest::newRow("expired_token") << Kind::ExpiredToken << false;
    QTest::newRow("unsupported") << Kind::Unsupported << false;
}

void TestOAuthClient::transientPerKind()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    OAuthFailure failure;
    failure.kind = kind;
    QCOMPARE(failure.transient(), transient);
}

void TestOAuthClient::namesAndSentences()
{
    OAuthFailure none;
    QVERIFY(!none.failed());
    QVERIFY(none.name().isEmpty());
    QVERIFY(none.sentence(QStringLiteral("P")).isEmpty());
    QSet<QString> names;
    for (const Kind kind : kAllKinds) {
        OAuthFailure failure;
        failure.kind = kind;
        failure.httpStatus = 400;
        QVERIFY(failure.failed());
        QVERIFY(!failure.name().isEmpty());
        names.insert(failure.name());
        const QString sentence = failure.sentence(QStringLiteral("Acme SSO"));
        QVERIFY2(!sentence.isEmpty(), qPrintable(failure.name()));
        QVERIFY2(sentence.contains(QStringLiteral("Acme SSO")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("%1")) && !sentence.contains(QStringLiteral("%2")),
                 qPrintable(sentence));
    }
    QCOMPARE(names.size(), kAllKinds.size());
    OAuthFailure rejected;
    rejected.kind = Kind::Rejected;
    rejected.error = QStringLiteral("invalid_scope");
    QCOMPARE(rejected.name(), QStringLiteral("invalid_scope"));
    QVERIFY(rejected.sentence(QStringLiteral("P")).contains(QStringLiteral("invalid_scope")));
    OAuthFailure limited;
    limited.kind = Kind::RateLimited;
    limited.retryAfterMs = 12000;
    QVERIFY2(limited.sentence(QStringLiteral("P")).contains(QStringLiteral("12 s")),
             qPrintable(limited.sentence(QStringLiteral("P"))));
}

void TestOAuthClient::sentenceCutsLongDescriptions()
{
    const QString filler = QString(210, u'a');
    const QString tokenLike = QStringLiteral("refresh_token=1//0gSECRETtailSECRETtailSECRETtail");
    const QString description = QStringLiteral("Bad   request:\n") + filler + u' ' + tokenLike;
    const QByteArray body = QJsonDocument(QJsonObject {{QLatin1String("error"), QStringLiteral("invalid_grant")},
                                                       {QLatin1String("error_description"), description}})
                                .toJson(QJsonDocument::Compact);
    const OAuthFailure failure = OAuthClient::classify(answer(400, body), kNow);
    QCOMPARE(failure.kind, Kind::InvalidGrant);
    QVERIFY(failure.description.size() <= 201); // 200 characters and an ellipsis
    QVERIFY(failure.description.startsWith(QStringLiteral("Bad request: aaa"))); // whitespace simplified
    const QString sentence = failure.sentence(QStringLiteral("Google"));
    QVERIFY(!sentence.isEmpty());
    QVERIFY2(!sentence.contains(QStringLiteral("SECRET")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(QStringLiteral("refresh_token=")), qPrintable(sentence));
    QVERIFY(sentence.size() < 200 + 300);
    // A description that fits is quoted whole.
    const OAuthFailure shortOne = OAuthClient::classify(
        answer(400, R"({"error":"invalid_grant","error_description":"Token has been expired or revoked."})"), kNow);
    QVERIFY(shortOne.sentence(QStringLiteral("Google")).contains(QStringLiteral("Token has been expired or revoked.")));
}

void TestOAuthClient::formEncode_data()
{
    QTest::addColumn<QList<std::pair<QByteArray, QByteArray>>>("fields");
    QTest::addColumn<QByteArray>("encoded");
    using Fields = QList<std::pair<QByteArray, QByteArray>>;
    QTest::newRow("plain") << Fields {{"grant_type", "refresh_token"}, {"refresh_token", "abc"}}
                           << QByteArray("grant_type=refresh_token&refresh_token=abc");
    QTest::newRow("plus") << Fields {{"refresh_token", "1//0g+ab+c"}} << QByteArray("refresh_token=1%2F%2F0g%2Bab%2Bc");
    QTest::newRow("ampersand and equals") << Fields {{"code", "a&b=c"}} << QByteArray("code=a%26b%3Dc");
    QTest::newRow("space") << Fields {{"scope", "openid email"}} << QByteArray("scope=openid%20email");
    QTest::newRow("utf8") << Fields {{"client_secret", QStringLiteral("pä€").toUtf8()}}
                          << QByteArray("client_secret=p%C3%A4%E2%82%AC");
    QTest::newRow("name encoded") << Fields {{"a b&c", "v"}} << QByteArray("a%20b%26c=v");
    QTest::newRow("unreserved kept") << Fields {{"v", "AZaz09-._~"}} << QByteArray("v=AZaz09-._~");
    QTest::newRow("reserved") << Fields {{"redirect_uri", "http://127.0.0.1:5000/cb?x=1#f"}}
                              << QByteArray("redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcb%3Fx%3D1%23f");
    QTest::newRow("percent") << Fields {{"v", "100%"}} << QByteArray("v=100%25");
    QTest::newRow("empty value") << Fields {{"a", ""}, {"b", "1"}} << QByteArray("a=&b=1");
    QTest::newRow("none") << Fields {} << QByteArray();
}

void TestOAuthClient::formEncode()
{
    using Fields = QList<std::pair<QByteArray, QByteArray>>;
    QFETCH(Fields, fields);
    QFETCH(QByteArray, encoded);
    QCOMPARE(OAuthClient::formEncode(fields), encoded);
}

void TestOAuthClient::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("12") << qint64(12000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray("  7 ") << qint64(7000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("huge, no overflow") << QByteArray("9223372036854775807")
                                       << qint64(std::numeric_limits<qint64>::max() / 1000 * 1000);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("number and junk") << QByteArray("12abc") << qint64(-1);
    QTest::newRow("http-date") << QByteArray("Fri, 01 Mar 2024 12:00:45 GMT") << qint64(45000);
    QTest::newRow("http-date next day") << QByteArray("Sat, 02 Mar 2024 12:00:00 GMT") << qint64(86400000);
    QTest::newRow("http-date past") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT") << qint64(0);
    QTest::newRow("asctime") << QByteArray("Fri Mar  1 12:00:45 2024") << qint64(45000);
    QTest::newRow("broken date") << QByteArray("Fri, 41 Mar 2024 12:00:45 GMT") << qint64(-1);
}

void TestOAuthClient::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);
    HttpResponse response;
    response.status = 429;
    response.retryAfter = header;
    QCOMPARE(response.retryAfterMs(kNow), ms);
}

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "tst_oauthclient.moc"

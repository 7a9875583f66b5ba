// The OAuth test server (tests/peers, node oidc-provider) answers as the integration tests expect: discovery,
// client credentials, TLS trust, faults on demand, request counts, and a full authorization-code round trip with
// PKCE, a loopback redirect, refresh token rotation and reuse detection. CI installs the server, so a missing one
// is a failure, not a skip.
#include "support/OidcPeer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using Keyward::Test::OidcPeer;

namespace {

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;

    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + " (network error " + QByteArray::number(error)
            + "): " + body.left(500);
    }
};

using Form = QList<std::pair<QString, QString>>;

QByteArray formEncode(const Form &form)
{
    QByteArray encoded;
    for (const auto &[key, value] : form) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return base64Url(data);
}

} // namespace

class TestOidcPeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void discovery();
    void clientCredentials();
    void untrustedCertificateFails();
    void faultWithRetryAfterThenPasses();
    void statsCountRequests();
    void authorizationCodeRoundTrip();
    void deviceFlow();

private:
    Answer send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QByteArray &authorization = {}, const QString &caFile = {});
    Answer postForm(const QUrl &url, const Form &form, const QByteArray &authorization = {});
    QByteArray basic(const QString &id, const QString &secret) const;
    QUrl endpoint(const QString &name) const { return QUrl(m_discovery.value(name).toString()); }

    OidcPeer m_peer;
    QNetworkAccessManager m_network;
    QJsonObject m_discovery;
};

void TestOidcPeer::initTestCase()
{
    QString why;
    QVERIFY2(OidcPeer::available(&why), qPrintable(why));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_peer.start(&why), qPrintable(why));
    qDebug("OAuth test server listening at %s after %lld ms", qPrintable(m_peer.issuer()), timer.elapsed());
    QVERIFY(m_peer.port() != 0);
    QVERIFY(m_peer.clearFaults());

    const Answer answer = send("GET", QUrl(m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration")));
    QVERIFY2(answer.status == 200, answer.describe().constData());
    m_discovery = answer.json;
}

Answer TestOidcPeer::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const QByteArray &authorization, const QString &caFile)
{
    // A separate manager for another trust store, so no connection or TLS session is shared with the trusted one.
    std::unique_ptr<QNetworkAccessManager> own;
    QNetworkAccessManager *network = &m_network;
    if (!caFile.isEmpty()) {
        own = std::make_unique<QNetworkAccessManager>();
        network = own.get();
    }
    QNetworkRequest request(url);
    request.setSslConfiguration(m_peer.sslConfiguration(caFile));
    request.setTransferTimeout(10000);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network->sendCustomRequest(request, verb, body);
    Answer answer;
    connect(reply, &QNetworkReply::sslErrors, this,
            [&answer](const QList<QSslError> &errors) { answer.sslErrors += errors; });
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

Answer TestOidcPeer::postForm(const QUrl &url, const Form &form, const QByteArray &authorization)
{
    return send("POST", url, formEncode(form), authorization);
}

QByteArray TestOidcPeer::basic(const QString &id, const QString &secret) const
{
    // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + pair.toBase64();
}

void TestOidcPeer::discovery()
{
    QCOMPARE(m_discovery.value(QStringLiteral("issuer")).toString(), m_peer.issuer());
    for (const auto &[name, path] :
         {std::pair {QStringLiteral("authorization_endpoint"), QStringLiteral("/auth")},
          std::pair {QStringLiteral("token_endpoint"), QStringLiteral("/token")},
          std::pair {QStringLiteral("device_authorization_endpoint"), QStringLiteral("/device/auth")},
          std::pair {QStringLiteral("revocation_endpoint"), QStringLiteral("/token/revocation")},
          std::pair {QStringLiteral("introspection_endpoint"), QStringLiteral("/token/introspection")},
          std::pair {QStringLiteral("jwks_uri"), QStringLiteral("/jwks")}}) {
        QCOMPARE(m_discovery.value(name).toString(), m_peer.issuer() + path);
    }
    QCOMPARE(m_discovery.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool(), true);
    QVERIFY(m_discovery.value(QStringLiteral("code_challenge_methods_supported"))
                .toArray()
                .contains(QStringLiteral("S256")));
    const QJsonArray grants = m_discovery.value(QStringLiteral("grant_types_supported")).toArray();
    QVERIFY(grants.contains(QStringLiteral("client_credentials")));
    QVERIFY(grants.contains(QStringLiteral("refresh_token")));
    QVERIFY(grants.contains(QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")));
}

void TestOidcPeer::clientCredentials()
{
    const Answer answer
        = postForm(endpoint(QStringLiteral("token_endpoint")),
                   {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                    {QStringLiteral("scope"), QStringLiteral("api:read api:write")}},
                   basic(QStringLiteral("keyward-confidential"), QStringLiteral("keyward-confidential-secret")));
    QVERIFY2(answer.status == 200, answer.describe().constData());
    const QString token = answer.json.value(QStringLiteral("access_token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(answer.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(answer.json.value(QStringLiteral("scope")).toString(), QStringLiteral("api:read api:write"));

    // Opaque, so the server can say whether it is active (client_secret_post this time).
    const Answer introspection = postForm(endpoint(QStringLiteral("introspection_endpoint")),
                                          {{QStringLiteral("token"), token},
                                           {QStringLiteral("client_id"), QStringLiteral("keyward-post")},
                                           {QStringLiteral("client_secret"), QStringLiteral("keyward-post-secret")}});
    QVERIFY2(introspection.status == 200, introspection.describe().constData());
    QCOMPARE(introspection.json.value(QStringLiteral("active")).toBool(), true);
    QCOMPARE(introspection.json.value(QStringLiteral("client_id")).toString(), QStringLiteral("keyward-confidential"));
}

void TestOidcPeer::untrustedCertificateFails()
{
    const Answer answer = send("GET", QUrl(m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration")), {},
                               {}, m_peer.untrustedCaFile());
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!answer.sslErrors.isEmpty());
    QCOMPARE(answer.status, 0);
}

void TestOidcPeer::faultWithRetryAfterThenPasses()
{
    QVERIFY(m_peer.setFault(QJsonObject {{QStringLiteral("path"), QStringLiteral("/token")},
                                         {QStringLiteral("status"), 503},
                                         {QStringLiteral("retry_after"), 2},
                                         {QStringLiteral("count"), 1}}));
    const Form form = {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    const QByteArray credentials
        = basic(QStringLiteral("keyward-confidential"), QStringLiteral("keyward-confidential-secret"));

    const Answer first = postForm(endpoint(QStringLiteral("token_endpoint")), form, credentials);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.retryAfter, QByteArray("2"));

    const Answer second = postForm(endpoint(QStringLiteral("token_endpoint")), form, credentials);
    QVERIFY2(second.status == 200, second.describe().constData());
    QVERIFY(!second.json.value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestOidcPeer::statsCountRequests()
{
    QVERIFY(m_peer.resetStats());
    QVERIFY(m_peer.stats().isEmpty());
    for (int i = 0; i < 3; ++i) {
        const Answer answer
            = postForm(endpoint(QStringLiteral("token_endpoint")),
                       {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                       basic(QStringLiteral("keyward-confidential"), QStringLiteral("keyward-confidential-secret")));
        QVERIFY2(answer.status == 200, answer.describe().constData());
    }
    send("GET", endpoint(QStringLiteral("jwks_uri")));
    const QJsonObject counts = m_peer.stats();
    QCOMPARE(counts.value(QStringLiteral("/token")).toInt(), 3);
    QCOMPARE(counts.value(QStringLiteral("/jwks")).toInt(), 1);
    QVERIFY(!counts.contains(QStringLiteral("/__stats")));
}

void TestOidcPeer::authorizationCodeRoundTrip()
{
    // The loopback redirect receiver (RFC 8252 §7.3), answering the browser's GET with a page.
    QTcpServer loopback;
    QVERIFY(loopback.listen(QHostAddress::LocalHost, 0));
    const QString redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(loopback.serverPort());
    QByteArray requestTarget;
    connect(&loopback, &QTcpServer::newConnection, this, [&loopback, &requestTarget] {
        while (QTcpSocket *socket = loopback.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requestTarget] {
                const QByteArray head = socket->peek(64 * 1024);
                if (!head.contains("\r\n\r\n"))
                    return;
                socket->readAll();
                const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
                if (requestLine.size() == 3 && requestLine.at(0) == "GET")
                    requestTarget = requestLine.at(1);
                const QByteArray page = "<!DOCTYPE html><html><body>You can close this window.</body></html>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                              + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
                socket->disconnectFromHost();
            });
        }
    });

    // RFC 7636 §4.1-4.2: a 43-character verifier and its S256 challenge.
    const QString verifier = randomToken(32);
    const QString challenge = base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
    const QString state = randomToken(16);
    QUrl authorization = endpoint(QStringLiteral("authorization_endpoint"));
    authorization.setQuery(QString::fromLatin1(formEncode({
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("keyward-native")},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("scope"), QStringLiteral("openid offline_access")},
        {QStringLiteral("state"), state},
        {QStringLiteral("code_challenge"), challenge},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    })));

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> browser(m_peer.startBrowser(
        {QStringLiteral("authorize"), QStringLiteral("--url"), authorization.toString(QUrl::FullyEncoded)}));
    QVERIFY2(browser->waitForStarted(10000), qPrintable(browser->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(browser->state() == QProcess::NotRunning, 30000);
    const QByteArray output = browser->readAll();
    QVERIFY2(browser->exitStatus() == QProcess::NormalExit && browser->exitCode() == 0, output.constData());
    QVERIFY2(output.contains("LOOPBACK 200"), output.constData());
    qDebug("browser part of the authorization took %lld ms", timer.elapsed());

    QVERIFY(requestTarget.startsWith("/callback?"));
    const QUrlQuery callback(QUrl::fromEncoded("http://127.0.0.1" + requestTarget));
    const QString code = callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY2(!code.isEmpty(), requestTarget.constData());
    QCOMPARE(callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QCOMPARE(callback.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_peer.issuer()); // RFC 9207

    const QUrl tokenEndpoint = endpoint(QStringLiteral("token_endpoint"));
    const Answer tokens = postForm(tokenEndpoint,
                                   {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("redirect_uri"), redirectUri},
                                    {QStringLiteral("client_id"), QStringLiteral("keyward-native")},
                                    {QStringLiteral("code_verifier"), verifier}});
    QVERIFY2(tokens.status == 200, tokens.describe().constData());
    QVERIFY(!tokens.json.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!tokens.json.value(QStringLiteral("id_token")).toString().isEmpty());
    const QString firstRefresh = tokens.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!firstRefresh.isEmpty());

    const auto refresh = [&](const QString &refreshToken) {
        return postForm(tokenEndpoint,
                        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), refreshToken},
                         {QStringLiteral("client_id"), QStringLiteral("keyward-native")}});
    };
    const Answer refreshed = refresh(firstRefresh);
    QVERIFY2(refreshed.status == 200, refreshed.describe().constData());
    const QString secondRefresh = refreshed.json.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);
    QVERIFY(!refreshed.json.value(QStringLiteral("access_token")).toString().isEmpty());

    // Reusing the rotated token is refused and revokes the grant, so the newest token dies with it.
    const Answer reused = refresh(firstRefresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    const Answer afterReuse = refresh(secondRefresh);
    QCOMPARE(afterReuse.status, 400);
    QCOMPARE(afterReuse.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestOidcPeer::deviceFlow()
{
    const Answer started = postForm(endpoint(QStringLiteral("device_authorization_endpoint")),
                                    {{QStringLiteral("client_id"), QStringLiteral("keyward-native")},
                                     {QStringLiteral("scope"), QStringLiteral("openid offline_access")}});
    QVERIFY2(started.status == 200, started.describe().constData());
    const QString deviceCode = started.json.value(QStringLiteral("device_code")).toString();
    const Form poll = {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                       {QStringLiteral("device_code"), deviceCode},
                       {QStringLiteral("client_id"), QStringLiteral("keyward-native")}};

    const Answer pending = postForm(endpoint(QStringLiteral("token_endpoint")), poll);
    QCOMPARE(pending.json.value(QStringLiteral("error")).toString(), QStringLiteral("authorization_pending"));

    QString output;
    const int exitCode
        = m_peer.runBrowser({QStringLiteral("device"), QStringLiteral("--uri"),
                             started.json.value(QStringLiteral("verification_uri")).toString(),
                             QStringLiteral("--user-code"), started.json.value(QStringLiteral("user_code")).toString()},
                            &output);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("DEVICE approved")), qPrintable(output));

    const Answer tokens = postForm(endpoint(QStringLiteral("token_endpoint")), poll);
    QVERIFY2(tokens.status == 200, tokens.describe().constData());
    QVERIFY(!tokens.json.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!tokens.json.value(QStringLiteral("refresh_token")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestOidcPeer)
#include "tst_oidcpeer.moc"

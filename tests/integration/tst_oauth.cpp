#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "support/OidcPeer.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <functional>
#include <memory>

using namespace Keyward;
using Test::CliRun;
using Test::OidcPeer;

// The OAuth side of keyward-cli end to end: the real binary against a real authorization server (node
// oidc-provider, tests/peers) with the real keychain (scripts/with-keyring.sh), one throw-away profile per test.
// Each test says in its QVERIFY2 messages what the CLI wrote to standard error.
class TestOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void discovery();
    void refreshPolicyPerApp();
    void authorizationCodeWithPkce();
    void wrongStateAndLoopback();
    void refreshRotatesAndInvalidGrantNeedsReauthorization();
    void crashBetweenResponseAndCommit();
    void revocationAndIntrospection();
    void clientCredentials();
    void deviceFlow();
    void faultUnavailableHonoursRetryAfter();
    void faultRateLimited();
    void faultMalformedAnswer();
    void faultTimeout();
    void faultUntrustedCertificate();
    void clientSecretRotation();
    void tokenKeyRotation();
    void serveRefreshesDueTokens();

private:
    OidcPeer m_peer;
};

namespace {

const QByteArray kConfidentialSecret = "keyward-confidential-secret";

/// `line` split at spaces (for arguments without spaces in them).
QStringList words(const char *line)
{
    return QString::fromLatin1(line).split(u' ', Qt::SkipEmptyParts);
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

/// The JSON object a command printed after lines of text (connect prints the URL or the device code first).
QJsonObject trailingJson(const QByteArray &out)
{
    const qsizetype start = out.startsWith("{") ? 0 : out.indexOf("\n{");
    return start < 0 ? QJsonObject() : jsonOf(out.mid(start));
}

qint64 msOf(const QJsonValue &isoTime)
{
    const QDateTime time = QDateTime::fromString(isoTime.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int requests(const QJsonObject &stats, const char *path)
{
    return stats.value(QLatin1String(path)).toInt();
}

QByteArray statsText(const QJsonObject &stats)
{
    return QJsonDocument(stats).toJson(QJsonDocument::Compact);
}

/// Every key anywhere in `value` (objects inside arrays and objects included).
void collectKeys(const QJsonValue &value, QStringList *keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->append(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectKeys(item, keys);
    }
}

/// Every string value anywhere in `value`.
void collectStrings(const QJsonValue &value, QStringList *strings)
{
    if (value.isString()) {
        strings->append(value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), strings);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, strings);
    }
}

/// Empty when `json` holds no credential: no token-named key and no opaque token-like value (oidc-provider's tokens
/// and codes are 43 base64url characters; fingerprints are "sha256:" and 12 hex digits, hashes lower-case hex).
QString credentialIn(const QJsonObject &json)
{
    QStringList keys;
    collectKeys(json, &keys);
    for (const QString &key : keys) {
        for (const char *forbidden :
             {"access_token", "refresh_token", "id_token", "device_code", "client_secret", "code_verifier"}) {
            if (key == QLatin1String(forbidden))
                return QStringLiteral("key \"%1\"").arg(key);
        }
    }
    QStringList strings;
    collectStrings(json, &strings);
    static const QRegularExpression tokenLike(QStringLiteral("^[A-Za-z0-9_-]{32,}$"));
    static const QRegularExpression upper(QStringLiteral("[A-Z]"));
    static const QRegularExpression lower(QStringLiteral("[a-z]"));
    static const QRegularExpression fingerprint(QStringLiteral("^sha256:[0-9a-f]{12}$"));
    for (const QString &text : strings) {
        if (tokenLike.match(text).hasMatch() && upper.match(text).hasMatch() && lower.match(text).hasMatch())
            return QStringLiteral("token-like value \"%1\"").arg(text);
    }
    for (const QString &key :
         {QStringLiteral("access_token_fingerprint"), QStringLiteral("refresh_token_fingerprint")}) {
        const QJsonValue value = json.value(key);
        if (value.isString() && !value.toString().isEmpty() && !fingerprint.match(value.toString()).hasMatch())
            return QStringLiteral("%1 \"%2\" is not a short fingerprint").arg(key, value.toString());
    }
    return {};
}

/// A throw-away profile: its own directory, reached through $KEYWARD_PROFILE_DIR.
class Profile
{
public:
    Profile()
        : m_dir(m_tmp.filePath(QStringLiteral("profile")))
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("KEYWARD_LANG"), QStringLiteral("en"));
        m_env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
        m_env.remove(QStringLiteral("KEYWARD_TEST_CRASH_AT"));
        m_env.remove(QStringLiteral("KEYWARD_HTTP_TIMEOUT_MS"));
        m_env.insert(QStringLiteral("KEYWARD_PROFILE_DIR"), m_dir);
    }

    QString dir() const { return m_dir; }
    QProcessEnvironment environment(const QHash<QString, QString> &extra = {}) const
    {
        QProcessEnvironment env = m_env;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        return env;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, const QHash<QString, QString> &extra = {},
               int timeoutMs = 60000) const
    {
        return Test::runCli(arguments, environment(extra), input, timeoutMs);
    }

    /// `connections show ID --json`.
    QJsonObject connection(qint64 id) const
    {
        return jsonOf(run(QStringList {QStringLiteral("connections"), QStringLiteral("show"), QString::number(id),
                                       QStringLiteral("--json")})
                          .out);
    }

    QJsonArray connections() const
    {
        return jsonOf(run(words("connections list --json")).out).value(QLatin1String("connections")).toArray();
    }

    QJsonArray auditEvents() const
    {
        return jsonOf(run(words("audit tail -n 1000 --json")).out).value(QLatin1String("events")).toArray();
    }

    QJsonObject app(const QString &name) const
    {
        for (const QJsonValue &app : jsonOf(run(words("apps list --json")).out).value(QLatin1String("apps")).toArray())
            if (app.toObject().value(QLatin1String("name")).toString() == name)
                return app.toObject();
        return {};
    }

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QProcessEnvironment m_env;
};

/// Events of `action` on `target` (any target when empty).
QList<QJsonObject> eventsOf(const QJsonArray &events, const QString &action, const QString &target = {})
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("action")).toString() == action
            && (target.isEmpty() || event.value(QLatin1String("target")).toString() == target))
            found.append(event);
    }
    return found;
}

QString connectionTarget(qint64 id)
{
    return QStringLiteral("connection:%1").arg(id);
}

/// What an interactive connect (authorization code or device flow) came to.
struct Connected
{
    QByteArray problem; ///< empty when the steps around the CLI worked (the CLI's own result is below)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString authorizationUrl;
    QString browserOutput;
    QJsonObject connection; ///< connect --json's answer on success

    qint64 id() const { return connection.value(QLatin1String("id")).toInteger(); }
    QByteArray describe() const
    {
        return (problem.isEmpty() ? QByteArray() : problem + "; ") + "connect exit " + QByteArray::number(exitCode)
            + "; stderr: " + err.trimmed() + "; stdout: " + out.trimmed().left(1500)
            + "; browser: " + browserOutput.toUtf8().trimmed();
    }
};

/// Starts keyward-cli with `arguments` in `profile` without waiting for it.
std::unique_ptr<QProcess> startCli(const Profile &profile, const QStringList &arguments,
                                   const QHash<QString, QString> &extra = {})
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(profile.environment(extra));
    process->start(Test::cliPath(), arguments);
    process->closeWriteChannel();
    return process;
}

/// Reads standard output lines of a running process until `wanted` matches one (within `timeoutMs`); everything
/// read is appended to `seen`. Returns the matching line, or an empty string.
QString waitForLine(QProcess &process, const QRegularExpression &wanted, QByteArray *seen, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            *seen += line;
            const QString text = QString::fromUtf8(line).trimmed();
            if (wanted.match(text).hasMatch())
                return text;
        }
        if (timer.elapsed() > timeoutMs || process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(100);
    }
}

/// Waits for a started CLI process and fills in its result.
void finish(QProcess &process, Connected *result, int timeoutMs = 30000)
{
    // waitForFinished() is false for a process that has already ended.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        result->problem += "connect did not finish in time";
        process.kill();
        process.waitForFinished();
    }
    result->out += process.readAllStandardOutput();
    result->err += process.readAllStandardError();
    result->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (result->exitCode == 0)
        result->connection = trailingJson(result->out);
}

/// `connect APP --no-browser --json` with the scripted browser signing in as `login`. `whileWaiting` runs after the
/// authorization URL was printed and before the browser is started, with the loopback listener's port.
Connected connectWithBrowser(OidcPeer &peer, const Profile &profile, const QString &app, const QString &login,
                             const QStringList &browserOptions = {},
                             const std::function<void(quint16)> &whileWaiting = {})
{
    Connected result;
    auto process
        = startCli(profile, {QStringLiteral("connect"), app, QStringLiteral("--no-browser"), QStringLiteral("--json")});
    if (!process->waitForStarted()) {
        result.problem = "keyward-cli did not start";
        return result;
    }
    result.authorizationUrl
        = waitForLine(*process, QRegularExpression(QStringLiteral("^https://")), &result.out, 20000);
    if (result.authorizationUrl.isEmpty()) {
        result.problem = "no authorization URL on standard output";
        finish(*process, &result, 1000);
        return result;
    }
    const QUrl redirect(
        QUrlQuery(QUrl(result.authorizationUrl)).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    if (whileWaiting)
        whileWaiting(static_cast<quint16>(redirect.port()));
    const int browser = peer.runBrowser(QStringList {QStringLiteral("authorize"), QStringLiteral("--url"),
                                                     result.authorizationUrl, QStringLiteral("--login"), login}
                                            + browserOptions,
                                        &result.browserOutput);
    if (browser != 0 && browserOptions.isEmpty())
        result.problem = "the scripted browser failed";
    finish(*process, &result);
    return result;
}

/// A GET on the loopback listener, as a stray local client would send it: the HTTP status (0: no answer).
int loopbackStatus(quint16 port, const QString &pathAndQuery)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // straight to the loopback, whatever $http_proxy says
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery)));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

bool startsWith(const QString &file, const QByteArray &prefix)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) && f.read(prefix.size()) == prefix;
}

} // namespace

// Runs `run` once and checks its exit code, showing how it ended and its standard error on failure.

// A profile with the confidential client registered through discovery as "peer".
#define SETUP_PROFILE(profile)                                                                                         \
    Profile profile;                                                                                                   \
    VERIFY_EXIT(profile.run(words("init")), 0);                                                                        \
    VERIFY_EXIT(profile.run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),                  \
                             QStringLiteral("peer"), QStringLiteral("--discovery"), m_peer.issuer(),                   \
                             QStringLiteral("--client-id"), QStringLiteral("keyward-confidential"),                    \
                             QStringLiteral("--client-secret-stdin"), QStringLiteral("--ca-file"), m_peer.caFile(),    \
                             QStringLiteral("--scopes"), QStringLiteral("openid offline_access email")},               \
                            kConfidentialSecret),                                                                      \
                0)

// Connects alice through "peer" with the scripted browser; `variable` is declared with the new connection id.
#define CONNECT_ALICE(profile, variable)                                                                               \
    qint64 variable = 0;                                                                                               \
    do {                                                                                                               \
        const Connected connected_                                                                                     \
            = connectWithBrowser(m_peer, profile, QStringLiteral("peer"), QStringLiteral("alice"));                    \
        QVERIFY2(connected_.problem.isEmpty() && connected_.exitCode == 0 && connected_.id() > 0,                      \
                 connected_.describe().constData());                                                                   \
        variable = connected_.id();                                                                                    \
    } while (false)

void TestOAuth::initTestCase()
{
    QVERIFY2(QFileInfo(Test::cliPath()).isExecutable(), "set KEYWARD_CLI to the built keyward-cli (ctest does)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the integration tests through scripts/with-keyring.sh");
    // No skip: without the peer these tests would prove nothing.
    QString error;
    QVERIFY2(m_peer.start(&error), qPrintable(error));
}

void TestOAuth::init()
{
    QVERIFY(m_peer.clearFaults());
    QVERIFY(m_peer.resetStats());
}

void TestOAuth::refreshPolicyPerApp()
{
    SETUP_PROFILE(profile);
    const CliRun configured = profile.run(
        {QStringLiteral("apps"), QStringLiteral("configure"), QStringLiteral("peer"), QStringLiteral("--ahead-percent"),
         QStringLiteral("50"), QStringLiteral("--give-up-hours"), QStringLiteral("12"), QStringLiteral("--json")});
    VERIFY_EXIT(configured, 0);
    const QJsonObject refresh = profile.app(QStringLiteral("peer")).value(QLatin1String("refresh")).toObject();
    QCOMPARE(refresh.value(QLatin1String("ahead_fraction")).toDouble(), 0.5);
    QCOMPARE(refresh.value(QLatin1String("give_up_ms")).toInteger(), 12 * 3'600'000LL);
    QCOMPARE(refresh.value(QLatin1String("ahead_min_ms")).toInteger(), 10 * 60'000LL); // untouched: the default

    // A policy that cannot work is refused with a sentence, and nothing changes.
    const CliRun refused = profile.run({QStringLiteral("apps"), QStringLiteral("configure"), QStringLiteral("peer"),
                                        QStringLiteral("--backoff-base-seconds"), QStringLiteral("0")});
    VERIFY_EXIT(refused, ExitCode::Usage);
    QVERIFY2(refused.err.contains("cannot work"), refused.describe().constData());
    QCOMPARE(profile.app(QStringLiteral("peer")).value(QLatin1String("refresh")).toObject(), refresh);
    const CliRun audit = profile.run({QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json")});
    VERIFY_EXIT(audit, 0);
    QVERIFY2(audit.out.contains("app.configure"), audit.describe().constData());
}

void TestOAuth::discovery()
{
    SETUP_PROFILE(profile);
    const QJsonObject app = profile.app(QStringLiteral("peer"));
    QVERIFY2(!app.isEmpty(), "apps list --json has no app \"peer\"");
    QCOMPARE(app.value(QLatin1String("issuer")).toString(), m_peer.issuer());
    for (const auto &[field, path] :
         {std::pair {"authorization_endpoint", "/auth"}, std::pair {"token_endpoint", "/token"},
          std::pair {"revocation_endpoint", "/token/revocation"},
          std::pair {"introspection_endpoint", "/token/introspection"},
          std::pair {"device_authorization_endpoint", "/device/auth"}}) {
        QCOMPARE(app.value(QLatin1String(field)).toString(), m_peer.issuer() + QLatin1String(path));
    }
    const QJsonArray flows = app.value(QLatin1String("flows")).toArray();
    for (const char *flow : {"auth-code", "client-credentials", "device"})
        QVERIFY2(flows.contains(QLatin1String(flow)), QJsonDocument(flows).toJson().constData());
    QCOMPARE(app.value(QLatin1String("has_secret")).toBool(), true);
    QCOMPARE(app.value(QLatin1String("private_ca")).toBool(), true);

    // The document's full URL works as well as the issuer.
    const CliRun wellKnown = profile.run(
        {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("by-document"),
         QStringLiteral("--discovery"), m_peer.issuer() + QStringLiteral("/.well-known/openid-configuration"),
         QStringLiteral("--client-id"), QStringLiteral("keyward-native"), QStringLiteral("--auth-method"),
         QStringLiteral("none"), QStringLiteral("--ca-file"), m_peer.caFile(), QStringLiteral("--json")});
    VERIFY_EXIT(wellKnown, 0);
    const QJsonObject byDocument = jsonOf(wellKnown.out);
    QCOMPARE(byDocument.value(QLatin1String("token_endpoint")).toString(), m_peer.issuer() + QStringLiteral("/token"));
    QCOMPARE(byDocument.value(QLatin1String("issuer")).toString(), m_peer.issuer());
    QCOMPARE(byDocument.value(QLatin1String("auth_method")).toString(), QStringLiteral("none"));

    // https://localhost:<port> reaches the same server (its certificate names localhost too), whose document says
    // the issuer is https://127.0.0.1:<port>: OpenID Discovery §4.3 says refuse.
    const QString impostor = QStringLiteral("https://localhost:%1").arg(m_peer.port());
    const CliRun mismatch = profile.run(
        {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("impostor"),
         QStringLiteral("--discovery"), impostor, QStringLiteral("--client-id"), QStringLiteral("keyward-native"),
         QStringLiteral("--auth-method"), QStringLiteral("none"), QStringLiteral("--ca-file"), m_peer.caFile()});
    VERIFY_EXIT(mismatch, ExitCode::Provider);
    QVERIFY2(mismatch.err.contains("does not match") && mismatch.err.contains(impostor.toUtf8())
                 && mismatch.err.trimmed().endsWith('.'),
             mismatch.describe().constData());
    QVERIFY2(profile.app(QStringLiteral("impostor")).isEmpty(), "the refused app was stored");
}

void TestOAuth::authorizationCodeWithPkce()
{
    SETUP_PROFILE(profile);
    const Connected connected = connectWithBrowser(m_peer, profile, QStringLiteral("peer"), QStringLiteral("alice"));
    QVERIFY2(connected.problem.isEmpty() && connected.exitCode == 0, connected.describe().constData());
    QVERIFY2(connected.browserOutput.contains(QStringLiteral("LOOPBACK 200")), connected.describe().constData());

    // The request the CLI built: PKCE S256, state, nonce, a loopback redirect on an ephemeral port.
    const QUrlQuery request(QUrl(connected.authorizationUrl));
    QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(request.queryItemValue(QStringLiteral("state")).size() >= 32);
    QVERIFY(!request.queryItemValue(QStringLiteral("nonce")).isEmpty());
    QVERIFY(!request.hasQueryItem(QStringLiteral("code_verifier")));
    const QUrl redirectUri(request.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirectUri.path(), QStringLiteral("/callback"));
    QVERIFY(redirectUri.port() > 0);

    const qint64 id = connected.id();
    QVERIFY2(id > 0, connected.describe().constData());
    const QJsonObject c = connected.connection;
    QCOMPARE(c.value(QLatin1String("subject")).toString(), QStringLiteral("alice"));
    // The ID token carries only `sub` (oidc-provider puts scope claims in UserInfo when an access token is issued):
    // the name comes from the UserInfo call.
    QCOMPARE(c.value(QLatin1String("display_name")).toString(), QStringLiteral("alice@example.test"));
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QCOMPARE(c.value(QLatin1String("flow")).toString(), QStringLiteral("auth-code"));
    const QJsonArray scopes = c.value(QLatin1String("scopes")).toArray();
    QVERIFY2(scopes.contains(QStringLiteral("openid")) && scopes.contains(QStringLiteral("email")),
             QJsonDocument(scopes).toJson().constData());
    QVERIFY(c.value(QLatin1String("refresh_token_fingerprint")).isString());
    QVERIFY(msOf(c.value(QLatin1String("expires_at"))) > now() + 3000 * 1000);

    // Listed, shown, audited: never a token.
    const CliRun list = profile.run(words("connections list --json"));
    VERIFY_EXIT(list, 0);
    const QJsonArray listed = jsonOf(list.out).value(QLatin1String("connections")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("subject")).toString(), QStringLiteral("alice"));
    QCOMPARE(listed.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    const CliRun showJson = profile.run(
        {QStringLiteral("connections"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    VERIFY_EXIT(showJson, 0);
    const CliRun showText = profile.run({QStringLiteral("connections"), QStringLiteral("show"), QString::number(id)});
    VERIFY_EXIT(showText, 0);
    QVERIFY2(showText.out.contains("alice") && showText.out.contains("healthy"), showText.out.constData());
    const CliRun tail = profile.run(words("audit tail -n 1000 --json"));
    VERIFY_EXIT(tail, 0);
    const QList<QJsonObject> created
        = eventsOf(jsonOf(tail.out).value(QLatin1String("events")).toArray(), QStringLiteral("connection.create"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().value(QLatin1String("target")).toString(), connectionTarget(id));
    const QJsonObject details = created.first().value(QLatin1String("details")).toObject();
    QCOMPARE(details.value(QLatin1String("subject")).toString(), QStringLiteral("alice"));
    QCOMPARE(details.value(QLatin1String("access_token_fingerprint")),
             c.value(QLatin1String("access_token_fingerprint")));
    QCOMPARE(details.value(QLatin1String("refresh_token_fingerprint")),
             c.value(QLatin1String("refresh_token_fingerprint")));

    for (const auto &[what, json] :
         {std::pair {"connect --json", connected.connection}, std::pair {"connections list --json", jsonOf(list.out)},
          std::pair {"connections show --json", jsonOf(showJson.out)},
          std::pair {"audit tail --json", jsonOf(tail.out)}}) {
        const QString found = credentialIn(json);
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("%1 holds a credential: %2").arg(QLatin1String(what), found)));
    }

    // Two credentials whose values the test knows: the client secret, and the authorization code the browser
    // carried to the loopback listener (REDIRECT line). Neither appears in any output or in any file of the profile.
    static const QRegularExpression redirectLine(QStringLiteral("^REDIRECT (\\S+)$"),
                                                 QRegularExpression::MultilineOption);
    const QString redirected = redirectLine.match(connected.browserOutput).captured(1);
    const QByteArray code
        = QUrlQuery(QUrl(redirected)).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).toUtf8();
    QVERIFY2(code.size() >= 32, qPrintable(connected.browserOutput));
    const QByteArray allOutput = connected.out + connected.err + list.out + showJson.out + showText.out + tail.out;
    QVERIFY(!allOutput.contains(code));
    QVERIFY(!allOutput.contains(kConfidentialSecret));
    int files = 0;
    QDirIterator it(profile.dir(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        ++files;
        QVERIFY2(!Test::fileContains(file, kConfidentialSecret),
                 qPrintable(file + QStringLiteral(" holds the client secret")));
        QVERIFY2(!Test::fileContains(file, code), qPrintable(file + QStringLiteral(" holds the authorization code")));
        if (file.endsWith(QLatin1String(".db")) || file.endsWith(QLatin1String(".db-wal")))
            QVERIFY2(!startsWith(file, "SQLite format 3"), qPrintable(file + QStringLiteral(" is not encrypted")));
    }
    QVERIFY(files >= 2);
    QVERIFY(QFileInfo::exists(profile.dir() + QStringLiteral("/keyward.db")));
    QVERIFY2(!startsWith(profile.dir() + QStringLiteral("/keyward.db"), "SQLite format 3"), "keyward.db is plaintext");
}

void TestOAuth::wrongStateAndLoopback()
{
    SETUP_PROFILE(profile);

    // While connect waits, the listener answers 404 to anything but the redirect path, and keeps waiting.
    int strayStatus = -1;
    const Connected good = connectWithBrowser(
        m_peer, profile, QStringLiteral("peer"), QStringLiteral("alice"), {},
        [&strayStatus](quint16 port) { strayStatus = loopbackStatus(port, QStringLiteral("/other?code=x")); });
    QCOMPARE(strayStatus, 404);
    QVERIFY2(good.problem.isEmpty() && good.exitCode == 0 && good.id() > 0, good.describe().constData());
    QVERIFY2(good.browserOutput.contains(QStringLiteral("LOOPBACK 200")), good.describe().constData());

    // A redirect whose state was altered is refused: nothing is exchanged, nothing stored.
    QVERIFY(m_peer.resetStats());
    const Connected forged = connectWithBrowser(m_peer, profile, QStringLiteral("peer"), QStringLiteral("alice"),
                                                {QStringLiteral("--tamper-state")});
    QVERIFY2(forged.problem.isEmpty(), forged.describe().constData());
    QVERIFY2(forged.exitCode == ExitCode::Provider, forged.describe().constData());
    QVERIFY2(forged.err.contains("state does not match"), forged.describe().constData());
    QVERIFY2(forged.browserOutput.contains(QStringLiteral("tampered")), forged.describe().constData());
    const QJsonObject stats = m_peer.stats();
    QVERIFY2(requests(stats, "/token") == 0, statsText(stats).constData()); // the code was never redeemed
    const QJsonArray all = profile.connections();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(QLatin1String("id")).toInteger(), good.id());
    QCOMPARE(eventsOf(profile.auditEvents(), QStringLiteral("connection.create")).size(), 1);
}

void TestOAuth::refreshRotatesAndInvalidGrantNeedsReauthorization()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QJsonObject first = profile.connection(id);
    const QStringList refresh
        = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id), QStringLiteral("--json")};

    const CliRun once = profile.run(refresh);
    VERIFY_EXIT(once, 0);
    const QJsonObject second = jsonOf(once.out);
    const CliRun twice = profile.run(refresh);
    VERIFY_EXIT(twice, 0);
    const QJsonObject third = jsonOf(twice.out);
    QCOMPARE(first.value(QLatin1String("rotation_count")).toInt(), 0);
    QCOMPARE(second.value(QLatin1String("rotation_count")).toInt(), 1);
    QCOMPARE(third.value(QLatin1String("rotation_count")).toInt(), 2);
    QCOMPARE(third.value(QLatin1String("refresh_count")).toInt(), 2);
    const QString fp1 = first.value(QLatin1String("refresh_token_fingerprint")).toString();
    const QString fp2 = second.value(QLatin1String("refresh_token_fingerprint")).toString();
    const QString fp3 = third.value(QLatin1String("refresh_token_fingerprint")).toString();
    QVERIFY2(!fp1.isEmpty() && fp1 != fp2 && fp2 != fp3 && fp1 != fp3, qPrintable(fp1 + u' ' + fp2 + u' ' + fp3));
    QVERIFY(second.value(QLatin1String("access_token_fingerprint"))
            != first.value(QLatin1String("access_token_fingerprint")));
    QCOMPARE(third.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QCOMPARE(third.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("ok"));

    // The provider no longer accepts the grant: reauthorization required, no retries.
    QVERIFY(m_peer.setFault({{QStringLiteral("path"), QStringLiteral("/token")},
                             {QStringLiteral("status"), 400},
                             {QStringLiteral("body"), QStringLiteral("{\"error\":\"invalid_grant\"}")}}));
    const CliRun refused = profile.run(refresh);
    VERIFY_EXIT(refused, ExitCode::Provider);
    QVERIFY2(refused.err.contains("no longer accepts this grant") && refused.err.contains("Reconnect"),
             refused.describe().constData());
    const QJsonObject dead = profile.connection(id);
    QCOMPARE(dead.value(QLatin1String("state")).toString(), QStringLiteral("reauthorization_required"));
    QCOMPARE(dead.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY2(dead.value(QLatin1String("next_refresh_at")).isNull(), QJsonDocument(dead).toJson().constData());

    // A further refresh is refused here, without asking the provider.
    QVERIFY(m_peer.clearFaults());
    QVERIFY(m_peer.resetStats());
    const CliRun again = profile.run(refresh);
    VERIFY_EXIT(again, ExitCode::Provider);
    QVERIFY2(again.err.contains("needs reauthorization"), again.describe().constData());
    const QJsonObject stats = m_peer.stats();
    QVERIFY2(stats.isEmpty(), statsText(stats).constData());
    QCOMPARE(profile.connection(id).value(QLatin1String("state")).toString(),
             QStringLiteral("reauthorization_required"));

    const QList<QJsonObject> refreshes
        = eventsOf(profile.auditEvents(), QStringLiteral("connection.refresh"), connectionTarget(id));
    QCOMPARE(refreshes.size(), 3);
    QCOMPARE(refreshes.last().value(QLatin1String("outcome")).toString(), QStringLiteral("failure"));
    QCOMPARE(refreshes.last().value(QLatin1String("details")).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestOAuth::crashBetweenResponseAndCommit()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    const QString crashAt = QStringLiteral("KEYWARD_TEST_CRASH_AT");

    // Killed after oidc-provider rotated the refresh token, before the new one was stored.
    QVERIFY(m_peer.resetStats());
    const CliRun killed = profile.run(refresh, {}, {{crashAt, QStringLiteral("refresh:after-response")}});
    QVERIFY2(killed.crashed && killed.signal == SIGKILL, killed.describe().constData());
    QCOMPARE(requests(m_peer.stats(), "/token"), 1);
    QVERIFY2(profile.connection(id).value(QLatin1String("state")).toString() != QLatin1String("healthy"),
             "a connection whose refresh was interrupted is shown healthy");

    // The stored refresh token is the rotated-away one: oidc-provider's reuse detection refuses it and revokes the
    // grant. The connection must say so, not look healthy with a dead token.
    const CliRun after = profile.run(refresh);
    VERIFY_EXIT(after, ExitCode::Provider);
    QVERIFY2(after.err.contains("no longer accepts this grant"), after.describe().constData());
    QCOMPARE(requests(m_peer.stats(), "/token"), 2);
    const QJsonArray listed = profile.connections();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("reauthorization_required"));
    QCOMPARE(listed.first().toObject().value(QLatin1String("rotation_count")).toInt(), 0);
    VERIFY_EXIT(profile.run(words("audit verify")), 0);

    // Killed right after the commit: the new token was stored, the next refresh redeems it.
    CONNECT_ALICE(profile, second);
    const QStringList refreshSecond
        = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(second), QStringLiteral("--json")};
    const QString before = profile.connection(second).value(QLatin1String("refresh_token_fingerprint")).toString();
    const CliRun committed = profile.run(refreshSecond, {}, {{crashAt, QStringLiteral("refresh:after-commit")}});
    QVERIFY2(committed.crashed && committed.signal == SIGKILL, committed.describe().constData());
    const QJsonObject stored = profile.connection(second);
    QCOMPARE(stored.value(QLatin1String("rotation_count")).toInt(), 1);
    QVERIFY(stored.value(QLatin1String("refresh_token_fingerprint")).toString() != before);
    const CliRun next = profile.run(refreshSecond);
    VERIFY_EXIT(next, 0);
    const QJsonObject healthy = jsonOf(next.out);
    QCOMPARE(healthy.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QCOMPARE(healthy.value(QLatin1String("rotation_count")).toInt(), 2);
    QCOMPARE(healthy.value(QLatin1String("refresh_count")).toInt(), 2);
    VERIFY_EXIT(profile.run(words("audit verify")), 0);
}

void TestOAuth::revocationAndIntrospection()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QString idText = QString::number(id);

    const CliRun active
        = profile.run({QStringLiteral("connections"), QStringLiteral("introspect"), idText, QStringLiteral("--json")});
    VERIFY_EXIT(active, 0);
    const QJsonObject claims = jsonOf(active.out);
    QCOMPARE(claims.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(claims.value(QLatin1String("client_id")).toString(), QStringLiteral("keyward-confidential"));
    QVERIFY2(credentialIn(claims).isEmpty(), active.out.constData());

    QVERIFY(m_peer.resetStats());
    const CliRun revoke = profile.run({QStringLiteral("connections"), QStringLiteral("revoke"), idText});
    VERIFY_EXIT(revoke, 0);
    QVERIFY2(revoke.out.contains("revoked at the provider"), revoke.out.constData());
    const QJsonObject stats = m_peer.stats();
    QVERIFY2(requests(stats, "/token/revocation") >= 1, statsText(stats).constData());
    const QJsonObject revoked = profile.connection(id);
    QCOMPARE(revoked.value(QLatin1String("state")).toString(), QStringLiteral("revoked"));
    QVERIFY(msOf(revoked.value(QLatin1String("revoked_at"))) > 0);
    const QList<QJsonObject> events
        = eventsOf(profile.auditEvents(), QStringLiteral("connection.revoke"), connectionTarget(id));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(QLatin1String("details")).toObject().value(QLatin1String("how")).toString(),
             QStringLiteral("provider"));

    const CliRun after = profile.run({QStringLiteral("connections"), QStringLiteral("introspect"), idText});
    QVERIFY2(after.exitCode > 0 && after.err.contains("revoked"), after.describe().constData());
    const CliRun refresh = profile.run({QStringLiteral("connections"), QStringLiteral("refresh"), idText});
    QVERIFY2(refresh.exitCode > 0 && refresh.err.contains("revoked"), refresh.describe().constData());
}

void TestOAuth::clientCredentials()
{
    SETUP_PROFILE(profile);
    const CliRun connect = profile.run({QStringLiteral("connect"), QStringLiteral("peer"), QStringLiteral("--flow"),
                                        QStringLiteral("client-credentials"), QStringLiteral("--scopes"),
                                        QStringLiteral("api:read"), QStringLiteral("--json")});
    VERIFY_EXIT(connect, 0);
    const QJsonObject c = jsonOf(connect.out);
    const qint64 id = c.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(c.value(QLatin1String("subject")).toString(), QStringLiteral("keyward-confidential"));
    QCOMPARE(c.value(QLatin1String("flow")).toString(), QStringLiteral("client-credentials"));
    QCOMPARE(c.value(QLatin1String("scopes")).toArray(), QJsonArray {QStringLiteral("api:read")});
    QVERIFY2(c.value(QLatin1String("refresh_token_fingerprint")).isNull(), connect.out.constData());
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));

    QVERIFY(m_peer.resetStats());
    const CliRun refresh = profile.run(
        {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id), QStringLiteral("--json")});
    VERIFY_EXIT(refresh, 0);
    const QJsonObject stats = m_peer.stats();
    QVERIFY2(requests(stats, "/token") == 1, statsText(stats).constData());
    const QJsonObject r = jsonOf(refresh.out);
    QVERIFY(r.value(QLatin1String("access_token_fingerprint")) != c.value(QLatin1String("access_token_fingerprint")));
    QCOMPARE(r.value(QLatin1String("refresh_count")).toInt(), 1);
    QCOMPARE(r.value(QLatin1String("rotation_count")).toInt(), 0);
    QVERIFY(r.value(QLatin1String("refresh_token_fingerprint")).isNull());
    QCOMPARE(r.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
}

void TestOAuth::deviceFlow()
{
    Profile profile;
    VERIFY_EXIT(profile.run(words("init")), 0);
    // The public client: no secret, authentication method none.
    VERIFY_EXIT(profile.run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("native"), QStringLiteral("--discovery"), m_peer.issuer(),
                             QStringLiteral("--client-id"), QStringLiteral("keyward-native"),
                             QStringLiteral("--auth-method"), QStringLiteral("none"), QStringLiteral("--ca-file"),
                             m_peer.caFile(), QStringLiteral("--scopes"), QStringLiteral("openid offline_access")}),
                0);
    QCOMPARE(profile.app(QStringLiteral("native")).value(QLatin1String("has_secret")).toBool(), false);

    Connected result;
    auto process = startCli(profile, words("connect native --flow device --json"));
    QVERIFY(process->waitForStarted());
    const QString userCode
        = waitForLine(*process, QRegularExpression(QStringLiteral("^user_code=")), &result.out).section(u'=', 1);
    const QString uri
        = waitForLine(*process, QRegularExpression(QStringLiteral("^verification_uri=")), &result.out).section(u'=', 1);
    if (userCode.isEmpty() || uri.isEmpty())
        finish(*process, &result, 1000);
    QVERIFY2(!userCode.isEmpty() && uri.startsWith(m_peer.issuer()), result.describe().constData());
    const int browser
        = m_peer.runBrowser({QStringLiteral("device"), QStringLiteral("--uri"), uri, QStringLiteral("--user-code"),
                             userCode, QStringLiteral("--login"), QStringLiteral("bob")},
                            &result.browserOutput);
    QVERIFY2(browser == 0 && result.browserOutput.contains(QStringLiteral("DEVICE approved")),
             qPrintable(result.browserOutput));
    finish(*process, &result);
    QVERIFY2(result.problem.isEmpty() && result.exitCode == 0, result.describe().constData());
    const QJsonObject c = result.connection;
    QCOMPARE(c.value(QLatin1String("subject")).toString(), QStringLiteral("bob"));
    QCOMPARE(c.value(QLatin1String("flow")).toString(), QStringLiteral("device"));
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QVERIFY2(c.value(QLatin1String("refresh_token_fingerprint")).isString(), result.describe().constData());

    // The public client refreshes without a secret.
    const CliRun refresh = profile.run({QStringLiteral("connections"), QStringLiteral("refresh"),
                                        QString::number(result.id()), QStringLiteral("--json")});
    VERIFY_EXIT(refresh, 0);
    QCOMPARE(jsonOf(refresh.out).value(QLatin1String("rotation_count")).toInt(), 1);
}

void TestOAuth::faultUnavailableHonoursRetryAfter()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    QVERIFY(m_peer.setFault({{QStringLiteral("path"), QStringLiteral("/token")},
                             {QStringLiteral("status"), 503},
                             {QStringLiteral("retry_after"), 7}}));
    const qint64 started = now();
    const CliRun failed = profile.run(refresh);
    const qint64 ended = now();
    VERIFY_EXIT(failed, ExitCode::Provider);
    QVERIFY2(failed.err.contains("temporarily unavailable (HTTP 503)") && failed.err.contains("waits 7 s"),
             failed.describe().constData());
    const QJsonObject c = profile.connection(id);
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("retrying"));
    const qint64 next = msOf(c.value(QLatin1String("next_refresh_at")));
    QVERIFY2(next >= started + 4000 && next <= ended + 10000,
             qPrintable(QStringLiteral("next_refresh_at %1 is not 7 s after the refresh (%2)")
                            .arg(c.value(QLatin1String("next_refresh_at")).toString(),
                                 QDateTime::fromMSecsSinceEpoch(ended, Qt::UTC).toString(Qt::ISODateWithMs))));
    const QString lastError = c.value(QLatin1String("last_error")).toString();
    QVERIFY2(lastError.contains(QLatin1String("503")) && lastError.contains(QLatin1String("unavailable")),
             qPrintable(lastError));
    QCOMPARE(c.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("unavailable"));

    // The refresh token was never redeemed: the next refresh works and the connection is healthy again.
    const CliRun recovered = profile.run(refresh);
    VERIFY_EXIT(recovered, 0);
    const QJsonObject healthy = profile.connection(id);
    QCOMPARE(healthy.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QVERIFY(healthy.value(QLatin1String("last_error")).isNull());
}

void TestOAuth::faultRateLimited()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    QVERIFY(m_peer.setFault({{QStringLiteral("path"), QStringLiteral("/token")}, {QStringLiteral("status"), 429}}));
    const CliRun failed = profile.run(refresh);
    VERIFY_EXIT(failed, ExitCode::Provider);
    QVERIFY2(failed.err.contains("rate-limiting Keyward (HTTP 429)"), failed.describe().constData());
    // No Retry-After: the sentence must not promise a wait the engine does not keep (it backs off with jitter).
    QVERIFY2(!failed.err.contains("waits 0 s"), failed.describe().constData());
    const QJsonObject c = profile.connection(id);
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(c.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("rate_limited"));
    QVERIFY2(c.value(QLatin1String("last_error")).toString().contains(QLatin1String("rate-limiting")),
             QJsonDocument(c).toJson().constData());
    // Without Retry-After: backoff with jitter below the base delay (30 s) for the first attempt.
    const qint64 next = msOf(c.value(QLatin1String("next_refresh_at")));
    QVERIFY2(next >= now() - 5000 && next <= now() + 31000, QJsonDocument(c).toJson().constData());
    VERIFY_EXIT(profile.run(refresh), 0);
}

void TestOAuth::faultMalformedAnswer()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    QVERIFY(m_peer.setFault({{QStringLiteral("path"), QStringLiteral("/token")},
                             {QStringLiteral("status"), 200},
                             {QStringLiteral("body"), QStringLiteral("garbage")}}));
    const CliRun failed = profile.run(refresh);
    VERIFY_EXIT(failed, ExitCode::Provider);
    QVERIFY2(failed.err.contains("not a valid OAuth response"), failed.describe().constData());
    const QJsonObject c = profile.connection(id);
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(c.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("malformed_response"));
    QVERIFY2(c.value(QLatin1String("last_error")).toString().contains(QLatin1String("not a valid OAuth response")),
             QJsonDocument(c).toJson().constData());
    VERIFY_EXIT(profile.run(refresh), 0);
}

void TestOAuth::faultTimeout()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    // The answer comes after 3 s (and is an error, so the refresh token is not redeemed behind Keyward's back);
    // Keyward gives up after 1 s.
    QVERIFY(m_peer.setFault({{QStringLiteral("path"), QStringLiteral("/token")},
                             {QStringLiteral("status"), 503},
                             {QStringLiteral("delay_ms"), 3000}}));
    QElapsedTimer timer;
    timer.start();
    const CliRun failed
        = profile.run(refresh, {}, {{QStringLiteral("KEYWARD_HTTP_TIMEOUT_MS"), QStringLiteral("1000")}});
    const qint64 elapsed = timer.elapsed();
    VERIFY_EXIT(failed, ExitCode::Provider);
    QVERIFY2(failed.err.contains("did not answer in time"), failed.describe().constData());
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("the refresh took %1 ms").arg(elapsed)));
    const QJsonObject c = profile.connection(id);
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(c.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("timeout"));
    QVERIFY2(c.value(QLatin1String("last_error")).toString().contains(QLatin1String("in time")),
             QJsonDocument(c).toJson().constData());
    VERIFY_EXIT(profile.run(refresh), 0);
}

void TestOAuth::faultUntrustedCertificate()
{
    Profile profile;
    VERIFY_EXIT(profile.run(words("init")), 0);
    const QStringList untrusted
        = {QStringLiteral("--client-id"), QStringLiteral("keyward-confidential"),
           QStringLiteral("--client-secret-stdin"), QStringLiteral("--ca-file"), m_peer.untrustedCaFile()};

    // Discovery over an untrusted certificate: refused, nothing stored.
    const CliRun discovered
        = profile.run(QStringList {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("untrusted"), QStringLiteral("--discovery"), m_peer.issuer()}
                          + untrusted,
                      kConfidentialSecret);
    VERIFY_EXIT(discovered, ExitCode::Provider);
    QVERIFY2(discovered.err.contains("TLS certificate") && discovered.err.contains("not trusted")
                 && discovered.err.contains("CA file"),
             discovered.describe().constData());
    QVERIFY(profile.app(QStringLiteral("untrusted")).isEmpty());

    // Endpoints typed by hand (no network at registration); the first request fails the same way, once.
    VERIFY_EXIT(profile.run(QStringList {QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),
                                         QStringLiteral("untrusted"), QStringLiteral("--authorize-url"),
                                         m_peer.issuer() + QStringLiteral("/auth"), QStringLiteral("--token-url"),
                                         m_peer.issuer() + QStringLiteral("/token")}
                                + untrusted,
                            kConfidentialSecret),
                0);
    const CliRun connect = profile.run(words("connect untrusted --flow client-credentials --scopes api:read"));
    VERIFY_EXIT(connect, ExitCode::Provider);
    QVERIFY2(connect.err.contains("TLS certificate") && connect.err.contains("not trusted"),
             connect.describe().constData());
    QVERIFY(profile.connections().isEmpty());

    // A working connection whose provider now presents a certificate the app does not trust (here: the app's CA
    // is swapped behind the CLI's back, as if the provider had moved to another CA).
    VERIFY_EXIT(profile.run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("peer"), QStringLiteral("--discovery"), m_peer.issuer(),
                             QStringLiteral("--client-id"), QStringLiteral("keyward-confidential"),
                             QStringLiteral("--client-secret-stdin"), QStringLiteral("--ca-file"), m_peer.caFile()},
                            kConfidentialSecret),
                0);
    CONNECT_ALICE(profile, id);
    {
        Engine::OpenOptions options;
        options.location = {QFileInfo(profile.dir()).fileName(), profile.dir()};
        options.secrets = Engine::secretStoreFactory(Engine::KeySource::Keychain);
        auto engine = Engine::Engine::open(options);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
        auto &store = engine.value()->connections().store();
        auto app = store.findApp(QStringLiteral("peer"));
        QVERIFY(app.ok());
        QFile ca(m_peer.untrustedCaFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        app.value().caPem = QString::fromLatin1(ca.readAll());
        QVERIFY(store.updateApp(app.value()).ok());
        QVERIFY(engine.value()->close().ok());
    }
    QVERIFY(m_peer.resetStats());
    const qint64 started = now();
    QElapsedTimer timer;
    timer.start();
    const CliRun refresh = profile.run({QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)});
    VERIFY_EXIT(refresh, ExitCode::Provider);
    QVERIFY2(refresh.err.contains("TLS certificate") && refresh.err.contains("not trusted")
                 && refresh.err.contains("retries only hourly"),
             refresh.describe().constData());
    QVERIFY2(timer.elapsed() < 10000, "the TLS failure took long: retried?");
    QVERIFY2(m_peer.stats().isEmpty(), statsText(m_peer.stats()).constData()); // no HTTP request got through
    const QJsonObject c = profile.connection(id);
    QCOMPARE(c.value(QLatin1String("state")).toString(), QStringLiteral("retrying"));
    QCOMPARE(c.value(QLatin1String("last_refresh_result")).toString(), QStringLiteral("tls"));
    // No retry storm against a broken setup: the next attempt waits the longest delay (an hour).
    const qint64 next = msOf(c.value(QLatin1String("next_refresh_at")));
    QVERIFY2(next >= started + 55 * 60 * 1000 && next <= now() + 65 * 60 * 1000, QJsonDocument(c).toJson().constData());
    // Exactly one attempt: one failed refresh in the audit log.
    const QList<QJsonObject> refreshes
        = eventsOf(profile.auditEvents(), QStringLiteral("connection.refresh"), connectionTarget(id));
    QCOMPARE(refreshes.size(), 1);
    QCOMPARE(refreshes.first().value(QLatin1String("details")).toObject().value(QLatin1String("error")).toString(),
             QStringLiteral("tls"));
}

void TestOAuth::clientSecretRotation()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QStringList refresh = {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id)};
    const QString setAt = profile.app(QStringLiteral("peer")).value(QLatin1String("secret_set_at")).toString();
    QVERIFY(!setAt.isEmpty());

    const CliRun wrong = profile.run(words("apps rotate-secret peer"), "not-the-secret\n");
    VERIFY_EXIT(wrong, ExitCode::Provider);
    QVERIFY2(wrong.err.contains("was not accepted") && wrong.err.contains("old one stays in use"),
             wrong.describe().constData());
    QCOMPARE(profile.app(QStringLiteral("peer")).value(QLatin1String("secret_set_at")).toString(), setAt);
    VERIFY_EXIT(profile.run(refresh), 0); // the old secret still works

    QTest::qWait(5); // secret_set_at has millisecond resolution
    const CliRun right = profile.run(words("apps rotate-secret peer"), kConfidentialSecret + '\n');
    VERIFY_EXIT(right, 0);
    QVERIFY2(!right.out.contains(kConfidentialSecret) && !right.err.contains(kConfidentialSecret),
             right.describe().constData());
    const QString rotatedAt = profile.app(QStringLiteral("peer")).value(QLatin1String("secret_set_at")).toString();
    QVERIFY2(!rotatedAt.isEmpty() && rotatedAt != setAt, qPrintable(setAt + QStringLiteral(" → ") + rotatedAt));
    VERIFY_EXIT(profile.run(refresh), 0);

    const QList<QJsonObject> rotations = eventsOf(profile.auditEvents(), QStringLiteral("app.secret_rotate"));
    QCOMPARE(rotations.size(), 2);
    QCOMPARE(rotations.at(0).value(QLatin1String("outcome")).toString(), QStringLiteral("failure"));
    QCOMPARE(rotations.at(1).value(QLatin1String("outcome")).toString(), QStringLiteral("success"));
}

void TestOAuth::tokenKeyRotation()
{
    SETUP_PROFILE(profile);
    CONNECT_ALICE(profile, id);
    const QString oldKey = profile.connection(id).value(QLatin1String("key_id")).toString();
    QVERIFY(!oldKey.isEmpty());

    const CliRun rotate = profile.run(words("keys rotate"));
    VERIFY_EXIT(rotate, 0);
    const CliRun list = profile.run(words("keys list --json"));
    VERIFY_EXIT(list, 0);
    QString newKey;
    bool oldRetired = false;
    for (const QJsonValue &value : jsonOf(list.out).value(QLatin1String("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        const QString state = key.value(QLatin1String("state")).toString();
        if (key.value(QLatin1String("id")).toString() == oldKey)
            oldRetired
                = state == QLatin1String("retired") && !key.value(QLatin1String("retired_at")).toString().isEmpty();
        else if (state == QLatin1String("active"))
            newKey = key.value(QLatin1String("id")).toString();
    }
    QVERIFY2(oldRetired && !newKey.isEmpty(), list.out.constData());
    QCOMPARE(profile.connection(id).value(QLatin1String("key_id")).toString(), newKey);

    // The re-sealed refresh token still opens, and works at the provider.
    const CliRun refresh = profile.run(
        {QStringLiteral("connections"), QStringLiteral("refresh"), QString::number(id), QStringLiteral("--json")});
    VERIFY_EXIT(refresh, 0);
    QCOMPARE(jsonOf(refresh.out).value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QCOMPARE(jsonOf(refresh.out).value(QLatin1String("key_id")).toString(), newKey);
    VERIFY_EXIT(profile.run(words("audit verify")), 0);
}

void TestOAuth::serveRefreshesDueTokens()
{
    // A second server whose access tokens live 30 s: due for refresh after half their lifetime.
    OidcPeer shortLived;
    shortLived.setAccessTokenTtl(30);
    QString error;
    QVERIFY2(shortLived.start(&error), qPrintable(error));
    Profile profile;
    VERIFY_EXIT(profile.run(words("init")), 0);
    VERIFY_EXIT(profile.run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("short"), QStringLiteral("--discovery"), shortLived.issuer(),
                             QStringLiteral("--client-id"), QStringLiteral("keyward-confidential"),
                             QStringLiteral("--client-secret-stdin"), QStringLiteral("--ca-file"), shortLived.caFile(),
                             QStringLiteral("--scopes"), QStringLiteral("openid email")},
                            kConfidentialSecret),
                0);
    const Connected connected
        = connectWithBrowser(shortLived, profile, QStringLiteral("short"), QStringLiteral("alice"));
    QVERIFY2(connected.problem.isEmpty() && connected.exitCode == 0, connected.describe().constData());
    const qint64 id = connected.id();
    const qint64 issued = msOf(connected.connection.value(QLatin1String("issued_at")));
    const qint64 expires = msOf(connected.connection.value(QLatin1String("expires_at")));
    const qint64 due = msOf(connected.connection.value(QLatin1String("next_refresh_at")));
    const qint64 lifetime = expires - issued;
    QVERIFY2(lifetime > 28000 && lifetime <= 30000 && due - issued == lifetime / 2, connected.describe().constData());

    auto serve = startCli(profile, words("serve --workers 2"));
    QVERIFY(serve->waitForStarted());
    QByteArray serveErr;
    // Reads the connection (shared access while serve owns the profile) until it was refreshed `count` times.
    const auto waitForRefreshes = [&](int count, qint64 untilMs) {
        QJsonObject c;
        while (now() < untilMs && serve->state() == QProcess::Running) {
            QTest::qWait(250);
            c = profile.connection(id);
            if (c.value(QLatin1String("refresh_count")).toInt() >= count)
                break;
        }
        serveErr += serve->readAllStandardError();
        return c;
    };
    // The job refreshing this connection next, if any is waiting.
    const auto nextRefreshJob = [&]() -> QJsonObject {
        const QJsonArray jobs
            = jsonOf(profile.run(words("jobs list --limit 1000 --json")).out).value(QLatin1String("jobs")).toArray();
        for (const QJsonValue &value : jobs) {
            const QJsonObject job = value.toObject();
            const QString state = job.value(QLatin1String("state")).toString();
            if (job.value(QLatin1String("type")).toString() == QLatin1String("token.refresh")
                && job.value(QLatin1String("args")).toObject().value(QLatin1String("connection_id")).toInteger() == id
                && (state == QLatin1String("scheduled") || state == QLatin1String("pending")))
                return job;
        }
        return {};
    };

    const QJsonObject first = waitForRefreshes(1, due + 15000);
    QVERIFY2(serve->state() == QProcess::Running, serveErr.constData());
    QVERIFY2(first.value(QLatin1String("refresh_count")).toInt() >= 1,
             QByteArray(QJsonDocument(first).toJson() + "serve: " + serveErr).constData());
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("healthy"));
    QVERIFY(first.value(QLatin1String("rotation_count")).toInt() >= 1);
    const qint64 refreshedAt = msOf(first.value(QLatin1String("last_refresh_at")));
    QVERIFY2(refreshedAt >= due - 1000, QJsonDocument(first).toJson().constData()); // not before it was due
    const qint64 nextDue = msOf(first.value(QLatin1String("next_refresh_at")));
    QVERIFY(nextDue > refreshedAt);

    // The engine keeps going: the refresh job that just ran leaves a job for the next refresh behind, due when the new
    // token is (the first refresh above shows that such a job runs when it is due).
    QJsonObject followUp;
    for (int i = 0; i < 20 && followUp.isEmpty(); ++i) {
        QTest::qWait(100);
        followUp = nextRefreshJob();
    }
    QVERIFY2(!followUp.isEmpty(),
             QByteArray("no token.refresh job is waiting for the next refresh of the connection (due "
                        + first.value(QLatin1String("next_refresh_at")).toString().toUtf8()
                        + "): the refresh engine stopped after one refresh. jobs: "
                        + profile.run(words("jobs list --json")).out)
                 .constData());
    QCOMPARE(msOf(followUp.value(QLatin1String("run_at"))), nextDue);

    serve->terminate(); // SIGTERM: drain and stop
    QVERIFY(serve->waitForFinished(35000));
    const QByteArray stopped = serveErr + serve->readAllStandardError();
    QVERIFY2(serve->exitStatus() == QProcess::NormalExit && serve->exitCode() == 0, stopped.constData());
    QVERIFY2(stopped.contains("stopped"), stopped.constData());
    VERIFY_EXIT(profile.run(words("audit verify")), 0);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"

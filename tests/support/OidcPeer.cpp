#include "OidcPeer.h"

#include <QDebug>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

#ifndef KEYWARD_PEERS_DIR
#error "KEYWARD_PEERS_DIR must name tests/peers (set by tests/CMakeLists.txt)"
#endif

namespace Keyward::Test {

namespace {

constexpr int kStartTimeoutMs = 30000; // it takes about 1 s; a loaded CI machine is slower
constexpr int kToolTimeoutMs = 30000;

QString nodeProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString opensslProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Runs a command-line tool to completion; false with its standard error when it fails.
bool runTool(const QString &program, const QStringList &arguments, const QString &directory, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(kToolTimeoutMs))
        return setError(error, QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return setError(error, QStringLiteral("%1 %2 timed out").arg(program, arguments.join(QLatin1Char(' '))));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return setError(
            error,
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()).trimmed()));
    }
    return true;
}

QString randomSerial()
{
    // A positive 63-bit serial, so no two runs hand out the same one.
    return QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64() >> 1, 16, 16, QLatin1Char('0'));
}

} // namespace

OidcPeer::OidcPeer() = default;

OidcPeer::~OidcPeer()
{
    stop();
}

QString OidcPeer::peersDirectory()
{
    return QStringLiteral(KEYWARD_PEERS_DIR);
}

bool OidcPeer::available(QString *why)
{
    const QString node = nodeProgram();
    if (node.isEmpty()) {
        return setError(why,
                        QStringLiteral("node is not installed: the OAuth test server needs Node.js 20.18 or later "
                                       "(scripts/install-deps.sh says how to get it)"));
    }
    QProcess version;
    version.start(node, {QStringLiteral("--version")});
    if (!version.waitForFinished(kToolTimeoutMs) || version.exitCode() != 0)
        return setError(why, QStringLiteral("`node --version` failed: %1").arg(version.errorString()));
    const QString text = QString::fromLatin1(version.readAllStandardOutput()).trimmed();
    const auto match = QRegularExpression(QStringLiteral("^v(\\d+)\\.(\\d+)")).match(text);
    const int major = match.captured(1).toInt();
    const int minor = match.captured(2).toInt();
    if (!match.hasMatch() || major < 20 || (major == 20 && minor < 18))
        return setError(why,
                        QStringLiteral("node %1 is too old: the OAuth test server needs 20.18 or later").arg(text));
    if (opensslProgram().isEmpty())
        return setError(why, QStringLiteral("the openssl command is not installed (apt-get install openssl)"));
    if (!QFileInfo::exists(peersDirectory() + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        return setError(why,
                        QStringLiteral("%1/node_modules is missing: run scripts/install-deps.sh "
                                       "(npm ci --prefix tests/peers)")
                            .arg(peersDirectory()));
    }
    return true;
}

QString OidcPeer::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QString OidcPeer::untrustedCaFile() const
{
    return m_dir.filePath(QStringLiteral("untrusted-ca.pem"));
}

QString OidcPeer::issuer() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QUrl OidcPeer::baseUrl() const
{
    return QUrl(issuer());
}

bool OidcPeer::isRunning() const
{
    return m_server && m_server->state() == QProcess::Running && m_port != 0;
}

QSslConfiguration OidcPeer::sslConfiguration(const QString &caPemFile) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caPemFile.isEmpty() ? caFile() : caPemFile));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

bool OidcPeer::makeCertificates(QString *error)
{
    const QString openssl = opensslProgram();
    const QString dir = m_dir.path();
    const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    const QStringList caExtensions
        = {QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
           QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};

    // The CA that signs the server certificate, and one that signs nothing (for "untrusted certificate").
    for (const auto &[name, subject] :
         {std::pair {QStringLiteral("ca"), QStringLiteral("/CN=Keyward Test CA")},
          std::pair {QStringLiteral("untrusted-ca"), QStringLiteral("/CN=Keyward Untrusted Test CA")}}) {
        QStringList arguments = {QStringLiteral("req"), QStringLiteral("-x509")};
        arguments << ecKey << QStringLiteral("-keyout") << name + QStringLiteral("-key.pem") << QStringLiteral("-out")
                  << name + QStringLiteral(".pem") << QStringLiteral("-days") << QStringLiteral("2")
                  << QStringLiteral("-subj") << subject << QStringLiteral("-set_serial") << randomSerial()
                  << caExtensions;
        if (!runTool(openssl, arguments, dir, error))
            return false;
    }

    QStringList request = {QStringLiteral("req")};
    request << ecKey << QStringLiteral("-keyout") << QStringLiteral("server-key.pem") << QStringLiteral("-out")
            << QStringLiteral("server.csr") << QStringLiteral("-subj") << QStringLiteral("/CN=127.0.0.1");
    if (!runTool(openssl, request, dir, error))
        return false;

    // The SAN is what a TLS client checks (RFC 6125); the CN alone would be refused.
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return setError(error, QStringLiteral("cannot write %1").arg(extensions.fileName()));
    extensions.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                     "basicConstraints = critical, CA:FALSE\n"
                     "keyUsage = critical, digitalSignature\n"
                     "extendedKeyUsage = serverAuth\n"
                     "subjectKeyIdentifier = hash\n"
                     "authorityKeyIdentifier = keyid\n");
    extensions.close();

    const QStringList sign = {QStringLiteral("x509"),        QStringLiteral("-req"),
                              QStringLiteral("-in"),         QStringLiteral("server.csr"),
                              QStringLiteral("-CA"),         QStringLiteral("ca.pem"),
                              QStringLiteral("-CAkey"),      QStringLiteral("ca-key.pem"),
                              QStringLiteral("-set_serial"), randomSerial(),
                              QStringLiteral("-days"),       QStringLiteral("2"),
                              QStringLiteral("-extfile"),    QStringLiteral("server.ext"),
                              QStringLiteral("-out"),        QStringLiteral("server.pem")};
    return runTool(openssl, sign, dir, error);
}

bool OidcPeer::start(QString *error)
{
    if (m_server)
        return setError(error, QStringLiteral("the OAuth test server was already started"));
    QString why;
    if (!available(&why))
        return setError(error, why);
    if (!m_dir.isValid())
        return setError(error, QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()));
    if (!makeCertificates(error))
        return false;
    // Seen twice in full parallel test runs (never alone): node printed its first notice and then never reached
    // its listen callback. Until that is understood, a server that does not come up is replaced, at most twice.
    for (int attempt = 1;; ++attempt) {
        if (launchServer(error))
            return true;
        if (attempt == 3)
            return false;
        qWarning("OAuth test server did not start (attempt %d): %s; trying again", attempt,
                 error ? qPrintable(*error) : "");
    }
}

bool OidcPeer::launchServer(QString *error)
{
    m_server = std::make_unique<QProcess>();
    m_server->setWorkingDirectory(peersDirectory());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (m_accessTtl > 0)
        environment.insert(QStringLiteral("PEER_ACCESS_TTL"), QString::number(m_accessTtl));
    m_server->setProcessEnvironment(environment);
    QObject::connect(m_server.get(), &QProcess::readyReadStandardError, m_server.get(),
                     [this] { forwardServerOutput(); });

    QEventLoop loop;
    const auto readListening = [this, &loop] {
        m_stdoutBuffer += m_server->readAllStandardOutput();
        if (m_port != 0)
            return;
        static const QRegularExpression listening(QStringLiteral("^LISTENING (\\d+)$"),
                                                  QRegularExpression::MultilineOption);
        const auto match = listening.match(QString::fromLatin1(m_stdoutBuffer));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            loop.quit();
        }
    };
    QObject::connect(m_server.get(), &QProcess::readyReadStandardOutput, &loop, readListening);
    QObject::connect(m_server.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(m_server.get(), &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    m_server->start(nodeProgram(),
                    {QStringLiteral("oidc-server.mjs"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--cert"), m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--key"),
                     m_dir.filePath(QStringLiteral("server-key.pem"))});
    timeout.start(kStartTimeoutMs);
    readListening();
    if (m_port == 0)
        loop.exec();
    forwardServerOutput();

    if (m_port == 0) {
        const QString state = m_server->state() == QProcess::Running
            ? QStringLiteral("did not print LISTENING within %1 s").arg(kStartTimeoutMs / 1000)
            : QStringLiteral("ended (%1, exit code %2)").arg(m_server->errorString()).arg(m_server->exitCode());
        stop();
        return setError(error, QStringLiteral("the OAuth test server %1; see its output above").arg(state));
    }
    QObject::connect(m_server.get(), &QProcess::readyReadStandardOutput, m_server.get(), [this] {
        const QByteArray more = m_server->readAllStandardOutput().trimmed();
        if (!more.isEmpty())
            qDebug("oidc-server: %s", more.constData());
    });
    QObject::connect(m_server.get(), &QProcess::finished, m_server.get(), [](int code, QProcess::ExitStatus status) {
        qWarning("oidc-server: ended unexpectedly (%s, exit code %d)",
                 status == QProcess::CrashExit ? "crashed" : "exited", code);
    });
    return true;
}

void OidcPeer::forwardServerOutput()
{
    if (!m_server)
        return;
    m_stderrBuffer += m_server->readAllStandardError();
    qsizetype end;
    while ((end = m_stderrBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_stderrBuffer.left(end).trimmed();
        m_stderrBuffer.remove(0, end + 1);
        if (line.isEmpty())
            continue;
        if (line.contains("error") || line.contains("Error"))
            qWarning("oidc-server: %s", line.constData());
        else
            qDebug("oidc-server: %s", line.constData());
    }
}

void OidcPeer::stop()
{
    if (!m_server)
        return;
    QObject::disconnect(m_server.get(), &QProcess::finished, nullptr, nullptr);
    if (m_server->state() != QProcess::NotRunning) {
        m_server->terminate();
        if (!m_server->waitForFinished(3000)) {
            m_server->kill();
            m_server->waitForFinished(3000);
        }
    }
    m_stderrBuffer += m_server->readAllStandardError() + '\n';
    forwardServerOutput();
    m_server.reset();
    m_port = 0;
}

bool OidcPeer::adminRequest(const QByteArray &verb, const QString &path, const QByteArray &body, QJsonObject *answer,
                            int timeoutMs)
{
    if (!isRunning()) {
        qWarning("OidcPeer: %s %s while the server is not running", verb.constData(), qPrintable(path));
        return false;
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, reply, &QNetworkReply::abort);
    guard.start(timeoutMs + 500);
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QString errorText = reply->errorString();
    const bool failed = reply->error() != QNetworkReply::NoError;
    reply->deleteLater();
    if (failed || status != 200) {
        qWarning("OidcPeer: %s %s failed: HTTP %d, %s %s", verb.constData(), qPrintable(path), status,
                 qPrintable(errorText), data.constData());
        return false;
    }
    if (answer) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (!document.isObject()) {
            qWarning("OidcPeer: %s %s answered no JSON object: %s", verb.constData(), qPrintable(path),
                     qPrintable(parseError.errorString()));
            return false;
        }
        *answer = document.object();
    }
    return true;
}

QList<QByteArray> OidcPeer::mintRefreshTokens(const QString &clientId, const QString &account, int count,
                                              const QString &scope, int timeoutMs)
{
    const QJsonObject body {{QLatin1String("client_id"), clientId},
                            {QLatin1String("account"), account},
                            {QLatin1String("count"), count},
                            {QLatin1String("scope"), scope}};
    QJsonObject answer;
    QList<QByteArray> tokens;
    if (!adminRequest(QByteArrayLiteral("POST"), QStringLiteral("/__mint"),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), &answer, timeoutMs))
        return tokens;
    for (const QJsonValue &token : answer.value(QLatin1String("refresh_tokens")).toArray())
        tokens.append(token.toString().toLatin1());
    return tokens;
}

bool OidcPeer::setFault(const QJsonObject &fault)
{
    return adminRequest(QByteArrayLiteral("POST"), QStringLiteral("/__faults"),
                        QJsonDocument(fault).toJson(QJsonDocument::Compact), nullptr);
}

bool OidcPeer::clearFaults()
{
    return adminRequest(QByteArrayLiteral("DELETE"), QStringLiteral("/__faults"), {}, nullptr);
}

QJsonObject OidcPeer::stats()
{
    QJsonObject counts;
    adminRequest(QByteArrayLiteral("GET"), QStringLiteral("/__stats"), {}, &counts);
    return counts;
}

bool OidcPeer::resetStats()
{
    return adminRequest(QByteArrayLiteral("POST"), QStringLiteral("/__stats/reset"), {}, nullptr);
}

QProcess *OidcPeer::startBrowser(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setWorkingDirectory(peersDirectory());
    process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), caFile());
    process->setProcessEnvironment(environment);
    process->start(nodeProgram(), QStringList {QStringLiteral("browser.mjs")} + arguments);
    return process;
}

int OidcPeer::runBrowser(const QStringList &arguments, QString *output, int timeoutMs)
{
    std::unique_ptr<QProcess> process(startBrowser(arguments));
    if (!process->waitForStarted(kToolTimeoutMs)) {
        if (output)
            *output = QStringLiteral("browser.mjs did not start: %1").arg(process->errorString());
        return -1;
    }
    QEventLoop loop;
    QObject::connect(process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (process->state() != QProcess::NotRunning)
        loop.exec();

    bool timedOut = false;
    if (process->state() != QProcess::NotRunning) {
        timedOut = true;
        process->kill();
        process->waitForFinished(3000);
    }
    if (output) {
        *output = QString::fromUtf8(process->readAll());
        if (timedOut)
            *output += QStringLiteral("\n(browser.mjs timed out after %1 ms)").arg(timeoutMs);
    }
    if (timedOut || process->exitStatus() != QProcess::NormalExit)
        return -1;
    return process->exitCode();
}

} // namespace Keyward::Test

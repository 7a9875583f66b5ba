#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Keyward::Test {

/// A real OAuth 2.0 / OpenID Connect server for integration tests: tests/peers/oidc-server.mjs (node
/// oidc-provider) over HTTPS on 127.0.0.1 with a certificate from a throw-away test CA, plus its admin API (faults
/// on demand, request counts) and the scripted browser (tests/peers/browser.mjs). See tests/peers/README.md for the
/// clients it knows.
class OidcPeer
{
public:
    OidcPeer();
    ~OidcPeer();
    OidcPeer(const OidcPeer &) = delete;
    OidcPeer &operator=(const OidcPeer &) = delete;

    /// False, with the reason, when node (>= 20.18), openssl or tests/peers/node_modules is missing.
    static bool available(QString *why);
    /// tests/peers in the source tree.
    static QString peersDirectory();

    /// Access token lifetime in seconds (PEER_ACCESS_TTL); takes effect at start().
    void setAccessTokenTtl(int seconds) { m_accessTtl = seconds; }

    /// Creates the test CA and the server certificate, starts the server and waits up to 20 s for it to listen.
    bool start(QString *error = nullptr);
    bool isRunning() const;

    QString issuer() const;
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    /// PEM file of the CA that signed the server certificate.
    QString caFile() const;
    /// PEM file of a second CA that signed nothing this server presents.
    QString untrustedCaFile() const;
    /// A TLS configuration that trusts only `caPemFile` (caFile() by default); verification stays on.
    QSslConfiguration sslConfiguration(const QString &caPemFile = {}) const;

    /// The admin API (POST /__faults and friends); each call waits at most 10 s.
    bool setFault(const QJsonObject &fault);
    bool clearFaults();
    QJsonObject stats();
    bool resetStats();
    /// POST /__mint: `count` refresh tokens of `clientId` for `account`, made directly by the server (no sign-in).
    /// Empty when the server refused or did not answer within `timeoutMs`.
    QList<QByteArray> mintRefreshTokens(const QString &clientId, const QString &account, int count,
                                        const QString &scope, int timeoutMs = 10000);

    /// Runs `node browser.mjs <arguments>` and returns its exit code (-1 when it did not start, timed out or
    /// crashed); `output` gets standard output and error. It runs a local event loop while it waits, so servers
    /// living in the caller's thread (a loopback redirect receiver) keep answering.
    int runBrowser(const QStringList &arguments, QString *output = nullptr, int timeoutMs = 30000);
    /// Starts the browser script without waiting (channels merged); the caller owns the process.
    QProcess *startBrowser(const QStringList &arguments);

private:
    bool makeCertificates(QString *error);
    bool launchServer(QString *error);
    bool adminRequest(const QByteArray &verb, const QString &path, const QByteArray &body, QJsonObject *answer,
                      int timeoutMs = 10000);
    void forwardServerOutput();
    void stop();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_stderrBuffer;
    QByteArray m_stdoutBuffer;
    quint16 m_port = 0;
    int m_accessTtl = 0;
};

} // namespace Keyward::Test

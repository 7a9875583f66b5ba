#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

namespace Keyward::OAuth {

/// The redirect target of a native app's authorization request (RFC 8252 §7.3): an HTTP listener on 127.0.0.1 with
/// an ephemeral port that accepts exactly one request on the expected path, answers the browser with a short page,
/// and stops. Anything else gets 404 (and, past a small budget, is dropped unanswered, while the expected request
/// is still accepted); no request arrives within
/// the timeout (5 minutes by default) → timedOut().
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;
    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kStrayBudget = 20; ///< wrong-path requests answered before the rest are dropped

    explicit LoopbackReceiver(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 (never on all interfaces). `path` is the redirect URI's path ("/callback").
    bool listen(const QString &path, int timeoutMs = kDefaultTimeoutMs);
    quint16 port() const { return m_server.serverPort(); }
    /// The redirect URI to register with this request: http://127.0.0.1:<port><path>.
    QString redirectUri() const;
    /// The page the browser shows after the redirect (set before the browser arrives).
    void setResponsePage(const QString &title, const QString &message);
    int strayRequests() const { return m_stray; }

Q_SIGNALS:
    /// The one request on the expected path arrived; the listener has stopped. The browser's page is sent after
    /// this signal's (direct) receivers ran, so they can set it with setResponsePage().
    void received(const QUrlQuery &query);
    void timedOut();

private:
    void onConnection();
    void handle(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html);

    QTcpServer m_server;
    QTimer m_timeout;
    QString m_path;
    QString m_title;
    QString m_message;
    int m_stray = 0;
    bool m_done = false;
};

} // namespace Keyward::OAuth

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace Keyward::Test {

/// A plain-HTTP server on 127.0.0.1 for unit tests of request shapes: it records each request and answers with
/// what the test's handler returns. Fakes an API Keyward cannot reach from a test (GitHub, Slack, ...); the
/// protocol tests against a real server use OidcPeer.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; ///< path and query as sent
        QHash<QByteArray, QByteArray> headers; ///< names lower-cased
        QByteArray body;
        QUrl url() const { return QUrl(QString::fromLatin1(target)); }
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool listen();
    /// http://127.0.0.1:<port>
    QString baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Every answer: `status` with `body` (JSON).
    void answer(int status, const QByteArray &body = {}, const QHash<QByteArray, QByteArray> &headers = {});
    const QList<Request> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    void onConnection();
    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};

} // namespace Keyward::Test

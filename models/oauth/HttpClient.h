#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace Keyward::OAuth {

/// One HTTP exchange's result, whatever happened. Never holds a request's credentials.
struct HttpResponse
{
    enum class Failure {
        None, ///< an HTTP answer arrived (any status)
        Network, ///< connection refused, reset, DNS
        Timeout, ///< no complete answer in time
        Tls, ///< the certificate was not trusted or the handshake failed
        TooLarge, ///< the answer exceeded the size limit
    };
    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; ///< the Retry-After header as sent
    QString errorText; ///< for Network/Tls/Timeout: what Qt reported (no secret in it)
    qint64 elapsedMs = 0;

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    /// Retry-After in ms (delta-seconds or HTTP-date), or -1 when absent or malformed.
    qint64 retryAfterMs(qint64 nowMs) const;
};

/// Per-request options.
struct HttpOptions
{
    QList<QSslCertificate> extraCaCertificates; ///< a private CA (enterprise identity providers), added to the system's
    int timeoutMs = 30'000;
    qint64 maxResponseBytes = 1 << 20;
};

/// Asynchronous HTTPS for the OAuth code: TLS always verified, a timeout and a size limit on every request, and at
/// most `maxPerHost` requests in flight per host (the rest wait in a queue), so a thousand due refreshes do not
/// open a thousand connections to one provider. Lives on one thread (the engine thread).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setMaxPerHost(int count) { m_maxPerHost = std::max(1, count); }
    int maxPerHost() const { return m_maxPerHost; }

    /// POSTs `form` (application/x-www-form-urlencoded). `headers` may carry Authorization.
    void postForm(const QUrl &url, const QByteArray &form, const QHash<QByteArray, QByteArray> &headers,
                  const HttpOptions &options, Callback done);
    void get(const QUrl &url, const QHash<QByteArray, QByteArray> &headers, const HttpOptions &options, Callback done);
    /// Any method (providers' own APIs use DELETE with a JSON body). Accept defaults to application/json.
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 const QHash<QByteArray, QByteArray> &headers, const HttpOptions &options, Callback done);
    /// Requests queued or in flight.
    int pending() const;
    /// Aborts everything; callbacks are not called.
    void abortAll();

private:
    struct Request
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        HttpOptions options;
        Callback done;
    };
    void enqueue(Request request);
    void startNext(const QString &host);
    void send(Request request);

    /// One manager per set of trusted certificate authorities: Qt pools connections per manager and reuses a
    /// pooled connection whatever TLS configuration a later request carries, so apps that trust different CAs must
    /// never share one (an app whose CA does not trust the server would ride on another app's verified connection).
    QNetworkAccessManager &managerFor(const QList<QSslCertificate> &extraCas);
    QHash<QByteArray, QNetworkAccessManager *> m_managers;
    QHash<QString, QQueue<Request>> m_waiting;
    QHash<QString, int> m_inFlight;
    int m_maxPerHost = 8;
    quint64 m_generation = 0;
};

} // namespace Keyward::OAuth

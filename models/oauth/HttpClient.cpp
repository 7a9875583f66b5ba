#include "HttpClient.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <limits>
#include <memory>

namespace Keyward::OAuth {

qint64 HttpResponse::retryAfterMs(qint64 nowMs) const
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    bool numeric = false;
    const qint64 seconds = value.toLongLong(&numeric);
    if (numeric)
        return seconds < 0 ? -1 : std::min(seconds, std::numeric_limits<qint64>::max() / 1000) * 1000;
    // An HTTP-date (RFC 9110 §5.6.7) ends in "GMT", which Qt's RFC 2822 parser does not accept: use "+0000".
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(3) + QLatin1String("+0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return -1;
    return std::max<qint64>(0, date.toMSecsSinceEpoch() - nowMs);
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{ }

QNetworkAccessManager &HttpClient::managerFor(const QList<QSslCertificate> &extraCas)
{
    QList<QByteArray> digests;
    for (const QSslCertificate &ca : extraCas)
        digests.append(ca.digest(QCryptographicHash::Sha256));
    std::sort(digests.begin(), digests.end());
    const QByteArray key = digests.join();
    QNetworkAccessManager *&manager = m_managers[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a token endpoint never redirects
        manager->setStrictTransportSecurityEnabled(false);
    }
    return *manager;
}

HttpClient::~HttpClient()
{
    abortAll();
}

int HttpClient::pending() const
{
    int total = 0;
    for (const auto &queue : m_waiting)
        total += static_cast<int>(queue.size());
    for (const int count : m_inFlight)
        total += count;
    return total;
}

void HttpClient::abortAll()
{
    ++m_generation;
    m_waiting.clear();
    m_inFlight.clear();
    for (QNetworkAccessManager *manager : std::as_const(m_managers)) {
        const auto replies = manager->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void HttpClient::postForm(const QUrl &url, const QByteArray &form, const QHash<QByteArray, QByteArray> &headers,
                          const HttpOptions &options, Callback done)
{
    QHash<QByteArray, QByteArray> all = headers;
    all.insert(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    enqueue({QByteArrayLiteral("POST"), url, form, all, options, std::move(done)});
}

void HttpClient::get(const QUrl &url, const QHash<QByteArray, QByteArray> &headers, const HttpOptions &options,
                     Callback done)
{
    enqueue({QByteArrayLiteral("GET"), url, {}, headers, options, std::move(done)});
}

void HttpClient::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         const QHash<QByteArray, QByteArray> &headers, const HttpOptions &options, Callback done)
{
    enqueue({verb, url, body, headers, options, std::move(done)});
}

void HttpClient::enqueue(Request request)
{
    const QString host = request.url.host(QUrl::FullyEncoded) + u':' + QString::number(request.url.port(443));
    if (m_inFlight.value(host) < m_maxPerHost) {
        ++m_inFlight[host];
        send(std::move(request));
        return;
    }
    m_waiting[host].enqueue(std::move(request));
}

void HttpClient::startNext(const QString &host)
{
    auto it = m_waiting.find(host);
    if (it == m_waiting.end() || it->isEmpty()) {
        if (it != m_waiting.end())
            m_waiting.erase(it);
        return;
    }
    Request next = it->dequeue();
    ++m_inFlight[host];
    send(std::move(next));
}

void HttpClient::send(Request request)
{
    QNetworkRequest http(request.url);
    http.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    for (auto it = request.headers.constBegin(); it != request.headers.constEnd(); ++it)
        http.setRawHeader(it.key(), it.value());
    http.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Keyward"));
    http.setTransferTimeout(request.options.timeoutMs);
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!request.options.extraCaCertificates.isEmpty())
            tls.addCaCertificates(request.options.extraCaCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // never lowered
        http.setSslConfiguration(tls);
    }
    QNetworkReply *reply
        = managerFor(request.options.extraCaCertificates).sendCustomRequest(http, request.verb, request.body);
    const QString host = request.url.host(QUrl::FullyEncoded) + u':' + QString::number(request.url.port(443));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const qint64 limit = request.options.maxResponseBytes;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit, tooLarge](qint64 received, qint64) {
        if (received > limit && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, host, timer, tooLarge, generation = m_generation, done = std::move(request.done)] {
                reply->deleteLater();
                HttpResponse response;
                response.elapsedMs = timer->elapsed();
                response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                response.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
                if (*tooLarge) {
                    response.failure = HttpResponse::Failure::TooLarge;
                    response.errorText = QStringLiteral("response too large");
                } else {
                    response.body = reply->readAll();
                    const QNetworkReply::NetworkError error = reply->error();
                    if (error == QNetworkReply::SslHandshakeFailedError) {
                        response.failure = HttpResponse::Failure::Tls;
                    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
                        response.failure = HttpResponse::Failure::Timeout;
                    } else if (response.status == 0 && error != QNetworkReply::NoError) {
                        response.failure = HttpResponse::Failure::Network;
                    }
                    if (response.failure != HttpResponse::Failure::None)
                        response.errorText = reply->errorString();
                }
                if (generation != m_generation)
                    return; // abortAll() ran: nobody waits for this answer any more
                if (--m_inFlight[host] <= 0)
                    m_inFlight.remove(host);
                startNext(host);
                done(response);
            });
}

} // namespace Keyward::OAuth

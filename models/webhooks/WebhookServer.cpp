#include "WebhookServer.h"

#include "RateLimiter.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QSemaphore>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace Keyward::Webhooks {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray jsonBody(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields)
        object.insert(QLatin1String(key), value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class HttpConnection;

/// The listening socket and everything on the receiver thread: connections, the sources' snapshot, rate limits.
class Receiver : public QTcpServer
{
public:
    Receiver(WebhookServer *server, const ServerOptions &options, std::shared_ptr<ServerCounters> counters)
        : m_server(server)
        , m_options(options)
        , m_counters(std::move(counters))
        , m_global(options.globalRatePerSecond, 2.0 * options.globalRatePerSecond)
    {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificateChain(options.identity.chain);
        m_tls.setPrivateKey(options.identity.key);
        m_tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    }

    void setConfig(std::shared_ptr<const ReceiverConfig> config)
    {
        for (const ReceiverSource &source : config->sources) {
            auto bucket = m_buckets.find(source.name);
            if (bucket == m_buckets.end() || bucket->rate() != source.ratePerSecond)
                m_buckets.insert(source.name, TokenBucket(source.ratePerSecond, 2.0 * source.ratePerSecond));
        }
        m_config = std::move(config);
    }
    void setReady(bool ready) { m_ready = ready; }

    const ServerOptions &options() const { return m_options; }
    ServerCounters &counters() { return *m_counters; }
    WebhookServer *server() const { return m_server; }
    const ReceiverConfig *config() const { return m_config.get(); }
    bool ready() const { return m_ready; }
    /// A token from the global bucket and the source's; false with the wait when either is empty.
    bool admit(const QString &source, qint64 *retryAfterMs)
    {
        const qint64 t = nowMs();
        if (!m_global.take(t, retryAfterMs))
            return false;
        auto bucket = m_buckets.find(source);
        return bucket == m_buckets.end() || bucket->take(t, retryAfterMs);
    }
    /// Whether a rejected delivery from `remote` is recorded (row and audit event) or only counted.
    bool recordRejection(const QString &remote)
    {
        if (m_rejectionBuckets.size() > 10'000)
            m_rejectionBuckets.clear(); // bounded: many addresses each start with a full budget again
        auto bucket = m_rejectionBuckets.find(remote);
        if (bucket == m_rejectionBuckets.end())
            bucket = m_rejectionBuckets.insert(
                remote, TokenBucket(m_options.rejectionRatePerAddress, m_options.rejectionBurst));
        return bucket->take(nowMs());
    }
    void countUnrecorded(const QString &source, const QString &remote, const QString &reason)
    {
        ++m_counters->rejectedUnrecorded;
        UnrecordedRejections &summary = m_unrecorded[source];
        const qint64 t = nowMs();
        if (summary.count++ == 0) {
            summary.source = source;
            summary.firstMs = t;
        }
        summary.lastMs = t;
        if (summary.remotes.size() < 10 && !summary.remotes.contains(remote))
            summary.remotes.append(remote);
        ++summary.reasons[reason];
    }
    /// The counts gathered since the last call, when `force` or the summary interval has passed.
    QList<UnrecordedRejections> takeUnrecorded(bool force)
    {
        const qint64 t = nowMs();
        if (m_unrecorded.isEmpty() || (!force && t - m_lastSummaryMs < m_options.unrecordedSummaryMs))
            return {};
        m_lastSummaryMs = t;
        QList<UnrecordedRejections> out = m_unrecorded.values();
        m_unrecorded.clear();
        return out;
    }
    void connectionClosed(const QString &remote)
    {
        --m_open;
        if (auto it = m_perAddress.find(remote); it != m_perAddress.end() && --*it <= 0)
            m_perAddress.erase(it);
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    WebhookServer *m_server;
    ServerOptions m_options;
    std::shared_ptr<ServerCounters> m_counters;
    QSslConfiguration m_tls;
    std::shared_ptr<const ReceiverConfig> m_config = std::make_shared<ReceiverConfig>();
    TokenBucket m_global;
    QHash<QString, TokenBucket> m_buckets;
    QHash<QString, TokenBucket> m_rejectionBuckets; ///< per client address
    QHash<QString, UnrecordedRejections> m_unrecorded; ///< per source
    qint64 m_lastSummaryMs = 0;
    bool m_ready = false;
    int m_open = 0;
    QHash<QString, int> m_perAddress;
};

/// One client connection: TLS, one request at a time (pipelined requests wait until the answer is sent), deadlines.
class HttpConnection : public QObject
{
public:
    HttpConnection(Receiver *receiver, QSslSocket *socket)
        : QObject(receiver)
        , m_receiver(receiver)
        , m_socket(socket)
        , m_parser(receiver->options().limits)
    {
        socket->setParent(this);
        m_remote = socket->peerAddress().toString();
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { onDeadline(); });
        connect(socket, &QSslSocket::readyRead, this, [this] { onReadable(); });
        // A client that stops reading its answers stops being served (its pipelined requests wait) until it reads.
        connect(socket, &QSslSocket::encryptedBytesWritten, this, [this] {
            if (m_writeBlocked && m_socket->bytesToWrite() <= kMaxUnreadAnswerBytes) {
                m_writeBlocked = false;
                onReadable();
            }
        });
        connect(socket, &QSslSocket::disconnected, this, [this] { close(); });
        connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcEngine) << "webhooks: connection from" << m_remote << "failed:" << m_socket->errorString();
            close();
        });
        connect(socket, &QSslSocket::sslErrors, this, [this] { close(); });
        arm(m_receiver->options().headerTimeoutMs);
    }

    /// The engine's answer for request `serial` (stale answers, after a timeout, are ignored).
    void answer(quint64 serial, const Recorded &recorded, const QByteArray &challenge)
    {
        if (serial != m_serial || !m_waiting)
            return;
        m_waiting = false;
        ServerCounters &counters = m_receiver->counters();
        if (m_refusal) { // a refusal recorded for support staff (413): the answer is the refusal
            ++counters.refused;
            return respond(std::exchange(m_refusal, 0), jsonBody({{"error", QStringLiteral("body too large")}}), {},
                           true);
        }
        switch (recorded.kind) {
        case Recorded::Kind::New:
            ++counters.accepted;
            if (!challenge.isEmpty())
                return respond(200, jsonBody({{"challenge", QString::fromUtf8(challenge)}}));
            return respond(202, jsonBody({{"status", QStringLiteral("accepted")}, {"id", recorded.id}}));
        case Recorded::Kind::Duplicate:
            ++counters.duplicates;
            if (!challenge.isEmpty())
                return respond(200, jsonBody({{"challenge", QString::fromUtf8(challenge)}}));
            return respond(200, jsonBody({{"status", QStringLiteral("duplicate")}}));
        case Recorded::Kind::Rejected:
            ++counters.rejected;
            return respond(401, jsonBody({{"error", QStringLiteral("invalid signature")}}));
        case Recorded::Kind::Failed:
            break;
        }
        ++counters.storeFailures;
        respond(503, jsonBody({{"error", QStringLiteral("not recorded; retry later")}}), "Retry-After: 5\r\n");
    }

private:
    void arm(int ms) { m_deadline.start(ms); }

    /// What one connection may hold unparsed: a whole request at the limits. Beyond it the socket is not read (its
    /// read buffer is bounded too), so TCP makes the client wait.
    qsizetype bufferCap() const
    {
        return m_receiver->options().limits.maxHeaderBytes + m_receiver->options().limits.maxBodyBytes;
    }

    /// Moves what the socket holds into the buffer, up to the cap. (QIODevice::read(n) allocates n bytes first:
    /// ask for what is there, not for the cap.)
    void fill()
    {
        const qint64 wanted = std::min<qint64>(m_socket->bytesAvailable(), bufferCap() - m_buffer.size());
        if (wanted > 0)
            m_buffer.append(m_socket->read(wanted));
    }

    void onReadable()
    {
        if (m_closed || m_closing)
            return;
        fill();
        advance();
    }

    /// Runs the parser over what is buffered, up to one complete request. Never while an answer is awaited (the
    /// answers must go out in the order of the requests), nor while the client leaves earlier answers unread.
    void advance()
    {
        if (m_waiting || m_closed || m_closing)
            return;
        if (m_socket->bytesToWrite() > kMaxUnreadAnswerBytes) {
            m_writeBlocked = true;
            return;
        }
        for (;;) {
            const bool wasStarted = m_parser.started();
            const HttpParser::State state = m_parser.feed(m_buffer);
            if (!wasStarted && m_parser.started())
                arm(m_receiver->options().headerTimeoutMs); // an idle connection's next request began
            switch (state) {
            case HttpParser::State::Headers:
            case HttpParser::State::Body:
                // The socket may hold more than was read into the buffer (it is read up to a cap).
                if (m_socket->bytesAvailable() > 0 && m_buffer.size() < bufferCap()) {
                    fill();
                    continue;
                }
                return;
            case HttpParser::State::Failed:
                return refuseParsed();
            case HttpParser::State::HeadersComplete:
                route();
                m_parser.continueBody();
                arm(m_receiver->options().bodyTimeoutMs);
                continue;
            case HttpParser::State::Complete:
                return deliver();
            }
        }
    }

    /// Decides from the request line and headers. A refusal is answered after the body has been read (and
    /// dropped), so that a keep-alive connection stays usable.
    void route()
    {
        ++m_receiver->counters().requests;
        const HttpRequest &request = m_parser.request();
        if (request.path == "/healthz" || request.path == "/readyz") {
            if (request.method != "GET" && request.method != "HEAD")
                return refuseLater(405, "Allow: GET, HEAD\r\n");
            if (request.path == "/healthz" || m_receiver->ready())
                return answerLater(200, jsonBody({{"status", QStringLiteral("ok")}}));
            return answerLater(503,
                               jsonBody({{"status", QStringLiteral("not ready")}})); // the reason is logged, not told
        }
        if (!request.path.startsWith("/webhooks/"))
            return refuseLater(404);
        m_source = QString::fromUtf8(request.path.mid(10));
        if (!m_receiver->config()->sources.contains(m_source))
            return refuseLater(404);
        if (request.method != "POST")
            return refuseLater(405, "Allow: POST\r\n");
        qint64 retryAfterMs = 0;
        if (!m_receiver->admit(m_source, &retryAfterMs)) {
            ++m_receiver->counters().rateLimited;
            return answerLater(429, jsonBody({{"error", QStringLiteral("rate limited")}}),
                               "Retry-After: " + QByteArray::number(std::max<qint64>(1, (retryAfterMs + 999) / 1000))
                                   + "\r\n");
        }
    }

    void answerLater(int status, QByteArray body, QByteArray extraHeaders = {})
    {
        m_early = Early {status, std::move(body), std::move(extraHeaders)};
    }

    void refuseLater(int status, const QByteArray &extraHeaders = {})
    {
        ++m_receiver->counters().refused;
        answerLater(status, jsonBody({{"error", QString::fromLatin1(statusText(status))}}), extraHeaders);
    }

    /// The parser gave up (malformed, too large): answer and close. An oversized delivery to a known source is
    /// recorded as rejected (without its body) so that support staff can see it.
    void refuseParsed()
    {
        ++m_receiver->counters().requests;
        const HttpRequest &request = m_parser.request();
        const QString source
            = request.path.startsWith("/webhooks/") ? QString::fromUtf8(request.path.mid(10)) : QString();
        const ReceiverSource *known = nullptr;
        if (auto it = m_receiver->config()->sources.constFind(source); it != m_receiver->config()->sources.cend())
            known = &*it;
        qint64 retryAfterMs = 0;
        // Recorded within the same per-address budget as rejected signatures: a flood of oversized requests
        // must not write a row and an audit event each either.
        if (m_parser.status() == 413 && known && m_receiver->admit(source, &retryAfterMs)
            && m_receiver->recordRejection(m_remote)) {
            Incoming incoming;
            incoming.sourceId = known->id;
            incoming.sourceName = known->name;
            incoming.receivedMs = nowMs();
            incoming.remote = m_remote;
            incoming.headers = request.headers;
            incoming.keepBody = false;
            incoming.bodySize = request.contentLength;
            incoming.reason = QStringLiteral("body_too_large");
            submit(std::move(incoming), {});
            m_closeAfterAnswer = true;
            m_refusal = 413;
            return;
        }
        ++m_receiver->counters().refused;
        respond(m_parser.status(), jsonBody({{"error", QString::fromLatin1(m_parser.reason())}}), {}, true);
    }

    void deliver()
    {
        HttpRequest request = m_parser.takeRequest();
        m_closeAfterAnswer = !request.keepAlive;
        if (m_early) {
            const Early early = *std::exchange(m_early, std::nullopt);
            return respond(early.status, request.method == "HEAD" ? QByteArray() : early.body, early.headers);
        }
        const auto found = m_receiver->config()->sources.constFind(m_source);
        if (found == m_receiver->config()->sources.cend()) { // removed while the body was read
            ++m_receiver->counters().refused;
            return respond(404, jsonBody({{"error", QString::fromLatin1(statusText(404))}}));
        }
        arm(m_receiver->options().answerTimeoutMs);
        const ReceiverSource &source = *found;
        Incoming incoming;
        incoming.sourceId = source.id;
        incoming.sourceName = source.name;
        incoming.receivedMs = nowMs();
        incoming.remote = m_remote;
        incoming.bodySize = request.body.size();
        const Verdict verdict = verify(source.scheme, source.secrets, request.headers, request.body,
                                       {incoming.receivedMs / 1000, source.toleranceSeconds});
        incoming.verified = verdict.valid();
        incoming.reason = verdict.code();
        if (verdict.reason == Verdict::Reason::UnknownKey) {
            WebhookServer *server = m_receiver->server();
            QMetaObject::invokeMethod(
                server, [server] { server->keysWanted(); }, Qt::QueuedConnection);
        }
        QByteArray challenge;
        if (incoming.verified) {
            incoming.info = describe(source.scheme, request.headers, request.body);
            if (source.scheme.kind == Scheme::Slack && incoming.info.eventType == QLatin1String("url_verification"))
                challenge = QJsonDocument::fromJson(request.body)
                                .object()
                                .value(QLatin1String("challenge"))
                                .toString()
                                .toUtf8();
        }
        if (!incoming.verified && !m_receiver->recordRejection(m_remote)) {
            // Beyond this address's budget: the same answer, counted and summarised instead of a row each.
            ++m_receiver->counters().rejected;
            m_receiver->countUnrecorded(source.name, m_remote, incoming.reason);
            return respond(401, jsonBody({{"error", QStringLiteral("invalid signature")}}));
        }
        incoming.keepBody = incoming.verified || source.keepRejectedBodies;
        if (incoming.keepBody)
            incoming.body = std::move(request.body);
        incoming.headers = std::move(request.headers);
        submit(std::move(incoming), challenge);
    }

    void submit(Incoming incoming, const QByteArray &challenge)
    {
        m_waiting = true;
        const quint64 serial = ++m_serial;
        QPointer<HttpConnection> self(this);
        Receiver *receiver = m_receiver;
        WebhookServer *server = m_receiver->server();
        QMetaObject::invokeMethod(
            server,
            [server, receiver, self, serial, challenge, incoming = std::move(incoming)]() mutable {
                server->submit(std::move(incoming), [receiver, self, serial, challenge](Recorded recorded) {
                    QMetaObject::invokeMethod(
                        receiver,
                        [self, serial, challenge, recorded] {
                            if (self)
                                self->answer(serial, recorded, challenge);
                        },
                        Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    }

    void respond(int status, const QByteArray &body, const QByteArray &extraHeaders = {}, bool close = false)
    {
        close = close || m_closeAfterAnswer;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status)
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + extraHeaders + (close ? "Connection: close\r\n" : "") + "\r\n" + body;
        m_socket->write(out);
        m_waiting = false;
        if (close) {
            // The answer drains, then the connection ends; a client that does not read it is cut off shortly.
            m_closing = true;
            arm(kClosingGraceMs);
            m_socket->disconnectFromHost();
            return;
        }
        if (m_parser.state() != HttpParser::State::Headers || m_parser.started())
            m_parser.reset();
        m_source.clear();
        arm(m_receiver->options().idleTimeoutMs);
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(
                this, [this] { onReadable(); }, Qt::QueuedConnection);
    }

    void onDeadline()
    {
        if (m_closing)
            return close();
        if (m_waiting) { // the store did not answer in time
            m_waiting = false;
            ++m_serial;
            ++m_receiver->counters().storeFailures;
            m_closeAfterAnswer = true;
            return respond(503, jsonBody({{"error", QStringLiteral("not recorded; retry later")}}),
                           "Retry-After: 5\r\n");
        }
        ++m_receiver->counters().timeouts;
        if (m_parser.started() && m_socket->isEncrypted()) {
            respond(408, jsonBody({{"error", QStringLiteral("request timeout")}}), {}, true);
            return;
        }
        close();
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_deadline.stop();
        m_socket->abort();
        m_receiver->connectionClosed(m_remote);
        deleteLater();
    }

    Receiver *m_receiver;
    QSslSocket *m_socket;
    HttpParser m_parser;
    QByteArray m_buffer;
    QTimer m_deadline;
    QString m_remote;
    QString m_source;
    quint64 m_serial = 0;
    bool m_waiting = false;
    bool m_closeAfterAnswer = false;
    bool m_closed = false;
    bool m_closing = false; ///< the last answer is draining before the connection ends
    bool m_writeBlocked = false; ///< waiting for the client to read its earlier answers
    int m_refusal = 0;
    static constexpr qint64 kMaxUnreadAnswerBytes = 64 * 1024;
    static constexpr int kClosingGraceMs = 5'000;
    struct Early
    {
        int status;
        QByteArray body;
        QByteArray headers;
    };
    std::optional<Early> m_early; ///< decided from the headers, given once the body was read
};

void Receiver::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString remote = socket->peerAddress().toString();
    if (m_open >= m_options.maxConnections || m_perAddress.value(remote) >= m_options.maxConnectionsPerAddress) {
        ++m_counters->refused;
        socket->abort();
        delete socket;
        return;
    }
    ++m_open;
    ++m_perAddress[remote];
    ++m_counters->connections;
    socket->setSslConfiguration(m_tls);
    socket->setReadBufferSize(64 * 1024);
    new HttpConnection(this, socket);
    socket->startServerEncryption();
}

WebhookServer::WebhookServer(WebhookService &service, ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_options(std::move(options))
    , m_counters(std::make_shared<ServerCounters>())
{
    connect(&m_configTimer, &QTimer::timeout, this, [this] { checkConfig(); });
}

WebhookServer::~WebhookServer()
{
    stop();
}

Status WebhookServer::start()
{
    if (m_receiver)
        return {};
    auto config = m_service.receiverConfig();
    if (!config.ok())
        return config.error();
    m_stamp = config.value()->stamp;
    m_receiver = new Receiver(this, m_options, m_counters);
    m_receiver->setConfig(config.value());
    m_receiver->setReady(true);
    m_receiver->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("webhooks"));
    m_thread.start();
    bool listening = false;
    QString why;
    QSemaphore done;
    QMetaObject::invokeMethod(m_receiver, [&] {
        listening = m_receiver->listen(m_options.address, m_options.port);
        why = m_receiver->errorString();
        m_port = m_receiver->serverPort();
        done.release();
    });
    done.acquire();
    if (!listening) {
        stop();
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Webhooks::WebhookServer",
                                                  "Cannot listen for webhooks on %1:%2 (%3): choose another address "
                                                  "or port.")
                          .arg(m_options.address.toString())
                          .arg(m_options.port)
                          .arg(why)};
    }
    m_configTimer.start(m_options.configCheckMs);
    qCInfo(lcEngine) << "webhooks: listening on" << m_options.address.toString() << m_port;
    return {};
}

void WebhookServer::stop()
{
    m_configTimer.stop();
    if (!m_receiver)
        return;
    QMetaObject::invokeMethod(
        m_receiver, [receiver = m_receiver] { receiver->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    const QList<UnrecordedRejections> unrecorded = m_receiver->takeUnrecorded(true);
    delete m_receiver; // its connections are its children; their thread has ended
    m_receiver = nullptr;
    flush(); // record what arrived; the answers go nowhere
    recordUnrecorded(unrecorded);
}

void WebhookServer::submit(Incoming incoming, std::function<void(Recorded)> reply)
{
    m_pending.append({std::move(incoming), std::move(reply)});
    if (m_pending.size() >= m_options.maxBatch) {
        flush();
    } else if (!m_flushScheduled) {
        // Group commit: record once the engine thread has handled what is already queued, so that everything
        // arriving meanwhile (while the previous batch was written) goes into one transaction.
        m_flushScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { flush(); }, Qt::QueuedConnection);
    }
}

void WebhookServer::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty())
        return;
    QList<Pending> batch = std::exchange(m_pending, {});
    QList<Incoming> items;
    items.reserve(batch.size());
    for (Pending &pending : batch)
        items.append(std::move(pending.incoming));
    const QList<Recorded> results = m_service.record(items);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (batch[i].reply && m_receiver)
            batch[i].reply(results.value(i));
    }
}

void WebhookServer::keysWanted()
{
    m_service.refreshKeys(true);
}

void WebhookServer::recordUnrecorded(const QList<UnrecordedRejections> &summaries)
{
    if (summaries.isEmpty())
        return;
    if (Status recorded = m_service.recordUnrecorded(summaries); !recorded.ok())
        qCWarning(lcEngine) << "webhooks: rejections not audited:" << recorded.error().detail;
}

void WebhookServer::checkConfig()
{
    const auto notReady = [this](const QString &why) {
        qCWarning(lcEngine) << "webhooks: not ready:" << why;
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, [receiver = m_receiver] { receiver->setReady(false); });
    };
    m_service.refreshKeys(false);
    auto stamp = m_service.configStamp();
    if (!stamp.ok())
        return notReady(stamp.error().userMessage);
    if (Status usable = m_service.readiness(); !usable.ok())
        return notReady(usable.error().userMessage);
    if (stamp.value() != m_stamp) {
        auto config = m_service.receiverConfig();
        if (!config.ok())
            return notReady(config.error().userMessage);
        m_stamp = config.value()->stamp;
        QMetaObject::invokeMethod(
            m_receiver, [receiver = m_receiver, snapshot = config.value()] { receiver->setConfig(snapshot); });
        qCInfo(lcEngine) << "webhooks: sources reloaded";
    }
    if (m_receiver) {
        QMetaObject::invokeMethod(m_receiver, [receiver = m_receiver, server = this] {
            receiver->setReady(true);
            if (auto unrecorded = receiver->takeUnrecorded(false); !unrecorded.isEmpty())
                QMetaObject::invokeMethod(server, [server, unrecorded] { server->recordUnrecorded(unrecorded); });
        });
    }
    if (nowMs() - m_lastExpiryCheckMs > 60'000) {
        m_lastExpiryCheckMs = nowMs();
        static_cast<void>(m_service.removeExpiredSecrets());
    }
}

} // namespace Keyward::Webhooks

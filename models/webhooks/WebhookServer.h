#pragma once

#include "ServerOptions.h"
#include "WebhookService.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Keyward::Webhooks {

class Receiver;

/// Counters since start; safe to read from any thread.
struct ServerCounters
{
    std::atomic<qint64> connections {0};
    std::atomic<qint64> requests {0};
    std::atomic<qint64> accepted {0};
    std::atomic<qint64> duplicates {0};
    std::atomic<qint64> rejected {0}; ///< failed verification (401)
    std::atomic<qint64> rejectedUnrecorded {0}; ///< of those, beyond their address's budget: counted, not recorded
    std::atomic<qint64> rateLimited {0}; ///< 429
    std::atomic<qint64> refused {0}; ///< malformed, too large, unknown path, wrong method (4xx other than 401/429)
    std::atomic<qint64> timeouts {0};
    std::atomic<qint64> storeFailures {0}; ///< 503 because the store did not record the delivery
};

/// The HTTPS webhook receiver: `/webhooks/<source>`, `/healthz`, `/readyz`. Network I/O, parsing, rate limits and
/// signature checks run on a receiver thread of their own; verified and rejected deliveries come to this object on
/// the engine thread, which records them in batches (group commit: whatever arrived while the previous batch was
/// written goes into the next transaction) and only then lets the receiver answer, so an acknowledged delivery is
/// always on disk. See docs/WEBHOOKS.md.
class WebhookServer : public QObject
{
    Q_OBJECT

public:
    WebhookServer(WebhookService &service, ServerOptions options, QObject *parent = nullptr);
    ~WebhookServer() override;

    /// Reads the sources, starts the receiver thread and listens. Fails with a sentence when the address is taken
    /// or the sources' secrets cannot be read.
    Status start();
    /// Stops accepting and closes every connection (answers not yet given are dropped: senders retry).
    void stop();
    quint16 port() const { return m_port; }
    const ServerCounters &counters() const { return *m_counters; }

    /// Called on the engine thread (by the receiver): records `incoming` with the next batch and hands the outcome
    /// to `reply` (which posts it back to the receiver thread).
    void submit(Incoming incoming, std::function<void(Recorded)> reply);
    /// Called on the engine thread when a token named a signing key the receiver lacks.
    void keysWanted();
    /// Called on the engine thread with the rejections counted instead of recorded.
    void recordUnrecorded(const QList<UnrecordedRejections> &summaries);

private:
    struct Pending
    {
        Incoming incoming;
        std::function<void(Recorded)> reply;
    };
    void flush();
    void checkConfig();

    WebhookService &m_service;
    ServerOptions m_options;
    std::shared_ptr<ServerCounters> m_counters;
    QThread m_thread;
    Receiver *m_receiver = nullptr;
    quint16 m_port = 0;
    QList<Pending> m_pending;
    bool m_flushScheduled = false;
    QTimer m_configTimer;
    QString m_stamp;
    qint64 m_lastExpiryCheckMs = 0;
};

} // namespace Keyward::Webhooks

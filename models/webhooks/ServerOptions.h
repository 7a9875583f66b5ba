#pragma once

#include "HttpParser.h"
#include "TlsIdentity.h"

#include <QHostAddress>

namespace Keyward::Webhooks {

/// How the webhook receiver listens and what it tolerates (see docs/WEBHOOKS.md for the reasons of each limit).
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: any free port (see WebhookServer::port())
    TlsIdentity identity;
    HttpLimits limits;
    int globalRatePerSecond = 20000; ///< over all sources; each source has its own rate too
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 256; ///< one client cannot take every connection

    int headerTimeoutMs = 10'000; ///< from the connection (TLS handshake included) or a request's first byte
    int bodyTimeoutMs = 30'000; ///< from the end of the headers to the end of the body
    int idleTimeoutMs = 60'000; ///< a keep-alive connection with no request
    int answerTimeoutMs = 5'000; ///< waiting for the store to record a delivery: then 503
    int maxBatch = 256; ///< deliveries recorded in one transaction at most
    int configCheckMs = 2'000; ///< how often the engine looks for changed sources and checks readiness
    /// Rejected deliveries recorded (row and audit event each) per client address: this many a second, in bursts
    /// of rejectionBurst. Beyond it they still get 401 but are counted, and audited as one summary per source.
    double rejectionRatePerAddress = 2;
    double rejectionBurst = 20;
    int unrecordedSummaryMs = 10'000; ///< how often those counts are audited at most
};

} // namespace Keyward::Webhooks

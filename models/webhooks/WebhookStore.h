#pragma once

#include "Signature.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Keyward::Storage {
class Database;
}

namespace Keyward::Webhooks {

/// One of a source's secrets. The value is in the secret store as webhook-secret-<id>; the row says when it was
/// added and, once a newer one replaced it, until when it stays valid (the rotation overlap).
struct SourceSecret
{
    qint64 id = 0;
    QString fingerprint;
    qint64 createdMs = 0;
    qint64 expiresMs = 0; ///< 0: no end
    bool activeAt(qint64 nowMs) const { return expiresMs == 0 || nowMs < expiresMs; }
};

/// A sender we accept deliveries from, served at /webhooks/<name>.
struct WebhookSource
{
    qint64 id = 0;
    QString name;
    SignatureScheme scheme;
    qint64 appId = 0; ///< 0: revocation events apply to every app of the scheme's provider
    QString appName;
    qint64 toleranceSeconds = 300;
    int ratePerSecond = 1000; ///< token bucket refill; the burst is twice this
    bool keepRejectedBodies = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    QList<SourceSecret> secrets; ///< oldest first

    QJsonObject toJson(qint64 nowMs) const; ///< fingerprints only
};

/// Delivery states, as stored.
namespace DeliveryState {
inline constexpr char Received[] = "received"; ///< verified, waiting for its processing job
inline constexpr char Processed[] = "processed"; ///< processed, with an effect (the result says which)
inline constexpr char Ignored[] = "ignored"; ///< processed: nothing to do for this event type
inline constexpr char Failed[] = "failed"; ///< processing failed for good (the result says why)
inline constexpr char Rejected[] = "rejected"; ///< not verified: never processed
} // namespace DeliveryState

/// A delivery as recorded. Headers are stored with secrets redacted (see redactedHeaders()).
struct Delivery
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 receivedMs = 0;
    QString remote;
    QByteArray deliveryKey; ///< the sender's id for the delivery (verified deliveries only)
    QByteArray replayKey; ///< what makes a repeat a duplicate (see DeliveryInfo::replayKey; verified only)
    QString eventType;
    bool verified = false;
    QString reason; ///< Verdict::code() or why it was refused before verification
    QString state;
    QString result;
    QJsonArray headers;
    QByteArray body;
    bool hasBody = false;
    qint64 bodySize = 0;
    qint64 processedMs = 0;
    int replays = 0;

    /// For `webhooks list --json` and `webhooks show`; the body only when asked for (as text when it is UTF-8).
    QJsonObject toJson(bool withBody) const;
    /// The body as shown to people: a top-level "token" member (Slack still sends its deprecated verification
    /// token in every event) reads "[redacted]". The stored body is left as received.
    QByteArray shownBody() const;
};

struct DeliveryFilter
{
    QString source;
    QString state;
    std::optional<bool> verified;
    qint64 beforeId = 0; ///< 0: from the newest
    qint64 sinceMs = 0;
    int limit = 100;
    bool oldestFirst = false;
};

/// Headers as recorded: values of headers that carry credentials (Authorization, cookies, signatures) replaced by
/// "[redacted]".
QJsonArray redactedHeaders(const Headers &headers);

/// Webhook sources, their secrets and deliveries in SQL; the caller owns transactions.
class WebhookStore
{
public:
    explicit WebhookStore(Storage::Database &db);

    Result<qint64> insertSource(const WebhookSource &source);
    Status touchSource(qint64 id, qint64 nowMs);
    Result<QList<WebhookSource>> sources();
    Result<WebhookSource> source(const QString &name);
    Result<qint64> insertSecret(qint64 sourceId, const QString &fingerprint, qint64 nowMs);
    /// Ends every secret of the source except `keepId` at `untilMs` (those already ending earlier keep their end).
    Status expireSecrets(qint64 sourceId, qint64 keepId, qint64 untilMs);
    /// Secrets whose overlap ended before `nowMs` (their keychain entries can go).
    Result<QList<qint64>> expiredSecrets(qint64 nowMs);
    Status deleteSecret(qint64 secretId);
    /// Changes whenever a source or secret changes (for a receiver in another process to reload).
    Result<QString> configStamp();

    /// Inserts a delivery; 0 when a verified delivery with the same source and replay key was recorded before.
    Result<qint64> insertDelivery(const Delivery &delivery);
    Result<Delivery> delivery(qint64 id);
    Result<QList<Delivery>> deliveries(const DeliveryFilter &filter);
    Status setOutcome(qint64 id, const QString &state, const QString &result, qint64 nowMs);
    /// Puts verified deliveries back to "received" (counting the replay); returns those it changed, each with its
    /// replay count.
    Result<QList<std::pair<qint64, int>>> markForReplay(const QList<qint64> &ids);

private:
    Storage::Database &m_db;
};

} // namespace Keyward::Webhooks

#include "WebhookStore.h"

#include "core/JsonFields.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace Keyward::Webhooks {

namespace {

constexpr char kSourceColumns[]
    = "s.id, s.name, s.scheme, s.config, coalesce(s.app_id, 0), coalesce(a.name, ''), s.tolerance_seconds, "
      "s.rate_per_second, s.keep_rejected_bodies, s.created_at, s.updated_at";
constexpr char kDeliveryColumns[]
    = "id, coalesce(source_id, 0), source_name, received_at, remote, delivery_key, event_type, verified, reason, "
      "state, result, headers, body, body_size, coalesce(processed_at, 0), replays, replay_key";

Error notFound(const QString &what)
{
    return {ErrorCode::NotFound, QCoreApplication::translate("Keyward::Webhooks", "No %1.").arg(what)};
}

WebhookSource sourceFromRow(const Storage::Statement &row)
{
    WebhookSource source;
    source.id = row.int64(0);
    source.name = row.text(1);
    source.scheme.kind = schemeFromName(row.text(2)).value_or(Scheme::Generic);
    if (source.scheme.kind == Scheme::Generic) {
        // Validated when stored; a row edited by hand into something unusable falls back to a scheme that
        // matches nothing rather than to a weaker one.
        auto generic = GenericScheme::fromJson(QJsonDocument::fromJson(row.text(3).toUtf8()).object());
        if (generic.ok()) {
            source.scheme.generic = generic.value();
        } else {
            source.scheme.generic = GenericScheme();
            source.scheme.generic.signatureHeader = "X-Unusable";
        }
    } else if (source.scheme.kind == Scheme::GoogleRisc) {
        auto risc = RiscScheme::fromJson(QJsonDocument::fromJson(row.text(3).toUtf8()).object());
        if (risc.ok())
            source.scheme.risc = risc.value(); // else no audience: every token is refused
    }
    source.appId = row.int64(4);
    source.appName = row.text(5);
    source.toleranceSeconds = row.int64(6);
    source.ratePerSecond = static_cast<int>(row.int64(7));
    source.keepRejectedBodies = row.int64(8) != 0;
    source.createdMs = row.int64(9);
    source.updatedMs = row.int64(10);
    return source;
}

Delivery deliveryFromRow(const Storage::Statement &row)
{
    Delivery d;
    d.id = row.int64(0);
    d.sourceId = row.int64(1);
    d.sourceName = row.text(2);
    d.receivedMs = row.int64(3);
    d.remote = row.text(4);
    d.deliveryKey = row.isNull(5) ? QByteArray() : row.text(5).toUtf8();
    d.replayKey = row.isNull(16) ? QByteArray() : row.text(16).toUtf8();
    d.eventType = row.text(6);
    d.verified = row.int64(7) != 0;
    d.reason = row.text(8);
    d.state = row.text(9);
    d.result = row.text(10);
    d.headers = QJsonDocument::fromJson(row.text(11).toUtf8()).array();
    d.hasBody = !row.isNull(12);
    d.body = row.blob(12);
    d.bodySize = row.int64(13);
    d.processedMs = row.int64(14);
    d.replays = static_cast<int>(row.int64(15));
    return d;
}

bool isCredentialHeader(const QByteArray &name)
{
    static const char *const names[]
        = {"authorization",         "proxy-authorization", "cookie",           "set-cookie",
           "x-hub-signature",       "x-hub-signature-256", "stripe-signature", "x-slack-signature",
           "x-shopify-hmac-sha256", "webhook-signature",   "svix-signature",   "x-api-key",
           "x-keyward-token"};
    for (const char *candidate : names) {
        if (name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Shared-secret headers of senders Keyward has no scheme for (X-Gitlab-Token, X-Webhook-Secret, a generic
    // source's signature header ...).
    const QByteArray lower = name.toLower();
    for (const char *part : {"token", "secret", "signature", "auth", "key", "sig", "hmac"}) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

} // namespace

QJsonObject WebhookSource::toJson(qint64 nowMs) const
{
    QJsonArray secretList;
    for (const SourceSecret &secret : secrets) {
        QJsonObject entry {{QLatin1String("id"), secret.id},
                           {QLatin1String("fingerprint"), secret.fingerprint},
                           {QLatin1String("created_at"), jsonTime(secret.createdMs)},
                           {QLatin1String("active"), secret.activeAt(nowMs)}};
        if (secret.expiresMs > 0)
            entry.insert(QLatin1String("expires_at"), jsonTime(secret.expiresMs));
        secretList.append(entry);
    }
    QJsonObject json {{QLatin1String("name"), name},
                      {QLatin1String("scheme"), schemeName(scheme.kind)},
                      {QLatin1String("path"), QString(QStringLiteral("/webhooks/") + name)},
                      {QLatin1String("tolerance_seconds"), toleranceSeconds},
                      {QLatin1String("rate_per_second"), ratePerSecond},
                      {QLatin1String("keep_rejected_bodies"), keepRejectedBodies},
                      {QLatin1String("created_at"), jsonTime(createdMs)},
                      {QLatin1String("secrets"), QJsonValue(secretList)}};
    if (!appName.isEmpty())
        json.insert(QLatin1String("app"), appName);
    if (scheme.kind == Scheme::Generic)
        json.insert(QLatin1String("config"), scheme.generic.toJson());
    if (scheme.kind == Scheme::GoogleRisc)
        json.insert(QLatin1String("config"), scheme.risc.toJson());
    return json;
}

QJsonObject Delivery::toJson(bool withBody) const
{
    QJsonObject json {{QLatin1String("id"), id},
                      {QLatin1String("source"), sourceName},
                      {QLatin1String("received_at"), jsonTime(receivedMs)},
                      {QLatin1String("remote"), remote},
                      {QLatin1String("delivery_id"), QString::fromUtf8(deliveryKey)},
                      {QLatin1String("event_type"), eventType},
                      {QLatin1String("verified"), verified},
                      {QLatin1String("reason"), reason},
                      {QLatin1String("state"), state},
                      {QLatin1String("result"), result},
                      {QLatin1String("body_size"), bodySize},
                      {QLatin1String("body_kept"), hasBody},
                      {QLatin1String("replays"), replays}};
    if (processedMs > 0)
        json.insert(QLatin1String("processed_at"), jsonTime(processedMs));
    if (withBody) {
        json.insert(QLatin1String("headers"), headers);
        if (hasBody) {
            const QByteArray shown = shownBody();
            auto decoder = QStringDecoder(QStringDecoder::Utf8);
            const QString text = decoder(shown);
            if (!decoder.hasError())
                json.insert(QLatin1String("body"), text);
            else
                json.insert(QLatin1String("body_base64"), QString::fromLatin1(shown.toBase64()));
        }
    }
    return json;
}

QByteArray Delivery::shownBody() const
{
    if (!body.contains("\"token\""))
        return body;
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return body;
    QJsonObject object = document.object();
    if (!object.value(QLatin1String("token")).isString())
        return body;
    object.insert(QLatin1String("token"), QStringLiteral("[redacted]"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray redactedHeaders(const Headers &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers.entries()) {
        out.append(QJsonArray {QString::fromLatin1(name),
                               isCredentialHeader(name) ? QStringLiteral("[redacted]") : QString::fromUtf8(value)});
    }
    return out;
}

WebhookStore::WebhookStore(Storage::Database &db)
    : m_db(db)
{ }

Result<qint64> WebhookStore::insertSource(const WebhookSource &source)
{
    auto insert = m_db.prepare("INSERT INTO webhook_sources (name, scheme, config, app_id, tolerance_seconds, "
                               "rate_per_second, keep_rejected_bodies, created_at, updated_at) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, source.name).bind(2, schemeName(source.scheme.kind));
    const QJsonObject config = source.scheme.kind == Scheme::Generic ? source.scheme.generic.toJson()
        : source.scheme.kind == Scheme::GoogleRisc                   ? source.scheme.risc.toJson()
                                                                     : QJsonObject();
    insert->bind(3, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    if (source.appId > 0)
        insert->bind(4, source.appId);
    else
        insert->bindNull(4);
    insert->bind(5, source.toleranceSeconds).bind(6, qint64(source.ratePerSecond));
    insert->bind(7, qint64(source.keepRejectedBodies ? 1 : 0)).bind(8, source.createdMs);
    KW_TRY(insert->run());
    return m_db.lastInsertId();
}

Status WebhookStore::touchSource(qint64 id, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE webhook_sources SET updated_at = max(updated_at + 1, ?2) WHERE id = ?1");
    if (!update.ok())
        return update.error();
    return update->bind(1, id).bind(2, nowMs).run();
}

Result<QList<WebhookSource>> WebhookStore::sources()
{
    const QByteArray sql = QByteArray("SELECT ") + kSourceColumns
        + " FROM webhook_sources s LEFT JOIN provider_apps a ON a.id = s.app_id ORDER BY s.name";
    auto query = m_db.prepare(sql.constData());
    if (!query.ok())
        return query.error();
    auto list = query->collect<WebhookSource>(sourceFromRow);
    if (!list.ok())
        return list.error();
    auto secrets = m_db.prepare(
        "SELECT id, source_id, fingerprint, created_at, coalesce(expires_at, 0) FROM webhook_secrets ORDER BY id");
    if (!secrets.ok())
        return secrets.error();
    QHash<qint64, QList<SourceSecret>> bySource;
    for (;;) {
        auto row = secrets->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        bySource[secrets->int64(1)].append(
            SourceSecret {secrets->int64(0), secrets->text(2), secrets->int64(3), secrets->int64(4)});
    }
    for (WebhookSource &source : list.value())
        source.secrets = bySource.value(source.id);
    return list;
}

Result<WebhookSource> WebhookStore::source(const QString &name)
{
    auto all = sources();
    if (!all.ok())
        return all.error();
    for (const WebhookSource &source : all.value()) {
        if (source.name == name)
            return source;
    }
    return notFound(
        QCoreApplication::translate("Keyward::Webhooks", "webhook source \"%1\" (see `webhooks sources list`)")
            .arg(name));
}

Result<qint64> WebhookStore::insertSecret(qint64 sourceId, const QString &fingerprint, qint64 nowMs)
{
    auto insert = m_db.prepare("INSERT INTO webhook_secrets (source_id, fingerprint, created_at) VALUES (?1, ?2, ?3)");
    if (!insert.ok())
        return insert.error();
    KW_TRY(insert->bind(1, sourceId).bind(2, fingerprint).bind(3, nowMs).run());
    const qint64 id = m_db.lastInsertId();
    KW_TRY(touchSource(sourceId, nowMs));
    return id;
}

Status WebhookStore::expireSecrets(qint64 sourceId, qint64 keepId, qint64 untilMs)
{
    auto update = m_db.prepare("UPDATE webhook_secrets SET expires_at = min(coalesce(expires_at, ?3), ?3) "
                               "WHERE source_id = ?1 AND id <> ?2");
    if (!update.ok())
        return update.error();
    KW_TRY(update->bind(1, sourceId).bind(2, keepId).bind(3, untilMs).run());
    return touchSource(sourceId, untilMs);
}

Result<QList<qint64>> WebhookStore::expiredSecrets(qint64 nowMs)
{
    auto query = m_db.prepare("SELECT id FROM webhook_secrets WHERE expires_at IS NOT NULL AND expires_at <= ?1");
    if (!query.ok())
        return query.error();
    query->bind(1, nowMs);
    return query->collect<qint64>([](const Storage::Statement &row) { return row.int64(0); });
}

Status WebhookStore::deleteSecret(qint64 secretId)
{
    auto remove = m_db.prepare("DELETE FROM webhook_secrets WHERE id = ?1");
    if (!remove.ok())
        return remove.error();
    return remove->bind(1, secretId).run();
}

Result<QString> WebhookStore::configStamp()
{
    auto query = m_db.prepare("SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM webhook_sources) "
                              "|| ':' || (SELECT count(*) || ':' || coalesce(max(id), 0) FROM webhook_secrets)");
    if (!query.ok())
        return query.error();
    auto row = query->step();
    if (!row.ok())
        return row.error();
    return query->text(0);
}

Result<qint64> WebhookStore::insertDelivery(const Delivery &d)
{
    auto insert = m_db.cached(
        "INSERT OR IGNORE INTO webhook_deliveries (source_id, source_name, received_at, remote, delivery_key, "
        "event_type, verified, reason, state, headers, body, body_size, replay_key) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert.ok())
        return insert.error();
    if (d.sourceId > 0)
        insert->bind(1, d.sourceId);
    else
        insert->bindNull(1);
    insert->bind(2, d.sourceName).bind(3, d.receivedMs).bind(4, d.remote);
    if (d.deliveryKey.isEmpty())
        insert->bindNull(5);
    else
        insert->bindText(5, d.deliveryKey);
    insert->bind(6, d.eventType).bind(7, qint64(d.verified ? 1 : 0)).bind(8, d.reason).bind(9, d.state);
    insert->bindText(10, QJsonDocument(d.headers).toJson(QJsonDocument::Compact));
    if (d.hasBody)
        insert->bindBlob(11, d.body);
    else
        insert->bindNull(11);
    insert->bind(12, d.bodySize);
    if (d.replayKey.isEmpty())
        insert->bindNull(13);
    else
        insert->bindText(13, d.replayKey);
    KW_TRY(insert->run());
    if (m_db.changes() > 0)
        return m_db.lastInsertId();
    // OR IGNORE skips a row for any constraint it breaks, not only the replay key's: only a recorded twin makes this
    // a duplicate (SQLite 3.15 has no ON CONFLICT target to say which).
    auto twin
        = m_db.cached("SELECT 1 FROM webhook_deliveries WHERE source_id = ?1 AND replay_key = ?2 AND verified = 1");
    KW_TRY(twin);
    twin->bind(1, d.sourceId).bindText(2, d.replayKey);
    auto found = twin->step();
    KW_TRY(found);
    if (!found.value() || !d.verified || d.replayKey.isEmpty())
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Webhooks",
                                                  "The delivery could not be recorded (the store refused the row)."),
                      QStringLiteral("webhook delivery insert ignored without a duplicate")};
    return 0;
}

Result<Delivery> WebhookStore::delivery(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kDeliveryColumns + " FROM webhook_deliveries WHERE id = ?1";
    auto query = m_db.prepare(sql.constData());
    if (!query.ok())
        return query.error();
    query->bind(1, id);
    auto row = query->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return notFound(QCoreApplication::translate("Keyward::Webhooks", "webhook delivery %1").arg(id));
    return deliveryFromRow(*query);
}

Result<QList<Delivery>> WebhookStore::deliveries(const DeliveryFilter &filter)
{
    QByteArray sql = QByteArray("SELECT ") + QByteArray(kDeliveryColumns) + " FROM webhook_deliveries WHERE 1";
    if (!filter.source.isEmpty())
        sql += " AND source_name = ?1";
    // A state is written into the statement (never bound) so that "received" can use the partial index of waiting
    // deliveries; only the known names get there.
    static const QStringList states {QLatin1String(DeliveryState::Received), QLatin1String(DeliveryState::Processed),
                                     QLatin1String(DeliveryState::Ignored), QLatin1String(DeliveryState::Failed),
                                     QLatin1String(DeliveryState::Rejected)};
    if (!filter.state.isEmpty()) {
        if (!states.contains(filter.state))
            return QList<Delivery>();
        sql += " AND state = '" + filter.state.toLatin1() + '\'';
    }
    if (filter.verified)
        sql += " AND verified = ?3";
    if (filter.beforeId > 0)
        sql += " AND id < ?4";
    if (filter.sinceMs > 0)
        sql += " AND received_at >= ?5";
    sql += filter.oldestFirst ? " ORDER BY id LIMIT ?6" : " ORDER BY id DESC LIMIT ?6";
    auto query = m_db.prepare(sql.constData());
    if (!query.ok())
        return query.error();
    if (!filter.source.isEmpty())
        query->bind(1, filter.source);
    if (filter.verified)
        query->bind(3, qint64(*filter.verified ? 1 : 0));
    if (filter.beforeId > 0)
        query->bind(4, filter.beforeId);
    if (filter.sinceMs > 0)
        query->bind(5, filter.sinceMs);
    query->bind(6, qint64(filter.limit));
    return query->collect<Delivery>(deliveryFromRow);
}

Status WebhookStore::setOutcome(qint64 id, const QString &state, const QString &result, qint64 nowMs)
{
    auto update = m_db.cached("UPDATE webhook_deliveries SET state = ?2, result = ?3, processed_at = ?4 WHERE id = ?1");
    if (!update.ok())
        return update.error();
    return update->bind(1, id).bind(2, state).bind(3, result).bind(4, nowMs).run();
}

Result<QList<std::pair<qint64, int>>> WebhookStore::markForReplay(const QList<qint64> &ids)
{
    QList<std::pair<qint64, int>> changed;
    auto update = m_db.prepare("UPDATE webhook_deliveries SET state = 'received', result = '', processed_at = NULL, "
                               "replays = replays + 1 WHERE id = ?1 AND verified = 1");
    auto count = m_db.prepare("SELECT replays FROM webhook_deliveries WHERE id = ?1");
    if (!update.ok())
        return update.error();
    if (!count.ok())
        return count.error();
    for (qint64 id : ids) {
        update->reset();
        KW_TRY(update->bind(1, id).run());
        if (m_db.changes() == 0)
            continue;
        count->reset();
        count->bind(1, id);
        auto row = count->step();
        if (!row.ok())
            return row.error();
        changed.append({id, static_cast<int>(count->int64(0))});
    }
    return changed;
}

} // namespace Keyward::Webhooks

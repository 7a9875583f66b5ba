#include "SubjectRequests.h"

#include "audit/AuditSearch.h"
#include "connections/ConnectionService.h"
#include "core/WriteAll.h"
#include "engine/Engine.h"
#include "jobs/JobStore.h"
#include "storage/Database.h"
#include "webhooks/WebhookService.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Keyward::Privacy {

namespace {

constexpr int kMinimumLength = 3;

/// Ids a query returns (?1 bound to `value`).
Result<QList<qint64>> ids(Storage::Database &db, const char *sql, const QString &value)
{
    auto stmt = db.prepare(sql);
    KW_TRY(stmt);
    stmt->bind(1, value);
    return stmt->collect<qint64>([](const Storage::Statement &row) { return row.int64(0); });
}

QJsonObject auditJson(const Audit::AuditEvent &e)
{
    return {{QLatin1String("seq"), e.seq},
            {QLatin1String("time"), e.time},
            {QLatin1String("actor"),
             QJsonObject {{QLatin1String("user"), e.actorUser}, {QLatin1String("host"), e.actorHost}}},
            {QLatin1String("action"), e.action},
            {QLatin1String("target"), e.target},
            {QLatin1String("outcome"), e.outcome},
            {QLatin1String("details"), QJsonDocument::fromJson(e.details).object()},
            {QLatin1String("hash"), QString::fromLatin1(e.hash.toHex())}};
}

} // namespace

qint64 SubjectRecords::total() const
{
    return connections.size() + auditEvents.size() + jobs.size() + webhookDeliveries.size() + outboundMessages.size();
}

Result<SubjectRecords> SubjectRequests::find(const QString &subjectText)
{
    KW_TRY(m_engine.authorize(Access::Permission::SubjectsExport));
    const QString subject = subjectText.trimmed();
    if (subject.size() < kMinimumLength)
        return Error {ErrorCode::Usage,
                      tr("Name the data subject by a provider account id or an e-mail address of "
                         "at least %1 characters.")
                          .arg(kMinimumLength)};
    Storage::Database &db = m_engine.database();
    SubjectRecords records;
    records.subject = subject;

    auto connectionIds = ids(db,
                             "SELECT id FROM connections WHERE subject = ?1 COLLATE NOCASE OR display_name = ?1 "
                             "COLLATE NOCASE ORDER BY id",
                             subject);
    KW_TRY(connectionIds);
    for (qint64 id : std::as_const(connectionIds.value())) {
        auto connection = m_engine.connections().store().connection(id);
        KW_TRY(connection);
        records.connections.append(connection.value());
    }

    // The audit log: details naming the subject (the full-text index), and every event on its connections.
    Audit::AuditSearch search(db);
    QMap<qint64, Audit::AuditEvent> events;
    QList<Audit::AuditFilter> filters;
    Audit::AuditFilter byText;
    byText.text = subject;
    filters.append(byText);
    for (qint64 id : std::as_const(connectionIds.value())) {
        Audit::AuditFilter byTarget;
        byTarget.target = QStringLiteral("connection:%1").arg(id);
        filters.append(byTarget);
    }
    for (const Audit::AuditFilter &filter : std::as_const(filters)) {
        qint64 before = 0;
        for (;;) {
            auto page = search.page(filter, before, 2000);
            KW_TRY(page);
            if (page->isEmpty())
                break;
            for (const Audit::AuditEvent &event : std::as_const(page.value())) {
                // The index matches words; the text must hold the identifier itself, in any case.
                if (!filter.text.isEmpty() && !QString::fromUtf8(event.details).contains(subject, Qt::CaseInsensitive))
                    continue;
                events.insert(event.seq, event);
            }
            before = page->last().seq;
        }
    }
    records.auditEvents = events.values();
    std::reverse(records.auditEvents.begin(), records.auditEvents.end()); // newest first

    // Jobs: arguments naming the subject, or one of its connections by id.
    QSet<qint64> jobIds;
    auto named = ids(db, "SELECT id FROM jobs WHERE instr(lower(args), lower(?1)) > 0", subject);
    KW_TRY(named);
    jobIds.unite(QSet<qint64>(named->cbegin(), named->cend()));
    for (qint64 id : std::as_const(connectionIds.value())) {
        const QString key = QStringLiteral("\"connection_id\":%1").arg(id);
        auto onConnection
            = ids(db, "SELECT id FROM jobs WHERE instr(args, ?1 || '}') > 0 OR instr(args, ?1 || ',') > 0", key);
        KW_TRY(onConnection);
        jobIds.unite(QSet<qint64>(onConnection->cbegin(), onConnection->cend()));
    }
    QList<qint64> sortedJobs(jobIds.cbegin(), jobIds.cend());
    std::sort(sortedJobs.begin(), sortedJobs.end());
    for (qint64 id : std::as_const(sortedJobs)) {
        auto job = m_engine.jobs().find(id);
        KW_TRY(job);
        records.jobs.append(job.value());
    }

    // Webhook deliveries, as the Webhooks page shows them (credentials in headers redacted).
    auto deliveryIds = ids(db,
                           "SELECT id FROM webhook_deliveries WHERE instr(lower(CAST(body AS TEXT)), lower(?1)) > 0 "
                           "OR instr(lower(headers), lower(?1)) > 0 ORDER BY id",
                           subject);
    KW_TRY(deliveryIds);
    for (qint64 id : std::as_const(deliveryIds.value())) {
        auto delivery = m_engine.webhooks().store().delivery(id);
        KW_TRY(delivery);
        records.webhookDeliveries.append(delivery->toJson(true));
    }

    auto messages = db.prepare("SELECT id, endpoint_id, event_type, payload, created_at, state FROM webhook_messages "
                               "WHERE instr(lower(payload), lower(?1)) > 0 ORDER BY id");
    KW_TRY(messages);
    messages->bind(1, subject);
    auto outbound = messages->collect<QJsonObject>([](const Storage::Statement &row) {
        return QJsonObject {{QLatin1String("id"), row.int64(0)},
                            {QLatin1String("endpoint_id"), row.int64(1)},
                            {QLatin1String("event_type"), row.text(2)},
                            {QLatin1String("payload"), QJsonDocument::fromJson(row.utf8(3)).object()},
                            {QLatin1String("created_at"),
                             QDateTime::fromMSecsSinceEpoch(row.int64(4), Qt::UTC).toString(Qt::ISODateWithMs)},
                            {QLatin1String("state"), row.text(5)}};
    });
    KW_TRY(outbound);
    records.outboundMessages = outbound.value();
    return records;
}

QJsonObject SubjectRequests::bundle(const SubjectRecords &records, const QString &profile, const QDateTime &generatedAt)
{
    const qint64 nowMs = generatedAt.toMSecsSinceEpoch();
    QJsonArray connections, audit, jobs, deliveries, messages;
    for (const Connections::Connection &c : records.connections)
        connections.append(c.toJson(nowMs)); // fingerprints only, never a token
    for (const Audit::AuditEvent &e : records.auditEvents)
        audit.append(auditJson(e));
    for (const Jobs::Job &job : records.jobs)
        jobs.append(job.toJson()); // arguments with secret-looking values redacted
    for (const QJsonObject &delivery : records.webhookDeliveries)
        deliveries.append(delivery);
    for (const QJsonObject &message : records.outboundMessages)
        messages.append(message);
    const QList<std::pair<QLatin1String, QJsonArray>> sections {
        {QLatin1String("connections"), connections},
        {QLatin1String("audit_events"), audit},
        {QLatin1String("jobs"), jobs},
        {QLatin1String("webhook_deliveries"), deliveries},
        {QLatin1String("outbound_events"), messages},
    };
    QJsonObject counts, hashes,
        root {{QLatin1String("format"), QLatin1String("keyward-subject-export")},
              {QLatin1String("version"), 1},
              {QLatin1String("subject"), records.subject},
              {QLatin1String("profile"), profile},
              {QLatin1String("generated_at"), generatedAt.toString(Qt::ISODateWithMs)}};
    for (const auto &[name, array] : sections) {
        counts.insert(name, array.size());
        hashes.insert(name,
                      QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(array).toJson(QJsonDocument::Compact),
                                                                   QCryptographicHash::Sha256)
                                              .toHex()));
        root.insert(name, array);
    }
    root.insert(QLatin1String("manifest"),
                QJsonObject {{QLatin1String("counts"), counts},
                             {QLatin1String("sha256"), hashes},
                             {QLatin1String("stores_searched"),
                              QJsonArray {QLatin1String("connections"),
                                          QLatin1String("audit_events (details, and "
                                                        "events on the connections)"),
                                          QLatin1String("jobs (arguments)"),
                                          QLatin1String("webhook_deliveries (headers and bodies)"),
                                          QLatin1String("webhook_messages (payloads)")}}});
    return root;
}

Result<QString> SubjectRequests::subjectReference(const QString &subject)
{
    if (!m_engine.audit().hasCheckpointKey())
        return Error {ErrorCode::KeychainUnavailable,
                      tr("The audit checkpoint key is not available, so the request cannot be recorded without "
                         "naming the subject: open the profile with its keys.")};
    const SecureBytes &key = m_engine.audit().checkpointKey();
    const QByteArray message = "keyward-subject-v1\n" + subject.trimmed().toLower().toUtf8();
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(message.data()), static_cast<size_t>(message.size()), mac, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), 16).toHex());
}

Result<SubjectExport> SubjectRequests::exportBundle(const QString &subject, QIODevice &out, const QString &destination)
{
    auto reference = subjectReference(subject);
    KW_TRY(reference);
    auto records = find(subject);
    KW_TRY(records);
    const QByteArray bytes
        = QJsonDocument(bundle(records.value(), m_engine.location().name(), QDateTime::currentDateTimeUtc()))
              .toJson(QJsonDocument::Indented);
    const QJsonObject details {{QLatin1String("subject_ref"), reference.value()},
                               {QLatin1String("destination"), destination},
                               {QLatin1String("records"), records->total()}};
    const Status written = writeAll(out, bytes);
    if (!written.ok()) {
        QJsonObject failed = details;
        failed.insert(QLatin1String("error"), written.error().userMessage);
        static_cast<void>(
            m_engine.record({QStringLiteral("subject.export"), QStringLiteral("subject:") + reference.value(),
                             Audit::Outcome::Failure, failed}));
        return written.error();
    }
    const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    QJsonObject done = details;
    done.insert(QLatin1String("sha256"), QString::fromLatin1(sha256.toHex()));
    auto recorded = m_engine.record({QStringLiteral("subject.export"), QStringLiteral("subject:") + reference.value(),
                                     Audit::Outcome::Success, done});
    KW_TRY(recorded);
    return SubjectExport {records->total(), bytes.size(), sha256};
}

} // namespace Keyward::Privacy

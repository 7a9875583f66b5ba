#include "AuditLog.h"

#include "Canonical.h"
#include "core/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Keyward::Audit {

AuditLog::AuditLog(Storage::Database &db, Actor actor, const Clock &clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{ }

Result<ChainHead> AuditLog::head()
{
    auto stmt = m_db.cached("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    ChainHead head;
    if (row.value()) {
        head.seq = stmt->int64(0);
        head.hash = stmt->blob(1);
    }
    return head;
}

Result<ChainHead> AuditLog::headForTransaction()
{
    if (m_cachedGeneration != m_db.transactionGeneration()) {
        auto fresh = head();
        if (!fresh.ok())
            return fresh.error();
        m_cachedHead = fresh.value();
        m_cachedGeneration = m_db.transactionGeneration();
    }
    return m_cachedHead;
}

Result<qint64> AuditLog::append(const AuditEventDraft &draft)
{
    Q_ASSERT_X(m_db.inTransaction(), "AuditLog::append", "an audited change must run inside a transaction");
    auto previous = headForTransaction();
    if (!previous.ok())
        return previous.error();

    CanonicalFields fields;
    fields.seq = previous->seq + 1;
    fields.time = m_clock.nowUtc().toString(Qt::ISODateWithMs).toUtf8();
    fields.actorUser = m_actor.user.toUtf8();
    fields.actorHost = m_actor.host.toUtf8();
    fields.action = draft.action.toUtf8();
    fields.target = draft.target.toUtf8();
    fields.outcome = outcomeName(draft.outcome).toUtf8();
    fields.details = canonicalDetails(draft.details);
    QByteArray canonical;
    canonical.reserve(256 + fields.details.size());
    appendCanonicalEvent(canonical, fields);
    const QByteArray hash = chainHash(previous->hash, canonical);

    auto insert = m_db.cached("INSERT INTO audit_events (seq, time, actor_user, actor_host, action, target, "
                              "outcome, details, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, fields.seq)
        .bindText(2, fields.time)
        .bindText(3, fields.actorUser)
        .bindText(4, fields.actorHost)
        .bindText(5, fields.action)
        .bindText(6, fields.target)
        .bindText(7, fields.outcome)
        .bindText(8, fields.details)
        .bindBlob(9, hash);
    KW_TRY(insert->run());
    m_cachedHead = {fields.seq, hash};

    if (fields.seq % Checkpoint::kInterval == 0 && hasCheckpointKey())
        KW_TRY(insertCheckpoint(m_cachedHead));
    return fields.seq;
}

Result<qint64> AuditLog::record(const AuditEventDraft &draft)
{
    qint64 seq = 0;
    KW_TRY(m_db.transaction([&]() -> Status {
        auto appended = append(draft);
        if (!appended.ok())
            return appended.error();
        seq = appended.value();
        return {};
    }));
    return seq;
}

Status AuditLog::insertCheckpoint(const ChainHead &chainHead)
{
    const QString time = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    auto insert
        = m_db.cached("INSERT OR IGNORE INTO audit_checkpoints (seq, head_hash, time, mac) VALUES (?1, ?2, ?3, ?4)");
    if (!insert.ok())
        return insert.error();
    insert->bind(1, chainHead.seq)
        .bindBlob(2, chainHead.hash)
        .bind(3, time)
        .bindBlob(4, Checkpoint::computeMac(m_checkpointKey, chainHead.seq, chainHead.hash, time));
    return insert->run();
}

Status AuditLog::checkpoint()
{
    if (!hasCheckpointKey()) {
        return Error {ErrorCode::SecretMissing,
                      QCoreApplication::translate("Keyward::Audit",
                                                  "The audit checkpoint key is not available, so no checkpoint was "
                                                  "written.")};
    }
    return m_db.transaction([&]() -> Status {
        auto current = headForTransaction();
        if (!current.ok())
            return current.error();
        if (current->seq == 0)
            return {};
        return insertCheckpoint(current.value());
    });
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_events");
}

AuditEvent eventFromRow(const Storage::Statement &row)
{
    AuditEvent event;
    event.seq = row.int64(0);
    event.time = row.text(1);
    event.actorUser = row.text(2);
    event.actorHost = row.text(3);
    event.action = row.text(4);
    event.target = row.text(5);
    event.outcome = row.text(6);
    event.details = row.blob(7);
    event.hash = row.blob(8);
    return event;
}

Result<QList<AuditEvent>> AuditLog::pageBefore(qint64 beforeSeq, int limit)
{
    auto stmt
        = m_db.cached("SELECT " KW_AUDIT_EVENT_COLUMNS " FROM audit_events WHERE seq < ?1 ORDER BY seq DESC LIMIT ?2");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()).bind(2, qint64(limit));
    return stmt->collect<AuditEvent>(eventFromRow);
}

Result<QList<AuditEvent>> AuditLog::latest(int limit)
{
    auto page = pageBefore(0, limit);
    if (page.ok())
        std::reverse(page->begin(), page->end());
    return page;
}

Result<QList<Checkpoint>> AuditLog::checkpoints()
{
    auto stmt = m_db.cached("SELECT seq, head_hash, time, mac FROM audit_checkpoints ORDER BY seq");
    if (!stmt.ok())
        return stmt.error();
    return stmt->collect<Checkpoint>([](const Storage::Statement &row) {
        return Checkpoint {row.int64(0), row.blob(1), row.text(2), row.blob(3)};
    });
}

Result<Checkpoint> AuditLog::lastCheckpoint()
{
    auto stmt = m_db.cached("SELECT seq, head_hash, time, mac FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Checkpoint {};
    return Checkpoint {stmt->int64(0), stmt->blob(1), stmt->text(2), stmt->blob(3)};
}

Result<qint64> AuditLog::trimmedThrough(Storage::Database &db)
{
    auto value = db.meta(QString::fromLatin1(kTrimmedThroughKey));
    KW_TRY(value);
    return value->toLongLong(); // 0 when not set
}

Result<TrimRecord> AuditLog::trimRecord(Storage::Database &db)
{
    auto value = db.meta(QString::fromLatin1(kTrimRecordKey));
    KW_TRY(value);
    return TrimRecord::fromJson(value->toUtf8()); // through 0 when not set
}

Status AuditLog::trimThrough(qint64 seq)
{
    const auto refuse = [seq](const QString &why) {
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Audit::AuditLog",
                                                  "The audit log can be trimmed only up to a signed checkpoint "
                                                  "before its newest event, with the checkpoint key at hand."),
                      QStringLiteral("audit trim through %1 refused: %2").arg(seq).arg(why)};
    };
    if (m_checkpointKey.isEmpty())
        return refuse(QStringLiteral("no checkpoint key"));
    auto head = headForTransaction();
    KW_TRY(head);
    if (seq >= head->seq)
        return refuse(QStringLiteral("not before the head"));
    auto anchor = m_db.prepare("SELECT c.head_hash, c.time, c.mac, e.hash FROM audit_checkpoints c "
                               "JOIN audit_events e ON e.seq = c.seq WHERE c.seq = ?1");
    KW_TRY(anchor);
    anchor->bind(1, seq);
    auto found = anchor->step();
    KW_TRY(found);
    if (!found.value())
        return refuse(QStringLiteral("no checkpoint there"));
    const Checkpoint checkpoint {seq, anchor->blob(0), anchor->text(1), anchor->blob(2)};
    if (!checkpoint.isAuthentic(m_checkpointKey) || checkpoint.headHash != anchor->blob(3))
        return refuse(QStringLiteral("the checkpoint does not check out"));

    TrimRecord record;
    record.through = seq;
    record.headHash = checkpoint.headHash;
    record.time = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    record.mac = TrimRecord::computeMac(m_checkpointKey, seq, record.headHash, record.time);
    // The triggers let rows go only up to the recorded mark (migration 9): set it first.
    KW_TRY(m_db.setMeta(QString::fromLatin1(kTrimmedThroughKey), QString::number(seq)));
    KW_TRY(m_db.setMeta(QString::fromLatin1(kTrimRecordKey), QString::fromUtf8(record.toJson())));
    const auto deleteUpTo = [this, seq](const char *sql) -> Status {
        auto stmt = m_db.prepare(sql);
        KW_TRY(stmt);
        stmt->bind(1, seq);
        return stmt->run();
    };
    KW_TRY(deleteUpTo("DELETE FROM audit_events WHERE seq <= ?1"));
    return deleteUpTo("DELETE FROM audit_checkpoints WHERE seq < ?1"); // the anchor stays
}

} // namespace Keyward::Audit

#pragma once

#include "AuditEvent.h"
#include "Checkpoint.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QList>

namespace Keyward::Storage {
class Database;
class Statement;
} // namespace Keyward::Storage

namespace Keyward::Audit {

/// The append-only, hash-chained audit log of one profile.
///
/// append() joins the caller's transaction, so an engine call's change and its event commit or roll back
/// together. The head is read inside each transaction (and cached for the rest of it), so several processes
/// appending to one profile still build one chain: SQLite's write lock orders them.
class AuditLog
{
public:
    AuditLog(Storage::Database &db, Actor actor, const Clock &clock = Clock::system());

    void setActor(Actor actor) { m_actor = std::move(actor); }
    const Actor &actor() const { return m_actor; }
    /// Without a checkpoint key, appends still chain but checkpoints cannot be written.
    void setCheckpointKey(SecureBytes key) { m_checkpointKey = std::move(key); }
    bool hasCheckpointKey() const { return !m_checkpointKey.isEmpty(); }
    const SecureBytes &checkpointKey() const { return m_checkpointKey; }

    /// Appends inside the current transaction (which the caller must have begun). Returns the new sequence.
    Result<qint64> append(const AuditEventDraft &draft);
    /// Appends in a transaction of its own, for actions that change nothing else in the store.
    Result<qint64> record(const AuditEventDraft &draft);
    /// Writes a checkpoint for the current head unless one exists already (called on close).
    Status checkpoint();

    Result<ChainHead> head();
    Result<qint64> count();
    /// The newest `count` events, oldest first.
    Result<QList<AuditEvent>> latest(int count);
    /// Up to `limit` events older than `beforeSeq` (0: from the head), newest first: one page of a cursor.
    Result<QList<AuditEvent>> pageBefore(qint64 beforeSeq, int limit);
    Result<QList<Checkpoint>> checkpoints();
    Result<Checkpoint> lastCheckpoint();

    /// The last event retention removed (0: none); the checkpoint at it anchors the chain (meta key below; the
    /// delete triggers read it).
    static Result<qint64> trimmedThrough(Storage::Database &db);
    static constexpr char kTrimmedThroughKey[] = "audit.trimmed_through";
    /// The signed record of the last trim (through 0 when there is none).
    static Result<TrimRecord> trimRecord(Storage::Database &db);
    static constexpr char kTrimRecordKey[] = "audit.trim";
    /// Removes the events up to `seq` and the checkpoints before it, inside the caller's transaction, and signs
    /// the trim. `seq` must have an authentic checkpoint that matches its event (it becomes the anchor) and lie
    /// before the head; the checkpoint key is needed.
    Status trimThrough(qint64 seq);

private:
    Result<ChainHead> headForTransaction();
    Status insertCheckpoint(const ChainHead &head);

    Storage::Database &m_db;
    Actor m_actor;
    const Clock &m_clock;
    SecureBytes m_checkpointKey;
    quint64 m_cachedGeneration = 0;
    ChainHead m_cachedHead;
};

/// Reads events in ascending order from a statement selecting seq, time, actor_user, actor_host, action, target,
/// outcome, details, hash.
AuditEvent eventFromRow(const Storage::Statement &row);
#define KW_AUDIT_EVENT_COLUMNS "seq, time, actor_user, actor_host, action, target, outcome, details, hash"

} // namespace Keyward::Audit

#include "JobStore.h"

#include "CronExpression.h"
#include "core/Logging.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <limits>

namespace Keyward::Jobs {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Job jobFromRow(const Storage::Statement &row)
{
    Job job;
    job.id = row.int64(0);
    job.type = row.text(1);
    job.queue = queueFromName(row.text(2)).value_or(Queue::Default);
    job.args = QJsonDocument::fromJson(row.utf8(3)).object();
    job.state = stateFromName(row.text(4)).value_or(JobState::Pending);
    job.uniqueKey = row.isNull(5) ? QString() : row.text(5);
    job.attempt = static_cast<int>(row.int64(6));
    job.runAtMs = row.int64(7);
    job.enqueuedMs = row.int64(8);
    job.finishedMs = row.isNull(9) ? 0 : row.int64(9);
    job.lastError = row.text(10);
    job.leaseOwner = row.isNull(11) ? QString() : row.text(11);
    job.leaseExpiresMs = row.isNull(12) ? 0 : row.int64(12);
    return job;
}

JobStore::JobStore(Storage::Database &db)
    : m_db(db)
{ }

template<typename F> Status JobStore::atomically(F &&body)
{
    if (m_db.inTransaction())
        return body();
    return m_db.transaction(std::forward<F>(body));
}

// The UPDATEs on the claim/finish path say OR IGNORE: none of them can violate a constraint (they never write NULL
// into a NOT NULL column, and a live job's unique key stays its own while it is live), and without the default
// ABORT SQLite opens no statement journal for them, which SQLCipher would encrypt page by page: about a third of
// the cost of processing a job.
bool JobStore::anyRow(const char *sql, qint64 nowMs)
{
    auto stmt = m_db.cached(sql);
    if (!stmt.ok())
        return true; // let the real query report the error
    stmt->bind(1, nowMs);
    auto row = stmt->step();
    return !row.ok() || row.value();
}

Status JobStore::bump(Queue queue, const char *counter, qint64 by)
{
    // SQLite 3.15 (Debian's SQLCipher) has no UPSERT: make sure the row exists, then add.
    auto insert = m_db.cached("INSERT OR IGNORE INTO job_counters (queue, counter, value) VALUES (?1, ?2, 0)");
    auto update = m_db.cached("UPDATE OR IGNORE job_counters SET value = value + ?3 WHERE queue = ?1 AND counter = ?2");
    if (!insert.ok())
        return insert.error();
    if (!update.ok())
        return update.error();
    insert->bind(1, queueName(queue)).bind(2, QString::fromLatin1(counter));
    KW_TRY(insert->run());
    update->bind(1, queueName(queue)).bind(2, QString::fromLatin1(counter)).bind(3, by);
    return update->run();
}

Result<JobStore::Enqueued> JobStore::enqueue(const JobSpec &spec, qint64 nowMs)
{
    if (spec.type.isEmpty())
        return Error {ErrorCode::Usage, tr("A job needs a type.")};
    Enqueued result;
    const Status status = atomically([&]() -> Status {
        if (!spec.uniqueKey.isEmpty()) {
            auto existing = m_db.cached("SELECT id FROM jobs WHERE unique_key = ?1 AND state IN "
                                        "('pending', 'scheduled', 'running', 'retrying')");
            if (!existing.ok())
                return existing.error();
            existing->bind(1, spec.uniqueKey);
            auto row = existing->step();
            if (!row.ok())
                return row.error();
            if (row.value()) {
                result = {existing->int64(0), true};
                return {};
            }
        }
        const qint64 runAt = spec.runAtMs > 0 ? spec.runAtMs : nowMs;
        auto insert = m_db.cached("INSERT INTO jobs (type, queue, args, state, unique_key, run_at, enqueued_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!insert.ok())
            return insert.error();
        insert->bind(1, spec.type)
            .bind(2, queueName(spec.queue))
            .bindText(3, compactJson(spec.args))
            .bind(4, stateName(runAt > nowMs ? JobState::Scheduled : JobState::Pending))
            .bind(6, runAt)
            .bind(7, nowMs);
        if (spec.uniqueKey.isEmpty())
            insert->bindNull(5);
        else
            insert->bind(5, spec.uniqueKey);
        KW_TRY(insert->run());
        result = {m_db.lastInsertId(), false};
        return bump(spec.queue, "enqueued");
    });
    if (!status.ok())
        return status.error();
    return result;
}

Result<QList<Job>> JobStore::claim(const QString &owner, int max, qint64 nowMs, const QList<Queue> &order,
                                   const LeaseFor &leaseFor)
{
    QList<Job> claimed;
    // The runner asks every few milliseconds: take the write lock only when something is due.
    if (!m_db.inTransaction()
        && !anyRow("SELECT 1 FROM jobs WHERE state IN ('pending', 'scheduled', 'retrying') AND run_at <= ?1 LIMIT 1",
                   nowMs))
        return claimed;
    const Status status = atomically([&]() -> Status {
        auto select = m_db.cached("SELECT " KW_JOB_COLUMNS " FROM jobs WHERE queue = ?1 AND state IN "
                                  "('pending', 'scheduled', 'retrying') AND run_at <= ?2 ORDER BY run_at, id "
                                  "LIMIT ?3");
        auto take = m_db.cached("UPDATE OR IGNORE jobs SET state = 'running', attempt = attempt + 1, lease_owner = ?2, "
                                "lease_expires = ?3 WHERE id = ?1");
        auto attempt = m_db.cached("INSERT INTO job_attempts (job_id, attempt, started_at) "
                                   "VALUES (?1, ?2, ?3)");
        if (!select.ok())
            return select.error();
        if (!take.ok())
            return take.error();
        if (!attempt.ok())
            return attempt.error();
        for (const Queue queue : order) {
            if (claimed.size() >= max)
                break;
            select->reset();
            select->bind(1, queueName(queue)).bind(2, nowMs).bind(3, qint64(max - claimed.size()));
            QList<Job> found;
            auto rows = select->collect<Job>(jobFromRow);
            if (!rows.ok())
                return rows.error();
            found.append(rows.value());
            for (Job &job : found) {
                job.state = JobState::Running;
                job.attempt += 1;
                job.leaseOwner = owner;
                job.leaseExpiresMs = nowMs + leaseFor(job.type);
                take->reset();
                take->bind(1, job.id).bind(2, owner).bind(3, job.leaseExpiresMs);
                KW_TRY(take->run());
                attempt->reset();
                attempt->bind(1, job.id).bind(2, qint64(job.attempt)).bind(3, nowMs);
                KW_TRY(attempt->run());
                claimed.append(job);
            }
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return claimed;
}

Status JobStore::closeAttempt(qint64 id, int attempt, qint64 nowMs, const QString &outcome, const QString &error)
{
    auto stmt = m_db.cached("UPDATE OR IGNORE job_attempts SET finished_at = ?3, outcome = ?4, error = ?5 "
                            "WHERE job_id = ?1 AND attempt = ?2");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id).bind(2, qint64(attempt)).bind(3, nowMs).bind(4, outcome).bind(5, error);
    return stmt->run();
}

Status JobStore::finish(const Job &job, const QString &owner, const JobOutcome &outcome,
                        const RetryPolicy::Decision &decision, qint64 nowMs)
{
    static const char *const kOutcomeNames[] = {"done", "retry", "discard", "dead"};
    return atomically([&]() -> Status {
        // Only the holder of the current lease may finish: after a lease expired and another worker reclaimed the
        // job, the late result of the first worker must not overwrite the second's.
        auto holder = m_db.cached("SELECT 1 FROM jobs WHERE id = ?1 AND state = 'running' AND lease_owner = ?2 "
                                  "AND attempt = ?3");
        if (!holder.ok())
            return holder.error();
        holder->bind(1, job.id).bind(2, owner).bind(3, qint64(job.attempt));
        auto row = holder->step();
        if (!row.ok())
            return row.error();
        if (!row.value()) {
            return Error {ErrorCode::NotFound,
                          tr("Job %1 no longer holds this worker's lease: its result was not recorded.").arg(job.id)};
        }
        const QString error = decision.reason.isEmpty() ? outcome.error
            : outcome.error.isEmpty()                   ? decision.reason
                                                        : outcome.error + QStringLiteral(" — ") + decision.reason;
        KW_TRY(closeAttempt(job.id, job.attempt, nowMs, QString::fromLatin1(kOutcomeNames[int(outcome.kind)]),
                            outcome.error));
        auto update
            = m_db.cached("UPDATE OR IGNORE jobs SET state = ?2, run_at = ?3, finished_at = ?4, last_error = ?5, "
                          "lease_owner = NULL, lease_expires = NULL WHERE id = ?1");
        if (!update.ok())
            return update.error();
        const bool finished = decision.state != JobState::Retrying;
        update->bind(1, job.id)
            .bind(2, stateName(decision.state))
            .bind(3, finished ? job.runAtMs : decision.runAtMs)
            .bind(5, error);
        if (finished)
            update->bind(4, nowMs);
        else
            update->bindNull(4);
        KW_TRY(update->run());
        KW_TRY(bump(job.queue, "processed"));
        if (outcome.kind == JobOutcome::Kind::Retry || outcome.kind == JobOutcome::Kind::Dead)
            KW_TRY(bump(job.queue, "failed"));
        if (decision.state == JobState::Retrying)
            KW_TRY(bump(job.queue, "retried"));
        if (decision.state == JobState::Dead)
            KW_TRY(bump(job.queue, "dead"));
        return {};
    });
}

Result<QList<Job>> JobStore::expireLeases(qint64 nowMs, const std::function<RetryPolicy(const QString &)> &policyFor,
                                          const std::function<Status(const Job &)> &onDead)
{
    return expireLeasesBefore(nowMs, nowMs, policyFor, onDead);
}

Result<QList<Job>> JobStore::reclaimAllLeases(qint64 nowMs,
                                              const std::function<RetryPolicy(const QString &)> &policyFor,
                                              const std::function<Status(const Job &)> &onDead)
{
    return expireLeasesBefore(std::numeric_limits<qint64>::max(), nowMs, policyFor, onDead);
}

Result<QList<Job>> JobStore::expireLeasesBefore(qint64 cutoffMs, qint64 nowMs,
                                                const std::function<RetryPolicy(const QString &)> &policyFor,
                                                const std::function<Status(const Job &)> &onDead)
{
    QList<Job> expired;
    if (!m_db.inTransaction()
        && !anyRow("SELECT 1 FROM jobs WHERE state = 'running' AND lease_expires <= ?1 LIMIT 1", cutoffMs))
        return expired;
    const Status status = atomically([&]() -> Status {
        auto select
            = m_db.cached("SELECT " KW_JOB_COLUMNS " FROM jobs WHERE state = 'running' AND lease_expires <= ?1");
        if (!select.ok())
            return select.error();
        select->bind(1, cutoffMs);
        auto rows = select->collect<Job>(jobFromRow);
        if (!rows.ok())
            return rows.error();
        expired.append(rows.value());
        for (Job &job : expired) {
            const RetryPolicy policy = policyFor(job.type);
            const QString why
                = tr("The worker running attempt %1 stopped answering (its lease expired).").arg(job.attempt);
            KW_TRY(closeAttempt(job.id, job.attempt, nowMs, QStringLiteral("lease-expired"), why));
            // The attempt counts: a job that keeps killing its worker must end up dead, not loop forever.
            const bool exhausted = job.attempt >= policy.maxAttempts;
            job.state = exhausted ? JobState::Dead : JobState::Retrying;
            job.lastError = why;
            auto update = m_db.cached("UPDATE jobs SET state = ?2, run_at = ?3, last_error = ?4, finished_at = ?5, "
                                      "lease_owner = NULL, lease_expires = NULL WHERE id = ?1");
            if (!update.ok())
                return update.error();
            update->bind(1, job.id).bind(2, stateName(job.state)).bind(3, nowMs).bind(4, why);
            if (exhausted)
                update->bind(5, nowMs);
            else
                update->bindNull(5);
            KW_TRY(update->run());
            KW_TRY(bump(job.queue, "processed")); // the attempt ended (as a failure), like one that reported
            KW_TRY(bump(job.queue, "failed"));
            KW_TRY(bump(job.queue, exhausted ? "dead" : "retried"));
            if (exhausted && onDead)
                KW_TRY(onDead(job));
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return expired;
}

Result<int> JobStore::release(const QString &owner, qint64 nowMs)
{
    int count = 0;
    const Status status = atomically([&]() -> Status {
        auto attempts = m_db.cached(
            "UPDATE job_attempts SET finished_at = ?2, outcome = 'released', error = ?3 WHERE finished_at IS NULL AND "
            "job_id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_owner = ?1)");
        if (!attempts.ok())
            return attempts.error();
        attempts->bind(1, owner).bind(2, nowMs).bind(3, tr("Released while the worker pool shut down."));
        KW_TRY(attempts->run());
        auto update = m_db.cached("UPDATE jobs SET state = 'pending', run_at = ?2, lease_owner = NULL, "
                                  "lease_expires = NULL WHERE state = 'running' AND lease_owner = ?1");
        if (!update.ok())
            return update.error();
        update->bind(1, owner).bind(2, nowMs);
        KW_TRY(update->run());
        count = m_db.changes();
        return {};
    });
    if (!status.ok())
        return status.error();
    return count;
}

Result<QList<Job>> JobStore::list(std::optional<JobState> state, int limit, qint64 beforeId)
{
    auto stmt = m_db.cached("SELECT " KW_JOB_COLUMNS " FROM jobs WHERE (?1 = '' OR state = ?1) AND id < ?2 "
                            "ORDER BY id DESC LIMIT ?3");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, state ? stateName(*state) : QString())
        .bind(2, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max())
        .bind(3, qint64(limit));
    return stmt->collect<Job>(jobFromRow);
}

Result<Job> JobStore::find(qint64 id)
{
    auto stmt = m_db.cached("SELECT " KW_JOB_COLUMNS " FROM jobs WHERE id = ?1");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error {ErrorCode::NotFound, tr("There is no job %1.").arg(id)};
    Job job = jobFromRow(stmt.value());
    auto attempts = m_db.cached("SELECT attempt, started_at, finished_at, outcome, error FROM job_attempts "
                                "WHERE job_id = ?1 ORDER BY attempt");
    if (!attempts.ok())
        return attempts.error();
    attempts->bind(1, id);
    for (;;) {
        auto next = attempts->step();
        if (!next.ok())
            return next.error();
        if (!next.value())
            break;
        job.attempts.append({static_cast<int>(attempts->int64(0)), attempts->int64(1),
                             attempts->isNull(2) ? 0 : attempts->int64(2), attempts->text(3), attempts->text(4)});
    }
    return job;
}

Result<QList<qint64>> JobStore::updateEach(const char *sql, const QList<qint64> &ids, qint64 nowMs)
{
    QList<qint64> changed;
    const Status status = atomically([&]() -> Status {
        auto update = m_db.cached(sql);
        if (!update.ok())
            return update.error();
        for (const qint64 id : ids) {
            update->reset();
            update->bind(1, id).bind(2, nowMs);
            KW_TRY(update->run());
            if (m_db.changes() > 0)
                changed.append(id);
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return changed;
}

Result<bool> JobStore::bringForward(qint64 id, qint64 runAtMs, qint64 nowMs)
{
    auto update = m_db.cached("UPDATE jobs SET run_at = ?2, state = CASE WHEN state = 'scheduled' AND ?2 <= ?3 "
                              "THEN 'pending' ELSE state END WHERE id = ?1 AND state IN ('pending', 'scheduled', "
                              "'retrying') AND run_at > ?2");
    if (!update.ok())
        return update.error();
    update->reset();
    update->bind(1, id).bind(2, runAtMs).bind(3, nowMs);
    KW_TRY(update->run());
    return m_db.changes() > 0;
}

Result<QList<qint64>> JobStore::retryNow(const QList<qint64> &ids, qint64 nowMs)
{
    // A dead job whose unique key a newer live job holds stays dead: two live jobs may not share a key.
    return updateEach("UPDATE jobs SET state = 'pending', run_at = ?2, finished_at = NULL "
                      "WHERE id = ?1 AND state IN ('dead', 'retrying', 'scheduled') AND (unique_key IS NULL "
                      "OR NOT EXISTS (SELECT 1 FROM jobs AS live WHERE live.unique_key = jobs.unique_key "
                      "AND live.id <> jobs.id AND live.state IN ('pending', 'scheduled', 'running', 'retrying')))",
                      ids, nowMs);
}

Result<QList<qint64>> JobStore::discard(const QList<qint64> &ids, qint64 nowMs)
{
    return updateEach("UPDATE jobs SET state = 'discarded', finished_at = ?2 WHERE id = ?1 AND state IN "
                      "('dead', 'pending', 'scheduled', 'retrying')",
                      ids, nowMs);
}

Result<QList<QueueStats>> JobStore::stats(qint64 nowMs)
{
    QList<QueueStats> result;
    auto live = m_db.cached(
        "SELECT sum(state IN ('pending', 'scheduled', 'retrying')), "
        "sum(state IN ('pending', 'scheduled', 'retrying') AND run_at <= ?2), sum(state = 'running'), "
        "sum(state = 'dead'), min(CASE WHEN state IN ('pending', 'scheduled', 'retrying') AND run_at <= ?2 "
        "THEN run_at END) FROM jobs WHERE queue = ?1");
    auto counters = m_db.cached("SELECT counter, value FROM job_counters WHERE queue = ?1");
    if (!live.ok())
        return live.error();
    if (!counters.ok())
        return counters.error();
    for (const Queue queue : {Queue::Critical, Queue::Default, Queue::Low}) {
        QueueStats s;
        s.queue = queue;
        live->reset();
        live->bind(1, queueName(queue)).bind(2, nowMs);
        auto row = live->step();
        if (!row.ok())
            return row.error();
        s.waiting = live->int64(0);
        s.due = live->int64(1);
        s.running = live->int64(2);
        s.dead = live->int64(3);
        s.latencyMs = live->isNull(4) ? 0 : nowMs - live->int64(4);
        live->reset();
        counters->reset();
        counters->bind(1, queueName(queue));
        for (;;) {
            auto next = counters->step();
            if (!next.ok())
                return next.error();
            if (!next.value())
                break;
            const QString name = counters->text(0);
            const qint64 value = counters->int64(1);
            if (name == QLatin1String("enqueued"))
                s.enqueued = value;
            else if (name == QLatin1String("processed"))
                s.processed = value;
            else if (name == QLatin1String("failed"))
                s.failed = value;
            else if (name == QLatin1String("retried"))
                s.retried = value;
            else if (name == QLatin1String("dead"))
                s.deadTotal = value;
        }
        result.append(s);
    }
    return result;
}

Status JobStore::setRecurring(const RecurringJob &recurring, qint64 nowMs)
{
    auto cron = CronExpression::parse(recurring.cron);
    if (!cron.ok())
        return cron.error();
    const QDateTime next = cron->next(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC));
    if (!next.isValid()) {
        return Error {ErrorCode::Usage,
                      tr("The schedule \"%1\" never comes due: check its day and month.").arg(recurring.cron)};
    }
    auto stmt = m_db.cached("INSERT OR REPLACE INTO recurring_jobs (name, cron, type, queue, args, enabled, next_run) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, recurring.name)
        .bind(2, recurring.cron)
        .bind(3, recurring.spec.type)
        .bind(4, queueName(recurring.spec.queue))
        .bindText(5, compactJson(recurring.spec.args))
        .bind(6, qint64(recurring.enabled ? 1 : 0))
        .bind(7, next.toMSecsSinceEpoch());
    return stmt->run();
}

Status JobStore::removeRecurring(const QString &name)
{
    auto stmt = m_db.cached("DELETE FROM recurring_jobs WHERE name = ?1");
    if (!stmt.ok())
        return stmt.error();
    stmt->bind(1, name);
    return stmt->run();
}

Result<QList<RecurringJob>> JobStore::recurring()
{
    auto stmt = m_db.cached("SELECT name, cron, type, queue, args, enabled, next_run, last_enqueued "
                            "FROM recurring_jobs ORDER BY name");
    if (!stmt.ok())
        return stmt.error();
    QList<RecurringJob> result;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        RecurringJob r;
        r.name = stmt->text(0);
        r.cron = stmt->text(1);
        r.spec.type = stmt->text(2);
        r.spec.queue = queueFromName(stmt->text(3)).value_or(Queue::Default);
        r.spec.args = QJsonDocument::fromJson(stmt->utf8(4)).object();
        r.enabled = stmt->int64(5) != 0;
        r.nextRunMs = stmt->int64(6);
        r.lastEnqueuedMs = stmt->isNull(7) ? 0 : stmt->int64(7);
        result.append(r);
    }
    return result;
}

Result<int> JobStore::enqueueDueRecurring(qint64 nowMs)
{
    int enqueued = 0;
    if (!m_db.inTransaction()
        && !anyRow("SELECT 1 FROM recurring_jobs WHERE enabled = 1 AND next_run <= ?1 LIMIT 1", nowMs))
        return enqueued;
    const Status status = atomically([&]() -> Status {
        auto due = m_db.cached("SELECT name FROM recurring_jobs WHERE enabled = 1 AND next_run <= ?1");
        if (!due.ok())
            return due.error();
        due->bind(1, nowMs);
        QStringList names;
        for (;;) {
            auto row = due->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            names << due->text(0);
        }
        if (names.isEmpty())
            return {};
        auto all = recurring();
        if (!all.ok())
            return all.error();
        auto advance = m_db.cached("UPDATE recurring_jobs SET next_run = ?2, last_enqueued = ?3 WHERE name = ?1");
        if (!advance.ok())
            return advance.error();
        for (const RecurringJob &r : all.value()) {
            if (!names.contains(r.name))
                continue;
            JobSpec spec = r.spec;
            spec.uniqueKey = QStringLiteral("recurring:") + r.name;
            spec.runAtMs = std::min(r.nextRunMs, nowMs);
            auto added = enqueue(spec, nowMs);
            if (!added.ok())
                return added.error();
            if (!added->duplicate)
                ++enqueued;
            auto cron = CronExpression::parse(r.cron);
            // A schedule edited into something unparsable by hand stops instead of firing on every tick.
            const QDateTime next = cron.ok() ? cron->next(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)) : QDateTime();
            advance->reset();
            advance->bind(1, r.name)
                .bind(2, next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max())
                .bind(3, nowMs);
            KW_TRY(advance->run());
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return enqueued;
}

} // namespace Keyward::Jobs

#pragma once

#include "Job.h"
#include "RetryPolicy.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

namespace Keyward::Storage {
class Database;
class Statement;
} // namespace Keyward::Storage

namespace Keyward::Jobs {

/// Per-queue figures for monitoring.
struct QueueStats
{
    Queue queue = Queue::Default;
    qint64 waiting = 0; ///< pending, scheduled and retrying
    qint64 due = 0; ///< waiting jobs whose run time has come
    qint64 running = 0;
    qint64 dead = 0;
    qint64 latencyMs = 0; ///< how long the oldest due job has waited
    qint64 enqueued = 0, processed = 0, failed = 0, retried = 0, deadTotal = 0; ///< counters since creation
};

/// The persistent queue in the profile store. Methods that change several rows run in a transaction of their own
/// unless the caller has one open (so the engine can add its audit event to the same transaction).
/// Lives on the engine thread with the database.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Jobs::JobStore)

public:
    explicit JobStore(Storage::Database &db);
    Storage::Database &database() { return m_db; }

    struct Enqueued
    {
        qint64 id = 0;
        bool duplicate = false; ///< a live job with the same unique key existed; `id` is that job
    };
    Result<Enqueued> enqueue(const JobSpec &spec, qint64 nowMs);

    using LeaseFor = std::function<qint64(const QString &type)>;
    /// Claims up to `max` due jobs for `owner`, trying queues in `order`; each gets a lease and a new attempt.
    Result<QList<Job>> claim(const QString &owner, int max, qint64 nowMs, const QList<Queue> &order,
                             const LeaseFor &leaseFor);
    /// Records the end of `job`'s current attempt and moves it to the state `decision` says.
    /// Refuses (ErrorCode::NotFound) when the job no longer holds this owner's lease (it expired and was reclaimed).
    Status finish(const Job &job, const QString &owner, const JobOutcome &outcome,
                  const RetryPolicy::Decision &decision, qint64 nowMs);
    /// Returns jobs whose lease ran out (their worker died) to the queue, or to the dead set when `policyFor` says
    /// they have no attempts left. Returns the jobs affected. `onDead` runs inside the transaction for each job made
    /// dead (its lastError saying why), so the caller can audit it atomically; its error rolls everything back.
    Result<QList<Job>> expireLeases(qint64 nowMs, const std::function<RetryPolicy(const QString &)> &policyFor,
                                    const std::function<Status(const Job &)> &onDead = {});
    /// Like expireLeases() for every lease, expired or not: for a new owner of the profile, who knows that no
    /// other worker pool can be alive, so every lease belongs to a process that died.
    Result<QList<Job>> reclaimAllLeases(qint64 nowMs, const std::function<RetryPolicy(const QString &)> &policyFor,
                                        const std::function<Status(const Job &)> &onDead = {});
    /// Gives back the leases `owner` holds (a draining worker pool): the jobs wait again, due now.
    Result<int> release(const QString &owner, qint64 nowMs);

    Result<QList<Job>> list(std::optional<JobState> state, int limit, qint64 beforeId = 0);
    Result<Job> find(qint64 id);
    /// Brings a waiting (pending, scheduled or retrying) job forward to `runAtMs`, never later: a deduplicated job
    /// planned for later must not delay one asked for sooner. Returns whether the job moved.
    Result<bool> bringForward(qint64 id, qint64 runAtMs, qint64 nowMs);
    /// Makes dead, retrying or scheduled jobs due now. Returns the ids changed; others are left alone.
    Result<QList<qint64>> retryNow(const QList<qint64> &ids, qint64 nowMs);
    /// Discards waiting or dead jobs. Running jobs cannot be discarded. Returns the ids changed.
    Result<QList<qint64>> discard(const QList<qint64> &ids, qint64 nowMs);
    Result<QList<QueueStats>> stats(qint64 nowMs);

    /// Adds or replaces a recurring job; its next run is computed from its cron expression (refused if malformed).
    Status setRecurring(const RecurringJob &recurring, qint64 nowMs);
    Status removeRecurring(const QString &name);
    Result<QList<RecurringJob>> recurring();
    /// Enqueues one job for every enabled schedule that is due and moves it to its next run. Runs missed while no
    /// worker was up are not replayed one by one: a schedule that is overdue enqueues once. Returns how many jobs
    /// were enqueued (duplicates of a still-live job are not counted).
    Result<int> enqueueDueRecurring(qint64 nowMs);

private:
    /// True when `sql` (with ?1 = now) returns a row: a read without the write lock.
    bool anyRow(const char *sql, qint64 nowMs);
    /// Runs `sql` (?1 = id, ?2 = now) once per id; returns the ids it changed.
    Result<QList<qint64>> updateEach(const char *sql, const QList<qint64> &ids, qint64 nowMs);
    Result<QList<Job>> expireLeasesBefore(qint64 cutoffMs, qint64 nowMs,
                                          const std::function<RetryPolicy(const QString &)> &policyFor,
                                          const std::function<Status(const Job &)> &onDead);
    template<typename F> Status atomically(F &&body);
    Status bump(Queue queue, const char *counter, qint64 by = 1);
    Status closeAttempt(qint64 id, int attempt, qint64 nowMs, const QString &outcome, const QString &error);

    Storage::Database &m_db;
};

/// Reads a job from a row of `SELECT KW_JOB_COLUMNS FROM jobs`.
Job jobFromRow(const Storage::Statement &row);
#define KW_JOB_COLUMNS                                                                                                 \
    "id, type, queue, args, state, unique_key, attempt, run_at, enqueued_at, finished_at, last_error, lease_owner, "   \
    "lease_expires"

} // namespace Keyward::Jobs

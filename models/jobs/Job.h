#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Keyward::Jobs {

/// Named queues, claimed by weight (critical 6, default 3, low 1) so that low is never starved.
enum class Queue { Critical, Default, Low };
QString queueName(Queue queue);
std::optional<Queue> queueFromName(const QString &name);

/// Where a job is in its life. Pending, scheduled and retrying jobs wait for their run time; running ones hold a
/// lease; done and discarded ones are finished; dead ones wait for a person (retry or discard).
enum class JobState { Pending, Scheduled, Running, Retrying, Dead, Done, Discarded };
QString stateName(JobState state);
std::optional<JobState> stateFromName(const QString &name);

/// What to enqueue.
struct JobSpec
{
    QString type;
    QJsonObject args; ///< never a secret: reference secrets by id
    Queue queue = Queue::Default;
    QString uniqueKey; ///< when set, enqueuing while one with this key is pending or running returns that one
    qint64 runAtMs = 0; ///< due time (ms since the epoch, UTC); 0 = now
};

/// One attempt at running a job.
struct JobAttempt
{
    int attempt = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; ///< 0 while running
    QString outcome; ///< done, retry, discard, dead, lease-expired, released
    QString error;
};

/// A stored job.
struct Job
{
    qint64 id = 0;
    QString type;
    Queue queue = Queue::Default;
    QJsonObject args;
    JobState state = JobState::Pending;
    QString uniqueKey;
    int attempt = 0; ///< attempts started so far
    qint64 runAtMs = 0; ///< next run time for waiting jobs
    qint64 enqueuedMs = 0;
    qint64 finishedMs = 0;
    QString lastError;
    QString leaseOwner;
    qint64 leaseExpiresMs = 0;
    QList<JobAttempt> attempts; ///< filled by JobStore::find()

    /// For display and export: `args` with secret-looking values redacted (see redactedArgs()).
    QJsonObject toJson() const;
};

/// A copy of job arguments safe to show: values under keys that name a secret (token, secret, password, key,
/// authorization, cookie, credential; any case, any depth) are replaced by "[redacted]". Arguments should never
/// hold secrets in the first place; this keeps a mistake from reaching a screen, a terminal or an export.
QJsonObject redactedArgs(const QJsonObject &args);

/// A job enqueued on a cron schedule (token health sweep, retention, key re-seal, scheduled reports).
struct RecurringJob
{
    QString name; ///< unique; also the dedup key of the jobs it enqueues
    QString cron; ///< five-field cron expression, UTC
    JobSpec spec; ///< what to enqueue (its uniqueKey and runAtMs are set by the scheduler)
    bool enabled = true;
    qint64 nextRunMs = 0;
    qint64 lastEnqueuedMs = 0;
};

/// What a handler reports for one attempt.
struct JobOutcome
{
    enum class Kind {
        Done, ///< finished
        Retry, ///< failed; try again per the retry policy (or after `retryAfterMs`)
        Discard, ///< nothing left to do (the target is gone): finished without error
        Dead, ///< failed in a way retrying cannot fix: straight to the dead-letter queue
    };
    Kind kind = Kind::Done;
    QString error; ///< why, for the attempt history (never a secret)
    std::optional<qint64> retryAfterMs; ///< a delay the handler asks for (e.g. from Retry-After)
    /// For Done: a job to enqueue in the transaction that records this one as done. Its unique key may be this
    /// job's own (the next token refresh): while this job runs, enqueuing it would only find this job.
    std::optional<JobSpec> followUp;

    static JobOutcome done() { return {}; }
    static JobOutcome doneThen(JobSpec next) { return {Kind::Done, {}, std::nullopt, std::move(next)}; }
    static JobOutcome retry(QString why, std::optional<qint64> afterMs = std::nullopt)
    {
        return {Kind::Retry, std::move(why), afterMs, std::nullopt};
    }
    static JobOutcome discard(QString why) { return {Kind::Discard, std::move(why), std::nullopt, std::nullopt}; }
    static JobOutcome dead(QString why) { return {Kind::Dead, std::move(why), std::nullopt, std::nullopt}; }
};

} // namespace Keyward::Jobs

#pragma once

#include "JobRegistry.h"
#include "JobStore.h"
#include "core/Clock.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

#include <functional>

namespace Keyward::Jobs {

/// The worker pool: claims due jobs from the store (weighted by queue), runs their handlers on worker threads, and
/// records each outcome. Lives on the engine thread (the store's thread); handlers never touch the store.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    /// A job whose lease ends sooner than this (or than half its lease) is not started (see dispatch()).
    static constexpr qint64 kLeaseMarginMs = 1000;
    /// How long waitForHandlers() lets asynchronous handlers finish (their requests time out sooner).
    static constexpr int kAsyncDrainMs = 35'000;
    /// How long finished attempts wait to be written together.
    static constexpr int kFlushDelayMs = 2;
    /// Asynchronous jobs claimed at once at most (their requests wait in the HTTP client's per-host queue).
    static constexpr int kMaxAsyncClaimed = 64;

    /// Called inside the transaction that makes a job dead, so the engine can audit it in the same transaction.
    using DeadHook = std::function<Status(const Job &job, const QString &reason)>;

    JobRunner(JobStore &store, const JobRegistry &registry, int workers, QString owner,
              const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~JobRunner() override;

    void setDeadHook(DeadHook hook) { m_deadHook = std::move(hook); }
    /// Called (outside any transaction) when a queue's oldest due job has waited longer than the threshold, so the
    /// engine can audit it. Once per episode: it fires again only after the queue caught up.
    using LatencyHook = std::function<void(Queue queue, qint64 latencyMs, qint64 thresholdMs)>;
    void setLatencyHook(LatencyHook hook) { m_latencyHook = std::move(hook); }
    void setLatencyThreshold(qint64 ms) { m_latencyThresholdMs = ms; }
    static constexpr qint64 kDefaultLatencyThresholdMs = 5 * 60 * 1000;
    /// Checks queue latency against the threshold now (the runner does it every few seconds by itself).
    void checkLatency();
    /// How often to look for due jobs and expired leases when idle.
    void setPollInterval(int ms) { m_timer.setInterval(ms); }

    /// Starts claiming. `reclaimOrphans`: the caller knows no other worker pool can be alive on this store (it holds
    /// the profile's owner lock), so every lease still held belongs to a process that died: those jobs go back to
    /// the queue at once instead of after their lease runs out.
    void start(bool reclaimOrphans = false);
    /// Drain: claim nothing more; `drained()` is emitted once no handler is running.
    void stopClaiming();
    /// Jobs this runner has claimed and not yet recorded: running, or waiting for a worker thread.
    int runningCount() const { return m_running; }
    /// Blocks until no handler runs on the worker threads, then records the results they left.
    void waitForHandlers();
    /// Gives back the leases of jobs still running (drain timeout); their workers' results will be ignored.
    Result<int> releaseLeases();
    /// Looks for work now (after an enqueue) instead of at the next poll.
    void wake();

    /// Weighted order of the queues for one claim: critical 6, default 3, low 1, drawn without replacement.
    static QList<Queue> weightedOrder(QRandomGenerator &random);

Q_SIGNALS:
    void jobFinished(qint64 id, Keyward::Jobs::JobState state);
    void drained();
    /// A store error the runner could not act on (the sentence for the user).
    void failed(const QString &message);
    /// Something support staff should look at: a job went dead, or a queue is falling behind (a sentence).
    void alert(const QString &message);

private:
    void tick();
    void dispatch(const Job &job);
    void dispatchAsync(const Job &job, const JobRegistry::AsyncHandler &run);
    void record(const Job &job, const JobOutcome &outcome);
    void flushResults();
    /// A claimed job that was not started (its lease ran short, or the runner stops).
    void jobSkipped(bool async);
    /// How many jobs the next claim may take.
    int claimBudget() const;
    int claimAheadPerWorker() const;

    JobStore &m_store;
    const JobRegistry &m_registry;
    const Clock &m_clock;
    QString m_owner;
    int m_workers;
    int m_running = 0;
    int m_asyncRunning = 0; // asynchronous handlers started and not yet completed
    int m_asyncClaimed = 0; // asynchronous jobs claimed and not yet recorded (part of m_running)
    bool m_claiming = false;
    QThreadPool m_pool;
    QTimer m_timer;
    QRandomGenerator m_random;
    DeadHook m_deadHook;
    LatencyHook m_latencyHook;
    qint64 m_latencyThresholdMs = kDefaultLatencyThresholdMs;
    QTimer m_latencyTimer;
    QSet<int> m_lateQueues; // queues already alerted in the current episode
    QList<std::pair<Job, JobOutcome>> m_results; // finished attempts not yet written
    bool m_flushScheduled = false;
    std::atomic<bool> m_stopping = false; // read by worker threads
    // Moving average of handler run time in microseconds, written by worker threads. Starts high: until the runner
    // has seen a job type run, it claims cautiously.
    std::atomic<qint64> m_recentHandlerUs = 1'000'000;
};

} // namespace Keyward::Jobs

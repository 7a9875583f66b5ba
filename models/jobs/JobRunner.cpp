#include "JobRunner.h"

#include "core/Logging.h"

#include "storage/Database.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>

namespace Keyward::Jobs {

JobRunner::JobRunner(JobStore &store, const JobRegistry &registry, int workers, QString owner, const Clock &clock,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_registry(registry)
    , m_clock(clock)
    , m_owner(std::move(owner))
    , m_workers(std::max(1, workers))
    , m_random(QRandomGenerator::securelySeeded())
{
    m_pool.setMaxThreadCount(m_workers);
    m_pool.setObjectName(QStringLiteral("keyward-workers"));
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, &JobRunner::tick);
    m_latencyTimer.setInterval(5000);
    connect(&m_latencyTimer, &QTimer::timeout, this, &JobRunner::checkLatency);
}

void JobRunner::checkLatency()
{
    auto stats = m_store.stats(m_clock.nowUtc().toMSecsSinceEpoch());
    if (!stats.ok())
        return;
    for (const QueueStats &queue : stats.value()) {
        const int key = static_cast<int>(queue.queue);
        if (queue.latencyMs <= m_latencyThresholdMs) {
            m_lateQueues.remove(key); // caught up: the next breach alerts again
            continue;
        }
        if (m_lateQueues.contains(key))
            continue;
        m_lateQueues.insert(key);
        if (m_latencyHook)
            m_latencyHook(queue.queue, queue.latencyMs, m_latencyThresholdMs);
        Q_EMIT alert(tr("The %1 queue is falling behind: its oldest due job has waited %2 s (threshold %3 s, %4 "
                        "jobs due).")
                         .arg(queueName(queue.queue))
                         .arg(queue.latencyMs / 1000)
                         .arg(m_latencyThresholdMs / 1000)
                         .arg(queue.due));
    }
}

JobRunner::~JobRunner()
{
    m_timer.stop();
    m_pool.waitForDone();
}

QList<Queue> JobRunner::weightedOrder(QRandomGenerator &random)
{
    QList<std::pair<Queue, int>> left {{Queue::Critical, 6}, {Queue::Default, 3}, {Queue::Low, 1}};
    QList<Queue> order;
    while (!left.isEmpty()) {
        int total = 0;
        for (const auto &entry : left)
            total += entry.second;
        int pick = static_cast<int>(random.bounded(total));
        for (qsizetype i = 0; i < left.size(); ++i) {
            pick -= left[i].second;
            if (pick < 0) {
                order.append(left[i].first);
                left.removeAt(i);
                break;
            }
        }
    }
    return order;
}

int JobRunner::claimBudget() const
{
    // The claim cannot tell which types it will get, so it assumes every job needs a worker thread. Asynchronous
    // jobs (a token refresh waiting on the network) hold no thread: they count only against their own cap, so a
    // thousand due refreshes keep the HTTP client's per-host queue full, not four workers' worth of requests.
    const int threadSlots = m_workers * claimAheadPerWorker() - (m_running - m_asyncClaimed);
    const int asyncSlots = kMaxAsyncClaimed - m_asyncClaimed;
    return std::min(threadSlots, asyncSlots);
}

int JobRunner::claimAheadPerWorker() const
{
    // How many jobs a worker may have waiting for it. Each claim and each batch of results is one transaction,
    // which costs about the same for one job as for many (SQLCipher encrypts every page a transaction touches), so
    // quick jobs are claimed in bigger batches. A job waiting for a thread already holds its lease, so slow jobs
    // are claimed one ahead at most: the wait behind them must stay far below the lease (minutes).
    const qint64 recentUs = m_recentHandlerUs.load();
    if (recentUs < 5'000)
        return 16; // waits at most ~80 ms
    if (recentUs < 100'000)
        return 4;
    return 2;
}

void JobRunner::start(bool reclaimOrphans)
{
    m_stopping = false;
    if (reclaimOrphans) {
        auto orphans = m_store.reclaimAllLeases(
            m_clock.nowUtc().toMSecsSinceEpoch(), [this](const QString &type) { return m_registry.policy(type); },
            [this](const Job &job) { return m_deadHook ? m_deadHook(job, job.lastError) : Status(); });
        if (!orphans.ok())
            Q_EMIT failed(orphans.error().userMessage);
        else if (!orphans->isEmpty())
            qCInfo(lcEngine) << orphans->size() << "job(s) left running by a stopped process went back to the queue";
    }
    m_claiming = true;
    m_timer.start();
    m_latencyTimer.start();
    tick();
}

void JobRunner::stopClaiming()
{
    m_claiming = false;
    m_stopping = true;
    if (m_running == 0)
        Q_EMIT drained();
}

void JobRunner::jobSkipped(bool async)
{
    --m_running;
    if (async)
        --m_asyncClaimed;
    if (!m_claiming && m_running == 0 && m_results.isEmpty())
        Q_EMIT drained();
}

void JobRunner::wake()
{
    if (m_claiming)
        QMetaObject::invokeMethod(this, &JobRunner::tick, Qt::QueuedConnection);
}

Result<int> JobRunner::releaseLeases()
{
    return m_store.release(m_owner, m_clock.nowUtc().toMSecsSinceEpoch());
}

void JobRunner::tick()
{
    if (!m_claiming)
        return;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    // The dead hook runs inside the store's transaction, so a job never goes dead without its audit event.
    auto expired = m_store.expireLeases(
        now, [this](const QString &type) { return m_registry.policy(type); },
        [this](const Job &job) { return m_deadHook ? m_deadHook(job, job.lastError) : Status(); });
    if (!expired.ok()) {
        Q_EMIT failed(expired.error().userMessage);
        return;
    }
    for (const Job &job : expired.value()) {
        qCWarning(lcEngine) << "job" << job.id << job.type << "lost its worker; now" << stateName(job.state);
        if (job.state == JobState::Dead)
            Q_EMIT alert(tr("Job %1 is dead: it will not run again until someone retries it (Jobs page).").arg(job.id));
    }
    if (auto scheduled = m_store.enqueueDueRecurring(now); !scheduled.ok()) {
        Q_EMIT failed(scheduled.error().userMessage);
        return;
    }
    const int free = claimBudget();
    if (free <= 0)
        return;
    auto claimed = m_store.claim(m_owner, free, now, weightedOrder(m_random),
                                 [this](const QString &type) { return m_registry.policy(type).leaseMs; });
    if (!claimed.ok()) {
        Q_EMIT failed(claimed.error().userMessage);
        return;
    }
    for (const Job &job : claimed.value())
        dispatch(job);
}

void JobRunner::dispatch(const Job &job)
{
    ++m_running;
    if (const JobRegistry::AsyncHandler *async = m_registry.asyncHandler(job.type)) {
        ++m_asyncClaimed;
        dispatchAsync(job, *async);
        return;
    }
    const JobRegistry::Handler *handler = m_registry.handler(job.type);
    if (!handler) {
        // Nothing in this build can run it: retrying will not help until someone installs a Keyward that can.
        const JobOutcome outcome
            = JobOutcome::dead(tr("No handler for job type \"%1\" in this Keyward.").arg(job.type));
        QMetaObject::invokeMethod(
            this, [this, job, outcome] { record(job, outcome); }, Qt::QueuedConnection);
        return;
    }
    const JobContext context {job.id, job.type, job.args, job.attempt};
    const JobRegistry::Handler run = *handler;
    const qint64 margin = std::min(kLeaseMarginMs, m_registry.policy(job.type).leaseMs / 2);
    m_pool.start([this, job, context, run, margin] {
        // A job claimed ahead may have waited behind slower ones: never start it when its lease is (almost) over,
        // or it could run twice. The lease expiry puts it back in the queue.
        if (m_clock.nowUtc().toMSecsSinceEpoch() > job.leaseExpiresMs - margin) {
            QMetaObject::invokeMethod(
                this, [this] { jobSkipped(false); }, Qt::QueuedConnection);
            return;
        }
        if (m_stopping.load()) {
            // Claimed ahead but not started before the stop: leave it to releaseLeases(), which puts it back.
            QMetaObject::invokeMethod(
                this, [this] { jobSkipped(false); }, Qt::QueuedConnection);
            return;
        }
        JobOutcome outcome;
        try {
            QElapsedTimer timer;
            timer.start();
            outcome = run(context);
            // Approximate on purpose: two workers may race on this update, and a lost update only nudges a heuristic.
            m_recentHandlerUs.store((m_recentHandlerUs.load() * 7 + timer.nsecsElapsed() / 1000) / 8);
        } catch (const std::exception &e) {
            outcome = JobOutcome::retry(tr("The handler failed: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            outcome = JobOutcome::retry(tr("The handler failed with an unknown error."));
        }
        QMetaObject::invokeMethod(
            this, [this, job, outcome] { record(job, outcome); }, Qt::QueuedConnection);
    });
}

void JobRunner::dispatchAsync(const Job &job, const JobRegistry::AsyncHandler &run)
{
    // Started from the event loop, never inside the claim that returned the job (the handler may touch the store).
    QMetaObject::invokeMethod(
        this,
        [this, job, run] {
            if (m_stopping || m_clock.nowUtc().toMSecsSinceEpoch() > job.leaseExpiresMs - kLeaseMarginMs) {
                jobSkipped(true);
                return;
            }
            ++m_asyncRunning;
            auto finished = std::make_shared<bool>(false);
            QPointer<JobRunner> self(this);
            JobRegistry::Complete complete = [self, job, finished](const JobOutcome &outcome) {
                if (!self || *finished)
                    return; // the runner is gone (its lease goes back to the queue), or a second call
                *finished = true;
                --self->m_asyncRunning;
                self->record(job, outcome);
            };
            try {
                run({job.id, job.type, job.args, job.attempt}, complete);
            } catch (const std::exception &e) {
                complete(JobOutcome::retry(tr("The handler failed: %1").arg(QString::fromLocal8Bit(e.what()))));
            }
        },
        Qt::QueuedConnection);
}

void JobRunner::waitForHandlers()
{
    // Asynchronous handlers finish on this thread: let the event loop deliver their answers (a refresh must store
    // the rotated token it received). Bounded by their requests' own timeouts.
    if (m_asyncRunning > 0) {
        QEventLoop loop;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
            if (m_asyncRunning == 0)
                loop.quit();
        });
        poll.start(5);
        QTimer::singleShot(kAsyncDrainMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_pool.waitForDone();
    // The handlers queued their results to this object: deliver them, then write them.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (!m_results.isEmpty())
        flushResults();
}

void JobRunner::record(const Job &job, const JobOutcome &outcome)
{
    // Results that arrive together are written in one transaction: a commit per job would cap throughput.
    m_results.append({job, outcome});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        // A couple of milliseconds gathers the results of the other workers into the same transaction.
        QTimer::singleShot(kFlushDelayMs, this, &JobRunner::flushResults);
    }
}

void JobRunner::flushResults()
{
    m_flushScheduled = false;
    const QList<std::pair<Job, JobOutcome>> results = std::exchange(m_results, {});
    m_running -= static_cast<int>(results.size());
    for (const auto &result : results) {
        if (m_registry.asyncHandler(result.first.type))
            --m_asyncClaimed;
    }
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    QList<std::pair<qint64, JobState>> finished;
    QList<Job> next;
    const Status status = m_store.database().transaction([&]() -> Status {
        for (const auto &[job, outcome] : results) {
            const RetryPolicy::Decision decision = m_registry.policy(job.type).decide(
                outcome, job.attempt, job.enqueuedMs, now, m_random.generateDouble());
            const Status done = m_store.finish(job, m_owner, outcome, decision, now);
            if (!done.ok() && done.error().code == ErrorCode::NotFound)
                continue; // the lease expired and the job went on without this worker: nothing was written
            KW_TRY(done);
            if (decision.state == JobState::Done && outcome.followUp) {
                auto followUp = m_store.enqueue(*outcome.followUp, now);
                if (!followUp.ok())
                    return followUp.error();
            }
            if (decision.state == JobState::Dead && m_deadHook) {
                // The handler's own words first (what went wrong), then why no retry follows.
                const QString reason = outcome.error.isEmpty() ? decision.reason
                    : decision.reason.isEmpty()                ? outcome.error
                                                : outcome.error + QStringLiteral(" — ") + decision.reason;
                KW_TRY(m_deadHook(job, reason));
            }
            finished.append({job.id, decision.state});
        }
        // Workers are free: claim the next due jobs in the same transaction (one commit instead of two).
        if (m_claiming) {
            const int free = claimBudget();
            if (free > 0) {
                auto claimed = m_store.claim(m_owner, free, now, weightedOrder(m_random),
                                             [this](const QString &type) { return m_registry.policy(type).leaseMs; });
                if (!claimed.ok())
                    return claimed.error();
                next = claimed.value();
            }
        }
        return {};
    });
    if (!status.ok()) {
        // Nothing of this batch was recorded; the jobs keep their leases and run again once those expire.
        Q_EMIT failed(status.error().userMessage);
        next.clear();
    } else {
        for (const auto &[id, state] : finished) {
            Q_EMIT jobFinished(id, state);
            if (state == JobState::Dead)
                Q_EMIT alert(tr("Job %1 is dead: it will not run again until someone retries it (Jobs page).").arg(id));
        }
    }
    for (const Job &job : next)
        dispatch(job);
    if (!m_claiming && m_running == 0)
        Q_EMIT drained();
}

} // namespace Keyward::Jobs

#include "jobs/JobStore.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <thread>

using namespace Keyward;
using Jobs::Job;
using Jobs::JobOutcome;
using Jobs::JobSpec;
using Jobs::JobState;
using Jobs::JobStore;
using Jobs::Queue;
using Jobs::RetryPolicy;
using Test::auditEvents;

namespace {

/// The fake clock: every store call gets an explicit time from here.
constexpr qint64 T0 = 1'700'000'000'000;

const QList<Queue> kAllQueues {Queue::Critical, Queue::Default, Queue::Low};

JobSpec spec(const QString &type, Queue queue = Queue::Default, const QString &uniqueKey = {}, qint64 runAtMs = 0)
{
    JobSpec s;
    s.type = type;
    s.queue = queue;
    s.uniqueKey = uniqueKey;
    s.runAtMs = runAtMs;
    s.args = {{QStringLiteral("target"), type}};
    return s;
}

JobStore::LeaseFor leaseOf(qint64 ms)
{
    return [ms](const QString &) {
        return ms;
    };
}

std::function<RetryPolicy(const QString &)> policyWith(int maxAttempts)
{
    return [maxAttempts](const QString &) {
        RetryPolicy p;
        p.maxAttempts = maxAttempts;
        p.baseDelayMs = 1000;
        return p;
    };
}

RetryPolicy::Decision decided(JobState state, qint64 runAtMs = 0, const QString &reason = {})
{
    return {state, runAtMs, reason};
}

QList<qint64> idsOf(const QList<Job> &jobs)
{
    QList<qint64> ids;
    for (const Job &job : jobs)
        ids.append(job.id);
    return ids;
}

/// The state of job `id` as a name ("missing" when it cannot be read), for readable comparisons.
QString stateOf(JobStore &store, qint64 id)
{
    auto job = store.find(id);
    return job.ok() ? Jobs::stateName(job->state) : QStringLiteral("missing");
}

Jobs::QueueStats statsOf(JobStore &store, Queue queue, qint64 nowMs)
{
    auto all = store.stats(nowMs);
    if (!all.ok())
        return {};
    for (const Jobs::QueueStats &s : all.value()) {
        if (s.queue == queue)
            return s;
    }
    return {};
}

qint64 liveJobsWithKey(Engine::Engine &engine, const QByteArray &key)
{
    const QByteArray sql = "SELECT count(*) FROM jobs WHERE unique_key = '" + key
        + "' AND state IN ('pending', 'scheduled', 'running', 'retrying')";
    auto count = engine.database().queryInt(sql.constData());
    return count.ok() ? count.value() : -1;
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        ids.append(v.toInteger());
    return ids;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argsAreRedactedForDisplay_data();
    void argsAreRedactedForDisplay();
    void enqueuePendingAndScheduled();
    void enqueueNeedsType();
    void claimOrderAndMax();
    void claimFollowsQueueOrder();
    void dedupWhileLive();
    void leaseExpiryRetries();
    void leaseExpiryExhaustsAttempts();
    void lateFinishAfterReclaimIsRefused();
    void releaseReturnsJobsToPending();
    void retryNowMakesDeadJobsDue();
    void retryNowSkipsKeyTakenByLiveJob();
    void discardRefusesRunning();
    void statsPerQueue();
    void countersAddUp();
    void listPages();
    void engineRetryAndDiscardAreAudited();
    void dedupAcrossConnections();
    void dedupAcrossConnectionsConcurrently();
};

void TestJobStore::enqueuePendingAndScheduled()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();

    TRY_VALUE(now, store.enqueue(spec(QStringLiteral("now")), T0));
    TRY_VALUE(past, store.enqueue(spec(QStringLiteral("past"), Queue::Default, {}, T0 - 5000), T0));
    TRY_VALUE(later, store.enqueue(spec(QStringLiteral("later"), Queue::Default, {}, T0 + 60'000), T0));
    QVERIFY(!now.duplicate && !past.duplicate && !later.duplicate);

    TRY_VALUE(nowJob, store.find(now.id));
    QCOMPARE(nowJob.state, JobState::Pending);
    QCOMPARE(nowJob.runAtMs, T0);
    QCOMPARE(nowJob.enqueuedMs, T0);
    QCOMPARE(nowJob.attempt, 0);
    QCOMPARE(nowJob.type, QStringLiteral("now"));
    QCOMPARE(nowJob.args.value(QStringLiteral("target")).toString(), QStringLiteral("now"));
    QVERIFY(nowJob.attempts.isEmpty());
    QCOMPARE(stateOf(store, past.id), QStringLiteral("pending"));
    TRY_VALUE(laterJob, store.find(later.id));
    QCOMPARE(laterJob.state, JobState::Scheduled);
    QCOMPARE(laterJob.runAtMs, T0 + 60'000);

    // The scheduled job is not claimable until it is due.
    TRY_VALUE(first, store.claim(QStringLiteral("w"), 10, T0, kAllQueues, leaseOf(1000)));
    QCOMPARE(idsOf(first), (QList<qint64> {past.id, now.id}));
    TRY_VALUE(early, store.claim(QStringLiteral("w"), 10, T0 + 59'999, kAllQueues, leaseOf(1000)));
    QVERIFY(early.isEmpty());
    TRY_VALUE(due, store.claim(QStringLiteral("w"), 10, T0 + 60'000, kAllQueues, leaseOf(1000)));
    QCOMPARE(idsOf(due), QList<qint64> {later.id});
    QCOMPARE(due[0].state, JobState::Running);
    QCOMPARE(due[0].attempt, 1);
    QCOMPARE(due[0].leaseOwner, QStringLiteral("w"));
    QCOMPARE(due[0].leaseExpiresMs, T0 + 61'000);

    TRY_VALUE(stored, store.find(later.id));
    QCOMPARE(stored.state, JobState::Running);
    QCOMPARE(stored.leaseOwner, QStringLiteral("w"));
    QCOMPARE(stored.attempts.size(), 1);
    QCOMPARE(stored.attempts[0].attempt, 1);
    QCOMPARE(stored.attempts[0].startedMs, T0 + 60'000);
    QCOMPARE(stored.attempts[0].finishedMs, qint64(0));
}

void TestJobStore::enqueueNeedsType()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    auto result = engine->jobs().enqueue(spec(QString()), T0);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Usage);
    TRY_VALUE(all, engine->jobs().list(std::nullopt, 100));
    QVERIFY(all.isEmpty());
}

void TestJobStore::claimOrderAndMax()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(c, store.enqueue(spec(QStringLiteral("c"), Queue::Default, {}, T0 + 30), T0));
    TRY_VALUE(a, store.enqueue(spec(QStringLiteral("a"), Queue::Default, {}, T0 + 10), T0));
    TRY_VALUE(b, store.enqueue(spec(QStringLiteral("b"), Queue::Default, {}, T0 + 20), T0));
    TRY_VALUE(tie, store.enqueue(spec(QStringLiteral("tie"), Queue::Default, {}, T0 + 20), T0));
    TRY_VALUE(other, store.enqueue(spec(QStringLiteral("other"), Queue::Critical), T0));

    TRY_VALUE(none, store.claim(QStringLiteral("w"), 0, T0 + 100, {Queue::Default}, leaseOf(1000)));
    QVERIFY(none.isEmpty());
    // Oldest run time first; equal run times by id.
    TRY_VALUE(two, store.claim(QStringLiteral("w"), 2, T0 + 100, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(two), (QList<qint64> {a.id, b.id}));
    TRY_VALUE(rest, store.claim(QStringLiteral("w"), 5, T0 + 100, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(rest), (QList<qint64> {tie.id, c.id}));
    TRY_VALUE(empty, store.claim(QStringLiteral("w"), 5, T0 + 100, {Queue::Default}, leaseOf(1000)));
    QVERIFY(empty.isEmpty());
    // A queue not in the order is left alone.
    QCOMPARE(stateOf(store, other.id), QStringLiteral("pending"));
}

void TestJobStore::claimFollowsQueueOrder()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    QList<qint64> critical, low;
    for (int i = 0; i < 3; ++i) {
        TRY_VALUE(c, store.enqueue(spec(QStringLiteral("c%1").arg(i), Queue::Critical), T0 + i));
        critical.append(c.id);
        TRY_VALUE(l, store.enqueue(spec(QStringLiteral("l%1").arg(i), Queue::Low), T0 + i));
        low.append(l.id);
    }
    // Low first, then critical: the order decides, not the run time or the id.
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 4, T0 + 10, {Queue::Low, Queue::Critical}, leaseOf(1000)));
    QCOMPARE(idsOf(claimed), (QList<qint64> {low[0], low[1], low[2], critical[0]}));
    TRY_VALUE(next, store.claim(QStringLiteral("w"), 1, T0 + 10, {Queue::Default, Queue::Critical}, leaseOf(1000)));
    QCOMPARE(idsOf(next), QList<qint64> {critical[1]});
}

void TestJobStore::dedupWhileLive()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    const QString key = QStringLiteral("sync:github:42");

    TRY_VALUE(first, store.enqueue(spec(QStringLiteral("sync"), Queue::Default, key), T0));
    QVERIFY(!first.duplicate);
    TRY_VALUE(again, store.enqueue(spec(QStringLiteral("sync"), Queue::Default, key), T0 + 1));
    QVERIFY(again.duplicate);
    QCOMPARE(again.id, first.id);
    // Another key, or none, is another job (in another queue, so the claims below only see the keyed one).
    TRY_VALUE(otherKey, store.enqueue(spec(QStringLiteral("sync"), Queue::Low, QStringLiteral("k2")), T0 + 1));
    QVERIFY(!otherKey.duplicate);
    QVERIFY(otherKey.id != first.id);
    TRY_VALUE(noKey1, store.enqueue(spec(QStringLiteral("sync"), Queue::Low), T0 + 1));
    TRY_VALUE(noKey2, store.enqueue(spec(QStringLiteral("sync"), Queue::Low), T0 + 1));
    QVERIFY(!noKey1.duplicate && !noKey2.duplicate && noKey1.id != noKey2.id);

    // While running.
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 1, T0 + 2, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(claimed), QList<qint64> {first.id});
    TRY_VALUE(whileRunning, store.enqueue(spec(QStringLiteral("sync"), Queue::Default, key), T0 + 3));
    QVERIFY(whileRunning.duplicate);
    QCOMPARE(whileRunning.id, first.id);

    // While waiting for a retry.
    VERIFY_OK(store.finish(claimed[0], QStringLiteral("w"), JobOutcome::retry(QStringLiteral("flaky")),
                           decided(JobState::Retrying, T0 + 500), T0 + 4));
    QCOMPARE(stateOf(store, first.id), QStringLiteral("retrying"));
    TRY_VALUE(whileRetrying, store.enqueue(spec(QStringLiteral("sync"), Queue::Default, key), T0 + 5));
    QVERIFY(whileRetrying.duplicate);
    QCOMPARE(whileRetrying.id, first.id);

    // Done: the key is free again.
    TRY_VALUE(retried, store.claim(QStringLiteral("w"), 1, T0 + 500, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(retried), QList<qint64> {first.id});
    VERIFY_OK(store.finish(retried[0], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 501));
    QCOMPARE(stateOf(store, first.id), QStringLiteral("done"));
    TRY_VALUE(fresh, store.enqueue(spec(QStringLiteral("sync"), Queue::Default, key), T0 + 600));
    QVERIFY(!fresh.duplicate);
    QVERIFY(fresh.id != first.id);
    TRY_VALUE(freshJob, store.find(fresh.id));
    QCOMPARE(freshJob.state, JobState::Pending);
    QCOMPARE(freshJob.uniqueKey, key);

    // A scheduled one counts as live too.
    const QString later = QStringLiteral("later");
    TRY_VALUE(scheduled, store.enqueue(spec(QStringLiteral("x"), Queue::Low, later, T0 + 99'000), T0 + 600));
    TRY_VALUE(scheduledAgain, store.enqueue(spec(QStringLiteral("x"), Queue::Low, later), T0 + 601));
    QVERIFY(scheduledAgain.duplicate);
    QCOMPARE(scheduledAgain.id, scheduled.id);
    QCOMPARE(liveJobsWithKey(*engine, key.toUtf8()), 1);
}

void TestJobStore::leaseExpiryRetries()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(job, store.enqueue(spec(QStringLiteral("t")), T0));
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 1, T0, kAllQueues, leaseOf(100)));
    QCOMPARE(claimed.size(), 1);

    TRY_VALUE(notYet, store.expireLeases(T0 + 99, policyWith(3)));
    QVERIFY(notYet.isEmpty());
    QCOMPARE(stateOf(store, job.id), QStringLiteral("running"));

    TRY_VALUE(expired, store.expireLeases(T0 + 150, policyWith(3)));
    QCOMPARE(idsOf(expired), QList<qint64> {job.id});
    QCOMPARE(expired[0].state, JobState::Retrying);
    TRY_VALUE(stored, store.find(job.id));
    QCOMPARE(stored.state, JobState::Retrying);
    QCOMPARE(stored.runAtMs, T0 + 150);
    QVERIFY(stored.leaseOwner.isEmpty());
    QCOMPARE(stored.leaseExpiresMs, qint64(0));
    QCOMPARE(stored.finishedMs, qint64(0));
    QVERIFY2(stored.lastError.contains(QStringLiteral("lease expired")), qPrintable(stored.lastError));
    QCOMPARE(stored.attempts.size(), 1);
    QCOMPARE(stored.attempts[0].outcome, QStringLiteral("lease-expired"));
    QCOMPARE(stored.attempts[0].finishedMs, T0 + 150);
    QVERIFY(!stored.attempts[0].error.isEmpty());

    // Due again at once, as attempt 2.
    TRY_VALUE(again, store.claim(QStringLiteral("w2"), 1, T0 + 150, kAllQueues, leaseOf(100)));
    QCOMPARE(idsOf(again), QList<qint64> {job.id});
    QCOMPARE(again[0].attempt, 2);
    // Nothing else expires twice.
    TRY_VALUE(nothing, store.expireLeases(T0 + 200, policyWith(3)));
    QVERIFY(nothing.isEmpty());
}

void TestJobStore::leaseExpiryExhaustsAttempts()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(job, store.enqueue(spec(QStringLiteral("killer")), T0));
    qint64 now = T0;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 1, now, kAllQueues, leaseOf(100)));
        QCOMPARE(idsOf(claimed), QList<qint64> {job.id});
        now += 100;
        TRY_VALUE(expired, store.expireLeases(now, policyWith(2)));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired[0].state, attempt == 1 ? JobState::Retrying : JobState::Dead);
    }
    TRY_VALUE(dead, store.find(job.id));
    QCOMPARE(dead.state, JobState::Dead);
    QCOMPARE(dead.finishedMs, now);
    QCOMPARE(dead.attempt, 2);
    QCOMPARE(dead.attempts.size(), 2);
    for (const Jobs::JobAttempt &a : dead.attempts)
        QCOMPARE(a.outcome, QStringLiteral("lease-expired"));
    // Dead jobs are not claimed.
    TRY_VALUE(none, store.claim(QStringLiteral("w"), 1, now + 10'000, kAllQueues, leaseOf(100)));
    QVERIFY(none.isEmpty());
    QCOMPARE(statsOf(store, Queue::Default, now).dead, 1);
}

void TestJobStore::lateFinishAfterReclaimIsRefused()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(job, store.enqueue(spec(QStringLiteral("slow")), T0));
    TRY_VALUE(byA, store.claim(QStringLiteral("worker-a"), 1, T0, kAllQueues, leaseOf(1000)));
    QCOMPARE(byA.size(), 1);

    // A stalls; its lease runs out before it reports.
    TRY_VALUE(expired, store.expireLeases(T0 + 1000, policyWith(5)));
    QCOMPARE(expired.size(), 1);
    // Refused while the job waits for its retry…
    Status early
        = store.finish(byA[0], QStringLiteral("worker-a"), JobOutcome::done(), decided(JobState::Done), T0 + 1001);
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::NotFound);
    QCOMPARE(stateOf(store, job.id), QStringLiteral("retrying"));

    // …and after B reclaimed it.
    TRY_VALUE(byB, store.claim(QStringLiteral("worker-b"), 1, T0 + 1002, kAllQueues, leaseOf(1000)));
    QCOMPARE(idsOf(byB), QList<qint64> {job.id});
    QCOMPARE(byB[0].attempt, 2);
    Status late = store.finish(byA[0], QStringLiteral("worker-a"), JobOutcome::dead(QStringLiteral("late")),
                               decided(JobState::Dead, 0, QStringLiteral("late")), T0 + 1500);
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, ErrorCode::NotFound);
    // B's own stale attempt number is refused too, even under the current owner's name.
    Status wrongAttempt
        = store.finish(byA[0], QStringLiteral("worker-b"), JobOutcome::done(), decided(JobState::Done), T0 + 1500);
    QCOMPARE(wrongAttempt.error().code, ErrorCode::NotFound);

    TRY_VALUE(running, store.find(job.id));
    QCOMPARE(running.state, JobState::Running);
    QCOMPARE(running.leaseOwner, QStringLiteral("worker-b"));
    QCOMPARE(running.attempt, 2);
    QCOMPARE(running.attempts.size(), 2);
    QCOMPARE(running.attempts[0].outcome, QStringLiteral("lease-expired"));
    QCOMPARE(running.attempts[1].finishedMs, qint64(0));
    QVERIFY(running.attempts[1].outcome.isEmpty());

    VERIFY_OK(store.finish(byB[0], QStringLiteral("worker-b"), JobOutcome::done(), decided(JobState::Done), T0 + 1600));
    TRY_VALUE(done, store.find(job.id));
    QCOMPARE(done.state, JobState::Done);
    QCOMPARE(done.finishedMs, T0 + 1600);
    QCOMPARE(done.attempts[1].outcome, QStringLiteral("done"));
    QCOMPARE(done.attempts[1].finishedMs, T0 + 1600);
    QVERIFY(done.leaseOwner.isEmpty());
    // Finishing twice is refused as well.
    QCOMPARE(store.finish(byB[0], QStringLiteral("worker-b"), JobOutcome::done(), decided(JobState::Done), T0 + 1700)
                 .error()
                 .code,
             ErrorCode::NotFound);
}

void TestJobStore::releaseReturnsJobsToPending()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        TRY_VALUE(e, store.enqueue(spec(QStringLiteral("j%1").arg(i)), T0 + i));
        ids.append(e.id);
    }
    TRY_VALUE(byA, store.claim(QStringLiteral("a"), 2, T0 + 10, kAllQueues, leaseOf(60'000)));
    QCOMPARE(idsOf(byA), (QList<qint64> {ids[0], ids[1]}));
    TRY_VALUE(byB, store.claim(QStringLiteral("b"), 2, T0 + 10, kAllQueues, leaseOf(60'000)));
    QCOMPARE(idsOf(byB), QList<qint64> {ids[2]});

    TRY_VALUE(released, store.release(QStringLiteral("a"), T0 + 20));
    QCOMPARE(released, 2);
    for (const qint64 id : {ids[0], ids[1]}) {
        TRY_VALUE(job, store.find(id));
        QCOMPARE(job.state, JobState::Pending);
        QCOMPARE(job.runAtMs, T0 + 20);
        QVERIFY(job.leaseOwner.isEmpty());
        QCOMPARE(job.leaseExpiresMs, qint64(0));
        QCOMPARE(job.attempts.size(), 1);
        QCOMPARE(job.attempts[0].outcome, QStringLiteral("released"));
        QCOMPARE(job.attempts[0].finishedMs, T0 + 20);
    }
    TRY_VALUE(other, store.find(ids[2]));
    QCOMPARE(other.state, JobState::Running);
    QCOMPARE(other.leaseOwner, QStringLiteral("b"));
    QCOMPARE(other.attempts[0].finishedMs, qint64(0));

    // The released worker's late result is ignored; a new owner takes the jobs at once.
    QCOMPARE(
        store.finish(byA[0], QStringLiteral("a"), JobOutcome::done(), decided(JobState::Done), T0 + 30).error().code,
        ErrorCode::NotFound);
    TRY_VALUE(again, store.claim(QStringLiteral("c"), 5, T0 + 20, kAllQueues, leaseOf(60'000)));
    QCOMPARE(idsOf(again), (QList<qint64> {ids[0], ids[1]}));
    TRY_VALUE(nothing, store.release(QStringLiteral("nobody"), T0 + 40));
    QCOMPARE(nothing, 0);
}

void TestJobStore::retryNowMakesDeadJobsDue()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(dead, store.enqueue(spec(QStringLiteral("dead")), T0));
    TRY_VALUE(done, store.enqueue(spec(QStringLiteral("done")), T0 + 1));
    TRY_VALUE(retrying, store.enqueue(spec(QStringLiteral("retrying")), T0 + 2));
    TRY_VALUE(running, store.enqueue(spec(QStringLiteral("running")), T0 + 3));
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 4, T0 + 10, kAllQueues, leaseOf(60'000)));
    QCOMPARE(claimed.size(), 4);
    VERIFY_OK(store.finish(claimed[0], QStringLiteral("w"), JobOutcome::dead(QStringLiteral("gone")),
                           decided(JobState::Dead, 0, QStringLiteral("gave up")), T0 + 20));
    VERIFY_OK(store.finish(claimed[1], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 20));
    VERIFY_OK(store.finish(claimed[2], QStringLiteral("w"), JobOutcome::retry(QStringLiteral("flaky")),
                           decided(JobState::Retrying, T0 + 3'600'000), T0 + 20));
    TRY_VALUE(scheduled, store.enqueue(spec(QStringLiteral("scheduled"), Queue::Default, {}, T0 + 86'400'000), T0));
    TRY_VALUE(pending, store.enqueue(spec(QStringLiteral("pending"), Queue::Default, {}, T0 + 25), T0 + 25));

    TRY_VALUE(changed,
              store.retryNow({dead.id, done.id, retrying.id, running.id, scheduled.id, pending.id, 999'999}, T0 + 100));
    QCOMPARE(changed, (QList<qint64> {dead.id, retrying.id, scheduled.id}));

    TRY_VALUE(revived, store.find(dead.id));
    QCOMPARE(revived.state, JobState::Pending);
    QCOMPARE(revived.runAtMs, T0 + 100);
    QCOMPARE(revived.finishedMs, qint64(0));
    QCOMPARE(revived.attempt, 1); // the history stays
    QCOMPARE(revived.attempts[0].outcome, QStringLiteral("dead"));
    TRY_VALUE(stillDone, store.find(done.id));
    QCOMPARE(stillDone.state, JobState::Done);
    QCOMPARE(stillDone.finishedMs, T0 + 20);
    TRY_VALUE(stillRunning, store.find(running.id));
    QCOMPARE(stillRunning.state, JobState::Running);
    QCOMPARE(stillRunning.leaseOwner, QStringLiteral("w"));
    QCOMPARE(stateOf(store, pending.id), QStringLiteral("pending"));

    // All due now.
    TRY_VALUE(due, store.claim(QStringLiteral("w"), 10, T0 + 100, kAllQueues, leaseOf(60'000)));
    const QList<qint64> dueIds = idsOf(due);
    QCOMPARE(QSet<qint64>(dueIds.cbegin(), dueIds.cend()),
             (QSet<qint64> {dead.id, retrying.id, scheduled.id, pending.id}));
    TRY_VALUE(none, store.retryNow({}, T0 + 200));
    QVERIFY(none.isEmpty());
}

void TestJobStore::retryNowSkipsKeyTakenByLiveJob()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    const QString key = QStringLiteral("rotate:db");
    TRY_VALUE(old, store.enqueue(spec(QStringLiteral("rotate"), Queue::Default, key), T0));
    TRY_VALUE(other, store.enqueue(spec(QStringLiteral("other")), T0));
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 2, T0, kAllQueues, leaseOf(1000)));
    QCOMPARE(claimed.size(), 2);
    for (const Job &job : claimed) {
        VERIFY_OK(store.finish(job, QStringLiteral("w"), JobOutcome::dead(QStringLiteral("broken")),
                               decided(JobState::Dead), T0 + 1));
    }
    // The key is free once the first job is dead: a new job takes it.
    TRY_VALUE(fresh, store.enqueue(spec(QStringLiteral("rotate"), Queue::Default, key), T0 + 2));
    QVERIFY(!fresh.duplicate);

    // Retrying the dead one would make two live jobs with one key: it stays dead, the rest still goes through.
    TRY_VALUE(changed, store.retryNow({old.id, other.id}, T0 + 3));
    QCOMPARE(changed, QList<qint64> {other.id});
    QCOMPARE(stateOf(store, old.id), QStringLiteral("dead"));
    QCOMPARE(liveJobsWithKey(*engine, key.toUtf8()), 1);

    // Once the new one is finished, the old one may be retried.
    TRY_VALUE(running, store.claim(QStringLiteral("w"), 1, T0 + 4, kAllQueues, leaseOf(1000)));
    QCOMPARE(idsOf(running), QList<qint64> {fresh.id});
    VERIFY_OK(store.finish(running[0], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 5));
    TRY_VALUE(later, store.retryNow({old.id}, T0 + 6));
    QCOMPARE(later, QList<qint64> {old.id});
}

void TestJobStore::discardRefusesRunning()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    TRY_VALUE(running, store.enqueue(spec(QStringLiteral("running"), Queue::Critical), T0));
    TRY_VALUE(dead, store.enqueue(spec(QStringLiteral("dead"), Queue::Default), T0));
    TRY_VALUE(done, store.enqueue(spec(QStringLiteral("done"), Queue::Low), T0));
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 3, T0, kAllQueues, leaseOf(60'000)));
    QCOMPARE(idsOf(claimed), (QList<qint64> {running.id, dead.id, done.id}));
    VERIFY_OK(store.finish(claimed[1], QStringLiteral("w"), JobOutcome::dead(QStringLiteral("x")),
                           decided(JobState::Dead), T0 + 1));
    VERIFY_OK(store.finish(claimed[2], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 1));
    const QString key = QStringLiteral("k");
    TRY_VALUE(pending, store.enqueue(spec(QStringLiteral("pending"), Queue::Default, key), T0 + 2));
    TRY_VALUE(scheduled, store.enqueue(spec(QStringLiteral("scheduled"), Queue::Default, {}, T0 + 99'000), T0 + 2));

    TRY_VALUE(changed, store.discard({running.id, dead.id, done.id, pending.id, scheduled.id, 424'242}, T0 + 10));
    QCOMPARE(changed, (QList<qint64> {dead.id, pending.id, scheduled.id}));
    TRY_VALUE(stillRunning, store.find(running.id));
    QCOMPARE(stillRunning.state, JobState::Running);
    QCOMPARE(stillRunning.leaseOwner, QStringLiteral("w"));
    QCOMPARE(stateOf(store, done.id), QStringLiteral("done"));
    for (const qint64 id : changed) {
        TRY_VALUE(job, store.find(id));
        QCOMPARE(job.state, JobState::Discarded);
        QCOMPARE(job.finishedMs, T0 + 10);
    }
    // Discarded jobs are not claimed, and free their unique key.
    TRY_VALUE(none, store.claim(QStringLiteral("w"), 10, T0 + 100'000, kAllQueues, leaseOf(1000)));
    QVERIFY(none.isEmpty());
    TRY_VALUE(fresh, store.enqueue(spec(QStringLiteral("pending"), Queue::Default, key), T0 + 20));
    QVERIFY(!fresh.duplicate);
    // The running job can still finish normally.
    VERIFY_OK(store.finish(claimed[0], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 30));
}

void TestJobStore::statsPerQueue()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    // Default: one dead, then one running.
    TRY_VALUE(d1, store.enqueue(spec(QStringLiteral("d1")), T0 - 10'000));
    TRY_VALUE(first, store.claim(QStringLiteral("w"), 1, T0 - 10'000, {Queue::Default}, leaseOf(60'000)));
    QCOMPARE(idsOf(first), QList<qint64> {d1.id});
    VERIFY_OK(store.finish(first[0], QStringLiteral("w"), JobOutcome::dead(QStringLiteral("x")),
                           decided(JobState::Dead), T0 - 9000));
    TRY_VALUE(d2, store.enqueue(spec(QStringLiteral("d2")), T0 - 8000));
    TRY_VALUE(second, store.claim(QStringLiteral("w"), 1, T0 - 8000, {Queue::Default}, leaseOf(60'000)));
    QCOMPARE(idsOf(second), QList<qint64> {d2.id});
    // Critical: two due (the oldest due 5 s ago), one scheduled in a minute. Low: one due now.
    QVERIFY(store.enqueue(spec(QStringLiteral("c1"), Queue::Critical, {}, T0 - 5000), T0 - 6000).ok());
    QVERIFY(store.enqueue(spec(QStringLiteral("c2"), Queue::Critical, {}, T0 - 1000), T0 - 6000).ok());
    QVERIFY(store.enqueue(spec(QStringLiteral("c3"), Queue::Critical, {}, T0 + 60'000), T0 - 6000).ok());
    QVERIFY(store.enqueue(spec(QStringLiteral("l1"), Queue::Low), T0).ok());

    TRY_VALUE(all, store.stats(T0));
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].queue, Queue::Critical);
    QCOMPARE(all[1].queue, Queue::Default);
    QCOMPARE(all[2].queue, Queue::Low);
    const Jobs::QueueStats &critical = all[0];
    QCOMPARE(critical.waiting, 3);
    QCOMPARE(critical.due, 2);
    QCOMPARE(critical.running, 0);
    QCOMPARE(critical.dead, 0);
    QCOMPARE(critical.latencyMs, 5000);
    QCOMPARE(critical.enqueued, 3);
    const Jobs::QueueStats &def = all[1];
    QCOMPARE(def.waiting, 0);
    QCOMPARE(def.due, 0);
    QCOMPARE(def.running, 1);
    QCOMPARE(def.dead, 1);
    QCOMPARE(def.latencyMs, 0);
    QCOMPARE(def.enqueued, 2);
    QCOMPARE(def.deadTotal, 1);
    const Jobs::QueueStats &low = all[2];
    QCOMPARE(low.waiting, 1);
    QCOMPARE(low.due, 1);
    QCOMPARE(low.latencyMs, 0);
    QCOMPARE(low.enqueued, 1);
    QCOMPARE(low.processed, 0);

    // A minute later the scheduled one is due and everything has waited longer.
    const Jobs::QueueStats later = statsOf(store, Queue::Critical, T0 + 60'000);
    QCOMPARE(later.waiting, 3);
    QCOMPARE(later.due, 3);
    QCOMPARE(later.latencyMs, 65'000);
    QCOMPARE(statsOf(store, Queue::Low, T0 + 60'000).latencyMs, 60'000);

    // An empty profile has all three queues with zeros.
    Test::TestProfile emptyProfile;
    auto emptyEngine = emptyProfile.create();
    TRY_VALUE(empty, emptyEngine->jobs().stats(T0));
    QCOMPARE(empty.size(), 3);
    for (const Jobs::QueueStats &s : empty) {
        QCOMPARE(s.waiting + s.due + s.running + s.dead + s.latencyMs, qint64(0));
        QCOMPARE(s.enqueued + s.processed + s.failed + s.retried + s.deadTotal, qint64(0));
    }
}

void TestJobStore::countersAddUp()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    const auto policy = policyWith(2);
    const QString w = QStringLiteral("w");
    QList<qint64> ids;
    for (const char *type : {"ok", "flaky", "broken", "stuck"}) {
        TRY_VALUE(e, store.enqueue(spec(QString::fromLatin1(type), Queue::Default, QString::fromLatin1(type)), T0));
        ids.append(e.id);
    }
    TRY_VALUE(duplicate, store.enqueue(spec(QStringLiteral("ok"), Queue::Default, QStringLiteral("ok")), T0));
    QVERIFY(duplicate.duplicate); // not counted
    QVERIFY(store.enqueue(spec(QStringLiteral("elsewhere"), Queue::Low), T0).ok());

    TRY_VALUE(round1, store.claim(w, 4, T0, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(round1), ids);
    auto finishWith = [&](const Job &job, const JobOutcome &outcome, qint64 now) {
        return store.finish(job, w, outcome, policy(job.type).decide(outcome, job.attempt, job.enqueuedMs, now, 0.0),
                            now);
    };
    VERIFY_OK(finishWith(round1[0], JobOutcome::done(), T0 + 10)); // done
    VERIFY_OK(finishWith(round1[1], JobOutcome::retry(QStringLiteral("flaky")), T0 + 10)); // retrying
    VERIFY_OK(finishWith(round1[2], JobOutcome::dead(QStringLiteral("broken")), T0 + 10)); // dead
    TRY_VALUE(expired, store.expireLeases(T0 + 1000, policy)); // stuck: retrying
    QCOMPARE(idsOf(expired), QList<qint64> {ids[3]});

    TRY_VALUE(round2, store.claim(w, 4, T0 + 1000, {Queue::Default}, leaseOf(1000)));
    QCOMPARE(idsOf(round2), (QList<qint64> {ids[1], ids[3]}));
    VERIFY_OK(finishWith(round2[0], JobOutcome::discard(QStringLiteral("gone")), T0 + 1010)); // discarded
    VERIFY_OK(finishWith(round2[1], JobOutcome::retry(QStringLiteral("again")), T0 + 1010)); // attempts used: dead
    QCOMPARE(stateOf(store, ids[3]), QStringLiteral("dead"));

    const Jobs::QueueStats s = statsOf(store, Queue::Default, T0 + 2000);
    QCOMPARE(s.enqueued, 4);
    QCOMPARE(s.processed, 6); // attempts that ended: 4 + 2
    QCOMPARE(s.failed, 4); // flaky once, broken, stuck twice
    QCOMPARE(s.retried, 2); // flaky, stuck
    QCOMPARE(s.deadTotal, 2); // broken, stuck
    QCOMPARE(s.dead, 2);
    QCOMPARE(s.running, 0);
    QCOMPARE(s.waiting, 0);
    // Every failed attempt was retried or went dead; every ended attempt succeeded or failed.
    QCOMPARE(s.failed, s.retried + s.deadTotal);
    const qint64 succeeded = 2; // ok done, flaky discarded
    QCOMPARE(s.processed, succeeded + s.failed);
    // Other queues keep their own counts.
    const Jobs::QueueStats low = statsOf(store, Queue::Low, T0 + 2000);
    QCOMPARE(low.enqueued, 1);
    QCOMPARE(low.processed + low.failed + low.retried + low.deadTotal, qint64(0));
    QCOMPARE(statsOf(store, Queue::Critical, T0 + 2000).enqueued, 0);

    // A refused late finish counts nothing; discarding a dead job keeps the dead total.
    QVERIFY(!finishWith(round1[0], JobOutcome::done(), T0 + 3000).ok());
    TRY_VALUE(discarded, store.discard({ids[2]}, T0 + 3000));
    QCOMPARE(discarded.size(), 1);
    const Jobs::QueueStats after = statsOf(store, Queue::Default, T0 + 3000);
    QCOMPARE(after.processed, 6);
    QCOMPARE(after.deadTotal, 2);
    QCOMPARE(after.dead, 1);
}

void TestJobStore::listPages()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        TRY_VALUE(e, store.enqueue(spec(QStringLiteral("j%1").arg(i)), T0));
        ids.append(e.id);
    }
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 2, T0, kAllQueues, leaseOf(1000)));
    QCOMPARE(claimed.size(), 2);
    TRY_VALUE(newest, store.list(std::nullopt, 3));
    QCOMPARE(idsOf(newest), (QList<qint64> {ids[4], ids[3], ids[2]}));
    TRY_VALUE(next, store.list(std::nullopt, 3, ids[2]));
    QCOMPARE(idsOf(next), (QList<qint64> {ids[1], ids[0]}));
    TRY_VALUE(running, store.list(JobState::Running, 10));
    QCOMPARE(idsOf(running), (QList<qint64> {ids[1], ids[0]}));
    TRY_VALUE(pending, store.list(JobState::Pending, 10));
    QCOMPARE(idsOf(pending), (QList<qint64> {ids[4], ids[3], ids[2]}));
    TRY_VALUE(dead, store.list(JobState::Dead, 10));
    QVERIFY(dead.isEmpty());
    auto missing = store.find(999'999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestJobStore::engineRetryAndDiscardAreAudited()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    JobStore &store = engine->jobs();
    QList<qint64> ids; // dead, dead, done, running, pending
    for (int i = 0; i < 5; ++i) {
        TRY_VALUE(e, store.enqueue(spec(QStringLiteral("j%1").arg(i)), T0 + i));
        ids.append(e.id);
    }
    TRY_VALUE(claimed, store.claim(QStringLiteral("w"), 4, T0 + 10, kAllQueues, leaseOf(3'600'000)));
    QCOMPARE(idsOf(claimed), ids.mid(0, 4));
    for (int i = 0; i < 2; ++i) {
        VERIFY_OK(store.finish(claimed[i], QStringLiteral("w"), JobOutcome::dead(QStringLiteral("x")),
                               decided(JobState::Dead), T0 + 20));
    }
    VERIFY_OK(store.finish(claimed[2], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done), T0 + 20));
    TRY_VALUE(eventsBefore, engine->audit().count());

    TRY_VALUE(retried, engine->retryJobs({ids[0], ids[2], ids[3], 777'777}));
    QCOMPARE(retried, QList<qint64> {ids[0]});
    QCOMPARE(stateOf(store, ids[0]), QStringLiteral("pending"));
    QCOMPARE(stateOf(store, ids[2]), QStringLiteral("done"));
    QCOMPARE(stateOf(store, ids[3]), QStringLiteral("running"));
    const QList<Audit::AuditEvent> retryEvents = auditEvents(*engine, QStringLiteral("job.retry"));
    QCOMPARE(retryEvents.size(), 1);
    const QJsonObject retryDetails = QJsonDocument::fromJson(retryEvents[0].details).object();
    QCOMPARE(idList(retryDetails.value(QStringLiteral("retried"))), QList<qint64> {ids[0]});
    QCOMPARE(retryDetails.value(QStringLiteral("requested")).toInt(), 4);
    QCOMPARE(retryEvents[0].outcome, QStringLiteral("success"));

    TRY_VALUE(discarded, engine->discardJobs({ids[1], ids[2], ids[3], ids[4]}));
    QCOMPARE(discarded, (QList<qint64> {ids[1], ids[4]}));
    QCOMPARE(stateOf(store, ids[1]), QStringLiteral("discarded"));
    QCOMPARE(stateOf(store, ids[4]), QStringLiteral("discarded"));
    QCOMPARE(stateOf(store, ids[3]), QStringLiteral("running"));
    const QList<Audit::AuditEvent> discardEvents = auditEvents(*engine, QStringLiteral("job.discard"));
    QCOMPARE(discardEvents.size(), 1);
    const QJsonObject discardDetails = QJsonDocument::fromJson(discardEvents[0].details).object();
    QCOMPARE(idList(discardDetails.value(QStringLiteral("discarded"))), (QList<qint64> {ids[1], ids[4]}));
    QCOMPARE(discardDetails.value(QStringLiteral("requested")).toInt(), 4);

    // Nothing to change still leaves a trace of the request, with an empty list.
    TRY_VALUE(nothing, engine->retryJobs({ids[2]}));
    QVERIFY(nothing.isEmpty());
    const QList<Audit::AuditEvent> allRetries = auditEvents(*engine, QStringLiteral("job.retry"));
    QCOMPARE(allRetries.size(), 2);
    QVERIFY(idList(QJsonDocument::fromJson(allRetries[1].details).object().value(QStringLiteral("retried"))).isEmpty());

    TRY_VALUE(eventsAfter, engine->audit().count());
    QCOMPARE(eventsAfter, eventsBefore + 3);
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestJobStore::dedupAcrossConnections()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    auto shared = profile.open(Engine::ProfileAccess::Shared);
    const QString key = QStringLiteral("refresh:token:7");
    QSet<qint64> ids;
    int created = 0;
    for (int i = 0; i < 200; ++i) {
        Engine::Engine &engine = i % 2 == 0 ? *owner : *shared;
        TRY_VALUE(e, engine.jobs().enqueue(spec(QStringLiteral("refresh"), Queue::Default, key), T0 + i));
        ids.insert(e.id);
        if (!e.duplicate)
            ++created;
        QCOMPARE(liveJobsWithKey(*owner, key.toUtf8()), qint64(1));
        QCOMPARE(liveJobsWithKey(*shared, key.toUtf8()), qint64(1));
        if (i % 50 == 49) {
            // The other connection finishes the live job: the next enqueue creates a new one.
            Engine::Engine &other = i % 2 == 0 ? *shared : *owner;
            TRY_VALUE(claimed, other.jobs().claim(QStringLiteral("w"), 10, T0 + i, kAllQueues, leaseOf(1000)));
            QCOMPARE(claimed.size(), 1);
            VERIFY_OK(other.jobs().finish(claimed[0], QStringLiteral("w"), JobOutcome::done(), decided(JobState::Done),
                                          T0 + i));
            QCOMPARE(liveJobsWithKey(engine, key.toUtf8()), qint64(0));
        }
    }
    QCOMPARE(created, 4);
    QCOMPARE(ids.size(), 4);
    QCOMPARE(statsOf(owner->jobs(), Queue::Default, T0 + 1000).enqueued, 4);
}

void TestJobStore::dedupAcrossConnectionsConcurrently()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    auto shared = profile.open(Engine::ProfileAccess::Shared);
    const QString key = QStringLiteral("race");
    std::atomic<int> created {0};
    std::atomic<int> failures {0};
    QString firstError;
    auto hammer = [&](Engine::Engine *engine) {
        for (int i = 0; i < 100; ++i) {
            auto e = engine->jobs().enqueue(spec(QStringLiteral("race"), Queue::Default, key), T0 + i);
            if (!e.ok()) {
                if (failures++ == 0)
                    firstError = e.error().userMessage;
            } else if (!e->duplicate) {
                ++created;
            }
        }
    };
    // Each engine on its own thread, used by that thread only.
    std::thread a(hammer, owner.get());
    std::thread b(hammer, shared.get());
    a.join();
    b.join();
    QVERIFY2(failures == 0, qPrintable(firstError));
    QCOMPARE(created.load(), 1);
    QCOMPARE(liveJobsWithKey(*owner, key.toUtf8()), qint64(1));
    TRY_VALUE(all, owner->jobs().list(std::nullopt, 100));
    QCOMPARE(all.size(), 1);
}

void TestJobStore::argsAreRedactedForDisplay_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("redacted");
    QTest::newRow("refresh_token") << QStringLiteral("refresh_token") << true;
    QTest::newRow("client_secret") << QStringLiteral("client_secret") << true;
    QTest::newRow("Password") << QStringLiteral("Password") << true;
    QTest::newRow("api_key") << QStringLiteral("api_key") << true;
    QTest::newRow("Authorization") << QStringLiteral("Authorization") << true;
    QTest::newRow("connection") << QStringLiteral("connection") << false;
    QTest::newRow("keyboard") << QStringLiteral("keyboard") << false;
    QTest::newRow("provider") << QStringLiteral("provider") << false;
    QTest::newRow("token_fingerprint") << QStringLiteral("token_fingerprint") << false;
    QTest::newRow("secret_id") << QStringLiteral("secret_id") << false;
}

void TestJobStore::argsAreRedactedForDisplay()
{
    QFETCH(QString, key);
    QFETCH(bool, redacted);
    const QJsonObject args {{key, QStringLiteral("s3cr3t-value")},
                            {QStringLiteral("nested"), QJsonObject {{key, QStringLiteral("s3cr3t-value")}}}};
    Jobs::Job job;
    job.args = args;
    const QByteArray shown = QJsonDocument(job.toJson()).toJson();
    QCOMPARE(shown.contains("s3cr3t-value"), !redacted);
    QCOMPARE(QJsonDocument(Jobs::redactedArgs(args)).toJson().contains("s3cr3t-value"), !redacted);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"

#include "jobs/JobRunner.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <array>
#include <atomic>
#include <stdexcept>

using namespace Keyward;
using Jobs::Job;
using Jobs::JobContext;
using Jobs::JobOutcome;
using Jobs::JobSpec;
using Jobs::JobState;
using Jobs::Queue;
using Jobs::RetryPolicy;
using Test::auditEvents;

namespace {

constexpr int kWaitMs = 5000;

/// Calls per job id (ids start at 1 in every fresh profile; reset before each test).
std::array<std::atomic<int>, 256> g_calls {};
/// Set when a handler saw an attempt number other than the count of its calls.
std::atomic<int> g_attemptMismatches {0};
/// Lets the stuck handlers return.
std::atomic<bool> g_release {false};
std::atomic<int> g_stuckReturned {0};

std::atomic<int> &callsOf(qint64 id)
{
    Q_ASSERT(id > 0 && id < qint64(g_calls.size()));
    return g_calls[std::size_t(id)];
}

/// Counts the call and checks the attempt number against it; returns the call number.
int countCall(const JobContext &context)
{
    const int n = ++callsOf(context.id);
    if (context.attempt != n)
        ++g_attemptMismatches;
    return n;
}

/// Retries in milliseconds, so a test sees several attempts quickly.
RetryPolicy fast(int maxAttempts, qint64 leaseMs = 60'000)
{
    RetryPolicy p;
    p.maxAttempts = maxAttempts;
    p.baseDelayMs = 2;
    p.maxDelayMs = 10;
    p.leaseMs = leaseMs;
    return p;
}

JobSpec spec(const QString &type, Queue queue = Queue::Default)
{
    JobSpec s;
    s.type = type;
    s.queue = queue;
    return s;
}

JobOutcome blockUntilReleased()
{
    QElapsedTimer timer;
    timer.start();
    while (!g_release && timer.elapsed() < 3000)
        QThread::msleep(2);
    ++g_stuckReturned;
    return JobOutcome::done();
}

QStringList statesOf(Jobs::JobStore &store, const QList<qint64> &ids)
{
    QStringList states;
    for (const qint64 id : ids) {
        auto job = store.find(id);
        states.append(job.ok() ? Jobs::stateName(job->state) : QStringLiteral("missing"));
    }
    return states;
}

QStringList repeated(const QString &state, qsizetype count)
{
    QStringList list;
    for (qsizetype i = 0; i < count; ++i)
        list.append(state);
    return list;
}

/// A clock the test moves by hand.
class FakeClock : public Clock
{
public:
    explicit FakeClock(qint64 ms)
        : m_ms(ms)
    { }
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    qint64 nowMs() const { return m_ms.load(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    std::atomic<qint64> m_ms;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyAlertOncePerEpisode();
    void deadJobRaisesAlert();
    void init();
    void succeedingJobsFinish();
    void flakyHandlerRetriesThenSucceeds();
    void deadOutcomeIsAudited();
    void throwingHandlerRetriesThenDies();
    void unknownTypeGoesDead();
    void stuckHandlerLosesItsLeaseAndIsAudited();
    void deadHookRunsInsideTheTransaction();
    void weightedOrder();
    void stopWorkersWhileHandlersAreSlow();
    void sharedEngineRunsNoWorkers();
};

void TestJobRunner::init()
{
    for (auto &calls : g_calls)
        calls = 0;
    g_attemptMismatches = 0;
    g_release = false;
    g_stuckReturned = 0;
}

void TestJobRunner::succeedingJobsFinish()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(QStringLiteral("ok"), [](const JobContext &context) {
        countCall(context);
        return JobOutcome::done();
    });
    QVERIFY(engine->startWorkers(4).ok());
    QVERIFY(engine->runner());
    QList<qint64> finishedSignals;
    QObject context;
    QObject::connect(engine->runner(), &Jobs::JobRunner::jobFinished, &context, [&](qint64 id, Jobs::JobState state) {
        if (state == JobState::Done)
            finishedSignals.append(id);
    });

    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        const Queue queue = i % 3 == 0 ? Queue::Critical : i % 3 == 1 ? Queue::Default : Queue::Low;
        TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("ok"), queue)));
        ids.append(e.id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), ids), repeated(QStringLiteral("done"), ids.size()), kWaitMs);
    for (const qint64 id : ids) {
        TRY_VALUE(job, engine->jobs().find(id));
        QCOMPARE(callsOf(id).load(), 1);
        QCOMPARE(job.attempt, 1);
        QCOMPARE(job.attempts.size(), 1);
        QCOMPARE(job.attempts[0].outcome, QStringLiteral("done"));
        QVERIFY(job.attempts[0].finishedMs >= job.attempts[0].startedMs);
        QVERIFY(job.finishedMs > 0);
        QVERIFY(job.leaseOwner.isEmpty());
        QVERIFY(job.lastError.isEmpty());
    }
    QCOMPARE(g_attemptMismatches.load(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSignals.size(), ids.size(), kWaitMs);
    QCOMPARE(engine->runner()->runningCount(), 0);
    // Nothing went dead, so nothing was audited as dead.
    QVERIFY(auditEvents(*engine, QStringLiteral("job.dead")).isEmpty());
}

void TestJobRunner::flakyHandlerRetriesThenSucceeds()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(
        QStringLiteral("flaky"),
        [](const JobContext &context) {
            const int n = countCall(context);
            return n <= 2 ? JobOutcome::retry(QStringLiteral("flaky failure %1").arg(n)) : JobOutcome::done();
        },
        fast(5));
    QVERIFY(engine->startWorkers(2).ok());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("flaky"))));
        ids.append(e.id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), ids), repeated(QStringLiteral("done"), ids.size()), kWaitMs);
    for (const qint64 id : ids) {
        TRY_VALUE(job, engine->jobs().find(id));
        QCOMPARE(callsOf(id).load(), 3);
        QCOMPARE(job.attempt, 3);
        QCOMPARE(job.attempts.size(), 3);
        QCOMPARE(job.attempts[0].outcome, QStringLiteral("retry"));
        QCOMPARE(job.attempts[0].error, QStringLiteral("flaky failure 1"));
        QCOMPARE(job.attempts[1].outcome, QStringLiteral("retry"));
        QCOMPARE(job.attempts[1].error, QStringLiteral("flaky failure 2"));
        QCOMPARE(job.attempts[2].outcome, QStringLiteral("done"));
        QVERIFY(job.attempts[2].error.isEmpty());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(job.attempts[i].attempt, i + 1);
            QVERIFY(job.attempts[i].finishedMs > 0);
        }
        // Retries wait for their backoff (at most 10 ms here), never start before the previous attempt ended.
        QVERIFY(job.attempts[1].startedMs >= job.attempts[0].finishedMs);
        QVERIFY(job.attempts[2].startedMs >= job.attempts[1].finishedMs);
    }
    QCOMPARE(g_attemptMismatches.load(), 0);
    auto stats = engine->jobs().stats(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(stats.ok());
    const Jobs::QueueStats &s = stats.value()[1];
    QCOMPARE(s.queue, Queue::Default);
    QCOMPARE(s.enqueued, 4);
    QCOMPARE(s.processed, 12);
    QCOMPARE(s.failed, 8);
    QCOMPARE(s.retried, 8);
    QCOMPARE(s.deadTotal, 0);
}

void TestJobRunner::deadOutcomeIsAudited()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(
        QStringLiteral("gives-up"),
        [](const JobContext &context) {
            countCall(context);
            return JobOutcome::dead(QStringLiteral("the account is gone"));
        },
        fast(5));
    QVERIFY(engine->startWorkers(2).ok());
    TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("gives-up"), Queue::Critical)));
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {e.id}), QStringList {QStringLiteral("dead")}, kWaitMs);

    TRY_VALUE(job, engine->jobs().find(e.id));
    QCOMPARE(callsOf(e.id).load(), 1); // no retry
    QCOMPARE(job.attempts.size(), 1);
    QCOMPARE(job.attempts[0].outcome, QStringLiteral("dead"));
    QCOMPARE(job.attempts[0].error, QStringLiteral("the account is gone"));
    QVERIFY2(job.lastError.contains(QStringLiteral("the account is gone")), qPrintable(job.lastError));
    QVERIFY(job.finishedMs > 0);

    const QList<Audit::AuditEvent> dead = auditEvents(*engine, QStringLiteral("job.dead"));
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead[0].target, QStringLiteral("job:%1").arg(e.id));
    QCOMPARE(dead[0].outcome, QStringLiteral("failure"));
    const QJsonObject details = QJsonDocument::fromJson(dead[0].details).object();
    QCOMPARE(details.value(QStringLiteral("type")).toString(), QStringLiteral("gives-up"));
    QCOMPARE(details.value(QStringLiteral("queue")).toString(), QStringLiteral("critical"));
    QCOMPARE(details.value(QStringLiteral("attempts")).toInt(), 1);
    // The audit event says what the handler reported, and why no retry follows.
    const QString reason = details.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("the account is gone")) && reason.contains(QStringLiteral("gave up")),
             qPrintable(reason));
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestJobRunner::throwingHandlerRetriesThenDies()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(
        QStringLiteral("throws"),
        [](const JobContext &context) -> JobOutcome {
            countCall(context);
            throw std::runtime_error("boom");
        },
        fast(3));
    engine->jobRegistry().add(
        QStringLiteral("throws-other"),
        [](const JobContext &context) -> JobOutcome {
            countCall(context);
            throw 42;
        },
        fast(2));
    QVERIFY(engine->startWorkers(2).ok());
    TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("throws"))));
    TRY_VALUE(other, engine->enqueueJob(spec(QStringLiteral("throws-other"), Queue::Low)));
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {e.id, other.id}),
                              (QStringList {QStringLiteral("dead"), QStringLiteral("dead")}), kWaitMs);

    TRY_VALUE(job, engine->jobs().find(e.id));
    QCOMPARE(callsOf(e.id).load(), 3);
    QCOMPARE(job.attempts.size(), 3);
    for (const Jobs::JobAttempt &a : job.attempts) {
        QCOMPARE(a.outcome, QStringLiteral("retry"));
        QVERIFY2(a.error.contains(QStringLiteral("The handler failed: boom")), qPrintable(a.error));
    }
    QVERIFY2(job.lastError.contains(QStringLiteral("All 3 attempts failed")), qPrintable(job.lastError));
    TRY_VALUE(otherJob, engine->jobs().find(other.id));
    QCOMPARE(otherJob.attempts.size(), 2);
    QVERIFY2(otherJob.attempts[0].error.contains(QStringLiteral("unknown error")),
             qPrintable(otherJob.attempts[0].error));
    QCOMPARE(g_attemptMismatches.load(), 0);

    const QList<Audit::AuditEvent> dead = auditEvents(*engine, QStringLiteral("job.dead"));
    QCOMPARE(dead.size(), 2);
    QStringList targets;
    for (const Audit::AuditEvent &event : dead)
        targets.append(event.target);
    targets.sort();
    QStringList expected {QStringLiteral("job:%1").arg(e.id), QStringLiteral("job:%1").arg(other.id)};
    expected.sort();
    QCOMPARE(targets, expected);
    QVERIFY(engine->verifyAudit()->intact);
}

void TestJobRunner::unknownTypeGoesDead()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(engine->startWorkers(2).ok());
    TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("no.such.type"))));
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {e.id}), QStringList {QStringLiteral("dead")}, kWaitMs);
    TRY_VALUE(job, engine->jobs().find(e.id));
    const QString sentence = QStringLiteral("No handler for job type \"no.such.type\"");
    QVERIFY2(job.lastError.contains(sentence), qPrintable(job.lastError));
    QCOMPARE(job.attempts.size(), 1);
    QCOMPARE(job.attempts[0].outcome, QStringLiteral("dead"));
    QVERIFY2(job.attempts[0].error.contains(sentence), qPrintable(job.attempts[0].error));
    const QList<Audit::AuditEvent> dead = auditEvents(*engine, QStringLiteral("job.dead"));
    QCOMPARE(dead.size(), 1);
    const QJsonObject details = QJsonDocument::fromJson(dead[0].details).object();
    QCOMPARE(details.value(QStringLiteral("type")).toString(), QStringLiteral("no.such.type"));
    QVERIFY(engine->verifyAudit()->intact);
}

void TestJobRunner::stuckHandlerLosesItsLeaseAndIsAudited()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(
        QStringLiteral("stuck"), [](const JobContext &) { return blockUntilReleased(); }, fast(1, 50));
    QVERIFY(engine->startWorkers(2).ok());
    TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("stuck"))));
    // The only attempt outlives its 50 ms lease: the job is dead while the handler still runs.
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {e.id}), QStringList {QStringLiteral("dead")}, kWaitMs);
    QCOMPARE(g_stuckReturned.load(), 0);
    const QList<Audit::AuditEvent> dead = auditEvents(*engine, QStringLiteral("job.dead"));
    QCOMPARE(dead.size(), 1);
    QCOMPARE(dead[0].target, QStringLiteral("job:%1").arg(e.id));
    const QString reason = QJsonDocument::fromJson(dead[0].details).object().value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("lease expired")), qPrintable(reason));

    // The handler's late success changes nothing.
    g_release = true;
    QTRY_COMPARE_WITH_TIMEOUT(g_stuckReturned.load(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(engine->runner()->runningCount(), 0, kWaitMs);
    TRY_VALUE(job, engine->jobs().find(e.id));
    QCOMPARE(job.state, JobState::Dead);
    QCOMPARE(job.attempts.size(), 1);
    QCOMPARE(job.attempts[0].outcome, QStringLiteral("lease-expired"));
    QCOMPARE(auditEvents(*engine, QStringLiteral("job.dead")).size(), 1);
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
}

void TestJobRunner::deadHookRunsInsideTheTransaction()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    FakeClock clock(1'700'000'000'000);
    Jobs::JobRegistry registry;
    registry.add(
        QStringLiteral("dies"), [](const JobContext &) { return JobOutcome::dead(QStringLiteral("nope")); }, fast(3));
    registry.add(
        QStringLiteral("hangs"), [](const JobContext &) { return blockUntilReleased(); }, fast(1, 1000));
    QList<bool> hookInTransaction;
    QStringList hookReasons;
    Jobs::JobRunner runner(engine->jobs(), registry, 2, QStringLiteral("test-owner"), clock);
    runner.setPollInterval(5);
    runner.setDeadHook([&](const Job &job, const QString &reason) -> Status {
        hookInTransaction.append(engine->database().inTransaction());
        hookReasons.append(reason);
        if (!engine->database().inTransaction())
            return Error {ErrorCode::Failure, QStringLiteral("called outside the transaction")};
        return engine->audit()
                   .append({QStringLiteral("job.dead"),
                            QStringLiteral("job:%1").arg(job.id),
                            Audit::Outcome::Failure,
                            {{QStringLiteral("reason"), reason}}})
                   .ok()
            ? Status()
            : Status(Error {ErrorCode::Failure, QStringLiteral("audit failed")});
    });
    runner.start();

    TRY_VALUE(dies, engine->jobs().enqueue(spec(QStringLiteral("dies")), clock.nowMs()));
    TRY_VALUE(hangs, engine->jobs().enqueue(spec(QStringLiteral("hangs")), clock.nowMs()));
    runner.wake();
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {dies.id, hangs.id}),
                              (QStringList {QStringLiteral("dead"), QStringLiteral("running")}), kWaitMs);
    TRY_VALUE(running, engine->jobs().find(hangs.id));
    QCOMPARE(running.leaseOwner, QStringLiteral("test-owner"));
    QCOMPARE(running.leaseExpiresMs, clock.nowMs() + 1000);

    // Nothing expires until the fake clock passes the lease.
    QTest::qWait(30);
    QCOMPARE(statesOf(engine->jobs(), {hangs.id}), QStringList {QStringLiteral("running")});
    clock.advance(1000);
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), {hangs.id}), QStringList {QStringLiteral("dead")}, kWaitMs);

    QCOMPARE(hookInTransaction, (QList<bool> {true, true}));
    QCOMPARE(hookReasons.size(), 2);
    QVERIFY2(hookReasons[0].contains(QStringLiteral("gave up")), qPrintable(hookReasons[0]));
    QVERIFY2(hookReasons[1].contains(QStringLiteral("lease expired")), qPrintable(hookReasons[1]));
    QCOMPARE(auditEvents(*engine, QStringLiteral("job.dead")).size(), 2);
    QVERIFY(engine->verifyAudit()->intact);

    g_release = true;
    runner.stopClaiming();
    runner.waitForHandlers();
}

void TestJobRunner::weightedOrder()
{
    const QList<Queue> everyQueue {Queue::Critical, Queue::Default, Queue::Low};
    for (const quint32 seed : {1u, 42u, 20'240'601u}) {
        QRandomGenerator random(seed);
        const int draws = 20'000;
        int first[3] = {0, 0, 0};
        int last[3] = {0, 0, 0};
        for (int i = 0; i < draws; ++i) {
            const QList<Queue> order = Jobs::JobRunner::weightedOrder(random);
            QCOMPARE(order.size(), 3);
            QList<Queue> sorted = order;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, everyQueue);
            ++first[int(order.first())];
            ++last[int(order.last())];
        }
        const auto share = [&](int count) {
            return double(count) / draws;
        };
        // Weights 6, 3, 1: critical leads 60 % of the time, default 30 %, low 10 % (never never).
        QVERIFY2(share(first[int(Queue::Critical)]) > 0.56 && share(first[int(Queue::Critical)]) < 0.64,
                 qPrintable(QString::number(share(first[int(Queue::Critical)]))));
        QVERIFY2(share(first[int(Queue::Default)]) > 0.26 && share(first[int(Queue::Default)]) < 0.34,
                 qPrintable(QString::number(share(first[int(Queue::Default)]))));
        QVERIFY2(share(first[int(Queue::Low)]) > 0.07 && share(first[int(Queue::Low)]) < 0.13,
                 qPrintable(QString::number(share(first[int(Queue::Low)]))));
        // Drawn without replacement: low comes last most of the time (6/10·3/4 + 3/10·6/7 ≈ 70.7 %).
        QVERIFY2(share(last[int(Queue::Low)]) > 0.66 && share(last[int(Queue::Low)]) < 0.75,
                 qPrintable(QString::number(share(last[int(Queue::Low)]))));
    }
    // The same seed gives the same orders.
    QRandomGenerator a(7), b(7);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(Jobs::JobRunner::weightedOrder(a), Jobs::JobRunner::weightedOrder(b));
}

void TestJobRunner::stopWorkersWhileHandlersAreSlow()
{
    std::atomic<int> started {0};
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(QStringLiteral("slow"), [&started](const JobContext &context) {
        ++started;
        countCall(context);
        QThread::msleep(200);
        return JobOutcome::done();
    });
    QVERIFY(engine->startWorkers(2).ok());
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("slow"))));
        ids.append(e.id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(started.load(), 2, kWaitMs);
    // Two run; the runner may have claimed one more per worker ahead, waiting for a thread.
    QVERIFY(engine->runner()->runningCount() >= 2);

    QElapsedTimer timer;
    timer.start();
    engine->stopWorkers();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!engine->runner());

    // The two in flight finished and were recorded; the rest wait; nothing is left running.
    const QStringList states = statesOf(engine->jobs(), ids);
    QVERIFY2(!states.contains(QStringLiteral("running")), qPrintable(states.join(u',')));
    QVERIFY2(states.count(QStringLiteral("done")) == 2, qPrintable(states.join(u',')));
    QVERIFY2(states.count(QStringLiteral("pending")) == 4, qPrintable(states.join(u',')));
    QCOMPARE(started.load(), 2);
    for (const qint64 id : ids) {
        TRY_VALUE(job, engine->jobs().find(id));
        QVERIFY(job.leaseOwner.isEmpty());
        for (const Jobs::JobAttempt &a : job.attempts)
            QVERIFY(a.finishedMs > 0);
    }
    auto stats = engine->jobs().stats(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(stats.ok());
    QCOMPARE(stats.value()[1].running, 0);
    // Nothing more starts after the stop.
    QTest::qWait(50);
    QCOMPARE(started.load(), 2);

    // A new pool picks up the rest.
    QVERIFY(engine->startWorkers(4).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(engine->jobs(), ids), repeated(QStringLiteral("done"), ids.size()), kWaitMs);
    for (const qint64 id : ids)
        QCOMPARE(callsOf(id).load(), 1);
    engine->stopWorkers();
    engine->stopWorkers(); // stopping twice is harmless
}

void TestJobRunner::sharedEngineRunsNoWorkers()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    auto shared = profile.open(Engine::ProfileAccess::Shared);
    const Status started = shared->startWorkers(2);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code, ErrorCode::ProfileBusy);
    QVERIFY(!shared->runner());
    // It may still enqueue: the owner's workers run the job.
    owner->jobRegistry().add(QStringLiteral("ok"), [](const JobContext &) { return JobOutcome::done(); });
    QVERIFY(owner->startWorkers(1).ok());
    TRY_VALUE(e, shared->enqueueJob(spec(QStringLiteral("ok"))));
    QTRY_COMPARE_WITH_TIMEOUT(statesOf(owner->jobs(), {e.id}), QStringList {QStringLiteral("done")}, kWaitMs);
}

// A queue whose oldest due job waits longer than the threshold raises one alert (and the hook, which the engine
// audits) per episode: again only after the queue caught up.
void TestJobRunner::latencyAlertOncePerEpisode()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    FakeClock clock(QDateTime::currentMSecsSinceEpoch());
    Jobs::JobRegistry registry; // no handlers needed: nothing is started
    Jobs::JobRunner runner(engine->jobs(), registry, 1, QStringLiteral("test-owner"), clock);
    runner.setLatencyThreshold(60'000);
    QList<std::pair<Jobs::Queue, qint64>> hooks;
    runner.setLatencyHook([&](Jobs::Queue queue, qint64 latencyMs, qint64) { hooks.append({queue, latencyMs}); });
    QSignalSpy alerts(&runner, &Jobs::JobRunner::alert);
    TRY_VALUE(e, engine->jobs().enqueue(spec(QStringLiteral("late")), clock.nowMs()));
    Q_UNUSED(e);

    clock.advance(30'000);
    runner.checkLatency();
    QCOMPARE(alerts.count(), 0); // under the threshold

    clock.advance(40'000);
    runner.checkLatency();
    QCOMPARE(alerts.count(), 1);
    QVERIFY2(alerts.at(0).at(0).toString().contains(QStringLiteral("falling behind")),
             qPrintable(alerts.at(0).at(0).toString()));
    QCOMPARE(hooks.size(), 1);
    QCOMPARE(hooks.first().second, 70'000);

    runner.checkLatency(); // same episode: no second alert
    QCOMPARE(alerts.count(), 1);

    // The queue catches up (the job is discarded), then falls behind again: a new alert.
    QVERIFY(engine->jobs().discard({e.id}, clock.nowMs()).ok());
    runner.checkLatency();
    TRY_VALUE(again, engine->jobs().enqueue(spec(QStringLiteral("late")), clock.nowMs()));
    Q_UNUSED(again);
    clock.advance(61'000);
    runner.checkLatency();
    QCOMPARE(alerts.count(), 2);
}

void TestJobRunner::deadJobRaisesAlert()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    engine->jobRegistry().add(QStringLiteral("gives-up"),
                              [](const JobContext &) { return JobOutcome::dead(QStringLiteral("no such account")); });
    QVERIFY(engine->startWorkers(1).ok());
    QSignalSpy alerts(engine->runner(), &Jobs::JobRunner::alert);
    TRY_VALUE(e, engine->enqueueJob(spec(QStringLiteral("gives-up"))));
    QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, kWaitMs);
    QVERIFY2(alerts.at(0).at(0).toString().contains(QStringLiteral("Job %1 is dead").arg(e.id)),
             qPrintable(alerts.at(0).at(0).toString()));
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"

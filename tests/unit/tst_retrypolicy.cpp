#include "jobs/RetryPolicy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Keyward;
using Jobs::JobOutcome;
using Jobs::JobState;
using Jobs::RetryPolicy;

namespace {

constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max();
/// The largest double below 1: the top of QRandomGenerator::generateDouble()'s range.
const double kAlmostOne = std::nextafter(1.0, 0.0);

RetryPolicy policy(qint64 baseMs, qint64 maxMs, int maxAttempts = 5, qint64 maxAgeMs = 0)
{
    RetryPolicy p;
    p.baseDelayMs = baseMs;
    p.maxDelayMs = maxMs;
    p.maxAttempts = maxAttempts;
    p.maxAgeMs = maxAgeMs;
    return p;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffCap_data();
    void backoffCap();
    void delay_data();
    void delay();
    void decide_data();
    void decide();
    void defaultsAreSane();
};

void TestRetryPolicy::backoffCap_data()
{
    QTest::addColumn<qint64>("baseMs");
    QTest::addColumn<qint64>("maxMs");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("attempt 1 is the base") << qint64(1000) << qint64(60'000) << 1 << qint64(1000);
    QTest::newRow("attempt 2 doubles") << qint64(1000) << qint64(60'000) << 2 << qint64(2000);
    QTest::newRow("attempt 3") << qint64(1000) << qint64(60'000) << 3 << qint64(4000);
    QTest::newRow("attempt 6") << qint64(1000) << qint64(60'000) << 6 << qint64(32'000);
    QTest::newRow("attempt 7 saturates") << qint64(1000) << qint64(60'000) << 7 << qint64(60'000);
    QTest::newRow("attempt 8 stays at max") << qint64(1000) << qint64(60'000) << 8 << qint64(60'000);
    QTest::newRow("exactly the max") << qint64(1000) << qint64(64'000) << 7 << qint64(64'000);
    QTest::newRow("attempt 0 counts as the first") << qint64(1000) << qint64(60'000) << 0 << qint64(1000);
    QTest::newRow("base above max") << qint64(10'000) << qint64(5000) << 1 << qint64(5000);
    QTest::newRow("default max, attempt 14") << qint64(2000) << qint64(6 * 3600 * 1000LL) << 14 << qint64(16'384'000);
    QTest::newRow("default max, attempt 15")
        << qint64(2000) << qint64(6 * 3600 * 1000LL) << 15 << qint64(6 * 3600 * 1000LL);
    QTest::newRow("attempt 64") << qint64(1000) << qint64(60'000) << 64 << qint64(60'000);
    QTest::newRow("attempt INT_MAX") << qint64(2000) << qint64(6 * 3600 * 1000LL) << std::numeric_limits<int>::max()
                                     << qint64(6 * 3600 * 1000LL);
    // No practical ceiling: the doubling must saturate instead of overflowing qint64.
    QTest::newRow("no ceiling, attempt 10") << qint64(1000) << kMaxMs << 10 << qint64(512'000);
    QTest::newRow("no ceiling, attempt 53") << qint64(1000) << kMaxMs << 53 << (qint64(1000) << 52);
    QTest::newRow("no ceiling, attempt 100") << qint64(1000) << kMaxMs << 100 << kMaxMs;
    QTest::newRow("no ceiling, attempt INT_MAX") << qint64(1000) << kMaxMs << std::numeric_limits<int>::max() << kMaxMs;
    QTest::newRow("huge base, no ceiling") << kMaxMs / 2 + 1 << kMaxMs << 3 << kMaxMs;
    QTest::newRow("zero base, attempt INT_MAX")
        << qint64(0) << qint64(60'000) << std::numeric_limits<int>::max() << qint64(0);
}

void TestRetryPolicy::backoffCap()
{
    QFETCH(qint64, baseMs);
    QFETCH(qint64, maxMs);
    QFETCH(int, attempt);
    QFETCH(qint64, expected);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(policy(baseMs, maxMs).backoffCapMs(attempt), expected);
    QVERIFY2(timer.elapsed() < 100, "computing the ceiling must not loop over every attempt");
}

void TestRetryPolicy::delay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("unitRandom");
    QTest::addColumn<qint64>("expected");

    // Base 1000 ms, ceiling 60 s: caps 1000, 2000, 4000, … 32000, 60000.
    QTest::newRow("zero draw, attempt 1") << 1 << 0.0 << qint64(0);
    QTest::newRow("zero draw, attempt 9") << 9 << 0.0 << qint64(0);
    QTest::newRow("half, attempt 1") << 1 << 0.5 << qint64(500);
    QTest::newRow("half, attempt 3") << 3 << 0.5 << qint64(2000);
    QTest::newRow("half, saturated") << 12 << 0.5 << qint64(30'000);
    QTest::newRow("quarter, attempt 2") << 2 << 0.25 << qint64(500);
    QTest::newRow("top of range, attempt 1") << 1 << kAlmostOne << qint64(999);
    QTest::newRow("top of range, attempt 4") << 4 << kAlmostOne << qint64(7999);
    QTest::newRow("top of range, saturated") << 30 << kAlmostOne << qint64(59'999);
    QTest::newRow("negative draw clamps to 0") << 3 << -0.5 << qint64(0);
}

void TestRetryPolicy::delay()
{
    QFETCH(int, attempt);
    QFETCH(double, unitRandom);
    QFETCH(qint64, expected);
    const RetryPolicy p = policy(1000, 60'000);
    const qint64 delay = p.delayMs(attempt, unitRandom);
    QCOMPARE(delay, expected);
    QVERIFY(delay >= 0);
    if (unitRandom < 1.0)
        QVERIFY(delay < p.backoffCapMs(attempt));
}

void TestRetryPolicy::decide_data()
{
    QTest::addColumn<int>("kind"); // JobOutcome::Kind
    QTest::addColumn<qint64>("retryAfterMs"); // -1: the handler asks for no delay
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("maxAgeMs");
    QTest::addColumn<qint64>("enqueuedMs");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<double>("unitRandom");
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("runAtMs");
    QTest::addColumn<QString>("reason"); // a part of the reason ("" when there is none)

    const int done = int(JobOutcome::Kind::Done);
    const int retry = int(JobOutcome::Kind::Retry);
    const int discard = int(JobOutcome::Kind::Discard);
    const int dead = int(JobOutcome::Kind::Dead);
    const qint64 none = -1;
    const qint64 now = 100'000;
    const QString retrying = QStringLiteral("retrying");

    // Policy: base 1000 ms, ceiling 60 s, 5 attempts.
    QTest::newRow("done") << done << none << 1 << qint64(0) << qint64(0) << now << 0.5 << QStringLiteral("done")
                          << qint64(0) << QString();
    QTest::newRow("done on the last attempt") << done << none << 5 << qint64(0) << qint64(0) << now << 0.5
                                              << QStringLiteral("done") << qint64(0) << QString();
    QTest::newRow("discard") << discard << none << 2 << qint64(0) << qint64(0) << now << 0.5
                             << QStringLiteral("discarded") << qint64(0) << QString();
    QTest::newRow("dead with attempts left") << dead << none << 1 << qint64(0) << qint64(0) << now << 0.5
                                             << QStringLiteral("dead") << qint64(0) << QStringLiteral("gave up");
    QTest::newRow("retry after attempt 1")
        << retry << none << 1 << qint64(0) << qint64(0) << now << 0.5 << retrying << now + 500 << QString();
    QTest::newRow("retry after attempt 3")
        << retry << none << 3 << qint64(0) << qint64(0) << now << 0.5 << retrying << now + 2000 << QString();
    QTest::newRow("retry, zero draw") << retry << none << 4 << qint64(0) << qint64(0) << now << 0.0 << retrying << now
                                      << QString();
    QTest::newRow("retry, top draw") << retry << none << 4 << qint64(0) << qint64(0) << now << kAlmostOne << retrying
                                     << now + 7999 << QString();
    QTest::newRow("retry on the last attempt")
        << retry << none << 5 << qint64(0) << qint64(0) << now << 0.5 << QStringLiteral("dead") << qint64(0)
        << QStringLiteral("All 5 attempts failed");
    QTest::newRow("retry past the last attempt")
        << retry << none << 6 << qint64(0) << qint64(0) << now << 0.5 << QStringLiteral("dead") << qint64(0)
        << QStringLiteral("All 5 attempts failed");
    QTest::newRow("handler delay overrides backoff") << retry << qint64(30'000) << 1 << qint64(0) << qint64(0) << now
                                                     << 0.5 << retrying << now + 30'000 << QString();
    QTest::newRow("handler delay above the ceiling") << retry << qint64(120'000) << 1 << qint64(0) << qint64(0) << now
                                                     << 0.5 << retrying << now + 120'000 << QString();
    QTest::newRow("handler delay zero") << retry << qint64(0) << 3 << qint64(0) << qint64(0) << now << 0.9 << retrying
                                        << now << QString();
    QTest::newRow("negative handler delay is now")
        << retry << qint64(-5000) << 3 << qint64(0) << qint64(0) << now << 0.9 << retrying << now << QString();
    QTest::newRow("handler delay cannot add attempts")
        << retry << qint64(10) << 5 << qint64(0) << qint64(0) << now << 0.5 << QStringLiteral("dead") << qint64(0)
        << QStringLiteral("All 5 attempts failed");
    QTest::newRow("within max age") << retry << none << 1 << qint64(10'000) << now - 9000 << now << 0.5 << retrying
                                    << now + 500 << QString();
    QTest::newRow("next attempt exactly at max age")
        << retry << none << 1 << qint64(10'000) << now - 9500 << now << 0.5 << retrying << now + 500 << QString();
    QTest::newRow("next attempt past max age")
        << retry << none << 1 << qint64(10'000) << now - 9501 << now << 0.5 << QStringLiteral("dead") << qint64(0)
        << QStringLiteral("maximum age (10 s)");
    QTest::newRow("already older than max age") << retry << none << 1 << qint64(10'000) << now - 60'000 << now << 0.0
                                                << QStringLiteral("dead") << qint64(0) << QStringLiteral("maximum age");
    QTest::newRow("handler delay past max age") << retry << qint64(20'000) << 1 << qint64(10'000) << now << now << 0.0
                                                << QStringLiteral("dead") << qint64(0) << QStringLiteral("maximum age");
    QTest::newRow("no age limit") << retry << none << 2 << qint64(0) << qint64(1) << qint64(1'000'000'000'000) << 0.5
                                  << retrying << qint64(1'000'000'001'000) << QString();
    QTest::newRow("max age does not touch done") << done << none << 1 << qint64(10'000) << now - 60'000 << now << 0.5
                                                 << QStringLiteral("done") << qint64(0) << QString();
}

void TestRetryPolicy::decide()
{
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(int, attempt);
    QFETCH(qint64, maxAgeMs);
    QFETCH(qint64, enqueuedMs);
    QFETCH(qint64, nowMs);
    QFETCH(double, unitRandom);
    QFETCH(QString, state);
    QFETCH(qint64, runAtMs);
    QFETCH(QString, reason);

    JobOutcome outcome;
    outcome.kind = JobOutcome::Kind(kind);
    outcome.error = QStringLiteral("handler error");
    if (retryAfterMs != -1)
        outcome.retryAfterMs = retryAfterMs;
    const RetryPolicy p = policy(1000, 60'000, 5, maxAgeMs);
    const RetryPolicy::Decision decision = p.decide(outcome, attempt, enqueuedMs, nowMs, unitRandom);
    QCOMPARE(Jobs::stateName(decision.state), state);
    if (decision.state == JobState::Retrying)
        QCOMPARE(decision.runAtMs, runAtMs);
    if (reason.isEmpty())
        QVERIFY2(decision.reason.isEmpty(), qPrintable(decision.reason));
    else
        QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
}

void TestRetryPolicy::defaultsAreSane()
{
    const RetryPolicy p;
    QCOMPARE(p.maxAttempts, 10);
    QCOMPARE(p.backoffCapMs(1), p.baseDelayMs);
    QVERIFY(p.leaseMs > 0);
    // The whole default schedule (nine retries) fits under the ceiling and grows monotonically.
    qint64 previous = 0;
    for (int attempt = 1; attempt < p.maxAttempts; ++attempt) {
        const qint64 cap = p.backoffCapMs(attempt);
        QVERIFY(cap >= previous);
        QVERIFY(cap <= p.maxDelayMs);
        previous = cap;
    }
    // Full jitter over many draws stays within [0, cap) and averages about half the cap.
    QRandomGenerator random(42);
    qint64 sum = 0;
    const int draws = 10'000;
    for (int i = 0; i < draws; ++i) {
        const qint64 delay = p.delayMs(3, random.generateDouble());
        QVERIFY(delay >= 0 && delay < p.backoffCapMs(3));
        sum += delay;
    }
    const double mean = double(sum) / draws;
    QVERIFY2(std::abs(mean - p.backoffCapMs(3) / 2.0) < p.backoffCapMs(3) * 0.05, qPrintable(QString::number(mean)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

#include "access/SignInThrottle.h"

#include "core/Clock.h"
#include "support/Verify.h"

#include <QJsonDocument>
#include <QTest>

#include <climits>

using namespace Keyward;
using Access::SignInThrottle;

namespace {

/// A clock the test moves by hand.
class FakeClock : public Clock
{
public:
    explicit FakeClock(qint64 ms)
        : m_ms(ms)
    { }
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

// Whether an attempt is allowed now, checked three ways that must agree.
bool allowed(const SignInThrottle &throttle, const Clock &clock)
{
    const QDateTime now = clock.nowUtc();
    const bool byTime = throttle.allowedAt(now) <= now;
    if (byTime != throttle.isAllowed(now) || byTime != throttle.check(now).ok())
        qFatal("allowedAt, isAllowed and check disagree");
    return byTime;
}

} // namespace

class TestSignInThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule_data();
    void schedule();
    void firstThreeFailuresAreFree();
    void lockLastsExactlyTheDelay();
    void delaysGrowAndAreCapped();
    void successStartsOver();
    void refusalSaysHowLongToWait();
    void survivesARestart();
    void clockSetBackDoesNotLockForDays();
    void fromJsonRefusesDamage_data();
    void fromJsonRefusesDamage();
};

void TestSignInThrottle::schedule_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("none") << 0 << qint64(0);
    QTest::newRow("1") << 1 << qint64(0);
    QTest::newRow("3") << 3 << qint64(0);
    QTest::newRow("4") << 4 << 1 * kSecond;
    QTest::newRow("5") << 5 << 2 * kSecond;
    QTest::newRow("6") << 6 << 4 * kSecond;
    QTest::newRow("7") << 7 << 8 * kSecond;
    QTest::newRow("13") << 13 << 512 * kSecond;
    QTest::newRow("14 (1024 s capped)") << 14 << 15 * kMinute;
    QTest::newRow("40") << 40 << 15 * kMinute;
    QTest::newRow("INT_MAX") << INT_MAX << 15 * kMinute;
    QTest::newRow("negative") << -5 << qint64(0);
}

void TestSignInThrottle::schedule()
{
    QFETCH(int, failures);
    QFETCH(qint64, delay);
    QCOMPARE(SignInThrottle::delayMsAfter(failures), delay);
}

void TestSignInThrottle::firstThreeFailuresAreFree()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    QVERIFY(allowed(throttle, clock));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(throttle.recordFailure(clock.nowUtc()), clock.nowUtc());
        QCOMPARE(throttle.failures(), i);
        QVERIFY(allowed(throttle, clock));
    }
    throttle.recordFailure(clock.nowUtc());
    QVERIFY(!allowed(throttle, clock));
}

void TestSignInThrottle::lockLastsExactlyTheDelay()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    for (int i = 0; i < 4; ++i)
        throttle.recordFailure(clock.nowUtc());
    QCOMPARE(throttle.allowedAt(clock.nowUtc()), clock.nowUtc().addMSecs(kSecond));
    clock.advance(kSecond - 1);
    QVERIFY(!allowed(throttle, clock));
    clock.advance(1);
    QVERIFY(allowed(throttle, clock));

    // The fifth failure locks for two seconds from when it happened.
    const QDateTime fifth = clock.nowUtc();
    QCOMPARE(throttle.recordFailure(fifth), fifth.addMSecs(2 * kSecond));
    clock.advance(2 * kSecond - 1);
    QVERIFY(!allowed(throttle, clock));
    clock.advance(1);
    QVERIFY(allowed(throttle, clock));
}

void TestSignInThrottle::delaysGrowAndAreCapped()
{
    // An attacker who waits out every lock: the waits double from 1 s and stop growing at 15 minutes.
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    QList<qint64> waits;
    for (int i = 1; i <= 16; ++i) {
        QVERIFY(allowed(throttle, clock));
        const QDateTime now = clock.nowUtc();
        const qint64 wait = now.msecsTo(throttle.recordFailure(now));
        waits.append(wait);
        clock.advance(wait);
    }
    const QList<qint64> expected {0,
                                  0,
                                  0,
                                  1 * kSecond,
                                  2 * kSecond,
                                  4 * kSecond,
                                  8 * kSecond,
                                  16 * kSecond,
                                  32 * kSecond,
                                  64 * kSecond,
                                  128 * kSecond,
                                  256 * kSecond,
                                  512 * kSecond,
                                  15 * kMinute,
                                  15 * kMinute,
                                  15 * kMinute};
    QCOMPARE(waits, expected);
}

void TestSignInThrottle::successStartsOver()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    for (int i = 0; i < 8; ++i)
        throttle.recordFailure(clock.nowUtc());
    QVERIFY(!allowed(throttle, clock));
    clock.advance(SignInThrottle::delayMsAfter(8));
    QVERIFY(allowed(throttle, clock));
    throttle.recordSuccess();
    QCOMPARE(throttle.failures(), 0);
    QVERIFY(throttle == SignInThrottle());
    // Three free failures again.
    for (int i = 0; i < 3; ++i)
        throttle.recordFailure(clock.nowUtc());
    QVERIFY(allowed(throttle, clock));
}

void TestSignInThrottle::refusalSaysHowLongToWait()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure(clock.nowUtc());
    clock.advance(500);
    const Status seconds = throttle.check(clock.nowUtc());
    QVERIFY(!seconds.ok());
    QCOMPARE(seconds.error().code, ErrorCode::PermissionDenied);
    // 3.5 s left: rounded up, never "wait 0 seconds".
    QVERIFY2(seconds.error().userMessage.contains(QStringLiteral("wait 4 second")),
             qPrintable(seconds.error().userMessage));

    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(clock.nowUtc());
    const Status minutes = throttle.check(clock.nowUtc());
    QVERIFY(!minutes.ok());
    QVERIFY2(minutes.error().userMessage.contains(QStringLiteral("wait 15 minute")),
             qPrintable(minutes.error().userMessage));
}

void TestSignInThrottle::survivesARestart()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    for (int i = 0; i < 7; ++i)
        throttle.recordFailure(clock.nowUtc());
    // Through text, as the caller stores it.
    const QByteArray saved = QJsonDocument(throttle.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(saved, QByteArray(R"({"failures":7,"lockedUntil":1700000008000})"));

    clock.advance(3 * kSecond);
    TRY_VALUE(restored, SignInThrottle::fromJson(QJsonDocument::fromJson(saved).object()));
    QVERIFY(restored == throttle);
    QCOMPARE(restored.failures(), 7);
    QVERIFY(!allowed(restored, clock));
    QCOMPARE(restored.allowedAt(clock.nowUtc()), QDateTime::fromMSecsSinceEpoch(1'700'000'008'000, Qt::UTC));
    // The count continues: the next failure locks for 16 s.
    clock.advance(5 * kSecond);
    QVERIFY(allowed(restored, clock));
    QCOMPARE(clock.nowUtc().msecsTo(restored.recordFailure(clock.nowUtc())), 16 * kSecond);

    TRY_VALUE(fresh, SignInThrottle::fromJson(QJsonObject()));
    QVERIFY(fresh == SignInThrottle());
}

void TestSignInThrottle::clockSetBackDoesNotLockForDays()
{
    FakeClock clock(1'700'000'000'000);
    SignInThrottle throttle;
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(clock.nowUtc()); // locked for 2 s
    const QDateTime lockedUntil = clock.nowUtc().addMSecs(2 * kSecond);

    // A small step back (an NTP correction) keeps the lock where it was.
    clock.advance(-30 * kSecond);
    QVERIFY(!allowed(throttle, clock));
    QCOMPARE(throttle.allowedAt(clock.nowUtc()), lockedUntil);

    // A day back: the lock would otherwise hold for a day.
    clock.advance(-24 * 60 * kMinute);
    QVERIFY(allowed(throttle, clock));
    // The count is kept: the next failure locks for 4 s from the new "now".
    const QDateTime now = clock.nowUtc();
    QCOMPARE(now.msecsTo(throttle.recordFailure(now)), 4 * kSecond);
}

void TestSignInThrottle::fromJsonRefusesDamage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("negative failures") << QByteArray(R"({"failures":-1,"lockedUntil":0})");
    QTest::newRow("fractional") << QByteArray(R"({"failures":2.5,"lockedUntil":0})");
    QTest::newRow("text") << QByteArray(R"({"failures":"3","lockedUntil":0})");
    QTest::newRow("null") << QByteArray(R"({"failures":null,"lockedUntil":0})");
    QTest::newRow("huge failures") << QByteArray(R"({"failures":1e12,"lockedUntil":0})");
    QTest::newRow("negative lock") << QByteArray(R"({"failures":4,"lockedUntil":-5})");
    QTest::newRow("lock as text") << QByteArray(R"({"failures":4,"lockedUntil":"soon"})");
}

void TestSignInThrottle::fromJsonRefusesDamage()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const auto throttle = SignInThrottle::fromJson(object);
    QVERIFY(!throttle.ok());
    QCOMPARE(throttle.error().code, ErrorCode::Integrity);
}

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"

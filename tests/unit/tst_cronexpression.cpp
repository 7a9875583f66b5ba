#include "jobs/CronExpression.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Keyward;
using Keyward::Jobs::CronExpression;

namespace {

QDateTime utc(const char *iso)
{
    // The trailing Z makes Qt read the time as UTC rather than local time.
    return QDateTime::fromString(QString::fromLatin1(iso) + u'Z', Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestCronExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
    void sequence_data();
    void sequence();
    void resultIsWholeUtcMinute();
    void nonUtcStartIsConverted();
    void invalidStartGivesInvalid();
    void keepsOriginalText();
    void impossible_data();
    void impossible();
    void invalid_data();
    void invalid();
    void invalidMessageIsASentence();
};

void TestCronExpression::next_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");

    auto row = [](const char *name, const char *expression, const char *after, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(expression) << utc(after) << utc(expected);
    };
    row("every 15 minutes", "*/15 * * * *", "2024-01-01T10:07:30", "2024-01-01T10:15:00");
    row("strictly after a match", "0 * * * *", "2024-01-01T10:00:00", "2024-01-01T11:00:00");
    row("every minute drops seconds", "* * * * *", "2024-01-01T10:00:30.500", "2024-01-01T10:01:00");
    row("minute rolls the year", "* * * * *", "2024-12-31T23:59:59.999", "2025-01-01T00:00:00");
    row("year rollover", "30 9 * * *", "2024-12-31T10:00:00", "2025-01-01T09:30:00");
    row("month rollover", "0 0 1 * *", "2024-01-31T12:00:00", "2024-02-01T00:00:00");
    row("31st skips a 30-day month", "0 0 31 * *", "2024-04-15T00:00:00", "2024-05-31T00:00:00");
    row("31st across the year", "0 0 31 * *", "2024-12-31T00:00:00", "2025-01-31T00:00:00");
    row("feb 29 in the coming leap year", "0 0 29 2 *", "2023-06-01T00:00:00", "2024-02-29T00:00:00");
    row("feb 29 four years on", "0 0 29 2 *", "2024-03-01T00:00:00", "2028-02-29T00:00:00");
    row("feb 29 skips 2100", "0 0 29 2 *", "2096-03-01T00:00:00", "2104-02-29T00:00:00");
    // Both day fields restricted: the 10th OR a Friday (Vixie cron).
    row("or: friday comes first", "0 12 10 * 5", "2024-09-01T00:00:00", "2024-09-06T12:00:00");
    row("or: the 10th is a tuesday", "0 12 10 * 5", "2024-09-07T00:00:00", "2024-09-10T12:00:00");
    row("or: monday rescues feb 30", "0 0 30 2 1", "2025-01-01T00:00:00", "2025-02-03T00:00:00");
    // One day field starting with `*`: both must match.
    row("and: day of month star", "0 0 * * 1", "2024-09-01T00:00:00", "2024-09-02T00:00:00");
    row("and: odd days that are mondays", "0 0 */2 * 1", "2024-09-01T00:00:00", "2024-09-09T00:00:00");
    row("and: feb 29 on a sunday", "0 0 29 2 */7", "2025-01-01T00:00:00", "2032-02-29T00:00:00");
    row("range with step, next hour", "10-50/20 8-10 * * *", "2024-05-05T08:51:00", "2024-05-05T09:10:00");
    row("range with step, next day", "10-50/20 8-10 * * *", "2024-05-05T10:50:00", "2024-05-06T08:10:00");
    row("list of hours", "0 1,2,5 * * *", "2024-05-05T02:30:00", "2024-05-05T05:00:00");
    row("start with step", "5/20 * * * *", "2024-05-05T10:46:00", "2024-05-05T11:05:00");
    row("month and day names", "0 9 * JAN,JUL mon-fri", "2024-02-01T00:00:00", "2024-07-01T09:00:00");
    row("lower-case month range", "0 9 * jan-mar *", "2024-04-01T00:00:00", "2025-01-01T09:00:00");
    row("SUN", "0 0 * * SUN", "2024-09-03T00:00:00", "2024-09-08T00:00:00");
    row("0 is sunday", "0 0 * * 0", "2024-09-03T00:00:00", "2024-09-08T00:00:00");
    row("7 is sunday", "0 0 * * 7", "2024-09-03T00:00:00", "2024-09-08T00:00:00");
    row("5-7 includes friday", "0 0 * * 5-7", "2024-09-09T00:00:00", "2024-09-13T00:00:00");
    row("5-7 includes sunday", "0 0 * * 5-7", "2024-09-14T00:00:00", "2024-09-15T00:00:00");
    row("extra whitespace", "  0\t9  * *   * ", "2024-01-01T09:00:00", "2024-01-02T09:00:00");
    row("@yearly", "@yearly", "2024-06-15T00:00:00", "2025-01-01T00:00:00");
    row("@annually", "@annually", "2024-06-15T00:00:00", "2025-01-01T00:00:00");
    row("@monthly", "@monthly", "2024-12-15T00:00:00", "2025-01-01T00:00:00");
    row("@weekly is sunday midnight", "@weekly", "2024-09-03T00:00:00", "2024-09-08T00:00:00");
    row("@daily", "@daily", "2024-02-28T23:59:00", "2024-02-29T00:00:00");
    row("@midnight", "@midnight", "2024-02-28T23:59:00", "2024-02-29T00:00:00");
    row("@hourly", "@hourly", "2024-01-01T10:59:59.999", "2024-01-01T11:00:00");
    row("@DAILY in capitals", "@DAILY", "2024-02-29T00:00:00", "2024-03-01T00:00:00");
}

void TestCronExpression::next()
{
    QFETCH(QString, expression);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    const auto cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.ok() ? QString() : cron.error().userMessage));
    QCOMPARE(cron->next(after), expected);
}

void TestCronExpression::sequence_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QList<QDateTime>>("expected");

    QTest::newRow("*/25 restarts each hour")
        << QStringLiteral("*/25 * * * *") << utc("2024-01-01T10:00:00")
        << QList<QDateTime> {utc("2024-01-01T10:25:00"), utc("2024-01-01T10:50:00"), utc("2024-01-01T11:00:00"),
                             utc("2024-01-01T11:25:00")};
    QTest::newRow("leap days") << QStringLiteral("0 0 29 2 *") << utc("2023-01-01T00:00:00")
                               << QList<QDateTime> {utc("2024-02-29T00:00:00"), utc("2028-02-29T00:00:00"),
                                                    utc("2032-02-29T00:00:00"), utc("2036-02-29T00:00:00")};
    QTest::newRow("fridays or the 13th") << QStringLiteral("0 12 13 * 5") << utc("2025-01-04T00:00:00")
                                         << QList<QDateTime> {utc("2025-01-10T12:00:00"), utc("2025-01-13T12:00:00"),
                                                              utc("2025-01-17T12:00:00")};
    QTest::newRow("weekdays over a weekend")
        << QStringLiteral("0 6 * * mon-fri") << utc("2024-09-06T07:00:00")
        << QList<QDateTime> {utc("2024-09-09T06:00:00"), utc("2024-09-10T06:00:00"), utc("2024-09-11T06:00:00")};
}

void TestCronExpression::sequence()
{
    QFETCH(QString, expression);
    QFETCH(QDateTime, start);
    QFETCH(QList<QDateTime>, expected);
    const auto cron = CronExpression::parse(expression);
    QVERIFY(cron.ok());
    QList<QDateTime> runs;
    QDateTime time = start;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        time = cron->next(time);
        runs << time;
    }
    QCOMPARE(runs, expected);
}

void TestCronExpression::resultIsWholeUtcMinute()
{
    const auto cron = CronExpression::parse(QStringLiteral("* * * * *"));
    QVERIFY(cron.ok());
    const QDateTime next = cron->next(utc("2024-01-01T10:00:30.500"));
    QCOMPARE(next.timeSpec(), Qt::UTC);
    QCOMPARE(next.time(), QTime(10, 1, 0, 0));
}

void TestCronExpression::nonUtcStartIsConverted()
{
    const auto cron = CronExpression::parse(QStringLiteral("0 9 * * *"));
    QVERIFY(cron.ok());
    // 10:07 at UTC+2 is 08:07 UTC, so 09:00 UTC the same day is next (not 09:00 the next day).
    const QDateTime after(QDate(2024, 1, 1), QTime(10, 7), Qt::OffsetFromUTC, 2 * 3600);
    const QDateTime next = cron->next(after);
    QCOMPARE(next, utc("2024-01-01T09:00:00"));
    QCOMPARE(next.timeSpec(), Qt::UTC);
}

void TestCronExpression::invalidStartGivesInvalid()
{
    const auto cron = CronExpression::parse(QStringLiteral("@hourly"));
    QVERIFY(cron.ok());
    QVERIFY(!cron->next(QDateTime()).isValid());
}

void TestCronExpression::keepsOriginalText()
{
    const QString text = QStringLiteral(" */5  1-3 * JAN mon ");
    const auto cron = CronExpression::parse(text);
    QVERIFY(cron.ok());
    QCOMPARE(cron->text(), text);
    QCOMPARE(CronExpression::parse(QStringLiteral("@Weekly"))->text(), QStringLiteral("@Weekly"));
}

void TestCronExpression::impossible_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("feb 30") << QStringLiteral("0 0 30 2 *");
    QTest::newRow("feb 31") << QStringLiteral("0 0 31 FEB *");
    QTest::newRow("31st of 30-day months") << QStringLiteral("0 0 31 4,6,9,11 *");
    // `*/2` starts with `*`, so both day fields must match (Vixie cron), and Feb 30 never does.
    QTest::newRow("feb 30 and even weekdays") << QStringLiteral("0 0 30 2 */2");
}

void TestCronExpression::impossible()
{
    QFETCH(QString, expression);
    const auto cron = CronExpression::parse(expression);
    QVERIFY2(cron.ok(), qPrintable(cron.ok() ? QString() : cron.error().userMessage));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!cron->next(utc("2024-01-01T00:00:00")).isValid());
    QVERIFY(!cron->next(utc("2096-03-01T00:00:00")).isValid());
    // A scheduler asks on every tick; the answer must not cost a minute-by-minute walk over years.
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
}

void TestCronExpression::invalid_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("mentions");

    auto row = [](const char *name, const char *expression, std::initializer_list<const char *> mentions) {
        QStringList list;
        for (const char *mention : mentions)
            list << QString::fromUtf8(mention);
        QTest::newRow(name) << QString::fromUtf8(expression) << list;
    };
    row("minute 60", "60 * * * *", {"minute 60", "0–59"});
    row("minute huge", "99999999999 * * * *", {"minute 99999999999", "out of range"});
    row("hour 24", "0 24 * * *", {"hour 24", "0–23"});
    row("day of month 0", "0 0 0 * *", {"day of month 0", "1–31"});
    row("day of month 32", "0 0 32 * *", {"day of month 32", "1–31"});
    row("month 0", "0 0 * 0 *", {"month 0", "1–12"});
    row("month 13", "0 0 * 13 *", {"month 13", "1–12"});
    row("day of week 8", "0 0 * * 8", {"day of week 8", "0–7"});
    row("range end out of range", "0 0 * * 1-8", {"day of week 8"});
    row("step zero", "*/0 * * * *", {"minute step \"0\""});
    row("step too wide", "0 */24 * * *", {"hour step \"24\""});
    row("step not a number", "0 0 * * MON/x", {"day of week step \"x\""});
    row("step missing", "*/ * * * *", {"minute step"});
    row("reversed range", "0 5-1 * * *", {"hour range \"5-1\"", "backwards"});
    row("reversed day names", "0 0 * * FRI-MON", {"day of week range \"FRI-MON\""});
    row("reversed month names", "0 0 * DEC-JAN *", {"month range \"DEC-JAN\""});
    row("four fields", "* * * *", {"five fields", "not 4"});
    row("six fields", "0 * * * * *", {"five fields", "not 6"});
    row("garbage", "garbage", {"five fields", "not 1"});
    row("empty", "", {"empty"});
    row("blank", "  \t ", {"empty"});
    row("minute word", "x * * * *", {"minute \"x\"", "0 to 59"});
    row("negative", "-1 * * * *", {"minute \"-1\""});
    row("empty list item", "1,,2 * * * *", {"minute \"1,,2\""});
    row("decimal", "0 0 1.5 * *", {"day of month \"1.5\""});
    row("unknown month", "0 0 * FOO *", {"month \"FOO\"", "JAN to DEC"});
    row("unknown day", "0 0 * * FUNDAY", {"day of week \"FUNDAY\"", "SUN to SAT"});
    row("day name in month field", "0 0 * MON *", {"month \"MON\""});
    row("month name in hour field", "0 JAN * * *", {"hour \"JAN\""});
    row("@reboot is not a schedule", "@reboot", {"@reboot", "not a known macro"});
    row("unknown macro", "@fortnightly", {"@fortnightly", "@daily"});
    row("macro with extra field", "@daily 5", {"@daily 5", "not a known macro"});
}

void TestCronExpression::invalid()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, mentions);
    const auto cron = CronExpression::parse(expression);
    QVERIFY(!cron.ok());
    QCOMPARE(cron.error().code, ErrorCode::Usage);
    const QString message = cron.error().userMessage;
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(message + QStringLiteral(" lacks ") + mention));
}

void TestCronExpression::invalidMessageIsASentence()
{
    const auto cron = CronExpression::parse(QStringLiteral("61 * * * *"));
    QVERIFY(!cron.ok());
    QCOMPARE(cron.error().userMessage,
             QStringLiteral("The cron expression \"61 * * * *\" is invalid: minute 61 is out of range 0–59."));
}

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"

#include "access/RecoveryCodes.h"

#include "support/Verify.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Keyward;
using Access::RecoveryCodes;

namespace {

const QRegularExpression kShape(QStringLiteral("^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$"));

// Another way of typing the same code: capitals, no dashes, spaces, and the look-alike letters.
QString retyped(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c == u'-')
            continue;
        if (c == u'0')
            out.append(u'O');
        else if (c == u'1')
            out.append(out.size() % 2 ? u'l' : u'I');
        else
            out.append(c.toUpper());
        if (out.size() % 3 == 0)
            out.append(u' ');
    }
    return u"  " + out + u"\t";
}

} // namespace

class TestRecoveryCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesTenDistinctCodes();
    void storedFormHidesTheCodes();
    void eachCodeWorksOnce();
    void typingIsForgiving();
    void wrongCodeConsumesNothing();
    void codeOfAnotherSetIsRefused();
    void malformed_data();
    void malformed();
    void storedRoundTrip();
    void damagedStored_data();
    void damagedStored();
    void counts();
    void everySymbolIsUsed();
};

void TestRecoveryCodes::generatesTenDistinctCodes()
{
    TRY_VALUE(issued, RecoveryCodes::generate());
    QCOMPARE(issued.codes.size(), 10);
    QCOMPARE(issued.stored.remaining(), 10);
    QCOMPARE(QSet<QString>(issued.codes.cbegin(), issued.codes.cend()).size(), 10);
    for (const QString &code : std::as_const(issued.codes))
        QVERIFY2(kShape.match(code).hasMatch(), qPrintable(code));
}

void TestRecoveryCodes::storedFormHidesTheCodes()
{
    TRY_VALUE(issued, RecoveryCodes::generate(3));
    const QByteArrayList stored = issued.stored.stored();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(QSet<QByteArray>(stored.cbegin(), stored.cend()).size(), 3);
    const auto options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    for (const QByteArray &entry : stored) {
        const QList<QByteArray> parts = entry.split('$');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QByteArray("sha256"));
        QCOMPARE(QByteArray::fromBase64(parts.at(1), options).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(2), options).size(), 32);
        for (const QString &code : std::as_const(issued.codes)) {
            QVERIFY(!entry.contains(code.toLatin1()));
            QVERIFY(!entry.contains(code.toLatin1().replace('-', "")));
        }
    }
}

void TestRecoveryCodes::eachCodeWorksOnce()
{
    TRY_VALUE(issued, RecoveryCodes::generate());
    RecoveryCodes codes = issued.stored;
    // Out of order: any unused code works.
    for (int i = 9; i >= 0; --i) {
        const QString code = issued.codes.at(i);
        VERIFY_OK(codes.consume(code));
        QCOMPARE(codes.remaining(), i);
        const Status again = codes.consume(code);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(codes.remaining(), i);
    }
}

void TestRecoveryCodes::typingIsForgiving()
{
    TRY_VALUE(issued, RecoveryCodes::generate(20));
    RecoveryCodes codes = issued.stored;
    for (const QString &code : std::as_const(issued.codes)) {
        const QString typed = retyped(code);
        VERIFY_OK(codes.consume(typed));
    }
    QCOMPARE(codes.remaining(), 0);
}

void TestRecoveryCodes::wrongCodeConsumesNothing()
{
    TRY_VALUE(issued, RecoveryCodes::generate());
    RecoveryCodes codes = issued.stored;
    // Well-formed but not issued: change one symbol of a real code.
    QString wrong = issued.codes.first();
    wrong[0] = wrong.at(0) == u'a' ? u'b' : u'a';
    const Status status = codes.consume(wrong);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!status.error().userMessage.isEmpty());
    QCOMPARE(codes.remaining(), 10);
    QCOMPARE(codes.stored(), issued.stored.stored());
}

void TestRecoveryCodes::codeOfAnotherSetIsRefused()
{
    TRY_VALUE(mine, RecoveryCodes::generate());
    TRY_VALUE(theirs, RecoveryCodes::generate());
    RecoveryCodes codes = mine.stored;
    for (const QString &code : std::as_const(theirs.codes))
        QVERIFY(!codes.consume(code).ok());
    QCOMPARE(codes.remaining(), 10);
}

void TestRecoveryCodes::malformed_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("empty") << QString();
    QTest::newRow("dashes only") << QStringLiteral("----");
    QTest::newRow("short") << QStringLiteral("abcd-efgh-jkmn-pq2");
    QTest::newRow("long") << QStringLiteral("abcd-efgh-jkmn-pq234");
    QTest::newRow("letter u") << QStringLiteral("abcd-efgh-jkmn-pq2u");
    QTest::newRow("punctuation") << QStringLiteral("abcd-efgh-jkmn-pq2!");
    QTest::newRow("non-ASCII") << QStringLiteral("abcd-efgh-jkmn-pq2ä");
    QTest::newRow("fullwidth") << QStringLiteral("abcd-efgh-jkmn-pq2２");
    QTest::newRow("huge") << QString(100000, u'a');
    QTest::newRow("NUL") << QString::fromUtf16(u"abcd-efgh-jkmn-pq2\u0000", 19);
}

void TestRecoveryCodes::malformed()
{
    QFETCH(QString, typed);
    TRY_VALUE(issued, RecoveryCodes::generate(2));
    RecoveryCodes codes = issued.stored;
    const Status status = codes.consume(typed);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Usage);
    QVERIFY2(status.error().userMessage.contains(QStringLiteral("16 letters and digits")),
             qPrintable(status.error().userMessage));
    QCOMPARE(codes.remaining(), 2);
}

void TestRecoveryCodes::storedRoundTrip()
{
    TRY_VALUE(issued, RecoveryCodes::generate(4));
    RecoveryCodes codes = issued.stored;
    VERIFY_OK(codes.consume(issued.codes.at(1)));
    // What the caller writes to the database and reads back at the next sign-in.
    TRY_VALUE(reloaded, RecoveryCodes::fromStored(codes.stored()));
    QCOMPARE(reloaded.remaining(), 3);
    QVERIFY(!reloaded.consume(issued.codes.at(1)).ok());
    VERIFY_OK(reloaded.consume(issued.codes.at(3)));
    VERIFY_OK(reloaded.consume(issued.codes.at(0)));
    VERIFY_OK(reloaded.consume(issued.codes.at(2)));
    QCOMPARE(reloaded.remaining(), 0);

    TRY_VALUE(none, RecoveryCodes::fromStored({}));
    QCOMPARE(none.remaining(), 0);
    QCOMPARE(none.consume(issued.codes.at(0)).error().code, ErrorCode::PermissionDenied);
}

void TestRecoveryCodes::damagedStored_data()
{
    QTest::addColumn<QByteArray>("entry");
    const QByteArray salt = QByteArray(16, 's').toBase64(QByteArray::OmitTrailingEquals);
    const QByteArray hash = QByteArray(32, 'h').toBase64(QByteArray::OmitTrailingEquals);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other scheme") << QByteArray("md5$" + salt + '$' + hash);
    QTest::newRow("short salt") << QByteArray("sha256$" + QByteArray(8, 's').toBase64() + '$' + hash);
    QTest::newRow("short hash") << QByteArray("sha256$" + salt + '$' + QByteArray(20, 'h').toBase64());
    QTest::newRow("bad base64") << QByteArray("sha256$" + salt + "$!!" + hash);
    QTest::newRow("plain code") << QByteArray("abcd-efgh-jkmn-pq23");
}

void TestRecoveryCodes::damagedStored()
{
    QFETCH(QByteArray, entry);
    TRY_VALUE(issued, RecoveryCodes::generate(2));
    QByteArrayList stored = issued.stored.stored();
    stored.append(entry);
    const auto codes = RecoveryCodes::fromStored(stored);
    QVERIFY(!codes.ok());
    QCOMPARE(codes.error().code, ErrorCode::Integrity);
}

void TestRecoveryCodes::counts()
{
    for (const int count : {0, -1, RecoveryCodes::kMaxCount + 1}) {
        const auto issued = RecoveryCodes::generate(count);
        QVERIFY(!issued.ok());
        QCOMPARE(issued.error().code, ErrorCode::Usage);
    }
    TRY_VALUE(one, RecoveryCodes::generate(1));
    QCOMPARE(one.codes.size(), 1);
    TRY_VALUE(most, RecoveryCodes::generate(RecoveryCodes::kMaxCount));
    QCOMPARE(most.stored.remaining(), RecoveryCodes::kMaxCount);
}

void TestRecoveryCodes::everySymbolIsUsed()
{
    // 1,600 symbols drawn from 32: a symbol missing by chance has odds of about 10^-20. A missing one means the
    // codes carry fewer than 80 bits.
    TRY_VALUE(issued, RecoveryCodes::generate(100));
    QSet<QChar> seen;
    for (const QString &code : std::as_const(issued.codes))
        for (const QChar c : code)
            if (c != u'-')
                seen.insert(c);
    QCOMPARE(seen.size(), 32);
}

QTEST_GUILESS_MAIN(TestRecoveryCodes)
#include "tst_recoverycodes.moc"

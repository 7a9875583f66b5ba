#include "access/Totp.h"

#include "support/Verify.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Keyward;
using Access::Totp;
using Access::TotpAlgorithm;
using Access::TotpParams;

Q_DECLARE_METATYPE(Keyward::Access::TotpAlgorithm)

namespace {

SecureBytes bytesOf(const QByteArray &text)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(text.constData()),
                       static_cast<std::size_t>(text.size()));
}

QByteArray textOf(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

// RFC 6238 Appendix B: the seed is the ASCII digits repeated to the hash's output length.
const QByteArray kSeedSha1 = QByteArrayLiteral("12345678901234567890");
const QByteArray kSeedSha256 = QByteArrayLiteral("12345678901234567890123456789012");
const QByteArray kSeedSha512 = QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");

const TotpParams kSix {TotpAlgorithm::Sha1, 6};
// Any moment will do; this one is in the middle of step 56666666.
const qint64 kNow = 1'700'000'000 - 5;

QString codeAt(const SecureBytes &secret, qint64 unixSeconds, const TotpParams &params = kSix)
{
    auto code = Totp::code(secret, unixSeconds, params);
    return code.ok() ? code.value() : QString();
}

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data();
    void rfc6238Vectors();
    void rfc4226Vectors_data();
    void rfc4226Vectors();
    void algorithmMatters();
    void stepBoundaries();
    void skewOfOneStepEachWay();
    void codeIsNeverAcceptedTwice();
    void olderCodeAfterNewerIsRefused();
    void spacesAreIgnored();
    void malformedCodes_data();
    void malformedCodes();
    void badInputs();
    void base32Vectors_data();
    void base32Vectors();
    void base32Lenient();
    void base32Malformed_data();
    void base32Malformed();
    void base32RoundTrip();
    void generateSecret();
    void provisioningUri();
    void provisioningUriEncodes();
    void provisioningUriRefuses_data();
    void provisioningUriRefuses();
};

void TestTotp::rfc6238Vectors_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<TotpAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("code");
    struct Row
    {
        qint64 time;
        qint64 step;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    // RFC 6238 Appendix B, all rows (T in hex there: 0x1, 0x23523EC, 0x23523ED, 0x273EF07, 0x3F940AA, 0x27BC86AA).
    const Row rows[] = {
        {59, 0x1, "94287082", "46119246", "90693936"},
        {1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
        {1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
        {1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
        {2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
        {20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
    };
    for (const Row &row : rows) {
        QTest::addRow("%lld SHA1", row.time)
            << row.time << TotpAlgorithm::Sha1 << kSeedSha1 << row.step << QString::fromLatin1(row.sha1);
        QTest::addRow("%lld SHA256", row.time)
            << row.time << TotpAlgorithm::Sha256 << kSeedSha256 << row.step << QString::fromLatin1(row.sha256);
        QTest::addRow("%lld SHA512", row.time)
            << row.time << TotpAlgorithm::Sha512 << kSeedSha512 << row.step << QString::fromLatin1(row.sha512);
    }
}

void TestTotp::rfc6238Vectors()
{
    QFETCH(qint64, time);
    QFETCH(TotpAlgorithm, algorithm);
    QFETCH(QByteArray, seed);
    QFETCH(qint64, step);
    QFETCH(QString, code);
    const TotpParams params {algorithm, 8};
    QCOMPARE(Totp::stepAt(time), step);
    TRY_VALUE(computed, Totp::code(bytesOf(seed), time, params));
    QCOMPARE(computed, code);
    TRY_VALUE(matched, Totp::verify(bytesOf(seed), code, time, -1, params));
    QCOMPARE(matched, step);
    // Six digits are the last six of the eight (both are the same number modulo a power of ten).
    TRY_VALUE(six, Totp::code(bytesOf(seed), time, TotpParams {algorithm, 6}));
    QCOMPARE(six, code.right(6));
}

void TestTotp::rfc4226Vectors_data()
{
    QTest::addColumn<qint64>("counter");
    QTest::addColumn<QString>("code");
    // RFC 4226 Appendix D: HOTP of the same SHA1 seed, counters 0 to 9, six digits.
    const char *codes[]
        = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
    for (qint64 counter = 0; counter < 10; ++counter)
        QTest::addRow("counter %lld", counter) << counter << QString::fromLatin1(codes[counter]);
}

void TestTotp::rfc4226Vectors()
{
    QFETCH(qint64, counter);
    QFETCH(QString, code);
    // TOTP is HOTP of the step: the first and the last second of a step give that step's code.
    QCOMPARE(codeAt(bytesOf(kSeedSha1), counter * 30), code);
    QCOMPARE(codeAt(bytesOf(kSeedSha1), counter * 30 + 29), code);
}

void TestTotp::algorithmMatters()
{
    // The SHA256 vector's code with the SHA1 hash (same seed length as SHA256's) is refused.
    const TotpParams sha1 {TotpAlgorithm::Sha1, 8};
    const TotpParams sha256 {TotpAlgorithm::Sha256, 8};
    TRY_VALUE(accepted, Totp::verify(bytesOf(kSeedSha256), u"46119246", 59, -1, sha256));
    QCOMPARE(accepted, qint64(1));
    const auto refused = Totp::verify(bytesOf(kSeedSha256), u"46119246", 59, -1, sha1);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
}

void TestTotp::stepBoundaries()
{
    QCOMPARE(Totp::stepAt(0), qint64(0));
    QCOMPARE(Totp::stepAt(29), qint64(0));
    QCOMPARE(Totp::stepAt(30), qint64(1));
    QCOMPARE(Totp::stepAt(59), qint64(1));
    QCOMPARE(Totp::stepAt(60), qint64(2));
    const SecureBytes secret = bytesOf(kSeedSha1);
    QCOMPARE(codeAt(secret, 30), codeAt(secret, 59));
    QVERIFY(codeAt(secret, 59) != codeAt(secret, 60));
}

void TestTotp::skewOfOneStepEachWay()
{
    const SecureBytes secret = Totp::generateSecret();
    const qint64 step = Totp::stepAt(kNow);
    const struct
    {
        qint64 offset;
        bool accepted;
    } cases[] = {{-90, false}, {-60, false}, {-30, true}, {0, true}, {30, true}, {60, false}, {90, false}};
    for (const auto &c : cases) {
        const QString code = codeAt(secret, kNow + c.offset);
        QVERIFY(!code.isEmpty());
        const auto result = Totp::verify(secret, code, kNow, -1, kSix);
        QVERIFY2(result.ok() == c.accepted, qPrintable(QStringLiteral("offset %1").arg(c.offset)));
        if (c.accepted)
            QCOMPARE(result.value(), step + c.offset / 30);
        else
            QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    }
}

void TestTotp::codeIsNeverAcceptedTwice()
{
    const SecureBytes secret = Totp::generateSecret();
    const QString code = codeAt(secret, kNow);
    TRY_VALUE(step, Totp::verify(secret, code, kNow, -1, kSix));
    QCOMPARE(step, Totp::stepAt(kNow));

    // The same code again, even a second later and still inside its window: refused as a replay.
    for (const qint64 later : {qint64(0), qint64(1), qint64(30)}) {
        const auto again = Totp::verify(secret, code, kNow + later, step, kSix);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(again.error().userMessage.contains(QStringLiteral("already used")),
                 qPrintable(again.error().userMessage));
    }
    // The next step's code is accepted.
    TRY_VALUE(next, Totp::verify(secret, codeAt(secret, kNow + 30), kNow + 30, step, kSix));
    QCOMPARE(next, step + 1);
}

void TestTotp::olderCodeAfterNewerIsRefused()
{
    // The user's phone ran a step ahead and its code was accepted: the code of the current step, though within the
    // skew window, is older and must not work afterwards.
    const SecureBytes secret = Totp::generateSecret();
    TRY_VALUE(ahead, Totp::verify(secret, codeAt(secret, kNow + 30), kNow, -1, kSix));
    QCOMPARE(ahead, Totp::stepAt(kNow) + 1);
    const auto older = Totp::verify(secret, codeAt(secret, kNow), kNow, ahead, kSix);
    QVERIFY(!older.ok());
    QCOMPARE(older.error().code, ErrorCode::PermissionDenied);
}

void TestTotp::spacesAreIgnored()
{
    const SecureBytes secret = Totp::generateSecret();
    const QString code = codeAt(secret, kNow);
    const QString spaced = code.left(3) + u' ' + code.mid(3) + u'\n';
    TRY_VALUE(step, Totp::verify(secret, spaced, kNow, -1, kSix));
    QCOMPARE(step, Totp::stepAt(kNow));
}

void TestTotp::malformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QString() << 6 << QStringLiteral("No two-factor code");
    QTest::newRow("blank") << QStringLiteral("   ") << 6 << QStringLiteral("No two-factor code");
    QTest::newRow("five") << QStringLiteral("12345") << 6 << QStringLiteral("has 5 digits, not 6");
    QTest::newRow("seven") << QStringLiteral("1234567") << 6 << QStringLiteral("has 7 digits, not 6");
    QTest::newRow("six of eight") << QStringLiteral("123456") << 8 << QStringLiteral("has 6 digits, not 8");
    QTest::newRow("huge") << QString(5000, u'1') << 6 << QStringLiteral("not 6");
    QTest::newRow("letter") << QStringLiteral("12a456") << 6 << QStringLiteral("only digits");
    QTest::newRow("sign") << QStringLiteral("-12345") << 6 << QStringLiteral("only digits");
    QTest::newRow("dash") << QStringLiteral("123-456") << 6 << QStringLiteral("only digits");
    QTest::newRow("fullwidth") << QStringLiteral("１２３４５６") << 6 << QStringLiteral("only digits");
    QTest::newRow("arabic-indic") << QStringLiteral("١٢٣٤٥٦") << 6 << QStringLiteral("only digits");
    QTest::newRow("NUL") << QString::fromUtf16(u"123\u0000456", 7) << 6 << QStringLiteral("only digits");
}

void TestTotp::malformedCodes()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QFETCH(QString, says);
    const auto result = Totp::verify(bytesOf(kSeedSha1), code, kNow, -1, TotpParams {TotpAlgorithm::Sha1, digits});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Usage);
    QVERIFY2(result.error().userMessage.contains(says), qPrintable(result.error().userMessage));
}

void TestTotp::badInputs()
{
    const SecureBytes secret = bytesOf(kSeedSha1);
    const QString code = codeAt(secret, kNow);
    const auto usage = [](const auto &result) {
        return !result.ok() && result.error().code == ErrorCode::Usage;
    };
    // RFC 4226 §4: at least 128 bits of secret.
    QVERIFY(usage(Totp::code(SecureBytes(), kNow)));
    QVERIFY(usage(Totp::code(bytesOf(kSeedSha1.left(15)), kNow)));
    QVERIFY(Totp::code(bytesOf(kSeedSha1.left(16)), kNow).ok());
    QVERIFY(usage(Totp::verify(SecureBytes(), code, kNow, -1)));
    QVERIFY(usage(Totp::code(secret, kNow, TotpParams {TotpAlgorithm::Sha1, 7})));
    QVERIFY(usage(Totp::code(secret, kNow, TotpParams {TotpAlgorithm::Sha1, 0})));
    QVERIFY(usage(Totp::verify(secret, code, kNow, -1, TotpParams {TotpAlgorithm::Sha1, 10})));
    QVERIFY(usage(Totp::code(secret, -1)));
    QVERIFY(usage(Totp::verify(secret, code, -30, -1)));
}

void TestTotp::base32Vectors_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 §10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("RFC 6238 seed") << kSeedSha1 << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QTest::newRow("binary") << QByteArray("Hello!\xde\xad\xbe\xef") << QStringLiteral("JBSWY3DPEHPK3PXP");
}

void TestTotp::base32Vectors()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, encoded);
    QCOMPARE(Totp::base32Encode(bytesOf(plain)), encoded);
    TRY_VALUE(decoded, Totp::base32Decode(encoded));
    QCOMPARE(textOf(decoded), plain);
}

void TestTotp::base32Lenient()
{
    for (const QString &text : {QStringLiteral("mzxw6ytboi"), QStringLiteral("MZXW 6YTB OI"),
                                QStringLiteral("MZXW6YTBOI======"), QStringLiteral("mZxW6yTbOi")}) {
        TRY_VALUE(decoded, Totp::base32Decode(text));
        QCOMPARE(textOf(decoded), QByteArray("foobar"));
    }
}

void TestTotp::base32Malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW6YT1");
    QTest::newRow("digit 0") << QStringLiteral("MZXW6YT0");
    QTest::newRow("digit 8") << QStringLiteral("MZXW6YT8");
    QTest::newRow("one symbol") << QStringLiteral("M");
    QTest::newRow("three symbols") << QStringLiteral("MZX");
    QTest::newRow("six symbols") << QStringLiteral("MZXW6Y");
    QTest::newRow("padding inside") << QStringLiteral("MZ=XQ");
    QTest::newRow("trailing bits") << QStringLiteral("MZ");
    QTest::newRow("non-ASCII") << QStringLiteral("MZXWÄ");
    QTest::newRow("dash") << QStringLiteral("MZXW-6YTB");
}

void TestTotp::base32Malformed()
{
    QFETCH(QString, text);
    const auto decoded = Totp::base32Decode(text);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Usage);
}

void TestTotp::base32RoundTrip()
{
    for (std::size_t length = 0; length < 70; ++length) {
        const SecureBytes bytes = SecureBytes::random(length);
        QCOMPARE(bytes.size(), length);
        const QString encoded = Totp::base32Encode(bytes);
        QCOMPARE(encoded.size(), qsizetype((length * 8 + 4) / 5));
        TRY_VALUE(decoded, Totp::base32Decode(encoded));
        QVERIFY(decoded.equals(bytes));
    }
}

void TestTotp::generateSecret()
{
    const SecureBytes first = Totp::generateSecret();
    const SecureBytes second = Totp::generateSecret();
    QCOMPARE(first.size(), std::size_t(20));
    QCOMPARE(second.size(), std::size_t(20));
    QVERIFY(!first.equals(second));
    QCOMPARE(Totp::base32Encode(first).size(), 32);
}

void TestTotp::provisioningUri()
{
    TRY_VALUE(uri, Totp::provisioningUri(QStringLiteral("Keyward"), QStringLiteral("alice"), bytesOf(kSeedSha1)));
    QCOMPARE(uri,
             QStringLiteral("otpauth://totp/Keyward:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Keyward"
                            "&algorithm=SHA1&digits=6&period=30"));
    TRY_VALUE(sha512,
              Totp::provisioningUri(QStringLiteral("Keyward"), QStringLiteral("alice"), bytesOf(kSeedSha1),
                                    TotpParams {TotpAlgorithm::Sha512, 8}));
    QVERIFY2(sha512.endsWith(QStringLiteral("&algorithm=SHA512&digits=8&period=30")), qPrintable(sha512));
}

void TestTotp::provisioningUriEncodes()
{
    const QString issuer = QStringLiteral("ACME Co & Söhne/Ops");
    const QString account = QStringLiteral("alice@example.com?x=1#frag:2");
    const SecureBytes secret = Totp::generateSecret();
    TRY_VALUE(uri, Totp::provisioningUri(issuer, account, secret));
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/ACME%20Co%20%26%20S%C3%B6hne%2FOps:alice%40example.com%3Fx%"
                                           "3D1%23frag%3A2?secret=")),
             qPrintable(uri));
    QVERIFY(!uri.contains(u' '));

    // What an authenticator app's URL parser reads back.
    const QUrl url(uri, QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(QUrl::FullyDecoded), QString(u'/' + issuer + u':' + account));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), issuer);
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), Totp::base32Encode(secret));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    TRY_VALUE(decoded, Totp::base32Decode(query.queryItemValue(QStringLiteral("secret"))));
    QVERIFY(decoded.equals(secret));
}

void TestTotp::provisioningUriRefuses_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("colon in issuer") << QStringLiteral("Key:ward") << QStringLiteral("alice") << kSeedSha1;
    QTest::newRow("empty issuer") << QString() << QStringLiteral("alice") << kSeedSha1;
    QTest::newRow("blank account") << QStringLiteral("Keyward") << QStringLiteral("  ") << kSeedSha1;
    QTest::newRow("short secret") << QStringLiteral("Keyward") << QStringLiteral("alice") << QByteArray("short");
}

void TestTotp::provisioningUriRefuses()
{
    QFETCH(QString, issuer);
    QFETCH(QString, account);
    QFETCH(QByteArray, secret);
    const auto uri = Totp::provisioningUri(issuer, account, bytesOf(secret));
    QVERIFY(!uri.ok());
    QCOMPARE(uri.error().code, ErrorCode::Usage);
    QVERIFY(!uri.error().userMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"

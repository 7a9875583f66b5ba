#include "access/PasswordHasher.h"

#include "support/Verify.h"

#include <QTest>

using namespace Keyward;
using Access::Argon2Params;
using Access::PasswordHasher;

namespace {

SecureBytes bytesOf(const QByteArray &text)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(text.constData()),
                       static_cast<std::size_t>(text.size()));
}

// Cheap enough to hash many times in a test; the defaults get one test of their own.
const Argon2Params kCheap {256, 1, 1};
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreRfc9106SecondOption();
    void roundTrip();
    void format();
    void saltsDiffer();
    void wrongPasswordsAreRefused_data();
    void wrongPasswordsAreRefused();
    void referenceVectors_data();
    void referenceVectors();
    void changedHashIsRefused_data();
    void changedHashIsRefused();
    void badPasswords_data();
    void badPasswords();
    void longestPasswordIsAccepted();
    void damagedHashes_data();
    void damagedHashes();
    void badParameters_data();
    void badParameters();
    void needsRehash_data();
    void needsRehash();
    void defaultParametersHashAndVerify();
};

void TestPasswordHasher::defaultsAreRfc9106SecondOption()
{
    const Argon2Params params;
    QCOMPARE(params.memoryKiB, 65536u);
    QCOMPARE(params.iterations, 3u);
    QCOMPARE(params.parallelism, 1u);
}

void TestPasswordHasher::roundTrip()
{
    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(kPassword), kCheap));
    TRY_VALUE(match, PasswordHasher::verify(bytesOf(kPassword), encoded));
    QVERIFY(match);
}

void TestPasswordHasher::format()
{
    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(kPassword), Argon2Params {512, 2, 2}));
    QVERIFY2(encoded.startsWith("$argon2id$v=19$m=512,t=2,p=2$"), encoded.constData());
    const QList<QByteArray> parts = encoded.split('$');
    QCOMPARE(parts.size(), 6);
    const auto options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;
    QCOMPARE(QByteArray::fromBase64(parts.at(4), options).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(5), options).size(), 32);
    // Unpadded base64, as the PHC format has it.
    QVERIFY(!parts.at(4).contains('=') && !parts.at(5).contains('='));
    QVERIFY(!encoded.contains('\0'));
    QVERIFY(!encoded.contains(kPassword));
    TRY_VALUE(params, PasswordHasher::paramsOf(encoded));
    QVERIFY(params == (Argon2Params {512, 2, 2}));
}

void TestPasswordHasher::saltsDiffer()
{
    TRY_VALUE(first, PasswordHasher::hash(bytesOf(kPassword), kCheap));
    TRY_VALUE(second, PasswordHasher::hash(bytesOf(kPassword), kCheap));
    QVERIFY(first != second);
    QVERIFY(first.split('$').at(4) != second.split('$').at(4));
    TRY_VALUE(secondMatches, PasswordHasher::verify(bytesOf(kPassword), second));
    QVERIFY(secondMatches);
}

void TestPasswordHasher::wrongPasswordsAreRefused_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QByteArray>("typed");
    QTest::newRow("other") << kPassword << QByteArray("hunter2");
    QTest::newRow("last byte") << kPassword << QByteArray("correct horse battery staplf");
    QTest::newRow("prefix") << kPassword << kPassword.left(kPassword.size() - 1);
    QTest::newRow("longer") << kPassword << kPassword + ' ';
    QTest::newRow("case") << kPassword << kPassword.toUpper();
    // The length counts, not a C string: bytes after a NUL matter.
    QTest::newRow("after NUL") << QByteArray("abc\0def", 7) << QByteArray("abc\0deg", 7);
    QTest::newRow("up to NUL") << QByteArray("abc\0def", 7) << QByteArray("abc");
}

void TestPasswordHasher::wrongPasswordsAreRefused()
{
    QFETCH(QByteArray, stored);
    QFETCH(QByteArray, typed);
    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(stored), kCheap));
    TRY_VALUE(right, PasswordHasher::verify(bytesOf(stored), encoded));
    QVERIFY(right);
    TRY_VALUE(wrong, PasswordHasher::verify(bytesOf(typed), encoded));
    QVERIFY(!wrong);
}

void TestPasswordHasher::referenceVectors_data()
{
    // The reference implementation's argon2id vectors (phc-winner-argon2 src/test.c and the PHC-string checks
    // derived from it): hashes made elsewhere must verify here.
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("match");
    const QByteArray m256 = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
    const QByteArray m256p2 = "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc";
    const QByteArray m64k = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    const QByteArray other = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$C4TWUs9rDEvq7w3+J4umqA32aWKB1+DSiRuBfYxFj94";
    QTest::newRow("m=256 p=1") << QByteArray("password") << m256 << true;
    QTest::newRow("m=256 p=2") << QByteArray("password") << m256p2 << true;
    QTest::newRow("m=65536") << QByteArray("password") << m64k << true;
    QTest::newRow("differentpassword") << QByteArray("differentpassword") << other << true;
    QTest::newRow("m=256 wrong") << QByteArray("passwore") << m256 << false;
    QTest::newRow("m=65536 wrong") << QByteArray("differentpassword") << m64k << false;
}

void TestPasswordHasher::referenceVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, encoded);
    QFETCH(bool, match);
    TRY_VALUE(result, PasswordHasher::verify(bytesOf(password), encoded));
    QCOMPARE(result, match);
}

void TestPasswordHasher::changedHashIsRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("hash byte") << QByteArray("nf65") << QByteArray("nf66");
    QTest::newRow("salt") << QByteArray("c29tZXNhbHQ") << QByteArray("c29tZXNhbGQ");
    QTest::newRow("passes") << QByteArray("t=2") << QByteArray("t=1");
    QTest::newRow("memory") << QByteArray("m=256") << QByteArray("m=512");
    QTest::newRow("lanes") << QByteArray("p=1") << QByteArray("p=2");
}

void TestPasswordHasher::changedHashIsRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray encoded = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
    QVERIFY(encoded.contains(from));
    encoded.replace(from, to);
    TRY_VALUE(match, PasswordHasher::verify(bytesOf("password"), encoded));
    QVERIFY(!match);
}

void TestPasswordHasher::badPasswords_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("1025 bytes") << QByteArray(1025, 'x') << QStringLiteral("1024 bytes");
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, 'x') << QStringLiteral("1024 bytes");
}

void TestPasswordHasher::badPasswords()
{
    QFETCH(QByteArray, password);
    QFETCH(QString, says);
    const auto hashed = PasswordHasher::hash(bytesOf(password), kCheap);
    QVERIFY(!hashed.ok());
    QCOMPARE(hashed.error().code, ErrorCode::Usage);
    QVERIFY2(hashed.error().userMessage.contains(says), qPrintable(hashed.error().userMessage));

    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(kPassword), kCheap));
    const auto verified = PasswordHasher::verify(bytesOf(password), encoded);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::Usage);
    QVERIFY2(verified.error().userMessage.contains(says), qPrintable(verified.error().userMessage));
}

void TestPasswordHasher::longestPasswordIsAccepted()
{
    const QByteArray longest(1024, 'y');
    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(longest), kCheap));
    TRY_VALUE(match, PasswordHasher::verify(bytesOf(longest), encoded));
    QVERIFY(match);
    TRY_VALUE(shorter, PasswordHasher::verify(bytesOf(longest.left(1023)), encoded));
    QVERIFY(!shorter);
}

void TestPasswordHasher::damagedHashes_data()
{
    QTest::addColumn<QByteArray>("encoded");
    const QByteArray tail = "$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("not a hash");
    QTest::newRow("argon2i") << QByteArray("$argon2i$v=19$m=256,t=2,p=1" + tail);
    QTest::newRow("argon2d") << QByteArray("$argon2d$v=19$m=256,t=2,p=1" + tail);
    QTest::newRow("version 1.0") << QByteArray("$argon2id$v=16$m=256,t=2,p=1" + tail);
    QTest::newRow("no version") << QByteArray("$argon2id$m=256,t=2,p=1" + tail);
    QTest::newRow("costs reordered") << QByteArray("$argon2id$v=19$t=2,m=256,p=1" + tail);
    QTest::newRow("leading zero") << QByteArray("$argon2id$v=19$m=0256,t=2,p=1" + tail);
    QTest::newRow("negative") << QByteArray("$argon2id$v=19$m=-256,t=2,p=1" + tail);
    QTest::newRow("not a number") << QByteArray("$argon2id$v=19$m=lots,t=2,p=1" + tail);
    QTest::newRow("no hash") << QByteArray("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$");
    QTest::newRow("bad base64") << QByteArray(
        "$argon2id$v=19$m=256,t=2,p=1$c29tZX*hbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
    QTest::newRow("padded") << QByteArray("$argon2id$v=19$m=256,t=2,p=1" + tail + '=');
    QTest::newRow("extra field") << QByteArray("$argon2id$v=19$m=256,t=2,p=1" + tail + "$x");
    QTest::newRow("NUL inside") << QByteArray("$argon2id$v=19$m=256,t=2,p=1" + tail + QByteArray("\0x", 2));
    // Parameters that would make one sign-in attempt allocate 16 GiB or run 4 billion passes.
    QTest::newRow("16 GiB") << QByteArray("$argon2id$v=19$m=16777216,t=2,p=1" + tail);
    QTest::newRow("4e9 passes") << QByteArray("$argon2id$v=19$m=256,t=4000000000,p=1" + tail);
    QTest::newRow("no passes") << QByteArray("$argon2id$v=19$m=256,t=0,p=1" + tail);
}

void TestPasswordHasher::damagedHashes()
{
    QFETCH(QByteArray, encoded);
    const auto verified = PasswordHasher::verify(bytesOf("password"), encoded);
    QVERIFY(!verified.ok());
    QCOMPARE(verified.error().code, ErrorCode::Integrity);
    QVERIFY(!verified.error().userMessage.isEmpty());
    // Something we cannot read is replaced as soon as the password is known again.
    QVERIFY(PasswordHasher::needsRehash(encoded, kCheap));
}

void TestPasswordHasher::badParameters_data()
{
    QTest::addColumn<quint32>("memory");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    QTest::newRow("no passes") << 256u << 0u << 1u;
    QTest::newRow("no lanes") << 256u << 1u << 0u;
    QTest::newRow("less than 8 KiB a lane") << 31u << 1u << 4u;
    QTest::newRow("over 4 GiB") << PasswordHasher::kMaxMemoryKiB + 1 << 1u << 1u;
    QTest::newRow("too many passes") << 256u << PasswordHasher::kMaxIterations + 1 << 1u;
}

void TestPasswordHasher::badParameters()
{
    QFETCH(quint32, memory);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    const auto hashed = PasswordHasher::hash(bytesOf(kPassword), Argon2Params {memory, passes, lanes});
    QVERIFY(!hashed.ok());
    QCOMPARE(hashed.error().code, ErrorCode::Usage);
    QVERIFY(!hashed.error().userMessage.isEmpty());
}

void TestPasswordHasher::needsRehash_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<quint32>("memory");
    QTest::addColumn<quint32>("passes");
    QTest::addColumn<quint32>("lanes");
    QTest::addColumn<bool>("rehash");
    // 16-byte salt, 32-byte hash (made up: needsRehash reads the parameters and lengths, not the hash).
    const QByteArray salt16 = QByteArray(16, 's').toBase64(QByteArray::OmitTrailingEquals);
    const QByteArray hash32 = QByteArray(32, 'h').toBase64(QByteArray::OmitTrailingEquals);
    const auto phc = [&](const char *costs, const QByteArray &salt, const QByteArray &hash) -> QByteArray {
        return QByteArray("$argon2id$v=19$") + costs + '$' + salt + '$' + hash;
    };
    const QByteArray current = phc("m=65536,t=3,p=1", salt16, hash32);
    QTest::newRow("same") << current << 65536u << 3u << 1u << false;
    QTest::newRow("memory raised") << current << 131072u << 3u << 1u << true;
    QTest::newRow("passes raised") << current << 65536u << 4u << 1u << true;
    QTest::newRow("both lowered") << current << 19456u << 2u << 1u << false;
    QTest::newRow("stronger stored") << phc("m=131072,t=4,p=1", salt16, hash32) << 65536u << 3u << 1u << false;
    QTest::newRow("lanes only") << current << 65536u << 3u << 4u << false;
    QTest::newRow("short salt") << phc("m=65536,t=3,p=1", QByteArray("c29tZXNhbHQ"), hash32) << 65536u << 3u << 1u
                                << true;
    QTest::newRow("short hash") << phc("m=65536,t=3,p=1", salt16,
                                       QByteArray(16, 'h').toBase64(QByteArray::OmitTrailingEquals))
                                << 65536u << 3u << 1u << true;
    QTest::newRow("garbage") << QByteArray("x") << 65536u << 3u << 1u << true;
}

void TestPasswordHasher::needsRehash()
{
    QFETCH(QByteArray, encoded);
    QFETCH(quint32, memory);
    QFETCH(quint32, passes);
    QFETCH(quint32, lanes);
    QFETCH(bool, rehash);
    QCOMPARE(PasswordHasher::needsRehash(encoded, Argon2Params {memory, passes, lanes}), rehash);
}

void TestPasswordHasher::defaultParametersHashAndVerify()
{
    TRY_VALUE(encoded, PasswordHasher::hash(bytesOf(kPassword)));
    QVERIFY2(encoded.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"), encoded.constData());
    QVERIFY(!PasswordHasher::needsRehash(encoded));
    QVERIFY(PasswordHasher::needsRehash(encoded, Argon2Params {65536, 4, 1}));
    TRY_VALUE(match, PasswordHasher::verify(bytesOf(kPassword), encoded));
    QVERIFY(match);
    // A hash made with cheap parameters is replaced once the defaults apply.
    TRY_VALUE(cheap, PasswordHasher::hash(bytesOf(kPassword), kCheap));
    QVERIFY(PasswordHasher::needsRehash(cheap));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"

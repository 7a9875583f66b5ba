#include "connections/Sealer.h"

#include <QTest>

using namespace Keyward;
namespace Sealer = Connections::Sealer;

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

const QByteArray kPlain = QByteArrayLiteral("1//0gRefreshTokenValue-Äh_42");
const QByteArray kAad = QByteArrayLiteral("connection:42:refresh");
const QString kKeyId = QStringLiteral("20240101-0a1b2c3d");

} // namespace

class TestSealer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void format();
    void everyFlippedBitIsRefused();
    void truncatedOrExtendedIsRefused();
    void wrongAssociatedData_data();
    void wrongAssociatedData();
    void wrongKey();
    void keyIdOfGarbage_data();
    void keyIdOfGarbage();
    void sealsDiffer();
    void sealedBytesHideThePlaintext();
    void badInputsSealNothing();
};

void TestSealer::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("token") << kPlain;
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\0\1\2\xff\xfe", 5);
    QTest::newRow("large") << QByteArray(64 * 1024, 'q');
}

void TestSealer::roundTrip()
{
    QFETCH(QByteArray, plain);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(plain), kAad);
    QVERIFY(!sealed.isEmpty());
    QCOMPARE(Sealer::keyIdOf(sealed), kKeyId);
    auto opened = Sealer::open(key, sealed, kAad);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().userMessage));
    QCOMPARE(textOf(opened.value()), plain);
}

void TestSealer::format()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    // "K1", key id length, key id, 12-byte nonce, ciphertext (as long as the plaintext), 16-byte tag.
    QCOMPARE(sealed.left(2), QByteArray("K1"));
    QCOMPARE(static_cast<int>(static_cast<unsigned char>(sealed.at(2))), kKeyId.size());
    QCOMPARE(sealed.mid(3, kKeyId.size()), kKeyId.toLatin1());
    QCOMPARE(sealed.size(), 3 + kKeyId.size() + 12 + kPlain.size() + 16);
}

void TestSealer::everyFlippedBitIsRefused()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    QVERIFY(!sealed.isEmpty());
    int refused = 0;
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray changed = sealed;
            changed[i] = static_cast<char>(changed.at(i) ^ (1 << bit));
            auto opened = Sealer::open(key, changed, kAad);
            QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 bit %2 flipped, still opens").arg(i).arg(bit)));
            QVERIFY2(opened.error().code == ErrorCode::Integrity,
                     qPrintable(QStringLiteral("byte %1 bit %2: not an integrity error").arg(i).arg(bit)));
            QVERIFY(!opened.error().userMessage.isEmpty());
            ++refused;
        }
    }
    QCOMPARE(refused, sealed.size() * 8);
}

void TestSealer::truncatedOrExtendedIsRefused()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    for (qsizetype length = 0; length < sealed.size(); ++length) {
        auto opened = Sealer::open(key, sealed.left(length), kAad);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("truncated to %1 bytes, still opens").arg(length)));
        QCOMPARE(opened.error().code, ErrorCode::Integrity);
    }
    auto extended = Sealer::open(key, sealed + QByteArray(1, '\0'), kAad);
    QVERIFY(!extended.ok());
    QCOMPARE(extended.error().code, ErrorCode::Integrity);
}

void TestSealer::wrongAssociatedData_data()
{
    QTest::addColumn<QByteArray>("sealedFor");
    QTest::addColumn<QByteArray>("openedAs");
    QTest::newRow("another connection") << QByteArray("connection:42:refresh") << QByteArray("connection:43:refresh");
    QTest::newRow("prefix id") << QByteArray("connection:4:refresh") << QByteArray("connection:42:refresh");
    QTest::newRow("refresh to access") << QByteArray("connection:42:refresh") << QByteArray("connection:42:access");
    QTest::newRow("access to refresh") << QByteArray("connection:42:access") << QByteArray("connection:42:refresh");
    QTest::newRow("no binding") << QByteArray("connection:42:access") << QByteArray();
    QTest::newRow("binding added") << QByteArray() << QByteArray("connection:42:access");
}

void TestSealer::wrongAssociatedData()
{
    QFETCH(QByteArray, sealedFor);
    QFETCH(QByteArray, openedAs);
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(kPlain), sealedFor);
    QVERIFY(Sealer::open(key, sealed, sealedFor).ok());
    auto opened = Sealer::open(key, sealed, openedAs);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Integrity);
}

void TestSealer::wrongKey()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    auto other = Sealer::open(SecureBytes::random(32), sealed, kAad);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Integrity);
    // A key of the wrong size (an AES-128 key, a damaged keychain entry) is refused the same way.
    auto shortKey = Sealer::open(SecureBytes::random(16), sealed, kAad);
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.error().code, ErrorCode::Integrity);
    auto noKey = Sealer::open(SecureBytes(), sealed, kAad);
    QVERIFY(!noKey.ok());
    QCOMPARE(noKey.error().code, ErrorCode::Integrity);
}

void TestSealer::keyIdOfGarbage_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic only") << QByteArray("K1");
    QTest::newRow("no key id") << (QByteArray("K1") + QByteArray(1, '\0') + QByteArray(40, 'n'));
    QTest::newRow("wrong magic") << (QByteArray("K2") + QByteArray(1, '\x03') + "abc" + QByteArray(40, 'n'));
    QTest::newRow("plain token") << QByteArray("ya29.a0AfH6SMBx-plain-token-value");
    QTest::newRow("too short for nonce and tag")
        << (QByteArray("K1") + QByteArray(1, '\x03') + "abc" + QByteArray(27, 'n'));
    QTest::newRow("length past the end") << (QByteArray("K1") + QByteArray(1, '\xff') + QByteArray(60, 'n'));
}

void TestSealer::keyIdOfGarbage()
{
    QFETCH(QByteArray, value);
    QVERIFY(Sealer::keyIdOf(value).isEmpty());
    auto opened = Sealer::open(SecureBytes::random(32), value, kAad);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::Integrity);
}

void TestSealer::sealsDiffer()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray a = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    const QByteArray b = Sealer::seal(key, kKeyId, bytesOf(kPlain), kAad);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    QVERIFY(a != b);
    const qsizetype nonceAt = 3 + kKeyId.size();
    QVERIFY(a.mid(nonceAt, 12) != b.mid(nonceAt, 12)); // a fresh random nonce each time
    QVERIFY(a.mid(nonceAt + 12) != b.mid(nonceAt + 12));
    QCOMPARE(textOf(Sealer::open(key, a, kAad).value()), kPlain);
    QCOMPARE(textOf(Sealer::open(key, b, kAad).value()), kPlain);
}

void TestSealer::sealedBytesHideThePlaintext()
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray plain = QByteArrayLiteral("gho_SECRETSECRETSECRETSECRET0123456789");
    const QByteArray sealed = Sealer::seal(key, kKeyId, bytesOf(plain), kAad);
    QVERIFY(!sealed.contains(plain));
    QVERIFY(!sealed.contains(plain.left(8)));
    QVERIFY(!sealed.contains(QByteArrayLiteral("SECRET")));
    QVERIFY(!sealed.toHex().contains(plain.toHex()));
    QVERIFY(!sealed.toBase64().contains(plain.toBase64()));
    QVERIFY(!sealed.contains(kAad)); // the binding is not stored either
}

void TestSealer::badInputsSealNothing()
{
    const SecureBytes key = SecureBytes::random(32);
    QVERIFY(Sealer::seal(SecureBytes::random(16), kKeyId, bytesOf(kPlain), kAad).isEmpty());
    QVERIFY(Sealer::seal(key, QString(), bytesOf(kPlain), kAad).isEmpty());
    QVERIFY(Sealer::seal(key, QString(256, u'k'), bytesOf(kPlain), kAad).isEmpty());
    const QByteArray longest = Sealer::seal(key, QString(255, u'k'), bytesOf(kPlain), kAad);
    QVERIFY(!longest.isEmpty());
    QCOMPARE(Sealer::keyIdOf(longest), QString(255, u'k'));
    QVERIFY(Sealer::open(key, longest, kAad).ok());
}

QTEST_GUILESS_MAIN(TestSealer)
#include "tst_sealer.moc"

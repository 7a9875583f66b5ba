#include "access/QrCode.h"

#include "support/Verify.h"

#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace Keyward;
using Access::QrCode;

namespace {

// A small QR decoder for symbols at error correction level M (ISO/IEC 18004; the layout follows Project Nayuki's
// reference generator). It reads what a phone would read, so the test catches a transposed, mirrored or
// mis-copied matrix, not only one of the right size.

// Level M, versions 1 to 40 (ISO/IEC 18004 Table 9): error correction codewords per block, and blocks.
constexpr int kEccPerBlock[41] = {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                                  26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28};
constexpr int kBlocks[41] = {-1, 1,  1,  1,  2,  2,  4,  4,  4,  5,  5,  5,  8,  9,  9,  10, 10, 11, 13, 14, 16,
                             17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49};

std::vector<int> alignmentPositions(int version)
{
    if (version == 1)
        return {};
    const int count = version / 7 + 2;
    const int step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    std::vector<int> out(static_cast<std::size_t>(count));
    out[0] = 6;
    for (int i = count - 1, position = version * 4 + 10; i >= 1; --i, position -= step)
        out[static_cast<std::size_t>(i)] = position;
    return out;
}

int rawDataModules(int version)
{
    int result = (16 * version + 128) * version + 64;
    if (version >= 2) {
        const int align = version / 7 + 2;
        result -= (25 * align - 10) * align - 55;
        if (version >= 7)
            result -= 36;
    }
    return result;
}

bool isFunctionModule(int x, int y, int version)
{
    const int size = 17 + 4 * version;
    // Finder patterns with their separators and the format information next to them.
    if ((x <= 8 && y <= 8) || (x >= size - 8 && y <= 8) || (x <= 8 && y >= size - 8))
        return true;
    if (x == 6 || y == 6)
        return true;
    const std::vector<int> positions = alignmentPositions(version);
    const int last = positions.empty() ? 0 : static_cast<int>(positions.size()) - 1;
    for (int i = 0; i <= last && !positions.empty(); ++i) {
        for (int j = 0; j <= last; ++j) {
            if ((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0))
                continue;
            if (std::abs(x - positions[std::size_t(i)]) <= 2 && std::abs(y - positions[std::size_t(j)]) <= 2)
                return true;
        }
    }
    if (version >= 7 && ((x >= size - 11 && x <= size - 9 && y <= 5) || (y >= size - 11 && y <= size - 9 && x <= 5)))
        return true;
    return false;
}

bool masked(int mask, int x, int y)
{
    switch (mask) {
    case 0:
        return (x + y) % 2 == 0;
    case 1:
        return y % 2 == 0;
    case 2:
        return x % 3 == 0;
    case 3:
        return (x + y) % 3 == 0;
    case 4:
        return (x / 3 + y / 2) % 2 == 0;
    case 5:
        return x * y % 2 + x * y % 3 == 0;
    case 6:
        return (x * y % 2 + x * y % 3) % 2 == 0;
    default:
        return ((x + y) % 2 + x * y % 3) % 2 == 0;
    }
}

// The 15 format bits of both copies, bit i at (x, y).
int readFormat(const QrCode &code, bool second)
{
    const int size = code.size();
    int bits = 0;
    for (int i = 0; i < 15; ++i) {
        int x = 0;
        int y = 0;
        if (!second) {
            if (i <= 5)
                x = 8, y = i;
            else if (i == 6)
                x = 8, y = 7;
            else if (i == 7)
                x = 8, y = 8;
            else if (i == 8)
                x = 7, y = 8;
            else
                x = 14 - i, y = 8;
        } else if (i < 8) {
            x = size - 1 - i, y = 8;
        } else {
            x = 8, y = size - 15 + i;
        }
        bits |= int(code.isDark(x, y)) << i;
    }
    return bits;
}

// BCH(15,5) with the format mask (ISO/IEC 18004 §7.9).
int formatBits(int level, int mask)
{
    const int data = level << 3 | mask;
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    return (data << 10 | (rem & 0x3ff)) ^ 0x5412;
}

// BCH(18,6) (ISO/IEC 18004 §7.10); copy 0 is bottom left, copy 1 top right.
int readVersion(const QrCode &code, int copy)
{
    const int size = code.size();
    int bits = 0;
    for (int i = 0; i < 18; ++i) {
        const int a = size - 11 + i % 3;
        const int b = i / 3;
        bits |= int(copy == 0 ? code.isDark(b, a) : code.isDark(a, b)) << i;
    }
    return bits;
}

int versionBits(int version)
{
    int rem = version;
    for (int i = 0; i < 12; ++i)
        rem = (rem << 1) ^ ((rem >> 11) * 0x1f25);
    return version << 12 | (rem & 0xfff);
}

quint8 gfMultiply(quint8 a, quint8 b)
{
    int z = 0;
    for (int i = 7; i >= 0; --i) {
        z = (z << 1) ^ ((z >> 7) * 0x11d);
        z ^= ((b >> i) & 1) * a;
    }
    return static_cast<quint8>(z);
}

// Reed-Solomon: a codeword evaluates to zero at every root of the generator (α^0 … α^(n-1)).
bool syndromesAreZero(const std::vector<quint8> &block, int eccLength)
{
    quint8 root = 1;
    for (int i = 0; i < eccLength; ++i) {
        quint8 value = 0;
        for (const quint8 byte : block)
            value = static_cast<quint8>(gfMultiply(value, root) ^ byte);
        if (value != 0)
            return false;
        root = gfMultiply(root, 2);
    }
    return true;
}

class BitReader
{
public:
    explicit BitReader(const std::vector<quint8> &bytes)
        : m_bytes(bytes)
    { }
    int remaining() const { return int(m_bytes.size()) * 8 - m_position; }
    int read(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i, ++m_position)
            value = value << 1 | ((m_bytes[std::size_t(m_position >> 3)] >> (7 - (m_position & 7))) & 1);
        return value;
    }

private:
    const std::vector<quint8> &m_bytes;
    int m_position = 0;
};

struct Decoded
{
    QByteArray text;
    int mask = -1;
};

// Returns nothing, with a reason in `why`, when the symbol is not a valid level-M QR code.
std::optional<Decoded> decode(const QrCode &code, QString *why)
{
    const int version = code.version();
    const int size = code.size();
    if (version < 1 || version > 40 || size != 17 + 4 * version) {
        *why = QStringLiteral("size %1 does not fit version %2").arg(size).arg(version);
        return std::nullopt;
    }
    const int format = readFormat(code, false);
    if (readFormat(code, true) != format) {
        *why = QStringLiteral("the two copies of the format information differ");
        return std::nullopt;
    }
    int mask = -1;
    for (int m = 0; m < 8; ++m)
        if (formatBits(0 /* level M */, m) == format)
            mask = m;
    if (mask < 0) {
        *why = QStringLiteral("format information %1 is not level M with a valid mask").arg(format, 0, 2);
        return std::nullopt;
    }

    // Data modules in the zig-zag order, two columns at a time from the right, skipping the vertical timing column.
    const int rawCodewords = rawDataModules(version) / 8;
    std::vector<quint8> raw(std::size_t(rawCodewords), 0);
    int bit = 0;
    for (int right = size - 1; right >= 1; right -= 2) {
        if (right == 6)
            right = 5;
        for (int vert = 0; vert < size; ++vert) {
            for (int j = 0; j < 2; ++j) {
                const int x = right - j;
                const bool upward = ((right + 1) & 2) == 0;
                const int y = upward ? size - 1 - vert : vert;
                if (isFunctionModule(x, y, version) || bit >= rawCodewords * 8)
                    continue;
                if (code.isDark(x, y) != masked(mask, x, y))
                    raw[std::size_t(bit >> 3)] |= quint8(1 << (7 - (bit & 7)));
                ++bit;
            }
        }
    }
    if (bit != rawCodewords * 8) {
        *why = QStringLiteral("found %1 data bits, expected %2").arg(bit).arg(rawCodewords * 8);
        return std::nullopt;
    }

    // De-interleave: short blocks first; the long ones have one more data codeword.
    const int blocks = kBlocks[version];
    const int eccLength = kEccPerBlock[version];
    const int shortBlocks = blocks - rawCodewords % blocks;
    const int shortLength = rawCodewords / blocks;
    std::vector<std::vector<quint8>> block(static_cast<std::size_t>(blocks));
    int k = 0;
    for (int i = 0; i <= shortLength; ++i) {
        for (int b = 0; b < blocks; ++b) {
            // A short block has no codeword where a long block has its last data codeword.
            if (i == shortLength - eccLength && b < shortBlocks)
                continue;
            block[std::size_t(b)].push_back(raw[std::size_t(k++)]);
        }
    }
    std::vector<quint8> data;
    for (int b = 0; b < blocks; ++b) {
        const auto &codewords = block[std::size_t(b)];
        if (!syndromesAreZero(codewords, eccLength)) {
            *why = QStringLiteral("block %1 fails its Reed-Solomon check").arg(b);
            return std::nullopt;
        }
        data.insert(data.end(), codewords.begin(), codewords.end() - eccLength);
    }

    // Segments: numeric, alphanumeric and byte (ISO/IEC 18004 §7.4).
    const int band = version <= 9 ? 0 : version <= 26 ? 1 : 2;
    const int numericBits[] = {10, 12, 14};
    const int alnumBits[] = {9, 11, 13};
    const int byteBits[] = {8, 16, 16};
    static const char alnum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    BitReader reader(data);
    Decoded out;
    out.mask = mask;
    while (reader.remaining() >= 4) {
        const int mode = reader.read(4);
        if (mode == 0)
            break;
        if (mode == 1) {
            int count = reader.read(numericBits[band]);
            for (; count >= 3; count -= 3)
                out.text += QByteArray::number(reader.read(10)).rightJustified(3, '0');
            if (count == 2)
                out.text += QByteArray::number(reader.read(7)).rightJustified(2, '0');
            else if (count == 1)
                out.text += QByteArray::number(reader.read(4));
        } else if (mode == 2) {
            int count = reader.read(alnumBits[band]);
            for (; count >= 2; count -= 2) {
                const int pair = reader.read(11);
                out.text += alnum[pair / 45];
                out.text += alnum[pair % 45];
            }
            if (count == 1)
                out.text += alnum[reader.read(6)];
        } else if (mode == 4) {
            const int count = reader.read(byteBits[band]);
            if (reader.remaining() < count * 8) {
                *why = QStringLiteral("byte segment runs past the data");
                return std::nullopt;
            }
            for (int i = 0; i < count; ++i)
                out.text += char(reader.read(8));
        } else {
            *why = QStringLiteral("unexpected segment mode %1").arg(mode);
            return std::nullopt;
        }
    }
    return out;
}

// Dark ring, light ring, dark 3×3 centre, with a light separator round the outside (inside the symbol).
bool hasFinderAt(const QrCode &code, int left, int top)
{
    for (int dy = -1; dy <= 7; ++dy) {
        for (int dx = -1; dx <= 7; ++dx) {
            const int x = left + dx;
            const int y = top + dy;
            if (x < 0 || y < 0 || x >= code.size() || y >= code.size())
                continue;
            const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
            const bool dark = ring != 2 && ring != 4;
            if (code.isDark(x, y) != dark)
                return false;
        }
    }
    return true;
}

const QString kUri = QStringLiteral("otpauth://totp/Keyward:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                    "&issuer=Keyward&algorithm=SHA1&digits=6&period=30");

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesBack_data();
    void decodesBack();
    void structure_data();
    void structure();
    void versionGrowsWithText();
    void rowsMatchModules();
    void refused_data();
    void refused();
};

void TestQrCode::decodesBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("enrollment URI") << kUri;
    QTest::newRow("short") << QStringLiteral("Keyward");
    QTest::newRow("digits") << QStringLiteral("0123456789012345678");
    QTest::newRow("upper") << QStringLiteral("HELLO WORLD 2FA");
    QTest::newRow("UTF-8") << QStringLiteral("Grüße, 東京 ✓");
    QTest::newRow("version 7+") << QString(kUri + QStringLiteral("&image=") + QString(60, u'x'));
    QTest::newRow("version 10+") << QString(300, u'k');
    QTest::newRow("version 27+") << QString(1200, u'q');
    QTest::newRow("largest level M") << QString(2331, u'z');
}

void TestQrCode::decodesBack()
{
    QFETCH(QString, text);
    TRY_VALUE(code, QrCode::encode(text));
    QString why;
    const auto decoded = decode(code, &why);
    QVERIFY2(decoded, qPrintable(why));
    QCOMPARE(decoded->text, text.toUtf8());
}

void TestQrCode::structure_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("version 1") << QStringLiteral("A");
    QTest::newRow("enrollment URI") << kUri;
    QTest::newRow("version 7+") << QString(150, u'v');
    QTest::newRow("version 40") << QString(2300, u'v');
}

void TestQrCode::structure()
{
    QFETCH(QString, text);
    TRY_VALUE(code, QrCode::encode(text));
    const int size = code.size();
    QVERIFY(code.version() >= 1 && code.version() <= 40);
    QCOMPARE(size, 17 + 4 * code.version());

    QVERIFY(hasFinderAt(code, 0, 0));
    QVERIFY(hasFinderAt(code, size - 7, 0));
    QVERIFY(hasFinderAt(code, 0, size - 7));
    // Only three corners: the fourth has no finder (it is how a reader tells the orientation).
    QVERIFY(!hasFinderAt(code, size - 7, size - 7));

    // Timing patterns alternate between the finders, starting and ending dark.
    for (int i = 8; i <= size - 9; ++i) {
        QCOMPARE(code.isDark(i, 6), i % 2 == 0);
        QCOMPARE(code.isDark(6, i), i % 2 == 0);
    }
    QVERIFY(code.isDark(8, size - 8)); // the dark module

    const int format = readFormat(code, false);
    QCOMPARE(readFormat(code, true), format);
    bool levelM = false;
    for (int mask = 0; mask < 8; ++mask)
        levelM = levelM || formatBits(0, mask) == format;
    QVERIFY2(levelM, qPrintable(QString::number(format, 2)));
    // The same format bits do not read as any other level: L = 1, H = 2, Q = 3.
    for (int level = 1; level < 4; ++level)
        for (int mask = 0; mask < 8; ++mask)
            QVERIFY(formatBits(level, mask) != format);

    if (code.version() >= 7) {
        QCOMPARE(readVersion(code, 0), versionBits(code.version()));
        QCOMPARE(readVersion(code, 1), versionBits(code.version()));
    }
}

void TestQrCode::versionGrowsWithText()
{
    TRY_VALUE(tiny, QrCode::encode(QStringLiteral("A")));
    QCOMPARE(tiny.version(), 1);
    QCOMPARE(tiny.size(), 21);
    // Level M holds 14 bytes in version 1 and 26 in version 2 (ISO/IEC 18004 Table 7).
    TRY_VALUE(fourteen, QrCode::encode(QString(14, u'a')));
    QCOMPARE(fourteen.version(), 1);
    TRY_VALUE(fifteen, QrCode::encode(QString(15, u'a')));
    QCOMPARE(fifteen.version(), 2);
    // The enrollment link (131 bytes) fits version 8 (49 × 49 modules), which a phone scans easily.
    TRY_VALUE(uri, QrCode::encode(kUri));
    QCOMPARE(uri.version(), 8);
}

void TestQrCode::rowsMatchModules()
{
    TRY_VALUE(code, QrCode::encode(kUri));
    const QList<QBitArray> rows = code.rows();
    QCOMPARE(rows.size(), code.size());
    int dark = 0;
    for (int y = 0; y < code.size(); ++y) {
        QCOMPARE(rows.at(y).size(), code.size());
        for (int x = 0; x < code.size(); ++x) {
            QCOMPARE(rows.at(y).testBit(x), code.isDark(x, y));
            dark += code.isDark(x, y);
        }
    }
    // Masking keeps the balance near half (a matrix of all light or all dark would fail here).
    const double share = double(dark) / (code.size() * code.size());
    QVERIFY2(share > 0.3 && share < 0.7, qPrintable(QString::number(share)));
    QVERIFY(!code.isDark(-1, 0));
    QVERIFY(!code.isDark(0, code.size()));
    QVERIFY(!code.isDark(code.size(), 0));
}

void TestQrCode::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("NUL") << QString::fromUtf16(u"a\u0000b", 3);
    QTest::newRow("too long") << QString(2332, u'z');
    QTest::newRow("far too long") << QString(100000, u'z');
}

void TestQrCode::refused()
{
    QFETCH(QString, text);
    const auto code = QrCode::encode(text);
    QVERIFY(!code.ok());
    QCOMPARE(code.error().code, ErrorCode::Usage);
    QVERIFY(!code.error().userMessage.isEmpty());
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"

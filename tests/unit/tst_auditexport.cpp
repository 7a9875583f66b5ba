#include "audit/AuditExport.h"
#include "support/TestProfile.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;
using Secrets::SecretKind;

// An audit export verifies on its own, and every kind of tampering is reported with the line where it shows.
class TestAuditExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportVerifies();
    void verifyWithoutKey();
    void tamperedExportIsNamed_data();
    void tamperedExportIsNamed();
};

namespace {

struct Exported
{
    QByteArray text;
    SecureBytes checkpointKey;
    qint64 headSeq = 0;
    qint64 events = 0;
};

// A profile with a dozen events and a checkpoint in the middle, exported (the export adds its own event and a
// checkpoint at the head).
Exported makeExport()
{
    Exported result;
    Test::TestProfile profile;
    auto engine = profile.create();
    for (int i = 0; i < 5; ++i)
        static_cast<void>(engine->record({QStringLiteral("test.event"),
                                          QStringLiteral("item:%1").arg(i),
                                          Audit::Outcome::Success,
                                          {{QStringLiteral("i"), i}}}));
    static_cast<void>(engine->audit().checkpoint());
    for (int i = 5; i < 10; ++i)
        static_cast<void>(engine->record(
            {QStringLiteral("test.event"),
             QStringLiteral("item:%1").arg(i),
             Audit::Outcome::Failure,
             {{QStringLiteral("i"), i}, {QStringLiteral("why"), QStringLiteral("a \"quoted\" reason")}}}));
    QBuffer buffer(&result.text);
    buffer.open(QIODevice::WriteOnly);
    auto summary = engine->exportAudit(buffer, QStringLiteral("memory"));
    if (!summary.ok())
        qFatal("export failed: %s", qPrintable(summary.error().userMessage));
    result.headSeq = summary->headSeq;
    result.events = summary->events;
    result.checkpointKey = profile.memoryStore().read(SecretKind::CheckpointKey).value();
    return result;
}

Result<Audit::VerifyReport> verify(QByteArray text, const SecureBytes *key)
{
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    return Audit::AuditExport::verify(buffer, key);
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joinLines(const QList<QByteArray> &lines)
{
    return lines.join('\n') + '\n';
}

QJsonObject object(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

QString typeOf(const QByteArray &line)
{
    return object(line).value(QLatin1String("type")).toString();
}

// Index (0-based) of the line holding event `seq`, or -1.
int eventIndex(const QList<QByteArray> &lines, qint64 seq)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = object(lines.at(i));
        if (o.value(QLatin1String("type")).toString() == QLatin1String("event")
            && o.value(QLatin1String("seq")).toInteger() == seq)
            return i;
    }
    return -1;
}

int indexOfType(const QList<QByteArray> &lines, const QString &type, bool last = false)
{
    int found = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (typeOf(lines.at(i)) == type) {
            found = i;
            if (!last)
                break;
        }
    }
    return found;
}

QByteArray withField(const QByteArray &line, const QString &key, const QJsonValue &value)
{
    QJsonObject o = object(line);
    o.insert(key, value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

void TestAuditExport::exportVerifies()
{
    const Exported exported = makeExport();
    const QList<QByteArray> lines = splitLines(exported.text);
    QCOMPARE(typeOf(lines.first()), QStringLiteral("keyward-audit-export"));
    QCOMPARE(typeOf(lines.last()), QStringLiteral("end"));
    QCOMPARE(eventIndex(lines, exported.headSeq), indexOfType(lines, QStringLiteral("event"), true));
    QCOMPARE(object(lines.at(eventIndex(lines, exported.headSeq))).value(QLatin1String("action")).toString(),
             QStringLiteral("audit.export")); // the file ends with its own event
    QVERIFY(exported.text.count("\"type\":\"checkpoint\"") >= 2);

    auto report = verify(exported.text, &exported.checkpointKey);
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    QVERIFY(report->checkpointsAuthenticated);
    QCOMPARE(report->eventsChecked, exported.events);
    QCOMPARE(report->headSeq, exported.headSeq);
    QCOMPARE(report->checkpointsChecked, qint64(exported.text.count("\"type\":\"checkpoint\"")));
    QCOMPARE(report->brokenLine, 0);
}

void TestAuditExport::verifyWithoutKey()
{
    const Exported exported = makeExport();
    auto report = verify(exported.text, nullptr);
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    QVERIFY(!report->checkpointsAuthenticated);
    QCOMPARE(report->eventsChecked, exported.events);
    // With the wrong key the checkpoints do not authenticate.
    const SecureBytes otherKey = SecureBytes::random(32);
    auto wrong = verify(exported.text, &otherKey);
    QVERIFY(wrong.ok());
    QVERIFY(!wrong->intact);
}

void TestAuditExport::tamperedExportIsNamed_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<bool>("expectIntact");
    // Control: re-serializing an event line without changing it must not break anything, so the rows below fail
    // because of their change and not because of how the test rewrites lines.
    QTest::newRow("re-serialized, unchanged") << QStringLiteral("reserialize") << true;
    QTest::newRow("changed target") << QStringLiteral("target") << false;
    QTest::newRow("changed outcome") << QStringLiteral("outcome") << false;
    QTest::newRow("changed actor") << QStringLiteral("actor") << false;
    QTest::newRow("changed details") << QStringLiteral("details") << false;
    QTest::newRow("changed time") << QStringLiteral("time") << false;
    QTest::newRow("deleted event line") << QStringLiteral("delete") << false;
    QTest::newRow("swapped event lines") << QStringLiteral("swap") << false;
    QTest::newRow("deleted closing line") << QStringLiteral("delete-end") << false;
    QTest::newRow("deleted last event") << QStringLiteral("delete-last") << false;
    QTest::newRow("altered checkpoint mac") << QStringLiteral("mac") << false;
    QTest::newRow("text after the closing line") << QStringLiteral("append") << false;
}

void TestAuditExport::tamperedExportIsNamed()
{
    QFETCH(QString, tamper);
    QFETCH(bool, expectIntact);
    const Exported exported = makeExport();
    QList<QByteArray> lines = splitLines(exported.text);
    const qint64 victim = 4; // an event in the middle, not followed by a checkpoint
    const int at = eventIndex(lines, victim);
    QVERIFY(at > 0);
    QCOMPARE(typeOf(lines.at(at + 1)), QStringLiteral("event"));

    int expectedIndex = -1; // 0-based index in the tampered file of the line the report must name
    if (tamper == QLatin1String("reserialize")) {
        lines[at] = QJsonDocument(object(lines.at(at))).toJson(QJsonDocument::Compact);
    } else if (tamper == QLatin1String("target")) {
        lines[at] = withField(lines.at(at), QStringLiteral("target"), QStringLiteral("profile:forged"));
        expectedIndex = at;
    } else if (tamper == QLatin1String("outcome")) {
        lines[at] = withField(lines.at(at), QStringLiteral("outcome"), QStringLiteral("failure"));
        expectedIndex = at;
    } else if (tamper == QLatin1String("actor")) {
        lines[at] = withField(lines.at(at), QStringLiteral("actor"),
                              QJsonObject {{QStringLiteral("user"), QStringLiteral("mallory")},
                                           {QStringLiteral("host"), QStringLiteral("testhost")}});
        expectedIndex = at;
    } else if (tamper == QLatin1String("details")) {
        lines[at] = withField(lines.at(at), QStringLiteral("details"), QJsonObject {{QStringLiteral("i"), 99}});
        expectedIndex = at;
    } else if (tamper == QLatin1String("time")) {
        lines[at] = withField(lines.at(at), QStringLiteral("time"), QStringLiteral("2001-01-01T00:00:00.000Z"));
        expectedIndex = at;
    } else if (tamper == QLatin1String("delete")) {
        lines.removeAt(at);
        expectedIndex = eventIndex(lines, victim + 1); // the gap shows at the next event
    } else if (tamper == QLatin1String("swap")) {
        lines.swapItemsAt(at, at + 1);
        expectedIndex = at; // event victim+1 now comes first
    } else if (tamper == QLatin1String("delete-end")) {
        QCOMPARE(typeOf(lines.last()), QStringLiteral("end"));
        lines.removeLast();
        expectedIndex = lines.size(); // where the closing line should be: one past the last line
    } else if (tamper == QLatin1String("delete-last")) {
        lines.removeAt(eventIndex(lines, exported.headSeq));
        // The chain up to the new last event is fine; the head's checkpoint and the closing line expose the cut.
        expectedIndex = indexOfType(lines, QStringLiteral("end"));
    } else if (tamper == QLatin1String("mac")) {
        const int checkpoint = indexOfType(lines, QStringLiteral("checkpoint"));
        QVERIFY(checkpoint > 0);
        QByteArray mac
            = QByteArray::fromHex(object(lines.at(checkpoint)).value(QLatin1String("mac")).toString().toLatin1());
        QCOMPARE(mac.size(), 32);
        mac[0] = static_cast<char>(mac[0] ^ 1);
        lines[checkpoint] = withField(lines.at(checkpoint), QStringLiteral("mac"), QString::fromLatin1(mac.toHex()));
        expectedIndex = checkpoint;
    } else if (tamper == QLatin1String("append")) {
        lines.append(lines.at(at));
        expectedIndex = lines.size() - 1;
    } else {
        QFAIL("unknown tamper");
    }
    const QByteArray tampered = joinLines(lines);
    QVERIFY(expectIntact || tampered != exported.text);

    auto report = verify(tampered, &exported.checkpointKey);
    QVERIFY(report.ok());
    if (expectIntact) {
        QVERIFY2(report->intact, qPrintable(report->problem));
        return;
    }
    QVERIFY2(!report->intact, "the tampered export verified as intact");
    const qint64 expectedLine = expectedIndex + 1;
    QVERIFY2(report->brokenLine == expectedLine,
             qPrintable(QStringLiteral("brokenLine %1, expected %2: %3")
                            .arg(report->brokenLine)
                            .arg(expectedLine)
                            .arg(report->problem)));
    QVERIFY2(report->problem.startsWith(QStringLiteral("Line %1:").arg(expectedLine)), qPrintable(report->problem));
}

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"

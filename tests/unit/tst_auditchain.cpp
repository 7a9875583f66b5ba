#include "audit/AuditVerifier.h"
#include "audit/Canonical.h"
#include "storage/Database.h"
#include "support/TestProfile.h"

#include <QTest>

#include <sqlcipher/sqlite3.h>

using namespace Keyward;

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalForm_data();
    void canonicalForm();
    void appendsChainAndVerify();
    void checkpointEveryThousand();
    void rollbackLeavesNoEvent();
    void tamperedEventIsNamed();
    void rewrittenChainCaughtByCheckpoint();
    void deletedTailCaughtByCheckpoint();
};

void TestAuditChain::canonicalForm_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("profile:prod")
                           << QByteArray(R"({"action":"a.b","actor":{"host":"h","user":"u"},"details":{"k":1},)"
                                         R"("outcome":"success","seq":7,"target":"profile:prod","time":"T"})");
    QTest::newRow("escapes") << QStringLiteral("q\"b\\n\nt\x01")
                             << QByteArray(R"({"action":"a.b","actor":{"host":"h","user":"u"},"details":{"k":1},)"
                                           R"("outcome":"success","seq":7,"target":"q\"b\\n\nt\u0001","time":"T"})");
    QTest::newRow("utf8") << QStringLiteral("Zürich ✓")
                          << QByteArray(R"({"action":"a.b","actor":{"host":"h","user":"u"},"details":{"k":1},)"
                                        R"("outcome":"success","seq":7,"target":")")
            + QStringLiteral("Zürich ✓").toUtf8() + QByteArray(R"(","time":"T"})");
}

void TestAuditChain::canonicalForm()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, expected);
    Audit::AuditEvent event;
    event.seq = 7;
    event.time = QStringLiteral("T");
    event.actorUser = QStringLiteral("u");
    event.actorHost = QStringLiteral("h");
    event.action = QStringLiteral("a.b");
    event.target = target;
    event.outcome = QStringLiteral("success");
    event.details = Audit::canonicalDetails({{QStringLiteral("k"), 1}});
    QCOMPARE(Audit::canonicalEvent(event), expected);
}

void TestAuditChain::appendsChainAndVerify()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    for (int i = 0; i < 10; ++i)
        QVERIFY(engine
                    ->record({QStringLiteral("test.event"),
                              QStringLiteral("t%1").arg(i),
                              Audit::Outcome::Success,
                              {{QStringLiteral("i"), i}}})
                    .ok());
    auto events = engine->audit().latest(11);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 11);
    // Each hash is SHA-256(previous hash ‖ canonical bytes).
    QByteArray previous(32, '\0');
    for (const Audit::AuditEvent &event : events.value()) {
        QCOMPARE(event.hash, Audit::chainHash(previous, Audit::canonicalEvent(event)));
        previous = event.hash;
    }
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->eventsChecked, 11);
    QCOMPARE(report->headSeq, 11);
}

void TestAuditChain::checkpointEveryThousand()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(engine->database()
                .transaction([&]() -> Status {
                    for (int i = 0; i < 2100; ++i)
                        KW_TRY(engine->audit().append({QStringLiteral("bulk"), {}, Audit::Outcome::Success, {}}));
                    return {};
                })
                .ok());
    auto checkpoints = engine->audit().checkpoints();
    QVERIFY(checkpoints.ok());
    QList<qint64> seqs;
    for (const auto &c : checkpoints.value())
        seqs << c.seq;
    QCOMPARE(seqs, (QList<qint64> {1000, 2000}));
    // Closing writes one for the head (2101), so events after the last thousand are vouched for too.
    QVERIFY(engine->close().ok());
    auto reopened = profile.open();
    QCOMPARE(reopened->audit().lastCheckpoint()->seq, 2101);
}

void TestAuditChain::rollbackLeavesNoEvent()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    const Status status = engine->database().transaction([&]() -> Status {
        KW_TRY(engine->audit().append({QStringLiteral("doomed"), {}, Audit::Outcome::Success, {}}));
        return Error {ErrorCode::Failure, QStringLiteral("the change failed")};
    });
    QVERIFY(!status.ok());
    QCOMPARE(engine->audit().count().value(), 1);
    // The next append continues the chain from the committed head, not from the rolled-back event.
    QVERIFY(engine->record({QStringLiteral("after"), {}, Audit::Outcome::Success, {}}).ok());
    QCOMPARE(engine->audit().head()->seq, 2);
    QVERIFY(engine->verifyAudit()->intact);
}

static void execRaw(Engine::Engine &engine, const char *sql)
{
    char *message = nullptr;
    QCOMPARE(sqlite3_exec(engine.database().handle(), sql, nullptr, nullptr, &message), SQLITE_OK);
    sqlite3_free(message);
}

void TestAuditChain::tamperedEventIsNamed()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    for (int i = 0; i < 5; ++i)
        QVERIFY(engine->record({QStringLiteral("e"), QString::number(i), Audit::Outcome::Success, {}}).ok());
    // Someone with the database key drops the guard and edits event 3.
    execRaw(*engine, "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET target = 'x' WHERE seq = 3");
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY(!report->intact);
    QCOMPARE(report->brokenSeq, 3);
    QVERIFY(report->problem.contains(QStringLiteral("Event 3")));
}

void TestAuditChain::rewrittenChainCaughtByCheckpoint()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(engine->audit().checkpoint().ok()); // signed head at 1
    for (int i = 0; i < 3; ++i)
        QVERIFY(engine->record({QStringLiteral("e"), QString::number(i), Audit::Outcome::Success, {}}).ok());
    // Rewrite event 1 and recompute every hash after it, as an attacker holding only the database key could.
    execRaw(*engine, "DROP TRIGGER audit_events_no_update");
    auto events = engine->audit().latest(100).value();
    QByteArray previous(32, '\0');
    for (Audit::AuditEvent &event : events) {
        if (event.seq == 1)
            event.target = QStringLiteral("profile:forged");
        event.hash = Audit::chainHash(previous, Audit::canonicalEvent(event));
        previous = event.hash;
        auto update = engine->database().prepare("UPDATE audit_events SET target = ?1, hash = ?2 WHERE seq = ?3");
        QVERIFY(update.ok());
        update->bind(1, event.target).bindBlob(2, event.hash).bind(3, event.seq);
        QVERIFY(update->run().ok());
    }
    auto report = engine->verifyAudit();
    QVERIFY(!report->intact);
    QCOMPARE(report->brokenSeq, 1);
    QVERIFY2(report->problem.contains(QStringLiteral("checkpoint")), qPrintable(report->problem));
}

void TestAuditChain::deletedTailCaughtByCheckpoint()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    for (int i = 0; i < 4; ++i)
        QVERIFY(engine->record({QStringLiteral("e"), QString::number(i), Audit::Outcome::Success, {}}).ok());
    QVERIFY(engine->audit().checkpoint().ok()); // signed head at 5
    execRaw(*engine, "DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq >= 4");
    auto report = engine->verifyAudit();
    QVERIFY(!report->intact);
    QCOMPARE(report->brokenSeq, 4);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"

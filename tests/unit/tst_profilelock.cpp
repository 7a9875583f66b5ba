#include "support/TestProfile.h"

#include <QCoreApplication>
#include <QTest>

using namespace Keyward;

// One owner per profile; shared users work alongside it and their audit events join the same chain.
class TestProfileLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondOwnerIsRefused();
    void ownerLockIsReleasedOnClose();
    void restoreNeedsOwnerLock();
    void sharedAlongsideOwnerChains();
};

namespace {

Result<std::unique_ptr<Engine::Engine>> openEngine(Test::TestProfile &profile, Engine::ProfileAccess access,
                                                   const QString &user = QStringLiteral("tester"))
{
    Engine::OpenOptions options;
    options.location = profile.location();
    options.secrets = profile.memoryFactory();
    options.access = access;
    options.actor = {user, QStringLiteral("testhost")};
    return Engine::Engine::open(options);
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().userMessage;
}

} // namespace

void TestProfileLock::secondOwnerIsRefused()
{
    Test::TestProfile profile;
    auto owner = profile.create(); // holds the owner lock
    const QByteArray before = Test::fileHash(profile.location().databasePath());
    auto second = openEngine(profile, Engine::ProfileAccess::Owner);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::ProfileBusy);
    QCOMPARE(exitCodeFor(second.error().code), ExitCode::ProfileBusy);
    const QString sentence = second.error().userMessage;
    // It names the holder: process id, program and host, and says what to do.
    QVERIFY2(sentence.contains(QStringLiteral("pid %1").arg(QCoreApplication::applicationPid())), qPrintable(sentence));
    QVERIFY2(sentence.contains(QCoreApplication::applicationName()), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("\"test\"")), qPrintable(sentence)); // the profile's name
    QVERIFY2(sentence.contains(QStringLiteral("close it there")), qPrintable(sentence));
    QCOMPARE(Test::fileHash(profile.location().databasePath()), before);
    // The owner is unaffected.
    QVERIFY(owner->record({QStringLiteral("test.after"), {}, Audit::Outcome::Success, {}}).ok());
    QVERIFY(owner->verifyAudit()->intact);
}

void TestProfileLock::ownerLockIsReleasedOnClose()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    QVERIFY(!openEngine(profile, Engine::ProfileAccess::Owner).ok());
    QVERIFY(owner->close().ok());
    auto second = openEngine(profile, Engine::ProfileAccess::Owner);
    QVERIFY2(second.ok(), qPrintable(why(second)));
    QVERIFY(!openEngine(profile, Engine::ProfileAccess::Owner).ok());
}

void TestProfileLock::restoreNeedsOwnerLock()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    QVERIFY(owner->createBackup(path).ok());
    Engine::OpenOptions options;
    options.location = profile.location();
    options.secrets = profile.memoryFactory();
    auto restored = Engine::Engine::restoreBackup(options, path, true);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, ErrorCode::ProfileBusy);
    QVERIFY(owner->verifyAudit()->intact);
}

void TestProfileLock::sharedAlongsideOwnerChains()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    auto shared = openEngine(profile, Engine::ProfileAccess::Shared, QStringLiteral("second"));
    QVERIFY2(shared.ok(), qPrintable(why(shared)));
    QVERIFY(!shared.value()->status()->owner);

    // Interleave appends from both connections; each must continue the chain from the other's last event.
    QStringList expected {QStringLiteral("profile.create")};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(owner->record({QStringLiteral("owner.event"), QString::number(i), Audit::Outcome::Success, {}}).ok());
        expected << QStringLiteral("owner.event");
        QVERIFY(shared.value()
                    ->record({QStringLiteral("shared.event"), QString::number(i), Audit::Outcome::Success, {}})
                    .ok());
        expected << QStringLiteral("shared.event");
    }
    QVERIFY(shared.value()->createBackup(profile.path(QStringLiteral("b.kwbackup"))).ok()); // audited, shared
    expected << QStringLiteral("backup.create");
    QVERIFY(owner->record({QStringLiteral("owner.event"), QStringLiteral("last"), Audit::Outcome::Success, {}}).ok());
    expected << QStringLiteral("owner.event");

    for (Engine::Engine *engine : {owner.get(), shared.value().get()}) {
        auto report = engine->verifyAudit();
        QVERIFY(report.ok());
        QVERIFY2(report->intact, qPrintable(report->problem));
        QCOMPARE(report->eventsChecked, qint64(expected.size()));
    }
    auto events = owner->audit().latest(100);
    QVERIFY(events.ok());
    QStringList actions;
    for (const Audit::AuditEvent &event : events.value()) {
        actions << event.action;
        QCOMPARE(event.actorUser,
                 event.action.startsWith(QLatin1String("owner")) || event.seq == 1 ? QStringLiteral("tester")
                                                                                   : QStringLiteral("second"));
    }
    QCOMPARE(actions, expected);

    // Both close (each writes its closing checkpoint); the profile reopens and still verifies.
    QVERIFY(shared.value()->close().ok());
    QVERIFY(owner->close().ok());
    auto reopened = profile.open();
    auto report = reopened->verifyAudit();
    QVERIFY2(report->intact, qPrintable(report->problem));
    QCOMPARE(report->lastCheckpointSeq, qint64(expected.size()));
}

QTEST_GUILESS_MAIN(TestProfileLock)
#include "tst_profilelock.moc"

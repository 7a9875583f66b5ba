#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace Keyward;
using Secrets::SecretKind;
using Test::CliRun;

// `keyward-cli db rekey` killed (SIGKILL, via the KEYWARD_TEST_CRASH_AT hook in Engine.cpp) at every step of the
// rotation: the profile still opens and verifies, the next rotation completes, and the audit log tells the truth
// about the interrupted one.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rekeyCrash_data();
    void rekeyCrash();
};

namespace {

QProcessEnvironment environment(const QByteArray &crashAt = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("KEYWARD_TEST_CRASH_AT"));
    if (!crashAt.isEmpty())
        env.insert(QStringLiteral("KEYWARD_TEST_CRASH_AT"), QString::fromLatin1(crashAt));
    return env;
}

CliRun cli(const QString &dir, const QStringList &arguments, const QByteArray &crashAt = {})
{
    return Test::runCli(QStringList {QStringLiteral("--profile-dir"), dir} + arguments, environment(crashAt));
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The db.rekey events, oldest first.
QList<QJsonObject> rekeyEvents(const QString &dir)
{
    const CliRun tail = cli(dir,
                            {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json"),
                             QStringLiteral("-n"), QStringLiteral("100")});
    QList<QJsonObject> events;
    for (const QJsonValue &value : jsonOf(tail).value(QLatin1String("events")).toArray()) {
        if (value.toObject().value(QLatin1String("action")).toString() == QLatin1String("db.rekey"))
            events << value.toObject();
    }
    return events;
}

} // namespace

void TestCrashSafety::initTestCase()
{
    QVERIFY2(QFileInfo(Test::cliPath()).isExecutable(), "set KEYWARD_CLI to the built keyward-cli (ctest does)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the integration tests through scripts/with-keyring.sh");
}

void TestCrashSafety::rekeyCrash_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<QString>("recoveryOutcome");
    QTest::addColumn<QString>("recoveryFlag");
    // Before PRAGMA rekey: the pending key was never used; the rotation is recorded as abandoned.
    QTest::newRow("after next key") << QByteArray("rekey:after-next-key") << QStringLiteral("failure")
                                    << QStringLiteral("abandoned_after_interruption");
    // File re-encrypted, keychain not yet updated: open() promotes the pending key.
    QTest::newRow("after rekey") << QByteArray("rekey:after-rekey") << QStringLiteral("success")
                                 << QStringLiteral("completed_after_interruption");
    // New key current, pending entry left over: the rotation had completed.
    QTest::newRow("after current key") << QByteArray("rekey:after-current-key") << QStringLiteral("success")
                                       << QStringLiteral("completed_after_interruption");
}

void TestCrashSafety::rekeyCrash()
{
    QFETCH(QByteArray, point);
    QFETCH(QString, recoveryOutcome);
    QFETCH(QString, recoveryFlag);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("backup"), QStringLiteral("create"), tmp.filePath(QStringLiteral("b"))}), 0);
    const CliRun before = cli(dir, {QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(before, 0);
    const QString profileId = jsonOf(before).value(QLatin1String("id")).toString();
    QVERIFY(!profileId.isEmpty());
    Secrets::KeychainSecretStore keychain(profileId);
    const QString oldFingerprint = keychain.read(SecretKind::DatabaseKey)->fingerprint();

    const CliRun crashed = cli(dir, {QStringLiteral("db"), QStringLiteral("rekey")}, point);
    QVERIFY2(crashed.crashed && crashed.signal == SIGKILL, crashed.describe().constData());

    // Right after the crash, read-only use works (Shared access: no recovery has run yet).
    VERIFY_EXIT(cli(dir, {QStringLiteral("status")}), 0);
    const CliRun verify = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    VERIFY_EXIT(verify, 0);
    QVERIFY(verify.out.contains("verified"));

    // The next rotation first finishes or cleans up the interrupted one, then rotates.
    const CliRun again = cli(dir, {QStringLiteral("db"), QStringLiteral("rekey")});
    VERIFY_EXIT(again, 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("status")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);

    QCOMPARE(keychain.read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);
    auto current = keychain.read(SecretKind::DatabaseKey);
    QVERIFY(current.ok());
    QVERIFY(current->fingerprint() != oldFingerprint);
    QVERIFY(Storage::Database::open(dir + QStringLiteral("/keyward.db"), current.value(), Test::cipherOf(dir),
                                    Storage::Database::OpenMode::ReadOnly)
                .ok());

    const QList<QJsonObject> events = rekeyEvents(dir);
    QCOMPARE(events.size(), 2); // the recovery, then the completed second rotation
    const QJsonObject recovery = events.at(0);
    QCOMPARE(recovery.value(QLatin1String("outcome")).toString(), recoveryOutcome);
    QCOMPARE(recovery.value(QLatin1String("details")).toObject().value(recoveryFlag).toBool(), true);
    const QJsonObject rotation = events.at(1).value(QLatin1String("details")).toObject();
    QCOMPARE(events.at(1).value(QLatin1String("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(rotation.value(QLatin1String("new_key_fingerprint")).toString(), current->fingerprint());
    if (recoveryOutcome == QLatin1String("success")) {
        // The second rotation started from the key the first one had put in place.
        QCOMPARE(
            rotation.value(QLatin1String("old_key_fingerprint")).toString(),
            recovery.value(QLatin1String("details")).toObject().value(QLatin1String("new_key_fingerprint")).toString());
    } else {
        QCOMPARE(rotation.value(QLatin1String("old_key_fingerprint")).toString(), oldFingerprint);
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

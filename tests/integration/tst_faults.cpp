#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Keyward;
using Secrets::SecretKind;
using Test::CliRun;

// keyward-cli when the world misbehaves: a full disk (a file size limit), a read-only profile directory, and a
// second process holding the profile. Each time: a sentence saying what happened, a non-zero exit code, and a
// profile that still opens and verifies.
class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void diskFull_data();
    void diskFull();
    void readOnlyDirectory_data();
    void readOnlyDirectory();
    void profileHeldByAnotherProcess_data();
    void profileHeldByAnotherProcess();
};

namespace {

constexpr rlim_t kFileSizeLimit = 128 * 1024;

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("KEYWARD_PROFILE_DIR"));
    env.remove(QStringLiteral("KEYWARD_TEST_CRASH_AT"));
    env.remove(QStringLiteral("QT_LOGGING_RULES")); // the CLI then prints its one sentence and no log lines
    return env;
}

CliRun cli(const QString &dir, const QStringList &arguments, const QProcessEnvironment &env = baseEnvironment(),
           const std::function<void()> &childModifier = {})
{
    return Test::runCli(QStringList {QStringLiteral("--profile-dir"), dir} + arguments, env, {}, 60000, childModifier);
}

// In the child between fork and exec: writes past the limit fail with EFBIG instead of killing the process.
void limitFileSize()
{
    struct rlimit limit
    {
        kFileSizeLimit, kFileSizeLimit
    };
    setrlimit(RLIMIT_FSIZE, &limit);
    signal(SIGXFSZ, SIG_IGN);
}

Engine::OpenOptions keychainOptions(const QString &dir)
{
    Engine::OpenOptions options;
    options.location = {QFileInfo(dir).fileName(), dir};
    options.secrets = Engine::secretStoreFactory(Engine::KeySource::Keychain);
    return options;
}

// Everything in the profile directory, with a hash of each file: "nothing changed" means this is equal.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        files.insert(info.fileName(), Test::fileHash(info.filePath()));
    return files;
}

QString profileIdOf(const QString &dir)
{
    auto manifest = Storage::ProfileManifest::load(dir + QStringLiteral("/profile.json"));
    return manifest.ok() ? manifest->id : QString();
}

QByteArray randomHexKey()
{
    const SecureBytes key = SecureBytes::random(32);
    return QByteArray(reinterpret_cast<const char *>(key.data()), 32).toHex();
}

bool programWorks(const QString &program, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return false;
    const CliRun run = Test::runProgram(program, arguments);
    return run.exitCode == 0;
}

} // namespace

void TestFaults::initTestCase()
{
    QVERIFY2(QFileInfo(Test::cliPath()).isExecutable(), "set KEYWARD_CLI to the built keyward-cli (ctest does)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the integration tests through scripts/with-keyring.sh");
}

void TestFaults::diskFull_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output"); // a file the command writes, which must not be left behind
    QTest::newRow("backup create") << QStringList {QStringLiteral("backup"), QStringLiteral("create"),
                                                   QStringLiteral("OUT")}
                                   << QStringLiteral("b.kwbackup");
    QTest::newRow("audit export") << QStringList {QStringLiteral("audit"), QStringLiteral("export"),
                                                  QStringLiteral("--out"), QStringLiteral("OUT")}
                                  << QStringLiteral("audit.jsonl");
    // Rewrites every page of the database: fails half-way through, must leave the old key working.
    QTest::newRow("db rekey") << QStringList {QStringLiteral("db"), QStringLiteral("rekey")} << QString();
}

void TestFaults::diskFull()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    qint64 headBefore = 0;
    {
        // Grow the profile well past the limit, in this process (no limit here).
        auto engine = Engine::Engine::open(keychainOptions(dir));
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
        const QString padding(200, u'x');
        QVERIFY(engine.value()
                    ->database()
                    .transaction([&]() -> Status {
                        for (int i = 0; i < 1500; ++i)
                            KW_TRY(engine.value()->audit().append({QStringLiteral("test.fill"),
                                                                   QString::number(i),
                                                                   Audit::Outcome::Success,
                                                                   {{QStringLiteral("padding"), padding}}}));
                        return {};
                    })
                    .ok());
        headBefore = engine.value()->audit().head()->seq;
        QVERIFY(engine.value()->close().ok());
    }
    QVERIFY(QFileInfo(dir + QStringLiteral("/keyward.db")).size() > qint64(3 * kFileSizeLimit));
    Secrets::KeychainSecretStore keychain(profileIdOf(dir));
    const SecureBytes keyBefore = keychain.read(SecretKind::DatabaseKey).value();

    const QString target = output.isEmpty() ? QString() : out + u'/' + output;
    arguments.replaceInStrings(QStringLiteral("OUT"), target);
    const CliRun run = cli(dir, arguments, baseEnvironment(), limitFileSize);
    QVERIFY2(run.finished && !run.crashed, run.describe().constData());
    QVERIFY2(run.exitCode == ExitCode::DiskFull, run.describe().constData());
    QVERIFY2(run.err.contains("disk is full"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1); // one sentence, no log noise
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Without the limit the profile opens, verifies, and lost nothing; a failed rotation left the old key.
    VERIFY_EXIT(cli(dir, {QStringLiteral("status")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    auto engine = Engine::Engine::open(keychainOptions(dir));
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    QVERIFY(engine.value()->verifyAudit()->intact);
    QVERIFY(engine.value()->audit().head()->seq >= headBefore);
    QVERIFY(keychain.read(SecretKind::DatabaseKey)->equals(keyBefore));
    QCOMPARE(keychain.read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);
    // And the command works once there is room.
    if (!target.isEmpty())
        arguments.replaceInStrings(target, target + QStringLiteral(".2"));
    engine.value().reset();
    VERIFY_EXIT(cli(dir, arguments), 0);
}

void TestFaults::readOnlyDirectory_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<QStringList>("arguments");
    const QStringList status {QStringLiteral("status")};
    const QStringList rekey {QStringLiteral("db"), QStringLiteral("rekey")};
    const QStringList backup {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("OUT/b.kwbackup")};
    const QStringList exportAudit {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                                   QStringLiteral("OUT/audit.jsonl")};
    // Root ignores permissions, so the test makes the directory read-only for real: a read-only bind mount in a
    // private mount namespace (EROFS, as on a read-only volume), or a directory the CLI's user may not write
    // (EACCES): as root, by running the CLI as another user; otherwise by removing our own write permission.
    for (const QString &mechanism : {QStringLiteral("read-only mount"), QStringLiteral("no write permission")}) {
        QTest::addRow("%s: status", qPrintable(mechanism)) << mechanism << status;
        QTest::addRow("%s: db rekey", qPrintable(mechanism)) << mechanism << rekey;
        QTest::addRow("%s: backup create", qPrintable(mechanism)) << mechanism << backup;
        QTest::addRow("%s: audit export", qPrintable(mechanism)) << mechanism << exportAudit;
    }
}

void TestFaults::readOnlyDirectory()
{
    QFETCH(QString, mechanism);
    QFETCH(QStringList, arguments);
    const bool root = ::geteuid() == 0;
    const bool mount = mechanism == QLatin1String("read-only mount");
    const bool otherUser = !mount && root; // as root, only another user is stopped by permissions
    const QStringList setpriv {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups")};
    // Unprivileged, a user namespace (-r) grants the mount.
    const QStringList unshare
        = root ? QStringList {QStringLiteral("-m")} : QStringList {QStringLiteral("-r"), QStringLiteral("-m")};
    if (otherUser && !programWorks(QStringLiteral("setpriv"), setpriv + QStringList {QStringLiteral("true")}))
        QSKIP("setpriv cannot switch to uid 65534 here: no way to run the CLI as a user without write access");
    if (mount && !programWorks(QStringLiteral("unshare"), unshare + QStringList {QStringLiteral("true")}))
        QSKIP("unshare cannot create a mount namespace here: no way to make a read-only bind mount");

    QTemporaryDir tmp;
    // The other user must reach the profile, the credentials and the output directory.
    QVERIFY(QFile::setPermissions(tmp.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                      | QFileDevice::ExeGroup));
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::setPermissions(out, QFileDevice::Permissions(0x7777)));

    QProcessEnvironment env = baseEnvironment();
    QStringList source;
    if (otherUser) {
        // Another user cannot reach root's keychain: use systemd credentials readable by it.
        const QString creds = tmp.filePath(QStringLiteral("creds"));
        QVERIFY(QDir().mkpath(creds));
        for (const char *name : {"keyward-db-key", "keyward-checkpoint-key", "keyward-backup-key"}) {
            QFile file(creds + u'/' + QLatin1String(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(randomHexKey());
        }
        env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), creds);
        source = {QStringLiteral("--key-source"), QStringLiteral("credentials")};
    }
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("init")}, env), 0);
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("audit"), QStringLiteral("verify")}, env), 0);
    const QMap<QString, QByteArray> before = snapshot(dir);
    QVERIFY(before.contains(QStringLiteral("keyward.db")));

    arguments.replaceInStrings(QStringLiteral("OUT"), out);
    const QStringList cliArguments = QStringList {QStringLiteral("--profile-dir"), dir} + source + arguments;
    CliRun run;
    if (mount) {
        run = Test::runProgram(QStringLiteral("unshare"),
                               unshare
                                   + QStringList {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                  QStringLiteral("dir=$1; shift; mount --bind -o ro \"$dir\" "
                                                                 "\"$dir\" && exec \"$@\""),
                                                  QStringLiteral("sh"), dir, Test::cliPath()}
                                   + cliArguments,
                               env);
    } else if (otherUser) {
        run = Test::runProgram(QStringLiteral("setpriv"), setpriv + QStringList {Test::cliPath()} + cliArguments, env);
    } else {
        const QFileDevice::Permissions writable = QFile::permissions(dir);
        std::optional restore {qScopeGuard([&] { QFile::setPermissions(dir, writable); })};
        QVERIFY(QFile::setPermissions(dir,
                                      writable
                                          & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
                                              | QFileDevice::WriteOther)));
        run = Test::runCli(cliArguments, env);
        restore.reset(); // writable again before checking that nothing changed
    }
    QVERIFY2(run.finished && !run.crashed, run.describe().constData());
    QVERIFY2(run.exitCode != 0 && run.exitCode != ExitCode::Usage, run.describe().constData());
    QVERIFY2(run.err.contains(dir.toUtf8()), run.describe().constData()); // names the directory
    QVERIFY2(run.err.contains("read-only") || run.err.contains("writable"), run.describe().constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(snapshot(dir), before);
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // Writable again (outside the mount namespace, or as root), it is the same healthy profile.
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("audit"), QStringLiteral("verify")}, env), 0);
}

void TestFaults::profileHeldByAnotherProcess_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExit");
    QTest::newRow("db rekey") << QStringList {QStringLiteral("db"), QStringLiteral("rekey")} << ExitCode::ProfileBusy;
    QTest::newRow("backup restore") << QStringList {QStringLiteral("backup"), QStringLiteral("restore"),
                                                    QStringLiteral("BACKUP"), QStringLiteral("--force")}
                                    << ExitCode::ProfileBusy;
    QTest::newRow("status") << QStringList {QStringLiteral("status")} << ExitCode::Ok;
    QTest::newRow("audit verify") << QStringList {QStringLiteral("audit"), QStringLiteral("verify")} << ExitCode::Ok;
    QTest::newRow("audit tail") << QStringList {QStringLiteral("audit"), QStringLiteral("tail")} << ExitCode::Ok;
    QTest::newRow("backup create") << QStringList {QStringLiteral("backup"), QStringLiteral("create"),
                                                   QStringLiteral("BACKUP.2")}
                                   << ExitCode::Ok;
}

void TestFaults::profileHeldByAnotherProcess()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExit);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString backup = tmp.filePath(QStringLiteral("b.kwbackup"));
    VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("backup"), QStringLiteral("create"), backup}), 0);
    Secrets::KeychainSecretStore keychain(profileIdOf(dir));
    const SecureBytes keyBefore = keychain.read(SecretKind::DatabaseKey).value();

    // This process is the owner, as the console would be.
    auto holder = Engine::Engine::open(keychainOptions(dir));
    QVERIFY2(holder.ok(), qPrintable(holder.ok() ? QString() : holder.error().userMessage));
    QVERIFY(holder.value()->record({QStringLiteral("test.holder"), {}, Audit::Outcome::Success, {}}).ok());

    arguments.replaceInStrings(QStringLiteral("BACKUP"), backup);
    const CliRun run = cli(dir, arguments);
    QVERIFY2(run.exitCode == expectedExit, run.describe().constData());
    if (expectedExit == ExitCode::ProfileBusy) {
        QVERIFY2(run.err.contains("open for writing in another process"), run.err.constData());
        QVERIFY2(
            run.err.contains(QByteArray(QByteArray("pid ") + QByteArray::number(QCoreApplication::applicationPid()))),
            run.err.constData());
        QVERIFY(keychain.read(SecretKind::DatabaseKey)->equals(keyBefore));
    }

    // The holder carries on; its events and the other process's chain into one log.
    QVERIFY(holder.value()->record({QStringLiteral("test.holder"), {}, Audit::Outcome::Success, {}}).ok());
    auto report = holder.value()->verifyAudit();
    QVERIFY2(report->intact, qPrintable(report->problem));
    QVERIFY(holder.value()->close().ok());
    holder.value().reset();

    // Once it let go, the owner-only command works.
    VERIFY_EXIT(cli(dir, {QStringLiteral("db"), QStringLiteral("rekey")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

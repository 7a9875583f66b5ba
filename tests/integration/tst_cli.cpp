#include "storage/Migrations.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;
using Test::CliRun;

// keyward-cli as a user runs it: the real binary, the real keychain (scripts/with-keyring.sh) or systemd
// credentials, exit codes and one-sentence errors.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initStatusAndAudit();
    void exportAndVerifyExport();
    void errors_data();
    void errors();
    void noKeychain();
    void credentials();
    void badCredential_data();
    void badCredential();
    void truncatedBackup();
};

namespace {

const QByteArray kNoBus = "unix:path=/nonexistent/bus";

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWARD_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("KEYWARD_PROFILE_DIR"));
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    return env;
}

CliRun cli(const QString &profileDir, QStringList arguments, const QProcessEnvironment &env = baseEnvironment())
{
    if (!profileDir.isEmpty())
        arguments = QStringList {QStringLiteral("--profile-dir"), profileDir} + arguments;
    return Test::runCli(arguments, env);
}

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray randomHexKey()
{
    const SecureBytes key = SecureBytes::random(32);
    return QByteArray(reinterpret_cast<const char *>(key.data()), 32).toHex();
}

// A $CREDENTIALS_DIRECTORY with the three keys, 64 hex digits each (and a trailing newline, as `echo` writes).
void writeCredentials(const QString &directory)
{
    QVERIFY(QDir().mkpath(directory));
    for (const char *name : {"keyward-db-key", "keyward-checkpoint-key", "keyward-backup-key"})
        QVERIFY(writeFile(directory + u'/' + QLatin1String(name), randomHexKey() + '\n'));
}

QProcessEnvironment credentialsEnvironment(const QString &directory)
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), directory);
    // No keychain at all: the credentials must be enough on a headless host.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(kNoBus));
    return env;
}

} // namespace

// Runs `run` once and checks its exit code, showing how it ended and its standard error on failure.

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(Test::cliPath()).isExecutable(), "set KEYWARD_CLI to the built keyward-cli (ctest does)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the integration tests through scripts/with-keyring.sh");
}

void TestCli::initStatusAndAudit()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const CliRun init = cli(dir, {QStringLiteral("init")});
    VERIFY_EXIT(init, 0);
    QVERIFY(init.out.contains(dir.toUtf8()));
    QVERIFY(QFileInfo::exists(dir + QStringLiteral("/keyward.db")));

    const CliRun status = cli(dir, {QStringLiteral("status"), QStringLiteral("--json")});
    VERIFY_EXIT(status, 0);
    const QJsonObject st = jsonOf(status);
    QVERIFY2(!st.isEmpty(), status.out.constData());
    QVERIFY(!st.value(QLatin1String("cipher_version")).toString().isEmpty());
    QCOMPARE(st.value(QLatin1String("schema_version")).toInt(), Storage::Migrations::latestVersion());
    QCOMPARE(st.value(QLatin1String("key_source")).toString(), QStringLiteral("keychain"));
    QCOMPARE(st.value(QLatin1String("path")).toString(), dir);
    const QJsonObject audit = st.value(QLatin1String("audit")).toObject();
    const qint64 head = audit.value(QLatin1String("head_seq")).toInteger();
    QVERIFY(head >= 1);
    QCOMPARE(audit.value(QLatin1String("events")).toInteger(), head);

    const CliRun tail = cli(dir, {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json")});
    VERIFY_EXIT(tail, 0);
    const QJsonArray events = jsonOf(tail).value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), head);
    QCOMPARE(events.first().toObject().value(QLatin1String("action")).toString(), QStringLiteral("profile.create"));
    QCOMPARE(events.last().toObject().value(QLatin1String("seq")).toInteger(), head);
    QCOMPARE(events.last().toObject().value(QLatin1String("hash")).toString(),
             audit.value(QLatin1String("head_hash")).toString());
    // Filtered: by action, by words in the details, by a period that ends before the profile existed.
    const CliRun byAction = cli(dir,
                                {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json"),
                                 QStringLiteral("--action"), QStringLiteral("profile.*")});
    VERIFY_EXIT(byAction, 0);
    QCOMPARE(jsonOf(byAction).value(QLatin1String("events")).toArray().size(), 1);
    const QString fingerprint = events.first()
                                    .toObject()
                                    .value(QLatin1String("details"))
                                    .toObject()
                                    .value(QLatin1String("db_key_fingerprint"))
                                    .toString();
    const CliRun byWord = cli(dir,
                              {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json"),
                               QStringLiteral("--search"), fingerprint});
    VERIFY_EXIT(byWord, 0);
    QCOMPARE(jsonOf(byWord).value(QLatin1String("events")).toArray().size(), 1);
    const CliRun before = cli(dir,
                              {QStringLiteral("audit"), QStringLiteral("tail"), QStringLiteral("--json"),
                               QStringLiteral("--to"), QStringLiteral("2020-01-01")});
    VERIFY_EXIT(before, 0);
    QCOMPARE(jsonOf(before).value(QLatin1String("events")).toArray().size(), 0);
    // No key material in the event, only a fingerprint.
    const QJsonObject details = events.first().toObject().value(QLatin1String("details")).toObject();
    QCOMPARE(details.value(QLatin1String("db_key_fingerprint")).toString().size(), 8);

    const CliRun verify = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    VERIFY_EXIT(verify, 0);
    QVERIFY2(verify.out.contains("verified"), verify.out.constData());
    const CliRun verifyJson = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    VERIFY_EXIT(verifyJson, 0);
    QCOMPARE(jsonOf(verifyJson).value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(jsonOf(verifyJson).value(QLatin1String("checkpoints_authenticated")).toBool(), true);
    QCOMPARE(jsonOf(verifyJson).value(QLatin1String("events_checked")).toInteger(), head);

    // Reports: CSV and PDF (keyward-cli starts Qt's offscreen platform for the fonts), each audited with its hash.
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("pdf")}) {
        const QString out = dir + QStringLiteral("/integrity.") + format;
        const CliRun report = cli(dir,
                                  {QStringLiteral("report"), QStringLiteral("integrity"), QStringLiteral("--json"),
                                   QStringLiteral("--out"), out});
        VERIFY_EXIT(report, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(format == QLatin1String("pdf") ? bytes.startsWith("%PDF-") : bytes.startsWith("\"field\""));
        QCOMPARE(jsonOf(report).value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
}

void TestCli::exportAndVerifyExport()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString exported = tmp.filePath(QStringLiteral("audit.jsonl"));
    VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("backup"), QStringLiteral("create"), tmp.filePath(QStringLiteral("b"))}), 0);

    const CliRun exportRun = cli(dir,
                                 {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("jsonl"), QStringLiteral("--out"), exported});
    VERIFY_EXIT(exportRun, 0);
    QList<QByteArray> lines = readLines(exported);
    QVERIFY(lines.size() >= 5);

    const CliRun good
        = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify-export"), exported, QStringLiteral("--json")});
    VERIFY_EXIT(good, 0);
    QCOMPARE(jsonOf(good).value(QLatin1String("intact")).toBool(), true);
    QCOMPARE(jsonOf(good).value(QLatin1String("checkpoints_authenticated")).toBool(), true);

    // An auditor without the keychain still checks the chain, and is told the signatures were not checked.
    QProcessEnvironment noKeychain = baseEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(kNoBus));
    const CliRun keyless = cli({}, {QStringLiteral("audit"), QStringLiteral("verify-export"), exported}, noKeychain);
    VERIFY_EXIT(keyless, 0);
    QVERIFY2(keyless.out.contains("not checked"), keyless.out.constData());

    // Tamper with the second event's target.
    int victim = -1;
    for (int i = 0; i < lines.size() && victim < 0; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        if (o.value(QLatin1String("type")).toString() == QLatin1String("event")
            && o.value(QLatin1String("seq")).toInteger() == 2)
            victim = i;
    }
    QVERIFY(victim > 0);
    QJsonObject event = QJsonDocument::fromJson(lines.at(victim)).object();
    event.insert(QStringLiteral("target"), QStringLiteral("/somewhere/else"));
    lines[victim] = QJsonDocument(event).toJson(QJsonDocument::Compact);
    const QString tampered = tmp.filePath(QStringLiteral("tampered.jsonl"));
    QVERIFY(writeFile(tampered, lines.join('\n') + '\n'));
    const CliRun bad = cli(dir, {QStringLiteral("audit"), QStringLiteral("verify-export"), tampered});
    VERIFY_EXIT(bad, ExitCode::Integrity);
    QVERIFY2(bad.err.contains(QByteArray(QByteArray("Line ") + QByteArray::number(victim + 1) + ':')),
             bad.err.constData());
    QVERIFY2(bad.err.contains("BROKEN"), bad.err.constData());

    const CliRun missing = cli(
        dir, {QStringLiteral("audit"), QStringLiteral("verify-export"), tmp.filePath(QStringLiteral("nope.jsonl"))});
    VERIFY_EXIT(missing, ExitCode::NotFound);
    QVERIFY(missing.err.contains("nope.jsonl"));

    // The profile's own log is untouched by all this.
    VERIFY_EXIT(cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

void TestCli::errors_data()
{
    QTest::addColumn<bool>("withProfile");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QByteArray>("expectedText");
    const auto s = [](const char *text) {
        return QString::fromLatin1(text);
    };
    QTest::newRow("no command") << false << QStringList {} << ExitCode::Usage << QByteArray("Usage:");
    QTest::newRow("unknown command") << false << QStringList {s("frobnicate")} << ExitCode::Usage
                                     << QByteArray("unknown command \"frobnicate\"");
    QTest::newRow("unknown subcommand") << false << QStringList {s("audit"), s("frobnicate")} << ExitCode::Usage
                                        << QByteArray("unknown command \"audit frobnicate\"");
    QTest::newRow("unknown option") << false << QStringList {s("--bogus"), s("status")} << ExitCode::Usage
                                    << QByteArray("bogus");
    QTest::newRow("option of another command")
        << false << QStringList {s("init"), s("--force")} << ExitCode::Usage << QByteArray("does not take --force");
    QTest::newRow("missing operand") << false << QStringList {s("backup"), s("verify")} << ExitCode::Usage
                                     << QByteArray("usage: keyward-cli backup verify FILE");
    QTest::newRow("extra operand") << false << QStringList {s("status"), s("extra")} << ExitCode::Usage
                                   << QByteArray("usage: keyward-cli status");
    QTest::newRow("bad key source") << false << QStringList {s("--key-source"), s("vault"), s("status")}
                                    << ExitCode::Usage << QByteArray("--key-source");
    QTest::newRow("export without --out")
        << true << QStringList {s("audit"), s("export")} << ExitCode::Usage << QByteArray("--out");
    QTest::newRow("tail -n 0") << true << QStringList {s("audit"), s("tail"), s("-n"), s("0")} << ExitCode::Usage
                               << QByteArray("-n");
    QTest::newRow("tail --outcome bogus")
        << true << QStringList {s("audit"), s("tail"), s("--outcome"), s("bogus")} << ExitCode::Usage
        << QByteArray("--outcome takes success, failure or denied");
    QTest::newRow("tail --from not a date") << true << QStringList {s("audit"), s("tail"), s("--from"), s("yesterday")}
                                            << ExitCode::Usage << QByteArray("--from takes a date");
    QTest::newRow("report without --out")
        << true << QStringList {s("report"), s("inventory")} << ExitCode::Usage << QByteArray("--out FILE");
    QTest::newRow("report --format xml") << true << QStringList {s("report"), s("inventory"), s("--format"),
                                                                 s("xml"),    s("--out"),     s("/tmp/x")}
                                         << ExitCode::Usage << QByteArray("--format takes pdf, csv or json");
    QTest::newRow("report period backwards")
        << true << QStringList {s("report"), s("failures"),   s("--from"), s("2026-02-01"),
                                s("--to"),   s("2026-01-01"), s("--out"),  s("/tmp/x.csv")}
        << ExitCode::Usage << QByteArray("--from must lie before --to");
    QTest::newRow("schedule of no type") << true << QStringList {s("report"), s("schedule"), s("add"),
                                                                 s("x"),      s("--type"),   s("bogus")}
                                         << ExitCode::Usage << QByteArray("--type takes one of inventory");
    QTest::newRow("no such profile") << false << QStringList {s("status")} << ExitCode::NotFound
                                     << QByteArray("no Keyward profile");
    QTest::newRow("init over a profile") << true << QStringList {s("init")} << ExitCode::Usage
                                         << QByteArray("already exists");
    QTest::newRow("no such backup") << true << QStringList {s("backup"), s("verify"), s("/nonexistent/b")}
                                    << ExitCode::NotFound << QByteArray("/nonexistent/b");
}

void TestCli::errors()
{
    QFETCH(bool, withProfile);
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExit);
    QFETCH(QByteArray, expectedText);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    if (withProfile)
        VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    const QByteArray before = Test::fileHash(dir + QStringLiteral("/keyward.db"));
    const CliRun run = cli(dir, arguments);
    VERIFY_EXIT(run, expectedExit);
    QVERIFY2(QByteArray(run.err + run.out).contains(expectedText), run.describe().constData());
    if (expectedExit != ExitCode::Usage || !run.out.startsWith("Usage:"))
        QVERIFY2(!run.err.trimmed().isEmpty(), "an error must be explained on standard error");
    QCOMPARE(Test::fileHash(dir + QStringLiteral("/keyward.db")), before);
    QCOMPARE(QFileInfo::exists(dir), withProfile);
}

void TestCli::noKeychain()
{
    QTemporaryDir tmp;
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLatin1(kNoBus));

    const QString dir = tmp.filePath(QStringLiteral("p"));
    const CliRun init = cli(dir, {QStringLiteral("init")}, env);
    VERIFY_EXIT(init, ExitCode::Keychain);
    QVERIFY2(init.err.contains("keychain"), init.err.constData());
    QVERIFY2(!QFileInfo::exists(dir), "a failed init left the profile directory behind");

    // An existing profile whose keychain went away: a sentence and exit 3, not a crash or a plaintext fallback.
    const QString existing = tmp.filePath(QStringLiteral("q"));
    VERIFY_EXIT(cli(existing, {QStringLiteral("init")}), 0);
    const QByteArray before = Test::fileHash(existing + QStringLiteral("/keyward.db"));
    for (const QStringList &args :
         {QStringList {QStringLiteral("status")}, QStringList {QStringLiteral("audit"), QStringLiteral("verify")},
          QStringList {QStringLiteral("db"), QStringLiteral("rekey")}}) {
        const CliRun run = cli(existing, args, env);
        VERIFY_EXIT(run, ExitCode::Keychain);
        QVERIFY2(run.err.contains("keychain"), run.err.constData());
    }
    QCOMPARE(Test::fileHash(existing + QStringLiteral("/keyward.db")), before);
    VERIFY_EXIT(cli(existing, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

void TestCli::credentials()
{
    QTemporaryDir tmp;
    const QString creds = tmp.filePath(QStringLiteral("creds"));
    writeCredentials(creds);
    const QProcessEnvironment env = credentialsEnvironment(creds);
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QStringList source {QStringLiteral("--key-source"), QStringLiteral("credentials")};

    const CliRun init = cli(dir, source + QStringList {QStringLiteral("init")}, env);
    VERIFY_EXIT(init, 0);
    QVERIFY(init.out.contains("systemd credentials"));
    const CliRun status = cli(dir, source + QStringList {QStringLiteral("status"), QStringLiteral("--json")}, env);
    VERIFY_EXIT(status, 0);
    QCOMPARE(jsonOf(status).value(QLatin1String("key_source")).toString(), QStringLiteral("credentials"));
    QVERIFY(!jsonOf(status).value(QLatin1String("cipher_version")).toString().isEmpty());
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("audit"), QStringLiteral("verify")}, env), 0);
    const QString backup = tmp.filePath(QStringLiteral("b"));
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("backup"), QStringLiteral("create"), backup}, env), 0);
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("backup"), QStringLiteral("verify"), backup}, env), 0);

    // Keyward cannot change credentials: rotation is refused with a sentence, and nothing changes.
    const QByteArray before = Test::fileHash(dir + QStringLiteral("/keyward.db"));
    const CliRun rekey = cli(dir, source + QStringList {QStringLiteral("db"), QStringLiteral("rekey")}, env);
    VERIFY_EXIT(rekey, ExitCode::Usage);
    QVERIFY2(rekey.err.contains("credentials"), rekey.err.constData());
    QCOMPARE(Test::fileHash(dir + QStringLiteral("/keyward.db")), before);
    VERIFY_EXIT(cli(dir, source + QStringList {QStringLiteral("status")}, env), 0);

    // Without the credentials (another machine, or the unit forgot LoadCredentialEncrypted=): exit 3.
    QProcessEnvironment unset = env;
    unset.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    const CliRun noDir = cli(dir, source + QStringList {QStringLiteral("status")}, unset);
    VERIFY_EXIT(noDir, ExitCode::Keychain);
    QVERIFY2(noDir.err.contains("CREDENTIALS_DIRECTORY"), noDir.err.constData());
}

void TestCli::badCredential_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QByteArray>("content"); // empty: the file is missing
    QTest::addColumn<int>("expectedExit");
    for (const char *name : {"keyward-db-key", "keyward-checkpoint-key", "keyward-backup-key"})
        QTest::addRow("missing %s", name) << QString::fromLatin1(name) << QByteArray() << ExitCode::Keychain;
    QTest::newRow("short db-key") << QStringLiteral("keyward-db-key") << randomHexKey().left(62) << ExitCode::Integrity;
    QTest::newRow("not hex checkpoint-key")
        << QStringLiteral("keyward-checkpoint-key") << QByteArray(64, 'z') << ExitCode::Integrity;
}

void TestCli::badCredential()
{
    QFETCH(QString, credential);
    QFETCH(QByteArray, content);
    QFETCH(int, expectedExit);
    QTemporaryDir tmp;
    const QString creds = tmp.filePath(QStringLiteral("creds"));
    writeCredentials(creds);
    const QString file = creds + u'/' + credential;
    if (content.isEmpty())
        QVERIFY(QFile::remove(file));
    else
        QVERIFY(writeFile(file, content));
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const CliRun init
        = cli(dir, {QStringLiteral("--key-source"), QStringLiteral("credentials"), QStringLiteral("init")},
              credentialsEnvironment(creds));
    VERIFY_EXIT(init, expectedExit);
    QVERIFY2(init.err.contains(credential.toUtf8()), init.err.constData());
    QVERIFY2(!QFileInfo::exists(dir), "a failed init left the profile directory behind");
}

void TestCli::truncatedBackup()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString backup = tmp.filePath(QStringLiteral("p.kwbackup"));
    VERIFY_EXIT(cli(dir, {QStringLiteral("init")}), 0);
    const CliRun created
        = cli(dir, {QStringLiteral("backup"), QStringLiteral("create"), backup, QStringLiteral("--json")});
    VERIFY_EXIT(created, 0);
    QCOMPARE(jsonOf(created).value(QLatin1String("path")).toString(), backup);
    VERIFY_EXIT(cli(dir, {QStringLiteral("backup"), QStringLiteral("verify"), backup}), 0);

    QFile file(backup);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    const CliRun verify = cli(dir, {QStringLiteral("backup"), QStringLiteral("verify"), backup});
    VERIFY_EXIT(verify, ExitCode::Integrity);
    QVERIFY2(verify.err.contains(backup.toUtf8()), verify.err.constData());
    QVERIFY2(verify.err.contains("damaged or truncated"), verify.err.constData());

    const QByteArray before = Test::fileHash(dir + QStringLiteral("/keyward.db"));
    const CliRun restore
        = cli(dir, {QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--force")});
    VERIFY_EXIT(restore, ExitCode::Integrity);
    QCOMPARE(Test::fileHash(dir + QStringLiteral("/keyward.db")), before);
    VERIFY_EXIT(cli(dir, {QStringLiteral("status")}), 0);
    VERIFY_EXIT(cli(dir, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "support/TestProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUuid>

using namespace Keyward;
using Secrets::SecretKind;

// Encrypted backups: they verify, hide their content, refuse damage with a sentence, and restore only when it is
// safe (or forced), leaving a working profile and no staging files behind.
class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndVerify();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void restoreOverNewerProfile();
    void restoreAfterLosingDatabase();
    void restoreNewestBackupNeedsNoForce();
    void restoreFromAnotherProfile_data();
    void restoreFromAnotherProfile();
};

namespace {

QString message(const Error &error)
{
    return QStringLiteral("code %1: %2").arg(int(error.code)).arg(error.userMessage);
}

// For QVERIFY2 messages, which are evaluated whether or not the check fails.
template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : message(result.error());
}

Engine::OpenOptions ownerOptions(Test::TestProfile &profile)
{
    Engine::OpenOptions options;
    options.location = profile.location();
    options.secrets = profile.memoryFactory();
    options.actor = {QStringLiteral("tester"), QStringLiteral("testhost")};
    return options;
}

void addEvents(Engine::Engine &engine, int count, const QString &action = QStringLiteral("test.event"))
{
    for (int i = 0; i < count; ++i)
        QVERIFY(engine.record({action, QStringLiteral("item:%1").arg(i), Audit::Outcome::Success, {}}).ok());
}

qint64 headSeq(Engine::Engine &engine)
{
    auto head = engine.audit().head();
    return head.ok() ? head->seq : -1;
}

// Files the restore stages beside the database; none may survive it.
QStringList leftovers(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("*.before-restore*"), QStringLiteral("*.restoring*")},
                                     QDir::Files | QDir::Hidden);
}

} // namespace

void TestBackup::createAndVerify()
{
    Test::TestProfile profile;
    const QString planted = QStringLiteral("planted-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto engine = profile.create();
    QVERIFY(
        engine->record({QStringLiteral("test.plant"), {}, Audit::Outcome::Success, {{QStringLiteral("note"), planted}}})
            .ok());
    const qint64 headAtBackup = headSeq(*engine);
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    auto created = engine->createBackup(path);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    QCOMPARE(created->auditHeadSeq, headAtBackup);
    QCOMPARE(created->profileId, engine->manifest().id);
    QCOMPARE(created->bytes, QFileInfo(path).size());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

    QVERIFY(!Test::fileContains(path, planted.toUtf8()));
    QVERIFY(!Test::fileContains(path, "audit_events"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.read(16).startsWith("SQLite format 3"));
    file.close();

    auto verified = engine->verifyBackup(path);
    QVERIFY2(verified.ok(), qPrintable(why(verified)));
    QVERIFY2(verified->audit.intact, qPrintable(verified->audit.problem));
    QVERIFY(verified->audit.checkpointsAuthenticated);
    QCOMPARE(verified->auditHeadSeq, headAtBackup);
    QCOMPARE(verified->audit.headSeq, headAtBackup);
    QCOMPARE(verified->profileId, engine->manifest().id);
    QCOMPARE(verified->createdAt, created->createdAt);

    // Creating the backup is itself audited, in the live profile.
    auto events = engine->audit().latest(1);
    QCOMPARE(events->first().action, QStringLiteral("backup.create"));
}

void TestBackup::damagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut in half") << QStringLiteral("half");
    QTest::newRow("bytes overwritten in the middle") << QStringLiteral("middle");
    QTest::newRow("header overwritten") << QStringLiteral("header");
}

void TestBackup::damagedBackupIsRefused()
{
    QFETCH(QString, damage);
    Test::TestProfile profile;
    auto engine = profile.create();
    // Enough events that the backup spans many pages and the damage lands inside used ones.
    QVERIFY(engine->database()
                .transaction([&]() -> Status {
                    for (int i = 0; i < 400; ++i)
                        KW_TRY(engine->audit().append({QStringLiteral("bulk"),
                                                       QString::number(i),
                                                       Audit::Outcome::Success,
                                                       {{QStringLiteral("i"), i}}}));
                    return {};
                })
                .ok());
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    QVERIFY(engine->createBackup(path).ok());
    QVERIFY(engine->verifyBackup(path).ok());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 32 * 1024);
    if (damage == QLatin1String("half")) {
        bytes.truncate(bytes.size() / 2);
    } else {
        const qsizetype at = damage == QLatin1String("header") ? 40 : bytes.size() / 2 + 11;
        for (int i = 0; i < 48; ++i)
            bytes[at + i] = static_cast<char>(~bytes[at + i]);
    }
    QVERIFY(file.resize(0));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const QByteArray before = Test::fileHash(path);

    auto verified = engine->verifyBackup(path);
    QVERIFY2(!verified.ok(), "a damaged backup verified");
    QVERIFY2(verified.error().code == ErrorCode::Integrity, qPrintable(why(verified)));
    QVERIFY2(verified.error().userMessage.contains(path), qPrintable(verified.error().userMessage));
    QVERIFY2(verified.error().userMessage.contains(QStringLiteral("damaged")),
             qPrintable(verified.error().userMessage));
    QCOMPARE(Test::fileHash(path), before); // inspecting never writes

    // Restoring it is refused too, and the profile is untouched.
    const qint64 head = headSeq(*engine);
    QVERIFY(engine->close().ok());
    engine.reset();
    const QByteArray dbBefore = Test::fileHash(profile.location().databasePath());
    auto restored = Engine::Engine::restoreBackup(ownerOptions(profile), path, true);
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().code, ErrorCode::Integrity);
    QCOMPARE(Test::fileHash(profile.location().databasePath()), dbBefore);
    QCOMPARE(leftovers(profile.location().directory()), QStringList());
    auto reopened = profile.open();
    QCOMPARE(headSeq(*reopened), head);
    QVERIFY(reopened->verifyAudit()->intact);
}

void TestBackup::restoreOverNewerProfile()
{
    Test::TestProfile profile;
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    qint64 backupHead = 0;
    qint64 profileHead = 0;
    {
        auto engine = profile.create();
        addEvents(*engine, 3, QStringLiteral("test.kept"));
        auto created = engine->createBackup(path);
        QVERIFY(created.ok());
        backupHead = created->auditHeadSeq;
        addEvents(*engine, 4, QStringLiteral("test.lost"));
        profileHead = headSeq(*engine);
        QVERIFY(engine->close().ok());
    }
    QVERIFY(profileHead > backupHead);
    const QByteArray before = Test::fileHash(profile.location().databasePath());

    auto refused = Engine::Engine::restoreBackup(ownerOptions(profile), path, false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Usage);
    QVERIFY2(refused.error().userMessage.contains(QStringLiteral("--force")), qPrintable(refused.error().userMessage));
    QVERIFY2(refused.error().userMessage.contains(QString::number(profileHead)),
             qPrintable(refused.error().userMessage));
    QCOMPARE(Test::fileHash(profile.location().databasePath()), before);
    QCOMPARE(leftovers(profile.location().directory()), QStringList());
    {
        auto engine = profile.open();
        QCOMPARE(headSeq(*engine), profileHead);
    }

    auto restored = Engine::Engine::restoreBackup(ownerOptions(profile), path, true);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    QCOMPARE(restored->auditHeadSeq, backupHead);
    QCOMPARE(leftovers(profile.location().directory()), QStringList());

    auto engine = profile.open();
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    auto events = engine->audit().latest(100);
    QVERIFY(events.ok());
    const Audit::AuditEvent &last = events->last();
    QCOMPARE(last.action, QStringLiteral("backup.restore"));
    QCOMPARE(last.seq, backupHead + 1); // the backup's history, then the restore
    QVERIFY(last.details.contains("\"forced\":true"));
    QVERIFY(last.details.contains(
        QByteArray(QByteArray("\"replaced_audit_head_seq\":") + QByteArray::number(profileHead))));
    for (const Audit::AuditEvent &event : events.value())
        QVERIFY2(event.action != QLatin1String("test.lost"), "events after the backup survived the restore");
}

// The usual disaster: the database is gone; the backup restores without --force.
void TestBackup::restoreAfterLosingDatabase()
{
    Test::TestProfile profile;
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    qint64 backupHead = 0;
    {
        auto engine = profile.create();
        addEvents(*engine, 2);
        auto created = engine->createBackup(path);
        QVERIFY(created.ok());
        backupHead = created->auditHeadSeq;
        QVERIFY(engine->close().ok());
    }
    QVERIFY(QFile::remove(profile.location().databasePath()));
    auto restored = Engine::Engine::restoreBackup(ownerOptions(profile), path, false);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    QCOMPARE(leftovers(profile.location().directory()), QStringList());
    auto engine = profile.open();
    QVERIFY(engine->verifyAudit()->intact);
    QCOMPARE(engine->audit().latest(1)->first().action, QStringLiteral("backup.restore"));
    QCOMPARE(headSeq(*engine), backupHead + 1);
}

// Taking a backup (or an export) records an event but changes nothing: the newest backup restores without --force,
// while one real change after it makes the profile newer.
void TestBackup::restoreNewestBackupNeedsNoForce()
{
    Test::TestProfile profile;
    const QString path = profile.path(QStringLiteral("b.kwbackup"));
    {
        auto engine = profile.create();
        addEvents(*engine, 2);
        QVERIFY(engine->createBackup(path).ok());
        QVERIFY(engine->createBackup(profile.path(QStringLiteral("second.kwbackup"))).ok());
        QVERIFY(engine->close().ok());
    }
    auto restored = Engine::Engine::restoreBackup(ownerOptions(profile), path, false);
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    {
        auto engine = profile.open();
        QVERIFY(engine->verifyAudit()->intact);
        addEvents(*engine, 1, QStringLiteral("test.change"));
        QVERIFY(engine->close().ok());
    }
    auto refused = Engine::Engine::restoreBackup(ownerOptions(profile), path, false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().userMessage.contains(QStringLiteral("--force")), qPrintable(refused.error().userMessage));
}

void TestBackup::restoreFromAnotherProfile_data()
{
    QTest::addColumn<bool>("shareBackupKey");
    QTest::addColumn<ErrorCode>("expectedCode");
    QTest::addColumn<QString>("expectedText");
    // Another profile's backup key does not even decrypt it.
    QTest::newRow("other backup key") << false << ErrorCode::Integrity << QStringLiteral("another profile");
    // Even with the same backup key (an operator reusing credentials), the recorded profile id is checked.
    QTest::newRow("same backup key") << true << ErrorCode::Usage << QStringLiteral("belongs to another profile");
}

void TestBackup::restoreFromAnotherProfile()
{
    QFETCH(bool, shareBackupKey);
    QFETCH(ErrorCode, expectedCode);
    QFETCH(QString, expectedText);
    Test::TestProfile source;
    Test::TestProfile target;
    const QString path = source.path(QStringLiteral("other.kwbackup"));
    {
        auto engine = source.create();
        QVERIFY(engine->createBackup(path).ok());
    }
    qint64 targetHead = 0;
    {
        auto engine = target.create();
        targetHead = headSeq(*engine);
        QVERIFY(engine->close().ok());
    }
    if (shareBackupKey)
        QVERIFY(target.memoryStore()
                    .write(SecretKind::BackupKey, source.memoryStore().read(SecretKind::BackupKey).value())
                    .ok());
    const QByteArray before = Test::fileHash(target.location().databasePath());

    for (const bool force : {false, true}) {
        auto restored = Engine::Engine::restoreBackup(ownerOptions(target), path, force);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().code == expectedCode, qPrintable(why(restored)));
        QVERIFY2(restored.error().userMessage.contains(expectedText), qPrintable(restored.error().userMessage));
    }
    QCOMPARE(Test::fileHash(target.location().databasePath()), before);
    {
        auto engine = target.open();
        auto verified = engine->verifyBackup(path);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, expectedCode);
    }
    QCOMPARE(leftovers(target.location().directory()), QStringList());
    auto engine = target.open();
    QCOMPARE(headSeq(*engine), targetHead);
    QCOMPARE(engine->manifest().id, Storage::ProfileManifest::load(target.location().manifestPath())->id);
    QVERIFY(engine->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/WalCheckpointer.h"
#include "support/TestProfile.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlcipher/sqlite3.h>

using namespace Keyward;
using Secrets::SecretKind;
using Storage::Database;

// The database on disk: encrypted (no plaintext header, no planted text, no key), refusing a wrong key or a
// damaged file with a sentence and without touching it, refusing a schema from a newer Keyward.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileAndWalAreEncrypted();
    void cipherIsActive();
    void wrongKeyLeavesFileUntouched();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void newerSchemaIsRefused();
    void migrateUpToDateIsNoOp();
    void replayKeysOfEarlierDeliveries();
    void backgroundCheckpointsEmptyTheLog();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray bytesOf(const SecureBytes &key)
{
    return {reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())};
}

// Every form a key could leak in: raw, lowercase hex, uppercase hex.
QList<QByteArray> keyForms(const SecureBytes &key)
{
    const QByteArray raw = bytesOf(key);
    return {raw, raw.toHex(), raw.toHex().toUpper()};
}

QString uniqueText()
{
    return QStringLiteral("planted-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Fills a profile with enough events to span many database pages.
void addEvents(Engine::Engine &engine, int count)
{
    const Status status = engine.database().transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            KW_TRY(engine.audit().append({QStringLiteral("test.fill"),
                                          QStringLiteral("item:%1").arg(i),
                                          Audit::Outcome::Success,
                                          {{QStringLiteral("i"), i}}}));
        }
        return {};
    });
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().userMessage));
}

} // namespace

void TestDatabase::fileAndWalAreEncrypted()
{
    Test::TestProfile profile;
    const QString planted = uniqueText();
    const QString db = profile.location().databasePath();
    const QString wal = db + QStringLiteral("-wal");
    {
        auto engine = profile.create();
        QVERIFY(engine
                    ->record({QStringLiteral("test.plant"),
                              QStringLiteral("plant"),
                              Audit::Outcome::Success,
                              {{QStringLiteral("note"), planted}}})
                    .ok());
        // While the engine is open the event sits in the WAL: check that file as it is now.
        QVERIFY2(QFileInfo(wal).size() > 0, "the profile should be in WAL mode with uncheckpointed pages");
        const QByteArray walBytes = readAll(wal);
        QVERIFY(!walBytes.startsWith("SQLite format 3"));
        QVERIFY(!walBytes.contains(planted.toUtf8()));
        QVERIFY(!walBytes.contains("audit_events")); // not even the schema is readable
        QVERIFY(engine->close().ok());
    }
    auto dbKey = profile.memoryStore().read(SecretKind::DatabaseKey);
    auto checkpointKey = profile.memoryStore().read(SecretKind::CheckpointKey);
    auto backupKey = profile.memoryStore().read(SecretKind::BackupKey);
    QVERIFY(dbKey.ok() && checkpointKey.ok() && backupKey.ok());

    // After closing, everything was checkpointed into the main file.
    const QByteArray dbBytes = readAll(db);
    QVERIFY(dbBytes.size() > 0);
    QVERIFY(!dbBytes.startsWith("SQLite format 3"));
    QVERIFY(!dbBytes.contains(planted.toUtf8()));
    QVERIFY(!dbBytes.contains("audit_events"));
    // The event is really in there (so the check above is meaningful).
    auto reopened = profile.open();
    auto events = reopened->audit().latest(5);
    QVERIFY(events.ok());
    bool found = false;
    for (const Audit::AuditEvent &event : events.value())
        found = found || event.details.contains(planted.toUtf8());
    QVERIFY(found);

    for (const QString &file : {db, wal, profile.location().manifestPath()}) {
        const QByteArray bytes = readAll(file);
        for (const SecureBytes *key : {&dbKey.value(), &checkpointKey.value(), &backupKey.value()}) {
            for (const QByteArray &form : keyForms(*key))
                QVERIFY2(!bytes.contains(form), qPrintable(QStringLiteral("key material found in ") + file));
        }
    }
}

void TestDatabase::cipherIsActive()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(!engine->database().cipherVersion().isEmpty());
    auto stmt = engine->database().prepare("PRAGMA cipher_version");
    QVERIFY(stmt.ok());
    auto row = stmt->step();
    QVERIFY(row.ok());
    QVERIFY2(row.value(), "PRAGMA cipher_version returned no row: SQLCipher is not the linked SQLite");
    QCOMPARE(stmt->text(0), engine->database().cipherVersion());
    auto status = engine->status();
    QVERIFY(status.ok());
    QCOMPARE(status->cipherVersion, engine->database().cipherVersion());
}

void TestDatabase::wrongKeyLeavesFileUntouched()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const QString db = profile.location().databasePath();
    const QByteArray before = Test::fileHash(db);
    QVERIFY(!before.isEmpty());

    // Directly, with a key that is not this profile's.
    auto opened = Database::open(db, SecureBytes::random(32), Test::cipherOf(profile.location().directory()),
                                 Database::OpenMode::Existing);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::WrongKey);
    QVERIFY(!opened.error().userMessage.isEmpty());
    QCOMPARE(Test::fileHash(db), before);

    // Through the engine, as a user with the wrong keychain entry would.
    QVERIFY(profile.memoryStore().write(SecretKind::DatabaseKey, SecureBytes::random(32)).ok());
    Engine::OpenOptions options;
    options.location = profile.location();
    options.secrets = profile.memoryFactory();
    auto engine = Engine::Engine::open(options);
    QVERIFY(!engine.ok());
    QCOMPARE(engine.error().code, ErrorCode::WrongKey);
    QVERIFY2(engine.error().userMessage.contains(QStringLiteral("key")), qPrintable(engine.error().userMessage));
    QCOMPARE(Test::fileHash(db), before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
}

void TestDatabase::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("truncated mid-page") << QStringLiteral("midpage");
    QTest::newRow("bytes overwritten in the second half") << QStringLiteral("middle");
    QTest::newRow("first page overwritten") << QStringLiteral("first");
}

void TestDatabase::damagedFileIsRefused()
{
    QFETCH(QString, damage);
    Test::TestProfile profile;
    {
        auto engine = profile.create();
        addEvents(*engine, 400);
        QVERIFY(engine->close().ok());
    }
    const QString db = profile.location().databasePath();
    QByteArray bytes = readAll(db);
    QVERIFY2(bytes.size() >= 32 * 1024, "the profile should span many pages");
    if (damage == QLatin1String("half")) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == QLatin1String("midpage")) {
        bytes.truncate(bytes.size() - 1500);
    } else if (damage == QLatin1String("first")) {
        for (int i = 0; i < 64; ++i)
            bytes[100 + i] = static_cast<char>(bytes[100 + i] ^ 0x5a);
    } else {
        // 64 bytes in every page of the second half: the audit events written last live there, whatever pages
        // the schema's other (empty) tables took first.
        for (qsizetype page = bytes.size() / 2 / 4096 * 4096; page + 4096 <= bytes.size(); page += 4096) {
            for (int i = 0; i < 64; ++i)
                bytes[page + 1000 + i] = static_cast<char>(bytes[page + 1000 + i] ^ 0x5a);
        }
    }
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    const QByteArray before = Test::fileHash(db);

    // Open and verify, as `keyward-cli audit verify` does: the chain, then every page of the file (a cut at the end
    // may fall in a search index that reading the events never touches). The damage must surface as a clear error.
    Error error;
    {
        Engine::OpenOptions options;
        options.location = profile.location();
        options.secrets = profile.memoryFactory();
        auto engine = Engine::Engine::open(options);
        if (!engine.ok()) {
            error = engine.error();
        } else {
            auto report = engine.value()->verifyAudit();
            QVERIFY2(!report.ok(), "verifying a damaged database succeeded");
            error = report.error();
        }
    }
    QVERIFY2(error.code == ErrorCode::WrongKey || error.code == ErrorCode::Integrity,
             qPrintable(QStringLiteral("code %1: %2 (%3)").arg(int(error.code)).arg(error.userMessage, error.detail)));
    QVERIFY2(error.userMessage.contains(QStringLiteral("damaged")), qPrintable(error.userMessage));
    QCOMPARE(Test::fileHash(db), before);
}

void TestDatabase::newerSchemaIsRefused()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const QString db = profile.location().databasePath();
    const int newer = Storage::Migrations::latestVersion() + 1;
    {
        auto key = profile.memoryStore().read(SecretKind::DatabaseKey);
        QVERIFY(key.ok());
        auto raw = Database::open(db, key.value(), Test::cipherOf(profile.location().directory()),
                                  Database::OpenMode::Existing);
        QVERIFY(raw.ok());
        QVERIFY(raw.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(newer).toUtf8().constData()).ok());
        QVERIFY(raw.value()->checkpointWal().ok());
    }
    const QByteArray before = Test::fileHash(db);
    for (const Engine::ProfileAccess access : {Engine::ProfileAccess::Owner, Engine::ProfileAccess::Shared}) {
        Engine::OpenOptions options;
        options.location = profile.location();
        options.secrets = profile.memoryFactory();
        options.access = access;
        auto engine = Engine::Engine::open(options);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().code, ErrorCode::IncompatibleSchema);
        QVERIFY2(engine.error().userMessage.contains(QStringLiteral("newer Keyward")),
                 qPrintable(engine.error().userMessage));
        QVERIFY2(engine.error().userMessage.contains(QString::number(newer)), qPrintable(engine.error().userMessage));
        QCOMPARE(exitCodeFor(engine.error().code), ExitCode::Incompatible);
    }
    QCOMPARE(Test::fileHash(db), before);
}

void TestDatabase::migrateUpToDateIsNoOp()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const QString db = profile.location().databasePath();
    const QByteArray before = Test::fileHash(db);
    auto key = profile.memoryStore().read(SecretKind::DatabaseKey);
    QVERIFY(key.ok());
    auto raw
        = Database::open(db, key.value(), Test::cipherOf(profile.location().directory()), Database::OpenMode::Existing);
    QVERIFY(raw.ok());
    Database &database = *raw.value();
    QCOMPARE(Storage::Migrations::currentVersion(database).value(), Storage::Migrations::latestVersion());
    const qint64 applied = database.queryInt("SELECT count(*) FROM schema_migrations").value();
    QCOMPARE(applied, qint64(Storage::Migrations::latestVersion()));

    const int changesBefore = sqlite3_total_changes(database.handle());
    QVERIFY(Storage::Migrations::migrate(database).ok());
    QVERIFY(Storage::Migrations::migrate(database).ok());
    QCOMPARE(sqlite3_total_changes(database.handle()), changesBefore);
    QCOMPARE(database.queryInt("SELECT count(*) FROM schema_migrations").value(), applied);
    QCOMPARE(Storage::Migrations::currentVersion(database).value(), Storage::Migrations::latestVersion());
    QVERIFY(database.checkpointWal().ok());
    QCOMPARE(Test::fileHash(db), before);
}

void TestDatabase::replayKeysOfEarlierDeliveries()
{
    // Deliveries recorded under schema 7 get the replay keys they would get now (migration 8): the body's SHA-256
    // for GitHub, Shopify and generic sources without a signed id (only the first of identical bodies keeps it),
    // the sender's id otherwise.
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("db")), SecureBytes::random(32),
                                 Storage::CipherSettings {}, Database::OpenMode::Create);
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    QVERIFY(Storage::Migrations::migrate(db, 7).ok());
    QVERIFY(db.exec("INSERT INTO webhook_sources (id, name, scheme, config, created_at, updated_at) VALUES "
                    "(1, 'gh', 'github', '{}', 0, 0), (2, 'st', 'stripe', '{}', 0, 0), "
                    "(3, 'gen', 'generic', '{\"payload\":\"{id}.{body}\"}', 0, 0)")
                .ok());
    QVERIFY(db.exec("INSERT INTO webhook_deliveries (id, source_id, source_name, received_at, delivery_key, verified, "
                    "state, body) VALUES "
                    "(1, 1, 'gh', 0, 'guid-1', 1, 'processed', X'7B7D'), "
                    "(2, 1, 'gh', 0, 'guid-2', 1, 'processed', X'7B7D'), "
                    "(3, 1, 'gh', 0, 'guid-3', 1, 'processed', X'5B5D'), "
                    "(4, 2, 'st', 0, 'evt_1', 1, 'processed', X'7B7D'), "
                    "(5, 3, 'gen', 0, 'g-1', 1, 'processed', X'7B7D'), "
                    "(6, 1, 'gh', 0, NULL, 0, 'rejected', NULL)")
                .ok());
    QVERIFY(Storage::Migrations::migrate(db).ok());
    const auto key = [&db](int id) {
        auto stmt = db.prepare("SELECT coalesce(replay_key, '-') FROM webhook_deliveries WHERE id = ?1");
        stmt->bind(1, qint64(id));
        return stmt->step().value() ? stmt->text(0) : QString();
    };
    const QString emptyObject = QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash("{}", QCryptographicHash::Sha256).toHex());
    QCOMPARE(key(1), emptyObject);
    QCOMPARE(key(2), QStringLiteral("-")); // the same body under another id: the first one keeps the key
    QCOMPARE(key(3),
             QStringLiteral("sha256:")
                 + QString::fromLatin1(QCryptographicHash::hash("[]", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(key(4), QStringLiteral("evt_1"));
    QCOMPARE(key(5), QStringLiteral("g-1"));
    QCOMPARE(key(6), QStringLiteral("-"));
}

void TestDatabase::backgroundCheckpointsEmptyTheLog()
{
    // With the checkpointer running, the engine's connection never checkpoints itself: the log grows only until
    // the checkpointer's thread has copied it into the file, which a new connection then reads without the log.
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(engine);
    auto key = profile.memoryStore().read(SecretKind::DatabaseKey);
    QVERIFY(key.ok());
    const QString path = profile.location().databasePath();
    auto checkpointer = Storage::WalCheckpointer::start(engine->database(), path, key.value(),
                                                        Test::cipherOf(profile.location().directory()), 20);
    QVERIFY(checkpointer.ok());
    Database &db = engine->database();
    QVERIFY(db.exec("CREATE TABLE filler (x BLOB)").ok());
    for (int i = 0; i < 50; ++i) {
        QVERIFY(db.transaction([&] { return db.exec("INSERT INTO filler VALUES (randomblob(8000))"); }).ok());
    }
    QVERIFY(QTest::qWaitFor([&] { return checkpointer.value()->runs() >= 3; }, 5000));
    checkpointer.value().reset();
    QVERIFY(QFileInfo(path).size() > 50 * 8000); // the rows are in the file itself now
    // The engine's own checkpointing is back on.
    auto pages = db.queryInt("PRAGMA wal_autocheckpoint");
    QVERIFY(pages.ok());
    QCOMPARE(pages.value(), 1000);
    auto rows = db.queryInt("SELECT count(*) FROM filler");
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), 50);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

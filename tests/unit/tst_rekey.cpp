#include "audit/Canonical.h"
#include "storage/Database.h"
#include "support/TestProfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;
using Secrets::SecretKind;
using Storage::Database;

// Rotating the database key: the new key opens the file, the old one no longer does, the audit log records the
// rotation by fingerprints only, and open() finishes or cleans up a rotation that a crash interrupted.
class TestRekey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rekeyReopens();
    void rekeyNeedsOwner();
    void interruptedBeforeRekey();
    void interruptedAfterRekey();
    void interruptedAfterCurrentKey();
};

namespace {

QByteArray bytesOf(const SecureBytes &key)
{
    return {reinterpret_cast<const char *>(key.data()), static_cast<qsizetype>(key.size())};
}

SecureBytes storedKey(Test::TestProfile &profile, SecretKind kind)
{
    auto key = profile.memoryStore().read(kind);
    return key.ok() ? key.value() : SecureBytes();
}

ErrorCode openCode(const QString &path, const SecureBytes &key)
{
    auto db = Database::open(path, key, Test::cipherOf(QFileInfo(path).absolutePath()), Database::OpenMode::Existing);
    return db.ok() ? ErrorCode::Failure : db.error().code;
}

bool opensWith(const QString &path, const SecureBytes &key)
{
    auto db = Database::open(path, key, Test::cipherOf(QFileInfo(path).absolutePath()), Database::OpenMode::ReadOnly);
    return db.ok() && db.value()->queryInt("SELECT count(*) FROM audit_events").ok();
}

Audit::AuditEvent lastEvent(Engine::Engine &engine)
{
    auto events = engine.audit().latest(1);
    return events.ok() && !events->isEmpty() ? events->first() : Audit::AuditEvent();
}

QJsonObject detailsOf(const Audit::AuditEvent &event)
{
    return QJsonDocument::fromJson(event.details).object();
}

Engine::OpenOptions ownerOptions(Test::TestProfile &profile)
{
    Engine::OpenOptions options;
    options.location = profile.location();
    options.secrets = profile.memoryFactory();
    options.actor = {QStringLiteral("tester"), QStringLiteral("testhost")};
    return options;
}

} // namespace

void TestRekey::rekeyReopens()
{
    Test::TestProfile profile;
    const QString db = profile.location().databasePath();
    SecureBytes oldKey;
    {
        auto engine = profile.create();
        QVERIFY(engine->record({QStringLiteral("test.before"), {}, Audit::Outcome::Success, {}}).ok());
        oldKey = storedKey(profile, SecretKind::DatabaseKey);
        QVERIFY(!oldKey.isEmpty());
        const Status rekeyed = engine->rekeyDatabase();
        QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.ok() ? QString() : rekeyed.error().userMessage));
        QVERIFY(engine->record({QStringLiteral("test.after"), {}, Audit::Outcome::Success, {}}).ok());
        QVERIFY(engine->close().ok());
    }
    const SecureBytes newKey = storedKey(profile, SecretKind::DatabaseKey);
    QVERIFY(!newKey.isEmpty());
    QVERIFY(!newKey.equals(oldKey));
    QCOMPARE(profile.memoryStore().read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);

    QCOMPARE(openCode(db, oldKey), ErrorCode::WrongKey);
    QVERIFY(opensWith(db, newKey));

    auto engine = profile.open();
    auto report = engine->verifyAudit();
    QVERIFY(report.ok());
    QVERIFY2(report->intact, qPrintable(report->problem));
    auto events = engine->audit().latest(10);
    QVERIFY(events.ok());
    const Audit::AuditEvent *rekey = nullptr;
    for (const Audit::AuditEvent &event : events.value()) {
        if (event.action == QLatin1String("db.rekey"))
            rekey = &event;
    }
    QVERIFY(rekey);
    QCOMPARE(rekey->outcome, QStringLiteral("success"));
    const QJsonObject details = detailsOf(*rekey);
    QCOMPARE(details.value(QLatin1String("old_key_fingerprint")).toString(), oldKey.fingerprint());
    QCOMPARE(details.value(QLatin1String("new_key_fingerprint")).toString(), newKey.fingerprint());
    // No key material in the event (raw bytes, either hex case), only the short fingerprints.
    const QByteArray canonical = Audit::canonicalEvent(*rekey);
    for (const SecureBytes *key : {static_cast<const SecureBytes *>(&oldKey), &newKey}) {
        const QByteArray raw = bytesOf(*key);
        QVERIFY(!canonical.contains(raw));
        QVERIFY(!canonical.contains(raw.toHex()));
        QVERIFY(!canonical.contains(raw.toHex().toUpper()));
        QVERIFY(!Test::fileContains(db, raw.toHex()));
    }
}

void TestRekey::rekeyNeedsOwner()
{
    Test::TestProfile profile;
    auto owner = profile.create();
    const SecureBytes before = storedKey(profile, SecretKind::DatabaseKey);
    auto shared = profile.open(Engine::ProfileAccess::Shared);
    const Status rekeyed = shared->rekeyDatabase();
    QVERIFY(!rekeyed.ok());
    QCOMPARE(rekeyed.error().code, ErrorCode::ProfileBusy);
    QVERIFY(storedKey(profile, SecretKind::DatabaseKey).equals(before));
    QVERIFY(opensWith(profile.location().databasePath(), before));
}

// Crash after step 1: the pending key is in the keychain, the file is still under the old key.
void TestRekey::interruptedBeforeRekey()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const SecureBytes current = storedKey(profile, SecretKind::DatabaseKey);
    const SecureBytes pending = SecureBytes::random(32);
    QVERIFY(profile.memoryStore().write(SecretKind::DatabaseKeyNext, pending).ok());

    auto engine = Engine::Engine::open(ownerOptions(profile));
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    QCOMPARE(profile.memoryStore().read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);
    QVERIFY(storedKey(profile, SecretKind::DatabaseKey).equals(current));
    const Audit::AuditEvent event = lastEvent(*engine.value());
    QCOMPARE(event.action, QStringLiteral("db.rekey"));
    QCOMPARE(event.outcome, QStringLiteral("failure"));
    QCOMPARE(detailsOf(event).value(QLatin1String("abandoned_after_interruption")).toBool(), true);
    QVERIFY(engine.value()->verifyAudit()->intact);
    QVERIFY(engine.value()->close().ok());
    QVERIFY(opensWith(profile.location().databasePath(), current));
    QVERIFY(!opensWith(profile.location().databasePath(), pending));
}

// Crash after step 2: the file is under the pending key, the keychain's current key is still the old one.
void TestRekey::interruptedAfterRekey()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const QString db = profile.location().databasePath();
    const SecureBytes old = storedKey(profile, SecretKind::DatabaseKey);
    const SecureBytes pending = SecureBytes::random(32);
    QVERIFY(profile.memoryStore().write(SecretKind::DatabaseKeyNext, pending).ok());
    {
        auto raw
            = Database::open(db, old, Test::cipherOf(profile.location().directory()), Database::OpenMode::Existing);
        QVERIFY(raw.ok());
        QVERIFY(raw.value()->rekey(pending).ok());
    }
    QCOMPARE(openCode(db, old), ErrorCode::WrongKey);

    {
        auto engine = Engine::Engine::open(ownerOptions(profile));
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
        QVERIFY(storedKey(profile, SecretKind::DatabaseKey).equals(pending));
        QCOMPARE(profile.memoryStore().read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);
        const Audit::AuditEvent event = lastEvent(*engine.value());
        QCOMPARE(event.action, QStringLiteral("db.rekey"));
        QCOMPARE(event.outcome, QStringLiteral("success"));
        QCOMPARE(detailsOf(event).value(QLatin1String("completed_after_interruption")).toBool(), true);
        QCOMPARE(detailsOf(event).value(QLatin1String("new_key_fingerprint")).toString(), pending.fingerprint());
        QVERIFY(engine.value()->verifyAudit()->intact);
    }
    // The promotion is durable: a plain open works with the new current key alone.
    auto again = profile.open();
    QVERIFY(again->verifyAudit()->intact);
    QCOMPARE(openCode(db, old), ErrorCode::WrongKey);
}

// Crash after step 3: the file and the current key are both the new key; only the pending entry is left over.
// The rotation did complete, and the audit log must say so rather than report it abandoned.
void TestRekey::interruptedAfterCurrentKey()
{
    Test::TestProfile profile;
    QVERIFY(profile.create()->close().ok());
    const QString db = profile.location().databasePath();
    const SecureBytes old = storedKey(profile, SecretKind::DatabaseKey);
    const SecureBytes fresh = SecureBytes::random(32);
    QVERIFY(profile.memoryStore().write(SecretKind::DatabaseKeyNext, fresh).ok());
    {
        auto raw
            = Database::open(db, old, Test::cipherOf(profile.location().directory()), Database::OpenMode::Existing);
        QVERIFY(raw.ok());
        QVERIFY(raw.value()->rekey(fresh).ok());
    }
    QVERIFY(profile.memoryStore().write(SecretKind::DatabaseKey, fresh).ok());

    auto engine = Engine::Engine::open(ownerOptions(profile));
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
    QVERIFY(storedKey(profile, SecretKind::DatabaseKey).equals(fresh));
    QCOMPARE(profile.memoryStore().read(SecretKind::DatabaseKeyNext).error().code, ErrorCode::SecretMissing);
    const Audit::AuditEvent event = lastEvent(*engine.value());
    QCOMPARE(event.action, QStringLiteral("db.rekey"));
    QCOMPARE(event.outcome, QStringLiteral("success"));
    QCOMPARE(detailsOf(event).value(QLatin1String("completed_after_interruption")).toBool(), true);
    QCOMPARE(detailsOf(event).value(QLatin1String("new_key_fingerprint")).toString(), fresh.fingerprint());
    QVERIFY(engine.value()->verifyAudit()->intact);
}

QTEST_GUILESS_MAIN(TestRekey)
#include "tst_rekey.moc"

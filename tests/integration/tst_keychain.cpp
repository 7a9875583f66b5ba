#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Keyward;
using Secrets::SecretKind;

// The secret store contract, run against the real OS keychain (gnome-keyring over D-Bus, see
// scripts/with-keyring.sh) and against the in-memory twin the unit tests use, so the two cannot drift apart.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntry_data();
    void missingEntry();
    void profilesAreIsolated_data();
    void profilesAreIsolated();

private:
    void addStoreColumn();
};

namespace {

using StoreFactory = std::function<std::unique_ptr<Secrets::SecretStore>(const QString &profileId)>;

StoreFactory keychain()
{
    return [](const QString &id) -> std::unique_ptr<Secrets::SecretStore> {
        return std::make_unique<Secrets::KeychainSecretStore>(id);
    };
}

// One MemorySecretStore per profile id, like the keychain's per-profile entries.
StoreFactory memory()
{
    return [](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return std::make_unique<Secrets::MemorySecretStore>();
    };
}

QString freshProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().userMessage;
}

} // namespace

Q_DECLARE_METATYPE(StoreFactory)

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the integration tests through scripts/with-keyring.sh");
    // A probe, so an unreachable keychain fails here with its sentence instead of in every slot.
    Secrets::KeychainSecretStore probe(freshProfileId());
    const Status written = probe.write(SecretKind::BackupKey, SecureBytes::random(32));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().userMessage));
    QVERIFY(probe.remove(SecretKind::BackupKey).ok());
}

void TestKeychain::addStoreColumn()
{
    QTest::addColumn<StoreFactory>("factory");
}

void TestKeychain::roundTrip_data()
{
    addStoreColumn();
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    const SecureBytes random = SecureBytes::random(32);
    const QByteArray randomBytes(reinterpret_cast<const char *>(random.data()), 32);
    for (const auto &[name, factory] : {std::pair {"keychain", keychain()}, std::pair {"memory", memory()}}) {
        QTest::addRow("%s: 32 random bytes", name) << factory << int(SecretKind::DatabaseKey) << randomBytes;
        QTest::addRow("%s: zero bytes", name) << factory << int(SecretKind::CheckpointKey) << QByteArray(32, '\0');
        QTest::addRow("%s: 0xff bytes", name) << factory << int(SecretKind::DatabaseKeyNext) << QByteArray(32, '\xff');
    }
}

void TestKeychain::roundTrip()
{
    QFETCH(StoreFactory, factory);
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    const auto secret = static_cast<SecretKind>(kind);
    const SecureBytes value(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    auto store = factory(freshProfileId());

    const Status written = store->write(secret, value);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().userMessage));
    auto read = store->read(secret);
    QVERIFY2(read.ok(), qPrintable(why(read)));
    QCOMPARE(read->size(), std::size_t(32));
    QVERIFY(read->equals(value));

    // Overwriting replaces the value.
    const SecureBytes other = SecureBytes::random(32);
    QVERIFY(store->write(secret, other).ok());
    QVERIFY(store->read(secret)->equals(other));

    QVERIFY(store->remove(secret).ok());
    auto gone = store->read(secret);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::SecretMissing);
    QVERIFY(store->remove(secret).ok()); // removing a missing entry succeeds
}

void TestKeychain::missingEntry_data()
{
    addStoreColumn();
    QTest::newRow("keychain") << keychain();
    QTest::newRow("memory") << memory();
}

void TestKeychain::missingEntry()
{
    QFETCH(StoreFactory, factory);
    auto store = factory(freshProfileId());
    for (const SecretKind kind :
         {SecretKind::DatabaseKey, SecretKind::DatabaseKeyNext, SecretKind::CheckpointKey, SecretKind::BackupKey}) {
        auto read = store->read(kind);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::SecretMissing);
        QVERIFY(!read.error().userMessage.isEmpty());
        QCOMPARE(exitCodeFor(read.error().code), ExitCode::Keychain);
    }
}

void TestKeychain::profilesAreIsolated_data()
{
    addStoreColumn();
    QTest::newRow("keychain") << keychain();
    QTest::newRow("memory") << memory();
}

void TestKeychain::profilesAreIsolated()
{
    QFETCH(StoreFactory, factory);
    auto a = factory(freshProfileId());
    auto b = factory(freshProfileId());
    const SecureBytes valueA = SecureBytes::random(32);
    const SecureBytes valueB = SecureBytes::random(32);

    QVERIFY(a->write(SecretKind::DatabaseKey, valueA).ok());
    auto unseen = b->read(SecretKind::DatabaseKey);
    QVERIFY(!unseen.ok());
    QCOMPARE(unseen.error().code, ErrorCode::SecretMissing);

    QVERIFY(b->write(SecretKind::DatabaseKey, valueB).ok());
    QVERIFY(a->read(SecretKind::DatabaseKey)->equals(valueA));
    QVERIFY(b->read(SecretKind::DatabaseKey)->equals(valueB));

    QVERIFY(b->remove(SecretKind::DatabaseKey).ok());
    QVERIFY(a->read(SecretKind::DatabaseKey)->equals(valueA)); // b's removal left a's entry alone
    QVERIFY(a->remove(SecretKind::DatabaseKey).ok());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

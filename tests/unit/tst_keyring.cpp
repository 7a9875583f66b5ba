#include "connections/ConnectionService.h"
#include "connections/KeyRing.h"
#include "connections/Sealer.h"
#include "oauth/ProviderCatalog.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Keyward;
using Connections::ConnectionService;
using Connections::KeyRing;
using Connections::tokenBinding;

namespace {

SecureBytes bytesOf(const QByteArray &text)
{
    return SecureBytes(reinterpret_cast<const unsigned char *>(text.constData()),
                       static_cast<std::size_t>(text.size()));
}

QByteArray textOf(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

/// The state of `keyId` in the ring ("missing" when the ring does not list it).
QString stateOf(KeyRing &ring, const QString &keyId)
{
    auto keys = ring.keys();
    if (!keys.ok())
        return QStringLiteral("error");
    for (const KeyRing::KeyInfo &key : keys.value()) {
        if (key.id == keyId)
            return key.state;
    }
    return QStringLiteral("missing");
}

/// A provider app stored directly (no discovery, no network).
Result<Connections::ProviderApp> storeApp(ConnectionService &service)
{
    const OAuth::ProviderEntry *google = OAuth::ProviderCatalog::builtIn().find(QStringLiteral("google"));
    if (!google)
        return Error {ErrorCode::NotFound, QStringLiteral("no google entry in the catalog")};
    Connections::ProviderApp app;
    app.name = QStringLiteral("workspace");
    app.catalogId = google->id;
    app.provider = *google;
    app.clientId = QStringLiteral("client-1.apps.example.com");
    app.authMethod = OAuth::TokenAuthMethod::None;
    app.redirectUri = QStringLiteral("http://127.0.0.1/callback");
    app.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    app.createdMs = QDateTime::currentMSecsSinceEpoch();
    auto id = service.store().insertApp(app);
    if (!id.ok())
        return id.error();
    return service.store().app(id.value());
}

OAuth::TokenResponse tokens(const QByteArray &access, const QByteArray &refresh)
{
    OAuth::TokenResponse token;
    token.accessToken = bytesOf(access);
    token.refreshToken = bytesOf(refresh);
    token.tokenType = QStringLiteral("Bearer");
    token.expiresInSeconds = 3600;
    token.scope = QStringLiteral("openid email");
    return token;
}

} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSealCreatesActiveKey();
    void rotateKeepsOldValuesOpen();
    void resealThenRetireRemovesOldKey();
    void retireRefusesKeyInUse();
    void revokedConnectionDoesNotBlockRetire();
    void retireOnlyRetiringKeys();
    void lockedKeychainIsAnError();
    void rotateWithLockedKeychainChangesNothing();
    void keysSurviveReopen();
};

void TestKeyRing::firstSealCreatesActiveKey()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    KeyRing &ring = engine->connections().keyRing();
    TRY_VALUE(before, ring.keys());
    QVERIFY(before.isEmpty());

    TRY_VALUE(sealed, ring.seal(bytesOf("access-1"), tokenBinding(1, "access")));
    TRY_VALUE(keys, ring.keys());
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].state, QStringLiteral("active"));
    QCOMPARE(Connections::Sealer::keyIdOf(sealed), keys[0].id);
    QVERIFY(keys[0].createdMs > 0);
    QCOMPARE(keys[0].retiredMs, 0);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}-[0-9a-f]{8}$")).match(keys[0].id).hasMatch());
    TRY_VALUE(active, ring.activeKeyId());
    QCOMPARE(active, keys[0].id);

    // The key material is in the keychain, 32 bytes, and never in the database.
    TRY_VALUE(material, profile.memoryStore().read(Secrets::tokenKeyName(active)));
    QCOMPARE(material.size(), std::size_t(32));

    TRY_VALUE(opened, ring.open(sealed, tokenBinding(1, "access")));
    QCOMPARE(textOf(opened), QByteArray("access-1"));
    // A second seal uses the same key.
    TRY_VALUE(again, ring.seal(bytesOf("access-2"), tokenBinding(2, "access")));
    QCOMPARE(Connections::Sealer::keyIdOf(again), active);
    TRY_VALUE(still, ring.keys());
    QCOMPARE(still.size(), 1);
}

void TestKeyRing::rotateKeepsOldValuesOpen()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    KeyRing &ring = engine->connections().keyRing();
    TRY_VALUE(sealedOld, ring.seal(bytesOf("refresh-old"), tokenBinding(7, "refresh")));
    const QString oldKey = Connections::Sealer::keyIdOf(sealedOld);

    TRY_VALUE(newKey, engine->connections().rotateKeys());
    QVERIFY(newKey != oldKey);
    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retiring"));
    QCOMPARE(stateOf(ring, newKey), QStringLiteral("active"));
    TRY_VALUE(active, ring.activeKeyId());
    QCOMPARE(active, newKey);
    QVERIFY(profile.memoryStore().read(Secrets::tokenKeyName(oldKey)).ok());
    QVERIFY(profile.memoryStore().read(Secrets::tokenKeyName(newKey)).ok());

    // Values under the retiring key still open, also without the cached material.
    TRY_VALUE(opened, ring.open(sealedOld, tokenBinding(7, "refresh")));
    QCOMPARE(textOf(opened), QByteArray("refresh-old"));
    ring.clearCache();
    TRY_VALUE(reopened, ring.open(sealedOld, tokenBinding(7, "refresh")));
    QCOMPARE(textOf(reopened), QByteArray("refresh-old"));

    // New values go under the new key.
    TRY_VALUE(sealedNew, ring.seal(bytesOf("refresh-new"), tokenBinding(7, "refresh")));
    QCOMPARE(Connections::Sealer::keyIdOf(sealedNew), newKey);

    // The rotation is audited and enqueued the re-seal.
    QCOMPARE(Test::auditEvents(*engine, QStringLiteral("keys.rotate")).size(), 1);
}

void TestKeyRing::resealThenRetireRemovesOldKey()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    ConnectionService &service = engine->connections();
    KeyRing &ring = service.keyRing();
    TRY_VALUE(app, storeApp(service));

    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        TRY_VALUE(connection,
                  service.addConnection(app, OAuth::Flow::AuthorizationCode,
                                        tokens("access-" + QByteArray::number(i), "refresh-" + QByteArray::number(i)),
                                        QStringLiteral("user%1@example.com").arg(i), QString(), app.scopes));
        ids.append(connection.id);
    }
    const QString oldKey = service.store().connection(ids[0])->keyId;
    QVERIFY(!oldKey.isEmpty());
    TRY_VALUE(oldSealed, service.store().sealedTokens(ids[0]));

    TRY_VALUE(newKey, service.rotateKeys());
    TRY_VALUE(inUse, ring.keys());
    QCOMPARE(inUse.size(), 2);
    QCOMPARE(inUse[0].id, oldKey);
    QCOMPARE(inUse[0].sealedValues, 3);
    QCOMPARE(inUse[1].sealedValues, 0);

    // Batches smaller than the work report what is left; the last one retires the old key.
    TRY_VALUE(left, service.resealBatch(2));
    QVERIFY(left > 0);
    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retiring"));
    TRY_VALUE(done, service.resealBatch(2));
    QCOMPARE(done, 0);

    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retired"));
    QCOMPARE(stateOf(ring, newKey), QStringLiteral("active"));
    auto gone = profile.memoryStore().read(Secrets::tokenKeyName(oldKey));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::SecretMissing);
    TRY_VALUE(keys, ring.keys());
    for (const KeyRing::KeyInfo &key : keys) {
        if (key.id == oldKey) {
            QVERIFY(key.retiredMs > 0);
            QCOMPARE(key.sealedValues, 0);
        }
    }
    QCOMPARE(Test::auditEvents(*engine, QStringLiteral("keys.retire")).size(), 1);

    // Every connection opens under the new key, with its own values and bindings.
    for (int i = 0; i < ids.size(); ++i) {
        TRY_VALUE(connection, service.store().connection(ids[i]));
        QCOMPARE(connection.keyId, newKey);
        TRY_VALUE(sealed, service.store().sealedTokens(ids[i]));
        QCOMPARE(Connections::Sealer::keyIdOf(sealed.access), newKey);
        QCOMPARE(Connections::Sealer::keyIdOf(sealed.refresh), newKey);
        TRY_VALUE(access, ring.open(sealed.access, tokenBinding(ids[i], "access")));
        QCOMPARE(textOf(access), QByteArray("access-" + QByteArray::number(i)));
        TRY_VALUE(refresh, ring.open(sealed.refresh, tokenBinding(ids[i], "refresh")));
        QCOMPARE(textOf(refresh), QByteArray("refresh-" + QByteArray::number(i)));
    }

    // A value still under the retired key no longer opens (the key is gone), cache or not.
    auto stale = ring.open(oldSealed.refresh, tokenBinding(ids[0], "refresh"));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Integrity);
    ring.clearCache();
    auto staleAgain = ring.open(oldSealed.access, tokenBinding(ids[0], "access"));
    QVERIFY(!staleAgain.ok());
    QCOMPARE(staleAgain.error().code, ErrorCode::Integrity);

    // Nothing left to do: a further batch changes nothing.
    TRY_VALUE(idle, service.resealBatch(10));
    QCOMPARE(idle, 0);
}

void TestKeyRing::retireRefusesKeyInUse()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    ConnectionService &service = engine->connections();
    KeyRing &ring = service.keyRing();
    TRY_VALUE(app, storeApp(service));
    TRY_VALUE(connection,
              service.addConnection(app, OAuth::Flow::AuthorizationCode, tokens("a", "r"),
                                    QStringLiteral("user@example.com"), QString(), app.scopes));
    const QString oldKey = connection.keyId;
    TRY_VALUE(newKey, service.rotateKeys());
    Q_UNUSED(newKey);

    const Status refused = ring.retire(oldKey, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().userMessage.contains(oldKey), qPrintable(refused.error().userMessage));
    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retiring"));
    QVERIFY(profile.memoryStore().read(Secrets::tokenKeyName(oldKey)).ok());
    TRY_VALUE(sealed, service.store().sealedTokens(connection.id));
    TRY_VALUE(opened, ring.open(sealed.refresh, tokenBinding(connection.id, "refresh")));
    QCOMPARE(textOf(opened), QByteArray("r"));

    // Re-sealed by hand (the job's work), the key can go.
    TRY_VALUE(access, ring.open(sealed.access, tokenBinding(connection.id, "access")));
    TRY_VALUE(resealedAccess, ring.seal(access, tokenBinding(connection.id, "access")));
    TRY_VALUE(resealedRefresh, ring.seal(opened, tokenBinding(connection.id, "refresh")));
    TRY_VALUE(active, ring.activeKeyId());
    VERIFY_OK(service.store().resealTokens(connection.id, resealedAccess, resealedRefresh, active));
    VERIFY_OK(ring.retire(oldKey, QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retired"));
    QVERIFY(!profile.memoryStore().read(Secrets::tokenKeyName(oldKey)).ok());
    QVERIFY(!ring.open(sealed.refresh, tokenBinding(connection.id, "refresh")).ok());
}

void TestKeyRing::revokedConnectionDoesNotBlockRetire()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    ConnectionService &service = engine->connections();
    KeyRing &ring = service.keyRing();
    TRY_VALUE(app, storeApp(service));
    TRY_VALUE(live,
              service.addConnection(app, OAuth::Flow::AuthorizationCode, tokens("a1", "r1"),
                                    QStringLiteral("live@example.com"), QString(), app.scopes));
    TRY_VALUE(gone,
              service.addConnection(app, OAuth::Flow::AuthorizationCode, tokens("a2", "r2"),
                                    QStringLiteral("gone@example.com"), QString(), app.scopes));
    VERIFY_OK(service.store().markRevoked(gone.id, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("test")));
    const QString oldKey = live.keyId;
    TRY_VALUE(newKey, service.rotateKeys());
    TRY_VALUE(left, service.resealBatch(100));
    QCOMPARE(left, 0);
    QCOMPARE(stateOf(ring, oldKey), QStringLiteral("retired"));
    QVERIFY(!profile.memoryStore().read(Secrets::tokenKeyName(oldKey)).ok());
    TRY_VALUE(revoked, service.store().sealedTokens(gone.id));
    QVERIFY(revoked.access.isEmpty());
    QVERIFY(revoked.refresh.isEmpty());
    TRY_VALUE(sealed, service.store().sealedTokens(live.id));
    QCOMPARE(Connections::Sealer::keyIdOf(sealed.refresh), newKey);
    TRY_VALUE(refresh, ring.open(sealed.refresh, tokenBinding(live.id, "refresh")));
    QCOMPARE(textOf(refresh), QByteArray("r1"));
}

void TestKeyRing::retireOnlyRetiringKeys()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    KeyRing &ring = engine->connections().keyRing();
    TRY_VALUE(active, ring.activeKeyId());
    // The active key is never retired (nothing changes, its keychain entry stays).
    VERIFY_OK(ring.retire(active, QDateTime::currentMSecsSinceEpoch()));
    QCOMPARE(stateOf(ring, active), QStringLiteral("active"));
    QVERIFY(profile.memoryStore().read(Secrets::tokenKeyName(active)).ok());
    TRY_VALUE(sealed, ring.seal(bytesOf("v"), "aad"));
    QVERIFY(ring.open(sealed, "aad").ok());
}

void TestKeyRing::lockedKeychainIsAnError()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    KeyRing &ring = engine->connections().keyRing();

    // No key yet and the keychain locked: creating the first key fails cleanly, and leaves no key row behind.
    profile.memoryStore().setUnavailable(true);
    auto first = ring.seal(bytesOf("value"), "aad");
    QVERIFY(!first.ok());
    QCOMPARE(first.error().code, ErrorCode::KeychainUnavailable);
    profile.memoryStore().setUnavailable(false);
    TRY_VALUE(none, ring.keys());
    QVERIFY(none.isEmpty());

    TRY_VALUE(sealed, ring.seal(bytesOf("value"), "aad"));
    // Locked again with the key no longer cached: opening reports the keychain, not damage, and does not crash.
    ring.clearCache();
    profile.memoryStore().setUnavailable(true);
    auto opened = ring.open(sealed, "aad");
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, ErrorCode::KeychainUnavailable);
    auto again = ring.seal(bytesOf("other"), "aad");
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::KeychainUnavailable);
    profile.memoryStore().setUnavailable(false);
    TRY_VALUE(reopened, ring.open(sealed, "aad"));
    QCOMPARE(textOf(reopened), QByteArray("value"));
}

void TestKeyRing::rotateWithLockedKeychainChangesNothing()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    ConnectionService &service = engine->connections();
    KeyRing &ring = service.keyRing();
    TRY_VALUE(active, ring.activeKeyId());

    profile.memoryStore().setUnavailable(true);
    auto rotated = service.rotateKeys();
    QVERIFY(!rotated.ok());
    QCOMPARE(rotated.error().code, ErrorCode::KeychainUnavailable);
    profile.memoryStore().setUnavailable(false);

    // The transaction rolled back: the old key is still the only, active one.
    TRY_VALUE(keys, ring.keys());
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].id, active);
    QCOMPARE(keys[0].state, QStringLiteral("active"));
    TRY_VALUE(stillActive, ring.activeKeyId());
    QCOMPARE(stillActive, active);
    QVERIFY(Test::auditEvents(*engine, QStringLiteral("keys.rotate")).isEmpty());
}

void TestKeyRing::keysSurviveReopen()
{
    Test::TestProfile profile;
    QByteArray sealed;
    QString keyId;
    {
        auto engine = profile.create();
        TRY_VALUE(value, engine->connections().keyRing().seal(bytesOf("persisted"), "aad"));
        sealed = value;
        keyId = Connections::Sealer::keyIdOf(sealed);
    }
    auto engine = profile.open();
    KeyRing &ring = engine->connections().keyRing();
    TRY_VALUE(active, ring.activeKeyId());
    QCOMPARE(active, keyId);
    TRY_VALUE(opened, ring.open(sealed, "aad"));
    QCOMPARE(textOf(opened), QByteArray("persisted"));
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"

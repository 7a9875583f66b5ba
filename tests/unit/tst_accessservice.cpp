// Users, sign-in (argon2id password + TOTP or recovery code, lockout), API tokens and the last-administrator rule,
// on a real SQLCipher profile with a fake clock.
#include "access/AccessService.h"
#include "access/Totp.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Access;

namespace {

bool stepped(Result<Storage::Statement> &statement)
{
    auto row = statement->step();
    return row.ok() && row.value();
}

class FakeClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
    qint64 ms = 1'800'000'000'000;
};

SecureBytes pw(const char *text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

/// A cheap argon2id so the test runs in milliseconds (the cost parameters are not what is tested here).
const Argon2Params kCheap {256, 1, 1};

} // namespace

class TestAccessService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInWithTotp();
    void codeNeverAcceptedTwice();
    void wrongPasswordLocksOutWithGrowingDelays();
    void recoveryCodeWorksOnce();
    void unknownUserAndBadInput_data();
    void unknownUserAndBadInput();
    void lastAdministratorStays();
    void disabledUserCannotSignIn();
    void apiTokens();
    void tokenCannotExceedItsUser();
    void rehashWhenParametersRise();

private:
    QString codeFor(const Enrollment &enrollment, qint64 offsetSeconds = 0);
    int events(const QString &action, const QString &outcome);

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    FakeClock m_clock;
    std::unique_ptr<AccessService> m_access;
};

void TestAccessService::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
    m_clock.ms = 1'800'000'000'000;
    m_access = std::make_unique<AccessService>(m_engine->database(), m_engine->audit(), m_clock);
    m_access->setHashParams(kCheap);
    // The first user claims the profile and must be a Security Administrator.
    QCOMPARE(m_access->addUser(QStringLiteral("first"), Role::Auditor, pw("pw-first")).error().code, ErrorCode::Usage);
    TRY_VALUE(unclaimed, m_access->claimed());
    QVERIFY(!unclaimed);
    VERIFY_OK(m_access->addUser(QStringLiteral("admin0"), Role::SecurityAdmin, pw("pw-admin0")));
}

void TestAccessService::cleanup()
{
    m_access.reset();
    m_engine.reset();
    m_profile.reset();
}

QString TestAccessService::codeFor(const Enrollment &enrollment, qint64 offsetSeconds)
{
    auto secret = Totp::base32Decode(enrollment.totpSecretBase32);
    if (!secret.ok())
        return {};
    auto code = Totp::code(secret.value(), m_clock.ms / 1000 + offsetSeconds);
    return code.ok() ? code.value() : QString();
}

int TestAccessService::events(const QString &action, const QString &outcome)
{
    int n = 0;
    for (const Audit::AuditEvent &e : Test::auditEvents(*m_engine, action))
        n += e.outcome == outcome ? 1 : 0;
    return n;
}

void TestAccessService::signInWithTotp()
{
    TRY_VALUE(alice, m_access->addUser(QStringLiteral("alice"), Role::Compliance, pw("s3cret pw")));
    TRY_VALUE(claimed, m_access->claimed());
    QVERIFY(claimed);
    QVERIFY(alice.totpUri.startsWith(QStringLiteral("otpauth://totp/Keyward:alice?")));
    QCOMPARE(alice.recoveryCodes.size(), 10);
    QVERIFY(alice.user.twoFactor);

    TRY_VALUE(principal, m_access->signIn(QStringLiteral("alice"), pw("s3cret pw"), codeFor(alice)));
    QCOMPARE(principal.role, Role::Compliance);
    QCOMPARE(principal.name, QStringLiteral("alice"));
    QCOMPARE(principal.via, Principal::Via::Password);
    QCOMPARE(events(QStringLiteral("user.add"), QStringLiteral("success")), 2);
    QCOMPARE(events(QStringLiteral("auth.sign_in"), QStringLiteral("success")), 1);
    // One step of clock skew either way is accepted (after a fresh sign-in window).
    m_clock.ms += 120'000;
    VERIFY_OK(m_access->signIn(QStringLiteral("ALICE"), pw("s3cret pw"), codeFor(alice, 30)));
}

void TestAccessService::codeNeverAcceptedTwice()
{
    TRY_VALUE(bob, m_access->addUser(QStringLiteral("bob"), Role::Support, pw("pw-bob-1")));
    const QString code = codeFor(bob);
    VERIFY_OK(m_access->signIn(QStringLiteral("bob"), pw("pw-bob-1"), code));
    const auto again = m_access->signIn(QStringLiteral("bob"), pw("pw-bob-1"), code);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::SignInFailed);
    // Nor an older one.
    const auto older = m_access->signIn(QStringLiteral("bob"), pw("pw-bob-1"), codeFor(bob, -30));
    QVERIFY(!older.ok());
    QCOMPARE(events(QStringLiteral("auth.sign_in"), QStringLiteral("failure")), 2);
}

void TestAccessService::wrongPasswordLocksOutWithGrowingDelays()
{
    TRY_VALUE(carol, m_access->addUser(QStringLiteral("carol"), Role::Auditor, pw("right")));
    for (int i = 0; i < 3; ++i) {
        const auto refused = m_access->signIn(QStringLiteral("carol"), pw("wrong"), codeFor(carol));
        QCOMPARE(refused.error().code, ErrorCode::SignInFailed);
    }
    // The fourth failure locks the user out for a second; even the right password waits.
    QVERIFY(!m_access->signIn(QStringLiteral("carol"), pw("wrong"), codeFor(carol)).ok());
    const auto locked = m_access->signIn(QStringLiteral("carol"), pw("right"), codeFor(carol));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, ErrorCode::SignInFailed);
    m_clock.ms += 1'100;
    QVERIFY(!m_access->signIn(QStringLiteral("carol"), pw("wrong"), codeFor(carol)).ok()); // 5th: 2 s
    m_clock.ms += 1'100;
    QVERIFY2(!m_access->signIn(QStringLiteral("carol"), pw("right"), codeFor(carol)).ok(), "the delay grew to 2 s");
    m_clock.ms += 1'000;
    VERIFY_OK(m_access->signIn(QStringLiteral("carol"), pw("right"), codeFor(carol)));
    // Success resets the count.
    QVERIFY(!m_access->signIn(QStringLiteral("carol"), pw("wrong"), QString()).ok());
    m_clock.ms += 31'000;
    VERIFY_OK(m_access->signIn(QStringLiteral("carol"), pw("right"), codeFor(carol)));
    bool sawLock = false;
    for (const Audit::AuditEvent &e : Test::auditEvents(*m_engine, QStringLiteral("auth.sign_in")))
        sawLock = sawLock || e.details.contains("locked");
    QVERIFY2(sawLock, "the lockout is audited");
}

void TestAccessService::recoveryCodeWorksOnce()
{
    TRY_VALUE(dave, m_access->addUser(QStringLiteral("dave"), Role::SecurityAdmin, pw("pw-d")));
    const QString code = dave.recoveryCodes.at(3);
    TRY_VALUE(p, m_access->signIn(QStringLiteral("dave"), pw("pw-d"), code.toLower()));
    QCOMPARE(p.role, Role::SecurityAdmin);
    TRY_VALUE(after, m_access->store().find(QStringLiteral("dave")));
    QCOMPARE(after.recoveryCodesLeft, 9);
    QVERIFY(!m_access->signIn(QStringLiteral("dave"), pw("pw-d"), code).ok());
}

void TestAccessService::unknownUserAndBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("error");
    QTest::newRow("unknown user") << "mallory" << QByteArray("pw") << "123456" << int(ErrorCode::SignInFailed);
    QTest::newRow("empty password") << "erin" << QByteArray() << "123456" << int(ErrorCode::Usage);
    QTest::newRow("huge password") << "erin" << QByteArray(5000, 'x') << "123456" << int(ErrorCode::Usage);
    QTest::newRow("empty name") << "" << QByteArray("pw") << "123456" << int(ErrorCode::Usage);
    QTest::newRow("letters for a code") << "erin" << QByteArray("pw-e") << "abcdef" << int(ErrorCode::SignInFailed);
    QTest::newRow("no code") << "erin" << QByteArray("pw-e") << "" << int(ErrorCode::SignInFailed);
}

void TestAccessService::unknownUserAndBadInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, password);
    QFETCH(QString, code);
    QFETCH(int, error);
    VERIFY_OK(m_access->addUser(QStringLiteral("erin"), Role::Auditor, pw("pw-e")));
    const auto refused = m_access->signIn(name, SecureBytes::takeFrom(password), code);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), error);
    QVERIFY(!refused.error().userMessage.isEmpty());
    QCOMPARE(events(QStringLiteral("auth.sign_in"), QStringLiteral("failure")), 1);
}

void TestAccessService::lastAdministratorStays()
{
    QCOMPARE(m_access->setRole(QStringLiteral("admin0"), Role::Auditor).error().code, ErrorCode::Usage);
    QCOMPARE(m_access->setDisabled(QStringLiteral("admin0"), true).error().code, ErrorCode::Usage);
    VERIFY_OK(m_access->addUser(QStringLiteral("second"), Role::SecurityAdmin, pw("pw-s")));
    TRY_VALUE(demoted, m_access->setRole(QStringLiteral("admin0"), Role::Auditor));
    QCOMPARE(demoted.role, Role::Auditor);
    QCOMPARE(m_access->setDisabled(QStringLiteral("second"), true).error().code, ErrorCode::Usage);
    QCOMPARE(events(QStringLiteral("user.set_role"), QStringLiteral("success")), 1);
}

void TestAccessService::disabledUserCannotSignIn()
{
    VERIFY_OK(m_access->addUser(QStringLiteral("root"), Role::SecurityAdmin, pw("pw-r")));
    TRY_VALUE(fay, m_access->addUser(QStringLiteral("fay"), Role::Support, pw("pw-f")));
    TRY_VALUE(token, m_access->createToken(QStringLiteral("fay"), Role::Support, QString(), 0));
    VERIFY_OK(m_access->setDisabled(QStringLiteral("fay"), true));
    const auto refused = m_access->signIn(QStringLiteral("fay"), pw("pw-f"), codeFor(fay));
    QCOMPARE(refused.error().code, ErrorCode::SignInFailed);
    QVERIFY(refused.error().userMessage.contains(QStringLiteral("disabled")));
    QCOMPARE(m_access->authenticateToken(token.second).error().code, ErrorCode::SignInFailed);
}

void TestAccessService::apiTokens()
{
    VERIFY_OK(m_access->addUser(QStringLiteral("svc"), Role::Support, pw("pw-svc")));
    TRY_VALUE(
        created,
        m_access->createToken(QStringLiteral("svc"), Role::Support, QStringLiteral("serve"), m_clock.ms + 3'600'000));
    const QByteArray token = created.second;
    QVERIFY(token.startsWith("kwt_"));
    QVERIFY(token.size() >= 40);
    TRY_VALUE(p, m_access->authenticateToken(token + "\n"));
    QCOMPARE(p.via, Principal::Via::ApiToken);
    QCOMPARE(p.role, Role::Support);
    QCOMPARE(p.tokenId, created.first.id);
    // Only the hash is stored.
    auto stored = m_engine->database().prepare("SELECT token_hash FROM api_tokens WHERE id = ?");
    QVERIFY(stored.ok());
    stored->bind(1, created.first.id);
    QVERIFY(stepped(stored));
    QCOMPARE(stored->blob(0), QCryptographicHash::hash(token, QCryptographicHash::Sha256));
    // Unknown, tampered, expired, revoked: refused and audited.
    QByteArray tampered = token;
    tampered[10] = tampered[10] == 'A' ? 'B' : 'A';
    QCOMPARE(m_access->authenticateToken(tampered).error().code, ErrorCode::SignInFailed);
    QCOMPARE(m_access->authenticateToken("not-a-token").error().code, ErrorCode::SignInFailed);
    m_clock.ms += 3'600'001;
    QCOMPARE(m_access->authenticateToken(token).error().code, ErrorCode::SignInFailed);
    TRY_VALUE(lasting, m_access->createToken(QStringLiteral("svc"), Role::Support, QString(), 0));
    VERIFY_OK(m_access->authenticateToken(lasting.second));
    VERIFY_OK(m_access->revokeToken(lasting.first.id));
    QCOMPARE(m_access->authenticateToken(lasting.second).error().code, ErrorCode::SignInFailed);
    QCOMPARE(events(QStringLiteral("auth.token"), QStringLiteral("failure")), 4);
    QCOMPARE(events(QStringLiteral("token.revoke"), QStringLiteral("success")), 1);
}

void TestAccessService::tokenCannotExceedItsUser()
{
    VERIFY_OK(m_access->addUser(QStringLiteral("root"), Role::SecurityAdmin, pw("pw-r")));
    VERIFY_OK(m_access->addUser(QStringLiteral("sup"), Role::Support, pw("pw-s")));
    QCOMPARE(m_access->createToken(QStringLiteral("sup"), Role::SecurityAdmin, QString(), 0).error().code,
             ErrorCode::Usage);
    QCOMPARE(m_access->createToken(QStringLiteral("sup"), Role::Compliance, QString(), 0).error().code,
             ErrorCode::Usage);
    // A token made while its user was an administrator stops working when the user is demoted.
    TRY_VALUE(admin, m_access->createToken(QStringLiteral("root"), Role::SecurityAdmin, QString(), 0));
    VERIFY_OK(m_access->addUser(QStringLiteral("other"), Role::SecurityAdmin, pw("pw-o")));
    VERIFY_OK(m_access->setRole(QStringLiteral("root"), Role::Support));
    QCOMPARE(m_access->authenticateToken(admin.second).error().code, ErrorCode::SignInFailed);
    QVERIFY(AccessService::roleWithin(Role::Auditor, Role::Compliance));
    QVERIFY(!AccessService::roleWithin(Role::Support, Role::Auditor));
}

void TestAccessService::rehashWhenParametersRise()
{
    TRY_VALUE(gus, m_access->addUser(QStringLiteral("gus"), Role::Auditor, pw("pw-g")));
    TRY_VALUE(before, m_access->store().credentials(gus.user.id));
    m_access->setHashParams({512, 2, 1});
    VERIFY_OK(m_access->signIn(QStringLiteral("gus"), pw("pw-g"), codeFor(gus)));
    TRY_VALUE(after, m_access->store().credentials(gus.user.id));
    QVERIFY(before.passwordHash.contains("m=256,t=1"));
    QVERIFY2(after.passwordHash.contains("m=512,t=2"), after.passwordHash.constData());
}

QTEST_GUILESS_MAIN(TestAccessService)
#include "tst_accessservice.moc"

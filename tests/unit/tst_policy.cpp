// The whole policy matrix: every engine action × every role, checked at the engine (a user of that role signs in
// with an API token and calls the engine; a refusal is ErrorCode::PermissionDenied plus an audited access.denied).
// The expected matrix is written out here, independently of access/Policy.cpp.
#include "access/AccessService.h"
#include "connections/ConnectionService.h"
#include "privacy/SubjectRequests.h"
#include "reports/ReportService.h"
#include "retention/RetentionService.h"
#include "support/TestProfile.h"
#include "support/Verify.h"
#include "webhooks/WebhookService.h"

#include <QBuffer>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Access;

Q_DECLARE_METATYPE(Keyward::Access::Permission)
Q_DECLARE_METATYPE(Keyward::Access::Role)

namespace {

// clang-format off
// What each role may do. A = Security Administrator, C = Compliance Officer, S = Support, U = Auditor.
const QHash<Permission, QByteArray> kExpected {
    {Permission::ProfileRead,           "ACSU"},
    {Permission::AuditRead,             "AC U"},
    {Permission::AuditExport,           "AC U"},
    {Permission::BackupCreate,          "A   "},
    {Permission::ProfileAdminister,     "A   "},
    {Permission::AppsRead,              "ACSU"},
    {Permission::AppsManage,            "A   "},
    {Permission::ConnectionsRead,       "ACSU"},
    {Permission::ConnectionsConnect,    "A   "},
    {Permission::ConnectionsRefresh,    "A S "},
    {Permission::ConnectionsIntrospect, "A S "},
    {Permission::ConnectionsRevoke,     "A   "},
    {Permission::KeysRead,              "AC U"},
    {Permission::KeysRotate,            "A   "},
    {Permission::JobsRead,              "ACSU"},
    {Permission::JobsManage,            "A S "},
    {Permission::JobsRun,               "A S "},
    {Permission::UsersRead,             "AC U"},
    {Permission::UsersManage,           "A   "},
    {Permission::WebhooksRead,          "ACSU"},
    {Permission::WebhooksManage,        "A   "},
    {Permission::WebhooksReplay,        "A S "},
    {Permission::RetentionManage,       "AC  "},
    {Permission::ReportsGenerate,       "AC U"},
    {Permission::ReportsSchedule,       "AC  "},
    {Permission::SubjectsExport,        "AC  "},
};
// clang-format on

bool expectedAllowed(Permission permission, Role role)
{
    const QByteArray row = kExpected.value(permission);
    const char letter = role == Role::SecurityAdmin ? 'A'
        : role == Role::Compliance                  ? 'C'
        : role == Role::Support                     ? 'S'
                                                    : 'U';
    return row.contains(letter);
}

template<typename T> Result<T> await(const std::function<void(Connections::ConnectionService::Done<T>)> &start)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, 10'000));
    return result.value_or(Error {ErrorCode::Failure, QStringLiteral("no answer")});
}

template<typename R> Status statusOf(const R &result)
{
    if (result.ok())
        return {};
    return result.error();
}

/// Calls the engine entry point guarded by `permission` (a read that goes to a store directly: authorize()).
Status act(Engine::Engine &engine, Permission permission, const QString &scratch)
{
    auto &connections = engine.connections();
    switch (permission) {
    case Permission::ProfileRead:
        return statusOf(engine.status());
    case Permission::AuditRead:
        return statusOf(engine.verifyAudit());
    case Permission::AuditExport: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        return statusOf(engine.exportAudit(buffer, QStringLiteral("memory")));
    }
    case Permission::BackupCreate:
        return statusOf(engine.createBackup(scratch + QStringLiteral("/backup.kwbak")));
    case Permission::ProfileAdminister:
        return statusOf(engine.exportRecoveryKit());
    case Permission::AppsManage:
        return statusOf(connections.configureRefresh(QStringLiteral("no-such-app"), {}));
    case Permission::ConnectionsConnect:
        return statusOf(connections.addConnection({}, OAuth::Flow::AuthorizationCode, {}, {}, {}, {}));
    case Permission::ConnectionsRefresh:
        return statusOf(await<Connections::Connection>([&](auto done) { connections.refresh(4711, done); }));
    case Permission::ConnectionsIntrospect:
        return statusOf(await<QJsonObject>([&](auto done) { connections.introspect(4711, done); }));
    case Permission::ConnectionsRevoke:
        return statusOf(await<Connections::Connection>([&](auto done) { connections.revoke(4711, true, done); }));
    case Permission::KeysRotate:
        return statusOf(connections.rotateKeys());
    case Permission::JobsManage:
        return statusOf(engine.retryJobs({4711}));
    case Permission::JobsRun: {
        const Status started = engine.startWorkers(1);
        engine.stopWorkers();
        return started;
    }
    case Permission::UsersManage:
        return statusOf(engine.users().setDisabled(QStringLiteral("nobody"), true));
    case Permission::WebhooksRead:
        return statusOf(engine.webhooks().deliveries({}));
    case Permission::WebhooksManage:
        return statusOf(engine.webhooks().rotateSecret(QStringLiteral("no-such-source"), SecureBytes::random(32), 0));
    case Permission::WebhooksReplay:
        return statusOf(engine.webhooks().replay({4711}));
    case Permission::RetentionManage:
        return statusOf(engine.retention().set(Retention::Kind::JobHistory, 30));
    case Permission::ReportsGenerate: {
        Reports::ReportRequest request;
        request.from = QDateTime::currentDateTimeUtc().addDays(-1);
        request.to = QDateTime::currentDateTimeUtc();
        return statusOf(Reports::ReportService(engine).preview(request));
    }
    case Permission::ReportsSchedule:
        return statusOf(Reports::ReportService(engine).unschedule(QStringLiteral("no-such-schedule")));
    case Permission::SubjectsExport:
        return statusOf(Privacy::SubjectRequests(engine).find(QStringLiteral("nobody@example.com")));
    case Permission::AppsRead:
    case Permission::ConnectionsRead:
    case Permission::KeysRead:
    case Permission::JobsRead:
    case Permission::UsersRead:
        return engine.authorize(permission);
    }
    return Error {ErrorCode::Failure, QStringLiteral("unknown permission")};
}

/// A profile claimed by the Security Administrator "root" (made by the operator), opened again so that it acts only
/// for whoever signs in.
std::unique_ptr<Engine::Engine> claimedProfile(Test::TestProfile &profile)
{
    auto engine = profile.create();
    if (!engine)
        return nullptr;
    engine->users().setHashParams({256, 1, 1});
    if (!engine->users().addUser(QStringLiteral("root"), Role::SecurityAdmin, SecureBytes::random(16)).ok())
        return nullptr;
    engine.reset();
    return profile.open();
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableMatchesTheSpecification();
    void engineEnforces_data();
    void engineEnforces();
    void unclaimedProfileRunsAsOperator();
    void claimedProfileNeedsSignIn();
    void refusalNamesThePermission();
    void roleChangesApplyToOpenSessions();
};

void TestPolicy::tableMatchesTheSpecification()
{
    QCOMPARE(allPermissions().size(), kExpected.size());
    for (Permission permission : allPermissions()) {
        for (Role role : allRoles()) {
            QVERIFY2(allowed(role, permission) == expectedAllowed(permission, role),
                     qPrintable(roleName(role) + u' ' + permissionName(permission)));
        }
    }
    // The Auditor changes nothing: every permission it has reads (exports and reports write out what it may read).
    for (Permission permission : allPermissions()) {
        if (allowed(Role::Auditor, permission))
            QVERIFY2(permissionName(permission).endsWith(QLatin1String(".read"))
                         || permission == Permission::AuditExport || permission == Permission::ReportsGenerate,
                     qPrintable(permissionName(permission)));
    }
}

void TestPolicy::engineEnforces_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<Role>("role");
    for (Permission permission : allPermissions()) {
        for (Role role : allRoles()) {
            QTest::addRow("%s as %s", qPrintable(permissionName(permission)), qPrintable(roleName(role)))
                << permission << role;
        }
    }
}

void TestPolicy::engineEnforces()
{
    QFETCH(Permission, permission);
    QFETCH(Role, role);
    Test::TestProfile profile;
    auto engine = claimedProfile(profile);
    QVERIFY(engine);
    // The test's other user and the token come from an AccessService without the engine's authorizer (set-up, not
    // what is tested).
    Access::AccessService direct(engine->database(), engine->audit());
    direct.setHashParams({256, 1, 1});
    if (role != Role::SecurityAdmin)
        VERIFY_OK(direct.addUser(QStringLiteral("someone"), role, SecureBytes::random(16)));
    const QString user = role == Role::SecurityAdmin ? QStringLiteral("root") : QStringLiteral("someone");
    TRY_VALUE(token, direct.createToken(user, role, QString(), 0));
    VERIFY_OK(engine->signInWithToken(token.second));

    const int deniedBefore = Test::auditEvents(*engine, QStringLiteral("access.denied")).size();
    const Status result = act(*engine, permission, profile.path(QString()));
    const bool refused = !result.ok() && result.error().code == ErrorCode::PermissionDenied;
    const bool expected = expectedAllowed(permission, role);
    QVERIFY2(refused == !expected,
             qPrintable(QStringLiteral("%1 as %2: %3 (%4)")
                            .arg(permissionName(permission), roleName(role),
                                 expected ? QStringLiteral("refused although allowed") : QStringLiteral("not refused"),
                                 result.ok() ? QStringLiteral("ok") : result.error().userMessage)));
    const int deniedAfter = Test::auditEvents(*engine, QStringLiteral("access.denied")).size();
    QCOMPARE(deniedAfter - deniedBefore, refused ? 1 : 0);
}

void TestPolicy::unclaimedProfileRunsAsOperator()
{
    Test::TestProfile profile;
    auto engine = profile.create();
    QVERIFY(engine);
    TRY_VALUE(who, engine->principal());
    QCOMPARE(who.via, Principal::Via::Operator);
    QCOMPARE(who.role, Role::SecurityAdmin);
    VERIFY_OK(engine->authorize(Permission::UsersManage));
}

void TestPolicy::claimedProfileNeedsSignIn()
{
    Test::TestProfile profile;
    auto engine = claimedProfile(profile);
    QVERIFY(engine);
    const Status refused = engine->authorize(Permission::ProfileRead);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::SignInFailed);
    QVERIFY(!engine->status().ok());
    QCOMPARE(engine->signInWithToken("kwt_forged").error().code, ErrorCode::SignInFailed);
}

void TestPolicy::refusalNamesThePermission()
{
    const QString sentence = refusal(QStringLiteral("sam"), Role::Support, Permission::ConnectionsRevoke);
    QVERIFY(sentence.contains(QStringLiteral("sam")));
    QVERIFY(sentence.contains(QStringLiteral("connections.revoke")));
    QVERIFY(sentence.contains(QStringLiteral("Support")));
}

void TestPolicy::roleChangesApplyToOpenSessions()
{
    Test::TestProfile profile;
    auto engine = claimedProfile(profile);
    QVERIFY(engine);
    Access::AccessService direct(engine->database(), engine->audit());
    direct.setHashParams({256, 1, 1});
    VERIFY_OK(direct.addUser(QStringLiteral("other"), Role::SecurityAdmin, SecureBytes::random(16)));
    TRY_VALUE(token, direct.createToken(QStringLiteral("root"), Role::SecurityAdmin, QString(), 0));
    VERIFY_OK(engine->signInWithToken(token.second));
    VERIFY_OK(engine->authorize(Permission::UsersManage));
    // Demoted while signed in: the session loses the power at once, not at the next sign-in.
    VERIFY_OK(direct.setRole(QStringLiteral("root"), Role::Auditor));
    QCOMPARE(engine->authorize(Permission::UsersManage).error().code, ErrorCode::PermissionDenied);
    VERIFY_OK(engine->authorize(Permission::AuditRead));
    // Disabled while signed in: nothing more.
    VERIFY_OK(direct.setDisabled(QStringLiteral("root"), true));
    QCOMPARE(engine->authorize(Permission::ProfileRead).error().code, ErrorCode::SignInFailed);
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"

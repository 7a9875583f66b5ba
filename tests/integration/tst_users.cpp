// Users, roles, sign-in and API tokens through keyward-cli on a real profile in the real keychain: the first
// administrator from `init --admin`, password + TOTP sign-in, tokens for scripts, refusals with exit 5 naming the
// permission, sign-in failures with exit 11, and the audit trail of all of it.
#include "access/Totp.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using Test::CliRun;

namespace {

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QJsonObject jsonOf(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

constexpr char kRootPassword[] = "root: correct horse battery staple";

class Profile
{
public:
    Profile()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("KEYWARD_LANG"), QStringLiteral("en"));
        m_env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
        m_env.remove(QStringLiteral("KEYWARD_TOKEN"));
        m_env.insert(QStringLiteral("KEYWARD_PROFILE_DIR"), m_tmp.filePath(QStringLiteral("profile")));
    }
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, const QByteArray &token = {}) const
    {
        QProcessEnvironment env = m_env;
        if (!token.isEmpty())
            env.insert(QStringLiteral("KEYWARD_TOKEN"), QString::fromLatin1(token));
        return Test::runCli(arguments, env, input);
    }
    QString path(const QString &name) const { return m_tmp.filePath(name); }

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

/// The TOTP code of `base32Secret` for the step `offset` steps from now.
QString totp(const QString &base32Secret, int offset = 0)
{
    auto secret = Access::Totp::base32Decode(base32Secret);
    if (!secret.ok())
        return {};
    auto code = Access::Totp::code(secret.value(), QDateTime::currentSecsSinceEpoch() + offset * 30);
    return code.ok() ? code.value() : QString();
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstAdministratorAndRoles();
    void signInFailures();
    void tokensExpireAndAreRevoked();

private:
    struct Claimed
    {
        QString secret; ///< root's TOTP secret (base32)
        QString usedCode; ///< the code root signed in with
        QStringList recoveryCodes;
        QByteArray adminToken; ///< made by that sign-in
    };
    /// init --admin root, then one sign-in with password and code that makes an administrator API token.
    void claim(Profile &profile, Claimed *claimed);
};

void TestUsers::initTestCase()
{
    QVERIFY2(!Test::cliPath().isEmpty(), "set KEYWARD_CLI to the built keyward-cli (ctest does)");
}

void TestUsers::claim(Profile &profile, Claimed *claimed)
{
    const CliRun init
        = profile.run(words("init --admin root --password-stdin --json"), QByteArray(kRootPassword) + '\n');
    QVERIFY2(init.exitCode == 0, init.describe().constData());
    const QJsonObject enrollment = jsonOf(init.out);
    QCOMPARE(enrollment.value(QLatin1String("role")).toString(), QStringLiteral("security-admin"));
    QVERIFY(enrollment.value(QLatin1String("totp_uri")).toString().startsWith(QStringLiteral("otpauth://totp/")));
    QCOMPARE(enrollment.value(QLatin1String("recovery_codes")).toArray().size(), 10);
    QVERIFY2(!init.out.contains(kRootPassword) && !init.err.contains(kRootPassword), "the password was printed");
    claimed->secret = enrollment.value(QLatin1String("totp_secret")).toString();
    for (const QJsonValue &code : enrollment.value(QLatin1String("recovery_codes")).toArray())
        claimed->recoveryCodes.append(code.toString());

    // Claimed: nothing without signing in.
    const CliRun anonymous = profile.run(words("status"));
    QCOMPARE(anonymous.exitCode, 11);
    QVERIFY2(anonymous.err.contains("sign in"), anonymous.err.constData());

    // Root signs in with password and code once, and makes a token for the rest of the test (a code is accepted
    // only once, so one sign-in per 30 s step).
    claimed->usedCode = totp(claimed->secret);
    const CliRun token = profile.run(
        {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
         claimed->usedCode, QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--user"),
         QStringLiteral("root"), QStringLiteral("--label"), QStringLiteral("test"), QStringLiteral("--json")},
        QByteArray(kRootPassword) + '\n');
    QVERIFY2(token.exitCode == 0, token.describe().constData());
    claimed->adminToken = jsonOf(token.out).value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(claimed->adminToken.startsWith("kwt_"));
}

void TestUsers::firstAdministratorAndRoles()
{
    Profile profile;
    Claimed claimed;
    claim(profile, &claimed);
    if (QTest::currentTestFailed())
        return;
    const QByteArray &admin = claimed.adminToken;
    VERIFY_EXIT(profile.run(words("status"), {}, admin), 0);

    // A Support user and a token for it.
    VERIFY_EXIT(profile.run(words("users add sam --role support --password-stdin"), "sam's password\n", admin), 0);
    const CliRun samToken = profile.run(words("tokens create --user sam --expires 1h --json"), {}, admin);
    QVERIFY2(samToken.exitCode == 0, samToken.describe().constData());
    const QByteArray support = jsonOf(samToken.out).value(QLatin1String("token")).toString().toLatin1();
    const CliRun listed = profile.run(words("users list --json"), {}, admin);
    QCOMPARE(jsonOf(listed.out).value(QLatin1String("users")).toArray().size(), 2);

    // sam changes their own password after signing in with the old one and a code; not someone else's.
    const CliRun samEnrolled = profile.run(words("users reset-2fa sam --json"), {}, admin);
    QVERIFY2(samEnrolled.exitCode == 0, samEnrolled.describe().constData());
    const QString samSecret = jsonOf(samEnrolled.out).value(QLatin1String("totp_secret")).toString();
    const QString samCode = totp(samSecret);
    VERIFY_EXIT(profile.run({QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--password-stdin"),
                             QStringLiteral("--otp"), samCode, QStringLiteral("users"), QStringLiteral("set-password"),
                             QStringLiteral("sam")},
                            "sam's password\nsam's new password\n"),
                0);
    const CliRun notYours = profile.run(words("users set-password root"), "x\n", support);
    QCOMPARE(notYours.exitCode, 5);
    VERIFY_EXIT(profile.run({QStringLiteral("--user"), QStringLiteral("sam"), QStringLiteral("--password-stdin"),
                             QStringLiteral("--otp"), totp(samSecret, 1), QStringLiteral("status")},
                            "sam's new password\n"),
                0);

    // Support reads connections and jobs, and is refused what is not its job, with the permission named.
    VERIFY_EXIT(profile.run(words("connections list"), {}, support), 0);
    VERIFY_EXIT(profile.run(words("jobs list"), {}, support), 0);
    const struct
    {
        const char *command;
        const char *permission;
    } refusals[] = {{"users add eve --role auditor --password-stdin", "users.manage"},
                    {"keys rotate", "keys.rotate"},
                    {"audit tail", "audit.read"},
                    {"db rekey", "profile.administer"},
                    {"tokens create --user sam", "users.manage"}};
    for (const auto &refusal : refusals) {
        const CliRun refused = profile.run(words(refusal.command), "x\n", support);
        QVERIFY2(refused.exitCode == 5, refused.describe().constData());
        QVERIFY2(refused.err.contains(refusal.permission) && refused.err.contains("sam"), refused.err.constData());
    }
    // The token's role cannot exceed its user's.
    QCOMPARE(profile.run(words("tokens create --user sam --role security-admin"), {}, admin).exitCode, 2);
    // The last Security Administrator stays one.
    const CliRun demote = profile.run(words("users set-role root auditor"), {}, admin);
    QCOMPARE(demote.exitCode, 2);
    QVERIFY2(demote.err.contains("last"), demote.err.constData());
    VERIFY_EXIT(profile.run(words("users set-role sam auditor"), {}, admin), 0);
    // sam's support token now exceeds sam's role (auditors may not refresh): refused at sign-in.
    QCOMPARE(profile.run(words("connections list"), {}, support).exitCode, 11);

    // Everything is in the audit log, with the signed-in user as actor; no password or token anywhere.
    const CliRun tail = profile.run(words("audit tail -n 200 --json"), {}, admin);
    QVERIFY2(tail.exitCode == 0, tail.describe().constData());
    QMap<QString, int> seen;
    bool actorIsUser = false;
    for (const QJsonValue &value : jsonOf(tail.out).value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        seen[event.value(QLatin1String("action")).toString() + u'/'
             + event.value(QLatin1String("outcome")).toString()]++;
        if (event.value(QLatin1String("action")).toString() == QLatin1String("user.add")
            && event.value(QLatin1String("target")).toString() == QLatin1String("user:sam"))
            actorIsUser = event.value(QLatin1String("actor")).toObject().value(QLatin1String("user")).toString()
                == QLatin1String("root");
    }
    QVERIFY2(seen.value(QStringLiteral("access.denied/failure")) >= 5, qPrintable(QStringList(seen.keys()).join(u' ')));
    QVERIFY(seen.value(QStringLiteral("auth.sign_in/success")) == 3);
    QVERIFY(seen.value(QStringLiteral("user.set_password/success")) == 1);
    QVERIFY(seen.value(QStringLiteral("token.create/success")) == 2);
    QVERIFY(seen.value(QStringLiteral("user.set_role/success")) == 1);
    QVERIFY(seen.value(QStringLiteral("auth.token/failure")) >= 1);
    QVERIFY2(actorIsUser, "events after sign-in name the Keyward user");
    QVERIFY(!tail.out.contains(admin) && !tail.out.contains(support) && !tail.out.contains(kRootPassword));
}

void TestUsers::signInFailures()
{
    Profile profile;
    Claimed claimed;
    claim(profile, &claimed);
    if (QTest::currentTestFailed())
        return;
    const QByteArray &admin = claimed.adminToken;
    const QString &secret = claimed.secret;
    auto signIn = [&](const QString &code, const QByteArray &password) {
        return profile.run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
                            QStringLiteral("--otp"), code, QStringLiteral("status")},
                           password + '\n');
    };
    // The code claim() signed in with is refused (whatever the time now), a wrong password too, letters too: exit 11,
    // one sentence.
    for (const CliRun &refused : {signIn(claimed.usedCode, kRootPassword), signIn(totp(secret, 1), "wrong"),
                                  signIn(QStringLiteral("abcdef"), kRootPassword)}) {
        QVERIFY2(refused.exitCode == 11, refused.describe().constData());
        QVERIFY2(refused.err.trimmed().endsWith('.') && refused.err.count('\n') == 1, refused.err.constData());
    }
    // Empty and huge passwords: usage errors.
    QCOMPARE(signIn(totp(secret, 1), QByteArray()).exitCode, 2);
    QCOMPARE(signIn(totp(secret, 1), QByteArray(5000, 'p')).exitCode, 2);
    // No terminal and no --password-stdin: a sentence, not a hang.
    const CliRun noTerminal = profile.run(words("--user root status"));
    QCOMPARE(noTerminal.exitCode, 2);
    QVERIFY2(noTerminal.err.contains("--password-stdin"), noTerminal.err.constData());
    // Three failures so far: the fourth locks root out (1 s; the delays themselves are tested with a fake clock in
    // tst_accessservice, as a slow machine would blur them here). The audit log says until when.
    QCOMPARE(signIn(totp(secret, 1), "wrong again").exitCode, 11);
    const CliRun tail = profile.run(words("audit tail -n 100 --json"), {}, admin);
    int failures = 0;
    QString lockedUntil;
    for (const QJsonValue &value : jsonOf(tail.out).value(QLatin1String("events")).toArray()) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("action")).toString() != QLatin1String("auth.sign_in")
            || event.value(QLatin1String("outcome")).toString() != QLatin1String("failure"))
            continue;
        ++failures;
        const QJsonObject details = event.value(QLatin1String("details")).toObject();
        if (details.value(QLatin1String("failures")).toInt() == 4)
            lockedUntil = details.value(QLatin1String("locked_until")).toString();
    }
    QVERIFY2(failures >= 4, qPrintable(QString::number(failures)));
    QVERIFY2(!lockedUntil.isEmpty(), tail.out.constData());
    // After the lock, a recovery code signs in; the same one never again.
    const QDateTime until = QDateTime::fromString(lockedUntil, Qt::ISODateWithMs);
    QVERIFY(until.isValid());
    QTest::qWait(static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(until))) + 100);
    VERIFY_EXIT(signIn(claimed.recoveryCodes.first(), kRootPassword), 0);
    QCOMPARE(signIn(claimed.recoveryCodes.first(), kRootPassword).exitCode, 11);
}

void TestUsers::tokensExpireAndAreRevoked()
{
    Profile profile;
    Claimed claimed;
    claim(profile, &claimed);
    if (QTest::currentTestFailed())
        return;
    const QByteArray &admin = claimed.adminToken;
    const CliRun shortLived
        = profile.run(words("tokens create --user root --role auditor --expires 1s --json"), {}, admin);
    QVERIFY2(shortLived.exitCode == 0, shortLived.describe().constData());
    const QByteArray auditor = jsonOf(shortLived.out).value(QLatin1String("token")).toString().toLatin1();
    VERIFY_EXIT(profile.run(words("audit verify"), {}, auditor), 0);
    // An Auditor may not run the workers: `serve` with its token stops at once, naming the permission.
    const CliRun readOnly = profile.run(words("tokens create --user root --role auditor --json"), {}, admin);
    const QByteArray auditorToken = jsonOf(readOnly.out).value(QLatin1String("token")).toString().toLatin1();
    const CliRun serve = profile.run(words("serve"), {}, auditorToken);
    QCOMPARE(serve.exitCode, 5);
    QVERIFY2(serve.err.contains("jobs.run"), serve.err.constData());
    QTest::qWait(1'200);
    QCOMPARE(profile.run(words("audit verify"), {}, auditor).exitCode, 11);

    // --token-file works like $KEYWARD_TOKEN; a revoked token is refused.
    const CliRun created = profile.run(words("tokens create --user root --json"), {}, admin);
    const QJsonObject token = jsonOf(created.out);
    QFile file(profile.path(QStringLiteral("token")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(token.value(QLatin1String("token")).toString().toLatin1() + '\n');
    file.close();
    VERIFY_EXIT(profile.run({QStringLiteral("--token-file"), file.fileName(), QStringLiteral("status")}), 0);
    VERIFY_EXIT(profile.run({QStringLiteral("tokens"), QStringLiteral("revoke"),
                             QString::number(token.value(QLatin1String("id")).toInteger())},
                            {}, admin),
                0);
    QCOMPARE(profile.run({QStringLiteral("--token-file"), file.fileName(), QStringLiteral("status")}).exitCode, 11);
    const CliRun listed = profile.run(words("tokens list --json"), {}, admin);
    const QJsonArray tokens = jsonOf(listed.out).value(QLatin1String("tokens")).toArray();
    QCOMPARE(tokens.size(), 4);
    QVERIFY2(!listed.out.contains("kwt_"), "tokens list printed a token");
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"

#include "UserCommands.h"

#include "CliSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Keyward::Cli::Commands {

namespace {

namespace Authz = ::Keyward::Access;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<Authz::Role> roleOption(Invocation &in)
{
    const QString name = in.parser.value(QStringLiteral("role"));
    const auto role = Authz::roleFromName(name);
    if (!role) {
        return Error {ErrorCode::Usage,
                      tr("--role must be security-admin, compliance, support or auditor, not \"%1\".").arg(name)};
    }
    return *role;
}

/// "90d", "12h", "30m", "45s" in ms; 0 for an empty text (never).
Result<qint64> durationMs(const QString &text)
{
    if (text.isEmpty())
        return qint64(0);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([dhms])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error {ErrorCode::Usage, tr("--expires takes a number and a unit: 90d, 12h, 30m or 45s.")};
    const qint64 n = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 unitMs = unit == u'd' ? 86'400'000 : unit == u'h' ? 3'600'000 : unit == u'm' ? 60'000 : 1000;
    if (n == 0)
        return Error {ErrorCode::Usage, tr("--expires must be longer than zero.")};
    return n * unitMs;
}

/// Opens the profile as its owner if free, signs in, and checks `permission`.
Result<std::unique_ptr<Engine::Engine>> openFor(Invocation &in, Authz::Permission permission)
{
    auto engine = openEngineOwnerIfFree(in);
    KW_TRY(engine);
    KW_TRY(engine.value()->authorize(permission));
    return engine;
}

int usersAdd(Invocation &in)
{
    auto role = roleOption(in);
    if (!role.ok())
        return fail(role.error());
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    const QString name = in.operands.first();
    auto password = readSecret(in, tr("Password for the new user %1: ").arg(name));
    if (!password.ok())
        return fail(password.error());
    auto enrollment = engine.value()->users().addUser(name, role.value(), password.value());
    if (!enrollment.ok())
        return fail(enrollment.error());
    printEnrollment(enrollment.value(), in.json);
    return ExitCode::Ok;
}

int usersList(Invocation &in)
{
    auto engine = openFor(in, Authz::Permission::UsersRead);
    if (!engine.ok())
        return fail(engine.error());
    auto users = engine.value()->users().store().users();
    if (!users.ok())
        return fail(users.error());
    if (in.json) {
        QJsonArray list;
        for (const Authz::User &user : users.value())
            list.append(user.toJson());
        printJson({{QLatin1String("users"), list}});
        return ExitCode::Ok;
    }
    if (users->isEmpty())
        printLine(tr("No users: whoever holds this profile's keys acts as its administrator."));
    for (const Authz::User &user : users.value()) {
        printLine(
            QStringLiteral("%1  %2%3  %4")
                .arg(user.name, Authz::roleLabel(user.role),
                     user.disabled ? QStringLiteral(" (") + tr("disabled") + u')' : QString(),
                     user.lastSignInMs > 0
                         ? tr("last signed in %1")
                               .arg(QDateTime::fromMSecsSinceEpoch(user.lastSignInMs, Qt::UTC).toString(Qt::ISODate))
                         : tr("never signed in")));
    }
    return ExitCode::Ok;
}

int usersSetRole(Invocation &in)
{
    const auto role = Authz::roleFromName(in.operands.at(1));
    if (!role) {
        return fail({ErrorCode::Usage,
                     tr("The role must be security-admin, compliance, support or auditor, not "
                        "\"%1\".")
                         .arg(in.operands.at(1))});
    }
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    auto user = engine.value()->users().setRole(in.operands.first(), *role);
    if (!user.ok())
        return fail(user.error());
    printLine(tr("%1 is now %2.").arg(user->name, Authz::roleLabel(user->role)));
    return ExitCode::Ok;
}

int usersSetDisabled(Invocation &in, bool disabled)
{
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    auto user = engine.value()->users().setDisabled(in.operands.first(), disabled);
    if (!user.ok())
        return fail(user.error());
    printLine(disabled ? tr("%1 is disabled; its API tokens are revoked.").arg(user->name)
                       : tr("%1 is enabled.").arg(user->name));
    return ExitCode::Ok;
}

int usersReset2fa(Invocation &in)
{
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    auto enrollment = engine.value()->users().resetTwoFactor(in.operands.first());
    if (!enrollment.ok())
        return fail(enrollment.error());
    printEnrollment(enrollment.value(), in.json);
    return ExitCode::Ok;
}

int usersSetPassword(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    const QString name = in.operands.first();
    // Refused before asking for the new password (the engine checks again when it stores it).
    if (Status allowed = engine.value()->maySetPassword(name); !allowed.ok())
        return fail(allowed.error());
    auto password = readSecret(in, tr("New password for %1: ").arg(name));
    if (!password.ok())
        return fail(password.error());
    if (Status changed = engine.value()->setPassword(name, password.value()); !changed.ok())
        return fail(changed.error());
    printLine(tr("The password of %1 is changed.").arg(name));
    return ExitCode::Ok;
}

int tokensCreate(Invocation &in)
{
    // With two --user values the first signs in and the last names the token's user.
    const QStringList users = in.parser.values(QStringLiteral("user"));
    if (users.isEmpty())
        return fail({ErrorCode::Usage, tr("tokens create needs --user NAME: the user the token acts for.")});
    auto expires = durationMs(in.parser.value(QStringLiteral("expires")));
    if (!expires.ok())
        return fail(expires.error());
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    auto owner = engine.value()->users().store().find(users.last());
    if (!owner.ok())
        return fail(owner.error());
    Authz::Role role = owner->role;
    if (in.parser.isSet(QStringLiteral("role"))) {
        auto chosen = roleOption(in);
        if (!chosen.ok())
            return fail(chosen.error());
        role = chosen.value();
    }
    auto created = engine.value()->users().createToken(owner->name, role, in.parser.value(QStringLiteral("label")),
                                                       expires.value() > 0 ? now() + expires.value() : 0);
    if (!created.ok())
        return fail(created.error());
    if (in.json) {
        QJsonObject object = created->first.toJson(now());
        object.insert(QLatin1String("token"), QString::fromLatin1(created->second));
        printJson(object);
    } else {
        printLine(QString::fromLatin1(created->second));
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("API token %1 for %2 (%3): shown this once; keep it like a password.")
                                    .arg(created->first.id)
                                    .arg(owner->name, Authz::roleLabel(role))));
    }
    created->second.fill('\0');
    return ExitCode::Ok;
}

int tokensList(Invocation &in)
{
    auto engine = openFor(in, Authz::Permission::UsersRead);
    if (!engine.ok())
        return fail(engine.error());
    auto tokens = engine.value()->users().store().tokens();
    if (!tokens.ok())
        return fail(tokens.error());
    const qint64 t = now();
    if (in.json) {
        QJsonArray list;
        for (const Authz::ApiToken &token : tokens.value())
            list.append(token.toJson(t));
        printJson({{QLatin1String("tokens"), list}});
        return ExitCode::Ok;
    }
    for (const Authz::ApiToken &token : tokens.value()) {
        const QJsonObject o = token.toJson(t);
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(token.id)
                      .arg(token.userName, Authz::roleName(token.role),
                           token.activeAt(t) ? tr("active") : tr("inactive"),
                           o.value(QLatin1String("expires_at")).toString(tr("no expiry"))));
    }
    return ExitCode::Ok;
}

int tokensRevoke(Invocation &in)
{
    bool ok = false;
    const qint64 id = in.operands.first().toLongLong(&ok);
    if (!ok)
        return fail({ErrorCode::Usage, tr("A token id is a number, not \"%1\".").arg(in.operands.first())});
    auto engine = openFor(in, Authz::Permission::UsersManage);
    if (!engine.ok())
        return fail(engine.error());
    auto token = engine.value()->users().revokeToken(id);
    if (!token.ok())
        return fail(token.error());
    printLine(tr("API token %1 of %2 is revoked.").arg(token->id).arg(token->userName));
    return ExitCode::Ok;
}

} // namespace

void printEnrollment(const Authz::Enrollment &enrollment, bool json)
{
    if (json) {
        QJsonObject object = enrollment.user.toJson();
        object.insert(QLatin1String("totp_uri"), enrollment.totpUri);
        object.insert(QLatin1String("totp_secret"), enrollment.totpSecretBase32);
        object.insert(QLatin1String("recovery_codes"), QJsonArray::fromStringList(enrollment.recoveryCodes));
        printJson(object);
        return;
    }
    printLine(tr("User %1 (%2). Shown this once:").arg(enrollment.user.name, Authz::roleLabel(enrollment.user.role)));
    printLine(tr("Two-factor enrollment (scan or paste into an authenticator app): %1").arg(enrollment.totpUri));
    printLine(tr("Recovery codes (each works once; keep them offline):"));
    for (const QString &code : enrollment.recoveryCodes)
        printLine(QStringLiteral("  ") + code);
}

int addFirstAdmin(Invocation &in, Engine::Engine &engine, const QString &name)
{
    auto password = readSecret(in, tr("Password for %1: ").arg(name));
    if (!password.ok())
        return fail(password.error());
    auto enrollment = engine.users().addUser(name, Authz::Role::SecurityAdmin, password.value());
    if (!enrollment.ok())
        return fail(enrollment.error());
    printEnrollment(enrollment.value(), in.json);
    return ExitCode::Ok;
}

QList<Command> userCommands()
{
    const QString json = QStringLiteral("json");
    const QString passwordStdin = QStringLiteral("password-stdin");
    return {
        {{QStringLiteral("users"), QStringLiteral("add")},
         QStringLiteral("NAME"),
         1,
         tr("Add a user (--role ROLE); prints the two-factor enrollment and recovery codes once."),
         {json, QStringLiteral("role")},
         usersAdd},
        {{QStringLiteral("users"), QStringLiteral("list")},
         {},
         0,
         tr("List the users and their roles."),
         {json},
         usersList},
        {{QStringLiteral("users"), QStringLiteral("set-role")},
         QStringLiteral("NAME ROLE"),
         2,
         tr("Change a user's role (the last Security Administrator stays one)."),
         {},
         usersSetRole},
        {{QStringLiteral("users"), QStringLiteral("disable")},
         QStringLiteral("NAME"),
         1,
         tr("Disable a user and revoke its API tokens."),
         {},
         [](Invocation &in) {
             return usersSetDisabled(in, true);
         }},
        {{QStringLiteral("users"), QStringLiteral("enable")},
         QStringLiteral("NAME"),
         1,
         tr("Enable a disabled user."),
         {},
         [](Invocation &in) {
             return usersSetDisabled(in, false);
         }},
        {{QStringLiteral("users"), QStringLiteral("set-password")},
         QStringLiteral("NAME"),
         1,
         tr("Set a new password: your own after signing in with the old one, anyone's as a Security Administrator."),
         {},
         usersSetPassword},
        {{QStringLiteral("users"), QStringLiteral("reset-2fa")},
         QStringLiteral("NAME"),
         1,
         tr("Give a user a new two-factor secret and new recovery codes."),
         {json},
         usersReset2fa},
        {{QStringLiteral("tokens"), QStringLiteral("create")},
         {},
         0,
         tr("Create an API token for --user NAME (--role, --expires, --label); prints it once."),
         {json, QStringLiteral("role"), QStringLiteral("expires"), QStringLiteral("label")},
         tokensCreate},
        {{QStringLiteral("tokens"), QStringLiteral("list")},
         {},
         0,
         tr("List API tokens (never the tokens)."),
         {json},
         tokensList},
        {{QStringLiteral("tokens"), QStringLiteral("revoke")},
         QStringLiteral("ID"),
         1,
         tr("Revoke an API token."),
         {},
         tokensRevoke},
    };
}

} // namespace Keyward::Cli::Commands

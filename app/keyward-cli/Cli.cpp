#include "Cli.h"

#include "CliCommands.h"
#include "core/Error.h"
#include "translations/Translations.h"

#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace Keyward::Cli {

namespace {

QCommandLineOption option(const QStringList &names, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(names, description, valueName);
}

} // namespace

Cli::Cli()
{
    Translations::install();
    m_options = {
        option({QStringLiteral("profile")}, tr("Profile NAME under the data directory (default: \"default\")."),
               QStringLiteral("NAME")),
        option({QStringLiteral("profile-dir")}, tr("Profile in DIR (also $KEYWARD_PROFILE_DIR)."),
               QStringLiteral("DIR")),
        option({QStringLiteral("key-source")},
               tr("Where keys come from: keychain (default) or credentials ($CREDENTIALS_DIRECTORY)."),
               QStringLiteral("SOURCE")),
        option({QStringLiteral("json")}, tr("Print machine-readable JSON.")),
        option({QStringLiteral("force")}, tr("Restore even over a profile newer than the backup.")),
        option({QStringLiteral("recovery-kit")}, tr("Set the profile up on this machine from a recovery kit first."),
               QStringLiteral("FILE")),
        option({QStringLiteral("state")},
               tr("Only rows in STATE (jobs: pending, scheduled, running, retrying, dead, done, discarded; "
                  "connections: healthy, retrying, reauthorization_required, refresh_exhausted, revoked)."),
               QStringLiteral("STATE")),
        option({QStringLiteral("limit")}, tr("At most N rows (default 100)."), QStringLiteral("N")),
        option({QStringLiteral("workers")}, tr("Worker threads (default 4)."), QStringLiteral("N")),
        option({QStringLiteral("drain-timeout")},
               tr("Seconds running jobs get to finish after SIGTERM or SIGINT (default 30)."),
               QStringLiteral("SECONDS")),
        option({QStringLiteral("format")},
               tr("Format: jsonl for audit export; pdf, csv or json for reports (default: from --out's extension)."),
               QStringLiteral("FORMAT")),
        option({QStringLiteral("type")},
               tr("Report type: inventory, access-review, rotation-age, failures or integrity."),
               QStringLiteral("TYPE")),
        option({QStringLiteral("cron")}, tr("When a schedule runs: five cron fields, UTC ('0 6 * * 1')."),
               QStringLiteral("EXPR")),
        option({QStringLiteral("folder")}, tr("The folder scheduled reports are written to."), QStringLiteral("DIR")),
        option({QStringLiteral("days")}, tr("Days each scheduled report covers (default 7)."), QStringLiteral("N")),
        option({QStringLiteral("max-age-days")}, tr("Rotation age: the maximum age of a secret or key (default 90)."),
               QStringLiteral("DAYS")),
        option({QStringLiteral("out")}, tr("Write to FILE."), QStringLiteral("FILE")),
        option({QStringLiteral("n")}, tr("Number of events (default 20)."), QStringLiteral("N")),
        option({QStringLiteral("action")}, tr("Only audit events of ACTION (a trailing * matches a prefix)."),
               QStringLiteral("ACTION")),
        option({QStringLiteral("actor")}, tr("Only audit events by the user NAME."), QStringLiteral("NAME")),
        option({QStringLiteral("target")}, tr("Only audit events on TARGET (a trailing * matches a prefix)."),
               QStringLiteral("TARGET")),
        option({QStringLiteral("outcome")}, tr("Only audit events with OUTCOME: success, failure or denied."),
               QStringLiteral("OUTCOME")),
        option({QStringLiteral("search")}, tr("Only audit events whose details contain all these WORDS."),
               QStringLiteral("WORDS")),
        option({QStringLiteral("from")}, tr("From DATE (YYYY-MM-DD, UTC) or an ISO 8601 time, inclusive."),
               QStringLiteral("DATE")),
        option({QStringLiteral("to")},
               tr("Until DATE (YYYY-MM-DD: to the end of that day, UTC) or an ISO 8601 time, exclusive."),
               QStringLiteral("DATE")),
        option({QStringLiteral("name")}, tr("Name of the provider app."), QStringLiteral("NAME")),
        option({QStringLiteral("catalog")}, tr("Provider catalog entry (see `catalog list`)."), QStringLiteral("ID")),
        option({QStringLiteral("discovery")}, tr("Issuer or discovery document URL (RFC 8414, OpenID Discovery)."),
               QStringLiteral("URL")),
        option({QStringLiteral("authorize-url")}, tr("Authorization endpoint."), QStringLiteral("URL")),
        option({QStringLiteral("token-url")}, tr("Token endpoint."), QStringLiteral("URL")),
        option({QStringLiteral("revoke-url")}, tr("Revocation endpoint (RFC 7009)."), QStringLiteral("URL")),
        option({QStringLiteral("introspect-url")}, tr("Introspection endpoint (RFC 7662)."), QStringLiteral("URL")),
        option({QStringLiteral("device-url")}, tr("Device authorization endpoint (RFC 8628)."), QStringLiteral("URL")),
        option({QStringLiteral("client-id")}, tr("OAuth client id."), QStringLiteral("ID")),
        option({QStringLiteral("client-secret-stdin")}, tr("Read the client secret from standard input.")),
        option({QStringLiteral("scopes")}, tr("Space-separated scopes."), QStringLiteral("SCOPES")),
        option({QStringLiteral("auth-method")}, tr("Token endpoint authentication: basic, post or none."),
               QStringLiteral("METHOD")),
        option({QStringLiteral("redirect-uri")}, tr("Loopback redirect URI (default http://127.0.0.1/callback)."),
               QStringLiteral("URI")),
        option({QStringLiteral("ca-file")}, tr("PEM file of a private certificate authority to trust for this app."),
               QStringLiteral("PEM")),
        option({QStringLiteral("param")}, tr("A catalog parameter such as tenant=contoso (repeatable)."),
               QStringLiteral("NAME=VALUE")),
        option({QStringLiteral("flow")}, tr("auth-code (default), device or client-credentials."),
               QStringLiteral("FLOW")),
        option({QStringLiteral("no-browser")}, tr("Print the authorization URL instead of opening a browser.")),
        option({QStringLiteral("app")}, tr("Only connections of APP."), QStringLiteral("APP")),
        option({QStringLiteral("ahead-percent")}, tr("Refresh when this share of the lifetime remains (default 15)."),
               QStringLiteral("PERCENT")),
        option({QStringLiteral("ahead-minutes")}, tr("...or when this many minutes remain (default 10)."),
               QStringLiteral("MINUTES")),
        option({QStringLiteral("backoff-base-seconds")}, tr("First retry delay after a failure (default 30)."),
               QStringLiteral("SECONDS")),
        option({QStringLiteral("backoff-max-seconds")}, tr("Longest retry delay (default 3600)."),
               QStringLiteral("SECONDS")),
        option({QStringLiteral("give-up-hours")},
               tr("Failing this long marks a connection refresh-exhausted (default "
                  "96)."),
               QStringLiteral("HOURS")),
        option({QStringLiteral("local-only")}, tr("Remove the connection here without revoking it at the provider.")),
        option({QStringLiteral("user")},
               tr("Sign in as NAME (password and one-time code asked for, or given with "
                  "--password-stdin and --otp); with tokens create, the token's user."),
               QStringLiteral("NAME")),
        option({QStringLiteral("password-stdin")},
               tr("Read passwords from standard input, one per line: yours first when --user signs in.")),
        option({QStringLiteral("otp")}, tr("The one-time code (or a recovery code) for --user."),
               QStringLiteral("CODE")),
        option({QStringLiteral("token-file")}, tr("Sign in with the API token in FILE (also $KEYWARD_TOKEN)."),
               QStringLiteral("FILE")),
        option({QStringLiteral("admin")}, tr("With init: create the first Security Administrator, NAME."),
               QStringLiteral("NAME")),
        option({QStringLiteral("role")}, tr("Role: security-admin, compliance, support or auditor."),
               QStringLiteral("ROLE")),
        option({QStringLiteral("expires")}, tr("Token lifetime, e.g. 90d, 12h, 30m (default: never)."),
               QStringLiteral("DURATION")),
        option({QStringLiteral("label")}, tr("What the token is for."), QStringLiteral("TEXT")),
        option({QStringLiteral("scheme")},
               tr("Webhook signature scheme: github, stripe, slack, shopify, standard or generic."),
               QStringLiteral("SCHEME")),
        option({QStringLiteral("secret-file")}, tr("Read the webhook secret from FILE."), QStringLiteral("FILE")),
        option({QStringLiteral("body-file")}, tr("The delivery's body, byte for byte as received."),
               QStringLiteral("FILE")),
        option({QStringLiteral("header")}, tr("A request header of the delivery (repeatable)."),
               QStringLiteral("'NAME: VALUE'")),
        option({QStringLiteral("now")}, tr("Check timestamps against this time instead of now (Unix seconds)."),
               QStringLiteral("UNIX_SECONDS")),
        option({QStringLiteral("tolerance")},
               tr("Accept signed timestamps this many seconds old or ahead (default 300)."), QStringLiteral("SECONDS")),
        option({QStringLiteral("config")}, tr("The generic scheme's settings, a JSON file (see docs/WEBHOOKS.md)."),
               QStringLiteral("FILE")),
        option({QStringLiteral("rate")}, tr("Deliveries a second the source may send (default 1000)."),
               QStringLiteral("N")),
        option({QStringLiteral("keep-rejected-bodies")},
               tr("Keep the bodies of deliveries that fail verification (for debugging a sender).")),
        option({QStringLiteral("overlap-hours")},
               tr("How long the previous secrets stay valid after a rotation (default 24)."), QStringLiteral("HOURS")),
        option({QStringLiteral("source")}, tr("Only deliveries from SOURCE."), QStringLiteral("SOURCE")),
        option({QStringLiteral("events")},
               tr("Comma-separated event types to send (default: all): connection.reauthorization_required, "
                  "connection.refresh_exhausted, connection.revoked_by_provider, job.dead, audit.chain_broken."),
               QStringLiteral("TYPES")),
        option({QStringLiteral("webhooks-listen")},
               tr("Receive webhooks over HTTPS on ADDRESS:PORT (/webhooks/NAME, /healthz, /readyz)."),
               QStringLiteral("ADDRESS:PORT")),
        option({QStringLiteral("listen")},
               tr("Where the profile's webhook receiver listens: ADDRESS:PORT (default 127.0.0.1:8443)."),
               QStringLiteral("ADDRESS:PORT")),
        option({QStringLiteral("tls-cert")},
               tr("The webhook receiver's certificate chain (PEM); without it a self-signed one is made."),
               QStringLiteral("PEM")),
        option({QStringLiteral("self-signed")},
               tr("The webhook receiver makes a self-signed certificate at each start (for local use).")),
        option({QStringLiteral("tls-key")}, tr("The webhook receiver's private key (PEM)."), QStringLiteral("PEM")),
        option({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help.")),
        option({QStringLiteral("version")}, tr("Show the version.")),
        option({QStringLiteral("verbose")}, tr("Log details (never secrets) to standard error.")),
    };
    m_commands = Commands::all();
}

const Command *Cli::find(const QStringList &positional, int *consumed) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() <= positional.size() && positional.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    *consumed = best ? static_cast<int>(best->words.size()) : 0;
    return best;
}

void Cli::printUsage() const
{
    QTextStream out(stdout);
    out << tr("Usage: keyward-cli [--profile NAME | --profile-dir DIR] [--key-source SOURCE] [--user NAME | "
              "--token-file FILE] COMMAND [OPTIONS]")
        << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : m_commands) {
        const QString synopsis
            = command.words.join(u' ') + (command.operands.isEmpty() ? QString() : u' ' + command.operands);
        out << "  " << synopsis.leftJustified(34) << command.summary << '\n';
    }
    out << '\n' << tr("Global options:") << '\n';
    for (const char *name : {"profile", "profile-dir", "key-source", "verbose", "help", "version"}) {
        for (const QCommandLineOption &o : m_options) {
            if (o.names().contains(QLatin1String(name))) {
                const QString flag = QStringLiteral("--") + QLatin1String(name)
                    + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
                out << "  " << flag.leftJustified(34) << o.description() << '\n';
            }
        }
    }
    out << '\n'
        << tr("Exit codes: 0 ok, 1 failure, 2 usage, 3 keychain unavailable or locked, or key missing, 4 integrity "
              "failure (broken audit chain, damaged file, wrong key), 5 permission denied, 6 profile in use by "
              "another process, 7 written by a newer Keyward, 8 not found, 9 disk full, 10 OAuth provider refused or "
              "unreachable.")
        << '\n';
}

void Cli::printCommandHelp(const Command &command) const
{
    QTextStream out(stdout);
    out << tr("Usage: keyward-cli %1 [OPTIONS]")
               .arg(command.words.join(u' ') + (command.operands.isEmpty() ? QString() : u' ' + command.operands))
        << "\n\n"
        << command.summary << "\n\n"
        << tr("Options:") << '\n';
    for (const QCommandLineOption &o : m_options) {
        const QString name = o.names().last();
        if (!command.options.contains(name))
            continue;
        const QString flag = (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name
            + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
        out << "  " << flag.leftJustified(20) << o.description() << '\n';
    }
    out << tr("Global options (--profile, --profile-dir, --key-source) apply too; see keyward-cli --help.") << '\n';
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(m_options);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(parser.errorText()));
        return ExitCode::Usage;
    }
    // Errors reach the user as one sentence; the technical detail behind it is logged only on request.
    if (!parser.isSet(QStringLiteral("verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("keyward-cli %s\n", KEYWARD_VERSION);
        return ExitCode::Ok;
    }
    const QStringList positional = parser.positionalArguments();
    int consumed = 0;
    const Command *command = find(positional, &consumed);
    if (!command) {
        if (positional.isEmpty() || parser.isSet(QStringLiteral("help"))) {
            printUsage();
            return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? ExitCode::Usage : ExitCode::Ok;
        }
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("keyward-cli: unknown command \"%1\"; see keyward-cli --help.").arg(positional.join(u' '))));
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return ExitCode::Ok;
    }
    static const QStringList global {QStringLiteral("profile"),    QStringLiteral("profile-dir"),
                                     QStringLiteral("key-source"), QStringLiteral("help"),
                                     QStringLiteral("version"),    QStringLiteral("verbose"),
                                     QStringLiteral("user"),       QStringLiteral("password-stdin"),
                                     QStringLiteral("otp"),        QStringLiteral("token-file")};
    for (const QString &name : parser.optionNames()) {
        const QString canonical = name == QLatin1String("h") ? QStringLiteral("help") : name;
        if (!global.contains(canonical) && !command->options.contains(canonical)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(tr("keyward-cli: \"%1\" does not take --%2; see keyward-cli %1 --help.")
                                        .arg(command->words.join(u' '), name)));
            return ExitCode::Usage;
        }
    }
    const QStringList operands = positional.mid(consumed);
    const bool operandsOk = command->operandCount < 0 ? !operands.isEmpty() : operands.size() == command->operandCount;
    if (!operandsOk) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("keyward-cli: usage: keyward-cli %1 %2").arg(command->words.join(u' '), command->operands)));
        return ExitCode::Usage;
    }
    const auto source = Engine::keySourceFromName(parser.isSet(QStringLiteral("key-source"))
                                                      ? parser.value(QStringLiteral("key-source"))
                                                      : QStringLiteral("keychain"));
    if (!source) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("keyward-cli: --key-source must be \"keychain\" or \"credentials\".")));
        return ExitCode::Usage;
    }
    Invocation invocation {parser,
                           operands,
                           Storage::ProfileLocation::resolve(parser.value(QStringLiteral("profile")),
                                                             parser.value(QStringLiteral("profile-dir"))),
                           *source,
                           Engine::secretStoreFactory(*source),
                           parser.isSet(QStringLiteral("json"))};
    return command->handler(invocation);
}

} // namespace Keyward::Cli

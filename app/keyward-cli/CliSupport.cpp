#include "CliSupport.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Keyward::Cli {

int fail(const Error &error)
{
    std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(error.userMessage));
    return exitCodeFor(error.code);
}

void printLine(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printJson(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::CliSupport)
};

/// One line from standard input without its line end; with echo off when it is a terminal.
QByteArray readLine(bool hidden)
{
    termios saved {};
    const bool terminal = hidden && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
        if (line.size() < 4096)
            line.append(static_cast<char>(c));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// Signs the engine in as the invocation says: an API token (--token-file, $KEYWARD_TOKEN) or a user (--user with
/// a password and a code). Without either, a profile without users runs as its operator, and one with users
/// refuses at the first action.
Status signIn(Invocation &in, Engine::Engine &engine)
{
    QByteArray token;
    if (in.parser.isSet(QStringLiteral("token-file"))) {
        QFile file(in.parser.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error {ErrorCode::NotFound,
                          Text::tr("The token file %1 cannot be read: %2").arg(file.fileName(), file.errorString())};
        }
        token = file.read(4096).trimmed();
    } else if (!qEnvironmentVariableIsEmpty("KEYWARD_TOKEN")) {
        token = qgetenv("KEYWARD_TOKEN").trimmed();
    }
    if (!token.isEmpty()) {
        const Status signedIn = engine.signInWithToken(token);
        token.fill('\0');
        return signedIn;
    }
    const QStringList users = in.parser.values(QStringLiteral("user"));
    if (users.isEmpty())
        return {};
    auto password = readSecret(in, Text::tr("Password for %1: ").arg(users.first()));
    KW_TRY(password);
    QString code = in.parser.value(QStringLiteral("otp"));
    if (code.isEmpty() && isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s", qPrintable(Text::tr("One-time code (authenticator app or recovery code): ")));
        code = QString::fromUtf8(readLine(false)).trimmed();
    }
    return engine.signIn(users.first(), password.value(), code);
}

} // namespace

Result<SecureBytes> readSecret(Invocation &in, const QString &prompt)
{
    if (!in.parser.isSet(QStringLiteral("password-stdin")) && !isatty(STDIN_FILENO)) {
        return Error {ErrorCode::Usage,
                      Text::tr("No terminal to ask for a password: give it on standard input with --password-stdin.")};
    }
    if (!in.parser.isSet(QStringLiteral("password-stdin")))
        std::fprintf(stderr, "%s", qPrintable(prompt));
    QByteArray line = readLine(true);
    return SecureBytes::takeFrom(line);
}

Result<std::unique_ptr<Engine::Engine>> openEngine(Invocation &in, Engine::ProfileAccess access)
{
    Engine::OpenOptions options;
    options.location = in.location;
    options.secrets = in.secrets;
    options.access = access;
    auto engine = Engine::Engine::open(options);
    KW_TRY(engine);
    KW_TRY(signIn(in, *engine.value()));
    return engine;
}

Result<QDateTime> parseTimeBound(const QString &option, const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return Error {ErrorCode::Usage,
                      Text::tr("--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not \"%2\".").arg(option, text)};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Result<std::unique_ptr<Engine::Engine>> openEngineFor(Invocation &in, Engine::ProfileAccess access,
                                                      Access::Permission permission)
{
    auto engine = openEngine(in, access);
    KW_TRY(engine);
    KW_TRY(engine.value()->authorize(permission));
    return engine;
}

Result<std::unique_ptr<Engine::Engine>> openEngineOwnerIfFree(Invocation &in)
{
    auto owner = openEngine(in, Engine::ProfileAccess::Owner);
    if (owner.ok() || owner.error().code != ErrorCode::ProfileBusy)
        return owner;
    return openEngine(in, Engine::ProfileAccess::Shared);
}

} // namespace Keyward::Cli

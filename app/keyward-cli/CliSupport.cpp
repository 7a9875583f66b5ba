#include "CliSupport.h"

#include <QJsonDocument>

#include <cstdio>

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

Result<std::unique_ptr<Engine::Engine>> openEngine(Invocation &in, Engine::Access access)
{
    Engine::OpenOptions options;
    options.location = in.location;
    options.secrets = in.secrets;
    options.access = access;
    return Engine::Engine::open(options);
}

Result<std::unique_ptr<Engine::Engine>> openEngineOwnerIfFree(Invocation &in)
{
    auto owner = openEngine(in, Engine::Access::Owner);
    if (owner.ok() || owner.error().code != ErrorCode::ProfileBusy)
        return owner;
    return openEngine(in, Engine::Access::Shared);
}

} // namespace Keyward::Cli

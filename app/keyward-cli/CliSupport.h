#pragma once

#include "Cli.h"
#include "core/Error.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace Keyward::Cli {

/// Prints the error's sentence to standard error and returns its exit code.
int fail(const Error &error);
void printLine(const QString &line);
void printJson(const QJsonObject &object);
/// Opens the profile and signs in as the invocation says (--user, --token-file, $KEYWARD_TOKEN).
Result<std::unique_ptr<Engine::Engine>> openEngine(Invocation &in, Engine::ProfileAccess access);
/// The next line of standard input with --password-stdin, else asked for on the terminal without echo. With
/// --password-stdin and --user, the first line is the signing-in user's password.
Result<SecureBytes> readSecret(Invocation &in, const QString &prompt);
/// The owner's access when no other process holds the profile, else shared access.
Result<std::unique_ptr<Engine::Engine>> openEngineOwnerIfFree(Invocation &in);
/// A --from or --to value: YYYY-MM-DD (UTC; with `endOfDay`, the start of the next day, so that --to includes the
/// day named) or an ISO 8601 time (without an offset: UTC). A usage error names the option otherwise.
Result<QDateTime> parseTimeBound(const QString &option, const QString &text, bool endOfDay);
/// openEngine(), then refused unless the signed-in user has `permission` (for commands that read stores directly).
Result<std::unique_ptr<Engine::Engine>> openEngineFor(Invocation &in, Engine::ProfileAccess access,
                                                      Access::Permission permission);

} // namespace Keyward::Cli

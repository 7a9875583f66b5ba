#pragma once

#include "Cli.h"
#include "core/Error.h"
#include "engine/Engine.h"

#include <QJsonObject>

#include <memory>

namespace Keyward::Cli {

/// Prints the error's sentence to standard error and returns its exit code.
int fail(const Error &error);
void printLine(const QString &line);
void printJson(const QJsonObject &object);
Result<std::unique_ptr<Engine::Engine>> openEngine(Invocation &in, Engine::Access access);
/// The owner's access when no other process holds the profile, else shared access.
Result<std::unique_ptr<Engine::Engine>> openEngineOwnerIfFree(Invocation &in);

} // namespace Keyward::Cli

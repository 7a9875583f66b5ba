#pragma once

#include "Cli.h"

#include "access/AccessService.h"
#include "engine/Engine.h"

namespace Keyward::Cli::Commands {

/// users and tokens: who may use the profile, on the command line.
QList<Command> userCommands();
/// Prints a new enrollment once: the TOTP URI and secret and the recovery codes (init --admin, users add,
/// users reset-2fa).
void printEnrollment(const Access::Enrollment &enrollment, bool json);
/// Adds the first Security Administrator to a profile just created (init --admin).
int addFirstAdmin(Invocation &in, Engine::Engine &engine, const QString &name);

} // namespace Keyward::Cli::Commands

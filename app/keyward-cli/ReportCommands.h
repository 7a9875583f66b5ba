#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// report: the compliance reports (inventory, access review, rotation age, failures, integrity) and their
/// schedules.
QList<Command> reportCommands();

} // namespace Keyward::Cli::Commands

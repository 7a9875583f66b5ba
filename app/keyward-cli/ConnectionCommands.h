#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// apps, catalog, connect, connections and keys: the token lifecycle on the command line.
QList<Command> connectionCommands();

} // namespace Keyward::Cli::Commands

#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// Every keyward-cli command, in the order `--help` lists them.
QList<Command> all();

} // namespace Keyward::Cli::Commands

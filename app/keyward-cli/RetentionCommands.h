#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// retention: the policies per kind of data, and applying them.
QList<Command> retentionCommands();

} // namespace Keyward::Cli::Commands

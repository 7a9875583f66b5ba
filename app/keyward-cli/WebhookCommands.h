#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// webhooks: checking a delivery by hand, sources and their secrets, the deliveries received, replay.
QList<Command> webhookCommands();

} // namespace Keyward::Cli::Commands

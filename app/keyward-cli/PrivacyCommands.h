#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// gdpr: data-subject requests (finding and exporting what the profile holds about a person).
QList<Command> privacyCommands();

} // namespace Keyward::Cli::Commands

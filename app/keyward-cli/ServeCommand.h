#pragma once

#include "Cli.h"

namespace Keyward::Cli::Commands {

/// `keyward-cli serve`: runs the engine's workers until SIGTERM or SIGINT, then drains (running jobs finish or
/// give back their leases within the drain timeout) and exits 0.
int serve(Invocation &in);

} // namespace Keyward::Cli::Commands

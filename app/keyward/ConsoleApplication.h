#pragma once

namespace Keyward {

/// Wiring of the desktop console: refuses clearly when there is no display, installs translations, builds the
/// main window and opens the profile on the engine thread.
class ConsoleApplication
{
public:
    static int run(int argc, char *argv[]);
};

} // namespace Keyward

#include "Cli.h"

#include <QCoreApplication>

#include <sys/resource.h>

int main(int argc, char *argv[])
{
    // keyward-cli holds keys, client secrets and tokens in memory: a crash must not write them into a core file.
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    QCoreApplication app(argc, argv);
    return Keyward::Cli::Cli().run(app.arguments());
}

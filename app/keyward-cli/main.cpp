#include "Cli.h"
#include "reports/PdfReportWriter.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <sys/resource.h>

#include <memory>

namespace {

/// PDF reports (`report`, and schedules run by `serve`) need fonts, which only a QGuiApplication provides; on the
/// offscreen platform it needs no display. Every other command starts without it.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "report" || word == "serve")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // keyward-cli holds keys, client secrets and tokens in memory: a crash must not write them into a core file.
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        Keyward::Reports::installPdfWriter();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return Keyward::Cli::Cli().run(app->arguments());
}

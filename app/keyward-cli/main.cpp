#include "Cli.h"
#include "reports/PdfReportWriter.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <sys/resource.h>

#include <memory>

namespace {

/// The command's first word: the first argument that is neither an option nor an option's value. Options that
/// never take a value are listed; any other `--name` without `=` takes the next argument. A miss only means no
/// QGuiApplication, and a PDF request then says so in a sentence.
QByteArray commandWord(int argc, char *argv[])
{
    static const QByteArrayList flags {"--json",
                                       "--force",
                                       "--no-browser",
                                       "--client-secret-stdin",
                                       "--password-stdin",
                                       "--local-only",
                                       "--keep-rejected-bodies",
                                       "--self-signed",
                                       "--verbose",
                                       "--help",
                                       "-h",
                                       "--version",
                                       "-v"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (!word.startsWith('-'))
            return word;
        if (!flags.contains(word) && !word.contains('='))
            ++i; // its value
    }
    return {};
}

/// PDF reports (`report`, and schedules run by `serve`) need fonts, which only a QGuiApplication provides. The CLI
/// never shows a window: it always uses Qt's offscreen platform (part of Qt GUI itself), so no display is needed.
bool needsGui(int argc, char *argv[])
{
    const QByteArray command = commandWord(argc, argv);
    return command == "report" || command == "serve";
}

} // namespace

int main(int argc, char *argv[])
{
    // keyward-cli holds keys, client secrets and tokens in memory: a crash must not write them into a core file.
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        Keyward::Reports::installPdfWriter();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return Keyward::Cli::Cli().run(app->arguments());
}

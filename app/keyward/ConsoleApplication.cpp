#include "ConsoleApplication.h"

#include "core/Error.h"
#include "engine/KeySource.h"
#include "engine/ProfileSession.h"
#include "mainwindow/MainWindow.h"
#include "reports/PdfReportWriter.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace Keyward {

namespace {

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs...: the user chose a platform that needs no desktop session
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Keys live in this process's memory: never let a crash write them into a core file.
void disableCoreDumps()
{
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

// Quits once the window has painted for the first time: the end point of the cold-start benchmark.
class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

void exitAfterFirstPaint(QWidget *window)
{
    window->installEventFilter(new FirstPaintWatcher(window));
}

} // namespace

int ConsoleApplication::run(int argc, char *argv[])
{
    disableCoreDumps();
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "keyward: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                     "On a headless host use the command line instead, for example:\n"
                     "  keyward-cli --help\n"
                     "  keyward-cli init --profile prod && keyward-cli status --profile prod\n"
                     "To see the console without a desktop, run it under a virtual display: xvfb-run -a keyward\n");
        return ExitCode::Usage;
    }
    QApplication app(argc, argv);
    Reports::installPdfWriter(); // the Reports page saves PDF
    QApplication::setApplicationName(QStringLiteral("keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("keyward"));
    Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("Keyward::ConsoleApplication", "Keyward administration console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("Keyward::ConsoleApplication", "Open profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption profileDir(
        QStringLiteral("profile-dir"),
        QApplication::translate("Keyward::ConsoleApplication", "Open the profile in DIR."), QStringLiteral("DIR"));
    parser.addOptions({profile, profileDir});
    parser.process(app);

    Engine::ProfileSession session(Engine::secretStoreFactory(Engine::KeySource::Keychain));
    Ui::MainWindow window(&session);
    window.show();
    const bool explicitLocation
        = parser.isSet(profile) || parser.isSet(profileDir) || !qEnvironmentVariableIsEmpty("KEYWARD_PROFILE_DIR");
    window.start(Storage::ProfileLocation::resolve(parser.value(profile), parser.value(profileDir)), explicitLocation);
    if (qEnvironmentVariableIsSet("KEYWARD_EXIT_AFTER_FIRST_PAINT"))
        exitAfterFirstPaint(&window); // for tests/bench/bench_startup.sh
    const int code = app.exec();
    session.host()->shutdown(); // closing checkpoint before the window goes away
    return code;
}

} // namespace Keyward

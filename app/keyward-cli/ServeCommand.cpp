#include "ServeCommand.h"

#include "CliSupport.h"

#include "connections/ConnectionService.h"
#include "core/Error.h"
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "webhooks/ReceiverSettings.h"
#include "webhooks/WebhookServer.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace Keyward::Cli::Commands {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Serve)
};

int signalPipe[2] = {-1, -1};

// Async-signal-safe: only write(2). The event loop picks the byte up through a QSocketNotifier.
void onSignal(int signal)
{
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void say(const QString &line)
{
    std::fprintf(stderr, "keyward-cli serve: %s\n", qPrintable(line));
}

int usage(const QString &sentence)
{
    std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(sentence));
    return ExitCode::Usage;
}

/// The receiver's settings from --webhooks-listen, --tls-cert and --tls-key; without --webhooks-listen, those stored
/// in the profile (`webhooks receiver set`), applied once the profile is open.
std::optional<Webhooks::ReceiverSettings> receiverOptions(Invocation &in)
{
    if (!in.parser.isSet(QStringLiteral("webhooks-listen")))
        return std::nullopt;
    Webhooks::ReceiverSettings settings;
    settings.enabled = true;
    settings.listen = in.parser.value(QStringLiteral("webhooks-listen"));
    settings.certPath = in.parser.value(QStringLiteral("tls-cert"));
    settings.keyPath = in.parser.value(QStringLiteral("tls-key"));
    return settings;
}

} // namespace

int serve(Invocation &in)
{
    bool ok = true;
    const int workers
        = in.parser.isSet(QStringLiteral("workers")) ? in.parser.value(QStringLiteral("workers")).toInt(&ok) : 4;
    if (!ok || workers < 1 || workers > 64) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(Text::tr("--workers takes a number from 1 to 64.")));
        return ExitCode::Usage;
    }
    const int drainSeconds = in.parser.isSet(QStringLiteral("drain-timeout"))
        ? in.parser.value(QStringLiteral("drain-timeout")).toInt(&ok)
        : 30;
    if (!ok || drainSeconds < 0) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(Text::tr("--drain-timeout takes a number of seconds.")));
        return ExitCode::Usage;
    }

    std::optional<Webhooks::ReceiverSettings> receiverSettings = receiverOptions(in);
    if (receiverSettings) {
        if (Status valid = receiverSettings->validate(); !valid.ok())
            return usage(valid.error().userMessage);
    } else if (in.parser.isSet(QStringLiteral("tls-cert")) || in.parser.isSet(QStringLiteral("tls-key"))) {
        return usage(Text::tr("--tls-cert and --tls-key go with --webhooks-listen."));
    }

    // One set of workers per profile: the owner's, running as whoever signed in (an API token, typically).
    auto opened = openEngine(in, Engine::ProfileAccess::Owner);
    if (!opened.ok()) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(opened.error().userMessage));
        return exitCodeFor(opened.error().code);
    }
    Engine::Engine &engine = *opened.value();

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(Text::tr("Cannot watch for signals.")));
        return ExitCode::Failure;
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    if (Status started = engine.startWorkers(workers); !started.ok()) {
        std::fprintf(stderr, "keyward-cli: %s\n", qPrintable(started.error().userMessage));
        return exitCodeFor(started.error().code);
    }
    Jobs::JobRunner *runner = engine.runner();
    QObject::connect(runner, &Jobs::JobRunner::failed, runner, [](const QString &message) { say(message); });
    // Headless, alerts go to standard error (the journal under systemd); the audit log has them too.
    QObject::connect(runner, &Jobs::JobRunner::alert, runner, [](const QString &message) { say(message); });
    QObject::connect(&engine.connections(), &Connections::ConnectionService::alert, runner,
                     [](const QString &message) { say(message); });
    QObject::connect(&engine.webhooks(), &Webhooks::WebhookService::alert, runner,
                     [](const QString &message) { say(message); });
    // Settings given on the command line must work; stored ones that do not (a certificate file gone) leave the
    // receiver off with a warning, and the workers still refresh tokens.
    const bool fromCommandLine = receiverSettings.has_value();
    if (!receiverSettings) {
        auto stored = engine.webhooks().receiverSettings();
        if (!stored.ok())
            say(Text::tr("webhook receiver not started: %1").arg(stored.error().userMessage));
        else if (stored->enabled)
            receiverSettings = stored.value();
    }
    std::optional<Webhooks::ServerOptions> options;
    if (receiverSettings) {
        auto built = receiverSettings->serverOptions();
        Status listening = built.ok() ? engine.startReceiver(built.value()) : Status(built.error());
        if (!listening.ok()) {
            if (fromCommandLine)
                return fail(listening.error());
            say(Text::tr("webhook receiver not started: %1").arg(listening.error().userMessage));
        } else {
            options = built.value();
        }
    }
    if (options) {
        say(Text::tr("receiving webhooks on %1/webhooks/NAME (certificate SHA-256 %2%3).")
                .arg(Webhooks::ReceiverSettings::origin(options->address, engine.receiver()->port()),
                     options->identity.fingerprint(),
                     receiverSettings->selfSigned() ? Text::tr(", self-signed: for local use only") : QString()));
    }
    say(Text::tr("serving profile \"%1\" with %2 workers; stop with SIGTERM or Ctrl-C.")
            .arg(in.location.name())
            .arg(workers));

    bool draining = false;
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        if (draining) {
            say(Text::tr("second signal: stopping now."));
            QCoreApplication::quit();
            return;
        }
        draining = true;
        engine.stopReceiver(); // no new deliveries; those already recorded are processed by the draining workers
        say(Text::tr("draining: %n job(s) running, up to %1 s.", nullptr, runner->runningCount()).arg(drainSeconds));
        QObject::connect(runner, &Jobs::JobRunner::drained, runner, [] { QCoreApplication::quit(); });
        QTimer::singleShot(drainSeconds * 1000, runner, [] {
            say(Text::tr("drain timeout: giving back the leases of jobs still running."));
            QCoreApplication::quit();
        });
        runner->stopClaiming();
    });
    QCoreApplication::exec();

    engine.stopReceiver();
    // Jobs still running after the timeout are abandoned: their leases go back so another worker runs them again.
    auto released = runner->releaseLeases();
    if (released.ok() && released.value() > 0)
        say(Text::tr("%n lease(s) given back.", nullptr, released.value()));
    if (Status closed = engine.close(); !closed.ok())
        say(closed.error().userMessage);
    say(Text::tr("stopped."));
    return ExitCode::Ok;
}

} // namespace Keyward::Cli::Commands

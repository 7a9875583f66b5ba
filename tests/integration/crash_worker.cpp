// The child of tst_jobcrash: runs the engine's workers on a profile until no job is left, where each "test.ledger"
// job makes its effect through an idempotency ledger (a file per job, created with O_EXCL). The test kills this
// process with SIGKILL at random moments and starts it again.
#include "engine/Engine.h"
#include "jobs/JobRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Keyward;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_worker PROFILE_DIR LEDGER_DIR (keys from $CREDENTIALS_DIRECTORY)\n");
        return 2;
    }
    const QString profileDir = QString::fromLocal8Bit(argv[1]);
    const QByteArray ledger = QFile::encodeName(QString::fromLocal8Bit(argv[2]));
    auto engine = Engine::Engine::open({Storage::ProfileLocation(QStringLiteral("crash"), profileDir),
                                        Engine::secretStoreFactory(Engine::KeySource::Credentials),
                                        Engine::ProfileAccess::Owner, Audit::Actor::currentProcess()});
    if (!engine.ok()) {
        std::fprintf(stderr, "crash_worker: %s\n", qPrintable(engine.error().userMessage));
        return 1;
    }
    Jobs::RetryPolicy policy;
    policy.maxAttempts = 1000; // every kill costs the jobs in flight an attempt
    policy.baseDelayMs = 1;
    engine.value()->jobRegistry().add(
        QStringLiteral("test.ledger"),
        [ledger](const Jobs::JobContext &context) {
            // Some work first (20–40 ms), so that kills land while jobs run, then the effect and its idempotency
            // key in one atomic step: a rerun after a kill finds the entry.
            QThread::msleep(static_cast<unsigned long>(20 + context.id % 21));
            const QByteArray path = ledger + '/' + QByteArray::number(context.id);
            const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
            if (fd < 0) {
                if (errno == EEXIST)
                    return Jobs::JobOutcome::done(); // taken effect in an earlier attempt
                return Jobs::JobOutcome::retry(QStringLiteral("ledger: %1").arg(errno));
            }
            const QByteArray line = QByteArray::number(context.attempt) + '\n';
            [[maybe_unused]] const ssize_t written = ::write(fd, line.constData(), static_cast<size_t>(line.size()));
            ::close(fd);
            return Jobs::JobOutcome::done();
        },
        policy);
    if (!engine.value()->startWorkers(4).ok())
        return 1;
    QTimer idle;
    idle.setInterval(50);
    QObject::connect(&idle, &QTimer::timeout, &app, [&] {
        auto stats = engine.value()->jobs().stats(QDateTime::currentMSecsSinceEpoch());
        if (!stats.ok())
            return;
        qint64 open = 0;
        for (const auto &queue : stats.value())
            open += queue.waiting + queue.running;
        if (open == 0)
            QCoreApplication::quit();
    });
    idle.start();
    QCoreApplication::exec();
    engine.value()->stopWorkers();
    return engine.value()->close().ok() ? 0 : 1;
}

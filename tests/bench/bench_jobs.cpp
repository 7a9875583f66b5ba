// Job engine throughput on a real SQLCipher profile: batched enqueue (against the raw encrypted insert ceiling
// measured in the same run), end-to-end processing of no-op jobs with N workers, and the delay from a job's due
// time to its start at a steady arrival rate.
#include "engine/Engine.h"
#include "jobs/JobRunner.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Keyward;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_jobs: %s failed\n", what);
        std::exit(1);
    }
}

std::unique_ptr<Engine::Engine> freshEngine(QTemporaryDir &dir, const QString &name)
{
    auto store = std::make_shared<Secrets::MemorySecretStore>();
    const Engine::SecretStoreFactory factory = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
    auto created = Engine::Engine::create({name, dir.filePath(name)}, factory, Engine::KeySource::Keychain,
                                          {QStringLiteral("bench"), QStringLiteral("benchhost")});
    check(created.ok(), "create");
    return std::move(created.value());
}

Jobs::JobSpec noop(qint64 i)
{
    return {QStringLiteral("bench.noop"),
            {{QStringLiteral("connection"), i % 5000}, {QStringLiteral("reason"), QStringLiteral("expiry")}},
            static_cast<Jobs::Queue>(i % 3),
            {},
            0};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption enqueueOption(QStringLiteral("enqueue"), QStringLiteral("Jobs to enqueue."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption processOption(QStringLiteral("process"), QStringLiteral("No-op jobs to process."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), QStringLiteral("Workers."), QStringLiteral("N"),
                                           QStringLiteral("4"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Arrival rate for the latency run."),
                                        QStringLiteral("JOBS_PER_S"), QStringLiteral("500"));
    parser.addOptions({enqueueOption, processOption, workersOption, rateOption});
    parser.process(app);
    const qint64 toEnqueue = parser.value(enqueueOption).toLongLong();
    const qint64 toProcess = parser.value(processOption).toLongLong();
    const int workers = parser.value(workersOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    QTemporaryDir dir;
    QElapsedTimer timer;

    // 1a. Baseline: the encrypted insert ceiling for rows of the same size, same batches.
    {
        auto engine = freshEngine(dir, QStringLiteral("baseline"));
        Storage::Database &db = engine->database();
        check(db.exec("CREATE TABLE scratch (a TEXT, b TEXT, c TEXT, d TEXT, e INTEGER, f INTEGER)").ok(), "scratch");
        timer.start();
        for (qint64 done = 0; done < toEnqueue; done += 1000) {
            check(db.transaction([&]() -> Status {
                        auto insert = db.prepare("INSERT INTO scratch VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
                        if (!insert.ok())
                            return insert.error();
                        for (qint64 i = done; i < done + 1000 && i < toEnqueue; ++i) {
                            insert->reset();
                            insert->bind(1, QStringLiteral("bench.noop"))
                                .bind(2, QStringLiteral("default"))
                                .bind(3, QStringLiteral("{\"connection\":%1,\"reason\":\"expiry\"}").arg(i % 5000))
                                .bind(4, QStringLiteral("pending"))
                                .bind(5, i)
                                .bind(6, i);
                            KW_TRY(insert->run());
                        }
                        return {};
                    }).ok(),
                  "baseline insert");
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("insert_ceiling: %lld rows in %.3f s = %.0f rows/s (plain encrypted INSERT, batches of 1000)\n",
                    static_cast<long long>(toEnqueue), seconds, toEnqueue / seconds);
    }

    // 1b. Enqueue in batches.
    {
        auto engine = freshEngine(dir, QStringLiteral("enqueue"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        timer.restart();
        for (qint64 done = 0; done < toEnqueue; done += 1000) {
            check(engine->database()
                      .transaction([&]() -> Status {
                          for (qint64 i = done; i < done + 1000 && i < toEnqueue; ++i)
                              KW_TRY(engine->jobs().enqueue(noop(i), now));
                          return {};
                      })
                      .ok(),
                  "enqueue");
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("enqueue_batched: %lld jobs in %.3f s = %.0f jobs/s (batches of 1000)\n",
                    static_cast<long long>(toEnqueue), seconds, toEnqueue / seconds);
    }

    // 2. End to end: enqueue first, then time the workers draining the queue.
    {
        auto engine = freshEngine(dir, QStringLiteral("process"));
        for (const QByteArray &pragma : qgetenv("BENCH_PRAGMAS").split(';'))
            if (!pragma.isEmpty())
                check(engine->database().exec(pragma.constData()).ok(), "pragma");
        engine->jobRegistry().add(QStringLiteral("bench.noop"),
                                  [](const Jobs::JobContext &) { return Jobs::JobOutcome::done(); });
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        check(engine->database()
                  .transaction([&]() -> Status {
                      for (qint64 i = 0; i < toProcess; ++i)
                          KW_TRY(engine->jobs().enqueue(noop(i), now));
                      return {};
                  })
                  .ok(),
              "enqueue for processing");
        qint64 finished = 0;
        QEventLoop loop;
        check(engine->startWorkers(workers).ok(), "start workers");
        QObject::connect(engine->runner(), &Jobs::JobRunner::jobFinished, &loop, [&] {
            if (++finished == toProcess)
                loop.quit();
        });
        timer.restart();
        loop.exec();
        const double seconds = timer.nsecsElapsed() / 1e9;
        engine->stopWorkers();
        std::printf("process_noop: %lld jobs in %.3f s = %.0f jobs/s end to end (%d workers)\n",
                    static_cast<long long>(toProcess), seconds, toProcess / seconds, workers);
    }

    // 3. Due-to-start delay at a steady rate: jobs scheduled 1000/rate ms apart over 10 s.
    {
        auto engine = freshEngine(dir, QStringLiteral("latency"));
        QMutex mutex;
        std::vector<double> delays;
        engine->jobRegistry().add(QStringLiteral("bench.noop"), [&](const Jobs::JobContext &context) {
            const qint64 due = context.args.value(QStringLiteral("due")).toInteger();
            const double delay = static_cast<double>(QDateTime::currentMSecsSinceEpoch() - due);
            QMutexLocker lock(&mutex);
            delays.push_back(delay);
            return Jobs::JobOutcome::done();
        });
        const qint64 count = static_cast<qint64>(rate) * 10;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 500;
        check(engine->database()
                  .transaction([&]() -> Status {
                      for (qint64 i = 0; i < count; ++i) {
                          Jobs::JobSpec spec = noop(i);
                          spec.runAtMs = start + i * 1000 / rate;
                          spec.args.insert(QStringLiteral("due"), spec.runAtMs);
                          KW_TRY(engine->jobs().enqueue(spec, start - 500));
                      }
                      return {};
                  })
                  .ok(),
              "schedule");
        qint64 finished = 0;
        QEventLoop loop;
        check(engine->startWorkers(workers).ok(), "start workers");
        QObject::connect(engine->runner(), &Jobs::JobRunner::jobFinished, &loop, [&] {
            if (++finished == count)
                loop.quit();
        });
        loop.exec();
        engine->stopWorkers();
        std::sort(delays.begin(), delays.end());
        auto at = [&](double p) {
            return delays[static_cast<size_t>(p * static_cast<double>(delays.size() - 1))];
        };
        std::printf("due_to_start: %lld jobs at %d/s: median %.0f ms, p99 %.0f ms, max %.0f ms (%d workers)\n",
                    static_cast<long long>(count), rate, at(0.5), at(0.99), delays.back(), workers);
    }
    return 0;
}

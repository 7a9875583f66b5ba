#include "engine/Engine.h"
#include "support/TestProfile.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Keyward;

// The job engine's crash guarantee, with real processes: a child runs the workers over 1,000 jobs and is killed
// with SIGKILL at random moments 100 times, then runs to the end. Every job must have taken effect exactly once
// (its ledger entry), none may be lost, none left running.
class TestJobCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesRandomKills();
};

void TestJobCrash::survivesRandomKills()
{
    QTemporaryDir dir;
    const QString credentials = dir.filePath(QStringLiteral("credentials"));
    const QString ledger = dir.filePath(QStringLiteral("ledger"));
    QVERIFY(QDir().mkpath(credentials) && QDir().mkpath(ledger));
    for (const char *name : {"keyward-db-key", "keyward-checkpoint-key", "keyward-backup-key"}) {
        QFile key(QDir(credentials).filePath(QString::fromLatin1(name)));
        QVERIFY(key.open(QIODevice::WriteOnly));
        const SecureBytes hex = SecureBytes::random(32).toHex();
        key.write(reinterpret_cast<const char *>(hex.data()), static_cast<qint64>(hex.size()));
    }
    qputenv("CREDENTIALS_DIRECTORY", credentials.toUtf8());
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    constexpr int kJobs = 1000;
    {
        auto engine = Engine::Engine::create({QStringLiteral("crash"), profileDir},
                                             Engine::secretStoreFactory(Engine::KeySource::Credentials),
                                             Engine::KeySource::Credentials, Audit::Actor::currentProcess());
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().userMessage));
        QVERIFY(
            engine.value()
                ->database()
                .transaction([&]() -> Status {
                    for (int i = 0; i < kJobs; ++i) {
                        auto added = engine.value()->jobs().enqueue(
                            {QStringLiteral("test.ledger"), {{QStringLiteral("n"), i}}, Jobs::Queue::Default, {}, 0},
                            QDateTime::currentMSecsSinceEpoch());
                        if (!added.ok())
                            return added.error();
                    }
                    return {};
                })
                .ok());
    }

    const QString worker = QCoreApplication::applicationDirPath() + QStringLiteral("/crash_worker");
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    int killedWhileRunning = 0;
    for (int round = 0; round < 100; ++round) {
        QProcess child;
        child.start(worker, {profileDir, ledger});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        if (child.waitForFinished(static_cast<int>(random.bounded(10, 120))))
            break; // all done before this kill
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        ++killedWhileRunning;
    }
    QProcess last;
    last.start(worker, {profileDir, ledger});
    QVERIFY(last.waitForFinished(180000));
    QCOMPARE(last.exitStatus(), QProcess::NormalExit);
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

    // Every job done, none lost, none running; each ledger entry written once, by some attempt.
    auto engine = Engine::Engine::open({Storage::ProfileLocation(QStringLiteral("crash"), profileDir),
                                        Engine::secretStoreFactory(Engine::KeySource::Credentials),
                                        Engine::ProfileAccess::Owner, Audit::Actor::currentProcess()});
    QVERIFY(engine.ok());
    auto all = engine.value()->jobs().list(std::nullopt, kJobs * 2);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), kJobs);
    int retried = 0;
    for (const Jobs::Job &job : all.value()) {
        QVERIFY2(job.state == Jobs::JobState::Done,
                 qPrintable(QStringLiteral("job %1 is %2").arg(job.id).arg(Jobs::stateName(job.state))));
        QFile entry(QDir(ledger).filePath(QString::number(job.id)));
        QVERIFY2(entry.exists(), qPrintable(QStringLiteral("job %1 never took effect").arg(job.id)));
        if (job.attempt > 1)
            ++retried;
    }
    QCOMPARE(QDir(ledger).entryList(QDir::Files).size(), kJobs); // no effect for a job that does not exist
    QVERIFY(engine.value()->verifyAudit()->intact);
    qInfo("%d kills while the workers ran; %d jobs needed more than one attempt", killedWhileRunning, retried);
    QVERIFY2(killedWhileRunning == 100, "the workers finished before the hundredth kill");
}

QTEST_GUILESS_MAIN(TestJobCrash)
#include "tst_jobcrash.moc"

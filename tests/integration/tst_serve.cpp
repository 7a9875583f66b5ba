#include "support/TestProfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Keyward;

// `keyward-cli serve` as a real process: one set of workers per profile, and a clean drain on SIGTERM or SIGINT.
class TestServe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void drainsOnSignal_data();
    void drainsOnSignal();
    void secondServeIsRefused();

private:
    bool startServe(QProcess &process, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

void TestServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profile = m_dir->filePath(QStringLiteral("profile"));
    const Test::CliRun created = Test::runCli({QStringLiteral("--profile-dir"), m_profile, QStringLiteral("init")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

bool TestServe::startServe(QProcess &process, const QStringList &extra)
{
    process.start(qEnvironmentVariable("KEYWARD_CLI"),
                  QStringList {QStringLiteral("--profile-dir"), m_profile, QStringLiteral("serve")} + extra);
    if (!process.waitForStarted())
        return false;
    // Serving once it says so on standard error.
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    while (!err.contains("serving profile") && timer.elapsed() < 20000) {
        process.waitForReadyRead(200);
        err += process.readAllStandardError();
    }
    return err.contains("serving profile");
}

void TestServe::drainsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestServe::drainsOnSignal()
{
    QFETCH(int, signal);
    QProcess serve;
    QVERIFY(startServe(serve, {QStringLiteral("--workers"), QStringLiteral("2")}));
    ::kill(static_cast<pid_t>(serve.processId()), signal);
    QVERIFY(serve.waitForFinished(35000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    const QByteArray err = serve.readAllStandardError();
    QVERIFY2(err.contains("draining") && err.contains("stopped"), err.constData());
    // The profile is free again and intact.
    QCOMPARE(
        Test::runCli({QStringLiteral("--profile-dir"), m_profile, QStringLiteral("audit"), QStringLiteral("verify")})
            .exitCode,
        0);
}

void TestServe::secondServeIsRefused()
{
    QProcess first;
    QVERIFY(startServe(first));
    const Test::CliRun second = Test::runCli({QStringLiteral("--profile-dir"), m_profile, QStringLiteral("serve")});
    QCOMPARE(second.exitCode, 6);
    QVERIFY2(second.err.contains("open for writing in another process"), second.err.constData());
    // Read commands work alongside the running engine.
    const Test::CliRun list = Test::runCli({QStringLiteral("--profile-dir"), m_profile, QStringLiteral("jobs"),
                                            QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    first.terminate();
    QVERIFY(first.waitForFinished(35000));
    QCOMPARE(first.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"

#include "TestProfile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace Keyward::Test {

TestProfile::TestProfile() = default;

Storage::ProfileLocation TestProfile::location() const
{
    return {QStringLiteral("test"), m_dir.filePath(QStringLiteral("profile"))};
}

Engine::SecretStoreFactory TestProfile::memoryFactory()
{
    auto store = m_store;
    return [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
}

std::unique_ptr<Engine::Engine> TestProfile::create()
{
    auto engine = Engine::Engine::create(location(), memoryFactory(), Engine::KeySource::Keychain,
                                         {QStringLiteral("tester"), QStringLiteral("testhost")});
    if (!engine.ok())
        qFatal("creating the test profile failed: %s", qPrintable(engine.error().userMessage));
    return std::move(engine.value());
}

std::unique_ptr<Engine::Engine> TestProfile::open(Engine::ProfileAccess access)
{
    Engine::OpenOptions options;
    options.location = location();
    options.secrets = memoryFactory();
    options.access = access;
    options.actor = {QStringLiteral("tester"), QStringLiteral("testhost")};
    auto engine = Engine::Engine::open(options);
    if (!engine.ok())
        qFatal("opening the test profile failed: %s", qPrintable(engine.error().userMessage));
    return std::move(engine.value());
}

QByteArray CliRun::describe() const
{
    QByteArray how;
    if (!started)
        how = "did not start";
    else if (!finished)
        how = "timed out";
    else if (crashed)
        how = "killed by signal " + QByteArray::number(signal);
    else
        how = "exit " + QByteArray::number(exitCode);
    return how + "; stderr: " + err.trimmed() + "; stdout: " + out.trimmed().left(2000);
}

CliRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                  const QByteArray &input, int timeoutMs, const std::function<void()> &childModifier)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (childModifier)
        process.setChildProcessModifier(childModifier);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    run.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    if (run.finished && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    } else if (run.finished) {
        run.crashed = true;
        run.signal = process.exitCode(); // on Unix, Qt reports the terminating signal here
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString cliPath()
{
    return qEnvironmentVariable("KEYWARD_CLI");
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
              int timeoutMs, const std::function<void()> &childModifier)
{
    return runProgram(cliPath(), arguments, environment, input, timeoutMs, childModifier);
}

Storage::CipherSettings cipherOf(const QString &directory)
{
    auto manifest = Storage::ProfileManifest::load(directory + QStringLiteral("/profile.json"));
    return manifest.ok() ? manifest->cipher : Storage::CipherSettings();
}

QByteArray fileHash(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

QList<Audit::AuditEvent> auditEvents(Engine::Engine &engine, const QString &action)
{
    QList<Audit::AuditEvent> found;
    auto events = engine.audit().latest(1000);
    if (!events.ok())
        return found;
    for (const Audit::AuditEvent &event : events.value()) {
        if (event.action == action)
            found.append(event);
    }
    return found;
}

bool fileContains(const QString &file, const QByteArray &needle)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.readAll().contains(needle);
}

} // namespace Keyward::Test

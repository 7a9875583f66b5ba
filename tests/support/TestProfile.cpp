#include "TestProfile.h"

#include <QFile>
#include <QTest>

namespace Keyward::Test {

namespace {

// Forwards to a store shared between several engines opened on one profile.
class SharedStore final : public Secrets::SecretStore
{
public:
    explicit SharedStore(std::shared_ptr<Secrets::MemorySecretStore> store)
        : m_store(std::move(store))
    {
    }
    Result<SecureBytes> read(Secrets::SecretKind kind) override { return m_store->read(kind); }
    Status write(Secrets::SecretKind kind, const SecureBytes &value) override { return m_store->write(kind, value); }
    Status remove(Secrets::SecretKind kind) override { return m_store->remove(kind); }
    QString description() const override { return m_store->description(); }
    QString sourceId() const override { return m_store->sourceId(); }

private:
    std::shared_ptr<Secrets::MemorySecretStore> m_store;
};

} // namespace

TestProfile::TestProfile() = default;

Storage::ProfileLocation TestProfile::location() const
{
    return {QStringLiteral("test"), m_dir.filePath(QStringLiteral("profile"))};
}

Engine::SecretStoreFactory TestProfile::memoryFactory()
{
    auto store = m_store;
    return [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return std::make_unique<SharedStore>(store);
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

std::unique_ptr<Engine::Engine> TestProfile::open(Engine::Access access)
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

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input,
              int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("KEYWARD_CLI"), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

bool fileContains(const QString &file, const QByteArray &needle)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.readAll().contains(needle);
}

} // namespace Keyward::Test

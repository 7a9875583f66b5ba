#pragma once

#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace Keyward::Test {

/// A fresh profile directory in a temporary folder, with an in-memory secret store shared by every engine the
/// test opens on it (unit tests). Integration tests use the real keychain through keychainFactory().
class TestProfile
{
public:
    TestProfile();

    Storage::ProfileLocation location() const;
    Engine::SecretStoreFactory memoryFactory();
    Secrets::MemorySecretStore &memoryStore() { return *m_store; }

    /// Creates the profile with the in-memory store.
    std::unique_ptr<Engine::Engine> create();
    std::unique_ptr<Engine::Engine> open(Engine::Access access = Engine::Access::Owner);

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Secrets::MemorySecretStore> m_store = std::make_shared<Secrets::MemorySecretStore>();
};

/// Result of running keyward-cli.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the keyward-cli built with the tests ($KEYWARD_CLI) with `arguments`, `environment` added to this
/// process's, and optional standard input.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const QByteArray &input = {}, int timeoutMs = 60000);

/// True when `file` contains `needle` anywhere (for "the secret never reaches the disk" checks).
bool fileContains(const QString &file, const QByteArray &needle);

} // namespace Keyward::Test

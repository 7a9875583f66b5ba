#pragma once

#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"

#include <QProcess>
#include <QTemporaryDir>

#include <functional>
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
    std::unique_ptr<Engine::Engine> open(Engine::ProfileAccess access = Engine::ProfileAccess::Owner);

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Secrets::MemorySecretStore> m_store = std::make_shared<Secrets::MemorySecretStore>();
};

/// Result of running keyward-cli.
struct CliRun
{
    int exitCode = -1; ///< -1 unless the process exited normally
    QByteArray out;
    QByteArray err;
    bool started = false;
    bool finished = false; ///< false when it was still running after the timeout (it is killed then)
    bool crashed = false; ///< ended by a signal
    int signal = 0; ///< the signal that ended it, when crashed

    /// For QVERIFY2 messages: how it ended and what it wrote to standard error.
    QByteArray describe() const;
};

/// Runs the keyward-cli built with the tests ($KEYWARD_CLI) with `arguments`, `environment` added to this
/// process's, and optional standard input. `childModifier` runs in the child between fork and exec (resource
/// limits, signal dispositions): it may only call async-signal-safe functions.
CliRun runCli(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const QByteArray &input = {}, int timeoutMs = 60000, const std::function<void()> &childModifier = {});

/// Runs an arbitrary program the same way (for wrappers such as setpriv or unshare around keyward-cli).
CliRun runProgram(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                  const QByteArray &input = {}, int timeoutMs = 60000, const std::function<void()> &childModifier = {});

/// The keyward-cli under test ($KEYWARD_CLI, set by CTest); empty when it is not set.
QString cliPath();

/// SHA-256 of a file's content (empty when it cannot be read), for "left byte-for-byte unchanged" checks.
QByteArray fileHash(const QString &file);

/// The cipher settings recorded in the manifest of the profile in `directory`, for opening its database directly.
Storage::CipherSettings cipherOf(const QString &directory);

/// The events with `action` among the latest 1,000 of `engine`'s audit log, oldest first.
QList<Audit::AuditEvent> auditEvents(Engine::Engine &engine, const QString &action);

/// True when `file` contains `needle` anywhere (for "the secret never reaches the disk" checks).
bool fileContains(const QString &file, const QByteArray &needle);

} // namespace Keyward::Test

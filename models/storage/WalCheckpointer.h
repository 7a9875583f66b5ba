#pragma once

#include "Database.h"
#include "core/Result.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Keyward::Storage {

/// Copies the write-ahead log back into the database file from a thread of its own: a second connection runs
/// `PRAGMA wal_checkpoint(PASSIVE)` every `intervalMs`, and the engine's connection stops checkpointing itself.
/// Without it, every thousandth page written makes one of the engine thread's commits copy (decrypt, re-encrypt)
/// the whole log: tens of milliseconds during which nothing else on the engine thread runs. PASSIVE never waits
/// for, nor blocks, the engine's readers and writers.
class WalCheckpointer
{
public:
    /// Opens the second connection (same file, key and cipher settings) and starts the thread.
    static Result<std::unique_ptr<WalCheckpointer>> start(Database &engineDb, const QString &path,
                                                          const SecureBytes &key, const CipherSettings &cipher,
                                                          int intervalMs = 250);
    /// Stops the thread after one last checkpoint and gives checkpointing back to the engine's connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Checkpoints done so far (for tests).
    int runs() const;

private:
    WalCheckpointer(Database &engineDb, std::unique_ptr<Database> own, int intervalMs);
    void loop();

    Database &m_engineDb;
    std::unique_ptr<Database> m_own;
    int m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_runs = 0;
    std::thread m_thread;
};

} // namespace Keyward::Storage

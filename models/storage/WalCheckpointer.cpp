#include "WalCheckpointer.h"

#include "core/Logging.h"

namespace Keyward::Storage {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::start(Database &engineDb, const QString &path,
                                                                const SecureBytes &key, const CipherSettings &cipher,
                                                                int intervalMs)
{
    auto own = Database::open(path, key, cipher, Database::OpenMode::Existing);
    if (!own.ok())
        return own.error();
    KW_TRY(engineDb.exec("PRAGMA wal_autocheckpoint = 0"));
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(engineDb, std::move(own.value()), intervalMs));
}

WalCheckpointer::WalCheckpointer(Database &engineDb, std::unique_ptr<Database> own, int intervalMs)
    : m_engineDb(engineDb)
    , m_own(std::move(own))
    , m_intervalMs(intervalMs)
    , m_thread([this] { loop(); })
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    m_own.reset();
    static_cast<void>(m_engineDb.exec("PRAGMA wal_autocheckpoint = 1000")); // SQLite's default
}

int WalCheckpointer::runs() const
{
    std::lock_guard lock(m_mutex);
    return m_runs;
}

void WalCheckpointer::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const bool stopping = m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
        lock.unlock();
        if (Status done = m_own->exec("PRAGMA wal_checkpoint(PASSIVE)"); !done.ok())
            qCWarning(lcStorage) << "background checkpoint failed:" << done.error().detail;
        lock.lock();
        ++m_runs;
        if (stopping)
            return;
    }
}

} // namespace Keyward::Storage

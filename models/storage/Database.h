#pragma once

#include "Statement.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace Keyward::Storage {

/// Cipher parameters recorded in the profile manifest so a later SQLCipher (4.x, with
/// `cipher_compatibility = 3`) opens the same files.
struct CipherSettings
{
    int compatibility = 3;
    // 4 KiB pages: SQLCipher pays a fixed cost per page (IV, HMAC, cipher context), so larger pages scan the audit
    // log about twice as fast as the 1 KiB default. SQLCipher 4 reads these files with `cipher_compatibility = 3`
    // plus `cipher_page_size = 4096`.
    int pageSize = 4096;
};

/// One SQLCipher connection. Owned by one thread (the engine thread); not shared.
class Database
{
public:
    enum class OpenMode {
        Existing, ///< read-write, in WAL mode
        Create, ///< like Existing, creating the file
        ReadOnly, ///< never writes to the file (inspecting a backup, checking a key)
    };

    /// Opens `path` with a raw 32-byte key. Verifies that SQLCipher is really active (`PRAGMA cipher_version`)
    /// and that the key decrypts the file before anything is written; a wrong key leaves the file untouched.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key,
                                                  const CipherSettings &cipher, OpenMode mode);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    /// Like prepare(), but keeps the compiled statement for the next call with the same `sql` (which must be a
    /// string literal: the cache is keyed by its address). For statements on hot paths.
    Result<Statement> cached(const char *sql);

    /// BEGIN IMMEDIATE: takes the write lock up front so a transaction never fails half-way on a busy store.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const;
    /// Counts begin() calls, so caches valid for one transaction can tell a new one apart.
    quint64 transactionGeneration() const { return m_generation; }

    /// Runs `body` (returning Status) in a transaction; commits on success, rolls back on error.
    template<typename F> Status transaction(F &&body)
    {
        KW_TRY(begin());
        Status result = body();
        if (!result.ok()) {
            rollback();
            return result;
        }
        return commit();
    }

    /// Re-encrypts the whole file under `newKey` (PRAGMA rekey), then checks with a fresh connection that the file
    /// really is under `newKey`. On failure the file keeps its old key but this connection may not: close it and
    /// open the file again with the old key.
    Status rekey(const SecureBytes &newKey);
    /// Writes a consistent encrypted copy of this database to `path` under `key` (ATTACH + sqlcipher_export).
    Status exportEncryptedCopy(const QString &path, const SecureBytes &key, const CipherSettings &cipher);
    /// Folds the WAL back into the main file and truncates it.
    Status checkpointWal();

    Result<qint64> queryInt(const char *sql);
    /// The store's key-value settings (table meta): the value, or an empty string when the key is not set.
    Result<QString> meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);
    /// Row id of the last INSERT on this connection.
    qint64 lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE on this connection.
    int changes() const;
    QString cipherVersion() const { return m_cipherVersion; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    Status applyKey(const char *pragma, const SecureBytes &key);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    CipherSettings m_cipher;
    quint64 m_generation = 0;
    struct CachedEntry
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    std::unordered_map<const char *, CachedEntry> m_cache; // node-based: entries never move
};

} // namespace Keyward::Storage

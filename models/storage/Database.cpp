#include "Database.h"

#include "SqliteError.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cerrno>

#include <openssl/crypto.h>
#include <sqlcipher/sqlite3.h>

namespace Keyward::Storage {

namespace {

void sha256Hex(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const void *data = sqlite3_value_blob(arguments[0]);
    const int size = sqlite3_value_bytes(arguments[0]);
    const QByteArray hex
        = QCryptographicHash::hash(QByteArrayView(static_cast<const char *>(data), size), QCryptographicHash::Sha256)
              .toHex();
    sqlite3_result_text(context, hex.constData(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

namespace {

// Builds `<prefix>"x'<hex>'"` in a buffer that is wiped afterwards, so the key never lingers in a QByteArray.
class KeyStatement
{
public:
    KeyStatement(const char *prefix, const SecureBytes &key)
    {
        const SecureBytes hex = key.toHex();
        m_sql.assign(prefix, prefix + std::strlen(prefix));
        m_sql.insert(m_sql.end(), {'"', 'x', '\''});
        m_sql.insert(m_sql.end(), hex.data(), hex.data() + hex.size());
        m_sql.insert(m_sql.end(), {'\'', '"', '\0'});
    }
    ~KeyStatement() { OPENSSL_cleanse(m_sql.data(), m_sql.size()); }
    const char *sql() const { return reinterpret_cast<const char *>(m_sql.data()); }

private:
    std::vector<char> m_sql;
};

} // namespace

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    for (auto &[sql, entry] : m_cache)
        sqlite3_finalize(entry.stmt);
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key,
                                                 const CipherSettings &cipher, OpenMode mode)
{
    if (key.size() != 32) {
        return Error {ErrorCode::Integrity,
                      QCoreApplication::translate("Keyward::Storage", "The database key has the wrong length.")};
    }
    if (mode != OpenMode::Create && !QFile::exists(path)) {
        return Error {
            ErrorCode::NotFound,
            QCoreApplication::translate("Keyward::Storage", "The profile's database %1 does not exist.").arg(path)};
    }
    sqlite3 *raw = nullptr;
    // CREATE on every writable connection: ATTACH (used for backups) opens files with the main connection's flags.
    // Whether the profile's own file exists was checked above.
    const int flags = SQLITE_OPEN_NOMUTEX
        | (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    db->m_cipher = cipher;
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "open");

    KW_TRY(db->applyKey("PRAGMA key = ", key));
    KW_TRY(db->exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(cipher.pageSize).toUtf8().constData()));

    // If libsqlite3 got linked instead of libsqlcipher, PRAGMA key is silently ignored and the file would be
    // written in the clear: refuse to go on unless the cipher answers.
    {
        auto stmt = db->prepare("PRAGMA cipher_version");
        if (!stmt.ok())
            return stmt.error();
        auto row = stmt->step();
        if (!row.ok() || !row.value()) {
            return Error {ErrorCode::Integrity,
                          QCoreApplication::translate("Keyward::Storage",
                                                      "This Keyward build has no working database encryption "
                                                      "(SQLCipher is not active): it refuses to open the profile.")};
        }
        db->m_cipherVersion = stmt->text(0);
    }
    // A wrong key only shows on the first read; do it before any write so a wrong key changes nothing on disk.
    KW_TRY(db->queryInt("SELECT count(*) FROM sqlite_master"));

    sqlite3_busy_timeout(raw, 5000);
    // kw_sha256_hex(blob): what a migration needs to compute webhook replay keys of deliveries already stored.
    sqlite3_create_function_v2(raw, "kw_sha256_hex", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, sha256Hex, nullptr,
                               nullptr, nullptr);
    // Every page read from the file is decrypted and its HMAC checked, so a page cache that holds the hot indexes
    // matters more than with plain SQLite: 32 MiB instead of the default 2 MB (random keys, such as webhook replay
    // keys, touch pages all over their index). The cache grows only as pages are used.
    KW_TRY(db->exec("PRAGMA cache_size = -32768"));
    if (mode == OpenMode::ReadOnly)
        return db;
    // WAL: readers (the console, `keyward-cli status`) never block the writer. NORMAL sync in WAL mode keeps the
    // store consistent after a crash; the last transactions may be lost on power failure.
    KW_TRY(db->exec("PRAGMA journal_mode = WAL"));
    KW_TRY(db->exec("PRAGMA synchronous = NORMAL"));
    KW_TRY(db->exec("PRAGMA foreign_keys = ON"));
    return db;
}

Status Database::applyKey(const char *pragma, const SecureBytes &key)
{
    KeyStatement statement(pragma, key);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, statement.sql(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "key");
    return {};
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return {};
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, sql);
    return Statement(m_db, stmt);
}

Result<Statement> Database::cached(const char *sql)
{
    CachedEntry &entry = m_cache[sql];
    if (entry.inUse)
        return prepare(sql); // nested use of the same statement: a private copy
    if (!entry.stmt) {
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &entry.stmt, nullptr);
        if (rc != SQLITE_OK) {
            entry.stmt = nullptr;
            return sqliteError(m_db, rc, sql);
        }
    }
    entry.inUse = true;
    return Statement(m_db, entry.stmt, &entry.inUse);
}

Status Database::begin()
{
    ++m_generation;
    return exec("BEGIN IMMEDIATE");
}

Status Database::commit()
{
    Status status = exec("COMMIT");
    if (!status.ok())
        rollback();
    return status;
}

void Database::rollback()
{
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Status Database::rekey(const SecureBytes &newKey)
{
    KW_TRY(checkpointWal());
    errno = 0;
    KW_TRY(applyKey("PRAGMA rekey = ", newKey));
    const int rekeyErrno = errno;
    // SQLCipher 3's PRAGMA rekey reports success even when writing the re-encrypted pages failed (a full disk, a
    // file size limit), and may leave this connection using the new key while the file keeps the old one: storing
    // the new key then would lock the user out. A fresh connection proves the file opens with the new key; the
    // errno of the swallowed write tells a full disk apart.
    auto fresh = open(m_path, newKey, m_cipher, OpenMode::ReadOnly);
    if (!fresh.ok()) {
        if (rekeyErrno == ENOSPC || rekeyErrno == EFBIG) {
            return Error {ErrorCode::DiskFull,
                          QCoreApplication::translate("Keyward::Storage",
                                                      "The disk is full (or a file size limit was reached) while "
                                                      "re-encrypting the database: free some space and retry. The "
                                                      "database keeps its previous key."),
                          fresh.error().detail};
        }
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "The database could not be re-encrypted: the new key does not "
                                                  "open it. It keeps its previous key."),
                      fresh.error().detail};
    }
    return {};
}

Status Database::exportEncryptedCopy(const QString &path, const SecureBytes &key, const CipherSettings &cipher)
{
    auto attach = prepare("ATTACH DATABASE ?1 AS backup KEY ?2");
    if (!attach.ok())
        return attach.error();
    {
        // The key travels as a bound parameter; wipe our copy of its text afterwards.
        SecureBytes hex = key.toHex();
        QByteArray keyText
            = "x'" + QByteArray(reinterpret_cast<const char *>(hex.data()), static_cast<qsizetype>(hex.size())) + "'";
        attach->bindText(1, QFile::encodeName(path)).bindText(2, keyText);
        OPENSSL_cleanse(keyText.data(), static_cast<std::size_t>(keyText.size()));
        KW_TRY(attach->run());
    }
    KW_TRY(exec(QStringLiteral("PRAGMA backup.cipher_page_size = %1").arg(cipher.pageSize).toUtf8().constData()));
    Status exported = exec("SELECT sqlcipher_export('backup')");
    if (exported.ok()) {
        // sqlcipher_export does not copy the schema version.
        auto version = queryInt("PRAGMA main.user_version");
        exported = version.ok()
            ? exec(QStringLiteral("PRAGMA backup.user_version = %1").arg(version.value()).toUtf8().constData())
            : Status(version.error());
    }
    Status detached = exec("DETACH DATABASE backup");
    if (!exported.ok())
        return exported;
    return detached;
}

Status Database::checkpointWal()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<qint64> Database::queryInt(const char *sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt->int64(0) : 0;
}

Result<QString> Database::meta(const QString &key)
{
    auto stmt = prepare("SELECT value FROM meta WHERE key = ?1");
    KW_TRY(stmt);
    stmt->bind(1, key);
    auto row = stmt->step();
    KW_TRY(row);
    return row.value() ? stmt->text(0) : QString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    auto stmt = prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    KW_TRY(stmt);
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

} // namespace Keyward::Storage

#include "Statement.h"

#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>

namespace Keyward::Storage {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *inUse)
    : m_db(db)
    , m_stmt(stmt)
    , m_inUse(inUse)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
{ }

static void release(sqlite3_stmt *stmt, bool *inUse)
{
    if (inUse) {
        // Back to the cache. Resetting also ends the statement's read of the database: a cached SELECT left
        // mid-iteration would otherwise keep this connection's read snapshot open.
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        *inUse = false;
    } else {
        sqlite3_finalize(stmt);
    }
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release(m_stmt, m_inUse);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_inUse = std::exchange(other.m_inUse, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    release(m_stmt, m_inUse);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bindText(index, value.toUtf8());
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, rc, "step");
}

Status Statement::run()
{
    auto stepped = step();
    if (!stepped.ok())
        return stepped.error();
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray::fromRawData(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blobView(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray::fromRawData(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace Keyward::Storage

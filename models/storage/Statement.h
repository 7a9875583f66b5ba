#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Keyward::Storage {

/// A prepared SQLCipher statement; finalized when destroyed. Parameters are 1-based, columns 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    /// A statement borrowed from the connection's cache: reset (not finalized) when destroyed, which also
    /// clears `*inUse`.
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool *inUse);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    /// True when a row is available, false when done.
    Result<bool> step();
    /// Runs to completion, for statements that return no rows.
    Status run();
    void reset();

    /// Steps through the remaining rows and converts each with `fromRow(const Statement &)`.
    template<typename T, typename F> Result<QList<T>> collect(F &&fromRow)
    {
        QList<T> rows;
        for (;;) {
            auto row = step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                return rows;
            rows.append(fromRow(*this));
        }
    }

    qint64 int64(int column) const;
    QString text(int column) const;
    /// Raw UTF-8 bytes of a text column without conversion (valid until the next step).
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    /// A blob column without a copy (valid until the next step).
    QByteArray blobView(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool *m_inUse = nullptr; // set for cached statements
};

} // namespace Keyward::Storage

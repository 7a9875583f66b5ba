#pragma once

#include "AuditEvent.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyward::Storage {
class Database;
}

namespace Keyward::Audit {

/// What the Audit page and filtered exports select. Empty fields do not filter.
struct AuditFilter
{
    QDateTime from; ///< inclusive; invalid: no lower bound
    QDateTime to; ///< exclusive; invalid: no upper bound
    QString actor; ///< the signed-in user name, exactly
    QString action; ///< exactly, or a prefix ending in '*' ("webhook.*")
    QString target; ///< exactly, or a prefix ending in '*' ("connection:*")
    QString outcome; ///< success, failure or denied
    QString text; ///< words that must all occur in the details (a trailing '*' matches a prefix)

    bool isEmpty() const;
    /// One line for a status bar or an export's manifest, e.g. `action = token.refresh, text "alice"`.
    QString describe() const;
    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

/// Queries the audit log by filter, newest first, a page at a time. Every page is a keyset query (`seq < cursor`)
/// on an index that matches the filter, so page 1,000 costs what page 1 does. Details are searched through the
/// FTS4 index of migration 10.
class AuditSearch
{
public:
    explicit AuditSearch(Storage::Database &db)
        : m_db(db)
    { }

    /// Up to `limit` matching events older than `beforeSeq` (0: from the head), newest first.
    Result<QList<AuditEvent>> page(const AuditFilter &filter, qint64 beforeSeq, int limit);
    /// The distinct actions and actor names in the log, sorted: what the page's filter lists offer. Each costs one
    /// index lookup per distinct value, not a scan.
    Result<QStringList> actions();
    Result<QStringList> actors();

    /// The FTS4 MATCH expression for what a user typed: each word becomes a phrase of its tokens (as the unicode61
    /// tokenizer splits them), so "alice@example.com" finds exactly that address and no query syntax leaks
    /// through. Empty when nothing searchable remains.
    static QString matchExpression(const QString &text);

private:
    /// The first `limit` values a skip-scan query returns (`prefix` bound to ?1 when given).
    Result<QStringList> distinct(const char *sql, const QByteArray &prefix = {}, int limit = 10'000);

    Storage::Database &m_db;
};

} // namespace Keyward::Audit

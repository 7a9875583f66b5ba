#include "AuditSearch.h"

#include "AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace Keyward::Audit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Audit::AuditFilter)
};

QByteArray isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

/// The smallest string greater than every string that starts with `prefix` (bytewise, as BINARY collation compares).
QByteArray prefixEnd(QByteArray prefix)
{
    while (!prefix.isEmpty() && static_cast<uchar>(prefix.back()) == 0xFF)
        prefix.chop(1);
    if (!prefix.isEmpty())
        prefix.back() = static_cast<char>(static_cast<uchar>(prefix.back()) + 1);
    return prefix;
}

/// A condition on an indexed column: equality, or a range for a trailing '*'. A range is written `+column` so that
/// SQLite does not walk that index and sort every match by seq: for a prefix that matches many distinct values the
/// newest-first walk of the table finds a page sooner. (Prefixes with few values never get here: page() expands
/// them.)
void addMatch(const char *column, const QString &value, QByteArray &sql, QList<QByteArray> &params)
{
    if (value.isEmpty())
        return;
    if (value.endsWith(u'*')) {
        const QByteArray prefix = value.chopped(1).toUtf8();
        if (prefix.isEmpty())
            return; // "*" alone matches everything
        const QByteArray end = prefixEnd(prefix);
        sql += QByteArray(" AND +") + column + " >= ?";
        params.append(prefix);
        if (!end.isEmpty()) {
            sql += QByteArray(" AND +") + column + " < ?";
            params.append(end);
        }
        return;
    }
    sql += QByteArray(" AND ") + column + " = ?";
    params.append(value.toUtf8());
}

bool isPrefix(const QString &value)
{
    return value.size() > 1 && value.endsWith(u'*');
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return *this == AuditFilter {};
}

QString AuditFilter::describe() const
{
    QStringList parts;
    if (from.isValid())
        parts << Text::tr("from %1").arg(from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        parts << Text::tr("before %1").arg(to.toUTC().toString(Qt::ISODate));
    if (!actor.isEmpty())
        parts << Text::tr("actor = %1").arg(actor);
    if (!action.isEmpty())
        parts << Text::tr("action = %1").arg(action);
    if (!target.isEmpty())
        parts << Text::tr("target = %1").arg(target);
    if (!outcome.isEmpty())
        parts << Text::tr("outcome = %1").arg(outcome);
    if (!text.isEmpty())
        parts << Text::tr("details contain \"%1\"").arg(text);
    return parts.isEmpty() ? Text::tr("all events") : parts.join(QStringLiteral(", "));
}

QString AuditSearch::matchExpression(const QString &text)
{
    // unicode61 splits on everything that is not a letter or a digit; doing the same here turns each typed word
    // into a phrase of adjacent tokens. FTS4 operators (OR, NEAR, -, quotes, parentheses) cannot get through.
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList phrases;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const QStringList tokens = word.split(separator, Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        QString phrase = u'"' + tokens.join(u' ');
        if (word.endsWith(u'*'))
            phrase += u'*';
        phrase += u'"';
        phrases << phrase;
    }
    return phrases.join(u' ');
}

Result<QList<AuditEvent>> AuditSearch::page(const AuditFilter &filter, qint64 beforeSeq, int limit)
{
    // An action prefix ("webhook.*") usually stands for a handful of actions. Each has its own walk of the
    // (action, seq) index, newest first; the newest `limit` of their pages are the answer. That costs a few
    // hundred rows per action, where one query over the range would sort every match.
    constexpr int kMaxExpanded = 32;
    if (isPrefix(filter.action)) {
        const QByteArray prefix = filter.action.chopped(1).toUtf8();
        auto actions = distinct("WITH RECURSIVE v(x) AS (SELECT min(action) FROM audit_events WHERE action >= ?1 "
                                "UNION ALL SELECT (SELECT min(action) FROM audit_events WHERE action > v.x) FROM v "
                                "WHERE v.x IS NOT NULL AND substr(v.x, 1, length(?1)) = ?1 LIMIT 1000) "
                                "SELECT x FROM v WHERE x IS NOT NULL AND substr(x, 1, length(?1)) = ?1",
                                prefix, kMaxExpanded + 1);
        KW_TRY(actions);
        // An action that itself ends in '*' would expand to itself again: such a log takes the plain query.
        const bool plainNames = std::none_of(actions->cbegin(), actions->cend(),
                                             [](const QString &action) { return action.endsWith(u'*'); });
        if (actions->size() <= kMaxExpanded && plainNames) {
            QList<AuditEvent> merged;
            for (const QString &action : std::as_const(actions.value())) {
                AuditFilter one = filter;
                one.action = action;
                auto events = page(one, beforeSeq, limit);
                KW_TRY(events);
                merged.append(events.value());
            }
            std::sort(merged.begin(), merged.end(),
                      [](const AuditEvent &a, const AuditEvent &b) { return a.seq > b.seq; });
            if (merged.size() > limit)
                merged.resize(limit);
            return merged;
        }
    }

    QByteArray sql = "SELECT " KW_AUDIT_EVENT_COLUMNS " FROM audit_events WHERE seq < ?";
    QList<QByteArray> params; // UTF-8 text
    addMatch("action", filter.action, sql, params);
    addMatch("actor_user", filter.actor, sql, params);
    addMatch("target", filter.target, sql, params);
    addMatch("outcome", filter.outcome, sql, params);
    if (filter.from.isValid()) {
        sql += " AND time >= ?";
        params.append(isoUtc(filter.from));
    }
    if (filter.to.isValid()) {
        sql += " AND time < ?";
        params.append(isoUtc(filter.to));
    }
    const QString match = matchExpression(filter.text);
    if (!filter.text.trimmed().isEmpty() && match.isEmpty())
        return QList<AuditEvent>(); // only separators typed: no event has an empty word
    if (!match.isEmpty()) {
        sql += " AND seq IN (SELECT docid FROM audit_fts WHERE audit_fts MATCH ? AND docid < ?1)";
        params.append(match.toUtf8());
    }
    sql += " ORDER BY seq DESC LIMIT ?";

    auto stmt = m_db.prepare(sql.constData());
    if (!stmt.ok())
        return stmt.error();
    int index = 1;
    stmt->bind(index++, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max());
    for (const QByteArray &param : std::as_const(params))
        stmt->bindText(index++, param);
    stmt->bind(index, qint64(limit));
    return stmt->collect<AuditEvent>(eventFromRow);
}

Result<QStringList> AuditSearch::distinct(const char *sql, const QByteArray &prefix, int limit)
{
    auto stmt = m_db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    if (!prefix.isNull())
        stmt->bindText(1, prefix);
    QStringList values;
    for (;;) {
        auto row = stmt->step();
        KW_TRY(row);
        if (!row.value() || values.size() >= limit)
            return values;
        values.append(stmt->text(0));
    }
}

// A skip scan written out: each step asks the index for the next value greater than the last one, so a million
// events with forty distinct actions cost forty lookups.
Result<QStringList> AuditSearch::actions()
{
    return distinct("WITH RECURSIVE v(x) AS (SELECT min(action) FROM audit_events UNION ALL "
                    "SELECT (SELECT min(action) FROM audit_events WHERE action > v.x) FROM v WHERE v.x IS NOT NULL) "
                    "SELECT x FROM v WHERE x IS NOT NULL");
}

Result<QStringList> AuditSearch::actors()
{
    return distinct("WITH RECURSIVE v(x) AS (SELECT min(actor_user) FROM audit_events UNION ALL "
                    "SELECT (SELECT min(actor_user) FROM audit_events WHERE actor_user > v.x) FROM v "
                    "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL");
}

} // namespace Keyward::Audit

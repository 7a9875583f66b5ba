#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Keyward::Jobs {

/// A standard five-field cron schedule ("minute hour day-of-month month day-of-week"), evaluated in UTC.
///
/// Accepts `*`, lists (`1,2,5`), ranges (`1-5`), steps (`*/15`, `10-50/10`, and `5/15` meaning `5-max/15`),
/// month names JAN–DEC and day names SUN–SAT in any case, 0 or 7 for Sunday, and the macros @yearly, @annually,
/// @monthly, @weekly, @daily, @midnight and @hourly. Day matching follows Vixie cron: when both the day-of-month
/// and the day-of-week field are restricted (neither starts with `*`), a day matches if either one matches;
/// otherwise both must match.
class CronExpression
{
public:
    /// Parses `text`; a malformed expression gives ErrorCode::Usage with a sentence naming the field and value.
    static Result<CronExpression> parse(const QString &text);

    /// The first matching minute strictly after `after` (in UTC, seconds and milliseconds zero), or an invalid
    /// QDateTime when no date can ever match (such as `0 0 30 2 *`) or `after` is invalid.
    QDateTime next(const QDateTime &after) const;

    /// The text the expression was parsed from, unchanged.
    QString text() const { return m_text; }

private:
    CronExpression() = default;

    bool dayMatches(QDate date) const;

    QString m_text;
    quint64 m_minutes = 0; // bit n: minute n
    quint32 m_hours = 0; // bit n: hour n
    quint32 m_daysOfMonth = 0; // bit n: day n (1–31)
    quint32 m_months = 0; // bit n: month n (1–12)
    quint32 m_daysOfWeek = 0; // bit n: weekday n (0 = Sunday … 6 = Saturday)
    bool m_dayOfMonthStar = false; // the field started with `*`, as Vixie cron's DOM_STAR
    bool m_dayOfWeekStar = false;
    bool m_canEverMatch = false;
};

} // namespace Keyward::Jobs

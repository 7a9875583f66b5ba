#include "CronExpression.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <bit>

namespace Keyward::Jobs {

namespace {

struct FieldSpec
{
    const char *name; // translated at run time, marked for lupdate
    int min;
    int max;
    const std::array<const char *, 12> *names = nullptr; // three-letter names for min, min + 1, …
    int nameCount = 0;
};

constexpr std::array<const char *, 12> kMonthNames
    = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr std::array<const char *, 12> kDayNames = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

// Day of week is parsed over 0–7 so that `5-7` and `*/7` work as in Vixie cron; 7 is folded onto 0 afterwards.
constexpr std::array<FieldSpec, 5> kFields = {{
    {QT_TRANSLATE_NOOP("Keyward::Jobs", "minute"), 0, 59},
    {QT_TRANSLATE_NOOP("Keyward::Jobs", "hour"), 0, 23},
    {QT_TRANSLATE_NOOP("Keyward::Jobs", "day of month"), 1, 31},
    {QT_TRANSLATE_NOOP("Keyward::Jobs", "month"), 1, 12, &kMonthNames, 12},
    {QT_TRANSLATE_NOOP("Keyward::Jobs", "day of week"), 0, 7, &kDayNames, 7},
}};

// February counts 29 days: a date that exists in leap years comes round eventually.
constexpr std::array<int, 13> kLongestMonth = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

QString usageText(const QString &expression, const QString &reason)
{
    return QCoreApplication::translate("Keyward::Jobs", "The cron expression \"%1\" is invalid: %2")
        .arg(expression, reason);
}

/// Parses one field into a bit set (bit n set: value n matches).
class FieldParser
{
public:
    FieldParser(const QString &expression, const FieldSpec &spec)
        : m_expression(expression)
        , m_spec(spec)
        , m_name(QCoreApplication::translate("Keyward::Jobs", spec.name))
    { }

    Result<quint64> parse(const QString &field) const
    {
        quint64 bits = 0;
        for (const QString &item : field.split(u',')) {
            // Name what the user wrote when a piece of it is empty (`1,,2`, `-5`).
            const QString &shown = item.isEmpty() ? field : item;
            const qsizetype slash = item.indexOf(u'/');
            const QString range = slash < 0 ? item : item.left(slash);
            int low = m_spec.min;
            int high = m_spec.max;
            if (range != QLatin1String("*")) {
                const qsizetype dash = range.indexOf(u'-');
                if (dash < 0) {
                    auto single = value(range, shown);
                    if (!single.ok())
                        return single.error();
                    low = single.value();
                    // `5/15` is shorthand for `5-max/15` (cronie, Quartz); a lone `5` is just 5.
                    high = slash < 0 ? low : m_spec.max;
                } else {
                    auto first = value(range.left(dash), shown);
                    if (!first.ok())
                        return first.error();
                    auto last = value(range.mid(dash + 1), shown);
                    if (!last.ok())
                        return last.error();
                    low = first.value();
                    high = last.value();
                    if (low > high)
                        return reversed(range);
                }
            }
            int stride = 1;
            if (slash >= 0) {
                auto parsed = step(item.mid(slash + 1), shown);
                if (!parsed.ok())
                    return parsed.error();
                stride = parsed.value();
            }
            for (int v = low; v <= high; v += stride)
                bits |= quint64(1) << v;
        }
        return bits;
    }

private:
    Result<int> value(const QString &token, const QString &shown) const
    {
        if (isNumber(token)) {
            // More than nine digits would overflow int; it is out of range either way.
            const int number = token.size() <= 9 ? token.toInt() : m_spec.max + 1;
            if (number < m_spec.min || number > m_spec.max)
                return error(QCoreApplication::translate("Keyward::Jobs", "%1 %2 is out of range %3–%4.")
                                 .arg(m_name, token, QString::number(m_spec.min), QString::number(m_spec.max)));
            return number;
        }
        for (int i = 0; i < m_spec.nameCount; ++i) {
            if (token.compare(QLatin1String((*m_spec.names)[i]), Qt::CaseInsensitive) == 0)
                return m_spec.min + i;
        }
        if (m_spec.names) {
            return error(
                QCoreApplication::translate("Keyward::Jobs",
                                            "%1 \"%2\" is not valid: use a number from %3 to %4 or a name from %5 "
                                            "to %6.")
                    .arg(m_name, token.isEmpty() ? shown : token, QString::number(m_spec.min),
                         QString::number(m_spec.max), QLatin1String((*m_spec.names)[0]),
                         QLatin1String((*m_spec.names)[m_spec.nameCount - 1])));
        }
        return error(QCoreApplication::translate("Keyward::Jobs", "%1 \"%2\" is not valid: use a number from %3 to %4.")
                         .arg(m_name, token.isEmpty() ? shown : token, QString::number(m_spec.min),
                              QString::number(m_spec.max)));
    }

    Result<int> step(const QString &token, const QString &shown) const
    {
        // A step wider than the field would match only its first value, which is almost surely a typo.
        const int largest = m_spec.max;
        if (isNumber(token) && token.size() <= 9) {
            const int number = token.toInt();
            if (number >= 1 && number <= largest)
                return number;
        }
        return error(QCoreApplication::translate("Keyward::Jobs",
                                                 "%1 step \"%2\" is not valid: use a whole number from 1 to %3.")
                         .arg(m_name, token.isEmpty() ? shown : token, QString::number(largest)));
    }

    Error reversed(const QString &range) const
    {
        return error(QCoreApplication::translate("Keyward::Jobs",
                                                 "%1 range \"%2\" runs backwards: write the smaller value first.")
                         .arg(m_name, range));
    }

    Error error(const QString &reason) const { return Error {ErrorCode::Usage, usageText(m_expression, reason)}; }

    static bool isNumber(const QString &token)
    {
        if (token.isEmpty())
            return false;
        for (QChar c : token) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    }

    const QString &m_expression;
    const FieldSpec &m_spec;
    QString m_name;
};

QString macroExpansion(const QString &macro)
{
    const QString name = macro.toLower();
    if (name == QLatin1String("@yearly") || name == QLatin1String("@annually"))
        return QStringLiteral("0 0 1 1 *");
    if (name == QLatin1String("@monthly"))
        return QStringLiteral("0 0 1 * *");
    if (name == QLatin1String("@weekly"))
        return QStringLiteral("0 0 * * 0");
    if (name == QLatin1String("@daily") || name == QLatin1String("@midnight"))
        return QStringLiteral("0 0 * * *");
    if (name == QLatin1String("@hourly"))
        return QStringLiteral("0 * * * *");
    return {};
}

/// The lowest set bit at or above `from`, or -1.
int nextSetBit(quint64 bits, int from)
{
    const quint64 rest = bits >> from;
    return rest ? from + std::countr_zero(rest) : -1;
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &text)
{
    const QString expression = text.simplified();
    if (expression.isEmpty()) {
        return Error {ErrorCode::Usage,
                      QCoreApplication::translate("Keyward::Jobs",
                                                  "The cron expression is empty: write five fields (minute hour "
                                                  "day-of-month month day-of-week) or a macro such as @daily.")};
    }
    QString fieldsText = expression;
    if (expression.startsWith(u'@')) {
        fieldsText = macroExpansion(expression);
        if (fieldsText.isEmpty()) {
            return Error {ErrorCode::Usage,
                          usageText(expression,
                                    QCoreApplication::translate("Keyward::Jobs",
                                                                "%1 is not a known macro: use @yearly, @annually, "
                                                                "@monthly, @weekly, @daily, @midnight or @hourly.")
                                        .arg(expression))};
        }
    }
    const QStringList fields = fieldsText.split(u' ');
    if (fields.size() != int(kFields.size())) {
        return Error {ErrorCode::Usage,
                      usageText(expression,
                                QCoreApplication::translate("Keyward::Jobs",
                                                            "it needs five fields (minute hour day-of-month month "
                                                            "day-of-week), not %1.")
                                    .arg(fields.size()))};
    }

    std::array<quint64, 5> bits {};
    for (size_t i = 0; i < kFields.size(); ++i) {
        auto parsed = FieldParser(expression, kFields[i]).parse(fields[qsizetype(i)]);
        if (!parsed.ok())
            return parsed.error();
        bits[i] = parsed.value();
    }

    CronExpression cron;
    cron.m_text = text;
    cron.m_minutes = bits[0];
    cron.m_hours = quint32(bits[1]);
    cron.m_daysOfMonth = quint32(bits[2]);
    cron.m_months = quint32(bits[3]);
    cron.m_daysOfWeek = quint32(bits[4] & 0x7f) | ((bits[4] & 0x80) ? 1u : 0u); // 7 is Sunday too
    // Vixie cron decides "restricted" by the first character, so `*/2` in either day field still means AND.
    cron.m_dayOfMonthStar = fields[2].startsWith(u'*');
    cron.m_dayOfWeekStar = fields[4].startsWith(u'*');

    // Every month has every weekday, and every existing date falls on every weekday in the 400-year Gregorian
    // cycle, so only a day of month that no chosen month has (`30 2`, `31 4,6`) can make a schedule empty.
    if (!cron.m_dayOfMonthStar && !cron.m_dayOfWeekStar) {
        cron.m_canEverMatch = cron.m_months != 0;
    } else {
        for (int month = 1; month <= 12; ++month) {
            // Bits 1 to the month's length (31 needs 64-bit arithmetic for the shift).
            const quint64 daysInMonth = ((quint64(1) << (kLongestMonth[size_t(month)] + 1)) - 1) & ~quint64(1);
            if ((cron.m_months & (quint32(1) << month)) && (cron.m_daysOfMonth & daysInMonth))
                cron.m_canEverMatch = true;
        }
    }
    return cron;
}

bool CronExpression::dayMatches(QDate date) const
{
    const bool dayOfMonth = m_daysOfMonth & (quint32(1) << date.day());
    const bool dayOfWeek = m_daysOfWeek & (quint32(1) << (date.dayOfWeek() % 7)); // Qt: Monday 1 … Sunday 7
    if (m_dayOfMonthStar || m_dayOfWeekStar)
        return dayOfMonth && dayOfWeek;
    return dayOfMonth || dayOfWeek;
}

QDateTime CronExpression::next(const QDateTime &after) const
{
    if (!after.isValid() || !m_canEverMatch)
        return {};
    const QDateTime start = after.toUTC();
    QDate date = start.date();
    int hour = start.time().hour();
    int minute = start.time().minute() + 1;
    if (minute > 59) {
        minute = 0;
        if (++hour > 23) {
            hour = 0;
            date = date.addDays(1);
        }
    }
    // The calendar, weekdays included, repeats every 400 years, so nothing can match later than that; in practice
    // a satisfiable schedule matches within a few years (40 at most, for Feb 29 on one weekday).
    const QDate horizon = date.addYears(400);
    while (date <= horizon) {
        if (!(m_months & (quint32(1) << date.month()))) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        const int matchingHour = nextSetBit(m_hours, hour);
        if (matchingHour < 0) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        if (matchingHour != hour) {
            hour = matchingHour;
            minute = 0;
        }
        const int matchingMinute = nextSetBit(m_minutes, minute);
        if (matchingMinute < 0) {
            minute = 0;
            if (++hour > 23) {
                hour = 0;
                date = date.addDays(1);
            }
            continue;
        }
        return QDateTime(date, QTime(hour, matchingMinute), Qt::UTC);
    }
    return {};
}

} // namespace Keyward::Jobs

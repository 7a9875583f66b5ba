#include "ReportCommands.h"

#include "CliSupport.h"

#include "engine/Engine.h"
#include "reports/ReportService.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace Keyward::Cli::Commands {

namespace {

using namespace Keyward::Reports;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

QString typeNames()
{
    QStringList names;
    for (ReportType type : allReportTypes())
        names.append(reportTypeName(type));
    return names.join(QStringLiteral(", "));
}

/// --format, else the extension of --out, else PDF.
Result<Format> formatFrom(const QCommandLineParser &parser, const QString &out)
{
    const QString name
        = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(out).suffix();
    if (const auto format = formatFromName(name))
        return *format;
    if (!parser.isSet(QStringLiteral("format")))
        return Format::Pdf;
    return Error {ErrorCode::Usage, Text::tr("--format takes pdf, csv or json, not \"%1\".").arg(name)};
}

/// --from and --to (dates are whole UTC days, --to included); without them, the last 30 days.
Result<std::pair<QDateTime, QDateTime>> periodFrom(const QCommandLineParser &parser)
{
    QDateTime to = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("to"))) {
        auto parsed = parseTimeBound(QStringLiteral("to"), parser.value(QStringLiteral("to")), true);
        KW_TRY(parsed);
        to = parsed.value();
    }
    QDateTime from = to.addDays(-30);
    if (parser.isSet(QStringLiteral("from"))) {
        auto parsed = parseTimeBound(QStringLiteral("from"), parser.value(QStringLiteral("from")), false);
        KW_TRY(parsed);
        from = parsed.value();
    }
    if (from >= to)
        return Error {ErrorCode::Usage, Text::tr("--from must lie before --to.")};
    return std::pair {from, to};
}

int generate(Invocation &in, ReportType type)
{
    const QString out = in.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Error {ErrorCode::Usage, Text::tr("Say where to write the report: --out FILE.")});
    auto format = formatFrom(in.parser, out);
    if (!format.ok())
        return fail(format.error());
    auto period = periodFrom(in.parser);
    if (!period.ok())
        return fail(period.error());
    ReportRequest request;
    request.type = type;
    request.from = period->first;
    request.to = period->second;
    if (in.parser.isSet(QStringLiteral("max-age-days"))) {
        bool ok = false;
        request.maxAgeDays = in.parser.value(QStringLiteral("max-age-days")).toInt(&ok);
        if (!ok || request.maxAgeDays < 1)
            return fail(Error {ErrorCode::Usage, Text::tr("--max-age-days takes a positive number of days.")});
    }
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    ReportService reports(*engine.value());
    auto generated = reports.generateFile(request, format.value(), out);
    if (!generated.ok())
        return fail(generated.error());
    const QString sha = QString::fromLatin1(generated->sha256.toHex());
    if (in.json) {
        printJson({{QLatin1String("report"), reportTypeName(type)},
                   {QLatin1String("format"), formatName(format.value())},
                   {QLatin1String("path"), QFileInfo(out).absoluteFilePath()},
                   {QLatin1String("rows"), generated->rows},
                   {QLatin1String("bytes"), generated->bytes},
                   {QLatin1String("sha256"), sha}});
        return ExitCode::Ok;
    }
    printLine(Text::tr("Wrote the %1 report (%2 rows, %3 bytes, %4) to %5; SHA-256 %6, recorded in the audit log.")
                  .arg(reportTitle(type))
                  .arg(generated->rows)
                  .arg(generated->bytes)
                  .arg(formatName(format.value()).toUpper(), out, sha));
    return ExitCode::Ok;
}

int scheduleAdd(Invocation &in)
{
    ReportSchedule schedule;
    schedule.name = in.operands.at(0);
    const auto type = reportTypeFromName(in.parser.value(QStringLiteral("type")));
    if (!type)
        return fail(Error {ErrorCode::Usage, Text::tr("--type takes one of %1.").arg(typeNames())});
    schedule.type = *type;
    const auto format = formatFromName(in.parser.value(QStringLiteral("format")).isEmpty()
                                           ? QStringLiteral("pdf")
                                           : in.parser.value(QStringLiteral("format")));
    if (!format)
        return fail(Error {ErrorCode::Usage, Text::tr("--format takes pdf, csv or json.")});
    schedule.format = *format;
    schedule.cron = in.parser.value(QStringLiteral("cron"));
    schedule.folder = QFileInfo(in.parser.value(QStringLiteral("folder"))).absoluteFilePath();
    if (in.parser.value(QStringLiteral("folder")).isEmpty())
        return fail(Error {ErrorCode::Usage, Text::tr("Say where the reports go: --folder DIR.")});
    if (in.parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        schedule.periodDays = in.parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return fail(Error {ErrorCode::Usage, Text::tr("--days takes a whole number of days.")});
    }
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    const Status added = ReportService(*engine.value()).schedule(schedule);
    if (!added.ok())
        return fail(added.error());
    printLine(Text::tr("Scheduled \"%1\": the %2 report as %3 into %4 on \"%5\" (UTC), each covering %6 day(s). "
                       "`keyward-cli serve` or the console runs it.")
                  .arg(schedule.name, reportTitle(schedule.type), formatName(schedule.format).toUpper(),
                       schedule.folder, schedule.cron)
                  .arg(schedule.periodDays));
    return ExitCode::Ok;
}

int scheduleList(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto schedules = ReportService(*engine.value()).schedules();
    if (!schedules.ok())
        return fail(schedules.error());
    if (in.json) {
        QJsonArray list;
        for (const ReportSchedule &schedule : schedules.value())
            list.append(schedule.toJson());
        printJson({{QLatin1String("schedules"), list}});
        return ExitCode::Ok;
    }
    if (schedules->isEmpty())
        printLine(Text::tr("No reports are scheduled."));
    for (const ReportSchedule &schedule : schedules.value()) {
        printLine(QStringLiteral("%1  %2  %3  \"%4\"  %5  %6")
                      .arg(schedule.name, reportTypeName(schedule.type), formatName(schedule.format), schedule.cron,
                           schedule.folder, schedule.toJson().value(QLatin1String("next_run")).toString()));
    }
    return ExitCode::Ok;
}

int scheduleRemove(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    const Status removed = ReportService(*engine.value()).unschedule(in.operands.at(0));
    if (!removed.ok())
        return fail(removed.error());
    printLine(Text::tr("Removed the report schedule \"%1\"; reports already written stay.").arg(in.operands.at(0)));
    return ExitCode::Ok;
}

} // namespace

QList<Command> reportCommands()
{
    const QString json = QStringLiteral("json");
    const QStringList generateOptions {json,
                                       QStringLiteral("from"),
                                       QStringLiteral("to"),
                                       QStringLiteral("format"),
                                       QStringLiteral("out"),
                                       QStringLiteral("max-age-days")};
    QList<Command> commands;
    for (ReportType type : allReportTypes()) {
        commands.append({{QStringLiteral("report"), reportTypeName(type)},
                         {},
                         0,
                         Text::tr("Write the %1 report for --from DATE --to DATE (default: the last 30 days) as "
                                  "--format pdf|csv|json to --out FILE.")
                             .arg(reportTitle(type)),
                         generateOptions,
                         [type](Invocation &in) {
                             return generate(in, type);
                         }});
    }
    commands.append(
        {{QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("add")},
         QStringLiteral("NAME"),
         1,
         Text::tr("Generate a report on a schedule into a folder: --type TYPE --cron 'MIN HOUR DOM MON DOW' "
                  "--folder DIR [--format pdf|csv|json] [--days N]."),
         {QStringLiteral("type"), QStringLiteral("cron"), QStringLiteral("folder"), QStringLiteral("format"),
          QStringLiteral("days")},
         scheduleAdd});
    commands.append({{QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("list")},
                     {},
                     0,
                     Text::tr("List the scheduled reports."),
                     {json},
                     scheduleList});
    commands.append({{QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("remove")},
                     QStringLiteral("NAME"),
                     1,
                     Text::tr("Stop generating a scheduled report."),
                     {},
                     scheduleRemove});
    return commands;
}

} // namespace Keyward::Cli::Commands

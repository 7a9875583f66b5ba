#include "ReportService.h"

#include "ReportBuilder.h"
#include "ReportWriters.h"
#include "engine/Engine.h"
#include "jobs/CronExpression.h"
#include "jobs/JobRegistry.h"
#include "jobs/JobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonObject>
#include <QSaveFile>

namespace Keyward::Reports {

namespace {

constexpr char kSchedulePrefix[] = "report:";
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// Passes writes through to `target` and hashes them, so the audit event can name the exact bytes.
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }

    QByteArray sha256() const { return m_hash.result(); }
    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 done = m_target.write(data, size);
        if (done > 0) {
            m_hash.addData(QByteArrayView(data, done));
            m_written += done;
        }
        if (done < 0)
            setErrorString(m_target.errorString());
        return done;
    }

private:
    QIODevice &m_target;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_written = 0;
};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject ReportSchedule::toJson() const
{
    return {{QLatin1String("name"), name},
            {QLatin1String("type"), reportTypeName(type)},
            {QLatin1String("format"), formatName(format)},
            {QLatin1String("cron"), cron},
            {QLatin1String("folder"), folder},
            {QLatin1String("period_days"), periodDays},
            {QLatin1String("next_run"),
             nextRunMs > 0 ? QDateTime::fromMSecsSinceEpoch(nextRunMs, Qt::UTC).toString(Qt::ISODate) : QString()}};
}

Result<Report> ReportService::preview(const ReportRequest &request, const Progress &progress)
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsGenerate));
    if (!request.from.isValid() || !request.to.isValid() || request.from >= request.to)
        return Error {ErrorCode::Usage, tr("The report's period must start before it ends.")};
    return ReportBuilder(m_engine, QDateTime::currentMSecsSinceEpoch()).build(request, progress);
}

Result<Generated> ReportService::generate(const ReportRequest &request, Format format, QIODevice &out,
                                          const QString &destination, const Progress &progress)
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsGenerate));
    return generateUnchecked(request, format, out, destination, false, progress, [] { return Status {}; });
}

Result<Generated> ReportService::generateFile(const ReportRequest &request, Format format, const QString &path,
                                              const Progress &progress)
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsGenerate));
    return generateFileUnchecked(request, format, path, false, progress);
}

Result<Generated> ReportService::generateFileUnchecked(const ReportRequest &request, Format format, const QString &path,
                                                       bool scheduled, const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const Error error {ErrorCode::Failure, tr("%1 cannot be written: %2").arg(path, file.errorString())};
        static_cast<void>(m_engine.record({QStringLiteral("report.generate"),
                                           QStringLiteral("report:") + reportTypeName(request.type),
                                           Audit::Outcome::Failure,
                                           {{QLatin1String("destination"), path},
                                            {QLatin1String("format"), formatName(format)},
                                            {QLatin1String("error"), error.userMessage}}}));
        return error;
    }
    return generateUnchecked(
        request, format, file, QFileInfo(path).absoluteFilePath(), scheduled, progress, [&]() -> Status {
            // A write QPdfWriter ignored, a full disk, a failed rename: all surface here.
            if (!file.commit())
                return Error {ErrorCode::Failure, tr("%1 cannot be written: %2").arg(path, file.errorString())};
            return {};
        });
}

Result<Generated> ReportService::generateUnchecked(const ReportRequest &request, Format format, QIODevice &out,
                                                   const QString &destination, bool scheduled, const Progress &progress,
                                                   const std::function<Status()> &commit)
{
    if (!request.from.isValid() || !request.to.isValid() || request.from >= request.to)
        return Error {ErrorCode::Usage, tr("The report's period must start before it ends.")};
    QJsonObject details {{QLatin1String("type"), reportTypeName(request.type)},
                         {QLatin1String("format"), formatName(format)},
                         {QLatin1String("from"), iso(request.from)},
                         {QLatin1String("to"), iso(request.to)},
                         {QLatin1String("destination"), destination}};
    if (scheduled)
        details.insert(QLatin1String("scheduled"), true);
    auto fail = [&](const Error &error) -> Error {
        if (error.code == ErrorCode::Cancelled)
            return error; // nothing left the process: not an event
        QJsonObject failed = details;
        failed.insert(QLatin1String("error"), error.userMessage);
        static_cast<void>(m_engine.record({QStringLiteral("report.generate"),
                                           QStringLiteral("report:") + reportTypeName(request.type),
                                           Audit::Outcome::Failure, failed}));
        return error;
    };
    auto report = ReportBuilder(m_engine, QDateTime::currentMSecsSinceEpoch(), scheduled).build(request, progress);
    if (!report.ok())
        return fail(report.error());
    HashingDevice hashing(out);
    const Status written = writeReport(report.value(), format, hashing, progress);
    if (!written.ok())
        return fail(written.error());
    const Status committed = commit();
    if (!committed.ok())
        return fail(committed.error());
    Generated generated {report->rowCount(), hashing.written(), hashing.sha256()};
    details.insert(QLatin1String("rows"), generated.rows);
    details.insert(QLatin1String("bytes"), generated.bytes);
    details.insert(QLatin1String("sha256"), QString::fromLatin1(generated.sha256.toHex()));
    details.insert(QLatin1String("audit_head_seq"), report->auditHeadSeq);
    auto recorded
        = m_engine.record({QStringLiteral("report.generate"), QStringLiteral("report:") + reportTypeName(request.type),
                           Audit::Outcome::Success, details});
    KW_TRY(recorded);
    return generated;
}

QString ReportService::scheduledFileName(const QString &profile, const QString &schedule, ReportType type,
                                         Format format, const QDateTime &at)
{
    return QStringLiteral("%1-%2-%3-%4.%5")
        .arg(profile, schedule, reportTypeName(type), at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
             formatName(format));
}

Result<QList<ReportSchedule>> ReportService::schedules()
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsGenerate));
    auto recurring = m_engine.jobs().recurring();
    KW_TRY(recurring);
    QList<ReportSchedule> schedules;
    for (const Jobs::RecurringJob &job : std::as_const(recurring.value())) {
        if (!job.name.startsWith(QLatin1String(kSchedulePrefix)))
            continue;
        ReportSchedule schedule;
        schedule.name = job.name.mid(int(qstrlen(kSchedulePrefix)));
        schedule.type
            = reportTypeFromName(job.spec.args.value(QLatin1String("type")).toString()).value_or(ReportType::Inventory);
        schedule.format = formatFromName(job.spec.args.value(QLatin1String("format")).toString()).value_or(Format::Pdf);
        schedule.folder = job.spec.args.value(QLatin1String("folder")).toString();
        schedule.periodDays = job.spec.args.value(QLatin1String("period_days")).toInt(7);
        schedule.cron = job.cron;
        schedule.nextRunMs = job.nextRunMs;
        schedules.append(schedule);
    }
    return schedules;
}

Status ReportService::schedule(const ReportSchedule &schedule)
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsSchedule));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(schedule.name).hasMatch())
        return Error {ErrorCode::Usage,
                      tr("A schedule's name has 1 to 64 letters, digits, dots, dashes or underscores, not \"%1\".")
                          .arg(schedule.name)};
    const QFileInfo folder(schedule.folder);
    if (!folder.isAbsolute() || !folder.isDir() || !folder.isWritable())
        return Error {ErrorCode::Usage,
                      tr("%1 is not a folder this process can write to: give an existing folder's "
                         "full path.")
                          .arg(schedule.folder)};
    if (schedule.periodDays < 1 || schedule.periodDays > 3660)
        return Error {ErrorCode::Usage, tr("A scheduled report covers 1 to 3,660 days.")};
    auto cron = Jobs::CronExpression::parse(schedule.cron);
    if (!cron.ok())
        return cron.error();
    Jobs::RecurringJob job;
    job.name = QLatin1String(kSchedulePrefix) + schedule.name;
    job.cron = schedule.cron;
    job.spec.type = QString::fromLatin1(kJobType);
    job.spec.uniqueKey = job.name;
    job.spec.args = {{QLatin1String("name"), schedule.name},
                     {QLatin1String("type"), reportTypeName(schedule.type)},
                     {QLatin1String("format"), formatName(schedule.format)},
                     {QLatin1String("folder"), folder.absoluteFilePath()},
                     {QLatin1String("period_days"), schedule.periodDays}};
    return m_engine.database().transaction([&]() -> Status {
        KW_TRY(m_engine.jobs().setRecurring(job, QDateTime::currentMSecsSinceEpoch()));
        auto event = m_engine.audit().append({QStringLiteral("report.schedule"),
                                              QStringLiteral("report-schedule:") + schedule.name,
                                              Audit::Outcome::Success, job.spec.args});
        return event.ok() ? Status {} : Status {event.error()};
    });
}

Status ReportService::unschedule(const QString &name)
{
    KW_TRY(m_engine.authorize(Access::Permission::ReportsSchedule));
    auto existing = schedules();
    KW_TRY(existing);
    const bool known = std::any_of(existing->cbegin(), existing->cend(),
                                   [&](const ReportSchedule &schedule) { return schedule.name == name; });
    if (!known)
        return Error {ErrorCode::NotFound, tr("There is no report schedule \"%1\".").arg(name)};
    return m_engine.database().transaction([&]() -> Status {
        KW_TRY(m_engine.jobs().removeRecurring(QLatin1String(kSchedulePrefix) + name));
        auto event = m_engine.audit().append({QStringLiteral("report.unschedule"),
                                              QStringLiteral("report-schedule:") + name,
                                              Audit::Outcome::Success,
                                              {}});
        return event.ok() ? Status {} : Status {event.error()};
    });
}

Status ReportService::runScheduled(const QJsonObject &args)
{
    const auto type = reportTypeFromName(args.value(QLatin1String("type")).toString());
    const auto format = formatFromName(args.value(QLatin1String("format")).toString());
    if (!type || !format)
        return Error {ErrorCode::Usage, tr("The report schedule is damaged (unknown type or format): add it again.")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReportRequest request;
    request.type = *type;
    request.to = now;
    request.from = now.addMSecs(-kDayMs * std::max(1, args.value(QLatin1String("period_days")).toInt(7)));
    const QString path
        = QDir(args.value(QLatin1String("folder")).toString())
              .filePath(scheduledFileName(m_engine.location().name(), args.value(QLatin1String("name")).toString(),
                                          *type, *format, now));
    auto generated = generateFileUnchecked(request, *format, path, true, {});
    return generated.ok() ? Status {} : Status {generated.error()};
}

void ReportService::registerJobs(Jobs::JobRegistry &registry, Engine::Engine &engine)
{
    // On the engine thread: the report reads the store.
    registry.addAsync(QString::fromLatin1(kJobType),
                      [&engine](const Jobs::JobContext &context, const Jobs::JobRegistry::Complete &complete) {
                          const Status ran = ReportService(engine).runScheduled(context.args);
                          complete(ran.ok() ? Jobs::JobOutcome::done()
                                            : Jobs::JobOutcome::retry(ran.error().userMessage));
                      });
}

} // namespace Keyward::Reports

#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QCoreApplication>

class QIODevice;

namespace Keyward::Engine {
class Engine;
}
namespace Keyward::Jobs {
class JobRegistry;
}

namespace Keyward::Reports {

/// What a generated report was: recorded in its audit event and shown to whoever asked for it.
struct Generated
{
    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray sha256; ///< of the bytes written: the audit event names the exact file
};

/// A report generated on a schedule into a folder (a recurring job named "report:<name>").
struct ReportSchedule
{
    QString name;
    ReportType type = ReportType::Inventory;
    Format format = Format::Pdf;
    QString cron; ///< five fields, UTC
    QString folder;
    int periodDays = 7; ///< each run covers the days before it
    qint64 nextRunMs = 0;

    QJsonObject toJson() const;
};

/// Generates reports (reports.generate) and manages their schedules (reports.schedule), on the engine thread.
/// Every generation is audited as `report.generate` with the type, period, format, destination, row count and the
/// SHA-256 of the file, so a report handed to an auditor can be matched to the log.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::ReportService)

public:
    explicit ReportService(Engine::Engine &engine)
        : m_engine(engine)
    { }

    /// Writes the report to `path` (through a QSaveFile: a failed or cancelled report leaves nothing behind) and
    /// records it once the file is in place.
    Result<Generated> generateFile(const ReportRequest &request, Format format, const QString &path,
                                   const Progress &progress = {});
    /// Writes the report to `out` and records it as written to `destination` (for devices that need no commit).
    Result<Generated> generate(const ReportRequest &request, Format format, QIODevice &out, const QString &destination,
                               const Progress &progress = {});
    /// Builds the report without writing it (the console's preview). Not audited: nothing leaves the process.
    Result<Report> preview(const ReportRequest &request, const Progress &progress = {});

    Result<QList<ReportSchedule>> schedules();
    /// Adds or replaces a schedule; the folder must exist and be writable by this process.
    Status schedule(const ReportSchedule &schedule);
    Status unschedule(const QString &name);

    /// The job that runs schedules; the engine registers it with its other job types.
    static void registerJobs(Jobs::JobRegistry &registry, Engine::Engine &engine);
    static constexpr char kJobType[] = "report.scheduled";

    /// The file name a scheduled run writes: <profile>-<schedule>-<type>-<yyyyMMdd-HHmmss>.<format>.
    static QString scheduledFileName(const QString &profile, const QString &schedule, ReportType type, Format format,
                                     const QDateTime &at);

private:
    /// Builds, writes to `out`, runs `commit` (the file's rename), then records the outcome.
    Result<Generated> generateUnchecked(const ReportRequest &request, Format format, QIODevice &out,
                                        const QString &destination, bool scheduled, const Progress &progress,
                                        const std::function<Status()> &commit);
    Result<Generated> generateFileUnchecked(const ReportRequest &request, Format format, const QString &path,
                                            bool scheduled, const Progress &progress);
    Status runScheduled(const QJsonObject &args);

    Engine::Engine &m_engine;
};

} // namespace Keyward::Reports

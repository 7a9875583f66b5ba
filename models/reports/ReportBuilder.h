#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Keyward::Engine {
class Engine;
}

namespace Keyward::Reports {

/// Gathers a report's facts and tables from an open profile, on the engine thread. Reads only: the caller
/// (ReportService) authorizes and audits. Long reports call `progress`, which may cancel.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::ReportBuilder)

public:
    /// `scheduled`: for the engine's own recurring work, authorized when it was scheduled (no person to check).
    ReportBuilder(Engine::Engine &engine, qint64 nowMs, bool scheduled = false)
        : m_engine(engine)
        , m_nowMs(nowMs)
        , m_scheduled(scheduled)
    { }

    Result<Report> build(const ReportRequest &request, const Progress &progress = {});

private:
    Status inventory(Report &report, const Progress &progress);
    Status accessReview(Report &report, const Progress &progress);
    Status rotationAge(Report &report, int maxAgeDays);
    Status failures(Report &report, const Progress &progress);
    Status integrity(Report &report);

    Engine::Engine &m_engine;
    qint64 m_nowMs;
    bool m_scheduled;
};

/// An ISO 8601 UTC time for report cells ("2026-11-28T15:07:00Z"); empty for 0.
QString reportTime(qint64 ms);

} // namespace Keyward::Reports

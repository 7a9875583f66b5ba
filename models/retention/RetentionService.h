#pragma once

#include "RetentionPolicy.h"

#include "access/Policy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace Keyward::Storage {
class Database;
}
namespace Keyward::Audit {
class AuditLog;
}
namespace Keyward::Jobs {
class JobRegistry;
class JobStore;
} // namespace Keyward::Jobs

namespace Keyward::Retention {

/// One kind's policy as stored (meta "retention.<kind>") or its default.
struct Policy
{
    Kind kind = Kind::AuditEvents;
    int days = 0;
    bool isDefault = true;
    QJsonObject toJson() const;
};

/// What one run removed.
struct Applied
{
    qint64 auditEvents = 0;
    qint64 auditTrimmedThrough = 0; ///< the anchor checkpoint's event (0: no audit event removed)
    qint64 jobs = 0;
    qint64 webhookDeliveries = 0; ///< whose payloads were cleared
    qint64 webhookMessages = 0;
    qint64 connections = 0;
    QString auditSkipped; ///< why the audit log was not trimmed (no checkpoint key, a chain that does not verify)
    QJsonObject toJson() const;
};

/// Retention policies and their application. Setting a policy needs retention.manage and is audited; applying
/// removes, in one transaction, what each policy no longer keeps, and records what it removed as an audit event.
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Retention::RetentionService)

public:
    struct Dependencies
    {
        Storage::Database &db;
        Audit::AuditLog &audit;
        Jobs::JobStore &jobs;
        std::function<Status(Access::Permission)> authorize = {};
    };
    static constexpr char kApplyJob[] = "retention.apply";

    explicit RetentionService(Dependencies deps);

    Result<QList<Policy>> policies();
    /// Refuses a number of days below the kind's floor, with a sentence naming it.
    Result<Policy> set(Kind kind, int days);
    /// Applies every policy as of `nowMs` (the daily job, or `keyward-cli retention apply`).
    Result<Applied> apply(qint64 nowMs);

    void registerJobs(Jobs::JobRegistry &registry);
    /// The daily schedule of the apply job (03:17), set when the owner opens the profile.
    Status ensureSchedule(qint64 nowMs);

private:
    Result<Applied> applyUnchecked(qint64 nowMs);
    /// The policies as stored, without asking for a permission (set() and the apply job have theirs).
    Result<QList<Policy>> storedPolicies();

    Dependencies m_deps;
};

} // namespace Keyward::Retention

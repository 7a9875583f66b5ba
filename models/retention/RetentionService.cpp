#include "RetentionService.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "jobs/Job.h"
#include "jobs/JobRegistry.h"
#include "jobs/JobStore.h"
#include "storage/Database.h"

#include <QDateTime>

namespace Keyward::Retention {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QString metaKey(Kind kind)
{
    return QStringLiteral("retention.") + kindName(kind);
}

/// Runs a DELETE (or UPDATE) with one bound time and returns how many rows it changed.
Result<qint64> changeBefore(Storage::Database &db, const char *sql, qint64 cutoffMs)
{
    auto stmt = db.prepare(sql);
    KW_TRY(stmt);
    stmt->bind(1, cutoffMs);
    KW_TRY(stmt->run());
    return db.changes();
}

} // namespace

QJsonObject Policy::toJson() const
{
    return {{QLatin1String("kind"), kindName(kind)},
            {QLatin1String("days"), days},
            {QLatin1String("floor_days"), info(kind).floorDays},
            {QLatin1String("default"), isDefault}};
}

QJsonObject Applied::toJson() const
{
    return {{QLatin1String("audit_events"), auditEvents},
            {QLatin1String("audit_trimmed_through"), auditTrimmedThrough},
            {QLatin1String("jobs"), jobs},
            {QLatin1String("webhook_deliveries"), webhookDeliveries},
            {QLatin1String("webhook_messages"), webhookMessages},
            {QLatin1String("revoked_connections"), connections},
            {QLatin1String("audit_skipped"), auditSkipped}};
}

RetentionService::RetentionService(Dependencies deps)
    : m_deps(std::move(deps))
{ }

Result<QList<Policy>> RetentionService::policies()
{
    if (m_deps.authorize)
        KW_TRY(m_deps.authorize(Access::Permission::ProfileRead));
    return storedPolicies();
}

Result<QList<Policy>> RetentionService::storedPolicies()
{
    QList<Policy> out;
    for (const KindInfo &k : kinds()) {
        auto value = m_deps.db.meta(metaKey(k.kind));
        KW_TRY(value);
        const int days = value->toInt(); // 0 when not set
        // A stored value below the floor (written by hand) counts as the floor: nothing keeps less.
        const int stored = days > 0 ? std::max(days, k.floorDays) : 0;
        out.append({k.kind, stored > 0 ? stored : k.defaultDays, stored == 0});
    }
    return out;
}

Result<Policy> RetentionService::set(Kind kind, int days)
{
    if (m_deps.authorize)
        KW_TRY(m_deps.authorize(Access::Permission::RetentionManage));
    const KindInfo &k = info(kind);
    if (days < k.floorDays)
        return Error {ErrorCode::Usage,
                      tr("The floor for %1 is %n day(s): %2 would keep less.", nullptr, k.floorDays)
                          .arg(kindLabel(kind))
                          .arg(days)};
    if (days > 100 * 365)
        return Error {ErrorCode::Usage, tr("Keep data at most 36,500 days (100 years).")};
    auto before = storedPolicies();
    KW_TRY(before);
    KW_TRY(m_deps.db.transaction([&]() -> Status {
        KW_TRY(m_deps.db.setMeta(metaKey(kind), QString::number(days)));
        KW_TRY(m_deps.audit.append({QStringLiteral("retention.set"),
                                    QStringLiteral("retention:") + kindName(kind),
                                    Audit::Outcome::Success,
                                    {{QLatin1String("days"), days},
                                     {QLatin1String("previous_days"), before->at(static_cast<int>(kind)).days}}}));
        return Status {};
    }));
    return Policy {kind, days, false};
}

Result<Applied> RetentionService::apply(qint64 nowMs)
{
    if (m_deps.authorize)
        KW_TRY(m_deps.authorize(Access::Permission::RetentionManage));
    return applyUnchecked(nowMs);
}

Result<Applied> RetentionService::applyUnchecked(qint64 nowMs)
{
    auto current = storedPolicies(); // the daily job runs without a person: apply() authorized its caller
    KW_TRY(current);
    const auto cutoff = [&](Kind kind) {
        return nowMs - qint64(current->at(static_cast<int>(kind)).days) * kDayMs;
    };
    Applied applied;
    // The audit log is trimmed only when it verifies: a trim must not erase the evidence of earlier tampering.
    QString auditSkipped;
    if (!m_deps.audit.hasCheckpointKey()) {
        auditSkipped = QStringLiteral("no checkpoint key");
    } else {
        auto report = Audit::AuditVerifier::verify(m_deps.db, &m_deps.audit.checkpointKey());
        KW_TRY(report);
        if (!report->intact)
            auditSkipped = QStringLiteral("the chain does not verify at event %1").arg(report->brokenSeq);
    }
    applied.auditSkipped = auditSkipped;
    KW_TRY(m_deps.db.transaction([&]() -> Status {
        // Finished jobs (their attempts go with them: ON DELETE CASCADE).
        auto jobs = m_deps.db.prepare(
            "DELETE FROM jobs WHERE state IN (?2, ?3, ?4) AND finished_at IS NOT NULL AND finished_at < ?1");
        KW_TRY(jobs);
        jobs->bind(1, cutoff(Kind::JobHistory))
            .bind(2, Jobs::stateName(Jobs::JobState::Done))
            .bind(3, Jobs::stateName(Jobs::JobState::Dead))
            .bind(4, Jobs::stateName(Jobs::JobState::Discarded));
        KW_TRY(jobs->run());
        applied.jobs = m_deps.db.changes();

        // The payloads (headers and body) of deliveries go; the rows stay, because their replay keys are what
        // refuses a captured GitHub or Shopify delivery sent again (those keys are body hashes: the senders sign no
        // timestamp). Deliveries still waiting for processing keep everything, whatever their age.
        auto deliveries = changeBefore(m_deps.db,
                                       "UPDATE webhook_deliveries SET body = NULL, headers = '[]' "
                                       "WHERE received_at < ?1 AND state != 'received' "
                                       "AND (body IS NOT NULL OR headers != '[]')",
                                       cutoff(Kind::WebhookPayloads));
        KW_TRY(deliveries);
        applied.webhookDeliveries = deliveries.value();
        auto messages
            = changeBefore(m_deps.db, "DELETE FROM webhook_messages WHERE created_at < ?1 AND state != 'pending'",
                           cutoff(Kind::WebhookPayloads));
        KW_TRY(messages);
        applied.webhookMessages = messages.value();

        auto connections = changeBefore(
            m_deps.db, "DELETE FROM connections WHERE state = 'revoked' AND revoked_at IS NOT NULL AND revoked_at < ?1",
            cutoff(Kind::RevokedConnections));
        KW_TRY(connections);
        applied.connections = connections.value();

        // Audit events: up to the newest signed checkpoint whose event is older than the cutoff (and is not the
        // head: the chain always keeps its newest events).
        const QString auditCutoff = QDateTime::fromMSecsSinceEpoch(cutoff(Kind::AuditEvents), Qt::UTC)
                                        .toString(Qt::ISODateWithMs); // as events' times are written
        auto anchor = m_deps.db.prepare(
            "SELECT coalesce(max(c.seq), 0) FROM audit_checkpoints c JOIN audit_events e ON e.seq = c.seq "
            "WHERE e.time < ?1 AND c.seq < (SELECT max(seq) FROM audit_events)");
        KW_TRY(anchor);
        anchor->bind(1, auditCutoff);
        auto row = anchor->step();
        KW_TRY(row);
        const qint64 through = anchor->int64(0);
        auto trimmed = Audit::AuditLog::trimmedThrough(m_deps.db);
        KW_TRY(trimmed);
        if (auditSkipped.isEmpty() && through > trimmed.value()) {
            auto before = m_deps.db.queryInt("SELECT count(*) FROM audit_events");
            KW_TRY(before);
            KW_TRY(m_deps.audit.trimThrough(through));
            auto after = m_deps.db.queryInt("SELECT count(*) FROM audit_events");
            KW_TRY(after);
            applied.auditEvents = before.value() - after.value();
            applied.auditTrimmedThrough = through;
        }

        QJsonObject details = applied.toJson();
        QJsonObject days;
        for (const Policy &policy : current.value())
            days.insert(kindName(policy.kind), policy.days);
        details.insert(QLatin1String("policies"), days);
        KW_TRY(m_deps.audit.append(
            {QStringLiteral("retention.apply"), QStringLiteral("retention"), Audit::Outcome::Success, details}));
        return Status {};
    }));
    return applied;
}

void RetentionService::registerJobs(Jobs::JobRegistry &registry)
{
    // Asynchronous in form: the handler runs on the engine thread, the only one that may touch the store.
    registry.addAsync(
        QString::fromLatin1(kApplyJob), [this](const Jobs::JobContext &, const Jobs::JobRegistry::Complete &complete) {
            auto applied = applyUnchecked(QDateTime::currentMSecsSinceEpoch());
            complete(applied.ok() ? Jobs::JobOutcome::done() : Jobs::JobOutcome::retry(applied.error().userMessage));
        });
}

Status RetentionService::ensureSchedule(qint64 nowMs)
{
    auto recurring = m_deps.jobs.recurring();
    KW_TRY(recurring);
    for (const Jobs::RecurringJob &job : std::as_const(recurring.value())) {
        if (job.name == QLatin1String(kApplyJob))
            return {};
    }
    Jobs::RecurringJob job;
    job.name = QString::fromLatin1(kApplyJob);
    job.cron = QStringLiteral("17 3 * * *");
    job.spec.type = QString::fromLatin1(kApplyJob);
    job.spec.uniqueKey = QString::fromLatin1(kApplyJob);
    return m_deps.jobs.setRecurring(job, nowMs);
}

} // namespace Keyward::Retention

#include "AuditVerifier.h"

#include "AuditLog.h"
#include "storage/Database.h"

namespace Keyward::Audit {

Result<VerifyReport> AuditVerifier::verify(Storage::Database &db, const SecureBytes *checkpointKey,
                                           const Progress &progress)
{
    // One read transaction: a consistent snapshot even while another process appends.
    KW_TRY(db.exec("BEGIN"));
    auto result = [&]() -> Result<VerifyReport> {
        AuditLog log(db, {});
        auto checkpoints = log.checkpoints();
        if (!checkpoints.ok())
            return checkpoints.error();
        QMap<qint64, Checkpoint> bySeq;
        for (const Checkpoint &checkpoint : checkpoints.value())
            bySeq.insert(checkpoint.seq, checkpoint);
        ChainVerifier verifier(bySeq, checkpointKey);
        // Retention may have trimmed the oldest events: a signed checkpoint at the last trimmed one anchors the rest.
        auto trimmed = AuditLog::trimmedThrough(db);
        KW_TRY(trimmed);
        if (trimmed.value() > 0) {
            const auto broken = [&](const QString &problem) {
                VerifyReport report = verifier.finish();
                report.intact = false;
                report.brokenSeq = trimmed.value();
                report.problem = problem.arg(trimmed.value());
                return report;
            };
            const auto anchor = bySeq.constFind(trimmed.value());
            if (anchor == bySeq.constEnd())
                return broken(ChainVerifier::tr("Events up to %1 were trimmed, but the signed checkpoint that anchors "
                                                "the rest is missing."));
            // The trim itself is signed: without that, removing the oldest events up to any checkpoint would pass.
            auto record = AuditLog::trimRecord(db);
            KW_TRY(record);
            const bool authentic = !checkpointKey || checkpointKey->isEmpty() || record->isAuthentic(*checkpointKey);
            if (record->through != trimmed.value() || record->headHash != anchor->headHash || !authentic)
                return broken(ChainVerifier::tr("Events up to %1 are gone, but no trim signed with this profile's "
                                                "checkpoint key says so: they were removed by someone else."));
            verifier.startAfter(*anchor);
        }

        auto stmt = db.prepare("SELECT " KW_AUDIT_EVENT_COLUMNS " FROM audit_events ORDER BY seq");
        if (!stmt.ok())
            return stmt.error();
        CanonicalFields fields;
        for (qint64 n = 1;; ++n) {
            auto row = stmt->step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            // Zero-copy views of the row, valid until the next step.
            fields.seq = stmt->int64(0);
            fields.time = stmt->utf8(1);
            fields.actorUser = stmt->utf8(2);
            fields.actorHost = stmt->utf8(3);
            fields.action = stmt->utf8(4);
            fields.target = stmt->utf8(5);
            fields.outcome = stmt->utf8(6);
            fields.details = stmt->utf8(7);
            if (!verifier.feed(fields, stmt->blobView(8)))
                break;
            if (progress && n % 65536 == 0)
                progress(n);
        }
        return verifier.finish();
    }();
    db.rollback(); // ends the read transaction; nothing was written
    return result;
}

} // namespace Keyward::Audit

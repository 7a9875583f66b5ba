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
        ChainVerifier verifier(std::move(bySeq), checkpointKey);

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

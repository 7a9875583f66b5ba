#pragma once

#include <QCoreApplication>

#include "ChainVerifier.h"
#include "core/Result.h"

class QIODevice;

namespace Keyward::Storage {
class Database;
}

namespace Keyward::Audit {

/// JSON Lines export of the audit log (docs/AUDIT-FORMAT.md): a header line, one line per event with its hash,
/// each checkpoint right after the event it vouches for, and a closing line with the counts and head hash.
/// An auditor checks the file with verify() without the database.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Audit::AuditExport)

public:
    struct Summary
    {
        qint64 events = 0;
        qint64 checkpoints = 0;
        qint64 headSeq = 0;
    };

    static Result<Summary> write(Storage::Database &db, QIODevice &out, const QString &profileId);
    /// Checks an export: chain, order, checkpoints (authenticated when `checkpointKey` is given) and the closing
    /// line. The report names the first bad line.
    static Result<VerifyReport> verify(QIODevice &in, const SecureBytes *checkpointKey);
};

} // namespace Keyward::Audit

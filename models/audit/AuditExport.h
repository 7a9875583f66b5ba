#pragma once

#include <QCoreApplication>

#include "AuditSearch.h"
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

    enum class SelectionFormat { JsonLines, Csv };
    /// Exports the events matching `filter` (or, when `seqs` is not empty, exactly those events), newest first.
    /// A selection cannot be verified as a chain on its own: each event carries its hash and the hash of the event
    /// before it (`prev_hash`), which an auditor matches against a full export or `keyward-cli audit verify`.
    /// In CSV, a cell a spreadsheet would read as a formula (starting with = + - @ or a tab) gets a leading
    /// apostrophe. Returns the number of events written.
    static Result<qint64> writeSelection(Storage::Database &db, QIODevice &out, const QString &profileId,
                                         const AuditFilter &filter, const QList<qint64> &seqs, SelectionFormat format);
    /// Checks an export: chain, order, checkpoints (authenticated when `checkpointKey` is given) and the closing
    /// line. The report names the first bad line.
    static Result<VerifyReport> verify(QIODevice &in, const SecureBytes *checkpointKey);
};

} // namespace Keyward::Audit

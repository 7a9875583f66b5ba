#pragma once

#include <QCoreApplication>

#include "Canonical.h"
#include "Checkpoint.h"
#include "core/SecureBytes.h"

#include <QMap>
#include <QString>

namespace Keyward::Audit {

/// Outcome of checking a chain, from the database or from an export.
struct VerifyReport
{
    bool intact = true;
    qint64 eventsChecked = 0;
    qint64 checkpointsChecked = 0;
    bool checkpointsAuthenticated = false; ///< false when no checkpoint key was available
    qint64 headSeq = 0;
    QByteArray headHash;
    QString headTime;
    qint64 lastCheckpointSeq = 0;
    QString lastCheckpointTime;
    qint64 brokenSeq = 0; ///< first broken link (event or checkpoint sequence)
    QString problem; ///< translated sentence: what differs at brokenSeq
    qint64 brokenLine = 0; ///< line of an export file where the break shows (exports only)
    qint64 trimmedThrough = 0; ///< retention removed events up to this one; a signed checkpoint anchors the rest
};

/// Checks a stream of events against their hashes and against signed checkpoints. Fed in ascending order;
/// stops at the first broken link.
class ChainVerifier
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Audit::ChainVerifier)

public:
    /// `checkpointKey` may be null: checkpoints are then compared to the chain but not authenticated.
    ChainVerifier(QMap<qint64, Checkpoint> checkpoints, const SecureBytes *checkpointKey);

    /// The events up to `anchor.seq` were trimmed by retention: the chain continues from the anchor's head hash.
    /// Call before feeding events. (The anchor's signature is checked with the other checkpoints.)
    void startAfter(const Checkpoint &anchor);
    /// False once the chain is broken; the report says where and why.
    bool feed(const CanonicalFields &event, const QByteArray &storedHash);
    /// Checks what can only be judged at the end (checkpoints past the last event: a deleted tail).
    VerifyReport finish();

private:
    bool fail(qint64 seq, QString problem);

    QMap<qint64, Checkpoint> m_checkpoints;
    VerifyReport m_report;
    QByteArray m_previousHash = QByteArray(32, '\0');
    qint64 m_expectedSeq = 1;
    QByteArray m_buffer;
};

} // namespace Keyward::Audit

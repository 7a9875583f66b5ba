#include "ChainVerifier.h"

#include <QCoreApplication>

namespace Keyward::Audit {

static QString shortHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.left(6).toHex());
}

ChainVerifier::ChainVerifier(QMap<qint64, Checkpoint> checkpoints, const SecureBytes *checkpointKey)
    : m_checkpoints(std::move(checkpoints))
{
    m_report.checkpointsAuthenticated = checkpointKey != nullptr && !checkpointKey->isEmpty();
    if (!m_checkpoints.isEmpty()) {
        m_report.lastCheckpointSeq = m_checkpoints.last().seq;
        m_report.lastCheckpointTime = m_checkpoints.last().time;
    }
    if (m_report.checkpointsAuthenticated) {
        for (const Checkpoint &checkpoint : std::as_const(m_checkpoints)) {
            if (!checkpoint.isAuthentic(*checkpointKey)) {
                fail(checkpoint.seq,
                     tr("The checkpoint at event %1 has an invalid signature: it was forged or "
                        "altered, or the checkpoint key is not this profile's.")
                         .arg(checkpoint.seq));
                break;
            }
        }
    }
}

void ChainVerifier::startAfter(const Checkpoint &anchor)
{
    m_expectedSeq = anchor.seq + 1;
    m_previousHash = anchor.headHash;
    m_report.trimmedThrough = anchor.seq;
    ++m_report.checkpointsChecked;
}

bool ChainVerifier::fail(qint64 seq, QString problem)
{
    if (m_report.intact) {
        m_report.intact = false;
        m_report.brokenSeq = seq;
        m_report.problem = std::move(problem);
    }
    return false;
}

bool ChainVerifier::feed(const CanonicalFields &event, const QByteArray &storedHash)
{
    if (!m_report.intact)
        return false;
    if (event.seq != m_expectedSeq) {
        if (event.seq > m_expectedSeq) {
            return fail(m_expectedSeq,
                        tr("Events %1 to %2 are missing: the sequence jumps from %3 to %4.")
                            .arg(m_expectedSeq)
                            .arg(event.seq - 1)
                            .arg(m_expectedSeq - 1)
                            .arg(event.seq));
        }
        return fail(
            event.seq,
            tr("Event %1 is out of order or duplicated (expected event %2).").arg(event.seq).arg(m_expectedSeq));
    }
    m_buffer.resize(0);
    appendCanonicalEvent(m_buffer, event);
    const QByteArray computed = chainHash(m_previousHash, m_buffer);
    if (computed != storedHash) {
        // The stored hash covers the previous hash too: a mismatch means this event was changed, or an earlier
        // one was changed and the hashes after it rewritten.
        return fail(event.seq,
                    tr("Event %1 does not match its stored hash (stored %2…, recomputed %3…): the "
                       "event, or the one before it, was changed after it was written.")
                        .arg(event.seq)
                        .arg(shortHex(storedHash), shortHex(computed)));
    }
    const auto checkpoint = m_checkpoints.constFind(event.seq);
    if (checkpoint != m_checkpoints.constEnd()) {
        ++m_report.checkpointsChecked;
        if (checkpoint->headHash != computed) {
            return fail(event.seq,
                        tr("The signed checkpoint at event %1 does not match the chain (checkpoint %2…, "
                           "chain %3…): the events up to %1 were rewritten.")
                            .arg(event.seq)
                            .arg(shortHex(checkpoint->headHash), shortHex(computed)));
        }
    }
    m_previousHash = computed;
    m_report.eventsChecked++;
    m_report.headSeq = event.seq;
    m_report.headHash = computed;
    m_report.headTime = QString::fromUtf8(event.time);
    ++m_expectedSeq;
    return true;
}

VerifyReport ChainVerifier::finish()
{
    if (m_report.intact && !m_checkpoints.isEmpty() && m_checkpoints.lastKey() > m_report.headSeq) {
        fail(m_report.headSeq + 1,
             tr("Events after %1 are missing: a signed checkpoint vouches for event %2.")
                 .arg(m_report.headSeq)
                 .arg(m_checkpoints.lastKey()));
    }
    return m_report;
}

} // namespace Keyward::Audit

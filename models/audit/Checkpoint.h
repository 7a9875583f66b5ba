#pragma once

#include "core/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace Keyward::Audit {

/// A signed statement "the chain's head at `seq` was `headHash`", written every kCheckpointInterval events and
/// when a profile closes. The MAC key lives in the keychain, not in the database, so someone holding only the
/// database key can rewrite events and hashes but cannot produce matching checkpoints.
struct Checkpoint
{
    static constexpr qint64 kInterval = 1000;

    qint64 seq = 0;
    QByteArray headHash; ///< 32 raw bytes
    QString time;
    QByteArray mac; ///< HMAC-SHA256, 32 raw bytes

    /// HMAC-SHA256(key, "keyward-checkpoint-v1\n<seq>\n<hex head hash>\n<time>").
    static QByteArray computeMac(const SecureBytes &key, qint64 seq, const QByteArray &headHash, const QString &time);
    /// Constant-time check of `mac` against the key.
    bool isAuthentic(const SecureBytes &key) const;
};

/// Retention's signed statement "the events up to `through` were removed; the chain continues from `headHash`"
/// (the hash of event `through`, which the checkpoint there vouches for too). Without it, someone holding only the
/// database key could remove the oldest events up to any checkpoint and pass the removal off as retention.
struct TrimRecord
{
    qint64 through = 0;
    QByteArray headHash; ///< 32 raw bytes
    QString time;
    QByteArray mac; ///< HMAC-SHA256, 32 raw bytes

    /// HMAC-SHA256(key, "keyward-trim-v1\n<through>\n<hex head hash>\n<time>").
    static QByteArray computeMac(const SecureBytes &key, qint64 through, const QByteArray &headHash,
                                 const QString &time);
    bool isAuthentic(const SecureBytes &key) const;
    QByteArray toJson() const;
    static TrimRecord fromJson(const QByteArray &json); ///< through 0 when unreadable
};

} // namespace Keyward::Audit

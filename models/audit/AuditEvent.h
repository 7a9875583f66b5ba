#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Keyward::Audit {

enum class Outcome { Success, Failure, Denied };
QString outcomeName(Outcome outcome);

/// Who did something: the signed-in user (the OS user until sign-in lands) and the host.
struct Actor
{
    QString user;
    QString host;

    /// The OS user running this process and this machine's host name.
    static Actor currentProcess();
};

/// What a caller records; the log adds sequence, time, actor and hash.
struct AuditEventDraft
{
    QString action; ///< dotted verb, e.g. "profile.create", "db.rekey"
    QString target; ///< what it acted on, e.g. "profile:prod"
    Outcome outcome = Outcome::Success;
    QJsonObject details; ///< never a secret: callers put fingerprints, not keys
};

/// A stored event. `details` holds the canonical JSON text of the details object.
struct AuditEvent
{
    qint64 seq = 0;
    QString time; ///< UTC, ISO 8601 with milliseconds and a trailing Z
    QString actorUser;
    QString actorHost;
    QString action;
    QString target;
    QString outcome;
    QByteArray details;
    QByteArray hash; ///< 32 raw bytes
};

/// Head of the chain: the last event's sequence and hash (seq 0 and 32 zero bytes for an empty log).
struct ChainHead
{
    qint64 seq = 0;
    QByteArray hash = QByteArray(32, '\0');
};

} // namespace Keyward::Audit

#pragma once

#include "audit/AuditEvent.h"
#include "connections/Connection.h"
#include "core/Result.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace Keyward::Engine {
class Engine;
}

namespace Keyward::Privacy {

/// Everything a profile holds about one data subject (a provider account id or an e-mail address).
struct SubjectRecords
{
    QString subject;
    QList<Connections::Connection> connections; ///< subject or display name equal (case-insensitive)
    QList<Audit::AuditEvent> auditEvents; ///< details naming the subject, or an event on one of its connections
    QList<Jobs::Job> jobs; ///< arguments naming the subject or one of its connections
    QList<QJsonObject> webhookDeliveries; ///< bodies or headers naming the subject (as the Webhooks page shows them)
    QList<QJsonObject> outboundMessages; ///< Keyward's own events naming the subject

    qint64 total() const;
};

/// What an export wrote.
struct SubjectExport
{
    qint64 records = 0;
    qint64 bytes = 0;
    QByteArray sha256;
};

/// Data-subject requests (GDPR article 15, right of access): find every record about a subject across
/// connections, the audit log (through its full-text index), job arguments, webhook payloads and outbound events;
/// export them as one JSON bundle with a manifest. Needs subjects.export. Each export is audited as
/// `subject.export` with a keyed hash of the subject (HMAC under the checkpoint key), never the identifier itself:
/// the log must not become one more copy of the personal data it accounts for.
class SubjectRequests
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Privacy::SubjectRequests)

public:
    explicit SubjectRequests(Engine::Engine &engine)
        : m_engine(engine)
    { }

    Result<SubjectRecords> find(const QString &subject);
    Result<SubjectExport> exportBundle(const QString &subject, QIODevice &out, const QString &destination);

    /// The bundle: {"format", "version", "subject", "profile", "generated_at", "manifest": {"counts", "sha256"},
    /// and one array per store}. `sha256` holds, per store, the SHA-256 of that array's compact JSON.
    static QJsonObject bundle(const SubjectRecords &records, const QString &profile, const QDateTime &generatedAt);
    /// The keyed reference the audit log records instead of the subject (hex, 32 characters).
    Result<QString> subjectReference(const QString &subject);

private:
    Engine::Engine &m_engine;
};

} // namespace Keyward::Privacy

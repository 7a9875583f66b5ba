#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Keyward::Retention {

/// The kinds of data retention trims, each with a policy (days to keep) that cannot go below its floor.
enum class Kind {
    AuditEvents, ///< the oldest events, up to a signed checkpoint that then anchors the chain
    JobHistory, ///< finished jobs (done, dead, discarded) and their attempts
    WebhookPayloads, ///< headers and bodies of processed or rejected deliveries (the rows and their replay keys
                     ///< stay); delivered or dropped outbound messages
    RevokedConnections, ///< connections revoked (their tokens are gone already)
};

struct KindInfo
{
    Kind kind;
    const char *name; ///< as typed on the command line: "audit-events", ...
    int defaultDays;
    int floorDays; ///< the least a policy may keep (docs/RETENTION.md says why each)
};

const QList<KindInfo> &kinds();
const KindInfo &info(Kind kind);
std::optional<Kind> kindFromName(const QString &name);
QString kindName(Kind kind);
/// Translated: "audit events", ...
QString kindLabel(Kind kind);

} // namespace Keyward::Retention

#include "RetentionPolicy.h"

#include <QCoreApplication>

namespace Keyward::Retention {

const QList<KindInfo> &kinds()
{
    // Floors: the audit log is evidence (a year at least); job history is what support staff read when a refresh
    // failed (a week); webhook deliveries back GitHub's and Shopify's replay protection, which keys on the body,
    // and GitHub redelivers up to three days back (a week); a revoked connection answers "who had access" in an
    // access review (a month).
    static const QList<KindInfo> all {
        {Kind::AuditEvents, "audit-events", 7 * 365, 365},
        {Kind::JobHistory, "job-history", 90, 7},
        {Kind::WebhookPayloads, "webhook-payloads", 30, 7},
        {Kind::RevokedConnections, "revoked-connections", 365, 30},
    };
    return all;
}

const KindInfo &info(Kind kind)
{
    return kinds().at(static_cast<int>(kind));
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindInfo &k : kinds()) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::AuditEvents:
        return QCoreApplication::translate("Keyward::Retention", "audit events");
    case Kind::JobHistory:
        return QCoreApplication::translate("Keyward::Retention", "job history");
    case Kind::WebhookPayloads:
        return QCoreApplication::translate("Keyward::Retention", "webhook payloads");
    case Kind::RevokedConnections:
        return QCoreApplication::translate("Keyward::Retention", "revoked connections");
    }
    return {};
}

} // namespace Keyward::Retention

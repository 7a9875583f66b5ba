#pragma once

#include "Signature.h"
#include "connections/Connection.h"
#include "core/Result.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace Keyward::Webhooks {

/// What a provider's event says about grants: which connections it names and what became of them.
struct RevocationEvent
{
    enum class Match {
        Subject, ///< the connection's account id (Slack user, GitHub user id, Stripe account, Google sub)
        Tenant, ///< the connection's workspace (Slack team)
        ShopDomain, ///< every connection of the app installed in this Shopify shop
    };
    Match match = Match::Subject;
    QStringList values;
    Connections::ConnectionState newState = Connections::ConnectionState::Revoked;
    QStringList catalogIds; ///< the providers whose apps the event concerns
    QString why; ///< for the connection's reason and the audit log, e.g. "Slack: tokens_revoked"
};

/// Reads a verified delivery: a revocation event, nothing (std::nullopt: an event Keyward takes no action on), or an
/// error when the event type is one Keyward acts on but the body does not say which grants it means.
Result<std::optional<RevocationEvent>> revocationEvent(Scheme scheme, const QString &eventType,
                                                       const QJsonArray &headers, const QByteArray &body);

} // namespace Keyward::Webhooks

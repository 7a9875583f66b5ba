#include "RevocationEvents.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "oauth/IdToken.h"

namespace Keyward::Webhooks {

namespace {

using Connections::ConnectionState;

Error unreadable(const QString &eventType, const QString &what)
{
    return {ErrorCode::Failure,
            QCoreApplication::translate("Keyward::Webhooks::RevocationEvents",
                                        "The %1 event cannot be applied: %2. Nothing was changed; look at the "
                                        "delivery's body.")
                .arg(eventType, what)};
}

QString headerValue(const QJsonArray &headers, QLatin1String name)
{
    for (const QJsonValue &entry : headers) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2 && pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString().trimmed();
    }
    return {};
}

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!idText(item).isEmpty())
            out.append(idText(item));
    }
    return out;
}

} // namespace

Result<std::optional<RevocationEvent>> revocationEvent(Scheme scheme, const QString &eventType,
                                                       const QJsonArray &headers, const QByteArray &body)
{
    const auto json = [&]() -> std::optional<QJsonObject> {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return document.object();
    };
    const QString notJson
        = QCoreApplication::translate("Keyward::Webhooks::RevocationEvents", "the body is not a JSON object");
    RevocationEvent event;
    switch (scheme) {
    case Scheme::Slack: {
        if (eventType != QLatin1String("tokens_revoked") && eventType != QLatin1String("app_uninstalled"))
            return std::optional<RevocationEvent>();
        const auto object = json();
        if (!object)
            return unreadable(eventType, notJson);
        event.catalogIds = {QStringLiteral("slack")};
        event.why = QStringLiteral("Slack: ") + eventType;
        if (eventType == QLatin1String("tokens_revoked")) {
            const QJsonObject tokens
                = object->value(QLatin1String("event")).toObject().value(QLatin1String("tokens")).toObject();
            event.values
                = stringList(tokens.value(QLatin1String("oauth"))) + stringList(tokens.value(QLatin1String("bot")));
            if (event.values.isEmpty()) {
                return unreadable(
                    eventType,
                    QCoreApplication::translate("Keyward::Webhooks::RevocationEvents", "it lists no user or bot ids"));
            }
        } else {
            event.match = RevocationEvent::Match::Tenant;
            const QString team = object->value(QLatin1String("team_id")).toString();
            if (team.isEmpty()) {
                return unreadable(
                    eventType, QCoreApplication::translate("Keyward::Webhooks::RevocationEvents", "it names no team"));
            }
            event.values = {team};
        }
        return std::optional(event);
    }
    case Scheme::GitHub: {
        if (eventType != QLatin1String("github_app_authorization.revoked"))
            return std::optional<RevocationEvent>();
        const auto object = json();
        if (!object)
            return unreadable(eventType, notJson);
        const QJsonObject sender = object->value(QLatin1String("sender")).toObject();
        const QString id = idText(sender.value(QLatin1String("id")));
        if (id.isEmpty()) {
            return unreadable(eventType,
                              QCoreApplication::translate("Keyward::Webhooks::RevocationEvents", "it names no sender"));
        }
        event.values = {id};
        event.catalogIds = {QStringLiteral("github-app"), QStringLiteral("github")};
        event.why = QStringLiteral("GitHub: github_app_authorization revoked");
        return std::optional(event);
    }
    case Scheme::Stripe: {
        if (eventType != QLatin1String("account.application.deauthorized"))
            return std::optional<RevocationEvent>();
        const auto object = json();
        if (!object)
            return unreadable(eventType, notJson);
        const QString account = object->value(QLatin1String("account")).toString();
        if (account.isEmpty()) {
            return unreadable(
                eventType, QCoreApplication::translate("Keyward::Webhooks::RevocationEvents", "it names no account"));
        }
        event.values = {account};
        event.catalogIds = {QStringLiteral("stripe-connect")};
        event.why = QStringLiteral("Stripe: account.application.deauthorized");
        return std::optional(event);
    }
    case Scheme::Shopify: {
        if (eventType != QLatin1String("app/uninstalled"))
            return std::optional<RevocationEvent>();
        // The shop comes from the signed body: Shopify's headers are not covered by the signature, so a captured
        // delivery with another X-Shopify-Shop-Domain must not reach another shop's connections.
        const auto object = json();
        const QString shop = object ? object->value(QLatin1String("myshopify_domain")).toString().toLower() : QString();
        if (shop.isEmpty()) {
            return unreadable(eventType,
                              QCoreApplication::translate("Keyward::Webhooks::RevocationEvents",
                                                          "its body names no shop (myshopify_domain)"));
        }
        const QString header = headerValue(headers, QLatin1String("X-Shopify-Shop-Domain")).toLower();
        if (!header.isEmpty() && header != shop) {
            return unreadable(eventType,
                              QCoreApplication::translate("Keyward::Webhooks::RevocationEvents",
                                                          "its X-Shopify-Shop-Domain header names another shop than "
                                                          "its signed body"));
        }
        event.match = RevocationEvent::Match::ShopDomain;
        event.values = {shop};
        event.catalogIds = {QStringLiteral("shopify")};
        event.why = QStringLiteral("Shopify: app/uninstalled");
        return std::optional(event);
    }
    case Scheme::GoogleRisc: {
        // Cross-Account Protection (RISC): the body is the security event token, verified on receipt.
        const QString prefix = QStringLiteral("https://schemas.openid.net/secevent/risc/event-type/");
        if (!eventType.startsWith(prefix))
            return std::optional<RevocationEvent>();
        const QString kind = eventType.mid(prefix.size());
        if (kind == QLatin1String("tokens-revoked") || kind == QLatin1String("account-disabled")
            || kind == QLatin1String("account-purged")) {
            event.newState = Connections::ConnectionState::Revoked;
        } else if (kind == QLatin1String("sessions-revoked")
                   || kind == QLatin1String("account-credential-change-required")) {
            event.newState = Connections::ConnectionState::ReauthRequired;
        } else {
            return std::optional<RevocationEvent>(); // verification, account-enabled: nothing to do
        }
        const QJsonObject claims = OAuth::unverifiedClaims(body.trimmed());
        const QJsonObject subject = claims.value(QLatin1String("events"))
                                        .toObject()
                                        .value(eventType)
                                        .toObject()
                                        .value(QLatin1String("subject"))
                                        .toObject();
        const QString sub = subject.value(QLatin1String("sub")).toString();
        if (sub.isEmpty()) {
            return unreadable(eventType,
                              QCoreApplication::translate("Keyward::Webhooks::RevocationEvents",
                                                          "its subject has no \"sub\" (only iss-sub "
                                                          "subjects are matched)"));
        }
        event.values = {sub};
        event.catalogIds = {QStringLiteral("google")};
        event.why = QStringLiteral("Google RISC: ") + kind;
        return std::optional(event);
    }
    case Scheme::Standard:
    case Scheme::Generic:
        break;
    }
    return std::optional<RevocationEvent>();
}

} // namespace Keyward::Webhooks

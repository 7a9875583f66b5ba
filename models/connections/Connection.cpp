#include "Connection.h"

#include "core/JsonFields.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QJsonArray>

namespace Keyward::Connections {

QJsonObject RefreshSettings::toJson() const
{
    return {{QLatin1String("ahead_fraction"), aheadFraction},
            {QLatin1String("ahead_min_ms"), aheadMinMs},
            {QLatin1String("base_delay_ms"), baseDelayMs},
            {QLatin1String("max_delay_ms"), maxDelayMs},
            {QLatin1String("give_up_ms"), giveUpMs}};
}

RefreshSettings RefreshSettings::fromJson(const QJsonObject &object)
{
    RefreshSettings settings;
    settings.aheadFraction = object.value(QLatin1String("ahead_fraction")).toDouble(settings.aheadFraction);
    settings.aheadMinMs = object.value(QLatin1String("ahead_min_ms")).toInteger(settings.aheadMinMs);
    settings.baseDelayMs = object.value(QLatin1String("base_delay_ms")).toInteger(settings.baseDelayMs);
    settings.maxDelayMs = object.value(QLatin1String("max_delay_ms")).toInteger(settings.maxDelayMs);
    settings.giveUpMs = object.value(QLatin1String("give_up_ms")).toInteger(settings.giveUpMs);
    return settings;
}

QJsonObject ProviderApp::toJson(qint64 nowMs) const
{
    QJsonArray flows;
    for (const OAuth::Flow flow : provider.flows)
        flows.append(OAuth::flowName(flow));
    return {
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("catalog_id"), catalogId},
        {QLatin1String("provider"), provider.name},
        {QLatin1String("client_id"), clientId},
        {QLatin1String("has_secret"), hasSecret},
        {QLatin1String("secret_set_at"), jsonTime(secretSetMs)},
        {QLatin1String("secret_age_days"), hasSecret ? QJsonValue((nowMs - secretSetMs) / 86'400'000) : QJsonValue()},
        {QLatin1String("scopes"), QJsonArray::fromStringList(scopes)},
        {QLatin1String("auth_method"), OAuth::tokenAuthMethodName(authMethod)},
        {QLatin1String("redirect_uri"), redirectUri},
        {QLatin1String("issuer"), provider.issuer},
        {QLatin1String("authorization_endpoint"), provider.authorizationUrl},
        {QLatin1String("token_endpoint"), provider.tokenUrl},
        {QLatin1String("revocation_endpoint"), provider.revocationUrl},
        {QLatin1String("introspection_endpoint"), provider.introspectionUrl},
        {QLatin1String("device_authorization_endpoint"), provider.deviceAuthorizationUrl},
        {QLatin1String("flows"), flows},
        {QLatin1String("private_ca"), !caPem.isEmpty()},
        {QLatin1String("refresh"), refresh.toJson()},
        {QLatin1String("created_at"), jsonTime(createdMs)}};
}

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Healthy:
        return QStringLiteral("healthy");
    case ConnectionState::Refreshing:
        return QStringLiteral("refreshing");
    case ConnectionState::Retrying:
        return QStringLiteral("retrying");
    case ConnectionState::ReauthRequired:
        return QStringLiteral("reauthorization_required");
    case ConnectionState::Exhausted:
        return QStringLiteral("refresh_exhausted");
    case ConnectionState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<ConnectionState> connectionStateFromName(const QString &name)
{
    for (const ConnectionState state :
         {ConnectionState::Healthy, ConnectionState::Refreshing, ConnectionState::Retrying,
          ConnectionState::ReauthRequired, ConnectionState::Exhausted, ConnectionState::Revoked}) {
        if (connectionStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString healthName(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QStringLiteral("healthy");
    case Health::ExpiringSoon:
        return QStringLiteral("expiring_soon");
    case Health::Refreshing:
        return QStringLiteral("refreshing");
    case Health::Retrying:
        return QStringLiteral("retrying");
    case Health::ReauthRequired:
        return QStringLiteral("reauthorization_required");
    case Health::Exhausted:
        return QStringLiteral("refresh_exhausted");
    case Health::Revoked:
        return QStringLiteral("revoked");
    case Health::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString healthLabel(Health health)
{
    switch (health) {
    case Health::Healthy:
        return QCoreApplication::translate("Keyward::Connections", "Healthy");
    case Health::ExpiringSoon:
        return QCoreApplication::translate("Keyward::Connections", "Expiring soon");
    case Health::Refreshing:
        return QCoreApplication::translate("Keyward::Connections", "Refreshing");
    case Health::Retrying:
        return QCoreApplication::translate("Keyward::Connections", "Retrying");
    case Health::ReauthRequired:
        return QCoreApplication::translate("Keyward::Connections", "Reauthorization required");
    case Health::Exhausted:
        return QCoreApplication::translate("Keyward::Connections", "Refresh exhausted");
    case Health::Revoked:
        return QCoreApplication::translate("Keyward::Connections", "Revoked");
    case Health::Expired:
        return QCoreApplication::translate("Keyward::Connections", "Expired");
    }
    return {};
}

int urgency(Health health)
{
    switch (health) {
    case Health::ReauthRequired:
        return 7;
    case Health::Exhausted:
        return 6;
    case Health::Expired:
        return 5;
    case Health::Retrying:
        return 4;
    case Health::ExpiringSoon:
        return 3;
    case Health::Refreshing:
        return 2;
    case Health::Healthy:
        return 1;
    case Health::Revoked:
        return 0;
    }
    return 0;
}

qint64 refreshDueMs(qint64 issuedMs, qint64 expiresMs, const RefreshSettings &settings)
{
    if (expiresMs <= 0)
        return 0;
    const qint64 lifetime = std::max<qint64>(0, expiresMs - issuedMs);
    // "15 % of the lifetime or 10 minutes remain", whichever comes first; but never more than half the lifetime, or
    // a token living less than 10 minutes would be refreshed the moment it arrives, forever.
    const qint64 ahead = std::max(static_cast<qint64>(static_cast<double>(lifetime) * settings.aheadFraction),
                                  std::min(settings.aheadMinMs, lifetime / 2));
    return std::max(issuedMs, expiresMs - ahead);
}

Health Connection::health(qint64 nowMs, const RefreshSettings &settings) const
{
    switch (state) {
    case ConnectionState::Revoked:
        return Health::Revoked;
    case ConnectionState::ReauthRequired:
        return Health::ReauthRequired;
    case ConnectionState::Exhausted:
        return Health::Exhausted;
    case ConnectionState::Refreshing:
        return Health::Refreshing;
    case ConnectionState::Retrying:
        return expiresMs > 0 && nowMs >= expiresMs ? Health::Expired : Health::Retrying;
    case ConnectionState::Healthy:
        break;
    }
    if (expiresMs > 0 && nowMs >= expiresMs)
        return Health::Expired;
    if (expiresMs > 0 && nowMs >= refreshDueMs(issuedMs, expiresMs, settings))
        return Health::ExpiringSoon;
    return Health::Healthy;
}

QJsonObject Connection::toJson(qint64 nowMs) const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("app"), appName},
        {QLatin1String("app_id"), appId},
        {QLatin1String("subject"), subject},
        {QLatin1String("display_name"), displayName},
        {QLatin1String("tenant"), tenant},
        {QLatin1String("flow"), OAuth::flowName(flow)},
        {QLatin1String("scopes"), QJsonArray::fromStringList(scopes)},
        {QLatin1String("state"), healthName(health(nowMs))},
        {QLatin1String("stored_state"), connectionStateName(state)},
        {QLatin1String("reason"), reason},
        {QLatin1String("token_type"), tokenType},
        {QLatin1String("access_token_fingerprint"), accessFingerprint},
        {QLatin1String("refresh_token_fingerprint"), refreshFingerprint.isEmpty() ? QJsonValue() : refreshFingerprint},
        {QLatin1String("key_id"), keyId},
        {QLatin1String("created_at"), jsonTime(createdMs)},
        {QLatin1String("issued_at"), jsonTime(issuedMs)},
        {QLatin1String("expires_at"), jsonTime(expiresMs)},
        {QLatin1String("last_refresh_at"), jsonTime(lastRefreshMs)},
        {QLatin1String("last_refresh_result"), lastRefreshResult},
        {QLatin1String("last_error"), lastError.isEmpty() ? QJsonValue() : lastError},
        {QLatin1String("rotation_count"), rotationCount},
        {QLatin1String("refresh_count"), refreshCount},
        {QLatin1String("failing_since"), jsonTime(failingSinceMs)},
        {QLatin1String("next_refresh_at"), jsonTime(nextRefreshMs)},
        {QLatin1String("revoked_at"), jsonTime(revokedMs)}};
}

} // namespace Keyward::Connections

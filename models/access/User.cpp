#include "User.h"

#include <QDateTime>

namespace Keyward::Access {

namespace {

QJsonValue isoTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject User::toJson() const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("role"), roleName(role)},
        {QLatin1String("disabled"), disabled},
        {QLatin1String("two_factor"), twoFactor},
        {QLatin1String("recovery_codes_left"), recoveryCodesLeft},
        {QLatin1String("created_at"), isoTime(createdMs)},
        {QLatin1String("password_changed_at"), isoTime(passwordChangedMs)},
        {QLatin1String("last_sign_in_at"), isoTime(lastSignInMs)},
    };
}

QJsonObject ApiToken::toJson(qint64 nowMs) const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("user"), userName},
        {QLatin1String("role"), roleName(role)},
        {QLatin1String("label"), label},
        {QLatin1String("created_at"), isoTime(createdMs)},
        {QLatin1String("expires_at"), isoTime(expiresMs)},
        {QLatin1String("revoked_at"), isoTime(revokedMs)},
        {QLatin1String("last_used_at"), isoTime(lastUsedMs)},
        {QLatin1String("active"), activeAt(nowMs)},
    };
}

} // namespace Keyward::Access

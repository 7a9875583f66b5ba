#include "User.h"

#include "core/JsonFields.h"

#include <QDateTime>

namespace Keyward::Access {

QJsonObject User::toJson() const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("role"), roleName(role)},
        {QLatin1String("disabled"), disabled},
        {QLatin1String("two_factor"), twoFactor},
        {QLatin1String("recovery_codes_left"), recoveryCodesLeft},
        {QLatin1String("created_at"), jsonTime(createdMs)},
        {QLatin1String("password_changed_at"), jsonTime(passwordChangedMs)},
        {QLatin1String("last_sign_in_at"), jsonTime(lastSignInMs)},
    };
}

QJsonObject ApiToken::toJson(qint64 nowMs) const
{
    return {
        {QLatin1String("id"), id},
        {QLatin1String("user"), userName},
        {QLatin1String("role"), roleName(role)},
        {QLatin1String("label"), label},
        {QLatin1String("created_at"), jsonTime(createdMs)},
        {QLatin1String("expires_at"), jsonTime(expiresMs)},
        {QLatin1String("revoked_at"), jsonTime(revokedMs)},
        {QLatin1String("last_used_at"), jsonTime(lastUsedMs)},
        {QLatin1String("active"), activeAt(nowMs)},
    };
}

} // namespace Keyward::Access

#pragma once

#include "Policy.h"

#include <QJsonObject>
#include <QString>

namespace Keyward::Access {

/// A person who signs in to a profile. Never carries a secret (the password hash, TOTP secret and recovery code
/// hashes stay in UserStore).
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Auditor;
    bool disabled = false;
    bool twoFactor = false; ///< a TOTP secret is enrolled
    int recoveryCodesLeft = 0;
    qint64 createdMs = 0;
    qint64 passwordChangedMs = 0;
    qint64 lastSignInMs = 0;

    QJsonObject toJson() const;
};

/// An API token for scripts and `serve`: scoped to a role no broader than its user's, with an expiry. Only its
/// SHA-256 is stored; the token itself is shown once.
struct ApiToken
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    Role role = Role::Auditor;
    QString label;
    qint64 createdMs = 0;
    qint64 expiresMs = 0; ///< 0: never
    qint64 revokedMs = 0;
    qint64 lastUsedMs = 0;

    bool activeAt(qint64 nowMs) const { return revokedMs == 0 && (expiresMs == 0 || nowMs < expiresMs); }
    QJsonObject toJson(qint64 nowMs) const;
};

/// Who the engine acts for.
struct Principal
{
    enum class Via {
        Operator, ///< a profile without users: whoever holds its keys (the OS user) is its administrator
        Password, ///< signed in with password and second factor
        ApiToken,
    };
    Via via = Via::Operator;
    qint64 userId = 0;
    QString name;
    Role role = Role::SecurityAdmin;
    qint64 tokenId = 0;
};

} // namespace Keyward::Access

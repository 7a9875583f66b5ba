#pragma once

#include "PasswordHasher.h"
#include "UserStore.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Keyward::Audit {
class AuditLog;
}

namespace Keyward::Access {

/// What a new user (or a reset of two-factor) hands to the person, once: the TOTP enrollment URI (and its QR code
/// in the console) and the recovery codes. Never stored in this form.
struct Enrollment
{
    User user;
    QString totpUri;
    QString totpSecretBase32; ///< for authenticators that cannot scan
    QStringList recoveryCodes;
};

/// Sign-in, users and API tokens of one profile. Every change and every sign-in attempt is audited in the same
/// transaction as its effect. Lives on the engine thread.
class AccessService
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::AccessService)

public:
    AccessService(Storage::Database &db, Audit::AuditLog &audit, const Clock &clock = Clock::system());

    UserStore &store() { return m_store; }
    /// Decides the changes made on a person's behalf (Engine::authorize); unset: everything is allowed.
    void setAuthorizer(std::function<Status(Permission)> authorize) { m_authorize = std::move(authorize); }
    /// Whether the profile has users (is "claimed"): then every session signs in.
    Result<bool> claimed();

    /// A new user with a password and a fresh TOTP enrollment. Names: 1–64 letters, digits, dots, dashes,
    /// underscores or @.
    Result<Enrollment> addUser(const QString &name, Role role, const SecureBytes &password);
    /// Refused for the last enabled Security Administrator.
    Result<User> setRole(const QString &name, Role role);
    /// Disabling also revokes the user's API tokens. Refused for the last enabled Security Administrator.
    Result<User> setDisabled(const QString &name, bool disabled);
    /// A new TOTP secret and new recovery codes (the old ones stop working).
    Result<Enrollment> resetTwoFactor(const QString &name);
    /// Another user's password (users.manage).
    Result<User> setPassword(const QString &name, const SecureBytes &password);
    /// The signed-in user's own password: no permission needed beyond having signed in with the old one.
    Result<User> setOwnPassword(qint64 userId, const SecureBytes &password);

    /// Password plus a TOTP code or a recovery code. Failures say nothing about which part was wrong; repeated
    /// failures lock the user out for growing delays. The password is rehashed when the parameters were raised.
    Result<Principal> signIn(const QString &name, const SecureBytes &password, const QString &code);

    /// A token for `user` scoped to `role` (at most the user's own permissions), valid until `expiresMs` (0:
    /// never). The token is returned once and stored only as its SHA-256.
    Result<std::pair<ApiToken, QByteArray>> createToken(const QString &user, Role role, const QString &label,
                                                        qint64 expiresMs);
    Result<ApiToken> revokeToken(qint64 id);
    Result<Principal> authenticateToken(const QByteArray &token);

    /// Lowered by tests: argon2id at its default cost takes about 0.1 s per hash.
    void setHashParams(const Argon2Params &params)
    {
        m_hashParams = params;
        m_dummyHash.clear();
    }
    /// True when every permission of `narrower` is also one of `wider`.
    static bool roleWithin(Role narrower, Role wider);

private:
    qint64 nowMs() const;
    Result<Enrollment> enroll(const User &user);
    Status audit(const QString &action, const QString &target, QJsonObject details, bool success = true);
    Status recordFailedSignIn(const QString &name, const QString &reason, qint64 userId, SignInThrottle *throttle);
    Result<User> lastAdminGuard(const QString &name, bool removesAdmin);
    Status mayManage();
    Result<User> storePassword(const User &user, const SecureBytes &password, bool self);

    Storage::Database &m_db;
    Audit::AuditLog &m_audit;
    const Clock &m_clock;
    UserStore m_store;
    Argon2Params m_hashParams;
    QByteArray m_dummyHash; ///< verified against for unknown names
    std::function<Status(Permission)> m_authorize;
};

} // namespace Keyward::Access

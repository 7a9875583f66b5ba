#pragma once

#include "SignInThrottle.h"
#include "User.h"
#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArrayList>
#include <QList>

namespace Keyward::Storage {
class Database;
}

namespace Keyward::Access {

/// What sign-in needs of a user besides the public fields: the stored verifiers.
struct Credentials
{
    QByteArray passwordHash; ///< argon2id PHC string
    SecureBytes totpSecret; ///< empty: not enrolled
    qint64 totpLastStep = -1;
    QByteArrayList recoveryCodes; ///< hashes
    SignInThrottle throttle;
};

/// The users and api_tokens tables. SQL only: AccessService decides.
class UserStore
{
public:
    explicit UserStore(Storage::Database &db)
        : m_db(db)
    { }

    Result<qint64> count();
    Result<int> enabledAdmins();
    Result<QList<User>> users();
    /// NotFound names the user.
    Result<User> find(const QString &name);
    Result<User> find(qint64 id);
    Result<Credentials> credentials(qint64 id);

    Result<qint64> insert(const User &user, const QByteArray &passwordHash);
    Status setRole(qint64 id, Role role);
    Status setDisabled(qint64 id, bool disabled);
    Status setPassword(qint64 id, const QByteArray &passwordHash, qint64 nowMs);
    Status setTwoFactor(qint64 id, const SecureBytes &totpSecret, const QByteArrayList &recoveryCodes);
    Status setTotpLastStep(qint64 id, qint64 step);
    Status setRecoveryCodes(qint64 id, const QByteArrayList &recoveryCodes);
    Status setThrottle(qint64 id, const SignInThrottle &throttle);
    Status setSignedIn(qint64 id, qint64 nowMs);

    Result<qint64> insertToken(const ApiToken &token, const QByteArray &tokenHash);
    Result<QList<ApiToken>> tokens();
    Result<ApiToken> token(qint64 id);
    /// NotFound when no token has this hash.
    Result<ApiToken> tokenByHash(const QByteArray &tokenHash);
    Status revokeToken(qint64 id, qint64 nowMs);
    Status revokeTokensOf(qint64 userId, qint64 nowMs);
    Status setTokenUsed(qint64 id, qint64 nowMs);

private:
    Storage::Database &m_db;
};

} // namespace Keyward::Access

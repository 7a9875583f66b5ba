#include "AccessService.h"

#include "RecoveryCodes.h"
#include "Totp.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/rand.h>

namespace Keyward::Access {

namespace {

constexpr char kTokenPrefix[] = "kwt_";
constexpr int kTokenBytes = 32;

QString userTarget(const QString &name)
{
    return QStringLiteral("user:%1").arg(name);
}

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

AccessService::AccessService(Storage::Database &db, Audit::AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_store(db)
{ }

qint64 AccessService::nowMs() const
{
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

Status AccessService::audit(const QString &action, const QString &target, QJsonObject details, bool success)
{
    auto appended = m_audit.append(
        {action, target, success ? Audit::Outcome::Success : Audit::Outcome::Failure, std::move(details)});
    if (!appended.ok())
        return appended.error();
    return {};
}

Status AccessService::mayManage()
{
    return m_authorize ? m_authorize(Permission::UsersManage) : Status();
}

bool AccessService::roleWithin(Role narrower, Role wider)
{
    for (Permission permission : allPermissions()) {
        if (allowed(narrower, permission) && !allowed(wider, permission))
            return false;
    }
    return true;
}

Result<bool> AccessService::claimed()
{
    auto count = m_store.count();
    KW_TRY(count);
    return count.value() > 0;
}

Result<Enrollment> AccessService::enroll(const User &user)
{
    const SecureBytes secret = Totp::generateSecret();
    auto uri = Totp::provisioningUri(QStringLiteral("Keyward"), user.name, secret);
    KW_TRY(uri);
    auto codes = RecoveryCodes::generate();
    KW_TRY(codes);
    KW_TRY(m_store.setTwoFactor(user.id, secret, codes->stored.stored()));
    Enrollment enrollment;
    enrollment.user = user;
    enrollment.user.twoFactor = true;
    enrollment.user.recoveryCodesLeft = codes->stored.remaining();
    enrollment.totpUri = uri.value();
    enrollment.totpSecretBase32 = Totp::base32Encode(secret);
    enrollment.recoveryCodes = codes->codes;
    return enrollment;
}

Result<Enrollment> AccessService::addUser(const QString &name, Role role, const SecureBytes &password)
{
    KW_TRY(mayManage());
    if (!validName(name)) {
        return Error {ErrorCode::Usage,
                      tr("A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, not \"%1\".")
                          .arg(name.left(80))};
    }
    if (m_store.find(name).ok())
        return Error {ErrorCode::Usage, tr("There is already a user \"%1\".").arg(name)};
    auto alreadyClaimed = claimed();
    KW_TRY(alreadyClaimed);
    if (!alreadyClaimed.value() && role != Role::SecurityAdmin) {
        // The first user claims the profile: someone must be left who can manage users.
        return Error {ErrorCode::Usage,
                      tr("The first user of a profile must be a Security Administrator (--role security-admin).")};
    }
    auto hash = PasswordHasher::hash(password, m_hashParams);
    KW_TRY(hash);
    Enrollment enrollment;
    KW_TRY(m_db.transaction([&]() -> Status {
        User user;
        user.name = name;
        user.role = role;
        user.createdMs = nowMs();
        user.passwordChangedMs = user.createdMs;
        auto id = m_store.insert(user, hash.value());
        KW_TRY(id);
        user.id = id.value();
        auto enrolled = enroll(user);
        KW_TRY(enrolled);
        enrollment = enrolled.value();
        return audit(QStringLiteral("user.add"), userTarget(name), {{QLatin1String("role"), roleName(role)}});
    }));
    return enrollment;
}

Result<User> AccessService::lastAdminGuard(const QString &name, bool removesAdmin)
{
    auto user = m_store.find(name);
    KW_TRY(user);
    if (removesAdmin && user->role == Role::SecurityAdmin && !user->disabled) {
        auto admins = m_store.enabledAdmins();
        KW_TRY(admins);
        if (admins.value() <= 1) {
            return Error {ErrorCode::Usage,
                          tr("%1 is the last enabled Security Administrator: make another user one first.").arg(name)};
        }
    }
    return user;
}

Result<User> AccessService::setRole(const QString &name, Role role)
{
    KW_TRY(mayManage());
    auto user = lastAdminGuard(name, role != Role::SecurityAdmin);
    KW_TRY(user);
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.setRole(user->id, role));
        return audit(QStringLiteral("user.set_role"), userTarget(user->name),
                     {{QLatin1String("before"), roleName(user->role)}, {QLatin1String("after"), roleName(role)}});
    }));
    return m_store.find(user->id);
}

Result<User> AccessService::setDisabled(const QString &name, bool disabled)
{
    KW_TRY(mayManage());
    auto user = lastAdminGuard(name, disabled);
    KW_TRY(user);
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.setDisabled(user->id, disabled));
        if (disabled)
            KW_TRY(m_store.revokeTokensOf(user->id, nowMs()));
        return audit(disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), userTarget(user->name),
                     {});
    }));
    return m_store.find(user->id);
}

Result<Enrollment> AccessService::resetTwoFactor(const QString &name)
{
    KW_TRY(mayManage());
    auto user = m_store.find(name);
    KW_TRY(user);
    Enrollment enrollment;
    KW_TRY(m_db.transaction([&]() -> Status {
        auto enrolled = enroll(user.value());
        KW_TRY(enrolled);
        enrollment = enrolled.value();
        return audit(QStringLiteral("user.reset_2fa"), userTarget(user->name), {});
    }));
    return enrollment;
}

Result<User> AccessService::setPassword(const QString &name, const SecureBytes &password)
{
    KW_TRY(mayManage());
    auto user = m_store.find(name);
    KW_TRY(user);
    return storePassword(user.value(), password, false);
}

Result<User> AccessService::setOwnPassword(qint64 userId, const SecureBytes &password)
{
    auto user = m_store.find(userId);
    KW_TRY(user);
    return storePassword(user.value(), password, true);
}

Result<User> AccessService::storePassword(const User &user, const SecureBytes &password, bool self)
{
    auto hash = PasswordHasher::hash(password, m_hashParams);
    KW_TRY(hash);
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.setPassword(user.id, hash.value(), nowMs()));
        return audit(QStringLiteral("user.set_password"), userTarget(user.name), {{QLatin1String("self"), self}});
    }));
    return m_store.find(user.id);
}

Status AccessService::recordFailedSignIn(const QString &name, const QString &reason, qint64 userId,
                                         SignInThrottle *throttle)
{
    return m_db.transaction([&]() -> Status {
        QJsonObject details {{QLatin1String("reason"), reason}};
        if (throttle) {
            const QDateTime until = throttle->recordFailure(m_clock.nowUtc());
            KW_TRY(m_store.setThrottle(userId, *throttle));
            details.insert(QLatin1String("failures"), throttle->failures());
            if (until > m_clock.nowUtc())
                details.insert(QLatin1String("locked_until"), until.toString(Qt::ISODateWithMs));
        }
        return audit(QStringLiteral("auth.sign_in"), userTarget(name.left(64)), details, false);
    });
}

Result<Principal> AccessService::signIn(const QString &name, const SecureBytes &password, const QString &code)
{
    const Error wrong {ErrorCode::SignInFailed,
                       tr("The name, password or code is wrong, or the code was used already. Check them and try "
                          "again.")};
    if (name.isEmpty() || password.isEmpty() || password.size() > PasswordHasher::kMaxPasswordBytes) {
        static_cast<void>(recordFailedSignIn(name, QStringLiteral("malformed"), 0, nullptr));
        if (password.size() > PasswordHasher::kMaxPasswordBytes)
            return Error {ErrorCode::Usage, tr("The password is longer than 1024 bytes: no password here is.")};
        return Error {ErrorCode::Usage, tr("Sign-in needs a user name and a password.")};
    }
    auto user = m_store.find(name);
    if (!user.ok()) {
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        // Spend the time a real check takes, so that timing does not tell which names exist.
        if (m_dummyHash.isEmpty()) {
            if (auto dummy = PasswordHasher::hash(SecureBytes::random(16), m_hashParams); dummy.ok())
                m_dummyHash = dummy.value();
        }
        static_cast<void>(PasswordHasher::verify(password, m_dummyHash));
        static_cast<void>(recordFailedSignIn(name, QStringLiteral("unknown_user"), 0, nullptr));
        return wrong;
    }
    auto credentials = m_store.credentials(user->id);
    KW_TRY(credentials);
    Credentials &c = credentials.value();
    if (Status locked = c.throttle.check(m_clock.nowUtc()); !locked.ok()) {
        static_cast<void>(m_db.transaction([&] {
            return audit(QStringLiteral("auth.sign_in"), userTarget(name),
                         {{QLatin1String("reason"), QStringLiteral("locked")}}, false);
        }));
        return Error {ErrorCode::SignInFailed, locked.error().userMessage};
    }
    auto matches = PasswordHasher::verify(password, c.passwordHash);
    if (!matches.ok() || !matches.value()) {
        static_cast<void>(recordFailedSignIn(name, QStringLiteral("password"), user->id, &c.throttle));
        return wrong;
    }
    QString method = QStringLiteral("password");
    qint64 totpStep = -1;
    RecoveryCodes remaining;
    if (!c.totpSecret.isEmpty()) {
        const qint64 nowSeconds = nowMs() / 1000;
        auto step = Totp::verify(c.totpSecret, code, nowSeconds, c.totpLastStep);
        if (step.ok()) {
            method = QStringLiteral("totp");
            totpStep = step.value();
        } else if (auto codes = RecoveryCodes::fromStored(c.recoveryCodes); codes.ok() && codes->consume(code).ok()) {
            method = QStringLiteral("recovery_code");
            remaining = codes.value();
        } else {
            static_cast<void>(
                recordFailedSignIn(name, code.trimmed().isEmpty() ? QStringLiteral("no_code") : QStringLiteral("code"),
                                   user->id, &c.throttle));
            if (code.trimmed().isEmpty())
                return Error {ErrorCode::SignInFailed,
                              tr("%1 signs in with a one-time code from the authenticator app (or a recovery code): "
                                 "give it too.")
                                  .arg(name)};
            return wrong;
        }
    }
    if (user->disabled) {
        static_cast<void>(recordFailedSignIn(name, QStringLiteral("disabled"), user->id, nullptr));
        return Error {ErrorCode::SignInFailed,
                      tr("The user %1 is disabled: a Security Administrator can enable it again.").arg(name)};
    }
    const bool rehash = PasswordHasher::needsRehash(c.passwordHash, m_hashParams);
    QByteArray newHash;
    if (rehash) {
        if (auto hashed = PasswordHasher::hash(password, m_hashParams); hashed.ok())
            newHash = hashed.value();
    }
    KW_TRY(m_db.transaction([&]() -> Status {
        c.throttle.recordSuccess();
        KW_TRY(m_store.setThrottle(user->id, c.throttle));
        KW_TRY(m_store.setSignedIn(user->id, nowMs()));
        if (totpStep >= 0)
            KW_TRY(m_store.setTotpLastStep(user->id, totpStep));
        if (method == QLatin1String("recovery_code"))
            KW_TRY(m_store.setRecoveryCodes(user->id, remaining.stored()));
        if (!newHash.isEmpty())
            KW_TRY(m_store.setPassword(user->id, newHash, user->passwordChangedMs));
        QJsonObject details {{QLatin1String("method"), method}, {QLatin1String("role"), roleName(user->role)}};
        if (method == QLatin1String("recovery_code"))
            details.insert(QLatin1String("recovery_codes_left"), remaining.remaining());
        if (!newHash.isEmpty())
            details.insert(QLatin1String("rehashed"), true);
        return audit(QStringLiteral("auth.sign_in"), userTarget(name), details);
    }));
    Principal principal;
    principal.via = Principal::Via::Password;
    principal.userId = user->id;
    principal.name = user->name;
    principal.role = user->role;
    return principal;
}

Result<std::pair<ApiToken, QByteArray>> AccessService::createToken(const QString &userName, Role role,
                                                                   const QString &label, qint64 expiresMs)
{
    KW_TRY(mayManage());
    auto user = m_store.find(userName);
    KW_TRY(user);
    if (user->disabled)
        return Error {ErrorCode::Usage, tr("The user %1 is disabled: it cannot have API tokens.").arg(userName)};
    if (!roleWithin(role, user->role)) {
        return Error {ErrorCode::Usage,
                      tr("A token of %1 (%2) cannot have the role %3: it would allow more than the user may do.")
                          .arg(userName, roleLabel(user->role), roleLabel(role))};
    }
    const qint64 now = nowMs();
    if (expiresMs != 0 && expiresMs <= now)
        return Error {ErrorCode::Usage, tr("The token's expiry must lie in the future.")};
    QByteArray random(kTokenBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), kTokenBytes) != 1)
        return Error {ErrorCode::Failure, tr("The system's random number generator failed: no token was made.")};
    QByteArray token = kTokenPrefix + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    random.fill('\0');
    ApiToken created;
    created.userId = user->id;
    created.userName = user->name;
    created.role = role;
    created.label = label.left(200);
    created.createdMs = now;
    created.expiresMs = expiresMs;
    KW_TRY(m_db.transaction([&]() -> Status {
        auto id = m_store.insertToken(created, tokenHash(token));
        KW_TRY(id);
        created.id = id.value();
        return audit(QStringLiteral("token.create"), QStringLiteral("token:%1").arg(created.id),
                     {{QLatin1String("user"), user->name},
                      {QLatin1String("role"), roleName(role)},
                      {QLatin1String("label"), created.label},
                      {QLatin1String("expires_at"), created.toJson(now).value(QLatin1String("expires_at"))}});
    }));
    return std::pair {created, token};
}

Result<ApiToken> AccessService::revokeToken(qint64 id)
{
    KW_TRY(mayManage());
    auto token = m_store.token(id);
    KW_TRY(token);
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.revokeToken(id, nowMs()));
        return audit(QStringLiteral("token.revoke"), QStringLiteral("token:%1").arg(id),
                     {{QLatin1String("user"), token->userName}});
    }));
    return m_store.token(id);
}

Result<Principal> AccessService::authenticateToken(const QByteArray &presented)
{
    const QByteArray token = presented.trimmed();
    const Error refused {ErrorCode::SignInFailed,
                         tr("The API token is not valid: it is unknown, expired or revoked. Ask for a new one.")};
    auto fail = [&](const QString &reason, qint64 tokenId) {
        static_cast<void>(m_db.transaction([&] {
            return audit(QStringLiteral("auth.token"),
                         tokenId > 0 ? QStringLiteral("token:%1").arg(tokenId) : QStringLiteral("token:unknown"),
                         {{QLatin1String("reason"), reason}}, false);
        }));
        return refused;
    };
    if (!token.startsWith(kTokenPrefix) || token.size() > 200)
        return fail(QStringLiteral("malformed"), 0);
    auto found = m_store.tokenByHash(tokenHash(token));
    if (!found.ok())
        return found.error().code == ErrorCode::NotFound ? fail(QStringLiteral("unknown"), 0) : found.error();
    const qint64 now = nowMs();
    if (found->revokedMs != 0)
        return fail(QStringLiteral("revoked"), found->id);
    if (!found->activeAt(now))
        return fail(QStringLiteral("expired"), found->id);
    auto user = m_store.find(found->userId);
    KW_TRY(user);
    if (user->disabled)
        return fail(QStringLiteral("user_disabled"), found->id);
    // A user demoted since the token was made: the token cannot keep powers the user lost.
    if (!roleWithin(found->role, user->role))
        return fail(QStringLiteral("role_exceeds_user"), found->id);
    KW_TRY(m_db.transaction([&]() -> Status {
        KW_TRY(m_store.setTokenUsed(found->id, now));
        return audit(QStringLiteral("auth.token"), QStringLiteral("token:%1").arg(found->id),
                     {{QLatin1String("user"), user->name}, {QLatin1String("role"), roleName(found->role)}});
    }));
    Principal principal;
    principal.via = Principal::Via::ApiToken;
    principal.userId = user->id;
    principal.name = user->name;
    principal.role = found->role;
    principal.tokenId = found->id;
    return principal;
}

} // namespace Keyward::Access

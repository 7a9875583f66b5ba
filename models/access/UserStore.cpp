#include "UserStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Keyward::Access {

namespace {

constexpr char kUserColumns[] = "id, name, role, disabled, totp_secret IS NOT NULL, recovery_codes, created_at, "
                                "password_changed_at, coalesce(last_sign_in_at, 0)";
constexpr char kTokenColumns[] = "t.id, t.user_id, u.name, t.role, t.label, t.created_at, coalesce(t.expires_at, 0), "
                                 "coalesce(t.revoked_at, 0), coalesce(t.last_used_at, 0)";

QByteArray userSelect(const char *tail)
{
    return QByteArray("SELECT ") + kUserColumns + tail;
}

QByteArray tokenSelect(const char *tail)
{
    return QByteArray("SELECT ") + kTokenColumns + " FROM api_tokens t JOIN users u ON u.id = t.user_id" + tail;
}

QByteArrayList codesFromJson(const QByteArray &json)
{
    QByteArrayList codes;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array())
        codes.append(value.toString().toLatin1());
    return codes;
}

QByteArray codesToJson(const QByteArrayList &codes)
{
    QJsonArray array;
    for (const QByteArray &code : codes)
        array.append(QString::fromLatin1(code));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

User userFromRow(const Storage::Statement &row)
{
    User user;
    user.id = row.int64(0);
    user.name = row.text(1);
    user.role = roleFromName(row.text(2)).value_or(Role::Auditor); // an unknown role gets the least power
    user.disabled = row.int64(3) != 0;
    user.twoFactor = row.int64(4) != 0;
    user.recoveryCodesLeft = static_cast<int>(codesFromJson(row.utf8(5)).size());
    user.createdMs = row.int64(6);
    user.passwordChangedMs = row.int64(7);
    user.lastSignInMs = row.int64(8);
    return user;
}

ApiToken tokenFromRow(const Storage::Statement &row)
{
    ApiToken token;
    token.id = row.int64(0);
    token.userId = row.int64(1);
    token.userName = row.text(2);
    token.role = roleFromName(row.text(3)).value_or(Role::Auditor);
    token.label = row.text(4);
    token.createdMs = row.int64(5);
    token.expiresMs = row.int64(6);
    token.revokedMs = row.int64(7);
    token.lastUsedMs = row.int64(8);
    return token;
}

template<typename T> Result<T> single(Result<QList<T>> rows, const QString &what)
{
    if (!rows.ok())
        return rows.error();
    if (rows->isEmpty())
        return Error {ErrorCode::NotFound, what};
    return rows->constFirst();
}

QString noUser(const QString &name)
{
    return QCoreApplication::translate("Keyward::Access::UserStore", "There is no user \"%1\" in this profile.")
        .arg(name);
}

} // namespace

Result<qint64> UserStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM users");
}

Result<int> UserStore::enabledAdmins()
{
    auto n = m_db.queryInt("SELECT count(*) FROM users WHERE role = 'security-admin' AND disabled = 0");
    KW_TRY(n);
    return static_cast<int>(n.value());
}

Result<QList<User>> UserStore::users()
{
    auto select = m_db.prepare(userSelect(" FROM users ORDER BY name").constData());
    KW_TRY(select);
    return select->collect<User>(userFromRow);
}

Result<User> UserStore::find(const QString &name)
{
    auto select = m_db.prepare(userSelect(" FROM users WHERE name = ?").constData());
    KW_TRY(select);
    select->bind(1, name);
    return single(select->collect<User>(userFromRow), noUser(name));
}

Result<User> UserStore::find(qint64 id)
{
    auto select = m_db.prepare(userSelect(" FROM users WHERE id = ?").constData());
    KW_TRY(select);
    select->bind(1, id);
    return single(select->collect<User>(userFromRow), noUser(QString::number(id)));
}

Result<Credentials> UserStore::credentials(qint64 id)
{
    auto select = m_db.prepare(
        "SELECT password_hash, totp_secret, totp_last_step, recovery_codes, throttle FROM users WHERE id = ?");
    KW_TRY(select);
    select->bind(1, id);
    auto rows = select->collect<Credentials>([](const Storage::Statement &row) {
        Credentials c;
        c.passwordHash = row.text(0).toLatin1(); // a copy: utf8() is a view valid only until the next step
        QByteArray secret = row.blob(1);
        c.totpSecret = SecureBytes::takeFrom(secret);
        c.totpLastStep = row.int64(2);
        c.recoveryCodes = codesFromJson(row.utf8(3));
        // A damaged throttle record starts afresh rather than locking the user out for good.
        if (auto throttle = SignInThrottle::fromJson(QJsonDocument::fromJson(row.utf8(4)).object()); throttle.ok())
            c.throttle = throttle.value();
        return c;
    });
    return single(std::move(rows), noUser(QString::number(id)));
}

Result<qint64> UserStore::insert(const User &user, const QByteArray &passwordHash)
{
    auto insert = m_db.prepare("INSERT INTO users (name, role, password_hash, created_at, password_changed_at) "
                               "VALUES (?, ?, ?, ?, ?)");
    KW_TRY(insert);
    insert->bind(1, user.name)
        .bind(2, roleName(user.role))
        .bindText(3, passwordHash)
        .bind(4, user.createdMs)
        .bind(5, user.createdMs);
    KW_TRY(insert->run());
    return m_db.lastInsertId();
}

Status UserStore::setRole(qint64 id, Role role)
{
    auto update = m_db.prepare("UPDATE users SET role = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, roleName(role)).bind(2, id);
    return update->run();
}

Status UserStore::setDisabled(qint64 id, bool disabled)
{
    auto update = m_db.prepare("UPDATE users SET disabled = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, disabled ? 1 : 0).bind(2, id);
    return update->run();
}

Status UserStore::setPassword(qint64 id, const QByteArray &passwordHash, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?");
    KW_TRY(update);
    update->bindText(1, passwordHash).bind(2, nowMs).bind(3, id);
    return update->run();
}

Status UserStore::setTwoFactor(qint64 id, const SecureBytes &totpSecret, const QByteArrayList &recoveryCodes)
{
    auto update
        = m_db.prepare("UPDATE users SET totp_secret = ?, totp_last_step = -1, recovery_codes = ? WHERE id = ?");
    KW_TRY(update);
    update
        ->bindBlob(
            1, QByteArray(reinterpret_cast<const char *>(totpSecret.data()), static_cast<qsizetype>(totpSecret.size())))
        .bindText(2, codesToJson(recoveryCodes))
        .bind(3, id);
    return update->run();
}

Status UserStore::setTotpLastStep(qint64 id, qint64 step)
{
    auto update = m_db.prepare("UPDATE users SET totp_last_step = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, step).bind(2, id);
    return update->run();
}

Status UserStore::setRecoveryCodes(qint64 id, const QByteArrayList &recoveryCodes)
{
    auto update = m_db.prepare("UPDATE users SET recovery_codes = ? WHERE id = ?");
    KW_TRY(update);
    update->bindText(1, codesToJson(recoveryCodes)).bind(2, id);
    return update->run();
}

Status UserStore::setThrottle(qint64 id, const SignInThrottle &throttle)
{
    auto update = m_db.prepare("UPDATE users SET throttle = ? WHERE id = ?");
    KW_TRY(update);
    update->bindText(1, QJsonDocument(throttle.toJson()).toJson(QJsonDocument::Compact)).bind(2, id);
    return update->run();
}

Status UserStore::setSignedIn(qint64 id, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE users SET last_sign_in_at = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, nowMs).bind(2, id);
    return update->run();
}

Result<qint64> UserStore::insertToken(const ApiToken &token, const QByteArray &tokenHash)
{
    auto insert = m_db.prepare(
        "INSERT INTO api_tokens (user_id, role, label, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)");
    KW_TRY(insert);
    insert->bind(1, token.userId)
        .bind(2, roleName(token.role))
        .bind(3, token.label)
        .bindBlob(4, tokenHash)
        .bind(5, token.createdMs);
    if (token.expiresMs > 0)
        insert->bind(6, token.expiresMs);
    else
        insert->bindNull(6);
    KW_TRY(insert->run());
    return m_db.lastInsertId();
}

Result<QList<ApiToken>> UserStore::tokens()
{
    auto select = m_db.prepare(tokenSelect(" ORDER BY t.id").constData());
    KW_TRY(select);
    return select->collect<ApiToken>(tokenFromRow);
}

Result<ApiToken> UserStore::token(qint64 id)
{
    auto select = m_db.prepare(tokenSelect(" WHERE t.id = ?").constData());
    KW_TRY(select);
    select->bind(1, id);
    return single(select->collect<ApiToken>(tokenFromRow),
                  QCoreApplication::translate("Keyward::Access::UserStore", "There is no API token %1.").arg(id));
}

Result<ApiToken> UserStore::tokenByHash(const QByteArray &tokenHash)
{
    auto select = m_db.prepare(tokenSelect(" WHERE t.token_hash = ?").constData());
    KW_TRY(select);
    select->bindBlob(1, tokenHash);
    return single(select->collect<ApiToken>(tokenFromRow), QString());
}

Status UserStore::revokeToken(qint64 id, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    KW_TRY(update);
    update->bind(1, nowMs).bind(2, id);
    return update->run();
}

Status UserStore::revokeTokensOf(qint64 userId, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL");
    KW_TRY(update);
    update->bind(1, nowMs).bind(2, userId);
    return update->run();
}

Status UserStore::setTokenUsed(qint64 id, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, nowMs).bind(2, id);
    return update->run();
}

} // namespace Keyward::Access

#pragma once

#include "Connection.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace Keyward::Storage {
class Database;
class Statement;
} // namespace Keyward::Storage

namespace Keyward::Connections {

/// Sealed token values of one connection, as stored.
struct SealedTokens
{
    QByteArray access;
    QByteArray refresh; ///< empty: none
};

/// What a filter on the Connections page or `connections list` selects.
struct ConnectionFilter
{
    qint64 appId = 0;
    QString state; ///< a stored state name; empty: any
    QString subjectContains;
    QString scopeContains;
    int limit = -1;
};

/// Provider apps and connections in the profile database. Joins the caller's transaction; lives on the engine thread.
class ConnectionStore
{
public:
    explicit ConnectionStore(Storage::Database &db)
        : m_db(db)
    { }

    Result<qint64> insertApp(const ProviderApp &app);
    Status updateApp(const ProviderApp &app);
    Status setSecretTime(qint64 appId, qint64 ms);
    Result<QList<ProviderApp>> apps();
    Result<ProviderApp> app(qint64 id);
    /// By name, or by id when `nameOrId` is a number.
    Result<ProviderApp> findApp(const QString &nameOrId);

    /// Inserts a connection without tokens (they are sealed against its id, then written with setTokens()).
    Result<qint64> insertConnection(const Connection &connection);
    Result<Connection> connection(qint64 id);
    Result<QList<Connection>> connections(const ConnectionFilter &filter = {});
    Result<SealedTokens> sealedTokens(qint64 id);

    /// New tokens after a connect or a refresh, with their fingerprints and times; clears the failure fields.
    struct TokenUpdate
    {
        QByteArray sealedAccess;
        QByteArray sealedRefresh; ///< empty: keep the stored refresh token
        QString accessFingerprint;
        QString refreshFingerprint;
        QString keyId;
        QString tokenType;
        QStringList scopes; ///< empty: keep
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
        qint64 nextRefreshMs = 0;
        bool rotated = false; ///< the refresh token changed
        bool countsAsRefresh = false;
    };
    Status setTokens(qint64 id, const TokenUpdate &update);
    /// Re-seals under another key (key ring rotation): the values change, nothing else.
    Status resealTokens(qint64 id, const QByteArray &access, const QByteArray &refresh, const QString &keyId);
    /// State change after a failure or a state transition (refreshing, retrying, reauthorization required, ...).
    Status setState(qint64 id, ConnectionState state, const QString &reason, const QString &lastResult,
                    const QString &lastError, qint64 failingSinceMs, qint64 nextRefreshMs, qint64 attemptMs);
    Status setExpiry(qint64 id, qint64 expiresMs, qint64 nextRefreshMs);
    /// Marks revoked and drops the sealed tokens.
    Status markRevoked(qint64 id, qint64 nowMs, const QString &reason);
    /// Ids of connections sealed under a key other than `activeKeyId`, at most `limit`.
    Result<QList<qint64>> sealedUnderOtherKeys(const QString &activeKeyId, int limit);
    Result<qint64> count();
    /// Connections that should have a refresh scheduled but have no live refresh job (lost to a restore, say),
    /// with their next refresh time.
    Result<QList<std::pair<qint64, qint64>>> unscheduled(int limit);

private:
    static Connection connectionFromRow(const Storage::Statement &row);
    static ProviderApp appFromRow(const Storage::Statement &row);

    Storage::Database &m_db;
};

} // namespace Keyward::Connections

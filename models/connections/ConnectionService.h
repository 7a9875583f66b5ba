#pragma once

#include "ConnectionStore.h"
#include "KeyRing.h"
#include "access/Policy.h"
#include "jobs/JobRegistry.h"
#include "oauth/OAuthClient.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <functional>
#include <optional>

namespace Keyward::Storage {
class Database;
}
namespace Keyward::Audit {
class AuditLog;
}
namespace Keyward::Secrets {
class SecretStore;
}
namespace Keyward::Jobs {
class JobStore;
}

namespace Keyward::Connections {

/// What an admin supplies to register a provider app.
struct AppDraft
{
    QString name;
    QString catalogId; ///< a catalog entry; "generic-oidc" with discoveryUrl; "generic-oauth2" with endpoints
    QString discoveryUrl; ///< issuer or discovery document URL
    QHash<QString, QString> parameters; ///< catalog placeholders such as tenant or shop
    QString authorizationUrl, tokenUrl, revocationUrl, introspectionUrl, deviceAuthorizationUrl; ///< by hand
    QString clientId;
    SecureBytes clientSecret; ///< empty: a public client
    std::optional<QStringList> scopes; ///< absent: the catalog's defaults
    std::optional<OAuth::TokenAuthMethod> authMethod; ///< absent: the catalog's (none for public clients)
    QString redirectUri; ///< empty: http://127.0.0.1/callback
    QString caPem;
};

/// The token lifecycle on the engine thread: provider apps, new connections, the refresh engine (the single party
/// that redeems refresh tokens), revocation, introspection and the token key ring. Asynchronous where the network
/// is involved; every change is audited in the transaction that makes it.
class ConnectionService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(const Result<T> &)>;

    struct Dependencies
    {
        Storage::Database &db;
        Audit::AuditLog &audit;
        Secrets::SecretStore &secrets;
        Jobs::JobStore &jobs;
        std::function<void()> wakeWorkers; ///< after enqueuing a job
        /// Decides the calls made on a person's behalf (Engine::authorize); unset: everything is allowed.
        std::function<Status(Access::Permission)> authorize = {};
        /// Announces an event (type, data) to outbound webhook endpoints, inside the caller's transaction.
        std::function<Status(const QString &, const QJsonObject &)> publish = {};
    };

    static constexpr char kRefreshJob[] = "token.refresh";
    static constexpr char kResealJob[] = "keys.reseal";
    static constexpr char kSweepJob[] = "tokens.sweep";
    static constexpr char kDefaultRedirectUri[] = "http://127.0.0.1/callback";

    explicit ConnectionService(Dependencies deps, QObject *parent = nullptr);
    ~ConnectionService() override;

    ConnectionStore &store() { return m_store; }
    KeyRing &keyRing() { return m_keyRing; }
    OAuth::HttpClient &http() { return m_http; }
    OAuth::OAuthClient &oauth() { return m_oauth; }

    /// Registers the job types: token refresh, key re-seal, and the sweep.
    void registerJobs(Jobs::JobRegistry &registry);
    /// When workers start: one sweep that schedules any refresh whose job was lost (after a restore, say). Every
    /// refresh is otherwise scheduled when its token is stored.
    Status sweepOnStart();
    /// After a crash: connections left "refreshing" go back to healthy with a refresh due now.
    Status recoverInterrupted();

    // Provider apps
    void addApp(AppDraft draft, Done<ProviderApp> done);
    /// Stores a new client secret as "next", proves it with a token call, then makes it current (audited).
    void rotateClientSecret(const QString &app, SecureBytes secret, Done<ProviderApp> done);
    Result<OAuth::ClientConfig> clientConfig(const ProviderApp &app);
    /// Per-app refresh settings (when to refresh ahead of expiry, backoff, give-up window). Audited.
    Result<ProviderApp> configureRefresh(const QString &app, const RefreshSettings &settings);
    /// Fills in endpoints from discovery when the app has a discovery URL or an OpenID issuer without JWKS URL.
    void ensureDiscovered(ProviderApp app, Done<ProviderApp> done);

    // Connections
    /// Stores a connection obtained by one of the flows, sealed, audited, with its refresh scheduled.
    Result<Connection> addConnection(const ProviderApp &app, OAuth::Flow flow, const OAuth::TokenResponse &token,
                                     const QString &subject, const QString &displayName,
                                     const QStringList &requestedScopes);
    /// Refreshes now. Single flight: a call while a refresh of the same connection runs gets that refresh's result.
    /// `attempt` (≥ 1) steers the backoff after a transient failure.
    void refresh(qint64 connectionId, Done<Connection> done);
    /// Revokes at the provider (refresh token, then access token), then locally. The local state changes only
    /// after the provider confirmed, unless `localOnly` (the provider offers no revocation, or is gone).
    void revoke(qint64 connectionId, bool localOnly, Done<Connection> done);
    /// RFC 7662 on the access token; learns the expiry when the provider returned no expires_in. Audited.
    void introspect(qint64 connectionId, Done<QJsonObject> done);
    /// A refresh job for `connectionId` due at `atMs` (deduplicated per connection).
    Status scheduleRefresh(qint64 connectionId, qint64 atMs);

    // Token key ring
    /// Adds a key and enqueues the re-seal of every value under older keys (which retires them). Audited.
    Result<QString> rotateKeys();
    /// Re-seals up to `limit` connections under the active key; retires keys no value uses any more.
    /// Returns how many connections are left under older keys.
    Result<qint64> resealBatch(int limit);

    /// The delay before retry `attempt` after a transient failure: the provider's Retry-After when it sent one,
    /// else full jitter under min(max, base · 2^(attempt-1)).
    static qint64 retryDelayMs(const RefreshSettings &settings, int attempt, qint64 retryAfterMs, double unitRandom);

Q_SIGNALS:
    /// A connection needs a person: reauthorization required or refresh exhausted (a sentence).
    void alert(const QString &message);
    void connectionChanged(qint64 id);

private:
    struct Waiting
    {
        QList<Done<Connection>> callbacks;
    };
    /// The refresh itself, for callers already authorized (the refresh job, refresh()).
    void refreshGrant(qint64 connectionId, Done<Connection> done, int attempt);
    Status authorize(Access::Permission permission);
    void finishRefresh(qint64 id, const Result<Connection> &result);
    void onRefreshAnswer(qint64 id, const ProviderApp &app, const Connection &before, const SecureBytes &oldRefresh,
                         int attempt, const OAuth::Outcome<OAuth::TokenResponse> &outcome);
    Result<ProviderApp> resolveDraft(const AppDraft &draft);
    Status storeApp(ProviderApp app, const SecureBytes &secret, Done<ProviderApp> done);
    Result<ConnectionStore::TokenUpdate> sealTokens(qint64 id, const ProviderApp &app,
                                                    const OAuth::TokenResponse &token, qint64 nowMs);
    Status audit(const QString &action, const QString &target, QJsonObject details, bool success = true);
    Jobs::JobOutcome refreshOutcome(const Result<Connection> &result);
    /// The connection's tokens, opened, for revocation and introspection.
    Result<OAuth::GrantTokens> grantTokens(const Connection &connection);
    /// The refresh job of `connectionId`, due at `atMs` (one live job per connection: unique key refresh:<id>).
    static Jobs::JobSpec refreshSpec(qint64 connectionId, qint64 atMs);

    Storage::Database &m_db;
    Audit::AuditLog &m_audit;
    Secrets::SecretStore &m_secrets;
    Jobs::JobStore &m_jobs;
    std::function<void()> m_wake;
    std::function<Status(Access::Permission)> m_authorize;
    std::function<Status(const QString &, const QJsonObject &)> m_publish;
    ConnectionStore m_store;
    KeyRing m_keyRing;
    OAuth::HttpClient m_http;
    OAuth::OAuthClient m_oauth;
    QHash<qint64, Waiting> m_inFlight;
    QHash<QString, QList<QSslCertificate>> m_caCache; ///< app CA PEM → parsed certificates
    struct CachedSecret
    {
        qint64 setMs = 0; ///< the app's secret_set_ms when it was read
        SecureBytes secret;
    };
    QHash<qint64, CachedSecret> m_secretCache; ///< app id → client secret
};

/// The associated data a connection's sealed token is bound to ("connection:<id>:access" or ":refresh").
QByteArray tokenBinding(qint64 connectionId, const char *which);

} // namespace Keyward::Connections

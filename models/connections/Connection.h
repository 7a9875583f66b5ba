#pragma once

#include "oauth/ProviderCatalog.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Keyward::Connections {

/// When and how hard the refresh engine works for an app's connections (per-app overrides in `settings`).
struct RefreshSettings
{
    double aheadFraction = 0.15; ///< refresh when this share of the lifetime remains...
    qint64 aheadMinMs = 10 * 60 * 1000; ///< ...or this much time (at most half the lifetime), whichever comes first
    qint64 baseDelayMs = 30 * 1000; ///< backoff with full jitter from here...
    qint64 maxDelayMs = 60 * 60 * 1000; ///< ...up to this
    qint64 giveUpMs = 4LL * 24 * 3600 * 1000; ///< failing this long: refresh exhausted

    QJsonObject toJson() const;
    static RefreshSettings fromJson(const QJsonObject &object);
};

/// A provider app: Keyward's registration at a provider. The client secret is in the keychain, never here.
struct ProviderApp
{
    qint64 id = 0;
    QString name;
    QString catalogId;
    OAuth::ProviderEntry provider; ///< resolved for this app
    QString clientId;
    bool hasSecret = false;
    qint64 secretSetMs = 0;
    QStringList scopes;
    OAuth::TokenAuthMethod authMethod = OAuth::TokenAuthMethod::ClientSecretBasic;
    QString redirectUri; ///< as registered at the provider; the loopback port is chosen per request (RFC 8252)
    QString caPem; ///< a private CA for enterprise identity providers (public data)
    RefreshSettings refresh;
    qint64 createdMs = 0;

    QJsonObject toJson(qint64 nowMs) const; ///< for `apps list --json` and the UI; no secret
};

/// Stored state of a connection. What users see adds the time-derived states (see Health).
enum class ConnectionState { Healthy, Refreshing, Retrying, ReauthRequired, Exhausted, Revoked };
QString connectionStateName(ConnectionState state); ///< healthy, refreshing, retrying, reauthorization_required, ...
std::optional<ConnectionState> connectionStateFromName(const QString &name);

/// What the Connections and Token Health pages show, most urgent first in `urgency()`.
enum class Health { Healthy, ExpiringSoon, Refreshing, Retrying, ReauthRequired, Exhausted, Revoked, Expired };
QString healthName(Health health); ///< healthy, expiring_soon, refreshing, retrying, reauthorization_required, ...
QString healthLabel(Health health); ///< translated
int urgency(Health health); ///< higher is more urgent

/// A connection (grant) as stored, without its tokens (those stay sealed in the store).
struct Connection
{
    qint64 id = 0;
    qint64 appId = 0;
    QString appName;
    QString subject;
    QString displayName;
    QString tenant; ///< the workspace the grant belongs to, where the provider names one (Slack's team id)
    OAuth::Flow flow = OAuth::Flow::AuthorizationCode;
    QStringList scopes;
    ConnectionState state = ConnectionState::Healthy;
    QString reason;
    QString tokenType;
    QString accessFingerprint;
    QString refreshFingerprint; ///< empty: no refresh token
    QString keyId;
    qint64 createdMs = 0;
    qint64 issuedMs = 0;
    qint64 expiresMs = 0; ///< 0: unknown (no expires_in and no introspection)
    qint64 lastRefreshMs = 0;
    QString lastRefreshResult; ///< ok, or the failure's name
    QString lastError;
    int rotationCount = 0;
    int refreshCount = 0;
    qint64 failingSinceMs = 0;
    qint64 nextRefreshMs = 0;
    qint64 revokedMs = 0;

    bool hasRefreshToken() const { return !refreshFingerprint.isEmpty(); }
    Health health(qint64 nowMs, const RefreshSettings &settings = {}) const;
    /// For `connections list --json` and exports: never a token, only fingerprints.
    QJsonObject toJson(qint64 nowMs) const;
};

/// When to refresh a token issued at `issuedMs` that expires at `expiresMs` (0: unknown → 0, no schedule).
qint64 refreshDueMs(qint64 issuedMs, qint64 expiresMs, const RefreshSettings &settings);

} // namespace Keyward::Connections

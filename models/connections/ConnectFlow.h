#pragma once

#include "Connection.h"
#include "oauth/Authorization.h"
#include "oauth/LoopbackReceiver.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Keyward::Connections {

class ConnectionService;

/// Connects an account with one of the flows, from the start of the flow to the stored connection:
/// - authorization code + PKCE through the system browser and a loopback redirect (RFC 8252), checking `state`,
///   `iss` (RFC 9207) and, for OpenID Connect, the ID token (signature, iss, aud, exp, nonce);
/// - the device authorization grant (RFC 8628), polling at `interval` and slowing down when asked;
/// - client credentials.
/// Emits succeeded() or failed() exactly once. Lives on the engine thread.
class ConnectFlow : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString app; ///< name or id
        OAuth::Flow flow = OAuth::Flow::AuthorizationCode;
        std::optional<QStringList> scopes; ///< absent: the app's scopes
        int timeoutMs = OAuth::LoopbackReceiver::kDefaultTimeoutMs;
    };

    explicit ConnectFlow(ConnectionService &service, QObject *parent = nullptr);

    void start(const Options &options);
    /// Stops waiting; failed() reports the cancellation.
    void cancel();

Q_SIGNALS:
    /// Send the user's browser here (the console opens it; the CLI prints it with --no-browser).
    void authorizationUrlReady(const QUrl &url);
    /// Show the user this code and where to enter it.
    void deviceCodeReady(const QString &userCode, const QString &verificationUri,
                         const QString &verificationUriComplete, qint64 expiresInSeconds);
    void progress(const QString &message);
    void succeeded(const Keyward::Connections::Connection &connection);
    /// `code` is an ErrorCode.
    void failed(const QString &message, int code);

private:
    void begin(const ProviderApp &app);
    void startAuthorizationCode();
    void onRedirect(const QUrlQuery &query);
    void startDevice();
    void pollDevice();
    void startClientCredentials();
    void onToken(const OAuth::TokenResponse &token);
    void store(const OAuth::TokenResponse &token, const QString &subject, const QString &displayName);
    void fail(const QString &message, ErrorCode code);
    void failOAuth(const OAuth::OAuthFailure &failure);

    ConnectionService &m_service;
    Options m_options;
    ProviderApp m_app;
    OAuth::ClientConfig m_config;
    QStringList m_scopes;
    OAuth::AuthorizationRequest m_request;
    QPointer<OAuth::LoopbackReceiver> m_receiver;
    OAuth::DeviceAuthorization m_device;
    QTimer m_pollTimer;
    qint64 m_deviceDeadlineMs = 0;
    bool m_finished = false;
    bool m_askedUserInfo = false; ///< the user API is asked once per flow
};

} // namespace Keyward::Connections

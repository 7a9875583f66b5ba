#pragma once

#include "connections/ConnectFlow.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

/// Connects an account to a provider app with one of the flows the app supports: browser sign-in (authorization
/// code + PKCE, the system browser and a loopback redirect), the device code, or client credentials. The flow runs
/// on the engine thread; the dialog shows what the user has to do and how it ends.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// `flows`: the flow names the app supports ("auth-code", "device", "client-credentials").
    ConnectDialog(Engine::ProfileSession *session, const QString &appName, const QStringList &flows,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// What "Start" does.
    void startConnect();
    /// The URL the browser was sent to (empty until the flow produced it).
    QString authorizationUrl() const { return m_authorizationUrl; }
    /// The device flow's user code (empty until the provider issued it).
    QString userCode() const { return m_userCode; }
    /// How long the dialog shows its success before it closes itself (1.5 s; tests use 0).
    void setAcceptDelay(int ms) { m_acceptDelayMs = ms; }

Q_SIGNALS:
    void connected(qint64 id);

public Q_SLOTS:
    /// Cancels a running flow, then closes.
    void reject() override;

private:
    using FlowHandle = std::shared_ptr<QPointer<Connections::ConnectFlow>>; ///< read on the engine thread only
    void attach(Connections::ConnectFlow *flow, const FlowHandle &handle,
                const Connections::ConnectFlow::Options &options);
    void cancelFlow();
    void setRunning(bool running);
    void showAuthorizationUrl(const QUrl &url);
    void showDeviceCode(const QString &userCode, const QString &verificationUri, const QString &complete,
                        qint64 expiresInSeconds);
    void showSuccess(const Connections::Connection &connection);
    void showFailure(const QString &message);
    void setStatus(const QString &text);
    void fitHeight();

    QPointer<Engine::ProfileSession> m_session;
    QString m_appName;
    QComboBox *m_flow;
    QLineEdit *m_scopes;
    QGroupBox *m_browserBox;
    QLineEdit *m_urlEdit;
    QPushButton *m_copyUrl;
    QLabel *m_waiting;
    QGroupBox *m_deviceBox;
    QLabel *m_userCodeLabel;
    QLabel *m_verification;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_cancel;
    FlowHandle m_handle; ///< the running flow, if any
    QString m_authorizationUrl;
    QString m_userCode;
    int m_acceptDelayMs = 1500;
    bool m_running = false;
    bool m_done = false;
};

} // namespace Keyward::Ui

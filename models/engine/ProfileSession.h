#pragma once

#include "EngineHost.h"
#include "ProfileStatus.h"

#include "access/User.h"
#include "webhooks/ReceiverSettings.h"

#include <QObject>

#include <optional>

namespace Keyward::Engine {

/// The console's handle on its profile: opens, creates and switches profiles on the engine thread and tells the
/// GUI what state the store is in. QtCore only, so it is tested without widgets.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Closed,
        Opening,
        SignInRequired, ///< the profile has users: signIn() before anything is shown or done
        Open,
        Failed,
    };
    Q_ENUM(State)

    /// The webhook receiver the console hosts (when its settings say so and the workers run here).
    struct ReceiverStatus
    {
        Webhooks::ReceiverSettings settings;
        bool running = false;
        QString origin; ///< https://ADDRESS:PORT while running
        QString fingerprint; ///< SHA-256 of the certificate while running
        QString error; ///< why an enabled receiver is not running
    };

    explicit ProfileSession(SecretStoreFactory secrets, QObject *parent = nullptr);

    EngineHost *host() { return &m_host; }
    State state() const { return m_state; }
    const Storage::ProfileLocation &location() const { return m_location; }
    const ProfileStatus &status() const { return m_status; }
    /// The sentence of the last failure (what happened and what to do).
    QString lastError() const { return m_lastError; }

    void open(const Storage::ProfileLocation &location);
    void create(const Storage::ProfileLocation &location);
    /// Reads the status again (after an action changed the store).
    void refreshStatus();

    /// Signs in (state SignInRequired, or to unlock a locked console with the same user): password plus a TOTP or
    /// recovery code. On success the state becomes Open (the workers start if the user may run them); on failure
    /// signInFailed() carries the sentence.
    void signIn(const QString &name, const QString &password, const QString &code);
    /// Who the console acts for once Open: a signed-in user, or the operator of a profile without users.
    std::optional<Access::Principal> principal() const { return m_principal; }
    /// Whether the console should offer an action (the engine decides anyway).
    bool allows(Access::Permission permission) const;
    /// Whether the console runs the engine's workers in this session (not for roles without jobs.run).
    bool workersRunning() const { return m_workersRunning; }
    const ReceiverStatus &receiver() const { return m_receiver; }
    /// Stores the receiver's settings (audited; webhooks.manage) and restarts it with them: receiverChanged() on
    /// success (the status may still carry a start error), receiverFailed() when the settings were refused.
    void configureReceiver(const Webhooks::ReceiverSettings &settings);

Q_SIGNALS:
    void stateChanged(Keyward::Engine::ProfileSession::State state);
    void statusChanged();
    /// The engine's workers need attention (a job went dead, a queue falls behind): a sentence to show.
    void alert(const QString &message);
    /// A connection changed on the engine (refreshed, failed, revoked, added).
    void connectionsChanged();
    /// signIn() was refused: the sentence to show (wrong credentials, locked out, disabled).
    void signInFailed(const QString &message);
    /// signIn() succeeded: the first sign-in (after stateChanged(Open)) or the unlock of a locked console.
    void signedIn();
    void receiverChanged();
    void receiverFailed(const QString &message);

private:
    /// What opening or signing in answers: the status once the engine works, or no status yet when someone must sign
    /// in first.
    struct Opened
    {
        std::optional<ProfileStatus> status;
        std::optional<Access::Principal> principal;
        bool workersRunning = false;
        std::optional<ReceiverStatus> receiver; ///< set when the engine work (re)started
    };
    void becomeOpen(const Opened &opened);
    void start(const Storage::ProfileLocation &location, bool create);
    void setState(State state);
    /// On the engine thread: starts the workers when the principal may run them, wires the engine's signals.
    static Status startEngineWork(EngineHost::Slot &slot, ProfileSession *session, Opened *opened);
    /// On the engine thread: (re)starts the receiver per the stored settings when the workers run.
    static ReceiverStatus startReceiver(Engine &engine);

    EngineHost m_host;
    SecretStoreFactory m_secrets;
    Storage::ProfileLocation m_location;
    ProfileStatus m_status;
    QString m_lastError;
    State m_state = State::Closed;
    std::optional<Access::Principal> m_principal;
    bool m_workersRunning = false;
    ReceiverStatus m_receiver;
    quint64 m_generation = 0;
};

} // namespace Keyward::Engine

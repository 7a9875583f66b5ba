#pragma once

#include "EngineHost.h"
#include "ProfileStatus.h"

#include <QObject>

namespace Keyward::Engine {

/// The console's handle on its profile: opens, creates and switches profiles on the engine thread and tells the
/// GUI what state the store is in. QtCore only, so it is tested without widgets.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

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

Q_SIGNALS:
    void stateChanged(Keyward::Engine::ProfileSession::State state);
    void statusChanged();
    /// The engine's workers need attention (a job went dead, a queue falls behind): a sentence to show.
    void alert(const QString &message);
    /// A connection changed on the engine (refreshed, failed, revoked, added).
    void connectionsChanged();

private:
    void start(const Storage::ProfileLocation &location, bool create);
    void setState(State state);

    EngineHost m_host;
    SecretStoreFactory m_secrets;
    Storage::ProfileLocation m_location;
    ProfileStatus m_status;
    QString m_lastError;
    State m_state = State::Closed;
    quint64 m_generation = 0;
};

} // namespace Keyward::Engine

#include "ProfileSession.h"

#include "connections/ConnectionService.h"

#include "jobs/JobRunner.h"

namespace Keyward::Engine {

namespace {
constexpr int kConsoleWorkers = 4;
} // namespace

ProfileSession::ProfileSession(SecretStoreFactory secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(std::move(secrets))
{ }

void ProfileSession::open(const Storage::ProfileLocation &location)
{
    start(location, false);
}

void ProfileSession::create(const Storage::ProfileLocation &location)
{
    start(location, true);
}

void ProfileSession::start(const Storage::ProfileLocation &location, bool create)
{
    m_location = location;
    m_lastError.clear();
    const quint64 generation = ++m_generation;
    setState(State::Opening);
    const SecretStoreFactory secrets = m_secrets;
    m_host.call(
        this,
        [location, secrets, create, session = this](EngineHost::Slot &slot) -> Result<ProfileStatus> {
            slot.reset(); // closes the previous profile (and writes its checkpoint) first
            auto engine = create
                ? Engine::create(location, secrets, KeySource::Keychain, Audit::Actor::currentProcess())
                : Engine::open({location, secrets, Access::Owner, Audit::Actor::currentProcess()});
            if (!engine.ok())
                return engine.error();
            slot = std::move(engine.value());
            // The console hosts the engine's workers while it owns the profile (`keyward-cli serve` is then refused).
            KW_TRY(slot->startWorkers(kConsoleWorkers));
            QObject::connect(slot->runner(), &Jobs::JobRunner::alert, session, &ProfileSession::alert);
            QObject::connect(&slot->connections(), &Connections::ConnectionService::alert, session,
                             &ProfileSession::alert);
            QObject::connect(&slot->connections(), &Connections::ConnectionService::connectionChanged, session,
                             &ProfileSession::connectionsChanged);
            return slot->status();
        },
        [this, generation](const Result<ProfileStatus> &result) {
            if (generation != m_generation)
                return; // the user switched again meanwhile
            if (!result.ok()) {
                m_lastError = result.error().userMessage;
                setState(State::Failed);
                return;
            }
            m_status = result.value();
            setState(State::Open);
            Q_EMIT statusChanged();
        });
}

void ProfileSession::refreshStatus()
{
    const quint64 generation = m_generation;
    m_host.call(
        this,
        [](EngineHost::Slot &slot) -> Result<ProfileStatus> {
            if (!slot)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return slot->status();
        },
        [this, generation](const Result<ProfileStatus> &result) {
            if (generation != m_generation || !result.ok())
                return;
            m_status = result.value();
            Q_EMIT statusChanged();
        });
}

void ProfileSession::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Keyward::Engine

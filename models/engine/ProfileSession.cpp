#include "ProfileSession.h"

#include "connections/ConnectionService.h"

#include "jobs/JobRunner.h"
#include "webhooks/WebhookServer.h"
#include "webhooks/WebhookService.h"

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

Status ProfileSession::startEngineWork(EngineHost::Slot &slot, ProfileSession *session, Opened *opened)
{
    // The console hosts the engine's workers while it owns the profile (`keyward-cli serve` is then refused), when
    // the signed-in user may run them; a Compliance Officer or Auditor browses without running refreshes.
    // A question, not an attempt: asking through authorize() would record an access.denied at every sign-in.
    auto principal = slot->principal();
    KW_TRY(principal);
    opened->workersRunning = Access::allowed(principal->role, Access::Permission::JobsRun);
    if (opened->workersRunning) {
        KW_TRY(slot->startWorkers(kConsoleWorkers));
        QObject::connect(slot->runner(), &Jobs::JobRunner::alert, session, &ProfileSession::alert);
    }
    opened->receiver = startReceiver(*slot);
    QObject::connect(&slot->connections(), &Connections::ConnectionService::alert, session, &ProfileSession::alert);
    QObject::connect(&slot->connections(), &Connections::ConnectionService::connectionChanged, session,
                     &ProfileSession::connectionsChanged);
    return {};
}

ProfileSession::ReceiverStatus ProfileSession::startReceiver(Engine &engine)
{
    ReceiverStatus status;
    engine.stopReceiver();
    auto settings = engine.webhooks().receiverSettings();
    if (!settings.ok()) {
        status.error = settings.error().userMessage;
        return status;
    }
    status.settings = settings.value();
    if (!status.settings.enabled)
        return status;
    if (!engine.runner()) {
        status.error = tr("Not started: the receiver runs where the engine's workers run, and your role does not run "
                          "them. Sign in as a Security Administrator or Support, or run `keyward-cli serve`.");
        return status;
    }
    auto options = status.settings.serverOptions();
    Status started = options.ok() ? engine.startReceiver(options.value()) : Status(options.error());
    if (!started.ok()) {
        status.error = started.error().userMessage;
        return status;
    }
    status.running = true;
    status.origin = Webhooks::ReceiverSettings::origin(options->address, engine.receiver()->port());
    status.fingerprint = options->identity.fingerprint();
    return status;
}

void ProfileSession::configureReceiver(const Webhooks::ReceiverSettings &settings)
{
    const quint64 generation = m_generation;
    m_host.call(
        this,
        [settings](EngineHost::Slot &slot) -> Result<ReceiverStatus> {
            if (!slot)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            KW_TRY(slot->webhooks().setReceiverSettings(settings));
            return startReceiver(*slot);
        },
        [this, generation](const Result<ReceiverStatus> &result) {
            if (generation != m_generation) { // another profile opened meanwhile: its receiver is its own
                Q_EMIT receiverFailed(tr("Another profile was opened meanwhile; its receiver follows its settings."));
                return;
            }
            if (!result.ok()) {
                Q_EMIT receiverFailed(result.error().userMessage);
                return;
            }
            m_receiver = result.value();
            Q_EMIT receiverChanged();
        });
}

void ProfileSession::start(const Storage::ProfileLocation &location, bool create)
{
    m_location = location;
    m_lastError.clear();
    m_principal.reset();
    m_workersRunning = false;
    m_receiver = {};
    const quint64 generation = ++m_generation;
    setState(State::Opening);
    const SecretStoreFactory secrets = m_secrets;
    m_host.call(
        this,
        [location, secrets, create, session = this](EngineHost::Slot &slot) -> Result<Opened> {
            slot.reset(); // closes the previous profile (and writes its checkpoint) first
            auto engine = create
                ? Engine::create(location, secrets, KeySource::Keychain, Audit::Actor::currentProcess())
                : Engine::open({location, secrets, ProfileAccess::Owner, Audit::Actor::currentProcess()});
            if (!engine.ok())
                return engine.error();
            slot = std::move(engine.value());
            auto claimed = slot->users().claimed();
            KW_TRY(claimed);
            if (claimed.value())
                return Opened {}; // nothing runs and nothing is shown before someone signs in
            Opened opened;
            KW_TRY(startEngineWork(slot, session, &opened));
            auto principal = slot->principal();
            KW_TRY(principal);
            opened.principal = principal.value();
            auto status = slot->status();
            KW_TRY(status);
            opened.status = status.value();
            return opened;
        },
        [this, generation](const Result<Opened> &result) {
            if (generation != m_generation)
                return; // the user switched again meanwhile
            if (!result.ok()) {
                m_lastError = result.error().userMessage;
                setState(State::Failed);
                return;
            }
            if (!result->status) {
                setState(State::SignInRequired);
                return;
            }
            becomeOpen(result.value());
        });
}

void ProfileSession::signIn(const QString &name, const QString &password, const QString &code)
{
    const quint64 generation = m_generation;
    QByteArray utf8 = password.toUtf8();
    auto secret = std::make_shared<SecureBytes>(SecureBytes::takeFrom(utf8));
    const bool firstSignIn = m_state == State::SignInRequired;
    m_host.call(
        this,
        [name, secret, code, firstSignIn, session = this](EngineHost::Slot &slot) -> Result<Opened> {
            if (!slot)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            // Unlocking: the same person signs in again (another user opens the profile anew instead).
            if (!firstSignIn) {
                auto current = slot->principal();
                if (current.ok() && current->via != Access::Principal::Via::Operator
                    && current->name.compare(name, Qt::CaseInsensitive) != 0) {
                    return Error {ErrorCode::SignInFailed,
                                  tr("The console is locked for %1: only %1 can unlock it (or open the profile again "
                                     "to sign in as someone else).")
                                      .arg(current->name)};
                }
            }
            KW_TRY(slot->signIn(name, *secret, code));
            Opened opened;
            if (firstSignIn)
                KW_TRY(startEngineWork(slot, session, &opened));
            else
                opened.workersRunning = slot->runner() != nullptr;
            auto principal = slot->principal();
            KW_TRY(principal);
            opened.principal = principal.value();
            auto status = slot->status();
            KW_TRY(status);
            opened.status = status.value();
            return opened;
        },
        [this, generation](const Result<Opened> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                Q_EMIT signInFailed(result.error().userMessage);
                return;
            }
            becomeOpen(result.value());
            Q_EMIT signedIn();
        });
}

void ProfileSession::becomeOpen(const Opened &opened)
{
    m_status = *opened.status;
    m_principal = opened.principal;
    m_workersRunning = opened.workersRunning;
    if (opened.receiver) {
        m_receiver = *opened.receiver;
        Q_EMIT receiverChanged();
        if (!m_receiver.error.isEmpty())
            Q_EMIT alert(tr("The webhook receiver did not start: %1").arg(m_receiver.error));
    }
    if (m_state != State::Open)
        setState(State::Open);
    Q_EMIT statusChanged();
}

bool ProfileSession::allows(Access::Permission permission) const
{
    return m_principal && Access::allowed(m_principal->role, permission);
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

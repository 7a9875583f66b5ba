#include "FirstAdminSetup.h"

#include "common/MessageBar.h"
#include "users/EnrollmentDialog.h"

#include <QWidget>

namespace Keyward::Ui {

void FirstAdminSetup::start(Engine::ProfileSession *session, const QString &name, const SecureBytes &password,
                            MessageBar *messages, QWidget *window)
{
    new FirstAdminSetup(session, name, password, messages, window);
}

FirstAdminSetup::FirstAdminSetup(Engine::ProfileSession *session, const QString &name, const SecureBytes &password,
                                 MessageBar *messages, QWidget *window)
    : QObject(session)
    , m_session(session)
    , m_name(name)
    , m_password(password)
    , m_messages(messages)
    , m_window(window)
    , m_directory(session->location().directory())
{
    connect(m_session, &Engine::ProfileSession::stateChanged, this, &FirstAdminSetup::onStateChanged);
    if (m_session->state() == Engine::ProfileSession::State::Open)
        onStateChanged(Engine::ProfileSession::State::Open);
}

void FirstAdminSetup::onStateChanged(Engine::ProfileSession::State state)
{
    using State = Engine::ProfileSession::State;
    if (m_session->location().directory() != m_directory || state == State::Failed || state == State::SignInRequired) {
        deleteLater(); // creating failed, or the user went elsewhere meanwhile
        return;
    }
    if (state != State::Open)
        return;
    disconnect(m_session, nullptr, this, nullptr);
    addAdministrator();
}

void FirstAdminSetup::addAdministrator()
{
    m_session->host()->call(
        this,
        [name = m_name, password = m_password](Engine::EngineHost::Slot &engine) -> Result<Access::Enrollment> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().addUser(name, Access::Role::SecurityAdmin, password);
        },
        [this](const Result<Access::Enrollment> &enrollment) {
            m_password.clear();
            deleteLater();
            if (!enrollment.ok()) {
                if (m_messages) {
                    m_messages->showMessage(MessageBar::Kind::Error,
                                            tr("The profile was created, but not its Security Administrator: %1 Add "
                                               "one on the Users page.")
                                                .arg(enrollment.error().userMessage));
                }
                return;
            }
            // The profile has a user now, so the operator's session is over: open it again to sign in.
            m_session->open(m_session->location());
            auto *dialog = new EnrollmentDialog(enrollment.value(), EnrollmentDialog::Reason::NewUser, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setNextStep(tr("Next: sign in as %1 with the password and a code from the authenticator app.")
                                    .arg(enrollment->user.name));
            dialog->open();
        });
}

} // namespace Keyward::Ui

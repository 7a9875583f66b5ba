#pragma once

#include "core/SecureBytes.h"
#include "engine/ProfileSession.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Keyward::Ui {

class MessageBar;

/// What the first-run dialog's "create the first Security Administrator" asks for, once the new profile is open:
/// adds the administrator on the engine thread, shows the two-factor enrollment once, and opens the profile again,
/// which from then on asks everyone to sign in.
class FirstAdminSetup : public QObject
{
    Q_OBJECT

public:
    /// Call right after ProfileSession::create(); `window` parents the enrollment dialog.
    static void start(Engine::ProfileSession *session, const QString &name, const SecureBytes &password,
                      MessageBar *messages, QWidget *window);

private:
    FirstAdminSetup(Engine::ProfileSession *session, const QString &name, const SecureBytes &password,
                    MessageBar *messages, QWidget *window);
    void onStateChanged(Engine::ProfileSession::State state);
    void addAdministrator();

    Engine::ProfileSession *m_session;
    QString m_name;
    SecureBytes m_password;
    QPointer<MessageBar> m_messages;
    QPointer<QWidget> m_window;
    QString m_directory; ///< the profile being created
};

} // namespace Keyward::Ui

#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class MessageBar;

/// The open profile: where it lives, how it is encrypted, its audit head; backup and database key rotation.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void backUp();
    void rotateKey();

Q_SIGNALS:
    /// An action changed the store (a new audit event at least).
    void storeChanged();

private:
    void updateStatus();
    QLabel *addField(const QString &label, const QString &objectName);

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    QFormLayout *m_form;
    QLabel *m_name, *m_path, *m_id, *m_cipher, *m_schema, *m_keySource, *m_events, *m_head, *m_checkpoints, *m_size;
    QPushButton *m_backup;
    QPushButton *m_rekey;
};

} // namespace Keyward::Ui

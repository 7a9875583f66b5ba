#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class MessageBar;

/// The open profile: where it lives, how it is encrypted, its audit head; backup, database key rotation, and the
/// token key ring (which keys seal the stored tokens, and their rotation).
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    ProfilePage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void backUp();
    void rotateKey();
    /// Asks, then adds a new token key; the engine re-seals every token under it and retires the old key.
    void rotateTokenKey();
    /// Reloads the token key table.
    void loadTokenKeys();

Q_SIGNALS:
    /// An action changed the store (a new audit event at least).
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateStatus();
    void applyPermissions();
    QLabel *addField(const QString &label, const QString &objectName);

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    QFormLayout *m_form;
    QLabel *m_name, *m_path, *m_id, *m_cipher, *m_schema, *m_keySource, *m_events, *m_head, *m_checkpoints, *m_size;
    QPushButton *m_backup;
    QLabel *m_backupHint;
    QPushButton *m_rekey;
    QLabel *m_keysTitle, *m_keysAbout;
    QTableWidget *m_tokenKeys;
    QLabel *m_noTokenKeys;
    QPushButton *m_rotateTokenKey;
    QTimer *m_resealWatch; ///< reloads the keys while one is retiring (its tokens are being re-sealed)
};

} // namespace Keyward::Ui

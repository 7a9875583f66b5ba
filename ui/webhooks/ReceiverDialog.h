#pragma once

#include "webhooks/ReceiverSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

/// Switches the profile's webhook receiver on or off and says where it listens and with which certificate. The
/// console applies the settings at once (restarting its receiver); `keyward-cli serve` uses them too. The engine's
/// refusals (a malformed address, an unreadable certificate) show in the dialog as its sentences.
class ReceiverDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiverDialog(Engine::ProfileSession *session, QWidget *parent = nullptr);

    Webhooks::ReceiverSettings settings() const;
    /// What OK does: stores and applies; accepts once the console restarted its receiver (or switched it off).
    void submit();

public Q_SLOTS:
    /// Ignored while the engine works.
    void reject() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateFields();
    void browse(QLineEdit *field, const QString &title);

    Engine::ProfileSession *m_session;
    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QRadioButton *m_selfSigned, *m_files;
    QLineEdit *m_cert, *m_key;
    QPushButton *m_browseCert, *m_browseKey;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace Keyward::Ui

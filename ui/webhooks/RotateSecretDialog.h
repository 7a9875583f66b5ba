#pragma once

#include "webhooks/WebhookStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class SecretField;

/// Gives a webhook source a new secret (typed or generated); the current ones stay valid for the overlap, so the
/// sender can switch without rejected deliveries. The engine's refusals show in the dialog as its sentences.
class RotateSecretDialog : public QDialog
{
    Q_OBJECT

public:
    RotateSecretDialog(Engine::ProfileSession *session, const Webhooks::WebhookSource &source,
                       QWidget *parent = nullptr);

    /// What OK does: rotates; accepts on success, shows the sentence otherwise.
    void submit();
    /// The source after the rotation (after accept()).
    const Webhooks::WebhookSource &rotatedSource() const { return m_rotated; }
    qint64 overlapSeconds() const;

public Q_SLOTS:
    /// Ignored while the engine works (closing would not stop it).
    void reject() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void fitHeight();

    Engine::ProfileSession *m_session;
    QString m_name;
    SecretField *m_secret;
    QSpinBox *m_overlap;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_rotate;
    Webhooks::WebhookSource m_rotated;
    bool m_busy = false;
};

} // namespace Keyward::Ui

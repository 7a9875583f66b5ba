#pragma once

#include "core/SecureBytes.h"
#include "webhooks/EventPublisher.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

/// Adds an event endpoint: the URL Keyward posts its own events to (https://, or http:// on this computer), the
/// events it wants (all, or some), and a description. Keyward makes the signing secret; the page shows it once. The
/// engine's refusals show in the dialog as its sentences.
class AddEndpointDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddEndpointDialog(Engine::ProfileSession *session, QWidget *parent = nullptr);

    /// What OK does: checks the form, then adds the endpoint; accepts on success, shows the sentence otherwise.
    void submit();
    /// The endpoint as added and its signing secret (after accept()); the secret is for showing once.
    const Webhooks::Endpoint &addedEndpoint() const { return m_added; }
    SecureBytes takeSecret() { return std::exchange(m_secret, SecureBytes()); }

public Q_SLOTS:
    /// Ignored while the engine works (closing would not stop it).
    void reject() override;

private:
    QStringList events() const;
    void setBusy(bool busy);
    void showError(const QString &message);

    Engine::ProfileSession *m_session;
    QLineEdit *m_url;
    QCheckBox *m_allEvents;
    QList<QCheckBox *> m_events;
    QLineEdit *m_description;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    Webhooks::Endpoint m_added;
    SecureBytes m_secret;
    bool m_busy = false;
};

} // namespace Keyward::Ui

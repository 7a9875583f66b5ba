#pragma once

#include "webhooks/WebhookService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class SecretField;

/// Adds a webhook source: its name (the path /webhooks/NAME), signature scheme, first secret (typed or generated),
/// the provider app its revocation events concern, limits, and for the generic scheme its configuration as JSON.
/// The engine's refusals show in the dialog as its sentences.
class AddSourceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSourceDialog(Engine::ProfileSession *session, QWidget *parent = nullptr);

    /// The scheme's name for people ("GitHub", "Standard Webhooks").
    static QString schemeLabel(Webhooks::Scheme scheme);

    /// What OK does: checks the form, then adds the source; accepts on success, shows the sentence otherwise.
    void submit();
    /// The source as added (after accept()).
    const Webhooks::WebhookSource &addedSource() const { return m_added; }

public Q_SLOTS:
    /// Ignored while the engine works (closing would not stop it).
    void reject() override;

private:
    void schemeChanged();
    void loadApps();
    void setBusy(bool busy);
    void showError(const QString &message);
    void fitHeight();
    Webhooks::Scheme scheme() const;
    /// A sentence naming what is missing or wrong in the form; empty when it can be submitted.
    QString formProblem(QJsonObject *config) const;

    Engine::ProfileSession *m_session;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLabel *m_path;
    QComboBox *m_scheme;
    SecretField *m_secret;
    QComboBox *m_app;
    QSpinBox *m_tolerance;
    QSpinBox *m_rate;
    QCheckBox *m_keepRejected;
    QLineEdit *m_audiences; ///< google-risc: the OAuth client ids the tokens must name
    QPlainTextEdit *m_config;
    QLabel *m_configHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    Webhooks::WebhookSource m_added;
    bool m_busy = false;
};

} // namespace Keyward::Ui

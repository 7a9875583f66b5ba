#pragma once

#include "connections/Connection.h"
#include "connections/ConnectionService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

/// Registers a provider app: a catalog entry, the client id and secret the provider issued, scopes, and for the
/// generic entries the issuer (discovery) or the endpoints. The secret goes to the OS keychain on the engine thread;
/// the field is cleared as soon as it has been read.
class AddAppDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAppDialog(Engine::ProfileSession *session, QWidget *parent = nullptr);

    /// The draft the form describes. Takes the client secret out of its field (the field is cleared).
    Connections::AppDraft draft() const;
    /// What OK does: checks the form, then registers the app (discovery may take a moment); accepts on success,
    /// shows the sentence in the dialog otherwise.
    void submit();
    /// The app as registered (after accept()).
    const Connections::ProviderApp &registeredApp() const { return m_registered; }

public Q_SLOTS:
    /// Ignored while the registration runs (closing would not stop it).
    void reject() override;

private:
    void providerChanged();
    void setBusy(bool busy);
    void showError(const QString &message);
    void fitHeight();
    void chooseCaFile();
    /// A sentence naming what is missing or wrong in the form; empty when it can be submitted.
    QString formProblem() const;

    Engine::ProfileSession *m_session;
    QFormLayout *m_form;
    QComboBox *m_provider;
    QTextBrowser *m_quirks;
    QLabel *m_docs;
    QLineEdit *m_name;
    QLineEdit *m_discovery;
    QLineEdit *m_authorizeUrl, *m_tokenUrl, *m_revokeUrl, *m_introspectUrl;
    QList<QLineEdit *> m_parameters; ///< one per parameter of the chosen entry; objectName "param_<name>"
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QComboBox *m_authMethod;
    QLineEdit *m_scopes;
    QLineEdit *m_redirectUri;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_register;
    Connections::ProviderApp m_registered;
    bool m_busy = false;
};

} // namespace Keyward::Ui

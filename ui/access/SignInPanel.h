#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyward::Ui {

/// Takes the place of the pages while a profile waits for someone to sign in, or while the console is locked:
/// user name, password and a one-time code (TOTP or recovery code). It only collects them; the window hands them to
/// the engine and reports back with showError() or reset().
class SignInPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        SignIn, ///< a profile with users was opened: anyone of them may sign in
        Unlock, ///< the console is locked: only the signed-in user, whose name is fixed
    };

    explicit SignInPanel(QWidget *parent = nullptr);

    void showSignIn(const QString &profile);
    /// `why` says what locked the console ("Locked after 15 minutes without activity.").
    void showUnlock(const QString &profile, const QString &user, const QString &why);
    /// The engine refused: shows its sentence, clears the password and code, and takes input again.
    void showError(const QString &message);
    /// Signed in: forgets what was typed.
    void reset();

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void signInRequested(const QString &user, const QString &password, const QString &code);
    /// "Sign in as someone else" on a locked console: the window opens the profile anew.
    void otherUserRequested();

private:
    void submit();
    void setBusy(bool busy);
    void updateButton();
    void clearSecrets();

    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_message;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLabel *m_error;
    QPushButton *m_otherUser;
    QPushButton *m_signIn;
};

} // namespace Keyward::Ui

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Keyward::Ui {

/// Decides when a signed-in console locks: after a stretch without keyboard or mouse input anywhere in the
/// application, when the session's absolute lifetime is over, and when the desktop locks or the machine suspends
/// (where the platform reports it over D-Bus). The window does the locking; this only says when.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    enum class Reason { Idle, Lifetime, Manual, Desktop };
    Q_ENUM(Reason)

    static constexpr int kDefaultIdleSeconds = 15 * 60;
    static constexpr int kDefaultLifetimeSeconds = 12 * 60 * 60;

    /// Reads the timeouts: $KEYWARD_IDLE_LOCK_SECONDS and $KEYWARD_SESSION_LIFETIME_SECONDS first, then the
    /// settings `session/idleLockSeconds` and `session/lifetimeSeconds`, then the defaults.
    explicit SessionLock(QObject *parent = nullptr);
    ~SessionLock() override;

    /// "idle", "lifetime", "manual", "desktop": the reason as the audit log records it.
    static QString reasonName(Reason reason);
    /// What the person sees on the locked console: "Locked after 15 minutes without activity."
    QString describe(Reason reason) const;

    int idleSeconds() const { return m_idleSeconds; }
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

    /// A user signed in (or unlocked): counts idle time and the lifetime from now.
    void arm();
    /// Locked, or nobody to lock for: no lockRequested() until the next arm().
    void disarm();
    bool isArmed() const { return m_armed; }

Q_SIGNALS:
    void lockRequested(Keyward::Ui::SessionLock::Reason reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // Called by QtDBus, which connects to slots by signature only.
    void onLoginSessionLock();
    void onPrepareForSleep(bool sleeping);
    void onScreenSaverActiveChanged(bool active);

private:
    void checkIdle();
    void request(Reason reason);
    void watchDesktop();
    void watchLoginSession(const QString &sessionPath);

    int m_idleSeconds = kDefaultIdleSeconds;
    int m_lifetimeSeconds = kDefaultLifetimeSeconds;
    bool m_armed = false;
    QElapsedTimer m_sinceInput;
    QTimer m_idleTimer;
    QTimer m_lifetimeTimer;
};

} // namespace Keyward::Ui

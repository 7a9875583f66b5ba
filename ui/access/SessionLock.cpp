#include "SessionLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QSettings>

#ifdef KEYWARD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <algorithm>

Q_LOGGING_CATEGORY(lcSessionLock, "keyward.ui.lock")

namespace Keyward::Ui {

namespace {

// QTimer counts in int milliseconds: about 24 days at most.
constexpr int kMaxSeconds = 2'000'000;

/// The environment (for tests and kiosks) wins over the settings. A value that is not a positive number falls back
/// to the default: the lock can be made longer or shorter, never switched off.
int configuredSeconds(const char *variable, const QString &settingsKey, int fallback)
{
    bool ok = false;
    int seconds = qEnvironmentVariableIntValue(variable, &ok);
    if (!ok || seconds <= 0)
        seconds = QSettings().value(settingsKey).toInt(&ok);
    if (!ok || seconds <= 0)
        seconds = fallback;
    return std::min(seconds, kMaxSeconds);
}

#ifdef KEYWARD_HAVE_DBUS
const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
#endif

} // namespace

SessionLock::SessionLock(QObject *parent)
    : QObject(parent)
    , m_idleSeconds(configuredSeconds("KEYWARD_IDLE_LOCK_SECONDS", QStringLiteral("session/idleLockSeconds"),
                                      kDefaultIdleSeconds))
    , m_lifetimeSeconds(configuredSeconds("KEYWARD_SESSION_LIFETIME_SECONDS", QStringLiteral("session/lifetimeSeconds"),
                                          kDefaultLifetimeSeconds))
{
    m_idleTimer.setSingleShot(true);
    m_lifetimeTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionLock::checkIdle);
    connect(&m_lifetimeTimer, &QTimer::timeout, this, [this] { request(Reason::Lifetime); });
    // Input anywhere in the application counts, dialogs included.
    QCoreApplication::instance()->installEventFilter(this);
    watchDesktop();
}

SessionLock::~SessionLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

QString SessionLock::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Idle:
        return QStringLiteral("idle");
    case Reason::Lifetime:
        return QStringLiteral("lifetime");
    case Reason::Manual:
        return QStringLiteral("manual");
    case Reason::Desktop:
        return QStringLiteral("desktop");
    }
    return {};
}

QString SessionLock::describe(Reason reason) const
{
    // Durations in the largest whole unit: the defaults read "15 minutes" and "12 hours".
    const auto duration = [](int seconds) {
        if (seconds % 3600 == 0)
            return tr("%n hour(s)", nullptr, seconds / 3600);
        if (seconds % 60 == 0)
            return tr("%n minute(s)", nullptr, seconds / 60);
        return tr("%n second(s)", nullptr, seconds);
    };
    switch (reason) {
    case Reason::Idle:
        return tr("Locked after %1 without activity.").arg(duration(m_idleSeconds));
    case Reason::Lifetime:
        return tr("Your session reached its limit of %1.").arg(duration(m_lifetimeSeconds));
    case Reason::Manual:
        return tr("Locked on request.");
    case Reason::Desktop:
        return tr("Locked because the desktop locked or the computer went to sleep.");
    }
    return {};
}

void SessionLock::arm()
{
    m_armed = true;
    m_sinceInput.start();
    m_idleTimer.start(m_idleSeconds * 1000);
    m_lifetimeTimer.start(m_lifetimeSeconds * 1000);
}

void SessionLock::disarm()
{
    m_armed = false;
    m_idleTimer.stop();
    m_lifetimeTimer.stop();
}

bool SessionLock::eventFilter(QObject *watched, QEvent *event)
{
    // Runs for every event of the application: only a timestamp, no timer restarts.
    if (m_armed) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            m_sinceInput.restart();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SessionLock::checkIdle()
{
    const qint64 remaining = qint64(m_idleSeconds) * 1000 - m_sinceInput.elapsed();
    if (remaining > 0)
        m_idleTimer.start(int(remaining));
    else
        request(Reason::Idle);
}

void SessionLock::request(Reason reason)
{
    if (!m_armed)
        return;
    disarm();
    qCInfo(lcSessionLock) << "locking:" << reasonName(reason);
    Q_EMIT lockRequested(reason);
}

void SessionLock::onLoginSessionLock()
{
    request(Reason::Desktop);
}

void SessionLock::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        request(Reason::Desktop);
}

void SessionLock::onScreenSaverActiveChanged(bool active)
{
    if (active)
        request(Reason::Desktop);
}

void SessionLock::watchDesktop()
{
#ifdef KEYWARD_HAVE_DBUS
    // Every step may fail (no bus in tests and containers, no logind on other systems): the console then locks on
    // idle time, lifetime and on demand only, without a word.
    QDBusConnection sessionBus = QDBusConnection::sessionBus();
    if (sessionBus.isConnected()) {
        // KDE and others implement the freedesktop interface, GNOME its own; any sender and path will do, as a
        // spurious lock is harmless.
        for (const QString &interface :
             {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            sessionBus.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                               SLOT(onScreenSaverActiveChanged(bool)));
        }
    }
    QDBusConnection systemBus = QDBusConnection::systemBus();
    if (!systemBus.isConnected()) {
        qCDebug(lcSessionLock) << "no system bus: desktop locks and suspends are not followed";
        return;
    }
    systemBus.connect(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                      QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                      SLOT(onPrepareForSleep(bool)));
    // logind emits Lock on the session's real object path, so ask which session "auto" (ours, or the user's
    // graphical one when the console runs outside a session) is, then resolve its path.
    QDBusMessage idQuery
        = QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1/session/auto"),
                                         QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    idQuery << QStringLiteral("org.freedesktop.login1.Session") << QStringLiteral("Id");
    auto *idWatcher = new QDBusPendingCallWatcher(systemBus.asyncCall(idQuery), this);
    connect(idWatcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> id = *watcher;
        if (id.isError()) {
            qCDebug(lcSessionLock) << "no login session:" << id.error().message();
            return;
        }
        QDBusMessage pathQuery = QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                                                QStringLiteral("org.freedesktop.login1.Manager"),
                                                                QStringLiteral("GetSession"));
        pathQuery << id.value().variant().toString();
        auto *pathWatcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(pathQuery), this);
        connect(pathWatcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *pending) {
            pending->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> path = *pending;
            if (path.isError()) {
                qCDebug(lcSessionLock) << "login session not found:" << path.error().message();
                return;
            }
            watchLoginSession(path.value().path());
        });
    });
#endif
}

void SessionLock::watchLoginSession(const QString &sessionPath)
{
#ifdef KEYWARD_HAVE_DBUS
    QDBusConnection::systemBus().connect(kLogin1, sessionPath, QStringLiteral("org.freedesktop.login1.Session"),
                                         QStringLiteral("Lock"), this, SLOT(onLoginSessionLock()));
#else
    Q_UNUSED(sessionPath)
#endif
}

} // namespace Keyward::Ui

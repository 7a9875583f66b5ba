#include "KeychainSecretStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>

#include <qt6keychain/keychain.h>

namespace Keyward::Secrets {

namespace {

Error keychainError(QKeychain::Error code, const QString &detail, const QString &entry)
{
    if (code == QKeychain::EntryNotFound) {
        return {ErrorCode::SecretMissing,
                QCoreApplication::translate("Keyward::Secrets",
                                            "The OS keychain has no entry \"%1\" for this profile: restore it from "
                                            "your recovery kit, or open the profile on the machine that created it.")
                    .arg(entry),
                detail};
    }
    return {ErrorCode::KeychainUnavailable,
            QCoreApplication::translate("Keyward::Secrets",
                                        "The OS keychain is not available (%1): start and unlock your desktop "
                                        "keychain (Secret Service, such as GNOME Keyring or KWallet) and retry, or "
                                        "use --key-source credentials on a headless host.")
                .arg(detail),
            detail};
}

// All keychain traffic goes through one thread that lives as long as the process. libsecret (behind QtKeychain)
// caches its Secret Service connection in the GLib main context of the first thread that used it; calls from a
// later thread (a second engine thread after the console switched profiles) would wait forever for callbacks
// delivered to a context nobody iterates any more.
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread *thread = [] {
            auto *created = new KeychainThread;
            qAddPostRoutine([] { instance().stop(); });
            return created;
        }();
        return *thread;
    }

    // Runs a job on the keychain thread and waits for it; the job object lives on that thread.
    template<typename MakeJob, typename Collect> void run(MakeJob makeJob, Collect collect)
    {
        auto work = [&] {
            auto job = makeJob();
            job->setAutoDelete(false);
            job->setInsecureFallback(false);
            QEventLoop loop;
            QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
            job->start();
            loop.exec();
            collect(*job);
        };
        if (QThread::currentThread() == &m_thread)
            work();
        else
            QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
    }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keyward-keychain"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    void stop()
    {
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QString profileId)
    : m_profileId(std::move(profileId))
{ }

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Keyward");
}

QString KeychainSecretStore::entryKey(const QString &name) const
{
    return m_profileId + u'/' + name;
}

Result<SecureBytes> KeychainSecretStore::read(const QString &name)
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
    KeychainThread::instance().run(
        [&] {
            auto job = std::make_unique<QKeychain::ReadPasswordJob>(serviceName());
            job->setKey(entryKey(name));
            return job;
        },
        [&](QKeychain::Job &job) {
            error = job.error();
            errorString = job.errorString();
            data = static_cast<QKeychain::ReadPasswordJob &>(job).binaryData();
        });
    if (error == QKeychain::EntryNotFound) {
        qCDebug(lcSecrets) << "no keychain entry" << name;
        return keychainError(error, errorString, name);
    }
    if (error != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain read failed for" << name << errorString;
        return keychainError(error, errorString, name);
    }
    // Entries are stored hex-encoded: some Secret Service backends mangle non-UTF-8 bytes.
    SecureBytes hex = SecureBytes::takeFrom(data);
    SecureBytes value = SecureBytes::fromHex(
        QByteArray::fromRawData(reinterpret_cast<const char *>(hex.data()), static_cast<qsizetype>(hex.size())));
    if (value.isEmpty()) {
        return Error {
            ErrorCode::Integrity,
            QCoreApplication::translate("Keyward::Secrets", "The keychain entry \"%1\" is damaged (not a Keyward key).")
                .arg(name)};
    }
    return value;
}

Status KeychainSecretStore::write(const QString &name, const SecureBytes &value)
{
    SecureBytes hex = value.toHex();
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    KeychainThread::instance().run(
        [&] {
            auto job = std::make_unique<QKeychain::WritePasswordJob>(serviceName());
            job->setKey(entryKey(name));
            job->setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char *>(hex.data()),
                                                       static_cast<qsizetype>(hex.size())));
            return job;
        },
        [&](QKeychain::Job &job) {
            error = job.error();
            errorString = job.errorString();
        });
    if (error != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain write failed for" << name << errorString;
        return keychainError(error, errorString, name);
    }
    return {};
}

Status KeychainSecretStore::remove(const QString &name)
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    KeychainThread::instance().run(
        [&] {
            auto job = std::make_unique<QKeychain::DeletePasswordJob>(serviceName());
            job->setKey(entryKey(name));
            return job;
        },
        [&](QKeychain::Job &job) {
            error = job.error();
            errorString = job.errorString();
        });
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return keychainError(error, errorString, name);
    return {};
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("Keyward::Secrets", "OS keychain");
}

} // namespace Keyward::Secrets

#include "KeychainSecretStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>

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

// QtKeychain jobs are asynchronous; the engine thread waits for them on a local event loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString profileId)
    : m_profileId(std::move(profileId))
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Keyward");
}

QString KeychainSecretStore::entryKey(SecretKind kind) const
{
    return m_profileId + u'/' + secretName(kind);
}

Result<SecureBytes> KeychainSecretStore::read(SecretKind kind)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entryKey(kind));
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound) {
        qCDebug(lcSecrets) << "no keychain entry" << secretName(kind);
        return keychainError(job.error(), job.errorString(), secretName(kind));
    }
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain read failed for" << secretName(kind) << job.errorString();
        return keychainError(job.error(), job.errorString(), secretName(kind));
    }
    QByteArray data = job.binaryData();
    // Entries are stored hex-encoded: some Secret Service backends mangle non-UTF-8 bytes.
    SecureBytes hex = SecureBytes::takeFrom(data);
    SecureBytes value = SecureBytes::fromHex(
        QByteArray::fromRawData(reinterpret_cast<const char *>(hex.data()), static_cast<qsizetype>(hex.size())));
    if (value.isEmpty()) {
        return Error{ErrorCode::Integrity,
                     QCoreApplication::translate("Keyward::Secrets",
                                                 "The keychain entry \"%1\" is damaged (not a Keyward key).")
                         .arg(secretName(kind))};
    }
    return value;
}

Status KeychainSecretStore::write(SecretKind kind, const SecureBytes &value)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entryKey(kind));
    SecureBytes hex = value.toHex();
    job.setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char *>(hex.data()),
                                              static_cast<qsizetype>(hex.size())));
    runJob(job);
    if (job.error() != QKeychain::NoError) {
        qCWarning(lcSecrets) << "keychain write failed for" << secretName(kind) << job.errorString();
        return keychainError(job.error(), job.errorString(), secretName(kind));
    }
    return {};
}

Status KeychainSecretStore::remove(SecretKind kind)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(entryKey(kind));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job.error(), job.errorString(), secretName(kind));
    return {};
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("Keyward::Secrets", "OS keychain");
}

} // namespace Keyward::Secrets

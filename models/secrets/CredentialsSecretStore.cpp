#include "CredentialsSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Keyward::Secrets {

CredentialsSecretStore::CredentialsSecretStore(QString directory)
    : m_directory(directory.isEmpty() ? qEnvironmentVariable("CREDENTIALS_DIRECTORY") : std::move(directory))
{ }

QString CredentialsSecretStore::credentialName(const QString &name)
{
    return QStringLiteral("keyward-") + name;
}

Result<SecureBytes> CredentialsSecretStore::read(const QString &name)
{
    if (m_directory.isEmpty()) {
        return Error {ErrorCode::KeychainUnavailable,
                      QCoreApplication::translate("Keyward::Secrets",
                                                  "CREDENTIALS_DIRECTORY is not set: run keyward-cli from a systemd "
                                                  "unit with LoadCredentialEncrypted=, or use the OS keychain.")};
    }
    QFile file(QDir(m_directory).filePath(credentialName(name)));
    if (!file.exists()) {
        return Error {ErrorCode::SecretMissing,
                      QCoreApplication::translate("Keyward::Secrets",
                                                  "The systemd credential \"%1\" is missing from %2: provision it "
                                                  "with systemd-creds encrypt (see the README).")
                          .arg(credentialName(name), m_directory)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            ErrorCode::KeychainUnavailable,
            QCoreApplication::translate("Keyward::Secrets", "The systemd credential \"%1\" cannot be read: %2")
                .arg(credentialName(name), file.errorString())};
    }
    QByteArray raw = file.read(64 * 1024);
    SecureBytes bytes = SecureBytes::takeFrom(raw);
    if (!isKeyName(name))
        return bytes; // a client secret: used as it is
    if (bytes.size() == 32)
        return bytes;
    // Hex form, with an optional trailing newline.
    std::size_t length = bytes.size();
    while (length > 0 && (bytes.data()[length - 1] == '\n' || bytes.data()[length - 1] == '\r'))
        --length;
    SecureBytes value = SecureBytes::fromHex(
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(length)));
    if (value.size() != 32) {
        return Error {ErrorCode::Integrity,
                      QCoreApplication::translate("Keyward::Secrets",
                                                  "The systemd credential \"%1\" is not a Keyward key: it must hold "
                                                  "32 random bytes or 64 hex digits.")
                          .arg(credentialName(name))};
    }
    return value;
}

Status CredentialsSecretStore::write(const QString &name, const SecureBytes &)
{
    return Error {ErrorCode::Usage,
                  QCoreApplication::translate("Keyward::Secrets",
                                              "systemd credentials are read-only: provision \"%1\" with systemd-creds "
                                              "encrypt, or run this command with the OS keychain.")
                      .arg(credentialName(name))};
}

Status CredentialsSecretStore::remove(const QString &name)
{
    return write(name, {});
}

QString CredentialsSecretStore::description() const
{
    return QCoreApplication::translate("Keyward::Secrets", "systemd credentials (%1)").arg(m_directory);
}

} // namespace Keyward::Secrets

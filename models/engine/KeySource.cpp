#include "KeySource.h"

#include "secrets/CredentialsSecretStore.h"
#include "secrets/KeychainSecretStore.h"

namespace Keyward::Engine {

SecretStoreFactory secretStoreFactory(KeySource source)
{
    if (source == KeySource::Credentials) {
        return [](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
            return std::make_unique<Secrets::CredentialsSecretStore>();
        };
    }
    return [](const QString &profileId) -> std::unique_ptr<Secrets::SecretStore> {
        return std::make_unique<Secrets::KeychainSecretStore>(profileId);
    };
}

std::optional<KeySource> keySourceFromName(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return KeySource::Keychain;
    if (name == QLatin1String("credentials"))
        return KeySource::Credentials;
    return std::nullopt;
}

} // namespace Keyward::Engine

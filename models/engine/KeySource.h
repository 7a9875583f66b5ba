#pragma once

#include "secrets/SecretStore.h"

#include <functional>
#include <memory>

namespace Keyward::Engine {

/// Where a profile's keys come from.
enum class KeySource {
    Keychain, ///< the OS keychain (desktop default)
    Credentials, ///< systemd credentials in $CREDENTIALS_DIRECTORY (headless hosts)
};

/// Makes the secret store for a profile id; tests substitute an in-memory store.
using SecretStoreFactory = std::function<std::unique_ptr<Secrets::SecretStore>(const QString &profileId)>;

SecretStoreFactory secretStoreFactory(KeySource source);
/// Parses "keychain" or "credentials".
std::optional<KeySource> keySourceFromName(const QString &name);

} // namespace Keyward::Engine

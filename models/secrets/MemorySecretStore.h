#pragma once

#include "SecretStore.h"

#include <QHash>

#include <memory>

namespace Keyward::Secrets {

/// In-memory store for unit tests; its twin integration test runs the same checks on the OS keychain.
/// Can be told to fail like a locked keychain.
class MemorySecretStore final : public SecretStore
{
public:
    using SecretStore::read;
    using SecretStore::remove;
    using SecretStore::write;
    Result<SecureBytes> read(const QString &name) override;
    Status write(const QString &name, const SecureBytes &value) override;
    Status remove(const QString &name) override;
    QString description() const override { return QStringLiteral("memory"); }
    QString sourceId() const override { return QStringLiteral("memory"); }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

    /// A store that forwards to `shared`: several engines opened on one profile in a test see the same keys.
    static std::unique_ptr<SecretStore> view(std::shared_ptr<MemorySecretStore> shared);

private:
    QHash<QString, SecureBytes> m_values;
    bool m_unavailable = false;
};

} // namespace Keyward::Secrets

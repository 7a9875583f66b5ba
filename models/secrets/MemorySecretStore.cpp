#include "MemorySecretStore.h"

namespace Keyward::Secrets {

static Error lockedError()
{
    return {ErrorCode::KeychainUnavailable, QStringLiteral("The keychain is locked (test)")};
}

Result<SecureBytes> MemorySecretStore::read(const QString &name)
{
    if (m_unavailable)
        return lockedError();
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return Error {ErrorCode::SecretMissing, QStringLiteral("No entry %1").arg(name)};
    return *it;
}

Status MemorySecretStore::write(const QString &name, const SecureBytes &value)
{
    if (m_unavailable)
        return lockedError();
    m_values.insert(name, value);
    return {};
}

Status MemorySecretStore::remove(const QString &name)
{
    if (m_unavailable)
        return lockedError();
    m_values.remove(name);
    return {};
}

namespace {

class SharedView final : public SecretStore
{
public:
    using SecretStore::read;
    using SecretStore::remove;
    using SecretStore::write;
    explicit SharedView(std::shared_ptr<MemorySecretStore> store)
        : m_store(std::move(store))
    { }
    Result<SecureBytes> read(const QString &name) override { return m_store->read(name); }
    Status write(const QString &name, const SecureBytes &value) override { return m_store->write(name, value); }
    Status remove(const QString &name) override { return m_store->remove(name); }
    QString description() const override { return m_store->description(); }
    QString sourceId() const override { return m_store->sourceId(); }

private:
    std::shared_ptr<MemorySecretStore> m_store;
};

} // namespace

std::unique_ptr<SecretStore> MemorySecretStore::view(std::shared_ptr<MemorySecretStore> shared)
{
    return std::make_unique<SharedView>(std::move(shared));
}

} // namespace Keyward::Secrets

#include "MemorySecretStore.h"

namespace Keyward::Secrets {

static Error lockedError()
{
    return {ErrorCode::KeychainUnavailable, QStringLiteral("The keychain is locked (test)")};
}

Result<SecureBytes> MemorySecretStore::read(SecretKind kind)
{
    if (m_unavailable)
        return lockedError();
    const auto it = m_values.constFind(static_cast<int>(kind));
    if (it == m_values.constEnd())
        return Error {ErrorCode::SecretMissing, QStringLiteral("No entry %1").arg(secretName(kind))};
    return *it;
}

Status MemorySecretStore::write(SecretKind kind, const SecureBytes &value)
{
    if (m_unavailable)
        return lockedError();
    m_values.insert(static_cast<int>(kind), value);
    return {};
}

Status MemorySecretStore::remove(SecretKind kind)
{
    if (m_unavailable)
        return lockedError();
    m_values.remove(static_cast<int>(kind));
    return {};
}

namespace {

class SharedView final : public SecretStore
{
public:
    explicit SharedView(std::shared_ptr<MemorySecretStore> store)
        : m_store(std::move(store))
    { }
    Result<SecureBytes> read(SecretKind kind) override { return m_store->read(kind); }
    Status write(SecretKind kind, const SecureBytes &value) override { return m_store->write(kind, value); }
    Status remove(SecretKind kind) override { return m_store->remove(kind); }
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

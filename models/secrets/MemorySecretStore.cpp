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

} // namespace Keyward::Secrets

#pragma once

#include "ChainVerifier.h"
#include "core/Result.h"

#include <functional>

namespace Keyward::Storage {
class Database;
}

namespace Keyward::Audit {

/// Recomputes a profile's whole chain from its database.
class AuditVerifier
{
public:
    using Progress = std::function<void(qint64 checked)>;
    static Result<VerifyReport> verify(Storage::Database &db, const SecureBytes *checkpointKey,
                                       const Progress &progress = {});
};

} // namespace Keyward::Audit

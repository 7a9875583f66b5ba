#pragma once

#include "ProfileLocation.h"
#include "core/Result.h"

#include <QLockFile>

#include <memory>

namespace Keyward::Storage {

/// The profile's owner lock: one process at a time runs the engine on a profile (workers, refreshes, key
/// changes). A lock left by a crashed process is taken over.
class ProfileLock
{
public:
    /// ProfileBusy with a sentence naming the holder, or ReadOnly when the directory cannot be written.
    static Result<std::unique_ptr<ProfileLock>> acquire(const ProfileLocation &location);

private:
    explicit ProfileLock(const QString &path);
    QLockFile m_file;
};

} // namespace Keyward::Storage

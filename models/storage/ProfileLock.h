#pragma once

#include "ProfileLocation.h"
#include "core/Result.h"

#include <memory>

namespace Keyward::Storage {

/// The profile's owner lock: one process at a time runs the engine on a profile (workers, refreshes, key
/// changes). An advisory lock (flock) on `keyward.lock`, so the kernel releases it the moment its holder dies,
/// however it dies; the file also names the holder for the message a second process shows.
class ProfileLock
{
public:
    /// ProfileBusy with a sentence naming the holder, or ReadOnly when the directory cannot be written.
    static Result<std::unique_ptr<ProfileLock>> acquire(const ProfileLocation &location);
    ~ProfileLock();

    ProfileLock(const ProfileLock &) = delete;
    ProfileLock &operator=(const ProfileLock &) = delete;

private:
    explicit ProfileLock(int fd);
    int m_fd = -1;
};

} // namespace Keyward::Storage

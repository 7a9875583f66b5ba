#include "ProfileLock.h"

#include <QCoreApplication>

namespace Keyward::Storage {

ProfileLock::ProfileLock(const QString &path)
    : m_file(path)
{
    // Never break a live holder's lock on age alone; QLockFile still takes over the lock of a dead process.
    m_file.setStaleLockTime(0);
}

Result<std::unique_ptr<ProfileLock>> ProfileLock::acquire(const ProfileLocation &location)
{
    std::unique_ptr<ProfileLock> lock(new ProfileLock(location.lockPath()));
    if (lock->m_file.tryLock(0))
        return lock;
    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->m_file.getLockInfo(&pid, &host, &app);
        return Error {ErrorCode::ProfileBusy,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "The profile \"%1\" is open for writing in another process (%2, pid "
                                                  "%3 on %4): close it there and retry. Read-only commands such as "
                                                  "status and audit verify work alongside it.")
                          .arg(location.name(), app)
                          .arg(pid)
                          .arg(host)};
    }
    case QLockFile::PermissionError:
        return Error {ErrorCode::ReadOnly,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "The profile directory %1 is read-only: Keyward cannot open it for "
                                                  "writing. Check its permissions, or copy the profile somewhere "
                                                  "writable.")
                          .arg(location.directory())};
    default:
        return Error {ErrorCode::Failure,
                      QCoreApplication::translate("Keyward::Storage", "The profile lock %1 cannot be taken.")
                          .arg(location.lockPath())};
    }
}

} // namespace Keyward::Storage

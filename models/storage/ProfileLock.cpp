#include "ProfileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace Keyward::Storage {

namespace {

QString tr(const char *text)
{
    // lupdate files these strings under the class whose member calls tr(): look them up there.
    return QCoreApplication::translate("Keyward::Storage::ProfileLock", text);
}

QByteArray readHolder(int fd)
{
    char buffer[512];
    const ssize_t got = ::pread(fd, buffer, sizeof buffer - 1, 0);
    return got > 0 ? QByteArray(buffer, static_cast<qsizetype>(got)) : QByteArray();
}

} // namespace

ProfileLock::ProfileLock(int fd)
    : m_fd(fd)
{ }

ProfileLock::~ProfileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

Result<std::unique_ptr<ProfileLock>> ProfileLock::acquire(const ProfileLocation &location)
{
    const QByteArray path = QFile::encodeName(location.lockPath());
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EACCES || errno == EROFS || errno == EPERM) {
            return Error {ErrorCode::ReadOnly,
                          tr("The profile directory %1 is read-only: Keyward cannot open it for writing. Check its "
                             "permissions, or copy the profile somewhere writable.")
                              .arg(location.directory())};
        }
        if (errno == ENOSPC || errno == EDQUOT) {
            return Error {ErrorCode::DiskFull,
                          tr("The disk is full: Keyward cannot open the profile at %1.").arg(location.directory())};
        }
        return Error {ErrorCode::Failure,
                      tr("The profile lock %1 cannot be opened (%2).")
                          .arg(location.lockPath(), QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const QList<QByteArray> holder = readHolder(fd).split('\n');
        ::close(fd);
        const QString pid = holder.value(0).isEmpty() ? tr("unknown") : QString::fromUtf8(holder.value(0));
        return Error {
            ErrorCode::ProfileBusy,
            tr("The profile \"%1\" is open for writing in another process (%2, pid %3 on %4): close it "
               "there and retry. Read-only commands such as status and audit verify work alongside it.")
                .arg(location.name(), QString::fromUtf8(holder.value(1)), pid, QString::fromUtf8(holder.value(2)))};
    }
    // Name the holder for whoever comes second; the lock itself is the flock, not this text.
    const QByteArray info = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
        + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, info.constData(), static_cast<size_t>(info.size()), 0) < 0) {
        // Not fatal: the lock holds; only the message of a second process would lack the holder's name.
    }
    return std::unique_ptr<ProfileLock>(new ProfileLock(fd));
}

} // namespace Keyward::Storage

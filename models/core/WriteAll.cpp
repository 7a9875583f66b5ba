#include "WriteAll.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cerrno>
#include <cstring>

namespace Keyward {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Audit", text);
}

} // namespace

Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    errno = 0;
    if (out.write(bytes) == bytes.size())
        return {};
    const int writeErrno = errno;
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    if (writeErrno == ENOSPC || writeErrno == EFBIG || (file && file->error() == QFileDevice::ResourceError)) {
        return Error {ErrorCode::DiskFull,
                      tr("The export could not be written: the disk is full (or a file size limit was reached). "
                         "Free some space and retry.")};
    }
    const QString reason = writeErrno != 0 ? QString::fromLocal8Bit(std::strerror(writeErrno)) : out.errorString();
    return Error {ErrorCode::Failure, tr("The export could not be written: %1").arg(reason)};
}

} // namespace Keyward

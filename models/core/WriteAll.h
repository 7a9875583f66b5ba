#pragma once

#include "Result.h"

#include <QByteArray>

class QIODevice;

namespace Keyward {

/// Writes all of `bytes` to an export (audit export, report). A write that stops half-way counts as failed: Qt
/// returns a short count, without an error, when a full disk or a file size limit stops write() after some bytes.
/// A full disk is ErrorCode::DiskFull with a sentence that says so.
Status writeAll(QIODevice &out, const QByteArray &bytes);

} // namespace Keyward

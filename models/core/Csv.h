#pragma once

#include <QByteArray>
#include <QStringList>

namespace Keyward {

/// One CSV cell (RFC 4180: quoted, quotes doubled), defused for spreadsheets: a cell starting with = + - @, a tab
/// or a carriage return would be read as a formula, so it gets a leading apostrophe (OWASP "CSV injection").
void appendCsvCell(QByteArray &out, QByteArray cell);
/// A whole row of quoted cells ending in CRLF.
void appendCsvRow(QByteArray &out, const QStringList &cells);

} // namespace Keyward

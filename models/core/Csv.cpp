#include "Csv.h"

namespace Keyward {

void appendCsvCell(QByteArray &out, QByteArray cell)
{
    if (!cell.isEmpty() && QByteArray("=+-@\t\r").contains(cell.front()))
        cell.prepend('\'');
    out.append('"');
    out.append(cell.replace('"', "\"\""));
    out.append('"');
}

void appendCsvRow(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCsvCell(out, cells.at(i).toUtf8());
    }
    out.append("\r\n");
}

} // namespace Keyward

#pragma once

#include "Report.h"
#include "core/Result.h"

class QIODevice;

namespace Keyward::Reports {

/// CSV (RFC 4180, CRLF, formula-looking cells defused): a block of `field,value` lines (the report's identity and
/// its summary), then each table as a block: a line `table,<id>`, a header line `flagged,<keys>`, its rows. Blocks
/// are separated by an empty line (docs/REPORTS.md).
Status writeCsv(const Report &report, QIODevice &out, const Progress &progress = {});
/// JSON: one object with the identity, `summary` (label → value) and `tables` (each with its rows as objects
/// keyed by column), written row by row so a large inventory is never held twice.
Status writeJson(const Report &report, QIODevice &out, const Progress &progress = {});
/// Writes `report` in `format`. PDF needs Qt GUI (fonts, QPdfWriter), which this library does not link: programs
/// that offer PDF (the console, keyward-cli) install the writer at start-up (PdfReportWriter.h); elsewhere a PDF
/// request gets a sentence saying so.
Status writeReport(const Report &report, Format format, QIODevice &out, const Progress &progress = {});

using PdfWriterFunction = Status (*)(const Report &report, QIODevice &out, const Progress &progress);
void setPdfWriter(PdfWriterFunction writer);

} // namespace Keyward::Reports

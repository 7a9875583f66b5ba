#pragma once

#include "ReportWriters.h"

namespace Keyward::Reports {

/// PDF: a title page (profile, period, author, time of generation, audit head hash) with the summary, then each
/// table paginated with its header repeated, flagged rows marked "!", and "Page N of M" on every page. Needs a
/// QGuiApplication (fonts); safe on the engine thread (QPainter on a QPdfWriter).
Status writePdf(const Report &report, QIODevice &out, const Progress &progress = {});
/// Makes writeReport() write PDF through writePdf(); called by programs linking keyward_reports_pdf.
void installPdfWriter();

} // namespace Keyward::Reports

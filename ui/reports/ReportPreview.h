#pragma once

#include "reports/Report.h"

namespace Keyward::Ui {

/// A report as HTML for the Reports page's preview: the identity, the summary and the first `maxRows` rows of each
/// table (the saved file has them all).
QString reportHtml(const Reports::Report &report, int maxRows);

} // namespace Keyward::Ui

// The PDF form of a report (ReportWriters.h): QPdfWriter and QPainter, laid out by hand so that 100,000 rows
// stay fast and small. Rows have one fixed height and cells are cut with an ellipsis rather than wrapped, so the
// whole layout (and with it "page N of M") is known before the first page is drawn.
#include "PdfReportWriter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Keyward::Reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::PdfReportWriter)
};

constexpr int kDpi = 300;
const QColor kFlagColor(0xfd, 0xe2, 0xe1);
const QColor kHeaderColor(0xe9, 0xec, 0xef);
const QColor kRuleColor(0xad, 0xb5, 0xbd);

/// Where each table's rows fall: one slice per page it touches.
struct Slice
{
    int table = 0;
    qsizetype firstRow = 0;
    qsizetype rows = 0;
    bool withTitle = false; ///< the table starts here: its title (and flag note) come first
};
using PagePlan = QList<Slice>;

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

class PdfLayout
{
public:
    PdfLayout(const Report &report, QPdfWriter &writer)
        : m_report(report)
        , m_body(QStringLiteral("DejaVu Sans"), 7)
        , m_bold(m_body)
        , m_title(QStringLiteral("DejaVu Sans"), 22, QFont::Bold)
        , m_heading(QStringLiteral("DejaVu Sans"), 11, QFont::Bold)
        , m_mono(QStringLiteral("DejaVu Sans Mono"), 8)
    {
        m_bold.setBold(true);
        const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
        m_width = page.width();
        m_height = page.height();
        const QFontMetricsF body(m_body, &writer);
        m_rowHeight = body.height() * 1.45;
        m_footerHeight = m_rowHeight * 2;
        m_maxCharWidth = body.maxWidth();
        m_headingHeight = QFontMetricsF(m_heading, &writer).height() * 1.6;
        m_metrics = std::make_unique<QFontMetricsF>(m_body, &writer);
        m_boldMetrics = std::make_unique<QFontMetricsF>(m_bold, &writer);
    }

    /// Every page after the title page, as slices of tables.
    QList<PagePlan> plan() const
    {
        QList<PagePlan> pages;
        PagePlan current;
        double used = 0;
        const double usable = m_height - m_footerHeight;
        for (int t = 0; t < m_report.tables.size(); ++t) {
            const ReportTable &table = m_report.tables.at(t);
            const double titleHeight = m_headingHeight + (table.flagMeaning.isEmpty() ? 0 : m_rowHeight);
            // A table starts on a fresh page unless its title, header and three rows fit below the previous one.
            if (!current.isEmpty() && used + titleHeight + 4 * m_rowHeight > usable) {
                pages.append(current);
                current.clear();
                used = 0;
            }
            qsizetype row = 0;
            bool first = true;
            do {
                const double top = used + (first ? titleHeight : 0) + m_rowHeight; // title, header row
                const qsizetype fit = std::max<qsizetype>(1, static_cast<qsizetype>((usable - top) / m_rowHeight));
                const qsizetype take = std::min(fit, table.rows.size() - row);
                current.append({t, row, take, first});
                used = top + static_cast<double>(take) * m_rowHeight + m_rowHeight; // a gap after the slice
                row += take;
                first = false;
                if (row < table.rows.size()) {
                    pages.append(current);
                    current.clear();
                    used = 0;
                }
            } while (row < table.rows.size());
        }
        if (!current.isEmpty())
            pages.append(current);
        return pages;
    }

    void titlePage(QPainter &painter) const
    {
        double y = 0;
        painter.setFont(m_heading);
        painter.setPen(Qt::darkGray);
        painter.drawText(QPointF(0, y + m_headingHeight), QStringLiteral("Keyward"));
        y += m_headingHeight * 1.5;
        painter.setFont(m_title);
        painter.setPen(Qt::black);
        const double titleHeight = QFontMetricsF(m_title, painter.device()).height();
        painter.drawText(QPointF(0, y + titleHeight), m_report.title);
        y += titleHeight * 1.8;

        const QList<std::pair<QString, QString>> identity {
            {Text::tr("Profile"), m_report.profile},
            {Text::tr("Period"), Text::tr("%1 to %2").arg(iso(m_report.from), iso(m_report.to))},
            {Text::tr("Author"), m_report.author},
            {Text::tr("Generated"), iso(m_report.generatedAt)},
            {Text::tr("Audit head"), Text::tr("event #%1").arg(m_report.auditHeadSeq)},
        };
        const double labelWidth = m_width * 0.22;
        const double line = m_rowHeight * 1.5;
        QFont label = m_bold;
        label.setPointSizeF(9);
        QFont value = m_body;
        value.setPointSizeF(9);
        for (const auto &[name, text] : identity) {
            painter.setFont(label);
            painter.drawText(QPointF(0, y + line), name);
            painter.setFont(value);
            painter.drawText(QPointF(labelWidth, y + line), text);
            y += line;
        }
        painter.setFont(label);
        painter.drawText(QPointF(0, y + line), Text::tr("Audit head hash"));
        painter.setFont(m_mono);
        painter.drawText(QPointF(labelWidth, y + line), QString::fromLatin1(m_report.auditHeadHash.toHex()));
        y += line * 2;

        painter.setFont(m_heading);
        painter.drawText(QPointF(0, y + m_headingHeight), Text::tr("Summary"));
        y += m_headingHeight * 1.3;
        for (const auto &[name, text] : m_report.summary) {
            if (y + line > m_height - m_footerHeight)
                break; // the CSV and JSON forms carry every line; a summary this long is not one
            painter.setFont(label);
            painter.drawText(QPointF(0, y + line), fitted(name, labelWidth * 1.8, label, painter));
            painter.setFont(value);
            painter.drawText(QPointF(labelWidth * 2, y + line), fitted(text, m_width - labelWidth * 2, value, painter));
            y += line;
        }
    }

    void tablePage(QPainter &painter, const PagePlan &slices) const
    {
        double y = 0;
        for (const Slice &slice : slices) {
            const ReportTable &table = m_report.tables.at(slice.table);
            if (slice.withTitle) {
                painter.setFont(m_heading);
                painter.setPen(Qt::black);
                painter.drawText(QPointF(0, y + m_headingHeight * 0.8),
                                 Text::tr("%1 (rows: %2)").arg(table.title).arg(table.rows.size()));
                y += m_headingHeight;
                if (!table.flagMeaning.isEmpty()) {
                    painter.setFont(m_body);
                    painter.drawText(QPointF(0, y + m_rowHeight * 0.75),
                                     Text::tr("Rows marked ! : %1").arg(table.flagMeaning));
                    y += m_rowHeight;
                }
            }
            const QList<double> x = columnEdges(table);
            painter.fillRect(QRectF(0, y, m_width, m_rowHeight), kHeaderColor);
            painter.setFont(m_bold);
            painter.setPen(Qt::black);
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                drawCell(painter, table.columns.at(c), x.at(c + 1), x.at(c + 2), y, m_bold);
            y += m_rowHeight;
            painter.setFont(m_body);
            for (qsizetype r = slice.firstRow; r < slice.firstRow + slice.rows; ++r) {
                const bool flagged = table.flagged.value(r);
                if (flagged) {
                    painter.fillRect(QRectF(0, y, m_width, m_rowHeight), kFlagColor);
                    painter.drawText(QPointF(x.at(0) + m_rowHeight * 0.2, y + m_rowHeight * 0.72), QStringLiteral("!"));
                }
                const QStringList &cells = table.rows.at(r);
                for (qsizetype c = 0; c < cells.size() && c + 2 < x.size(); ++c)
                    drawCell(painter, cells.at(c), x.at(c + 1), x.at(c + 2), y, m_body);
                y += m_rowHeight;
            }
            painter.setPen(kRuleColor);
            painter.drawLine(QPointF(0, y), QPointF(m_width, y));
            painter.setPen(Qt::black);
            y += m_rowHeight;
        }
    }

    void footer(QPainter &painter, int page, int pages) const
    {
        const double y = m_height - m_rowHeight * 0.4;
        painter.setFont(m_body);
        painter.setPen(Qt::darkGray);
        painter.drawText(QPointF(0, y),
                         Text::tr("Keyward · %1 · %2 · generated %3")
                             .arg(m_report.title, m_report.profile, iso(m_report.generatedAt)));
        const QString number = Text::tr("Page %1 of %2").arg(page).arg(pages);
        painter.drawText(QPointF(m_width - m_metrics->horizontalAdvance(number), y), number);
        painter.setPen(Qt::black);
    }

private:
    /// x of each column's left edge, after a narrow first column for the flag, and the right edge last.
    QList<double> columnEdges(const ReportTable &table) const
    {
        const double flagWidth = m_rowHeight;
        double total = 0;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            total += table.widths.value(c, 10);
        QList<double> edges {0, flagWidth};
        double x = flagWidth;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            x += (m_width - flagWidth) * table.widths.value(c, 10) / total;
            edges.append(x);
        }
        return edges;
    }

    void drawCell(QPainter &painter, const QString &text, double left, double right, double top,
                  const QFont &font) const
    {
        const double pad = m_rowHeight * 0.2;
        const double width = right - left - 2 * pad;
        painter.drawText(QPointF(left + pad, top + m_rowHeight * 0.72), shown(text, width, font));
    }

    /// `text` as it fits in `width`: most cells fit outright (judged by length alone, or measured once); the rest are
    /// cut with an ellipsis. Repeated values (apps, scopes, states) are measured once per column width.
    QString shown(const QString &text, double width, const QFont &font) const
    {
        if (static_cast<double>(text.size()) * m_maxCharWidth <= width)
            return text;
        const QFontMetricsF &metrics = font.bold() ? *m_boldMetrics : *m_metrics;
        const QString key = text + QChar(u'\x1f') + QString::number(width, 'f', 1);
        if (const auto cached = m_fitted.constFind(key); cached != m_fitted.constEnd())
            return *cached;
        const QString fits
            = metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
        if (m_fitted.size() > 20'000)
            m_fitted.clear(); // unique values (subjects) must not grow the cache without bound
        m_fitted.insert(key, fits);
        return fits;
    }

    QString fitted(const QString &text, double width, const QFont &font, QPainter &painter) const
    {
        return QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, width);
    }

    const Report &m_report;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QFont m_heading;
    QFont m_mono;
    double m_width = 0;
    double m_height = 0;
    double m_rowHeight = 0;
    double m_footerHeight = 0;
    double m_headingHeight = 0;
    double m_maxCharWidth = 0;
    std::unique_ptr<QFontMetricsF> m_metrics;
    std::unique_ptr<QFontMetricsF> m_boldMetrics;
    mutable QHash<QString, QString> m_fitted;
};

} // namespace

Status writePdf(const Report &report, QIODevice &out, const Progress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error {ErrorCode::Failure,
                      Text::tr("PDF reports need the program's graphical libraries (fonts), "
                               "which were not started: choose CSV or JSON.")};
    }
    QPdfWriter writer(&out);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("%1 — %2").arg(report.title, report.profile));
    writer.setCreator(QStringLiteral("Keyward"));
    PdfLayout layout(report, writer);
    const QList<PagePlan> pages = layout.plan();
    const int pageCount = 1 + static_cast<int>(pages.size());
    QPainter painter;
    if (!painter.begin(&writer))
        return Error {ErrorCode::Failure, Text::tr("The PDF could not be started: the file cannot be written.")};
    layout.titlePage(painter);
    layout.footer(painter, 1, pageCount);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (progress && p % 20 == 0
            && !progress(40 + static_cast<int>(60 * p / std::max<qsizetype>(1, pages.size())))) {
            painter.end();
            return Error {ErrorCode::Cancelled, Text::tr("The report was cancelled; nothing was written.")};
        }
        writer.newPage();
        layout.tablePage(painter, pages.at(p));
        layout.footer(painter, static_cast<int>(p) + 2, pageCount);
    }
    if (!painter.end())
        return Error {ErrorCode::Failure, Text::tr("The PDF could not be finished: the file cannot be written.")};
    return {};
}

void installPdfWriter()
{
    setPdfWriter(&writePdf);
}

} // namespace Keyward::Reports

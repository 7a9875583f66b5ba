#include "ReportPreview.h"

#include <QCoreApplication>

namespace Keyward::Ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Ui::ReportPreview)
};

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString reportHtml(const Reports::Report &report, int maxRows)
{
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"2\">").arg(e(report.title));
    const QList<std::pair<QString, QString>> identity {
        {Text::tr("Profile"), report.profile},
        {Text::tr("Period"), Text::tr("%1 to %2").arg(when(report.from), when(report.to))},
        {Text::tr("Author"), report.author},
        {Text::tr("Generated"), when(report.generatedAt)},
        {Text::tr("Audit head"),
         Text::tr("event #%1, %2").arg(report.auditHeadSeq).arg(QString::fromLatin1(report.auditHeadHash.toHex()))},
    };
    for (const auto &[label, value] : identity + report.summary)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(label), e(value));
    html += QStringLiteral("</table>");
    for (const Reports::ReportTable &table : report.tables) {
        html += QStringLiteral("<h3>%1</h3>").arg(e(Text::tr("%1 (rows: %2)").arg(table.title).arg(table.rows.size())));
        if (!table.flagMeaning.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e(Text::tr("Rows marked ! : %1").arg(table.flagMeaning)));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>");
        for (const QString &column : table.columns)
            html += QStringLiteral("<th>%1</th>").arg(e(column));
        html += QStringLiteral("</tr>");
        const qsizetype shown = std::min<qsizetype>(table.rows.size(), maxRows);
        for (qsizetype r = 0; r < shown; ++r) {
            const bool flagged = table.flagged.value(r);
            html += flagged ? QStringLiteral("<tr style=\"background-color:#fde2e1\"><td>!</td>")
                            : QStringLiteral("<tr><td></td>");
            for (const QString &cell : table.rows.at(r))
                html += QStringLiteral("<td>%1</td>").arg(e(cell));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (shown < table.rows.size())
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(e(Text::tr("The first %1 of %2 rows; the saved report has them all.")
                                   .arg(shown)
                                   .arg(table.rows.size())));
    }
    return html;
}

} // namespace Keyward::Ui

#include "ReportWriters.h"

#include "core/Csv.h"
#include "core/WriteAll.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Keyward::Reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::ReportWriters)
};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

Error cancelled()
{
    return Error {ErrorCode::Cancelled, Text::tr("The report was cancelled; nothing was written.")};
}

/// Flushes `buffer` once it is large, and asks whether to go on.
Status flushIfLarge(QIODevice &out, QByteArray &buffer, const Progress &progress, int percent)
{
    if (buffer.size() < (1 << 20))
        return {};
    KW_TRY(writeAll(out, buffer));
    buffer.clear();
    if (progress && !progress(percent))
        return cancelled();
    return {};
}

} // namespace

Status writeCsv(const Report &report, QIODevice &out, const Progress &progress)
{
    QByteArray buffer;
    appendCsvRow(buffer, {QStringLiteral("field"), QStringLiteral("value")});
    appendCsvRow(buffer, {QStringLiteral("report"), reportTypeName(report.type)});
    appendCsvRow(buffer, {QStringLiteral("title"), report.title});
    appendCsvRow(buffer, {QStringLiteral("profile"), report.profile});
    appendCsvRow(buffer, {QStringLiteral("from"), iso(report.from)});
    appendCsvRow(buffer, {QStringLiteral("to"), iso(report.to)});
    appendCsvRow(buffer, {QStringLiteral("author"), report.author});
    appendCsvRow(buffer, {QStringLiteral("generated_at"), iso(report.generatedAt)});
    appendCsvRow(buffer, {QStringLiteral("audit_head_seq"), QString::number(report.auditHeadSeq)});
    appendCsvRow(buffer, {QStringLiteral("audit_head_hash"), QString::fromLatin1(report.auditHeadHash.toHex())});
    for (const auto &[label, value] : report.summary)
        appendCsvRow(buffer, {label, value});
    const qint64 total = std::max<qint64>(1, report.rowCount());
    qint64 done = 0;
    for (const ReportTable &table : report.tables) {
        buffer.append("\r\n");
        appendCsvRow(buffer, {QStringLiteral("table"), table.id});
        appendCsvRow(buffer, QStringList {QStringLiteral("flagged")} + table.keys);
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            appendCsvRow(buffer,
                         QStringList {table.flagged.value(i) ? QStringLiteral("yes") : QStringLiteral("no")}
                             + table.rows.at(i));
            KW_TRY(flushIfLarge(out, buffer, progress, static_cast<int>(40 + 60 * ++done / total)));
        }
    }
    return writeAll(out, buffer);
}

Status writeJson(const Report &report, QIODevice &out, const Progress &progress)
{
    QJsonObject head {{QLatin1String("report"), reportTypeName(report.type)},
                      {QLatin1String("title"), report.title},
                      {QLatin1String("profile"), report.profile},
                      {QLatin1String("from"), iso(report.from)},
                      {QLatin1String("to"), iso(report.to)},
                      {QLatin1String("author"), report.author},
                      {QLatin1String("generated_at"), iso(report.generatedAt)},
                      {QLatin1String("audit_head"),
                       QJsonObject {{QLatin1String("seq"), report.auditHeadSeq},
                                    {QLatin1String("hash"), QString::fromLatin1(report.auditHeadHash.toHex())}}}};
    QJsonArray summary;
    for (const auto &[label, value] : report.summary)
        summary.append(QJsonObject {{QLatin1String("label"), label}, {QLatin1String("value"), value}});
    head.insert(QLatin1String("summary"), summary);
    QByteArray buffer = QJsonDocument(head).toJson(QJsonDocument::Compact);
    buffer.chop(1); // the closing brace: the tables follow
    buffer.append(",\"tables\":[");
    const qint64 total = std::max<qint64>(1, report.rowCount());
    qint64 done = 0;
    for (qsizetype t = 0; t < report.tables.size(); ++t) {
        const ReportTable &table = report.tables.at(t);
        if (t > 0)
            buffer.append(',');
        QJsonObject meta {{QLatin1String("id"), table.id},
                          {QLatin1String("title"), table.title},
                          {QLatin1String("columns"), QJsonArray::fromStringList(table.keys)},
                          {QLatin1String("flag_meaning"), table.flagMeaning}};
        buffer.append(QJsonDocument(meta).toJson(QJsonDocument::Compact).chopped(1));
        buffer.append(",\"rows\":[");
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            QJsonObject row;
            const QStringList &cells = table.rows.at(i);
            for (qsizetype c = 0; c < table.keys.size() && c < cells.size(); ++c)
                row.insert(table.keys.at(c), cells.at(c));
            row.insert(QLatin1String("flagged"), table.flagged.value(i));
            if (i > 0)
                buffer.append(',');
            buffer.append(QJsonDocument(row).toJson(QJsonDocument::Compact));
            KW_TRY(flushIfLarge(out, buffer, progress, static_cast<int>(40 + 60 * ++done / total)));
        }
        buffer.append("]}");
    }
    buffer.append("]}\n");
    return writeAll(out, buffer);
}

namespace {
PdfWriterFunction pdfWriter = nullptr;
} // namespace

void setPdfWriter(PdfWriterFunction writer)
{
    pdfWriter = writer;
}

Status writeReport(const Report &report, Format format, QIODevice &out, const Progress &progress)
{
    switch (format) {
    case Format::Csv:
        return writeCsv(report, out, progress);
    case Format::Json:
        return writeJson(report, out, progress);
    case Format::Pdf:
        if (!pdfWriter)
            return Error {ErrorCode::Usage,
                          Text::tr("This program cannot write PDF reports: choose CSV or JSON, or "
                                   "generate the PDF with the console or keyward-cli.")};
        return pdfWriter(report, out, progress);
    }
    return {};
}

} // namespace Keyward::Reports

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Keyward::Reports {

/// The compliance reports (docs/REPORTS.md).
enum class ReportType { Inventory, AccessReview, RotationAge, Failures, Integrity };
QString reportTypeName(ReportType type); ///< inventory, access-review, rotation-age, failures, integrity
std::optional<ReportType> reportTypeFromName(const QString &name);
QList<ReportType> allReportTypes();
QString reportTitle(ReportType type); ///< translated: "Token inventory", ...

enum class Format { Pdf, Csv, Json };
QString formatName(Format format); ///< pdf, csv, json
std::optional<Format> formatFromName(const QString &name);

/// What to report on: a type and a period [from, to) in UTC.
struct ReportRequest
{
    ReportType type = ReportType::Inventory;
    QDateTime from;
    QDateTime to;
    int maxAgeDays = 90; ///< rotation age: the policy's maximum age of a secret or key
};

/// One table of a report. `keys` name the columns in CSV and JSON; `columns` are the translated headings.
struct ReportTable
{
    QString id;
    QString title;
    QStringList keys;
    QStringList columns;
    QList<int> widths; ///< relative column widths in the PDF
    QList<QStringList> rows;
    QList<bool> flagged; ///< per row: needs attention (a broad scope, an overdue secret, a dead job)
    QString flagMeaning; ///< what a flag means, printed under the table
};

/// A generated report: what the PDF's title page, CSV and JSON all carry, then the facts and tables.
struct Report
{
    ReportType type = ReportType::Inventory;
    QString title;
    QString profile;
    QDateTime from;
    QDateTime to;
    QString author; ///< user@host
    QDateTime generatedAt;
    qint64 auditHeadSeq = 0;
    QByteArray auditHeadHash;
    QList<std::pair<QString, QString>> summary; ///< label, value
    QList<ReportTable> tables;

    qint64 rowCount() const;
};

/// Reports progress (0 to 100) of long work; returns false to cancel it.
using Progress = std::function<bool(int percent)>;

} // namespace Keyward::Reports

#include "Report.h"

namespace Keyward::Reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::Report)
};

struct TypeInfo
{
    ReportType type;
    const char *name;
    const char *title;
};

constexpr TypeInfo kTypes[] = {
    {ReportType::Inventory, "inventory", QT_TRANSLATE_NOOP("Keyward::Reports::Report", "Token inventory")},
    {ReportType::AccessReview, "access-review", QT_TRANSLATE_NOOP("Keyward::Reports::Report", "Access review")},
    {ReportType::RotationAge, "rotation-age",
     QT_TRANSLATE_NOOP("Keyward::Reports::Report", "Secret and key rotation age")},
    {ReportType::Failures, "failures", QT_TRANSLATE_NOOP("Keyward::Reports::Report", "Refresh and job failures")},
    {ReportType::Integrity, "integrity", QT_TRANSLATE_NOOP("Keyward::Reports::Report", "Audit integrity attestation")},
};

} // namespace

QString reportTypeName(ReportType type)
{
    for (const TypeInfo &info : kTypes) {
        if (info.type == type)
            return QString::fromLatin1(info.name);
    }
    return {};
}

std::optional<ReportType> reportTypeFromName(const QString &name)
{
    for (const TypeInfo &info : kTypes) {
        if (name == QLatin1String(info.name))
            return info.type;
    }
    return std::nullopt;
}

QList<ReportType> allReportTypes()
{
    QList<ReportType> types;
    for (const TypeInfo &info : kTypes)
        types.append(info.type);
    return types;
}

QString reportTitle(ReportType type)
{
    for (const TypeInfo &info : kTypes) {
        if (info.type == type)
            return Text::tr(info.title);
    }
    return {};
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<Format> formatFromName(const QString &name)
{
    for (Format format : {Format::Pdf, Format::Csv, Format::Json}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

qint64 Report::rowCount() const
{
    qint64 rows = 0;
    for (const ReportTable &table : tables)
        rows += table.rows.size();
    return rows;
}

} // namespace Keyward::Reports

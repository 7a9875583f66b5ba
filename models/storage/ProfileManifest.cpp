#include "ProfileManifest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Keyward::Storage {

Result<ProfileManifest> ProfileManifest::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            ErrorCode::NotFound,
            QCoreApplication::translate("Keyward::Storage",
                                        "There is no Keyward profile at %1: create one with keyward-cli "
                                        "init, pick another with --profile or --profile-dir, or restore one from a "
                                        "backup with its recovery kit (see the README).")
                .arg(path.section(u'/', 0, -2))};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QLatin1String("id")).toString().isEmpty()) {
        return Error {ErrorCode::Integrity,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "The profile manifest %1 is damaged (%2): restore it from a backup "
                                                  "of the profile directory.")
                          .arg(path, parseError.errorString())};
    }
    if (root.value(QLatin1String("format")).toInt() > kFormat) {
        return Error {ErrorCode::IncompatibleSchema,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "This profile was written by a newer Keyward: install it to open "
                                                  "this profile.")};
    }
    ProfileManifest manifest;
    manifest.id = root.value(QLatin1String("id")).toString();
    manifest.name = root.value(QLatin1String("name")).toString();
    manifest.created = QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    const QJsonObject cipher = root.value(QLatin1String("cipher")).toObject();
    manifest.cipher.compatibility = cipher.value(QLatin1String("compatibility")).toInt(3);
    manifest.cipher.pageSize = cipher.value(QLatin1String("page_size")).toInt(1024);
    return manifest;
}

Status ProfileManifest::save(const QString &path) const
{
    const QJsonObject root {
        {QLatin1String("format"), kFormat},
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("cipher"),
         QJsonObject {{QLatin1String("compatibility"), cipher.compatibility},
                      {QLatin1String("page_size"), cipher.pageSize}}},
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        return Error {file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::ReadOnly,
                      QCoreApplication::translate("Keyward::Storage", "The profile manifest %1 cannot be written: %2")
                          .arg(path, file.errorString())};
    }
    return {};
}

} // namespace Keyward::Storage

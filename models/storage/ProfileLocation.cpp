#include "ProfileLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Keyward::Storage {

ProfileLocation::ProfileLocation(QString name, QString directory)
    : m_name(std::move(name))
    , m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

QString ProfileLocation::profilesRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyward/profiles");
}

ProfileLocation ProfileLocation::resolve(const QString &name, const QString &directory)
{
    if (!directory.isEmpty())
        return {QFileInfo(directory).fileName(), directory};
    const QString fromEnv = qEnvironmentVariable("KEYWARD_PROFILE_DIR");
    if (!fromEnv.isEmpty())
        return {QFileInfo(fromEnv).fileName(), fromEnv};
    const QString chosen = name.isEmpty() ? QStringLiteral("default") : name;
    return {chosen, profilesRoot() + u'/' + chosen};
}

QStringList ProfileLocation::listNames()
{
    QStringList names;
    const QDir root(profilesRoot());
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(root.filePath(entry) + QStringLiteral("/profile.json")))
            names << entry;
    }
    return names;
}

QString ProfileLocation::manifestPath() const
{
    return m_directory + QStringLiteral("/profile.json");
}

QString ProfileLocation::databasePath() const
{
    return m_directory + QStringLiteral("/keyward.db");
}

QString ProfileLocation::lockPath() const
{
    return m_directory + QStringLiteral("/keyward.lock");
}

bool ProfileLocation::exists() const
{
    return QFileInfo::exists(manifestPath());
}

} // namespace Keyward::Storage

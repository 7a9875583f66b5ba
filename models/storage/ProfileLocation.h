#pragma once

#include <QString>
#include <QStringList>

namespace Keyward::Storage {

/// Where a profile lives on disk: a directory holding `profile.json` (no secrets), `keyward.db` and a lock file.
class ProfileLocation
{
public:
    ProfileLocation() = default;
    ProfileLocation(QString name, QString directory);

    /// Resolution order: an explicit directory, $KEYWARD_PROFILE_DIR, then NAME (default "default") under
    /// `<XDG data dir>/keyward/profiles/`.
    static ProfileLocation resolve(const QString &name, const QString &directory);
    static QString profilesRoot();
    /// Names of the profiles under profilesRoot() that have a manifest.
    static QStringList listNames();

    QString name() const { return m_name; }
    QString directory() const { return m_directory; }
    QString manifestPath() const;
    QString databasePath() const;
    QString lockPath() const;
    bool exists() const;

private:
    QString m_name;
    QString m_directory;
};

} // namespace Keyward::Storage

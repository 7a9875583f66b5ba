#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace Keyward::Storage {

/// `profile.json`: what must be known before the database can be opened. Holds no secret.
struct ProfileManifest
{
    static constexpr int kFormat = 1;

    QString id; ///< scopes the profile's keychain entries
    QString name;
    QDateTime created;
    CipherSettings cipher;

    static Result<ProfileManifest> load(const QString &path);
    /// Written to a temporary file and renamed, so a crash never leaves half a manifest.
    Status save(const QString &path) const;
};

} // namespace Keyward::Storage

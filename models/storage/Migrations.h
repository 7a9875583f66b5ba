#pragma once

#include "core/Result.h"

namespace Keyward::Storage {

class Database;

/// Numbered, forward-only schema migrations, each in its own transaction.
class Migrations
{
public:
    /// The newest schema this build understands.
    static int latestVersion();
    /// The schema version recorded in the file (PRAGMA user_version).
    static Result<int> currentVersion(Database &db);
    /// Refuses a file written by a newer Keyward with a sentence saying so.
    static Status checkCompatible(Database &db);
    /// Applies every pending migration up to `upTo` (tests stop early to plant rows of an older schema); a
    /// failure rolls back that migration and leaves the earlier ones.
    static Status migrate(Database &db, int upTo = latestVersion());
};

} // namespace Keyward::Storage

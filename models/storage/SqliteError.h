#pragma once

#include "core/Error.h"

struct sqlite3;

namespace Keyward::Storage {

/// Turns a SQLite result code into a sentence a user can act on; the SQLite message goes to `detail`.
Error sqliteError(sqlite3 *db, int rc, const char *operation);

} // namespace Keyward::Storage

#pragma once

#include <QString>

namespace Keyward::Reports {

/// Why a provider scope counts as broad in the access review (full mailbox, every file, administration of the
/// tenant or organisation), or an empty string when it does not. The list covers the catalog's providers and the
/// usual naming of administrative scopes elsewhere; a reviewer still reads every scope.
QString broadScopeReason(const QString &scope);

} // namespace Keyward::Reports

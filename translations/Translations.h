#pragma once

#include <QLocale>

namespace Keyward::Translations {

/// Installs the compiled-in translation for `locale` (default: $KEYWARD_LANG, else the system locale) on the
/// running application. English needs none. Returns the language actually installed ("en" when none matched).
QString install(const QLocale &locale = QLocale());

} // namespace Keyward::Translations

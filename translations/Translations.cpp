#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Keyward::Translations {

QString install(const QLocale &requested)
{
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    const QString fromEnv = qEnvironmentVariable("KEYWARD_LANG");
    const QLocale locale = fromEnv.isEmpty() ? requested : QLocale(fromEnv);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("keyward"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        current = translator;
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace Keyward::Translations

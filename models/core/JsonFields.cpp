#include "JsonFields.h"

#include <QDateTime>

#include <QJsonArray>
#include <QStringList>
#include <QVariant>

namespace Keyward {

QList<std::pair<QString, QString>> jsonFields(const QJsonObject &object, const QString &nullText)
{
    QList<std::pair<QString, QString>> fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toString();
            value = items.join(u' ');
        } else if (it.value().isNull()) {
            value = nullText;
        } else {
            value = it.value().toVariant().toString();
        }
        fields.append({it.key(), value});
    }
    return fields;
}

QJsonValue jsonTime(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace Keyward

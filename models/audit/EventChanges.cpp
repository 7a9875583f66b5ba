#include "EventChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Keyward::Audit {

namespace {

QString compact(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: // numbers, booleans, null: as JSON writes them
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

void compareObjects(const QJsonObject &before, const QJsonObject &after, QList<FieldChange> &changes)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys.append(key);
    }
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) != after.value(key))
            changes.append({key, compact(before.value(key)), compact(after.value(key))});
    }
}

} // namespace

QList<FieldChange> changesIn(const QByteArray &details)
{
    const QJsonObject object = QJsonDocument::fromJson(details).object();
    QList<FieldChange> changes;
    if (object.contains(QLatin1String("before")) || object.contains(QLatin1String("after"))) {
        const QJsonValue before = object.value(QLatin1String("before"));
        const QJsonValue after = object.value(QLatin1String("after"));
        if (before.isObject() && after.isObject())
            compareObjects(before.toObject(), after.toObject(), changes);
        else if (before != after)
            changes.append({QString(), compact(before), compact(after)});
    }
    static const QLatin1String previousPrefix("previous_");
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.key().startsWith(previousPrefix))
            continue;
        const QString field = it.key().mid(previousPrefix.size());
        const QJsonValue after
            = object.contains(field) ? object.value(field) : object.value(QLatin1String("new_") + field);
        if (it.value() != after)
            changes.append({field, compact(it.value()), compact(after)});
    }
    return changes;
}

} // namespace Keyward::Audit

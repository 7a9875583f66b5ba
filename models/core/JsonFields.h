#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace Keyward {

/// A JSON object's members as text for a terminal or a details pane, in key order: arrays joined with spaces,
/// null as `nullText`, anything else as its natural string.
QList<std::pair<QString, QString>> jsonFields(const QJsonObject &object, const QString &nullText);

/// A time (ms since the epoch) for JSON output: ISO 8601 UTC with milliseconds, or null for 0 (never / unknown).
QJsonValue jsonTime(qint64 ms);

} // namespace Keyward

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace Keyward {

/// A JSON object's members as text for a terminal or a details pane, in key order: arrays joined with spaces,
/// null as `nullText`, anything else as its natural string.
QList<std::pair<QString, QString>> jsonFields(const QJsonObject &object, const QString &nullText);

} // namespace Keyward

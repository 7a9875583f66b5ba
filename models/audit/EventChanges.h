#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Keyward::Audit {

/// One field an audited action changed.
struct FieldChange
{
    QString field;
    QString before; ///< compact JSON text, or empty when the field did not exist before
    QString after; ///< compact JSON text, or empty when the field is gone after
};

/// What an event's details say changed, for the Audit page's detail pane. Two conventions are in use: `before` and
/// `after` objects (or values) side by side, and a `previous_X` next to `X` (or `new_X`). Fields equal on both sides
/// are left out. Nothing for events that changed nothing, or details that are not a JSON object.
QList<FieldChange> changesIn(const QByteArray &details);

} // namespace Keyward::Audit

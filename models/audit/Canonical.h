#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace Keyward::Audit {

/// The canonical bytes of an event, the input of its chain hash (docs/AUDIT-FORMAT.md):
/// `{"action":…,"actor":{"host":…,"user":…},"details":<details>,"outcome":…,"seq":N,"target":…,"time":…}`
/// with keys in this (sorted) order, no whitespace, strings escaped by escapeJsonString().
struct CanonicalFields
{
    qint64 seq = 0;
    QByteArray time, actorUser, actorHost, action, target, outcome, details; ///< UTF-8
    static CanonicalFields from(const AuditEvent &event);
};
void appendCanonicalEvent(QByteArray &out, const CanonicalFields &event);
QByteArray canonicalEvent(const AuditEvent &event);

/// Canonical text of a details object: Qt's compact JSON, whose object keys are always sorted.
QByteArray canonicalDetails(const QJsonObject &details);

/// JSON string literal (with quotes): escapes `"`, `\` and control characters; other UTF-8 passes as is.
void appendJsonString(QByteArray &out, const QByteArray &utf8);

/// hash = SHA-256(previous hash ‖ canonical bytes).
QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical);

} // namespace Keyward::Audit

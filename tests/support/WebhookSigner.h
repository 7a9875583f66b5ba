#pragma once

#include "webhooks/Signature.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Keyward::Test {

/// One delivery for tests/peers/webhook-sign.mjs to sign with the provider's own library.
struct SignCase
{
    QString scheme; ///< github, stripe, slack, shopify, standard
    QStringList secrets;
    QByteArray body;
    qint64 timestamp = 0; ///< 0: now
    QString id; ///< empty: a random one
    QString event; ///< github and shopify
    QString shop; ///< shopify
};

/// Signs every case in one node run; the headers come back in the same order. Fails the calling test (returns an
/// empty list and sets `*error`) when node or the libraries are missing: those tests never skip.
QList<Webhooks::Headers> signWithLibraries(const QList<SignCase> &cases, QString *error);

} // namespace Keyward::Test

#include "WebhookSigner.h"

#include "OidcPeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace Keyward::Test {

QList<Webhooks::Headers> signWithLibraries(const QList<SignCase> &cases, QString *error)
{
    QJsonArray list;
    for (const SignCase &c : cases) {
        QJsonObject entry {{QLatin1String("scheme"), c.scheme},
                           {QLatin1String("secrets"), QJsonArray::fromStringList(c.secrets)},
                           {QLatin1String("body"), QString::fromUtf8(c.body)}};
        if (c.timestamp > 0)
            entry.insert(QLatin1String("timestamp"), c.timestamp);
        if (!c.id.isEmpty())
            entry.insert(QLatin1String("id"), c.id);
        if (!c.event.isEmpty())
            entry.insert(QLatin1String("event"), c.event);
        if (!c.shop.isEmpty())
            entry.insert(QLatin1String("shop"), c.shop);
        list.append(entry);
    }
    QProcess node;
    node.setWorkingDirectory(OidcPeer::peersDirectory());
    node.start(QStringLiteral("node"), {QStringLiteral("webhook-sign.mjs")});
    if (!node.waitForStarted(30000)) {
        *error = QStringLiteral("node did not start: install Node.js 20.18+ and run npm ci in tests/peers");
        return {};
    }
    node.write(QJsonDocument(QJsonObject {{QLatin1String("cases"), list}}).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(60000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = QStringLiteral("webhook-sign.mjs failed: ") + QString::fromUtf8(node.readAllStandardError());
        return {};
    }
    const QJsonArray results
        = QJsonDocument::fromJson(node.readAllStandardOutput()).object().value(QLatin1String("results")).toArray();
    QList<Webhooks::Headers> out;
    for (const QJsonValue &result : results) {
        Webhooks::Headers headers;
        const QJsonObject object = result.toObject().value(QLatin1String("headers")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            headers.add(it.key().toUtf8(), it.value().toString().toUtf8());
        out.append(headers);
    }
    if (out.size() != cases.size())
        *error = QStringLiteral("webhook-sign.mjs answered %1 results for %2 cases").arg(out.size()).arg(cases.size());
    return out;
}

} // namespace Keyward::Test

#pragma once

#include "ServerOptions.h"

#include "core/Result.h"

#include <QJsonObject>

namespace Keyward::Webhooks {

/// Where and how the profile's webhook receiver listens when the console hosts the engine, or `keyward-cli serve`
/// runs without --webhooks-listen. Stored in the profile (meta key "webhooks.receiver"); the certificate and key stay
/// in their PEM files, only their paths are stored.
struct ReceiverSettings
{
    static constexpr char kMetaKey[] = "webhooks.receiver";

    bool enabled = false;
    QString listen = QStringLiteral("127.0.0.1:8443"); ///< ADDRESS:PORT, an IPv6 address in brackets
    QString certPath; ///< both paths, or neither for a self-signed certificate made at each start
    QString keyPath;

    bool selfSigned() const { return certPath.isEmpty(); }

    QJsonObject toJson() const;
    static Result<ReceiverSettings> fromJson(const QJsonObject &json);

    /// Checks the address and the pairing of the paths (not the files).
    Status validate() const;
    /// The server's options: the address parsed, the certificate read (or made). Fails with a sentence naming what
    /// to fix (a malformed address, an unreadable or mismatched certificate).
    Result<ServerOptions> serverOptions() const;
    /// `https://ADDRESS:PORT` for a server of these settings listening on `port`.
    static QString origin(const QHostAddress &address, quint16 port);
};

/// Parses ADDRESS:PORT (an IPv6 address in brackets; port 0: any free port).
Status parseListenAddress(const QString &text, QHostAddress *address, quint16 *port);

} // namespace Keyward::Webhooks

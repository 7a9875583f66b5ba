#include "ReceiverSettings.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace Keyward::Webhooks {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Webhooks::ReceiverSettings)
};

} // namespace

Status parseListenAddress(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint number = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        ok = false; // an IPv6 address needs its brackets, or the port would be ambiguous
    QHostAddress parsed;
    if (!ok || number > 65535 || !parsed.setAddress(host)) {
        return Error {
            ErrorCode::Usage,
            Text::tr("The listen address takes ADDRESS:PORT, such as 127.0.0.1:8443 or [::]:8443 (port 0: any "
                     "free port).")};
    }
    *address = parsed;
    *port = static_cast<quint16>(number);
    return {};
}

QJsonObject ReceiverSettings::toJson() const
{
    return {{QLatin1String("enabled"), enabled},
            {QLatin1String("listen"), listen},
            {QLatin1String("tls_cert"), certPath},
            {QLatin1String("tls_key"), keyPath}};
}

Result<ReceiverSettings> ReceiverSettings::fromJson(const QJsonObject &json)
{
    ReceiverSettings settings;
    settings.enabled = json.value(QLatin1String("enabled")).toBool();
    settings.listen = json.value(QLatin1String("listen")).toString(settings.listen);
    settings.certPath = json.value(QLatin1String("tls_cert")).toString();
    settings.keyPath = json.value(QLatin1String("tls_key")).toString();
    KW_TRY(settings.validate());
    return settings;
}

Status ReceiverSettings::validate() const
{
    QHostAddress address;
    quint16 port = 0;
    KW_TRY(parseListenAddress(listen, &address, &port));
    if (certPath.isEmpty() != keyPath.isEmpty())
        return Error {
            ErrorCode::Usage,
            Text::tr("Give both a certificate and a key file, or neither (a self-signed certificate for local "
                     "use).")};
    return {};
}

Result<ServerOptions> ReceiverSettings::serverOptions() const
{
    KW_TRY(validate());
    ServerOptions options;
    KW_TRY(parseListenAddress(listen, &options.address, &options.port));
    auto identity = selfSigned() ? TlsIdentity::selfSigned() : TlsIdentity::fromFiles(certPath, keyPath);
    KW_TRY(identity);
    options.identity = identity.value();
    return options;
}

QString ReceiverSettings::origin(const QHostAddress &address, quint16 port)
{
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(port);
}

} // namespace Keyward::Webhooks

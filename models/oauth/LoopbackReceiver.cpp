#include "LoopbackReceiver.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>

namespace Keyward::OAuth {

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_title(QCoreApplication::translate("Keyward::OAuth", "Keyward"))
    , m_message(
          QCoreApplication::translate("Keyward::OAuth", "The authorization reached Keyward. You can close this tab."))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        m_server.close();
        Q_EMIT timedOut();
    });
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
}

bool LoopbackReceiver::listen(const QString &path, int timeoutMs)
{
    m_path = path.isEmpty() ? QStringLiteral("/") : path;
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return false;
    m_timeout.start(timeoutMs);
    return true;
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_path);
}

void LoopbackReceiver::setResponsePage(const QString &title, const QString &message)
{
    m_title = title;
    m_message = message;
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_done) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(10'000); // a stalled client does not hold the listener
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    }
}

void LoopbackReceiver::handle(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->setProperty("answered", true);
        answer(socket, 431, "Request Header Fields Too Large", {});
        return;
    }
    // Wait for the whole header block (the request line is all we use).
    const QByteArray seen = socket->peek(kMaxRequestBytes);
    if (!seen.contains("\r\n\r\n"))
        return;
    socket->setProperty("answered", true);
    const QByteArray requestLine = seen.left(seen.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl target = parts.size() == 3 ? QUrl::fromEncoded("http://127.0.0.1" + parts[1]) : QUrl();
    if (m_done || parts.size() != 3 || parts[0] != "GET" || target.path() != m_path) {
        // Rate limit: past the budget, stray requests are dropped unanswered. The real redirect is still accepted,
        // so another local process cannot block a sign-in by flooding the port.
        if (++m_stray > kStrayBudget)
            socket->abort();
        else
            answer(socket, 404, "Not Found", "<!doctype html><title>Not found</title><p>Not found.</p>");
        return;
    }
    m_done = true;
    m_timeout.stop();
    m_server.close(); // one-shot
    // Receivers check the redirect first and may set the page (an error instead of "close this tab").
    Q_EMIT received(QUrlQuery(target));
    const QString html = QStringLiteral("<!doctype html><meta charset=\"utf-8\"><title>%1</title><h1>%1</h1><p>%2</p>")
                             .arg(m_title.toHtmlEscaped(), m_message.toHtmlEscaped());
    answer(socket, 200, "OK", html.toUtf8());
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &html)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(html.size()) + "\r\n";
    // The page must not be cached or framed, and must not leak the code through a Referer.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Frame-Options: DENY\r\n";
    response += "Connection: close\r\n\r\n" + html;
    socket->write(response);
    socket->flush(); // the process may end right after a failed flow: hand the page to the kernel now
    socket->disconnectFromHost();
}

} // namespace Keyward::OAuth

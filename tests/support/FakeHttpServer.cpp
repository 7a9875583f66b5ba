#include "FakeHttpServer.h"

#include <QTcpSocket>

namespace Keyward::Test {

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
    answer(200, "{}");
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeHttpServer::answer(int status, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    m_handler = [status, body, headers](const Request &) {
        return Response {status, body, headers};
    };
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the body is still coming
            request.body = buffer->mid(end + 4, length);
            buffer->remove(0, end + 4 + length);
            m_requests.append(request);
            const Response response = m_handler(request);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\n";
            for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
                out += it.key() + ": " + it.value() + "\r\n";
            out += "\r\n" + response.body;
            socket->write(out);
        });
    }
}

} // namespace Keyward::Test

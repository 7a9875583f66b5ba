#include "oauth/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Keyward;
using OAuth::LoopbackReceiver;

namespace {

/// What a client saw: whether it connected, what came back, and whether the server closed the connection.
struct Exchange
{
    bool connected = false;
    bool closed = false;
    QByteArray response;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;

    QByteArray statusLine() const { return response.left(response.indexOf("\r\n")); }
    int status() const
    {
        const QList<QByteArray> parts = statusLine().split(' ');
        return parts.size() >= 2 ? parts[1].toInt() : 0;
    }
    QByteArray headers() const { return response.left(response.indexOf("\r\n\r\n") + 2); }
    QByteArray body() const { return response.mid(response.indexOf("\r\n\r\n") + 4); }
};

/// Sends `request` to 127.0.0.1:`port` and waits (running the event loop, so the receiver in this thread works)
/// until the server closes the connection or `timeoutMs` passes.
Exchange exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000,
                  const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
{
    Exchange result;
    QTcpSocket socket;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { result.response += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        result.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket,
                     [&](QAbstractSocket::SocketError error) { result.error = error; });
    socket.connectToHost(address, port);
    result.closed = QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    result.response += socket.readAll();
    socket.abort();
    return result;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\nAccept: text/html\r\n\r\n";
}

/// True when the socket listening on `port` is bound to 127.0.0.1 (from /proc/net/tcp); false when it is bound to
/// another address or not found.
bool listensOnLoopbackOnly(quint16 port, bool *known)
{
    *known = false;
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || fields[3] != "0A") // 0A: LISTEN
            continue;
        const QList<QByteArray> local = fields[1].split(':');
        if (local.size() != 2 || local[1] != portHex)
            continue;
        *known = true;
        return local[0] == "0100007F"; // 127.0.0.1 in host (little-endian) order
    }
    return false;
}

} // namespace

class TestLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listensOnLoopback();
    void wrongPathThenRightPath();
    void postIsNotTheRedirect();
    void malformedRequests_data();
    void malformedRequests();
    void oversizedRequest();
    void requestInPieces();
    void strayBudget();
    void timesOut();
    void customPage();
    void pageSetByReceiver();
};

void TestLoopback::listensOnLoopback()
{
    LoopbackReceiver receiver;
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    QVERIFY(receiver.port() > 0);
    QCOMPARE(receiver.redirectUri(), QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.port()));
    const QUrl redirect(receiver.redirectUri());
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.port(), int(receiver.port()));

    bool known = false;
    const bool loopbackOnly = listensOnLoopbackOnly(receiver.port(), &known);
    if (known)
        QVERIFY2(loopbackOnly, "the listener is bound to an address other than 127.0.0.1");
    // Not reachable over IPv6 loopback or any other interface address.
    const Exchange v6
        = exchange(receiver.port(), get("/callback?code=x"), 2000, QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(v6.response.isEmpty());
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        const Exchange other = exchange(receiver.port(), get("/callback?code=x"), 2000, address);
        QVERIFY2(!other.connected, qPrintable(address.toString()));
    }

    // Two receivers get two ports.
    LoopbackReceiver second;
    QVERIFY(second.listen(QStringLiteral("/callback")));
    QVERIFY(second.port() != receiver.port());
    // An empty path means "/".
    LoopbackReceiver root;
    QVERIFY(root.listen(QString()));
    QCOMPARE(root.redirectUri(), QStringLiteral("http://127.0.0.1:%1/").arg(root.port()));
}

void TestLoopback::wrongPathThenRightPath()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    const quint16 port = receiver.port();

    for (const QByteArray &target : {QByteArray("/"), QByteArray("/favicon.ico"), QByteArray("/callback/x?code=1"),
                                     QByteArray("/Callback?code=1"), QByteArray("/callbackx?code=1")}) {
        const Exchange wrong = exchange(port, get(target));
        QVERIFY2(wrong.closed, target.constData());
        QCOMPARE(wrong.status(), 404);
        QVERIFY(wrong.headers().contains("Cache-Control: no-store\r\n"));
        QVERIFY(wrong.headers().contains("Referrer-Policy: no-referrer\r\n"));
        QVERIFY(wrong.headers().contains("Connection: close\r\n"));
    }
    QCOMPARE(received.count(), 0);
    QCOMPARE(receiver.strayRequests(), 5);

    const Exchange right = exchange(port, get("/callback?code=4%2F0AX-code%2Bplus&state=s%20t&iss=https%3A%2F%2Fidp"));
    QVERIFY(right.closed);
    QCOMPARE(right.statusLine(), QByteArray("HTTP/1.1 200 OK"));
    const QByteArray headers = right.headers();
    QVERIFY2(headers.contains("Cache-Control: no-store\r\n"), headers.constData());
    QVERIFY2(headers.contains("Referrer-Policy: no-referrer\r\n"), headers.constData());
    QVERIFY(headers.contains("X-Frame-Options: DENY\r\n"));
    QVERIFY(headers.contains("Content-Type: text/html; charset=utf-8\r\n"));
    QVERIFY(headers.contains(QByteArray("Content-Length: " + QByteArray::number(right.body().size()) + "\r\n")));
    QVERIFY(right.body().contains("You can close this tab"));
    QVERIFY(!right.body().contains("code")); // the page does not echo the code

    QCOMPARE(received.count(), 1);
    const QUrlQuery query = received.at(0).at(0).value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("4/0AX-code+plus"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s t"));
    QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), QStringLiteral("https://idp"));

    // One-shot: the listener is closed, a new connection is refused.
    const Exchange after = exchange(port, get("/callback?code=again"), 2000);
    QVERIFY(!after.connected);
    QCOMPARE(after.error, QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(received.count(), 1);
    // And the timeout does not fire after success.
    QTest::qWait(50);
    QCOMPARE(timedOut.count(), 0);
}

void TestLoopback::postIsNotTheRedirect()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    const Exchange post = exchange(receiver.port(),
                                   "POST /callback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\n"
                                   "code=x&state=");
    QCOMPARE(post.status(), 404);
    const Exchange head = exchange(receiver.port(), "HEAD /callback?code=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(head.status(), 404);
    QCOMPARE(received.count(), 0);
    // The listener still waits for the real redirect.
    const Exchange right = exchange(receiver.port(), get("/callback?code=x&state=y"));
    QCOMPARE(right.status(), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopback::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("no version") << QByteArray("GET /callback?code=x\r\n\r\n");
    QTest::newRow("extra token") << QByteArray("GET /callback?code=x HTTP/1.1 extra\r\n\r\n");
    QTest::newRow("absolute form elsewhere") << QByteArray("GET http://evil.example/callback?code=x HTTP/1.1\r\n\r\n");
    QTest::newRow("lowercase method") << QByteArray("get /callback?code=x HTTP/1.1\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15);
}

void TestLoopback::malformedRequests()
{
    QFETCH(QByteArray, request);
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    const Exchange answered = exchange(receiver.port(), request);
    QVERIFY(answered.closed);
    QCOMPARE(answered.status(), 404);
    QCOMPARE(received.count(), 0);
}

void TestLoopback::oversizedRequest()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    // On the right path, but more than 8 KiB: refused with 431, and it does not count as the redirect.
    const QByteArray huge = get("/callback?code=x&state=" + QByteArray(LoopbackReceiver::kMaxRequestBytes, 'a'));
    const Exchange big = exchange(receiver.port(), huge);
    QVERIFY(big.closed);
    QCOMPARE(big.status(), 431);
    QVERIFY(big.headers().contains("Cache-Control: no-store\r\n"));
    QVERIFY(big.headers().contains("Referrer-Policy: no-referrer\r\n"));
    // Headers without an end, past the limit: 431 as well.
    const Exchange endless = exchange(
        receiver.port(), "GET /x HTTP/1.1\r\nX-Padding: " + QByteArray(3 * LoopbackReceiver::kMaxRequestBytes, 'p'));
    QCOMPARE(endless.status(), 431);
    QCOMPARE(received.count(), 0);
    const Exchange right = exchange(receiver.port(), get("/callback?code=ok"));
    QCOMPARE(right.status(), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopback::requestInPieces()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    QTcpSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { response += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, receiver.port());
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    const QByteArray request = get("/callback?code=slow&state=s");
    for (const char c : request) {
        socket.write(&c, 1);
        socket.flush();
        if (c == '\n')
            QTest::qWait(5);
    }
    QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    response += socket.readAll();
    QVERIFY(response.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).value<QUrlQuery>().queryItemValue(QStringLiteral("code")), QStringLiteral("slow"));
}

void TestLoopback::strayBudget()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    for (int i = 0; i < LoopbackReceiver::kStrayBudget; ++i) {
        const Exchange stray = exchange(receiver.port(), get("/probe" + QByteArray::number(i)));
        QVERIFY(stray.closed);
        QCOMPARE(stray.status(), 404);
    }
    QCOMPARE(receiver.strayRequests(), LoopbackReceiver::kStrayBudget);
    // Past the budget, stray requests are dropped without a byte of answer...
    const Exchange dropped = exchange(receiver.port(), get("/probe-more"));
    QVERIFY(dropped.closed);
    QVERIFY2(dropped.response.isEmpty(), dropped.response.constData());
    QCOMPARE(received.count(), 0);
    // ...but the real redirect still gets through: a flood from another local process cannot block a sign-in.
    const Exchange redirect = exchange(receiver.port(), get("/callback?code=late"));
    QCOMPARE(redirect.status(), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopback::timesOut()
{
    LoopbackReceiver receiver;
    QSignalSpy received(&receiver, &LoopbackReceiver::received);
    QSignalSpy timedOut(&receiver, &LoopbackReceiver::timedOut);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(receiver.listen(QStringLiteral("/callback"), 200));
    const quint16 port = receiver.port();
    QVERIFY(timedOut.wait(5000));
    // A coarse QTimer may fire up to 5 % early (and the clocks round to milliseconds): not before 180 ms.
    QVERIFY2(clock.elapsed() >= 180, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(timedOut.count(), 1);
    // After the timeout nobody listens any more.
    const Exchange late = exchange(port, get("/callback?code=late"), 2000);
    QVERIFY(!late.connected);
    QCOMPARE(received.count(), 0);
    QTest::qWait(300);
    QCOMPARE(timedOut.count(), 1); // once
}

void TestLoopback::customPage()
{
    LoopbackReceiver receiver;
    receiver.setResponsePage(QStringLiteral("Connected <Acme>"), QStringLiteral("Grüße & \"bye\""));
    QVERIFY(receiver.listen(QStringLiteral("/cb")));
    const Exchange right = exchange(receiver.port(), get("/cb?code=x"));
    QCOMPARE(right.status(), 200);
    const QString body = QString::fromUtf8(right.body());
    QVERIFY2(body.contains(QStringLiteral("Connected &lt;Acme&gt;")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Grüße &amp; &quot;bye&quot;")), qPrintable(body));
    QVERIFY(!body.contains(QStringLiteral("<Acme>")));
}

void TestLoopback::pageSetByReceiver()
{
    // The receiver of received() checks the redirect first and may answer the browser with an error page.
    LoopbackReceiver receiver;
    QObject::connect(&receiver, &LoopbackReceiver::received, &receiver, [&receiver](const QUrlQuery &query) {
        if (query.hasQueryItem(QStringLiteral("error")))
            receiver.setResponsePage(QStringLiteral("Not connected"), QStringLiteral("The request was declined."));
    });
    QVERIFY(receiver.listen(QStringLiteral("/callback")));
    const Exchange declined = exchange(receiver.port(), get("/callback?error=access_denied&state=s"));
    QCOMPARE(declined.status(), 200);
    QVERIFY2(declined.body().contains("The request was declined."), declined.body().constData());
    QVERIFY(!declined.body().contains("You can close this tab"));
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"

// The webhook receiver's HTTP/1.1 request parser and its token bucket.
#include "webhooks/HttpParser.h"
#include "webhooks/RateLimiter.h"

#include <QTest>

using namespace Keyward::Webhooks;
using State = HttpParser::State;

namespace {

/// Feeds `input` whole and, when it gets there, continues past the headers.
State parseAll(HttpParser &parser, QByteArray input)
{
    State state = parser.feed(input);
    if (state == State::HeadersComplete) {
        parser.continueBody();
        state = parser.feed(input);
    }
    return state;
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeRequest();
    void byteByByte();
    void pipelinedRequestsWaitInTheBuffer();
    void refusals_data();
    void refusals();
    void limitsAreConfigurable();
    void http10ClosesUnlessKeepAlive();
    void tokenBucket();
};

void TestHttpParser::completeRequest()
{
    HttpParser parser;
    const State state = parseAll(parser,
                                 "POST /webhooks/github?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                                 "X-GitHub-Event: ping\r\n\r\nhello");
    QCOMPARE(state, State::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/webhooks/github"));
    QCOMPARE(request.body, QByteArray("hello"));
    QCOMPARE(request.headers.value("x-github-event"), QByteArray("ping"));
    QVERIFY(request.keepAlive);
    QCOMPARE(parser.state(), State::Headers);
    QVERIFY(!parser.started());
}

void TestHttpParser::byteByByte()
{
    const QByteArray input = "POST /webhooks/s HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
    HttpParser parser;
    QByteArray buffer;
    State state = State::Headers;
    for (char c : input) {
        buffer.append(c);
        state = parser.feed(buffer);
        QVERIFY(parser.started());
        if (state == State::HeadersComplete) {
            parser.continueBody();
            state = parser.feed(buffer);
        }
    }
    QCOMPARE(state, State::Complete);
    QCOMPARE(parser.request().body, QByteArray("abc"));
}

void TestHttpParser::pipelinedRequestsWaitInTheBuffer()
{
    QByteArray buffer = "GET /healthz HTTP/1.1\r\n\r\nGET /readyz HTTP/1.1\r\n\r\n";
    HttpParser parser;
    QCOMPARE(parser.feed(buffer), State::HeadersComplete);
    parser.continueBody();
    QCOMPARE(parser.feed(buffer), State::Complete);
    QCOMPARE(parser.takeRequest().path, QByteArray("/healthz"));
    QCOMPARE(buffer, QByteArray("GET /readyz HTTP/1.1\r\n\r\n"));
    QCOMPARE(parser.feed(buffer), State::HeadersComplete);
    QCOMPARE(parser.request().path, QByteArray("/readyz"));
}

void TestHttpParser::refusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::newRow("headers too large") << QByteArray("POST / HTTP/1.1\r\nX: " + QByteArray(20000, 'a')) << 431;
    QByteArray many = "POST / HTTP/1.1\r\n";
    for (int i = 0; i < 70; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers") << many + "\r\n" << 431;
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") << 413;
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411;
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                 << 400;
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("length with sign") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("POST / HTTP/1.1\nHost: a\r\n\r\n") << 400;
    QTest::newRow("folded header") << QByteArray("POST / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("space in name") << QByteArray("POST / HTTP/1.1\r\nX Y: a\r\n\r\n") << 400;
    QTest::newRow("control character") << QByteArray("POST / HTTP/1.1\r\nX: a\x01\r\n\r\n") << 400;
    QTest::newRow("no path") << QByteArray("POST webhooks HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
    QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505;
}

void TestHttpParser::refusals()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    HttpParser parser;
    QCOMPARE(parseAll(parser, input), State::Failed);
    QCOMPARE(parser.status(), status);
    QVERIFY(!parser.reason().isEmpty());
}

void TestHttpParser::limitsAreConfigurable()
{
    HttpParser parser({1024, 4, 10});
    QCOMPARE(parseAll(parser, "POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n"), State::Failed);
    QCOMPARE(parser.status(), 413);
    // What was read of the request stays available: the receiver records an oversized delivery for its source.
    QCOMPARE(parser.request().path, QByteArray("/"));
    QCOMPARE(parser.request().contentLength, 11);
    HttpParser exact({1024, 4, 10});
    QCOMPARE(parseAll(exact, "POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789"), State::Complete);
}

void TestHttpParser::http10ClosesUnlessKeepAlive()
{
    HttpParser parser;
    QCOMPARE(parseAll(parser, "GET / HTTP/1.0\r\n\r\n"), State::Complete);
    QVERIFY(!parser.takeRequest().keepAlive);
    QCOMPARE(parseAll(parser, "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"), State::Complete);
    QVERIFY(parser.takeRequest().keepAlive);
    QCOMPARE(parseAll(parser, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), State::Complete);
    QVERIFY(!parser.takeRequest().keepAlive);
}

void TestHttpParser::tokenBucket()
{
    TokenBucket bucket(10, 20); // 10 a second, bursts of 20
    int taken = 0;
    qint64 retryAfter = 0;
    while (bucket.take(1000, &retryAfter))
        ++taken;
    QCOMPARE(taken, 20);
    QCOMPARE(retryAfter, 100); // one token every 100 ms
    QVERIFY(!bucket.take(1050));
    QVERIFY(bucket.take(1100));
    QVERIFY(!bucket.take(1100));
    // Refills up to the burst, not beyond.
    taken = 0;
    while (bucket.take(100'000))
        ++taken;
    QCOMPARE(taken, 20);
    // A clock going backwards spends nothing it does not have.
    QVERIFY(!bucket.take(50'000));
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"

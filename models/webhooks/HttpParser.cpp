#include "HttpParser.h"

namespace Keyward::Webhooks {

namespace {

/// RFC 9110 token characters (header names, methods).
bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

/// Field values: visible characters, spaces and tabs, and obs-text; no control characters.
bool isFieldValue(const QByteArray &text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

HttpParser::HttpParser(HttpLimits limits)
    : m_limits(limits)
{ }

void HttpParser::reset()
{
    m_state = State::Headers;
    m_request = {};
    m_started = false;
    m_status = 0;
    m_reason.clear();
}

HttpRequest HttpParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

HttpParser::State HttpParser::fail(int status, QByteArray reason)
{
    m_status = status;
    m_reason = std::move(reason);
    m_state = State::Failed;
    return m_state;
}

HttpParser::State HttpParser::feed(QByteArray &buffer)
{
    if (m_state == State::Headers) {
        // Tolerate empty lines before a request (RFC 9112 §2.2).
        while (!m_started && buffer.startsWith("\r\n"))
            buffer.remove(0, 2);
        if (!buffer.isEmpty())
            m_started = true;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "headers too large");
            return m_state;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, "headers too large");
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        return parseHead(head);
    }
    if (m_state == State::Body) {
        const qsizetype wanted = m_request.contentLength - m_request.body.size();
        const qsizetype take = std::min(wanted, buffer.size());
        m_request.body.append(buffer.constData(), take);
        buffer.remove(0, take);
        if (m_request.body.size() == m_request.contentLength)
            m_state = State::Complete;
    }
    return m_state;
}

HttpParser::State HttpParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return fail(400, "empty request");
    for (const QByteArray &line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last())
            return fail(400, "bare LF");
    }
    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
        return fail(400, "malformed request line");
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, "HTTP version not supported");
    m_request.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const qsizetype query = target.indexOf('?');
    m_request.path = query < 0 ? target : target.left(query);
    m_request.keepAlive = version == "HTTP/1.1";

    if (lines.size() - 1 > m_limits.maxHeaders)
        return fail(431, "too many headers");
    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header");
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value))
            return fail(400, "malformed header");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            // Repeated or malformed lengths are how request smuggling starts: refuse them.
            if (!ok || length < 0 || value.startsWith('+') || (haveLength && length != m_request.contentLength))
                return fail(400, "bad Content-Length");
            haveLength = true;
            m_request.contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return fail(411, "chunked bodies are not accepted; send Content-Length");
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            const QByteArray lower = value.toLower();
            if (lower.contains("close"))
                m_request.keepAlive = false;
            else if (lower.contains("keep-alive"))
                m_request.keepAlive = true;
        }
        m_request.headers.add(name, value);
    }
    if (m_request.contentLength > m_limits.maxBodyBytes)
        return fail(413, "body too large");
    m_state = State::HeadersComplete;
    return m_state;
}

} // namespace Keyward::Webhooks

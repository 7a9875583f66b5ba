#pragma once

#include "Signature.h"

#include <QByteArray>

namespace Keyward::Webhooks {

/// What the receiver accepts from one request. Exceeding a limit ends the request with the given status.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; ///< request line and headers together (431)
    int maxHeaders = 64; ///< (431)
    qsizetype maxBodyBytes = 1024 * 1024; ///< (413)
};

/// One HTTP/1.1 request as far as it has been read.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< without the query
    Headers headers;
    qsizetype contentLength = 0;
    bool keepAlive = true; ///< HTTP/1.1 default; "Connection: close" or HTTP/1.0 without keep-alive turn it off
    QByteArray body;
};

/// An incremental HTTP/1.1 request parser for the webhook receiver: Content-Length bodies only (senders of
/// webhooks use them; a chunked request gets 411), strict about line endings and header syntax, bounded by
/// HttpLimits. Feed it bytes as they arrive; it stops after one request (the receiver answers before reading the
/// next one, so pipelined requests wait in the buffer).
class HttpParser
{
public:
    enum class State {
        Headers, ///< reading the request line and headers
        HeadersComplete, ///< headers read: the caller may refuse before the body is read; call continueBody()
        Body,
        Complete,
        Failed, ///< status() and reason() say why; answer and close
    };

    explicit HttpParser(HttpLimits limits = {});

    /// Consumes what it needs from the front of `buffer` and returns the new state.
    State feed(QByteArray &buffer);
    /// After HeadersComplete: go on reading the body.
    void continueBody() { m_state = m_request.contentLength > 0 ? State::Body : State::Complete; }
    State state() const { return m_state; }
    /// True once any byte of the current request arrived (for telling an idle keep-alive connection apart).
    bool started() const { return m_started; }
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    /// Ready for the next request on the same connection.
    void reset();

private:
    State fail(int status, QByteArray reason);
    State parseHead(const QByteArray &head);

    HttpLimits m_limits;
    State m_state = State::Headers;
    HttpRequest m_request;
    bool m_started = false;
    int m_status = 0;
    QByteArray m_reason;
};

} // namespace Keyward::Webhooks

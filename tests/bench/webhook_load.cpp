// webhook_load: an HTTPS load generator for webhook receivers on loopback (Keyward's and the Node baseline,
// tests/peers/webhook-receiver.mjs). Plain C++20 and OpenSSL, blocking sockets, one thread per connection, no Qt.
//
//   webhook_load --host 127.0.0.1 --port P --ca CA.pem --requests FILE --connections N (default 8)
//                [--rate R] --seconds S [--warmup S2] [--timeout T]
//
// FILE holds one or more complete HTTP/1.1 requests, each with a Content-Length, separated by a line `%%%`; they
// are sent in turn, over keep-alive connections (one TLS session each; a connection the server closes is opened
// again, resuming the TLS session). Bodies are sent byte for byte; header lines may end in \n (sent as \r\n); a
// missing Host header is added.
//
// Without --rate: closed loop, each connection sends its next request as soon as the previous answer is in.
// With --rate R: open loop, request k is due at start + k/R (R requests/s across all connections); whichever
// connection is free sends it once it is due, and its latency runs from when it was due (no coordinated omission:
// a stalled server is charged for the requests that queued up behind it).
//
// Prints one JSON line: what was sent and answered in the measured period (the --seconds after --warmup; a request
// belongs to it when it was sent, or due, in it), answers per status, latency percentiles (ms) and errors
// (connection, TLS, timeout, malformed answer). The server's certificate is always verified against --ca, and
// its name against --host (an IP address must be in the certificate's subjectAltName).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <latch>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char *usageText
    = "usage: webhook_load --host 127.0.0.1 --port P --ca CA.pem --requests FILE [--connections N (8)]\n"
      "                    [--rate R] --seconds S [--warmup S2 (0)] [--timeout T (10)]\n"
      "  FILE: raw HTTP/1.1 requests with Content-Length, separated by a line %%%\n"
      "  --rate R: open loop at R requests/s in total (latency from the scheduled time); default: closed loop\n"
      "  --timeout T: seconds to wait on a read or write before counting an error\n"
      "  --unique-header NAME: add the header NAME with a value unique to each request (a delivery id that is\n"
      "                        not signed, such as X-GitHub-Delivery, so a receiver's replay protection lets\n"
      "                        every request through)\n"
      "  --github-secret FILE: with --unique-header, also make each body unique and sign it: the first\n"
      "                        occurrence of the request's X-GitHub-Delivery placeholder value in the body is\n"
      "                        replaced by the same unique value, and X-Hub-Signature-256 is computed again\n"
      "                        (receivers that deduplicate on the body see no repeats)\n";

struct Options
{
    std::string host;
    int port = 0;
    std::string ca;
    std::string requests;
    int connections = 8;
    double rate = 0; // 0: closed loop
    double seconds = 0;
    double warmup = 0;
    double timeout = 10;
    std::string uniqueHeader;
    std::string githubSecret; // the secret's bytes, read from --github-secret FILE
};

// The placeholder a request's body holds where --github-secret puts the unique value (same length, so the
// Content-Length stays right).
constexpr std::string_view kUniquePlaceholder = "UNIQUE-DELIVERY-PLACEHOLDER-0000000000000";

[[noreturn]] void usageError(const std::string &message)
{
    std::fprintf(stderr, "webhook_load: %s\n%s", message.c_str(), usageText);
    std::exit(2);
}

[[noreturn]] void fail(const std::string &message)
{
    std::fprintf(stderr, "webhook_load: %s\n", message.c_str());
    std::exit(1);
}

template<typename T> bool parseNumber(std::string_view text, T &value)
{
    const char *end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty();
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    bool haveSeconds = false;
    for (int i = 1; i < argc; ++i) {
        std::string name = argv[i];
        if (name == "--help" || name == "-h") {
            std::fputs(usageText, stdout);
            std::exit(0);
        }
        std::string value;
        if (const auto eq = name.find('='); name.starts_with("--") && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            usageError(name + " needs a value");
        }
        const auto number = [&](auto &target, auto min, auto max) {
            if (!parseNumber(value, target) || !(target >= min) || !(target <= max)) {
                usageError(name + ": not a number in [" + std::to_string(min) + ", " + std::to_string(max)
                           + "]: " + value);
            }
        };
        if (name == "--host") {
            options.host = value;
        } else if (name == "--port") {
            number(options.port, 1, 65535);
        } else if (name == "--ca") {
            options.ca = value;
        } else if (name == "--requests") {
            options.requests = value;
        } else if (name == "--connections") {
            number(options.connections, 1, 10000);
        } else if (name == "--rate") {
            number(options.rate, 0.001, 1e7);
        } else if (name == "--seconds") {
            number(options.seconds, 0.001, 1e6);
            haveSeconds = true;
        } else if (name == "--warmup") {
            number(options.warmup, 0.0, 1e6);
        } else if (name == "--unique-header") {
            options.uniqueHeader = value;
        } else if (name == "--github-secret") {
            std::ifstream in(value, std::ios::binary);
            std::stringstream content;
            content << in.rdbuf();
            options.githubSecret = content.str();
            while (!options.githubSecret.empty()
                   && (options.githubSecret.back() == '\n' || options.githubSecret.back() == '\r'))
                options.githubSecret.pop_back();
            if (!in || options.githubSecret.empty())
                usageError("--github-secret: cannot read a secret from " + value);
        } else if (name == "--timeout") {
            number(options.timeout, 0.001, 3600.0);
        } else {
            usageError("unknown option " + name);
        }
    }
    if (options.host.empty() || options.port == 0 || options.ca.empty() || options.requests.empty() || !haveSeconds)
        usageError("--host, --port, --ca, --requests and --seconds are required");
    if (!options.githubSecret.empty() && options.uniqueHeader.empty())
        usageError("--github-secret goes with --unique-header");
    return options;
}

// ---- the requests file ----------------------------------------------------------------------------------------

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

bool isIpAddress(const std::string &host)
{
    in6_addr address {};
    return inet_pton(AF_INET, host.c_str(), &address) == 1 || inet_pton(AF_INET6, host.c_str(), &address) == 1;
}

// Parses the file front to back: header lines up to an empty line, then exactly Content-Length bytes of body
// (whatever they hold, a line %%% included), then an optional line end and a line %%% or the end of the file.
std::vector<std::string> loadRequests(const Options &options)
{
    std::ifstream file(options.requests, std::ios::binary);
    if (!file)
        fail("cannot read " + options.requests + ": " + std::strerror(errno));
    std::stringstream contents;
    contents << file.rdbuf();
    const std::string data = contents.str();
    const auto bad = [&](size_t index, const std::string &message) {
        fail(options.requests + ", request " + std::to_string(index + 1) + ": " + message);
    };
    // A line from pos: its text without the line end, and where the next one starts.
    const auto nextLine = [&](size_t pos, std::string_view &line) -> size_t {
        const size_t nl = data.find('\n', pos);
        const size_t end = nl == std::string::npos ? data.size() : nl;
        line = std::string_view(data).substr(pos, end - pos);
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        return nl == std::string::npos ? data.size() : nl + 1;
    };
    const std::string hostHeader
        = (options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host) + ":"
        + std::to_string(options.port);

    std::vector<std::string> requests;
    size_t pos = 0;
    std::string_view line;
    while (pos < data.size()) {
        // Blank lines between requests.
        if (const size_t next = nextLine(pos, line); line.empty()) {
            pos = next;
            continue;
        }
        const size_t index = requests.size();
        std::vector<std::string_view> lines;
        for (;;) {
            if (pos >= data.size())
                bad(index, "the header ends without an empty line");
            pos = nextLine(pos, line);
            if (line.empty())
                break;
            lines.push_back(line);
        }
        std::istringstream requestLine {std::string(lines[0])};
        std::string method, target, version, extra;
        requestLine >> method >> target >> version;
        if (method.empty() || target.empty() || version != "HTTP/1.1" || (requestLine >> extra))
            bad(index, "not an HTTP/1.1 request line: " + std::string(lines[0]));
        std::string head = std::string(lines[0]) + "\r\n";
        long long contentLength = -1;
        bool haveHost = false;
        for (size_t i = 1; i < lines.size(); ++i) {
            const auto colon = lines[i].find(':');
            if (colon == std::string_view::npos || colon == 0 || lines[i].front() == ' ' || lines[i].front() == '\t')
                bad(index, "not a header line: " + std::string(lines[i]));
            const std::string name = lower(lines[i].substr(0, colon));
            const std::string_view value = trim(lines[i].substr(colon + 1));
            if (name == "content-length") {
                if (contentLength >= 0 || !parseNumber(value, contentLength) || contentLength < 0)
                    bad(index, "one Content-Length with a number is needed, not: " + std::string(lines[i]));
            } else if (name == "transfer-encoding") {
                bad(index, "Transfer-Encoding is not supported: give the body with a Content-Length");
            } else if (name == "host") {
                haveHost = true;
            }
            head += std::string(lines[i]) + "\r\n";
        }
        if (contentLength < 0)
            bad(index, "no Content-Length header");
        if (!haveHost)
            head += "Host: " + hostHeader + "\r\n";
        if (data.size() - pos < static_cast<size_t>(contentLength)) {
            bad(index,
                "the file ends " + std::to_string(static_cast<size_t>(contentLength) - (data.size() - pos))
                    + " bytes before the Content-Length of " + std::to_string(contentLength));
        }
        requests.push_back(head + "\r\n" + data.substr(pos, static_cast<size_t>(contentLength)));
        pos += static_cast<size_t>(contentLength);
        // The line end after the body, then %%% or the end.
        if (data.compare(pos, 2, "\r\n") == 0)
            pos += 2;
        else if (data.compare(pos, 1, "\n") == 0)
            pos += 1;
        if (pos >= data.size())
            break;
        const size_t next = nextLine(pos, line);
        if (line != "%%%") {
            bad(index,
                "after the " + std::to_string(contentLength)
                    + " bytes of body: expected a line %%% or the end of the file, found \""
                    + std::string(line.substr(0, 40)) + "\" (is the Content-Length right?)");
        }
        pos = next;
    }
    if (requests.empty())
        fail(options.requests + " holds no request");
    return requests;
}

// ---- one TLS connection ------------------------------------------------------------------------------------

std::string sslErrors()
{
    std::string out;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        if (!out.empty())
            out += "; ";
        out += text;
    }
    return out.empty() ? std::string("unknown TLS error") : out;
}

enum class Io { Ok, Eof, Reset, Timeout, Error };

struct Response
{
    int status = 0;
    bool keepAlive = true;
};

class Connection
{
public:
    Connection(SSL_CTX *ctx, const Options &options)
        : m_ctx(ctx)
        , m_options(options)
    { }
    ~Connection()
    {
        close(false);
        for (SSL_SESSION *session : m_sessions)
            SSL_SESSION_free(session);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_ssl != nullptr; }
    // Answers read on this connection since it was opened: a request that finds a used connection closed may be
    // sent again on a new one (the server may close an idle connection as the request goes out).
    int answered() const { return m_answered; }

    bool open(std::string &error)
    {
        close(false);
        if (!connectTcp(error))
            return false;
        m_ssl = SSL_new(m_ctx);
        if (!m_ssl) {
            error = "SSL_new: " + sslErrors();
            close(false);
            return false;
        }
        SSL_set_fd(m_ssl, m_fd);
        SSL_set_app_data(m_ssl, this);
        // The name check: an IP address against the certificate's IP SANs, a name against its DNS SANs (and SNI).
        if (isIpAddress(m_options.host)) {
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), m_options.host.c_str());
        } else {
            SSL_set1_host(m_ssl, m_options.host.c_str());
            SSL_set_tlsext_host_name(m_ssl, m_options.host.c_str());
        }
        if (!m_sessions.empty()) { // the newest ticket, used once (RFC 8446 C.4): the SSL holds its own reference
            SSL_set_session(m_ssl, m_sessions.back());
            SSL_SESSION_free(m_sessions.back());
            m_sessions.pop_back();
        }
        ERR_clear_error();
        if (SSL_connect(m_ssl) != 1) {
            const long verify = SSL_get_verify_result(m_ssl);
            error = "TLS handshake: " + sslErrors();
            if (verify != X509_V_OK)
                error += std::string(" (certificate: ") + X509_verify_cert_error_string(verify) + ")";
            close(false);
            return false;
        }
        if (SSL_get_verify_result(m_ssl) != X509_V_OK) { // cannot happen with SSL_VERIFY_PEER; never trust it blind
            error = "TLS handshake: the certificate was not verified";
            close(false);
            return false;
        }
        m_answered = 0;
        m_buffer.clear();
        return true;
    }

    // Closes; `clean` after a complete exchange: say close_notify first.
    void close(bool clean)
    {
        if (m_ssl) {
            if (clean)
                SSL_shutdown(m_ssl);
            SSL_free(m_ssl);
            m_ssl = nullptr;
        }
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        ERR_clear_error();
    }

    // OpenSSL's new-session callback (set on the context): keeps the sessions (TLS 1.3: tickets) the server
    // gave this connection, to resume one on each later handshake. A server may send none on a resumed
    // handshake (Node sends two on a full one and none on a resumed one), hence a few in stock.
    static int keepSession(SSL *ssl, SSL_SESSION *session)
    {
        auto *self = static_cast<Connection *>(SSL_get_app_data(ssl));
        if (!self || !SSL_SESSION_is_resumable(session))
            return 0; // OpenSSL keeps ownership
        if (self->m_sessions.size() >= 4) {
            SSL_SESSION_free(self->m_sessions.front());
            self->m_sessions.erase(self->m_sessions.begin());
        }
        self->m_sessions.push_back(session);
        return 1; // ours now
    }

    Io write(const std::string &data, std::string &error)
    {
        size_t written = 0;
        ERR_clear_error();
        errno = 0;
        if (SSL_write_ex(m_ssl, data.data(), data.size(), &written) == 1 && written == data.size())
            return Io::Ok;
        return ioError(0, error);
    }

    // Reads one answer (skipping 1xx ones). `any` tells whether any byte of it arrived.
    Io readResponse(Response &response, bool &any, std::string &error)
    {
        any = !m_buffer.empty();
        for (;;) {
            size_t headerEnd;
            while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
                if (m_buffer.size() > 64 * 1024) {
                    error = "answer header larger than 64 KiB";
                    return Io::Error;
                }
                if (const Io io = fill(any, error); io != Io::Ok)
                    return io;
            }
            const std::string_view head = std::string_view(m_buffer).substr(0, headerEnd);
            // Status line: HTTP/1.x SP 3DIGIT [SP reason]
            const size_t lineEnd = head.find("\r\n");
            const std::string_view statusLine = head.substr(0, lineEnd);
            if (!statusLine.starts_with("HTTP/1.") || statusLine.size() < 12 || statusLine[8] != ' '
                || !parseNumber(statusLine.substr(9, 3), response.status)
                || (statusLine.size() > 12 && statusLine[12] != ' ')) {
                error = "malformed status line: " + std::string(statusLine.substr(0, 80));
                return Io::Error;
            }
            const bool http10 = statusLine[7] == '0';
            long long contentLength = -1;
            bool chunked = false;
            bool close = http10;
            size_t pos = lineEnd == std::string_view::npos ? head.size() : lineEnd + 2;
            while (pos < head.size()) {
                size_t end = head.find("\r\n", pos);
                if (end == std::string_view::npos)
                    end = head.size();
                const std::string_view line = head.substr(pos, end - pos);
                pos = end + 2;
                const size_t colon = line.find(':');
                if (colon == std::string_view::npos) {
                    error = "malformed header line: " + std::string(line.substr(0, 80));
                    return Io::Error;
                }
                const std::string name = lower(line.substr(0, colon));
                const std::string value = lower(trim(line.substr(colon + 1)));
                if (name == "content-length") {
                    long long length;
                    if (!parseNumber(std::string_view(value), length) || length < 0
                        || (contentLength >= 0 && length != contentLength)) {
                        error = "bad Content-Length: " + value;
                        return Io::Error;
                    }
                    contentLength = length;
                } else if (name == "transfer-encoding") {
                    chunked = value.ends_with("chunked");
                } else if (name == "connection") {
                    if (value.find("close") != std::string::npos)
                        close = true;
                    else if (value.find("keep-alive") != std::string::npos)
                        close = false;
                }
            }
            size_t bodyStart = headerEnd + 4;
            if (response.status >= 100 && response.status < 200) { // interim answer: the real one follows
                if (response.status == 101) {
                    error = "unexpected 101 Switching Protocols";
                    return Io::Error;
                }
                m_buffer.erase(0, bodyStart);
                continue;
            }
            response.keepAlive = !close;
            if (response.status == 204 || response.status == 304) {
                m_buffer.erase(0, bodyStart);
            } else if (chunked) {
                if (const Io io = readChunked(bodyStart, any, error); io != Io::Ok)
                    return io;
            } else if (contentLength >= 0) {
                while (m_buffer.size() - bodyStart < static_cast<size_t>(contentLength)) {
                    if (const Io io = fill(any, error); io != Io::Ok)
                        return io == Io::Eof ? (error = "connection closed inside the body", Io::Error) : io;
                }
                m_buffer.erase(0, bodyStart + static_cast<size_t>(contentLength));
            } else { // the body runs to the end of the connection
                for (;;) {
                    const Io io = fill(any, error);
                    if (io == Io::Eof)
                        break;
                    if (io != Io::Ok)
                        return io;
                }
                m_buffer.clear();
                response.keepAlive = false;
            }
            ++m_answered;
            return Io::Ok;
        }
    }

private:
    bool connectTcp(std::string &error)
    {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const std::string port = std::to_string(m_options.port);
        if (const int rc = getaddrinfo(m_options.host.c_str(), port.c_str(), &hints, &found); rc != 0) {
            error = "cannot resolve " + m_options.host + ": " + gai_strerror(rc);
            return false;
        }
        error = "cannot connect to " + m_options.host + ":" + port;
        for (addrinfo *a = found; a; a = a->ai_next) {
            m_fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
            if (m_fd < 0)
                continue;
            if (::connect(m_fd, a->ai_addr, a->ai_addrlen) == 0)
                break;
            error = "cannot connect to " + m_options.host + ":" + port + ": " + std::strerror(errno);
            ::close(m_fd);
            m_fd = -1;
        }
        freeaddrinfo(found);
        if (m_fd < 0)
            return false;
        const int one = 1;
        setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        timeval timeout {};
        timeout.tv_sec = static_cast<time_t>(m_options.timeout);
        timeout.tv_usec = static_cast<suseconds_t>((m_options.timeout - std::floor(m_options.timeout)) * 1e6);
        setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        return true;
    }

    Io ioError(int ret, std::string &error)
    {
        const int savedErrno = errno;
        switch (SSL_get_error(m_ssl, ret)) {
        case SSL_ERROR_ZERO_RETURN:
            return Io::Eof;
        case SSL_ERROR_WANT_READ:
        case SSL_ERROR_WANT_WRITE: // a blocking socket only says so when SO_RCVTIMEO / SO_SNDTIMEO ran out
            error = "timed out";
            return Io::Timeout;
        case SSL_ERROR_SYSCALL:
            if (savedErrno == EAGAIN || savedErrno == EWOULDBLOCK) {
                error = "timed out";
                return Io::Timeout;
            }
            if (savedErrno == 0)
                return Io::Eof;
            error = std::strerror(savedErrno);
            return Io::Reset;
        default:
            error = sslErrors();
            return Io::Error;
        }
    }

    Io fill(bool &any, std::string &error)
    {
        char chunk[16384];
        size_t got = 0;
        ERR_clear_error();
        errno = 0;
        if (SSL_read_ex(m_ssl, chunk, sizeof chunk, &got) == 1) {
            m_buffer.append(chunk, got);
            any = true;
            return Io::Ok;
        }
        return ioError(0, error);
    }

    // Ensures `count` bytes from `from` are buffered.
    Io need(size_t from, size_t count, bool &any, std::string &error)
    {
        while (m_buffer.size() < from + count) {
            if (const Io io = fill(any, error); io != Io::Ok)
                return io == Io::Eof ? (error = "connection closed inside a chunked body", Io::Error) : io;
        }
        return Io::Ok;
    }

    Io readChunked(size_t pos, bool &any, std::string &error)
    {
        for (;;) {
            size_t lineEnd;
            while ((lineEnd = m_buffer.find("\r\n", pos)) == std::string::npos) {
                if (const Io io = need(pos, m_buffer.size() - pos + 1, any, error); io != Io::Ok)
                    return io;
            }
            std::string_view sizeText = std::string_view(m_buffer).substr(pos, lineEnd - pos);
            sizeText = trim(sizeText.substr(0, sizeText.find(';')));
            size_t size = 0;
            const auto [ptr, ec] = std::from_chars(sizeText.data(), sizeText.data() + sizeText.size(), size, 16);
            if (ec != std::errc() || ptr != sizeText.data() + sizeText.size() || sizeText.empty()) {
                error = "malformed chunk size: " + std::string(sizeText.substr(0, 40));
                return Io::Error;
            }
            pos = lineEnd + 2;
            if (size == 0) { // trailers, up to an empty line
                for (;;) {
                    while ((lineEnd = m_buffer.find("\r\n", pos)) == std::string::npos) {
                        if (const Io io = need(pos, m_buffer.size() - pos + 1, any, error); io != Io::Ok)
                            return io;
                    }
                    const bool last = lineEnd == pos;
                    pos = lineEnd + 2;
                    if (last) {
                        m_buffer.erase(0, pos);
                        return Io::Ok;
                    }
                }
            }
            if (const Io io = need(pos, size + 2, any, error); io != Io::Ok)
                return io;
            if (m_buffer.compare(pos + size, 2, "\r\n") != 0) {
                error = "chunk not followed by CRLF";
                return Io::Error;
            }
            pos += size + 2;
        }
    }

    SSL_CTX *m_ctx;
    const Options &m_options;
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    std::vector<SSL_SESSION *> m_sessions; // oldest first
    std::string m_buffer;
    int m_answered = 0;
};

// ---- the run ---------------------------------------------------------------------------------------------------

struct Stats
{
    std::vector<double> latencyMs;
    std::map<int, unsigned long long> statuses;
    std::map<std::string, unsigned long long> errorKinds;
    unsigned long long sent = 0;
    unsigned long long completed = 0;
    unsigned long long errors = 0;
    unsigned long long reconnects = 0;
};

struct Run
{
    Run(const Options &o, const std::vector<std::string> &r, SSL_CTX *c)
        : options(o)
        , requests(r)
        , ctx(c)
        , connected(o.connections)
    { }

    const Options &options;
    const std::vector<std::string> &requests;
    SSL_CTX *ctx;
    // Distinguishes this run's unique header values from an earlier run's against the same receiver.
    std::string runId = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    std::atomic<unsigned long long> next {0}; // the next request (closed loop) or the next due slot (open loop)
    std::latch connected; // every connection has made its first handshake
    std::latch go {1};
    std::atomic<bool> abort {false};
    Clock::time_point start; // set before `go`
    Clock::time_point measureFrom;
    Clock::time_point measureUntil;

    Clock::time_point due(unsigned long long k) const
    {
        return start + std::chrono::nanoseconds(std::llround(static_cast<double>(k) * 1e9 / options.rate));
    }
};

/// Puts `value` (padded or cut to the placeholder's length) where the body holds kUniquePlaceholder and signs the
/// body again into X-Hub-Signature-256 (HMAC-SHA256, hex).
void resign(std::string &request, const std::string &secret, const std::string &value)
{
    const size_t bodyStart = request.find("\r\n\r\n") + 4;
    const size_t at = request.find(kUniquePlaceholder, bodyStart);
    if (at != std::string::npos) {
        std::string fitted = value.size() >= kUniquePlaceholder.size()
            ? value.substr(value.size() - kUniquePlaceholder.size())
            : std::string(kUniquePlaceholder.size() - value.size(), '0') + value;
        request.replace(at, fitted.size(), fitted);
    }
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char *>(request.data() + bodyStart), request.size() - bodyStart, mac,
         &macLength);
    constexpr std::string_view header = "X-Hub-Signature-256: sha256=";
    const size_t signature = request.find(header);
    if (signature == std::string::npos || signature > bodyStart)
        return;
    static constexpr char hex[] = "0123456789abcdef";
    for (unsigned int i = 0; i < macLength; ++i) {
        request[signature + header.size() + 2 * i] = hex[mac[i] >> 4];
        request[signature + header.size() + 2 * i + 1] = hex[mac[i] & 15];
    }
}

void noteError(Stats &stats, bool measured, const std::string &error)
{
    if (!measured)
        return;
    ++stats.errors;
    if (stats.errorKinds.size() < 50 || stats.errorKinds.contains(error))
        ++stats.errorKinds[error];
}

void worker(Run &run, Stats &stats, std::string &setupError)
{
    Connection connection(run.ctx, run.options);
    if (!connection.open(setupError))
        run.abort = true;
    run.connected.count_down();
    run.go.wait();
    if (run.abort)
        return;

    const bool openLoop = run.options.rate > 0;
    std::string error;
    for (;;) {
        unsigned long long k;
        Clock::time_point begin;
        if (openLoop) {
            k = run.next.fetch_add(1, std::memory_order_relaxed);
            begin = run.due(k);
            if (begin >= run.measureUntil || Clock::now() >= run.measureUntil)
                break; // what is still due stays unsent: "scheduled" minus "sent" in the output
            std::this_thread::sleep_until(begin);
        } else {
            begin = Clock::now();
            if (begin >= run.measureUntil)
                break;
            k = run.next.fetch_add(1, std::memory_order_relaxed);
        }
        const bool measured = begin >= run.measureFrom;
        const std::string &pattern = run.requests[k % run.requests.size()];
        std::string unique;
        if (!run.options.uniqueHeader.empty()) {
            const auto lineEnd = pattern.find("\r\n");
            unique = pattern.substr(0, lineEnd + 2) + run.options.uniqueHeader + ": " + run.runId + '-'
                + std::to_string(k) + "\r\n" + pattern.substr(lineEnd + 2);
        }
        if (!run.options.githubSecret.empty())
            resign(unique, run.options.githubSecret, run.runId + '-' + std::to_string(k));
        const std::string &request = run.options.uniqueHeader.empty() ? pattern : unique;
        if (measured)
            ++stats.sent;

        Response response;
        bool done = false;
        for (int attempt = 0; attempt < 2 && !done; ++attempt) {
            if (!connection.isOpen()) {
                if (!connection.open(error)) {
                    noteError(stats, measured, error);
                    break;
                }
                if (measured)
                    ++stats.reconnects;
            }
            const bool used = connection.answered() > 0;
            const Io written = connection.write(request, error);
            if (written != Io::Ok) {
                connection.close(false);
                if (used && attempt == 0 && written != Io::Timeout)
                    continue; // the server closed the idle connection: once more on a new one
                noteError(stats, measured, "write: " + (written == Io::Eof ? std::string("connection closed") : error));
                break;
            }
            bool any = false;
            const Io read = connection.readResponse(response, any, error);
            if (read != Io::Ok) {
                connection.close(false);
                if (!any && used && attempt == 0 && (read == Io::Eof || read == Io::Reset))
                    continue;
                noteError(stats, measured, "read: " + (read == Io::Eof ? std::string("connection closed") : error));
                break;
            }
            done = true;
        }
        if (!done)
            continue;
        const auto end = Clock::now();
        if (!response.keepAlive)
            connection.close(true);
        if (measured) {
            ++stats.completed;
            ++stats.statuses[response.status];
            stats.latencyMs.push_back(std::chrono::duration<double, std::milli>(end - begin).count());
        }
    }
    if (connection.isOpen())
        connection.close(true);
}

std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv);
    const std::vector<std::string> requests = loadRequests(options);
    std::signal(SIGPIPE, SIG_IGN); // a write to a connection the server closed is an error, not the end

    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        fail("SSL_CTX_new: " + sslErrors());
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // Only --ca is trusted, never the system store; verification is never switched off.
    if (SSL_CTX_load_verify_locations(ctx, options.ca.c_str(), nullptr) != 1)
        fail("cannot load the CA certificate " + options.ca + ": " + sslErrors());
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    // A body that runs to the end of the connection ends at a TCP close too (servers often skip close_notify).
    SSL_CTX_set_options(ctx, SSL_OP_IGNORE_UNEXPECTED_EOF);
    // Each connection resumes its own TLS session when the server closed it (Connection: close).
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(ctx, &Connection::keepSession);

    const auto connections = static_cast<size_t>(options.connections);
    Run run(options, requests, ctx);
    std::vector<Stats> stats(connections);
    std::vector<std::string> setupErrors(connections);
    std::vector<std::thread> threads;
    threads.reserve(connections);
    for (size_t i = 0; i < connections; ++i)
        threads.emplace_back(worker, std::ref(run), std::ref(stats[i]), std::ref(setupErrors[i]));

    // Every connection is open (TLS handshake done) before the clock starts.
    run.connected.wait();
    run.start = Clock::now();
    const auto toDuration = [](double s) {
        return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
    };
    run.measureFrom = run.start + toDuration(options.warmup);
    run.measureUntil = run.measureFrom + toDuration(options.seconds);
    run.go.count_down();
    for (auto &thread : threads)
        thread.join();
    if (run.abort) {
        for (const auto &error : setupErrors) {
            if (!error.empty())
                fail("cannot open a connection: " + error);
        }
    }

    Stats total;
    for (auto &s : stats) {
        total.sent += s.sent;
        total.completed += s.completed;
        total.errors += s.errors;
        total.reconnects += s.reconnects;
        total.latencyMs.insert(total.latencyMs.end(), s.latencyMs.begin(), s.latencyMs.end());
        for (const auto &[status, count] : s.statuses)
            total.statuses[status] += count;
        for (const auto &[kind, count] : s.errorKinds)
            total.errorKinds[kind] += count;
    }
    std::sort(total.latencyMs.begin(), total.latencyMs.end());
    const auto percentile = [&](double p) -> std::string {
        if (total.latencyMs.empty())
            return "null";
        const auto n = total.latencyMs.size();
        const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(n)));
        return fixed(total.latencyMs[std::clamp<size_t>(rank, 1, n) - 1], 3);
    };

    std::string json = "{\"sent\":" + std::to_string(total.sent) + ",\"completed\":" + std::to_string(total.completed)
        + ",\"seconds\":" + fixed(options.seconds, 3)
        + ",\"rps\":" + fixed(static_cast<double>(total.completed) / options.seconds, 1) + ",\"status\":{";
    bool first = true;
    for (const auto &[status, count] : total.statuses) {
        json += (first ? "\"" : ",\"") + std::to_string(status) + "\":" + std::to_string(count);
        first = false;
    }
    json += "},\"p50_ms\":" + percentile(50) + ",\"p90_ms\":" + percentile(90) + ",\"p99_ms\":" + percentile(99)
        + ",\"max_ms\":" + percentile(100) + ",\"errors\":" + std::to_string(total.errors) + ",\"connections\":"
        + std::to_string(options.connections) + ",\"reconnects\":" + std::to_string(total.reconnects);
    if (options.rate > 0) {
        // Requests due in the measured period; more than "sent" when the connections could not keep up.
        unsigned long long scheduled = 0;
        for (unsigned long long k = 0;; ++k) {
            const auto due = run.due(k);
            if (due >= run.measureUntil)
                break;
            if (due >= run.measureFrom)
                ++scheduled;
        }
        json += ",\"rate\":" + fixed(options.rate, 1) + ",\"scheduled\":" + std::to_string(scheduled);
    }
    json += "}";
    std::puts(json.c_str());
    for (const auto &[kind, count] : total.errorKinds)
        std::fprintf(stderr, "webhook_load: %llu x %s\n", count, jsonString(kind).c_str());

    SSL_CTX_free(ctx);
    return 0;
}

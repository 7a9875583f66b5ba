#include "Canonical.h"

#include <QJsonDocument>

#include <openssl/evp.h>

namespace Keyward::Audit {

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    // Copies runs of characters that need no escaping in one go: verification rebuilds a million of these.
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = static_cast<unsigned char>(data[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out.append('"');
}

void appendCanonicalEvent(QByteArray &out, const CanonicalFields &event)
{
    out.append("{\"action\":");
    appendJsonString(out, event.action);
    out.append(",\"actor\":{\"host\":");
    appendJsonString(out, event.actorHost);
    out.append(",\"user\":");
    appendJsonString(out, event.actorUser);
    out.append("},\"details\":");
    out.append(event.details);
    out.append(",\"outcome\":");
    appendJsonString(out, event.outcome);
    out.append(",\"seq\":");
    out.append(QByteArray::number(event.seq));
    out.append(",\"target\":");
    appendJsonString(out, event.target);
    out.append(",\"time\":");
    appendJsonString(out, event.time);
    out.append('}');
}

CanonicalFields CanonicalFields::from(const AuditEvent &event)
{
    return {event.seq,
            event.time.toUtf8(),
            event.actorUser.toUtf8(),
            event.actorHost.toUtf8(),
            event.action.toUtf8(),
            event.target.toUtf8(),
            event.outcome.toUtf8(),
            event.details};
}

QByteArray canonicalEvent(const AuditEvent &event)
{
    QByteArray out;
    out.reserve(256 + event.details.size());
    appendCanonicalEvent(out, CanonicalFields::from(event));
    return out;
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QByteArray chainHash(const QByteArray &previousHash, const QByteArray &canonical)
{
    // One context per thread, reused: allocating an EVP_MD_CTX per event costs more than the hash itself.
    thread_local struct Context
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        ~Context()
        {
            EVP_MD_free(md);
            EVP_MD_CTX_free(ctx);
        }
    } context;
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestInit_ex(context.ctx, context.md, nullptr);
    EVP_DigestUpdate(context.ctx, previousHash.constData(), static_cast<size_t>(previousHash.size()));
    EVP_DigestUpdate(context.ctx, canonical.constData(), static_cast<size_t>(canonical.size()));
    EVP_DigestFinal_ex(context.ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    return digest;
}

} // namespace Keyward::Audit

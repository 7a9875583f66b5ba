#include "Canonical.h"

#include <QJsonDocument>

#include <openssl/evp.h>

namespace Keyward::Audit {

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                const char escaped[] = { '\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf] };
                out.append(escaped, sizeof escaped);
            } else {
                out.append(c);
            }
        }
    }
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
    return { event.seq,
             event.time.toUtf8(),
             event.actorUser.toUtf8(),
             event.actorHost.toUtf8(),
             event.action.toUtf8(),
             event.target.toUtf8(),
             event.outcome.toUtf8(),
             event.details };
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

#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Keyward::Webhooks {

/// How a webhook source signs its deliveries.
enum class Scheme {
    GitHub, ///< X-Hub-Signature-256: sha256=<hex HMAC of the body>
    Stripe, ///< Stripe-Signature: t=<unix>,v1=<hex HMAC of "t.body">[,v1=...]
    Slack, ///< X-Slack-Signature: v0=<hex HMAC of "v0:ts:body">, X-Slack-Request-Timestamp
    Shopify, ///< X-Shopify-Hmac-Sha256: <base64 HMAC of the body>
    Standard, ///< Standard Webhooks / Svix: webhook-id, webhook-timestamp, webhook-signature: v1,<base64> ...
    Generic, ///< an HMAC scheme described by GenericScheme
    GoogleRisc, ///< Google RISC: the body is a security event token (RFC 8417), a JWT signed with Google's keys
};
QString schemeName(Scheme scheme); ///< github, stripe, slack, shopify, standard, generic
std::optional<Scheme> schemeFromName(const QString &name);
QStringList schemeNames();

/// A configurable HMAC scheme for senders that follow none of the named ones.
struct GenericScheme
{
    enum class Encoding { Hex, Base64 };
    enum class Digest { Sha1, Sha256, Sha512 };
    QByteArray signatureHeader = "X-Signature";
    QByteArray prefix; ///< before the encoded MAC, e.g. "sha256="; required when set
    Encoding encoding = Encoding::Hex;
    Digest digest = Digest::Sha256;
    QByteArray timestampHeader; ///< empty: no timestamp is signed (dedupe on the id only)
    QByteArray idHeader; ///< the sender's delivery id
    QByteArray eventHeader; ///< the event type
    /// The signed bytes, with placeholders {body}, {timestamp} and {id}.
    QByteArray payload = "{body}";

    /// Reads the `config` object of a generic source; unknown keys and bad values are refused with a sentence.
    static Result<GenericScheme> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/// Where Google RISC security event tokens come from and whom they must be for.
struct RiscScheme
{
    QString issuer = QStringLiteral("https://accounts.google.com/");
    QString jwksUri = QStringLiteral("https://www.googleapis.com/oauth2/v3/certs");
    QStringList audiences; ///< the OAuth client ids of the apps the tokens are about (required)

    /// Reads the `config` object of a google-risc source: "issuer", "jwks_uri", "audience" (a list).
    static Result<RiscScheme> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/// A scheme with its configuration.
struct SignatureScheme
{
    Scheme kind = Scheme::GitHub;
    GenericScheme generic;
    RiscScheme risc;
    QJsonObject jwks; ///< google-risc: the issuer's signing keys as last fetched
};

/// Request headers as received; names compare case-insensitively, the first of repeated headers wins.
class Headers
{
public:
    void add(QByteArray name, QByteArray value) { m_entries.append({std::move(name), std::move(value)}); }
    QByteArray value(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;
    const QList<std::pair<QByteArray, QByteArray>> &entries() const { return m_entries; }

private:
    QList<std::pair<QByteArray, QByteArray>> m_entries;
};

/// The outcome of checking a delivery's signature.
struct Verdict
{
    enum class Reason {
        Valid,
        MissingSignature, ///< no signature header of the scheme
        MalformedSignature, ///< the header is there but not in the scheme's format
        MissingTimestamp,
        MalformedTimestamp,
        MissingId, ///< Standard Webhooks signs the id: without it nothing can be checked
        Stale, ///< signed correctly, but longer ago than the tolerance
        Future, ///< signed correctly, but dated further ahead than the tolerance
        Mismatch, ///< no active secret produces the signature: wrong secret or altered body
        NoSecret, ///< the source has no active secret
        UnknownKey, ///< a token names a signing key the issuer's key set (as last fetched) does not have
        ClaimsRejected, ///< a token's signature is good but its issuer or audience is not the source's
    };
    Reason reason = Reason::Mismatch;
    int secretIndex = -1; ///< which secret matched (for rotation statistics)
    qint64 timestamp = 0; ///< the signed timestamp, when the scheme has one

    bool valid() const { return reason == Reason::Valid; }
    /// A stable word for stores and JSON: valid, missing_signature, ..., mismatch.
    QString code() const;
    /// What happened and what to look at, translated.
    QString sentence() const;
};

struct VerifyOptions
{
    qint64 nowSeconds = 0;
    qint64 toleranceSeconds = 300; ///< past and future, wherever a timestamp is signed
};

/// Checks a delivery against each active secret. MACs are compared with CRYPTO_memcmp; which secret matched and the
/// lengths involved are not secret.
Verdict verify(const SignatureScheme &scheme, const QList<SecureBytes> &secrets, const Headers &headers,
               const QByteArray &body, const VerifyOptions &options);

/// The sender's id for the delivery (for replay protection) and the event type, read from the headers or from the
/// (already verified) body where the scheme puts them there.
struct DeliveryInfo
{
    QByteArray id; ///< the sender's id for the delivery, as sent
    QString eventType;
    /// What replay protection keys on: the sender's id where the signature covers it, else "sha256:" and the hex
    /// SHA-256 of the body (GitHub and Shopify send their ids in unsigned headers).
    QByteArray replayKey;
};
DeliveryInfo describe(const SignatureScheme &scheme, const Headers &headers, const QByteArray &body);

/// The key bytes of a Standard Webhooks secret ("whsec_" + base64); empty when malformed.
SecureBytes standardWebhooksKey(const SecureBytes &secret);

} // namespace Keyward::Webhooks

#include "Signature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include "oauth/IdToken.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Keyward::Webhooks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Webhooks::Verdict", text);
}

const EVP_MD *evpDigest(GenericScheme::Digest digest)
{
    switch (digest) {
    case GenericScheme::Digest::Sha1:
        return EVP_sha1();
    case GenericScheme::Digest::Sha512:
        return EVP_sha512();
    case GenericScheme::Digest::Sha256:
        break;
    }
    return EVP_sha256();
}

QByteArray hmac(const EVP_MD *digest, const SecureBytes &key, const QByteArray &message)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(digest, key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(message.constData()), static_cast<size_t>(message.size()), mac,
              &length))
        return {};
    const QByteArray result(reinterpret_cast<const char *>(mac), static_cast<qsizetype>(length));
    OPENSSL_cleanse(mac, sizeof mac);
    return result;
}

/// Strict hex: even length, hex digits only (QByteArray::fromHex skips anything else silently).
std::optional<QByteArray> decodeHex(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 2 != 0)
        return std::nullopt;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return std::nullopt;
    }
    return QByteArray::fromHex(text.toByteArray());
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

/// Unix seconds as the senders write them: decimal digits only, at most 12 of them.
std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

/// The parsed signature header: candidate MACs and the signed timestamp.
struct Claimed
{
    Verdict::Reason problem = Verdict::Reason::Valid;
    QList<QByteArray> macs;
    std::optional<qint64> timestamp;
    QByteArray id;
};

Claimed claimedGitHub(const Headers &headers)
{
    Claimed claimed;
    const QByteArray header = headers.value("X-Hub-Signature-256").trimmed();
    if (header.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingSignature;
    } else if (!header.startsWith("sha256=")) {
        claimed.problem = Verdict::Reason::MalformedSignature;
    } else if (auto mac = decodeHex(header.mid(7)); mac && mac->size() == 32) {
        claimed.macs.append(*mac);
    } else {
        claimed.problem = Verdict::Reason::MalformedSignature;
    }
    return claimed;
}

Claimed claimedStripe(const Headers &headers)
{
    Claimed claimed;
    const QByteArray header = headers.value("Stripe-Signature").trimmed();
    if (header.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingSignature;
        return claimed;
    }
    bool timestampMalformed = false;
    for (QByteArray item : header.split(',')) {
        item = item.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq);
        const QByteArray value = item.mid(eq + 1);
        if (key == "t") {
            claimed.timestamp = parseTimestamp(value);
            timestampMalformed = !claimed.timestamp;
        } else if (key == "v1") {
            // Stripe's library skips what it cannot use rather than failing the whole header.
            if (auto mac = decodeHex(value); mac && mac->size() == 32)
                claimed.macs.append(*mac);
        }
    }
    if (timestampMalformed)
        claimed.problem = Verdict::Reason::MalformedTimestamp;
    else if (!claimed.timestamp)
        claimed.problem = Verdict::Reason::MissingTimestamp;
    else if (claimed.macs.isEmpty())
        claimed.problem = Verdict::Reason::MalformedSignature;
    return claimed;
}

Claimed claimedSlack(const Headers &headers)
{
    Claimed claimed;
    const QByteArray signature = headers.value("X-Slack-Signature").trimmed();
    const QByteArray timestamp = headers.value("X-Slack-Request-Timestamp").trimmed();
    if (signature.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingSignature;
    } else if (timestamp.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingTimestamp;
    } else if (!(claimed.timestamp = parseTimestamp(timestamp))) {
        claimed.problem = Verdict::Reason::MalformedTimestamp;
    } else if (auto mac = signature.startsWith("v0=") ? decodeHex(signature.mid(3)) : std::nullopt;
               mac && mac->size() == 32) {
        claimed.macs.append(*mac);
    } else {
        claimed.problem = Verdict::Reason::MalformedSignature;
    }
    return claimed;
}

Claimed claimedShopify(const Headers &headers)
{
    Claimed claimed;
    const QByteArray header = headers.value("X-Shopify-Hmac-Sha256").trimmed();
    if (header.isEmpty())
        claimed.problem = Verdict::Reason::MissingSignature;
    else if (auto mac = decodeBase64(header); mac && mac->size() == 32)
        claimed.macs.append(*mac);
    else
        claimed.problem = Verdict::Reason::MalformedSignature;
    return claimed;
}

/// Standard Webhooks headers, or Svix's names for the same (svix-id, svix-timestamp, svix-signature).
QByteArray standardHeader(const Headers &headers, const char *name)
{
    const QByteArray value = headers.value(QByteArray("webhook-") + name).trimmed();
    return value.isEmpty() ? headers.value(QByteArray("svix-") + name).trimmed() : value;
}

Claimed claimedStandard(const Headers &headers)
{
    Claimed claimed;
    const QByteArray signature = standardHeader(headers, "signature");
    const QByteArray timestamp = standardHeader(headers, "timestamp");
    claimed.id = standardHeader(headers, "id");
    if (signature.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingSignature;
        return claimed;
    }
    if (claimed.id.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingId;
        return claimed;
    }
    if (timestamp.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingTimestamp;
        return claimed;
    }
    if (!(claimed.timestamp = parseTimestamp(timestamp))) {
        claimed.problem = Verdict::Reason::MalformedTimestamp;
        return claimed;
    }
    // Space-separated "version,signature" pairs; only v1 (HMAC-SHA256) is symmetric, the others are skipped.
    for (const QByteArray &item : signature.split(' ')) {
        if (!item.startsWith("v1,"))
            continue;
        if (auto mac = decodeBase64(item.mid(3)); mac && mac->size() == 32)
            claimed.macs.append(*mac);
    }
    if (claimed.macs.isEmpty())
        claimed.problem = Verdict::Reason::MalformedSignature;
    return claimed;
}

Claimed claimedGeneric(const GenericScheme &scheme, const Headers &headers)
{
    Claimed claimed;
    QByteArray header = headers.value(scheme.signatureHeader).trimmed();
    if (header.isEmpty()) {
        claimed.problem = Verdict::Reason::MissingSignature;
        return claimed;
    }
    if (!header.startsWith(scheme.prefix)) {
        claimed.problem = Verdict::Reason::MalformedSignature;
        return claimed;
    }
    const QByteArray encoded = header.mid(scheme.prefix.size());
    auto mac = scheme.encoding == GenericScheme::Encoding::Hex ? decodeHex(encoded) : decodeBase64(encoded);
    if (!mac) {
        claimed.problem = Verdict::Reason::MalformedSignature;
        return claimed;
    }
    claimed.macs.append(*mac);
    if (!scheme.idHeader.isEmpty())
        claimed.id = headers.value(scheme.idHeader).trimmed();
    if (!scheme.timestampHeader.isEmpty()) {
        const QByteArray timestamp = headers.value(scheme.timestampHeader).trimmed();
        if (timestamp.isEmpty())
            claimed.problem = Verdict::Reason::MissingTimestamp;
        else if (!(claimed.timestamp = parseTimestamp(timestamp)))
            claimed.problem = Verdict::Reason::MalformedTimestamp;
    }
    if (scheme.payload.contains("{id}") && claimed.id.isEmpty() && claimed.problem == Verdict::Reason::Valid)
        claimed.problem = Verdict::Reason::MissingId;
    return claimed;
}

/// The generic scheme's payload template with {body}, {timestamp} and {id} filled in, left to right (a
/// placeholder inside the body is never expanded).
QByteArray genericPayload(const QByteArray &pattern, const QByteArray &body, const QByteArray &timestamp,
                          const QByteArray &id)
{
    QByteArray out;
    out.reserve(pattern.size() + body.size() + 32);
    for (qsizetype i = 0; i < pattern.size();) {
        const QByteArrayView rest(pattern.constData() + i, pattern.size() - i);
        if (rest.startsWith("{body}")) {
            out += body;
            i += 6;
        } else if (rest.startsWith("{timestamp}")) {
            out += timestamp;
            i += 11;
        } else if (rest.startsWith("{id}")) {
            out += id;
            i += 4;
        } else {
            out += pattern.at(i++);
        }
    }
    return out;
}

} // namespace

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::GitHub:
        return QStringLiteral("github");
    case Scheme::Stripe:
        return QStringLiteral("stripe");
    case Scheme::Slack:
        return QStringLiteral("slack");
    case Scheme::Shopify:
        return QStringLiteral("shopify");
    case Scheme::Standard:
        return QStringLiteral("standard");
    case Scheme::GoogleRisc:
        return QStringLiteral("google-risc");
    case Scheme::Generic:
        break;
    }
    return QStringLiteral("generic");
}

std::optional<Scheme> schemeFromName(const QString &name)
{
    for (Scheme scheme : {Scheme::GitHub, Scheme::Stripe, Scheme::Slack, Scheme::Shopify, Scheme::Standard,
                          Scheme::Generic, Scheme::GoogleRisc}) {
        if (schemeName(scheme) == name)
            return scheme;
    }
    return std::nullopt;
}

QStringList schemeNames()
{
    return {QStringLiteral("github"),  QStringLiteral("stripe"),   QStringLiteral("slack"),
            QStringLiteral("shopify"), QStringLiteral("standard"), QStringLiteral("generic")};
}

Result<GenericScheme> GenericScheme::fromJson(const QJsonObject &json)
{
    static const QStringList known {QStringLiteral("signature_header"), QStringLiteral("prefix"),
                                    QStringLiteral("encoding"),         QStringLiteral("digest"),
                                    QStringLiteral("timestamp_header"), QStringLiteral("id_header"),
                                    QStringLiteral("event_header"),     QStringLiteral("payload")};
    const auto invalid = [](const QString &what) {
        return Error {ErrorCode::Usage,
                      QCoreApplication::translate("Keyward::Webhooks::Verdict",
                                                  "The generic signature scheme's configuration is not usable: %1.")
                          .arg(what)};
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(
                QCoreApplication::translate("Keyward::Webhooks::Verdict", "unknown key \"%1\"").arg(it.key()));
        if (!it.value().isString())
            return invalid(
                QCoreApplication::translate("Keyward::Webhooks::Verdict", "\"%1\" must be a string").arg(it.key()));
    }
    GenericScheme scheme;
    const auto text = [&json](const char *key, const QByteArray &fallback) {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isUndefined() ? fallback : value.toString().toUtf8();
    };
    scheme.signatureHeader = text("signature_header", scheme.signatureHeader);
    scheme.prefix = text("prefix", {});
    scheme.timestampHeader = text("timestamp_header", {});
    scheme.idHeader = text("id_header", {});
    scheme.eventHeader = text("event_header", {});
    scheme.payload = text("payload", scheme.payload);
    const QByteArray encoding = text("encoding", "hex");
    if (encoding == "hex")
        scheme.encoding = Encoding::Hex;
    else if (encoding == "base64")
        scheme.encoding = Encoding::Base64;
    else
        return invalid(QCoreApplication::translate("Keyward::Webhooks::Verdict", "encoding must be hex or base64"));
    const QByteArray digest = text("digest", "sha256");
    if (digest == "sha256")
        scheme.digest = Digest::Sha256;
    else if (digest == "sha512")
        scheme.digest = Digest::Sha512;
    else if (digest == "sha1")
        scheme.digest = Digest::Sha1;
    else
        return invalid(
            QCoreApplication::translate("Keyward::Webhooks::Verdict", "digest must be sha256, sha512 or sha1"));
    if (scheme.signatureHeader.isEmpty())
        return invalid(QCoreApplication::translate("Keyward::Webhooks::Verdict", "signature_header is empty"));
    if (!scheme.payload.contains("{body}"))
        return invalid(QCoreApplication::translate("Keyward::Webhooks::Verdict", "payload must contain {body}"));
    if (scheme.payload.contains("{timestamp}") != !scheme.timestampHeader.isEmpty()) {
        return invalid(QCoreApplication::translate(
            "Keyward::Webhooks::Verdict",
            "a timestamp_header needs {timestamp} in the payload, and the other way round"));
    }
    if (scheme.payload.contains("{id}") && scheme.idHeader.isEmpty())
        return invalid(
            QCoreApplication::translate("Keyward::Webhooks::Verdict", "{id} in the payload needs an id_header"));
    return scheme;
}

Result<RiscScheme> RiscScheme::fromJson(const QJsonObject &json)
{
    const auto invalid = [](const QString &what) {
        return Error {ErrorCode::Usage,
                      QCoreApplication::translate("Keyward::Webhooks::Verdict",
                                                  "The google-risc configuration is not usable: %1.")
                          .arg(what)};
    };
    static const QStringList known {QStringLiteral("issuer"), QStringLiteral("jwks_uri"), QStringLiteral("audience")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(
                QCoreApplication::translate("Keyward::Webhooks::Verdict", "unknown key \"%1\"").arg(it.key()));
    }
    RiscScheme scheme;
    if (json.contains(QLatin1String("issuer")))
        scheme.issuer = json.value(QLatin1String("issuer")).toString();
    if (json.contains(QLatin1String("jwks_uri")))
        scheme.jwksUri = json.value(QLatin1String("jwks_uri")).toString();
    const QJsonValue audience = json.value(QLatin1String("audience"));
    for (const QJsonValue &entry : audience.isArray() ? audience.toArray() : QJsonArray {audience}) {
        if (!entry.toString().isEmpty())
            scheme.audiences.append(entry.toString());
    }
    if (scheme.audiences.isEmpty()) {
        return invalid(QCoreApplication::translate("Keyward::Webhooks::Verdict",
                                                   "\"audience\" must list the OAuth client ids the tokens are for"));
    }
    const QUrl jwks(scheme.jwksUri);
    const bool loopback = jwks.scheme() == QLatin1String("http")
        && (jwks.host() == QLatin1String("127.0.0.1") || jwks.host() == QLatin1String("localhost"));
    if (scheme.issuer.isEmpty() || !jwks.isValid() || (jwks.scheme() != QLatin1String("https") && !loopback)) {
        return invalid(QCoreApplication::translate("Keyward::Webhooks::Verdict",
                                                   "\"jwks_uri\" must be an https:// URL and \"issuer\" not empty"));
    }
    return scheme;
}

QJsonObject RiscScheme::toJson() const
{
    return {{QLatin1String("issuer"), issuer},
            {QLatin1String("jwks_uri"), jwksUri},
            {QLatin1String("audience"), QJsonArray::fromStringList(audiences)}};
}

QJsonObject GenericScheme::toJson() const
{
    return {{QLatin1String("signature_header"), QString::fromUtf8(signatureHeader)},
            {QLatin1String("prefix"), QString::fromUtf8(prefix)},
            {QLatin1String("encoding"), encoding == Encoding::Hex ? QStringLiteral("hex") : QStringLiteral("base64")},
            {QLatin1String("digest"),
             digest == Digest::Sha256       ? QStringLiteral("sha256")
                 : digest == Digest::Sha512 ? QStringLiteral("sha512")
                                            : QStringLiteral("sha1")},
            {QLatin1String("timestamp_header"), QString::fromUtf8(timestampHeader)},
            {QLatin1String("id_header"), QString::fromUtf8(idHeader)},
            {QLatin1String("event_header"), QString::fromUtf8(eventHeader)},
            {QLatin1String("payload"), QString::fromUtf8(payload)}};
}

QByteArray Headers::value(const QByteArray &name) const
{
    for (const auto &[key, value] : m_entries) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Headers::contains(const QByteArray &name) const
{
    for (const auto &entry : m_entries) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Verdict::code() const
{
    switch (reason) {
    case Reason::Valid:
        return QStringLiteral("valid");
    case Reason::MissingSignature:
        return QStringLiteral("missing_signature");
    case Reason::MalformedSignature:
        return QStringLiteral("malformed_signature");
    case Reason::MissingTimestamp:
        return QStringLiteral("missing_timestamp");
    case Reason::MalformedTimestamp:
        return QStringLiteral("malformed_timestamp");
    case Reason::MissingId:
        return QStringLiteral("missing_id");
    case Reason::Stale:
        return QStringLiteral("stale_timestamp");
    case Reason::Future:
        return QStringLiteral("future_timestamp");
    case Reason::Mismatch:
        return QStringLiteral("signature_mismatch");
    case Reason::UnknownKey:
        return QStringLiteral("unknown_key");
    case Reason::ClaimsRejected:
        return QStringLiteral("invalid_claims");
    case Reason::NoSecret:
        break;
    }
    return QStringLiteral("no_secret");
}

QString Verdict::sentence() const
{
    switch (reason) {
    case Reason::Valid:
        return tr("The signature is valid.");
    case Reason::MissingSignature:
        return tr("The delivery carries no signature header of this scheme: check the source's scheme and that the "
                  "sender signs its deliveries.");
    case Reason::MalformedSignature:
        return tr("The signature header is not in this scheme's format: check the source's scheme.");
    case Reason::MissingTimestamp:
        return tr("The delivery carries no signed timestamp, which this scheme requires.");
    case Reason::MalformedTimestamp:
        return tr("The signed timestamp is not a number of seconds since 1970.");
    case Reason::MissingId:
        return tr("The delivery carries no message id, which this scheme signs.");
    case Reason::Stale:
        return tr("The signature matches, but it was made longer ago than the tolerance allows: a replay, or a clock "
                  "that is wrong here or at the sender.");
    case Reason::Future:
        return tr("The signature matches, but it is dated further ahead than the tolerance allows: check the clocks "
                  "here and at the sender.");
    case Reason::Mismatch:
        return tr("No active secret produces this signature: the secret differs from the sender's, or the body was "
                  "changed on the way.");
    case Reason::UnknownKey:
        return tr("The token names a signing key the issuer's key set does not have (yet): Keyward fetches the keys "
                  "again, and the sender's retry will be checked against them.");
    case Reason::ClaimsRejected:
        return tr("The token is signed correctly but comes from another issuer or is meant for another audience than "
                  "the source is configured for.");
    case Reason::NoSecret:
        break;
    }
    return tr("The source has no active secret: add one before deliveries can be accepted.");
}

SecureBytes standardWebhooksKey(const SecureBytes &secret)
{
    QByteArray text(reinterpret_cast<const char *>(secret.data()), static_cast<qsizetype>(secret.size()));
    if (text.startsWith("whsec_"))
        text.remove(0, 6);
    auto decoded = decodeBase64(text);
    SecureBytes::takeFrom(text);
    if (!decoded)
        return {};
    return SecureBytes::takeFrom(*decoded);
}

namespace {

constexpr qint64 kRiscMaxAgeSeconds = 7 * 24 * 3600;

/// A security event token: the JWS signature against the issuer's keys, then `iss` and `aud`. SETs carry no expiry;
/// their replay protection is the `jti` (the delivery id), and `iat` may not lie in the future.
Verdict verifyRisc(const SignatureScheme &scheme, const QByteArray &body, const VerifyOptions &options)
{
    Verdict verdict;
    const QByteArray token = body.trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        verdict.reason = Verdict::Reason::MalformedSignature;
        return verdict;
    }
    const QJsonObject header
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), QByteArray::Base64UrlEncoding)).object();
    const QString kid = header.value(QLatin1String("kid")).toString();
    bool known = false;
    for (const QJsonValue &key : scheme.jwks.value(QLatin1String("keys")).toArray())
        known = known || key.toObject().value(QLatin1String("kid")).toString() == kid;
    if (!known) {
        verdict.reason = Verdict::Reason::UnknownKey;
        return verdict;
    }
    const auto claims = OAuth::verifyJws(token, scheme.jwks);
    if (!claims.ok()) {
        verdict.reason = Verdict::Reason::Mismatch;
        return verdict;
    }
    const QJsonObject &c = claims.value;
    const QJsonValue aud = c.value(QLatin1String("aud"));
    bool forUs = false;
    for (const QJsonValue &entry : aud.isArray() ? aud.toArray() : QJsonArray {aud})
        forUs = forUs || scheme.risc.audiences.contains(entry.toString());
    if (c.value(QLatin1String("iss")).toString() != scheme.risc.issuer || !forUs) {
        verdict.reason = Verdict::Reason::ClaimsRejected;
        return verdict;
    }
    // `iat` is required and bounded: a token older than a week is a replay (deliveries, and with them the `jti`s
    // that stop replays, may be trimmed after that), one from the future a clock problem.
    const double iat = c.value(QLatin1String("iat")).toDouble(-1);
    if (!(iat > 0 && iat < 1e11)) {
        verdict.reason = Verdict::Reason::ClaimsRejected;
        return verdict;
    }
    verdict.timestamp = static_cast<qint64>(iat);
    verdict.secretIndex = 0;
    if (verdict.timestamp - options.nowSeconds > options.toleranceSeconds)
        verdict.reason = Verdict::Reason::Future;
    else if (options.nowSeconds - verdict.timestamp > kRiscMaxAgeSeconds)
        verdict.reason = Verdict::Reason::Stale;
    else
        verdict.reason = Verdict::Reason::Valid;
    return verdict;
}

} // namespace

Verdict verify(const SignatureScheme &scheme, const QList<SecureBytes> &secrets, const Headers &headers,
               const QByteArray &body, const VerifyOptions &options)
{
    if (scheme.kind == Scheme::GoogleRisc)
        return verifyRisc(scheme, body, options);
    Verdict verdict;
    Claimed claimed;
    const EVP_MD *digest = EVP_sha256();
    switch (scheme.kind) {
    case Scheme::GitHub:
        claimed = claimedGitHub(headers);
        break;
    case Scheme::Stripe:
        claimed = claimedStripe(headers);
        break;
    case Scheme::Slack:
        claimed = claimedSlack(headers);
        break;
    case Scheme::Shopify:
        claimed = claimedShopify(headers);
        break;
    case Scheme::Standard:
        claimed = claimedStandard(headers);
        break;
    case Scheme::Generic:
        claimed = claimedGeneric(scheme.generic, headers);
        digest = evpDigest(scheme.generic.digest);
        break;
    case Scheme::GoogleRisc:
        break;
    }
    if (claimed.problem != Verdict::Reason::Valid) {
        verdict.reason = claimed.problem;
        return verdict;
    }
    if (secrets.isEmpty()) {
        verdict.reason = Verdict::Reason::NoSecret;
        return verdict;
    }
    const QByteArray timestamp = claimed.timestamp ? QByteArray::number(*claimed.timestamp) : QByteArray();
    QByteArray message;
    switch (scheme.kind) {
    case Scheme::GitHub:
    case Scheme::Shopify:
        message = body;
        break;
    case Scheme::Stripe:
        message = timestamp + '.' + body;
        break;
    case Scheme::Slack:
        message = "v0:" + timestamp + ':' + body;
        break;
    case Scheme::Standard:
        message = claimed.id + '.' + timestamp + '.' + body;
        break;
    case Scheme::Generic:
        message = genericPayload(scheme.generic.payload, body, timestamp, claimed.id);
        break;
    case Scheme::GoogleRisc:
        break;
    }
    for (int i = 0; i < secrets.size() && verdict.secretIndex < 0; ++i) {
        const SecureBytes key = scheme.kind == Scheme::Standard ? standardWebhooksKey(secrets.at(i)) : secrets.at(i);
        if (key.isEmpty())
            continue;
        const QByteArray expected = hmac(digest, key, message);
        for (const QByteArray &mac : std::as_const(claimed.macs)) {
            if (mac.size() == expected.size()
                && CRYPTO_memcmp(mac.constData(), expected.constData(), static_cast<size_t>(mac.size())) == 0) {
                verdict.secretIndex = i;
                break;
            }
        }
    }
    if (verdict.secretIndex < 0) {
        verdict.reason = Verdict::Reason::Mismatch;
        return verdict;
    }
    verdict.reason = Verdict::Reason::Valid;
    if (claimed.timestamp) {
        verdict.timestamp = *claimed.timestamp;
        if (options.nowSeconds - *claimed.timestamp > options.toleranceSeconds)
            verdict.reason = Verdict::Reason::Stale;
        else if (*claimed.timestamp - options.nowSeconds > options.toleranceSeconds)
            verdict.reason = Verdict::Reason::Future;
    }
    return verdict;
}

DeliveryInfo describe(const SignatureScheme &scheme, const Headers &headers, const QByteArray &body)
{
    DeliveryInfo info;
    const auto bodyJson = [&body] {
        return QJsonDocument::fromJson(body).object();
    };
    switch (scheme.kind) {
    case Scheme::GitHub: {
        info.id = headers.value("X-GitHub-Delivery").trimmed();
        info.eventType = QString::fromUtf8(headers.value("X-GitHub-Event").trimmed());
        const QString action = bodyJson().value(QLatin1String("action")).toString();
        if (!action.isEmpty())
            info.eventType += u'.' + action;
        break;
    }
    case Scheme::Stripe: {
        const QJsonObject json = bodyJson();
        info.id = json.value(QLatin1String("id")).toString().toUtf8();
        info.eventType = json.value(QLatin1String("type")).toString();
        break;
    }
    case Scheme::Slack: {
        const QJsonObject json = bodyJson();
        info.id = json.value(QLatin1String("event_id")).toString().toUtf8();
        const QJsonObject event = json.value(QLatin1String("event")).toObject();
        info.eventType = event.isEmpty() ? json.value(QLatin1String("type")).toString()
                                         : event.value(QLatin1String("type")).toString();
        break;
    }
    case Scheme::Shopify:
        info.id = headers.value("X-Shopify-Webhook-Id").trimmed();
        if (info.id.isEmpty())
            info.id = headers.value("X-Shopify-Event-Id").trimmed();
        info.eventType = QString::fromUtf8(headers.value("X-Shopify-Topic").trimmed());
        break;
    case Scheme::Standard:
        info.id = standardHeader(headers, "id");
        info.eventType = bodyJson().value(QLatin1String("type")).toString();
        break;
    case Scheme::GoogleRisc: {
        // The token was verified: its claims are trusted. The event type is the one key of "events".
        const QJsonObject claims = OAuth::unverifiedClaims(body.trimmed());
        info.id = claims.value(QLatin1String("jti")).toString().toUtf8();
        const QJsonObject events = claims.value(QLatin1String("events")).toObject();
        info.eventType = events.isEmpty() ? QString() : events.begin().key();
        break;
    }
    case Scheme::Generic:
        if (!scheme.generic.idHeader.isEmpty())
            info.id = headers.value(scheme.generic.idHeader).trimmed();
        if (!scheme.generic.eventHeader.isEmpty())
            info.eventType = QString::fromUtf8(headers.value(scheme.generic.eventHeader).trimmed());
        break;
    }
    if (info.id.size() > 200)
        info.id.truncate(200);
    if (info.eventType.size() > 200)
        info.eventType.truncate(200);
    bool idSigned = false;
    switch (scheme.kind) {
    case Scheme::Stripe: // in the signed body
    case Scheme::Slack:
    case Scheme::GoogleRisc:
    case Scheme::Standard: // webhook-id is part of the signed content
        idSigned = true;
        break;
    case Scheme::Generic:
        idSigned = scheme.generic.payload.contains("{id}");
        break;
    case Scheme::GitHub:
    case Scheme::Shopify:
        break;
    }
    info.replayKey = idSigned && !info.id.isEmpty()
        ? info.id
        : "sha256:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return info;
}

} // namespace Keyward::Webhooks

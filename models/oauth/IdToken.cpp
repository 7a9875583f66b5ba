#include "IdToken.h"

#include "Authorization.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <memory>

namespace Keyward::OAuth {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcSignature = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Outcome<QJsonObject> invalid(const QString &why)
{
    Outcome<QJsonObject> outcome;
    outcome.failure.kind = OAuthFailure::Kind::Rejected;
    outcome.failure.error = QStringLiteral("invalid_id_token");
    outcome.failure.description = why;
    return outcome;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::OAuth", text);
}

Key fromData(const char *type, ParamBuilder &builder)
{
    Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    KeyContext ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return {};
    return Key(key);
}

Key rsaKey(const QJsonObject &jwk)
{
    const QByteArray n = fromBase64Url(jwk.value(QLatin1String("n")).toString());
    const QByteArray e = fromBase64Url(jwk.value(QLatin1String("e")).toString());
    if (n.isEmpty() || e.isEmpty())
        return {};
    Bignum bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), static_cast<int>(n.size()), nullptr));
    Bignum be(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), static_cast<int>(e.size()), nullptr));
    // RSA below 2048 bits is refused: count the modulus's bits, not its bytes (a 2041..2047-bit modulus fills 256
    // bytes, and a modulus sent with leading zero bytes is longer than its size).
    if (!bn || BN_num_bits(bn.get()) < 2048)
        return {};
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!bn || !be || !builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bn.get())
        || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, be.get()))
        return {};
    return fromData("RSA", builder);
}

Key ecKey(const QJsonObject &jwk)
{
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return {};
    const QByteArray x = fromBase64Url(jwk.value(QLatin1String("x")).toString());
    const QByteArray y = fromBase64Url(jwk.value(QLatin1String("y")).toString());
    if (x.size() != 32 || y.size() != 32)
        return {};
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0)
        || !OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                             static_cast<size_t>(point.size())))
        return {};
    return fromData("EC", builder);
}

// JWS ES256 signatures are r || s (RFC 7518 §3.4); OpenSSL verifies DER.
QByteArray ecdsaDer(const QByteArray &raw)
{
    if (raw.size() != 64)
        return {};
    EcSignature sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr);
    BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

bool verifyWithKey(const QString &alg, const QJsonObject &jwk, const QByteArray &signingInput, QByteArray signature)
{
    Key key;
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    if ((alg == QLatin1String("RS256") || alg == QLatin1String("PS256")) && kty == QLatin1String("RSA"))
        key = rsaKey(jwk);
    else if (alg == QLatin1String("ES256") && kty == QLatin1String("EC")) {
        key = ecKey(jwk);
        signature = ecdsaDer(signature);
    }
    if (!key || signature.isEmpty())
        return false;
    DigestContext ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &keyContext, EVP_sha256(), nullptr, key.get()) != 1)
        return false;
    if (alg == QLatin1String("PS256")
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) != 1))
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()),
                            static_cast<size_t>(signingInput.size()))
        == 1;
}

/// Whether the signature verifies. A failed verification leaves errors in OpenSSL's per-thread queue, where the
/// next TLS read on the same thread (Qt's QSslSocket looks there) would take them for its own and drop the
/// connection: they are cleared here, whatever the outcome.
bool verify(const QString &alg, const QJsonObject &jwk, const QByteArray &signingInput, const QByteArray &signature)
{
    const bool verified = verifyWithKey(alg, jwk, signingInput, signature);
    ERR_clear_error();
    return verified;
}

} // namespace

QJsonObject unverifiedClaims(const QByteArray &compactJwt)
{
    const QList<QByteArray> parts = compactJwt.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(fromBase64Url(QString::fromLatin1(parts[1]))).object();
}

Outcome<QJsonObject> verifyJws(const QByteArray &compactJwt, const QJsonObject &jwks)
{
    const QList<QByteArray> parts = compactJwt.split('.');
    if (parts.size() != 3)
        return invalid(tr("not a compact JWS"));
    const QJsonObject header = QJsonDocument::fromJson(fromBase64Url(QString::fromLatin1(parts[0]))).object();
    const QJsonObject claims = QJsonDocument::fromJson(fromBase64Url(QString::fromLatin1(parts[1]))).object();
    const QByteArray signature = fromBase64Url(QString::fromLatin1(parts[2]));
    const QString alg = header.value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("PS256") && alg != QLatin1String("ES256"))
        return invalid(tr("signature algorithm \"%1\" is not accepted").arg(alg));
    const QString kid = header.value(QLatin1String("kid")).toString();
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    bool verified = false;
    bool candidate = false;
    for (const QJsonValue &value : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        if (!kid.isEmpty() && jwk.value(QLatin1String("kid")).toString() != kid)
            continue;
        const QString use = jwk.value(QLatin1String("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        candidate = true;
        if (verify(alg, jwk, signingInput, signature)) {
            verified = true;
            break;
        }
    }
    if (!candidate)
        return invalid(tr("no signing key \"%1\" in the provider's key set").arg(kid));
    if (!verified)
        return invalid(tr("the signature does not verify"));
    Outcome<QJsonObject> outcome;
    outcome.value = claims;
    return outcome;
}

Outcome<QJsonObject> validateIdToken(const QByteArray &compactJwt, const QJsonObject &jwks, const IdTokenCheck &check)
{
    auto signedClaims = verifyJws(compactJwt, jwks);
    if (!signedClaims.ok())
        return signedClaims;
    const QJsonObject claims = signedClaims.value;
    // Multi-tenant Microsoft Entra ID publishes the issuer "https://login.microsoftonline.com/{tenantid}/v2.0": the
    // token's own tenant (its `tid` claim) takes the placeholder's place.
    QString issuer = check.issuer;
    if (issuer.contains(QLatin1String("{tenantid}"))) {
        const QString tenant = claims.value(QLatin1String("tid")).toString();
        if (tenant.isEmpty())
            return invalid(tr("the provider's issuer names the token's tenant, but the token has no tid claim"));
        issuer.replace(QLatin1String("{tenantid}"), tenant);
    }
    if (issuer.isEmpty() || claims.value(QLatin1String("iss")).toString() != issuer)
        return invalid(tr("issuer \"%1\", expected \"%2\"").arg(claims.value(QLatin1String("iss")).toString(), issuer));
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray())
            audiences.append(entry.toString());
    } else {
        audiences.append(aud.toString());
    }
    if (!audiences.contains(check.clientId))
        return invalid(tr("the token is not meant for this client (audience %1)").arg(audiences.join(u',')));
    if (audiences.size() > 1 && claims.value(QLatin1String("azp")).toString() != check.clientId)
        return invalid(tr("several audiences and azp is not this client"));
    const qint64 exp = static_cast<qint64>(claims.value(QLatin1String("exp")).toDouble(0));
    if (exp == 0 || exp + check.skewSeconds < check.nowSeconds)
        return invalid(tr("the token expired"));
    const qint64 iat = static_cast<qint64>(claims.value(QLatin1String("iat")).toDouble(0));
    if (iat > check.nowSeconds + check.skewSeconds)
        return invalid(tr("the token was issued in the future"));
    if (!check.nonce.isEmpty()
        && !constantTimeEquals(claims.value(QLatin1String("nonce")).toString().toUtf8(), check.nonce))
        return invalid(tr("the nonce does not match this request"));
    Outcome<QJsonObject> outcome;
    outcome.value = claims;
    return outcome;
}

} // namespace Keyward::OAuth

#include "oauth/IdToken.h"
#include "support/OidcPeer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

using namespace Keyward;
using OAuth::IdTokenCheck;
using OAuth::validateIdToken;

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

const QString kIssuer = QStringLiteral("https://idp.example.com");
const QString kClient = QStringLiteral("keyward-client");
const QByteArray kNonce = "n-0S6_WzA2Mj";
constexpr qint64 kNow = 1'700'000'000;

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bignum(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(padTo > 0 ? padTo : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(out.size()));
    BN_free(bn);
    return out;
}

Key rsaKey(unsigned int bits)
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(bits)));
}

Key ecKey()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QJsonObject rsaJwk(EVP_PKEY *key, const QString &kid)
{
    return {{QLatin1String("kty"), QStringLiteral("RSA")},
            {QLatin1String("kid"), kid},
            {QLatin1String("use"), QStringLiteral("sig")},
            {QLatin1String("n"), QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_RSA_N)))},
            {QLatin1String("e"), QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_RSA_E)))}};
}

QJsonObject ecJwk(EVP_PKEY *key, const QString &kid)
{
    return {{QLatin1String("kty"), QStringLiteral("EC")},
            {QLatin1String("kid"), kid},
            {QLatin1String("crv"), QStringLiteral("P-256")},
            {QLatin1String("x"), QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_EC_PUB_X, 32)))},
            {QLatin1String("y"), QString::fromLatin1(b64(bignum(key, OSSL_PKEY_PARAM_EC_PUB_Y, 32)))}};
}

/// A signature over `input` with `key` as JWS `alg` wants it (ES256: raw r || s, 64 bytes).
QByteArray sign(const QString &alg, EVP_PKEY *key, const QByteArray &input)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    if (!ctx || EVP_DigestSignInit(ctx.get(), &keyContext, EVP_sha256(), nullptr, key) != 1)
        return {};
    if (alg == QLatin1String("PS256")
        && (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) != 1))
        return {};
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, static_cast<size_t>(input.size())) != 1)
        return {};
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       static_cast<size_t>(input.size()))
        != 1)
        return {};
    signature.truncate(static_cast<qsizetype>(length));
    if (alg != QLatin1String("ES256"))
        return signature;
    // DER → r || s, each left-padded to 32 bytes (RFC 7518 §3.4).
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(signature.size()));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray raw(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

QByteArray compact(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key, const QString &signAs = {})
{
    const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QString alg = signAs.isEmpty() ? header.value(QLatin1String("alg")).toString() : signAs;
    return input + '.' + b64(sign(alg, key, input));
}

QJsonObject header(const QString &alg, const QString &kid)
{
    return {{QLatin1String("alg"), alg}, {QLatin1String("typ"), QStringLiteral("JWT")}, {QLatin1String("kid"), kid}};
}

QJsonObject goodClaims()
{
    return {{QLatin1String("iss"), kIssuer},
            {QLatin1String("sub"), QStringLiteral("248289761001")},
            {QLatin1String("aud"), kClient},
            {QLatin1String("exp"), kNow + 300},
            {QLatin1String("iat"), kNow - 10},
            {QLatin1String("nonce"), QString::fromLatin1(kNonce)},
            {QLatin1String("email"), QStringLiteral("ada@example.com")}};
}

IdTokenCheck check(qint64 now = kNow)
{
    IdTokenCheck c;
    c.issuer = kIssuer;
    c.clientId = kClient;
    c.nonce = kNonce;
    c.nowSeconds = now;
    return c;
}

QByteArray withPayload(const QByteArray &jwt, const QJsonObject &claims)
{
    QList<QByteArray> parts = jwt.split('.');
    parts[1] = b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return parts.join('.');
}

} // namespace

class TestIdToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validTokensPass_data();
    void validTokensPass();
    void es256SignatureIsRaw();
    void refusedAlgorithms_data();
    void refusedAlgorithms();
    void unknownKid();
    void noKidTriesEveryKey();
    void wrongKeyType();
    void encryptionKeyIsNotUsed();
    void tamperedToken_data();
    void tamperedToken();
    void multiTenantIssuer();
    void claimChecks_data();
    void claimChecks();
    void skew_data();
    void skew();
    void severalAudiences();
    void nonceOptionalWhenNotRequested();
    void smallRsaKeyRefused();
    void malformedTokens_data();
    void malformedTokens();
    void unverifiedClaims();
    void josePeerToken();

private:
    Key m_rsa;
    Key m_rsa2;
    Key m_ec;
    QJsonObject m_jwks;
};

void TestIdToken::initTestCase()
{
    m_rsa = rsaKey(2048);
    m_rsa2 = rsaKey(2048);
    m_ec = ecKey();
    QVERIFY(m_rsa && m_rsa2 && m_ec);
    QCOMPARE(bignum(m_rsa.get(), OSSL_PKEY_PARAM_RSA_N).size(), 256);
    m_jwks = {{QLatin1String("keys"),
               QJsonArray {rsaJwk(m_rsa.get(), QStringLiteral("rsa-1")), rsaJwk(m_rsa2.get(), QStringLiteral("rsa-2")),
                           ecJwk(m_ec.get(), QStringLiteral("ec-1"))}}};
}

void TestIdToken::validTokensPass_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kid");
    QTest::newRow("RS256") << QStringLiteral("RS256") << QStringLiteral("rsa-1");
    QTest::newRow("RS256 second key") << QStringLiteral("RS256") << QStringLiteral("rsa-2");
    QTest::newRow("PS256") << QStringLiteral("PS256") << QStringLiteral("rsa-1");
    QTest::newRow("ES256") << QStringLiteral("ES256") << QStringLiteral("ec-1");
}

void TestIdToken::validTokensPass()
{
    QFETCH(QString, alg);
    QFETCH(QString, kid);
    EVP_PKEY *key = kid == QLatin1String("ec-1") ? m_ec.get()
        : kid == QLatin1String("rsa-2")          ? m_rsa2.get()
                                                 : m_rsa.get();
    for (int i = 0; i < 5; ++i) { // ES256 and PS256 signatures are randomized: several runs
        const QByteArray jwt = compact(header(alg, kid), goodClaims(), key);
        const auto outcome = validateIdToken(jwt, m_jwks, check());
        QVERIFY2(outcome.ok(), qPrintable(outcome.failure.description));
        QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("248289761001"));
        QCOMPARE(outcome.value.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(outcome.value, goodClaims());
    }
}

void TestIdToken::es256SignatureIsRaw()
{
    const QByteArray jwt = compact(header(QStringLiteral("ES256"), QStringLiteral("ec-1")), goodClaims(), m_ec.get());
    const QByteArray signature
        = QByteArray::fromBase64(jwt.split('.').at(2), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(signature.size(), 64);
    QVERIFY(signature.at(0) != 0x30 || signature.at(1) != 0x44); // not a DER SEQUENCE

    // The DER form of the same signature is refused: JWS wants r || s.
    QList<QByteArray> parts = jwt.split('.');
    const QByteArray input = parts[0] + '.' + parts[1];
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    QVERIFY(EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_ec.get()) == 1);
    QVERIFY(EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size()))
            == 1);
    QByteArray der(static_cast<qsizetype>(length), '\0');
    QVERIFY(EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()),
                           static_cast<size_t>(input.size()))
            == 1);
    der.truncate(static_cast<qsizetype>(length));
    parts[2] = b64(der);
    const auto outcome = validateIdToken(parts.join('.'), m_jwks, check());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.failure.description.contains(QStringLiteral("signature")));
}

void TestIdToken::refusedAlgorithms_data()
{
    QTest::addColumn<QByteArray>("jwt");
    const QByteArray claims = b64(QJsonDocument(goodClaims()).toJson(QJsonDocument::Compact));
    auto unsigned_ = [&claims](const QJsonObject &head, const QByteArray &signature) -> QByteArray {
        return b64(QJsonDocument(head).toJson(QJsonDocument::Compact)) + '.' + claims + '.' + signature;
    };
    QTest::newRow("none") << unsigned_({{QLatin1String("alg"), QStringLiteral("none")}}, QByteArray());
    QTest::newRow("None") << unsigned_({{QLatin1String("alg"), QStringLiteral("None")}}, QByteArray());
    QTest::newRow("none with kid") << unsigned_(
        {{QLatin1String("alg"), QStringLiteral("none")}, {QLatin1String("kid"), QStringLiteral("rsa-1")}},
        QByteArray());
    QTest::newRow("no alg") << unsigned_({{QLatin1String("kid"), QStringLiteral("rsa-1")}}, b64("x"));

    // HS256 keyed with the RSA public key's modulus: the classic algorithm confusion.
    QJsonObject hs = header(QStringLiteral("HS256"), QStringLiteral("rsa-1"));
    const QByteArray input = b64(QJsonDocument(hs).toJson(QJsonDocument::Compact)) + '.' + claims;
    const QByteArray mac
        = QMessageAuthenticationCode::hash(input, QByteArray("public-key-bytes"), QCryptographicHash::Sha256);
    QTest::newRow("HS256") << QByteArray(input + '.' + b64(mac));
    QTest::newRow("HS512") << unsigned_(header(QStringLiteral("HS512"), QStringLiteral("rsa-1")), b64(mac));
    QTest::newRow("RS512") << unsigned_(header(QStringLiteral("RS512"), QStringLiteral("rsa-1")), b64(mac));
    QTest::newRow("rs256 lowercase") << unsigned_(header(QStringLiteral("rs256"), QStringLiteral("rsa-1")), b64(mac));
}

void TestIdToken::refusedAlgorithms()
{
    QFETCH(QByteArray, jwt);
    const auto outcome = validateIdToken(jwt, m_jwks, check());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.kind, OAuth::OAuthFailure::Kind::Rejected);
    QCOMPARE(outcome.failure.error, QStringLiteral("invalid_id_token"));
    QVERIFY2(outcome.failure.description.contains(QStringLiteral("algorithm")),
             qPrintable(outcome.failure.description));
}

void TestIdToken::unknownKid()
{
    const QByteArray jwt
        = compact(header(QStringLiteral("RS256"), QStringLiteral("rotated-away")), goodClaims(), m_rsa.get());
    const auto outcome = validateIdToken(jwt, m_jwks, check());
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.failure.description.contains(QStringLiteral("rotated-away")),
             qPrintable(outcome.failure.description));
    QVERIFY(outcome.failure.description.contains(QStringLiteral("key")));
    // An empty key set refuses everything.
    QVERIFY(
        !validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), goodClaims(), m_rsa.get()),
                         QJsonObject(), check())
             .ok());
}

void TestIdToken::noKidTriesEveryKey()
{
    const QJsonObject head {{QLatin1String("alg"), QStringLiteral("RS256")}};
    QVERIFY(validateIdToken(compact(head, goodClaims(), m_rsa2.get()), m_jwks, check()).ok());
    // Signed by a key outside the set: no key verifies it.
    Key stranger = rsaKey(2048);
    const auto outcome = validateIdToken(compact(head, goodClaims(), stranger.get()), m_jwks, check());
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.failure.description.contains(QStringLiteral("signature")));
}

void TestIdToken::wrongKeyType()
{
    // A kid naming the EC key with an RSA algorithm (and the other way round) does not verify.
    const QByteArray rsaOnEc
        = compact(header(QStringLiteral("RS256"), QStringLiteral("ec-1")), goodClaims(), m_rsa.get());
    QVERIFY(!validateIdToken(rsaOnEc, m_jwks, check()).ok());
    const QByteArray ecOnRsa
        = compact(header(QStringLiteral("ES256"), QStringLiteral("rsa-1")), goodClaims(), m_ec.get());
    QVERIFY(!validateIdToken(ecOnRsa, m_jwks, check()).ok());
    // RS256 signature presented as PS256 (same key) does not verify.
    const QByteArray pkcs1AsPss = compact(header(QStringLiteral("PS256"), QStringLiteral("rsa-1")), goodClaims(),
                                          m_rsa.get(), QStringLiteral("RS256"));
    QVERIFY(!validateIdToken(pkcs1AsPss, m_jwks, check()).ok());
}

void TestIdToken::encryptionKeyIsNotUsed()
{
    QJsonObject jwk = rsaJwk(m_rsa.get(), QStringLiteral("enc-1"));
    jwk.insert(QLatin1String("use"), QStringLiteral("enc"));
    const QJsonObject jwks {{QLatin1String("keys"), QJsonArray {jwk}}};
    const auto outcome = validateIdToken(
        compact(header(QStringLiteral("RS256"), QStringLiteral("enc-1")), goodClaims(), m_rsa.get()), jwks, check());
    QVERIFY(!outcome.ok());
}

void TestIdToken::tamperedToken_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kid");
    QTest::newRow("RS256") << QStringLiteral("RS256") << QStringLiteral("rsa-1");
    QTest::newRow("PS256") << QStringLiteral("PS256") << QStringLiteral("rsa-1");
    QTest::newRow("ES256") << QStringLiteral("ES256") << QStringLiteral("ec-1");
}

void TestIdToken::tamperedToken()
{
    QFETCH(QString, alg);
    QFETCH(QString, kid);
    EVP_PKEY *key = kid == QLatin1String("ec-1") ? m_ec.get() : m_rsa.get();
    const QByteArray jwt = compact(header(alg, kid), goodClaims(), key);
    QVERIFY(validateIdToken(jwt, m_jwks, check()).ok());

    QJsonObject claims = goodClaims();
    claims.insert(QLatin1String("sub"), QStringLiteral("admin"));
    const auto payload = validateIdToken(withPayload(jwt, claims), m_jwks, check());
    QVERIFY(!payload.ok());
    QVERIFY2(payload.failure.description.contains(QStringLiteral("signature")),
             qPrintable(payload.failure.description));

    QList<QByteArray> parts = jwt.split('.');
    QByteArray signature
        = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    signature[signature.size() / 2] = static_cast<char>(signature.at(signature.size() / 2) ^ 0x01);
    parts[2] = b64(signature);
    QVERIFY(!validateIdToken(parts.join('.'), m_jwks, check()).ok());

    parts = jwt.split('.');
    parts[2].clear();
    QVERIFY(!validateIdToken(parts.join('.'), m_jwks, check()).ok());

    // The header is signed too: changing the kid to another key of the set does not help.
    if (alg != QLatin1String("ES256")) {
        parts = jwt.split('.');
        parts[0] = b64(QJsonDocument(header(alg, QStringLiteral("rsa-2"))).toJson(QJsonDocument::Compact));
        QVERIFY(!validateIdToken(parts.join('.'), m_jwks, check()).ok());
    }
}

void TestIdToken::multiTenantIssuer()
{
    // Microsoft's multi-tenant discovery document names "…/{tenantid}/v2.0": the token's tid fills it in.
    OAuth::IdTokenCheck multi = check();
    multi.issuer = QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
    QJsonObject claims = goodClaims();
    claims.insert(QLatin1String("tid"), QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad"));
    claims.insert(QLatin1String("iss"),
                  QStringLiteral("https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0"));
    QVERIFY(validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims, m_rsa.get()),
                            m_jwks, multi)
                .ok());
    // Another tenant's issuer with this token's tid, or no tid at all, is refused.
    QJsonObject otherTenant = claims;
    otherTenant.insert(QLatin1String("iss"), QStringLiteral("https://login.microsoftonline.com/other/v2.0"));
    QVERIFY(
        !validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), otherTenant, m_rsa.get()),
                         m_jwks, multi)
             .ok());
    QJsonObject noTid = claims;
    noTid.remove(QLatin1String("tid"));
    const auto refused = validateIdToken(
        compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), noTid, m_rsa.get()), m_jwks, multi);
    QVERIFY(!refused.ok());
    QVERIFY(refused.failure.description.contains(QLatin1String("tid")));
}

void TestIdToken::claimChecks_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("named");
    auto with = [](const char *name, const QJsonValue &value) {
        QJsonObject claims = goodClaims();
        if (value.isUndefined())
            claims.remove(QLatin1String(name));
        else
            claims.insert(QLatin1String(name), value);
        return claims;
    };
    QTest::newRow("wrong iss") << with("iss", QStringLiteral("https://evil.example.com")) << QStringLiteral("issuer");
    QTest::newRow("iss with trailing slash") << with("iss", QString(kIssuer + u'/')) << QStringLiteral("issuer");
    QTest::newRow("no iss") << with("iss", QJsonValue::Undefined) << QStringLiteral("issuer");
    QTest::newRow("wrong aud") << with("aud", QStringLiteral("another-client")) << QStringLiteral("audience");
    QTest::newRow("aud array without us")
        << with("aud", QJsonArray {QStringLiteral("a"), QStringLiteral("b")}) << QStringLiteral("audience");
    QTest::newRow("no aud") << with("aud", QJsonValue::Undefined) << QStringLiteral("audience");
    QTest::newRow("several audiences without azp")
        << with("aud", QJsonArray {kClient, QStringLiteral("https://api.example.com")}) << QStringLiteral("azp");
    QJsonObject wrongAzp = with("aud", QJsonArray {kClient, QStringLiteral("other")});
    wrongAzp.insert(QLatin1String("azp"), QStringLiteral("other"));
    QTest::newRow("several audiences, azp another client") << wrongAzp << QStringLiteral("azp");
    QTest::newRow("expired beyond skew") << with("exp", kNow - 61) << QStringLiteral("expired");
    QTest::newRow("expired long ago") << with("exp", kNow - 86400) << QStringLiteral("expired");
    QTest::newRow("no exp") << with("exp", QJsonValue::Undefined) << QStringLiteral("expired");
    QTest::newRow("iat in the future") << with("iat", kNow + 3600) << QStringLiteral("future");
    QTest::newRow("iat beyond skew") << with("iat", kNow + 61) << QStringLiteral("future");
    QTest::newRow("wrong nonce") << with("nonce", QStringLiteral("n-other")) << QStringLiteral("nonce");
    QTest::newRow("nonce prefix") << with("nonce", QString::fromLatin1(kNonce.left(5))) << QStringLiteral("nonce");
    QTest::newRow("no nonce") << with("nonce", QJsonValue::Undefined) << QStringLiteral("nonce");
}

void TestIdToken::claimChecks()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, named);
    for (const auto &[alg, kid] : {std::pair {"RS256", "rsa-1"}, std::pair {"ES256", "ec-1"}}) {
        EVP_PKEY *key = QByteArray(kid) == "ec-1" ? m_ec.get() : m_rsa.get();
        const QByteArray jwt = compact(header(QString::fromLatin1(alg), QString::fromLatin1(kid)), claims, key);
        const auto outcome = validateIdToken(jwt, m_jwks, check());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failure.kind, OAuth::OAuthFailure::Kind::Rejected);
        QCOMPARE(outcome.failure.error, QStringLiteral("invalid_id_token"));
        QVERIFY2(outcome.failure.description.contains(named, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" does not name %2").arg(outcome.failure.description, named)));
        QVERIFY(!outcome.failure.sentence(QStringLiteral("IdP")).isEmpty());
    }
}

void TestIdToken::skew_data()
{
    QTest::addColumn<qint64>("exp");
    QTest::addColumn<qint64>("iat");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("expired 30 s ago") << kNow - 30 << kNow - 600 << true;
    QTest::newRow("expired exactly a minute ago") << kNow - 60 << kNow - 600 << true;
    QTest::newRow("expired 61 s ago") << kNow - 61 << kNow - 600 << false;
    QTest::newRow("iat 30 s ahead") << kNow + 600 << kNow + 30 << true;
    QTest::newRow("iat a minute ahead") << kNow + 600 << kNow + 60 << true;
    QTest::newRow("iat 61 s ahead") << kNow + 600 << kNow + 61 << false;
}

void TestIdToken::skew()
{
    QFETCH(qint64, exp);
    QFETCH(qint64, iat);
    QFETCH(bool, accepted);
    QJsonObject claims = goodClaims();
    claims.insert(QLatin1String("exp"), exp);
    claims.insert(QLatin1String("iat"), iat);
    const QByteArray jwt = compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims, m_rsa.get());
    const auto outcome = validateIdToken(jwt, m_jwks, check());
    QCOMPARE(outcome.ok(), accepted);
    // No skew allowed: any expiry in the past is refused.
    IdTokenCheck strict = check();
    strict.skewSeconds = 0;
    if (exp < kNow)
        QVERIFY(!validateIdToken(jwt, m_jwks, strict).ok());
}

void TestIdToken::severalAudiences()
{
    QJsonObject claims = goodClaims();
    claims.insert(QLatin1String("aud"), QJsonArray {QStringLiteral("https://api.example.com"), kClient});
    claims.insert(QLatin1String("azp"), kClient);
    const auto outcome = validateIdToken(
        compact(header(QStringLiteral("ES256"), QStringLiteral("ec-1")), claims, m_ec.get()), m_jwks, check());
    QVERIFY2(outcome.ok(), qPrintable(outcome.failure.description));
    // One audience in an array is the same as a string.
    claims = goodClaims();
    claims.insert(QLatin1String("aud"), QJsonArray {kClient});
    QVERIFY(validateIdToken(compact(header(QStringLiteral("ES256"), QStringLiteral("ec-1")), claims, m_ec.get()),
                            m_jwks, check())
                .ok());
}

void TestIdToken::nonceOptionalWhenNotRequested()
{
    QJsonObject claims = goodClaims();
    claims.remove(QLatin1String("nonce"));
    IdTokenCheck noNonce = check();
    noNonce.nonce.clear();
    QVERIFY(validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims, m_rsa.get()),
                            m_jwks, noNonce)
                .ok());
}

void TestIdToken::smallRsaKeyRefused()
{
    Key small = rsaKey(1024);
    QVERIFY(small);
    const QJsonObject jwks {{QLatin1String("keys"), QJsonArray {rsaJwk(small.get(), QStringLiteral("small"))}}};
    for (const QString &alg : {QStringLiteral("RS256"), QStringLiteral("PS256")}) {
        const auto outcome
            = validateIdToken(compact(header(alg, QStringLiteral("small")), goodClaims(), small.get()), jwks, check());
        QVERIFY2(!outcome.ok(), qPrintable(alg));
        QCOMPARE(outcome.failure.error, QStringLiteral("invalid_id_token"));
    }
    // Leading zero bytes do not make a small modulus larger.
    QJsonObject padded = rsaJwk(small.get(), QStringLiteral("padded"));
    padded.insert(QLatin1String("n"), QString::fromLatin1(b64(bignum(small.get(), OSSL_PKEY_PARAM_RSA_N, 256))));
    const QJsonObject paddedSet {{QLatin1String("keys"), QJsonArray {padded}}};
    QVERIFY(
        !validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("padded")), goodClaims(), small.get()),
                         paddedSet, check())
             .ok());
    // 2047 bits is still too small; 2048 and more pass.
    Key almost = rsaKey(2047);
    QVERIFY(almost);
    const QJsonObject almostSet {{QLatin1String("keys"), QJsonArray {rsaJwk(almost.get(), QStringLiteral("a"))}}};
    QVERIFY(!validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("a")), goodClaims(), almost.get()),
                             almostSet, check())
                 .ok());
    Key large = rsaKey(3072);
    const QJsonObject largeSet {{QLatin1String("keys"), QJsonArray {rsaJwk(large.get(), QStringLiteral("l"))}}};
    QVERIFY(validateIdToken(compact(header(QStringLiteral("RS256"), QStringLiteral("l")), goodClaims(), large.get()),
                            largeSet, check())
                .ok());
}

void TestIdToken::malformedTokens_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << QByteArray("abc");
    QTest::newRow("two parts") << QByteArray("abc.def");
    QTest::newRow("four parts") << QByteArray("a.b.c.d");
    QTest::newRow("garbage") << QByteArray("!!!.@@@.###");
    QTest::newRow("JWE-like") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d");
}

void TestIdToken::malformedTokens()
{
    QFETCH(QByteArray, jwt);
    const auto outcome = validateIdToken(jwt, m_jwks, check());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.failure.error, QStringLiteral("invalid_id_token"));
    QVERIFY(!outcome.failure.description.isEmpty());
}

void TestIdToken::unverifiedClaims()
{
    const QByteArray jwt = compact(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), goodClaims(), m_rsa.get());
    QCOMPARE(OAuth::unverifiedClaims(jwt), goodClaims());
    QVERIFY(OAuth::unverifiedClaims("a.b").isEmpty());
    QVERIFY(OAuth::unverifiedClaims(QByteArray()).isEmpty());
}

void TestIdToken::josePeerToken()
{
    // Tokens signed by an independent implementation (the jose library that oidc-provider uses).
    const QString peers = Test::OidcPeer::peersDirectory();
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()
        || !QFileInfo::exists(QDir(peers).filePath(QStringLiteral("node_modules/jose/package.json"))))
        QSKIP("node or tests/peers/node_modules/jose is not installed");
    const QString script = QStringLiteral(R"js(
import * as jose from 'jose';
const out = { keys: [], tokens: [] };
for (const [alg, kid] of [['RS256', 'jose-rsa'], ['PS256', 'jose-pss'], ['ES256', 'jose-ec']]) {
  const { publicKey, privateKey } = await jose.generateKeyPair(alg, { modulusLength: 2048 });
  const jwk = await jose.exportJWK(publicKey);
  out.keys.push({ ...jwk, kid, use: 'sig', alg });
  out.tokens.push({ alg, jwt: await new jose.SignJWT({ nonce: 'jose-nonce', email: 'grace@example.com' })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer('https://jose.example.com').setAudience('jose-client').setSubject('jose-subject')
    .setIssuedAt(1700000000).setExpirationTime(1700000600).sign(privateKey) });
}
process.stdout.write(JSON.stringify(out));
)js");
    QProcess node;
    node.setWorkingDirectory(peers);
    node.start(QStringLiteral("node"), {QStringLiteral("--input-type=module"), QStringLiteral("-e"), script});
    QVERIFY(node.waitForFinished(60000));
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
             node.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    const QJsonObject jwks {{QLatin1String("keys"), out.value(QLatin1String("keys"))}};
    const QJsonArray tokens = out.value(QLatin1String("tokens")).toArray();
    QCOMPARE(tokens.size(), 3);
    IdTokenCheck c;
    c.issuer = QStringLiteral("https://jose.example.com");
    c.clientId = QStringLiteral("jose-client");
    c.nonce = "jose-nonce";
    c.nowSeconds = 1'700'000'100;
    for (const QJsonValue &token : tokens) {
        const QByteArray jwt = token.toObject().value(QLatin1String("jwt")).toString().toLatin1();
        const QString alg = token.toObject().value(QLatin1String("alg")).toString();
        const auto outcome = validateIdToken(jwt, jwks, c);
        QVERIFY2(outcome.ok(), qPrintable(alg + QStringLiteral(": ") + outcome.failure.description));
        QCOMPARE(outcome.value.value(QLatin1String("sub")).toString(), QStringLiteral("jose-subject"));
        QCOMPARE(outcome.value.value(QLatin1String("email")).toString(), QStringLiteral("grace@example.com"));
        // And the same token with a changed payload is refused.
        QJsonObject claims = OAuth::unverifiedClaims(jwt);
        claims.insert(QLatin1String("sub"), QStringLiteral("someone-else"));
        QVERIFY2(!validateIdToken(withPayload(jwt, claims), jwks, c).ok(), qPrintable(alg));
    }
}

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"

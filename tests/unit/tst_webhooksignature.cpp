// Webhook signature schemes: the providers' published vectors, every way a delivery can fail, secret rotation, the
// generic scheme, and deliveries signed in the test run by the providers' own npm libraries.
#include "support/WebhookSigner.h"
#include "webhooks/Signature.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;
using namespace Keyward::Webhooks;
using Reason = Verdict::Reason;

Q_DECLARE_METATYPE(Keyward::Webhooks::Verdict::Reason)

namespace {

SecureBytes secret(QByteArray text)
{
    return SecureBytes::takeFrom(text);
}

Headers headers(std::initializer_list<std::pair<const char *, QByteArray>> list)
{
    Headers h;
    for (const auto &[name, value] : list)
        h.add(name, value);
    return h;
}

SignatureScheme scheme(Scheme kind)
{
    SignatureScheme s;
    s.kind = kind;
    return s;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors();
    void failures_data();
    void failures();
    void headerNamesIgnoreCase();
    void rotationAcceptsEverySecretGiven();
    void stripeAcceptsAnyOfSeveralSignatures();
    void genericScheme();
    void genericConfigIsValidated();
    void riscConfigIsValidated();
    void describeReadsIdsAndEventTypes();
    void replayKeysAreWhatTheSignatureCovers();
    void librarySignatures();
};

void TestWebhookSignature::publishedVectors()
{
    // GitHub's documentation ("Validating webhook deliveries").
    Verdict github = verify(
        scheme(Scheme::GitHub), {secret("It's a Secret to Everybody")},
        headers({{"X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}}),
        "Hello, World!", {now(), 300});
    QCOMPARE(github.reason, Reason::Valid);

    // The Standard Webhooks specification's example, checked at its own time.
    Verdict standard = verify(scheme(Scheme::Standard), {secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")},
                              headers({{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
                                       {"webhook-timestamp", "1614265330"},
                                       {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}}),
                              R"({"test": 2432232314})", {1614265330, 300});
    QCOMPARE(standard.reason, Reason::Valid);
    QCOMPARE(standard.timestamp, 1614265330);
    // ... and the same delivery a day later is a replay.
    standard = verify(scheme(Scheme::Standard), {secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")},
                      headers({{"webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"},
                               {"webhook-timestamp", "1614265330"},
                               {"webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="}}),
                      R"({"test": 2432232314})", {1614265330 + 86400, 300});
    QCOMPARE(standard.reason, Reason::Stale);

    // Slack's documentation ("Verifying requests from Slack").
    const QByteArray slackBody
        = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name="
          "foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2F"
          "hooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id="
          "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    Verdict slack = verify(
        scheme(Scheme::Slack), {secret("8f742231b10e8888abcd99yyyzzz85a5")},
        headers({{"X-Slack-Request-Timestamp", "1531420618"},
                 {"X-Slack-Signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"}}),
        slackBody, {1531420618 + 10, 300});
    QCOMPARE(slack.reason, Reason::Valid);
}

void TestWebhookSignature::failures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("name1");
    QTest::addColumn<QByteArray>("value1");
    QTest::addColumn<QByteArray>("name2");
    QTest::addColumn<QByteArray>("value2");
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<Reason>("expected");
    const QByteArray good = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    const int gh = int(Scheme::GitHub);
    QTest::newRow("github no header") << gh << QByteArray("X-Other") << good << QByteArray() << QByteArray() << 0LL
                                      << Reason::MissingSignature;
    QTest::newRow("github sha1 only") << gh << QByteArray("X-Hub-Signature") << QByteArray("sha1=00") << QByteArray()
                                      << QByteArray() << 0LL << Reason::MissingSignature;
    QTest::newRow("github no prefix") << gh << QByteArray("X-Hub-Signature-256") << good.mid(7) << QByteArray()
                                      << QByteArray() << 0LL << Reason::MalformedSignature;
    QTest::newRow("github not hex") << gh << QByteArray("X-Hub-Signature-256") << QByteArray("sha256=zz" + good.mid(9))
                                    << QByteArray() << QByteArray() << 0LL << Reason::MalformedSignature;
    QTest::newRow("github short") << gh << QByteArray("X-Hub-Signature-256") << good.left(40) << QByteArray()
                                  << QByteArray() << 0LL << Reason::MalformedSignature;
    QTest::newRow("github one bit off") << gh << QByteArray("X-Hub-Signature-256")
                                        << QByteArray(good).replace("17", "16") << QByteArray() << QByteArray() << 0LL
                                        << Reason::Mismatch;
    const int st = int(Scheme::Stripe);
    QTest::newRow("stripe no t") << st << QByteArray("Stripe-Signature") << QByteArray("v1=" + good.mid(7))
                                 << QByteArray() << QByteArray() << 0LL << Reason::MissingTimestamp;
    QTest::newRow("stripe bad t") << st << QByteArray("Stripe-Signature") << QByteArray("t=12x,v1=" + good.mid(7))
                                  << QByteArray() << QByteArray() << 0LL << Reason::MalformedTimestamp;
    QTest::newRow("stripe no v1") << st << QByteArray("Stripe-Signature") << QByteArray("t=1,v0=" + good.mid(7))
                                  << QByteArray() << QByteArray() << 0LL << Reason::MalformedSignature;
    const int sl = int(Scheme::Slack);
    QTest::newRow("slack no timestamp") << sl << QByteArray("X-Slack-Signature") << QByteArray("v0=" + good.mid(7))
                                        << QByteArray() << QByteArray() << 0LL << Reason::MissingTimestamp;
    QTest::newRow("slack v1") << sl << QByteArray("X-Slack-Signature") << QByteArray("v1=" + good.mid(7))
                              << QByteArray("X-Slack-Request-Timestamp") << QByteArray("1") << 0LL
                              << Reason::MalformedSignature;
    const int sh = int(Scheme::Shopify);
    QTest::newRow("shopify not base64") << sh << QByteArray("X-Shopify-Hmac-Sha256") << QByteArray("@@@")
                                        << QByteArray() << QByteArray() << 0LL << Reason::MalformedSignature;
    const int sw = int(Scheme::Standard);
    QTest::newRow("standard no id") << sw << QByteArray("webhook-signature") << QByteArray("v1,AAAA")
                                    << QByteArray("webhook-timestamp") << QByteArray("1") << 0LL << Reason::MissingId;
    QTest::newRow("standard no timestamp")
        << sw << QByteArray("webhook-signature") << QByteArray("v1a,AAAA") << QByteArray("webhook-id")
        << QByteArray("msg_1") << 0LL << Reason::MissingTimestamp;
}

void TestWebhookSignature::failures()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, name1);
    QFETCH(QByteArray, value1);
    QFETCH(QByteArray, name2);
    QFETCH(QByteArray, value2);
    QFETCH(Reason, expected);
    Headers h;
    h.add(name1, value1);
    if (!name2.isEmpty())
        h.add(name2, value2);
    const Verdict verdict
        = verify(scheme(Scheme(kind)), {secret("It's a Secret to Everybody")}, h, "Hello, World!", {now(), 300});
    QCOMPARE(verdict.reason, expected);
    QVERIFY(!verdict.valid());
    QVERIFY(!verdict.sentence().isEmpty());
}

void TestWebhookSignature::headerNamesIgnoreCase()
{
    const Verdict verdict = verify(
        scheme(Scheme::GitHub), {secret("It's a Secret to Everybody")},
        headers({{"x-hub-signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}}),
        "Hello, World!", {now(), 300});
    QVERIFY(verdict.valid());
}

void TestWebhookSignature::rotationAcceptsEverySecretGiven()
{
    const Headers h
        = headers({{"X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"}});
    Verdict verdict
        = verify(scheme(Scheme::GitHub), {secret("the new secret, not yet used"), secret("It's a Secret to Everybody")},
                 h, "Hello, World!", {now(), 300});
    QVERIFY(verdict.valid());
    QCOMPARE(verdict.secretIndex, 1);
    verdict
        = verify(scheme(Scheme::GitHub), {secret("the new secret, not yet used")}, h, "Hello, World!", {now(), 300});
    QCOMPARE(verdict.reason, Reason::Mismatch);
    verdict = verify(scheme(Scheme::GitHub), {}, h, "Hello, World!", {now(), 300});
    QCOMPARE(verdict.reason, Reason::NoSecret);
}

void TestWebhookSignature::stripeAcceptsAnyOfSeveralSignatures()
{
    QString error;
    const auto signed1
        = Test::signWithLibraries({{QStringLiteral("stripe"),
                                    {QStringLiteral("whsec_old_0123456789"), QStringLiteral("whsec_new_0123456789")},
                                    "{}",
                                    now(),
                                    {},
                                    {},
                                    {}}},
                                  &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray header = signed1.first().value("Stripe-Signature");
    QCOMPARE(header.count("v1="), 2);
    for (const char *key : {"whsec_old_0123456789", "whsec_new_0123456789"}) {
        const Verdict verdict = verify(scheme(Scheme::Stripe), {secret(key)}, signed1.first(), "{}", {now(), 300});
        QVERIFY2(verdict.valid(), key);
    }
    QCOMPARE(
        verify(scheme(Scheme::Stripe), {secret("whsec_other_0123456789")}, signed1.first(), "{}", {now(), 300}).reason,
        Reason::Mismatch);
}

void TestWebhookSignature::genericScheme()
{
    auto config
        = GenericScheme::fromJson(QJsonObject {{QLatin1String("signature_header"), QStringLiteral("X-Sig")},
                                               {QLatin1String("prefix"), QStringLiteral("sha256=")},
                                               {QLatin1String("timestamp_header"), QStringLiteral("X-Time")},
                                               {QLatin1String("id_header"), QStringLiteral("X-Id")},
                                               {QLatin1String("payload"), QStringLiteral("{id}.{timestamp}.{body}")}});
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().userMessage));
    SignatureScheme generic = scheme(Scheme::Generic);
    generic.generic = config.value();
    // The same bytes under the Standard Webhooks key give the reference signature: HMAC over "id.ts.body".
    QByteArray key = QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    const QByteArray hex = QByteArray::fromBase64("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=").toHex();
    Headers h
        = headers({{"X-Sig", "sha256=" + hex}, {"X-Time", "1614265330"}, {"X-Id", "msg_p5jXN8AQM9LWM0D4loKWxJek"}});
    QCOMPARE(verify(generic, {secret(key)}, h, R"({"test": 2432232314})", {1614265330, 300}).reason, Reason::Valid);
    QCOMPARE(verify(generic, {secret(QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))}, h,
                    R"({"test": 2432232314})", {1614265330 + 301, 300})
                 .reason,
             Reason::Stale);
    QCOMPARE(verify(generic, {secret(QByteArray::fromBase64("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))}, h,
                    R"({"test": 2432232314})", {1614265330 - 301, 300})
                 .reason,
             Reason::Future);
    // A "{body}" inside the body is data, not a placeholder.
    Headers noId = headers({{"X-Sig", "sha256=" + hex}, {"X-Time", "1614265330"}});
    QCOMPARE(verify(generic, {secret("k")}, noId, "{body}", {1614265330, 300}).reason, Reason::MissingId);
}

void TestWebhookSignature::genericConfigIsValidated()
{
    const auto refused = [](const QJsonObject &json) {
        return !GenericScheme::fromJson(json).ok();
    };
    QVERIFY(refused({{QLatin1String("signature_headr"), QStringLiteral("X")}}));
    QVERIFY(refused({{QLatin1String("encoding"), QStringLiteral("base32")}}));
    QVERIFY(refused({{QLatin1String("digest"), QStringLiteral("md5")}}));
    QVERIFY(refused({{QLatin1String("payload"), QStringLiteral("{timestamp}")}}));
    QVERIFY(refused({{QLatin1String("timestamp_header"), QStringLiteral("X-T")}})); // signed payload lacks it
    QVERIFY(refused({{QLatin1String("payload"), QStringLiteral("{id}{body}")}})); // no id header
    QVERIFY(refused({{QLatin1String("prefix"), 3}}));
    QVERIFY(GenericScheme::fromJson({}).ok());
}

void TestWebhookSignature::riscConfigIsValidated()
{
    QVERIFY(!RiscScheme::fromJson({}).ok()); // no audience
    QVERIFY(!RiscScheme::fromJson({{QLatin1String("audience"), QJsonArray {}}}).ok());
    QVERIFY(!RiscScheme::fromJson({{QLatin1String("audience"), QStringLiteral("c")},
                                   {QLatin1String("jwks_uri"), QStringLiteral("http://keys.example.com/")}})
                 .ok()); // plain http off loopback
    QVERIFY(!RiscScheme::fromJson({{QLatin1String("audience"), QStringLiteral("c")}, {QLatin1String("aud"), 1}}).ok());
    auto risc
        = RiscScheme::fromJson({{QLatin1String("audience"), QJsonArray {QStringLiteral("a"), QStringLiteral("b")}}});
    QVERIFY(risc.ok());
    QCOMPARE(risc->audiences, (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(risc->issuer, QStringLiteral("https://accounts.google.com/"));
    // Without the issuer's keys nothing verifies; a body that is no JWS is malformed.
    SignatureScheme google = scheme(Scheme::GoogleRisc);
    google.risc = risc.value();
    QCOMPARE(verify(google, {}, {}, "not-a-token", {now(), 300}).reason, Reason::MalformedSignature);
    QCOMPARE(verify(google, {}, {}, "eyJraWQiOiJrMSJ9.e30.c2ln", {now(), 300}).reason, Reason::UnknownKey);
}

void TestWebhookSignature::describeReadsIdsAndEventTypes()
{
    DeliveryInfo info = describe(
        scheme(Scheme::GitHub), headers({{"X-GitHub-Delivery", "abc"}, {"X-GitHub-Event", "github_app_authorization"}}),
        R"({"action":"revoked"})");
    QCOMPARE(info.id, QByteArray("abc"));
    QCOMPARE(info.eventType, QStringLiteral("github_app_authorization.revoked"));
    info = describe(scheme(Scheme::Stripe), {}, R"({"id":"evt_1","type":"account.application.deauthorized"})");
    QCOMPARE(info.id, QByteArray("evt_1"));
    QCOMPARE(info.eventType, QStringLiteral("account.application.deauthorized"));
    info = describe(scheme(Scheme::Slack), {}, R"({"event_id":"Ev1","event":{"type":"tokens_revoked"}})");
    QCOMPARE(info.id, QByteArray("Ev1"));
    QCOMPARE(info.eventType, QStringLiteral("tokens_revoked"));
    info = describe(scheme(Scheme::Shopify),
                    headers({{"X-Shopify-Webhook-Id", "w1"}, {"X-Shopify-Topic", "app/uninstalled"}}), "{}");
    QCOMPARE(info.id, QByteArray("w1"));
    QCOMPARE(info.eventType, QStringLiteral("app/uninstalled"));
    info = describe(scheme(Scheme::Standard), headers({{"svix-id", "msg_2"}}), R"({"type":"user.created"})");
    QCOMPARE(info.id, QByteArray("msg_2"));
    QCOMPARE(info.eventType, QStringLiteral("user.created"));
}

void TestWebhookSignature::replayKeysAreWhatTheSignatureCovers()
{
    const QByteArray body = R"({"id":"evt_1","event_id":"Ev1"})";
    const QByteArray bodyHash = "sha256:" + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    // Signed ids: the id.
    QCOMPARE(describe(scheme(Scheme::Stripe), {}, body).replayKey, QByteArray("evt_1"));
    QCOMPARE(describe(scheme(Scheme::Slack), {}, body).replayKey, QByteArray("Ev1"));
    QCOMPARE(describe(scheme(Scheme::Standard), headers({{"webhook-id", "msg_2"}}), body).replayKey,
             QByteArray("msg_2"));
    // Ids in unsigned headers: the body, whatever the header says.
    QCOMPARE(describe(scheme(Scheme::GitHub), headers({{"X-GitHub-Delivery", "abc"}}), body).replayKey, bodyHash);
    QCOMPARE(describe(scheme(Scheme::GitHub), headers({{"X-GitHub-Delivery", "other"}}), body).replayKey, bodyHash);
    QCOMPARE(describe(scheme(Scheme::Shopify), headers({{"X-Shopify-Webhook-Id", "w1"}}), body).replayKey, bodyHash);
    // A signed id that is missing: the body.
    QCOMPARE(describe(scheme(Scheme::Stripe), {}, "{}").replayKey,
             "sha256:" + QCryptographicHash::hash("{}", QCryptographicHash::Sha256).toHex());
    // Generic: the id when the payload template signs it.
    SignatureScheme generic = scheme(Scheme::Generic);
    generic.generic.idHeader = "X-Id";
    generic.generic.payload = "{body}";
    QCOMPARE(describe(generic, headers({{"X-Id", "g1"}}), body).replayKey, bodyHash);
    generic.generic.payload = "{id}.{body}";
    QCOMPARE(describe(generic, headers({{"X-Id", "g1"}}), body).replayKey, QByteArray("g1"));
}

void TestWebhookSignature::librarySignatures()
{
    // Every scheme, signed by the provider's library: valid as sent; invalid with one byte of the body changed,
    // under another secret, 10 minutes old, 10 minutes ahead (for the schemes that sign a timestamp).
    struct Sch
    {
        const char *name;
        Scheme kind;
        QString secret;
        bool timestamped;
    };
    const QList<Sch> schemes {
        {"github", Scheme::GitHub, QStringLiteral("gh-secret-0123456789"), false},
        {"stripe", Scheme::Stripe, QStringLiteral("whsec_stripe_0123456789"), true},
        {"slack", Scheme::Slack, QStringLiteral("8f742231b10e8888abcd99yyyzzz85a5"), true},
        {"shopify", Scheme::Shopify, QStringLiteral("shpss_0123456789abcdef"), false},
        {"standard", Scheme::Standard, QStringLiteral("whsec_") + QString::fromLatin1(QByteArray(24, 'k').toBase64()),
         true},
    };
    const QByteArray body = R"({"id":"evt_test","type":"ping","text":"Grüße, 你好 \n"})";
    QList<Test::SignCase> cases;
    for (const Sch &s : schemes) {
        cases.append({QString::fromLatin1(s.name), {s.secret}, body, now(), {}, {}, {}});
        cases.append({QString::fromLatin1(s.name), {s.secret}, body, now() - 600, {}, {}, {}});
        cases.append({QString::fromLatin1(s.name), {s.secret}, body, now() + 600, {}, {}, {}});
    }
    QString error;
    const QList<Headers> signedHeaders = Test::signWithLibraries(cases, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QByteArray tampered = body;
    tampered[10] = 'X';
    for (qsizetype i = 0; i < schemes.size(); ++i) {
        const Sch &s = schemes.at(i);
        const SecureBytes key = secret(s.secret.toUtf8());
        const Headers &fresh = signedHeaders.at(i * 3);
        QVERIFY2(verify(scheme(s.kind), {key}, fresh, body, {now(), 300}).valid(), s.name);
        QCOMPARE(verify(scheme(s.kind), {key}, fresh, tampered, {now(), 300}).reason, Reason::Mismatch);
        QCOMPARE(verify(scheme(s.kind), {secret("whsec_" + QByteArray(24, 'z').toBase64())}, fresh, body, {now(), 300})
                     .reason,
                 Reason::Mismatch);
        const Reason old = verify(scheme(s.kind), {key}, signedHeaders.at(i * 3 + 1), body, {now(), 300}).reason;
        const Reason ahead = verify(scheme(s.kind), {key}, signedHeaders.at(i * 3 + 2), body, {now(), 300}).reason;
        QCOMPARE(old, s.timestamped ? Reason::Stale : Reason::Valid);
        QCOMPARE(ahead, s.timestamped ? Reason::Future : Reason::Valid);
    }
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"

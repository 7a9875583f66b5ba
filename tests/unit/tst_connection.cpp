#include "connections/Connection.h"
#include "connections/ConnectionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <limits>

using namespace Keyward;
using Connections::Connection;
using Connections::ConnectionService;
using Connections::ConnectionState;
using Connections::Health;
using Connections::RefreshSettings;

Q_DECLARE_METATYPE(Keyward::Connections::ConnectionState)
Q_DECLARE_METATYPE(Keyward::Connections::Health)

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

const QList<Health> kAllHealth {Health::Healthy,        Health::ExpiringSoon, Health::Refreshing, Health::Retrying,
                                Health::ReauthRequired, Health::Exhausted,    Health::Revoked,    Health::Expired};
const QList<ConnectionState> kAllStates {ConnectionState::Healthy,   ConnectionState::Refreshing,
                                         ConnectionState::Retrying,  ConnectionState::ReauthRequired,
                                         ConnectionState::Exhausted, ConnectionState::Revoked};

Connection oneHourConnection(ConnectionState state)
{
    Connection c;
    c.id = 42;
    c.appId = 7;
    c.appName = QStringLiteral("workspace");
    c.subject = QStringLiteral("ada@example.com");
    c.state = state;
    c.issuedMs = T0;
    c.expiresMs = T0 + kHour;
    c.createdMs = T0;
    return c;
}

/// All keys of `value` at any depth.
QStringList keysOf(const QJsonValue &value)
{
    QStringList keys;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys << it.key();
            keys << keysOf(it.value());
        }
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            keys << keysOf(entry);
    }
    return keys;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshDue_data();
    void refreshDue();
    void refreshDueWithSettings();
    void health_data();
    void health();
    void urgencyOrder();
    void namesRoundTrip();
    void retryAfterWins_data();
    void retryAfterWins();
    void fullJitterBounds();
    void jitterSpreads();
    void toJsonHasNoTokens();
    void settingsRoundTrip();
};

void TestConnection::refreshDue_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("ahead"); // how long before expiry the refresh is due
    QTest::newRow("1 h: 10 min before") << kHour << 10 * kMinute;
    QTest::newRow("10 h: 15 % = 1.5 h before") << 10 * kHour << 90 * kMinute;
    QTest::newRow("24 h: 15 %") << 24 * kHour << qint64(3.6 * kHour);
    QTest::newRow("2 min: at half the lifetime") << 2 * kMinute << kMinute;
    QTest::newRow("20 min: at half") << 20 * kMinute << 10 * kMinute;
    QTest::newRow("30 s: at half") << 30 * kSecond << 15 * kSecond;
    QTest::newRow("66 min 40 s: 10 min == 15 %") << 4000 * kSecond << 10 * kMinute;
    QTest::newRow("1 ms") << qint64(1) << qint64(0);
    QTest::newRow("0: already expired") << qint64(0) << qint64(0);
}

void TestConnection::refreshDue()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, ahead);
    const qint64 due = Connections::refreshDueMs(T0, T0 + lifetime, RefreshSettings {});
    QCOMPARE(due, T0 + lifetime - ahead);
    QVERIFY(due >= T0); // never before the token was issued
    if (lifetime > 0 && lifetime < 20 * kMinute)
        QVERIFY(due > T0); // a short-lived token is not refreshed the moment it arrives
}

void TestConnection::refreshDueWithSettings()
{
    // Unknown expiry: no schedule.
    QCOMPARE(Connections::refreshDueMs(T0, 0, RefreshSettings {}), 0);
    QCOMPARE(Connections::refreshDueMs(T0, -5, RefreshSettings {}), 0);
    // Expiry before issue (clock trouble): due at once, not in the past.
    QCOMPARE(Connections::refreshDueMs(T0, T0 - kHour, RefreshSettings {}), T0);
    RefreshSettings settings;
    settings.aheadFraction = 0.5;
    settings.aheadMinMs = 0;
    QCOMPARE(Connections::refreshDueMs(T0, T0 + 10 * kHour, settings), T0 + 5 * kHour);
    settings.aheadFraction = 0.0;
    settings.aheadMinMs = 5 * kMinute;
    QCOMPARE(Connections::refreshDueMs(T0, T0 + kHour, settings), T0 + kHour - 5 * kMinute);
}

void TestConnection::health_data()
{
    QTest::addColumn<ConnectionState>("state");
    QTest::addColumn<qint64>("expiresMs"); // relative to T0; 0: unknown
    QTest::addColumn<qint64>("at"); // relative to T0
    QTest::addColumn<Health>("health");
    const qint64 h = kHour;
    QTest::newRow("healthy, fresh") << ConnectionState::Healthy << h << kMinute << Health::Healthy;
    QTest::newRow("healthy, just before due") << ConnectionState::Healthy << h << 50 * kMinute - 1 << Health::Healthy;
    QTest::newRow("healthy, due") << ConnectionState::Healthy << h << 50 * kMinute << Health::ExpiringSoon;
    QTest::newRow("healthy, last ms") << ConnectionState::Healthy << h << h - 1 << Health::ExpiringSoon;
    QTest::newRow("healthy, at expiry") << ConnectionState::Healthy << h << h << Health::Expired;
    QTest::newRow("healthy, long expired") << ConnectionState::Healthy << h << 48 * h << Health::Expired;
    QTest::newRow("healthy, unknown expiry") << ConnectionState::Healthy << qint64(0) << 1000 * h << Health::Healthy;
    QTest::newRow("refreshing, before expiry") << ConnectionState::Refreshing << h << kMinute << Health::Refreshing;
    QTest::newRow("refreshing, after expiry") << ConnectionState::Refreshing << h << 2 * h << Health::Refreshing;
    QTest::newRow("retrying, before expiry") << ConnectionState::Retrying << h << 55 * kMinute << Health::Retrying;
    QTest::newRow("retrying, after expiry") << ConnectionState::Retrying << h << h << Health::Expired;
    QTest::newRow("retrying, unknown expiry") << ConnectionState::Retrying << qint64(0) << 100 * h << Health::Retrying;
    QTest::newRow("reauth, before expiry") << ConnectionState::ReauthRequired << h << kMinute << Health::ReauthRequired;
    QTest::newRow("reauth, after expiry") << ConnectionState::ReauthRequired << h << 2 * h << Health::ReauthRequired;
    QTest::newRow("exhausted") << ConnectionState::Exhausted << h << 2 * h << Health::Exhausted;
    QTest::newRow("exhausted, before expiry") << ConnectionState::Exhausted << h << kMinute << Health::Exhausted;
    QTest::newRow("revoked, before expiry") << ConnectionState::Revoked << h << kMinute << Health::Revoked;
    QTest::newRow("revoked, after expiry") << ConnectionState::Revoked << h << 2 * h << Health::Revoked;
}

void TestConnection::health()
{
    QFETCH(ConnectionState, state);
    QFETCH(qint64, expiresMs);
    QFETCH(qint64, at);
    QFETCH(Health, health);
    Connection c = oneHourConnection(state);
    c.expiresMs = expiresMs > 0 ? T0 + expiresMs : 0;
    QCOMPARE(Connections::healthName(c.health(T0 + at)), Connections::healthName(health));
    QCOMPARE(c.toJson(T0 + at).value(QLatin1String("state")).toString(), Connections::healthName(health));
    QCOMPARE(c.toJson(T0 + at).value(QLatin1String("stored_state")).toString(),
             Connections::connectionStateName(state));
}

void TestConnection::urgencyOrder()
{
    // Most urgent first, as the Token Health page sorts.
    const QList<Health> order {Health::ReauthRequired, Health::Exhausted,  Health::Expired, Health::Retrying,
                               Health::ExpiringSoon,   Health::Refreshing, Health::Healthy, Health::Revoked};
    QCOMPARE(order.size(), kAllHealth.size());
    for (int i = 1; i < order.size(); ++i) {
        QVERIFY2(Connections::urgency(order[i - 1]) > Connections::urgency(order[i]),
                 qPrintable(Connections::healthName(order[i - 1]) + QStringLiteral(" vs ")
                            + Connections::healthName(order[i])));
    }
    for (const Health h : kAllHealth) {
        if (h != Health::ReauthRequired)
            QVERIFY(Connections::urgency(Health::ReauthRequired) > Connections::urgency(h));
        if (h != Health::Revoked)
            QVERIFY(Connections::urgency(Health::Revoked) < Connections::urgency(h));
    }
}

void TestConnection::namesRoundTrip()
{
    QSet<QString> names;
    for (const ConnectionState state : kAllStates) {
        const QString name = Connections::connectionStateName(state);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        QVERIFY(Connections::connectionStateFromName(name) == std::optional<ConnectionState>(state));
    }
    QCOMPARE(names.size(), kAllStates.size());
    QCOMPARE(Connections::connectionStateName(ConnectionState::ReauthRequired),
             QStringLiteral("reauthorization_required"));
    QVERIFY(!Connections::connectionStateFromName(QStringLiteral("bogus")).has_value());
    QSet<QString> healthNames;
    for (const Health h : kAllHealth) {
        QVERIFY(!Connections::healthName(h).isEmpty());
        QVERIFY(!Connections::healthLabel(h).isEmpty());
        healthNames.insert(Connections::healthName(h));
    }
    QCOMPARE(healthNames.size(), kAllHealth.size());
}

void TestConnection::retryAfterWins_data()
{
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("delay");
    const qint64 max = RefreshSettings {}.maxDelayMs;
    QTest::newRow("12 s") << qint64(12'000) << 1 << qint64(12'000);
    QTest::newRow("12 s at attempt 10") << qint64(12'000) << 10 << qint64(12'000);
    QTest::newRow("zero") << qint64(0) << 5 << qint64(0);
    QTest::newRow("capped by max") << 3 * max << 1 << max;
    QTest::newRow("exactly max") << max << 1 << max;
}

void TestConnection::retryAfterWins()
{
    QFETCH(qint64, retryAfterMs);
    QFETCH(int, attempt);
    QFETCH(qint64, delay);
    const RefreshSettings settings;
    // Whatever the random draw, the provider's Retry-After decides (up to the maximum).
    for (const double random : {0.0, 0.5, 0.999}) {
        QCOMPARE(ConnectionService::retryDelayMs(settings, attempt, retryAfterMs, random), delay);
    }
}

void TestConnection::fullJitterBounds()
{
    RefreshSettings settings;
    settings.baseDelayMs = 30'000;
    settings.maxDelayMs = 3'600'000;
    for (int attempt = 1; attempt <= 20; ++attempt) {
        const qint64 ceiling = std::min<qint64>(settings.maxDelayMs, settings.baseDelayMs << (attempt - 1));
        QCOMPARE(ConnectionService::retryDelayMs(settings, attempt, -1, 0.0), 0);
        const qint64 high = ConnectionService::retryDelayMs(settings, attempt, -1, 0.999);
        QVERIFY2(
            high <= ceiling && high >= ceiling * 99 / 100,
            qPrintable(QStringLiteral("attempt %1: %2 outside [0.99, 1] x %3").arg(attempt).arg(high).arg(ceiling)));
        QVERIFY(high < settings.maxDelayMs);
        const qint64 middle = ConnectionService::retryDelayMs(settings, attempt, -1, 0.5);
        QCOMPARE(middle, ceiling / 2);
    }
    // The ceiling doubles until it reaches the maximum: 30 s, 60 s, 120 s, ... 3840 s → 3600 s from attempt 8 on.
    QCOMPARE(ConnectionService::retryDelayMs(settings, 1, -1, 0.5), 15'000);
    QCOMPARE(ConnectionService::retryDelayMs(settings, 2, -1, 0.5), 30'000);
    QCOMPARE(ConnectionService::retryDelayMs(settings, 7, -1, 0.5), 960'000);
    QCOMPARE(ConnectionService::retryDelayMs(settings, 8, -1, 0.5), 1'800'000);
    // Absurd attempts neither overflow nor go negative.
    for (const int attempt : {0, -3, 31, 64, 1000, std::numeric_limits<int>::max()}) {
        const qint64 delay = ConnectionService::retryDelayMs(settings, attempt, -1, 0.999);
        QVERIFY2(delay >= 0 && delay <= settings.maxDelayMs, qPrintable(QString::number(attempt)));
    }
    QCOMPARE(ConnectionService::retryDelayMs(settings, 0, -1, 0.5), 15'000); // attempt 0 counts as the first
}

void TestConnection::jitterSpreads()
{
    // Different draws give different delays (full jitter, not a fixed schedule).
    const RefreshSettings settings;
    QSet<qint64> delays;
    for (int i = 0; i < 10; ++i)
        delays.insert(ConnectionService::retryDelayMs(settings, 5, -1, i / 10.0));
    QCOMPARE(delays.size(), 10);
}

void TestConnection::toJsonHasNoTokens()
{
    Connection c = oneHourConnection(ConnectionState::Healthy);
    c.accessFingerprint = QStringLiteral("sha256:0123456789ab");
    c.refreshFingerprint = QStringLiteral("sha256:ba9876543210");
    c.keyId = QStringLiteral("20240101-0a1b2c3d");
    c.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    c.tokenType = QStringLiteral("Bearer");
    for (const qint64 at : {T0, T0 + 55 * kMinute, T0 + 2 * kHour}) {
        const QJsonObject json = c.toJson(at);
        const QStringList keys = keysOf(json);
        QVERIFY(!keys.contains(QStringLiteral("access_token")));
        QVERIFY(!keys.contains(QStringLiteral("refresh_token")));
        QVERIFY(!keys.contains(QStringLiteral("id_token")));
        QCOMPARE(json.value(QLatin1String("access_token_fingerprint")).toString(), c.accessFingerprint);
        QCOMPARE(json.value(QLatin1String("refresh_token_fingerprint")).toString(), c.refreshFingerprint);
        QCOMPARE(json.value(QLatin1String("id")).toInteger(), 42);
        QCOMPARE(json.value(QLatin1String("scopes")).toArray(),
                 QJsonArray({QStringLiteral("openid"), QStringLiteral("email")}));
        QCOMPARE(json.value(QLatin1String("expires_at")).toString(), QStringLiteral("2023-11-14T23:13:20.000Z"));
    }
    // Without a refresh token, the fingerprint is null, not an empty string.
    c.refreshFingerprint.clear();
    QVERIFY(!c.hasRefreshToken());
    QVERIFY(c.toJson(T0).value(QLatin1String("refresh_token_fingerprint")).isNull());
    // Unknown times are null.
    QVERIFY(c.toJson(T0).value(QLatin1String("revoked_at")).isNull());
    QVERIFY(c.toJson(T0).value(QLatin1String("last_refresh_at")).isNull());
}

void TestConnection::settingsRoundTrip()
{
    RefreshSettings settings;
    settings.aheadFraction = 0.25;
    settings.aheadMinMs = 5 * kMinute;
    settings.baseDelayMs = 1000;
    settings.maxDelayMs = 2 * kHour;
    settings.giveUpMs = 48 * kHour;
    const RefreshSettings back = RefreshSettings::fromJson(settings.toJson());
    QCOMPARE(back.aheadFraction, 0.25);
    QCOMPARE(back.aheadMinMs, 5 * kMinute);
    QCOMPARE(back.baseDelayMs, 1000);
    QCOMPARE(back.maxDelayMs, 2 * kHour);
    QCOMPARE(back.giveUpMs, 48 * kHour);
    // Missing fields take the defaults.
    const RefreshSettings defaults = RefreshSettings::fromJson({});
    QCOMPARE(defaults.aheadFraction, RefreshSettings {}.aheadFraction);
    QCOMPARE(defaults.giveUpMs, RefreshSettings {}.giveUpMs);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"

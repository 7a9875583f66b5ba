#include "oauth/ProviderCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using namespace Keyward::OAuth;

namespace {

const QStringList kRequiredIds = {
    QStringLiteral("google"),         QStringLiteral("microsoft"),      QStringLiteral("github"),
    QStringLiteral("github-app"),     QStringLiteral("slack"),          QStringLiteral("salesforce"),
    QStringLiteral("hubspot"),        QStringLiteral("atlassian"),      QStringLiteral("zoom"),
    QStringLiteral("shopify"),        QStringLiteral("stripe-connect"), QStringLiteral("generic-oidc"),
    QStringLiteral("generic-oauth2"),
};

/// The smallest entry the loader accepts; tests break one field of it at a time.
QJsonObject minimalEntry(const QString &id)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), QStringLiteral("Example")},
        {QStringLiteral("endpoints"),
         QJsonObject {
             {QStringLiteral("authorization"), QStringLiteral("https://id.example.com/authorize")},
             {QStringLiteral("token"), QStringLiteral("https://id.example.com/token")},
         }},
        {QStringLiteral("flows"), QJsonArray {QStringLiteral("auth-code")}},
    };
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

/// Walks "a.b.0.c" through objects and arrays.
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(part);
    }
    return value;
}

const ProviderEntry &builtInEntry(const QString &id)
{
    const ProviderEntry *entry = ProviderCatalog::builtIn().find(id);
    if (!entry)
        qFatal("built-in provider entry %s is missing", qPrintable(id));
    return *entry;
}

} // namespace

class TestProviderCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEveryRequiredEntry_data();
    void builtInHasEveryRequiredEntry();
    void everyResourceFileLoads();
    void builtInIsSortedWithGenericLast();
    void facts_data();
    void facts();
    void deviceFlowProviders();
    void microsoftTenantResolution();
    void microsoftTenantDefault();
    void shopifyNeedsAShop();
    void parameterValueCannotMoveTheUrl();
    void unknownPlaceholderIsAnError();
    void omittedKeysTakeDefaults();
    void loopbackHttpIsAllowed();
    void malformed_data();
    void malformed();
    void fromJsonRejectsUnknownKey();
    void missingFolderIsNotFound();
    void roundTripBuiltIn();
    void roundTripEveryField();
    void names();
};

void TestProviderCatalog::builtInHasEveryRequiredEntry_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : kRequiredIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestProviderCatalog::builtInHasEveryRequiredEntry()
{
    QFETCH(QString, id);
    const ProviderEntry *entry = ProviderCatalog::builtIn().find(id);
    QVERIFY2(entry, qPrintable(id));
    QCOMPARE(entry->id, id);
    QVERIFY(!entry->name.isEmpty());
    QVERIFY(!entry->flows.isEmpty());
    QVERIFY(!entry->documentation.isEmpty());
    QVERIFY(!entry->quirks.isEmpty());
}

void TestProviderCatalog::everyResourceFileLoads()
{
    // builtIn() skips a broken entry with a warning; load() of the same resources must report none.
    const QStringList files = QDir(QStringLiteral(":/providers")).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), kRequiredIds.size());
    const auto loaded = ProviderCatalog::load(QStringLiteral(":/providers"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().userMessage));
    QCOMPARE(loaded->entries().size(), files.size());
    QCOMPARE(ProviderCatalog::builtIn().entries().size(), files.size());
}

void TestProviderCatalog::builtInIsSortedWithGenericLast()
{
    const QList<ProviderEntry> &entries = ProviderCatalog::builtIn().entries();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.at(entries.size() - 2).id.left(8), QStringLiteral("generic-"));
    QCOMPARE(entries.last().id.left(8), QStringLiteral("generic-"));
    for (qsizetype i = 1; i < entries.size() - 2; ++i)
        QVERIFY(entries.at(i - 1).name.compare(entries.at(i).name, Qt::CaseInsensitive) <= 0);
}

void TestProviderCatalog::facts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("expected");

    auto row = [](const char *name, const char *id, const char *path, const QJsonValue &expected) {
        QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(path) << expected;
    };
    auto strings = [](std::initializer_list<const char *> items) {
        QJsonArray array;
        for (const char *item : items)
            array.append(QString::fromLatin1(item));
        return QJsonValue(array);
    };
    row("google access_type", "google", "extra_authorize_params.access_type", QStringLiteral("offline"));
    row("google prompt", "google", "extra_authorize_params.prompt", QStringLiteral("consent"));
    row("google is oidc", "google", "openid_connect", true);
    row("google issuer", "google", "issuer", QStringLiteral("https://accounts.google.com"));
    row("google revocation", "google", "revocation", QStringLiteral("rfc7009"));
    row("microsoft tenant parameter", "microsoft", "parameters.0.name", QStringLiteral("tenant"));
    row("microsoft tenant default", "microsoft", "parameters.0.default", QStringLiteral("organizations"));
    row("microsoft flows", "microsoft", "flows", strings({"auth-code", "device", "client-credentials"}));
    row("microsoft rotation", "microsoft", "refresh_rotation", QStringLiteral("new-old-valid"));
    row("github no refresh tokens", "github", "issues_refresh_tokens", false);
    row("github no expires_in", "github", "returns_expires_in", false);
    row("github no rotation", "github", "refresh_rotation", QStringLiteral("none"));
    row("github-app refresh tokens", "github-app", "issues_refresh_tokens", true);
    row("github-app rotation", "github-app", "refresh_rotation", QStringLiteral("strict"));
    row("slack rotation", "slack", "refresh_rotation", QStringLiteral("strict"));
    row("slack comma scopes", "slack", "scope_separator", QStringLiteral(","));
    row("salesforce no expires_in", "salesforce", "returns_expires_in", false);
    row("salesforce introspection", "salesforce", "introspection", QStringLiteral("rfc7662"));
    row("salesforce domain default", "salesforce", "parameters.0.default", QStringLiteral("login.salesforce.com"));
    row("atlassian rotation", "atlassian", "refresh_rotation", QStringLiteral("grace-window"));
    row("atlassian offline_access", "atlassian", "default_scopes", strings({"offline_access", "read:me"}));
    row("atlassian audience", "atlassian", "extra_authorize_params.audience", QStringLiteral("api.atlassian.com"));
    row("zoom basic auth", "zoom", "token_endpoint_auth", QStringLiteral("client_secret_basic"));
    row("shopify shop parameter", "shopify", "parameters.0.name", QStringLiteral("shop"));
    row("shopify shop required", "shopify", "parameters.0.default", QString());
    row("shopify expiring offline tokens", "shopify", "issues_refresh_tokens", true);
    row("shopify asks for expiring tokens", "shopify", "extra_code_exchange_params.expiring", QStringLiteral("1"));
    row("github revokes through its API", "github", "provider_api", QStringLiteral("github"));
    row("hubspot v3 introspection", "hubspot", "endpoints.introspection",
        QStringLiteral("https://api.hubapi.com/oauth/v3/token/introspect"));
    row("google tokeninfo", "google", "provider_api", QStringLiteral("google"));
    row("stripe no expires_in", "stripe-connect", "returns_expires_in", false);
    row("generic-oidc discovery only", "generic-oidc", "endpoints.authorization", QString());
    row("generic-oidc is oidc", "generic-oidc", "openid_connect", true);
    row("generic-oauth2 token typed by hand", "generic-oauth2", "endpoints.token", QString());
    row("generic-oauth2 no discovery", "generic-oauth2", "discovery_url", QString());
}

void TestProviderCatalog::facts()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    QCOMPARE(valueAt(builtInEntry(id).toJson(), path), expected);
}

void TestProviderCatalog::deviceFlowProviders()
{
    for (const char *id : {"google", "microsoft", "github"}) {
        const ProviderEntry &entry = builtInEntry(QString::fromLatin1(id));
        QVERIFY2(entry.supports(Flow::Device), id);
        QVERIFY2(!entry.deviceAuthorizationUrl.isEmpty(), id);
    }
    QVERIFY(!builtInEntry(QStringLiteral("slack")).supports(Flow::Device));
}

void TestProviderCatalog::microsoftTenantResolution()
{
    const auto resolved = builtInEntry(QStringLiteral("microsoft"))
                              .resolved({{QStringLiteral("tenant"), QStringLiteral("contoso.onmicrosoft.com")}});
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().userMessage));
    QCOMPARE(resolved->tokenUrl,
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"));
    QCOMPARE(resolved->authorizationUrl,
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"));
    QCOMPARE(resolved->issuer, QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"));
    QCOMPARE(resolved->discoveryUrl,
             QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/"
                            ".well-known/openid-configuration"));
    const QJsonObject endpoints = resolved->toJson().value(QStringLiteral("endpoints")).toObject();
    for (auto it = endpoints.constBegin(); it != endpoints.constEnd(); ++it)
        QVERIFY2(!it.value().toString().contains(u'{'), qPrintable(it.key()));
}

void TestProviderCatalog::microsoftTenantDefault()
{
    const auto resolved = builtInEntry(QStringLiteral("microsoft")).resolved({});
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->tokenUrl, QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token"));
    // An empty value also takes the default.
    const auto blank = builtInEntry(QStringLiteral("microsoft")).resolved({{QStringLiteral("tenant"), QString()}});
    QVERIFY(blank.ok());
    QCOMPARE(blank->tokenUrl, resolved->tokenUrl);
}

void TestProviderCatalog::shopifyNeedsAShop()
{
    const ProviderEntry &shopify = builtInEntry(QStringLiteral("shopify"));
    const auto missing = shopify.resolved({});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Usage);
    QVERIFY2(missing.error().userMessage.contains(QLatin1String("\"shop\"")), qPrintable(missing.error().userMessage));

    const auto resolved = shopify.resolved({{QStringLiteral("shop"), QStringLiteral("acme-store")}});
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->tokenUrl, QStringLiteral("https://acme-store.myshopify.com/admin/oauth/access_token"));
    // The resolved entry is what an app stores; it must read back (it once kept declaring "shop" and did not).
    const auto stored = ProviderEntry::fromJson(resolved->toJson());
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().userMessage));
    QCOMPARE(stored->tokenUrl, resolved->tokenUrl);
}

void TestProviderCatalog::parameterValueCannotMoveTheUrl()
{
    const ProviderEntry &shopify = builtInEntry(QStringLiteral("shopify"));
    for (const char *value : {"evil.example/x?", "a@b", "acme:443", "acme#", "-acme"}) {
        const auto resolved = shopify.resolved({{QStringLiteral("shop"), QString::fromLatin1(value)}});
        QVERIFY2(!resolved.ok(), value);
        QVERIFY(resolved.error().userMessage.contains(QLatin1String("shop")));
    }
}

void TestProviderCatalog::unknownPlaceholderIsAnError()
{
    ProviderEntry entry = builtInEntry(QStringLiteral("google"));
    entry.tokenUrl = QStringLiteral("https://{region}.example.com/token");
    const auto resolved = entry.resolved({});
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().userMessage.contains(QLatin1String("{region}")),
             qPrintable(resolved.error().userMessage));
}

void TestProviderCatalog::omittedKeysTakeDefaults()
{
    const auto entry = ProviderEntry::fromJson(minimalEntry(QStringLiteral("example")));
    QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().userMessage));
    const ProviderEntry defaults;
    QCOMPARE(entry->scopeSeparator, QStringLiteral(" "));
    QCOMPARE(entry->tokenAuth, defaults.tokenAuth);
    QCOMPARE(entry->pkce, defaults.pkce);
    QCOMPARE(entry->returnsExpiresIn, defaults.returnsExpiresIn);
    QCOMPARE(entry->issuesRefreshTokens, defaults.issuesRefreshTokens);
    QCOMPARE(entry->rotation, RefreshRotation::None);
    QCOMPARE(entry->revocation, EndpointSupport::None);
    QCOMPARE(entry->introspection, EndpointSupport::None);
    QVERIFY(!entry->openIdConnect);
    QVERIFY(entry->parameters.isEmpty());
}

void TestProviderCatalog::loopbackHttpIsAllowed()
{
    QJsonObject object = minimalEntry(QStringLiteral("local"));
    object.insert(QStringLiteral("endpoints"),
                  QJsonObject {
                      {QStringLiteral("authorization"), QStringLiteral("http://localhost:8080/authorize")},
                      {QStringLiteral("token"), QStringLiteral("http://127.0.0.1:8080/token")},
                  });
    const auto entry = ProviderEntry::fromJson(object);
    QVERIFY2(entry.ok(), entry.ok() ? "" : qPrintable(entry.error().userMessage));
}

void TestProviderCatalog::malformed_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QStringList>("mentions");

    auto with = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = minimalEntry(QStringLiteral("bad"));
        object.insert(key, value);
        return json(object);
    };
    auto withEndpoint = [](const QString &key, const QJsonValue &value) {
        QJsonObject object = minimalEntry(QStringLiteral("bad"));
        QJsonObject endpoints = object.value(QStringLiteral("endpoints")).toObject();
        endpoints.insert(key, value);
        object.insert(QStringLiteral("endpoints"), endpoints);
        return json(object);
    };
    const QString bad = QStringLiteral("bad.json");

    QTest::newRow("unknown key") << bad << with(QStringLiteral("pkce_required"), true)
                                 << QStringList {bad, QStringLiteral("\"pkce_required\""), QStringLiteral("unknown")};
    QTest::newRow("unknown endpoint key")
        << bad << withEndpoint(QStringLiteral("tokn"), QStringLiteral("https://id.example.com/t"))
        << QStringList {bad, QStringLiteral("\"endpoints.tokn\"")};
    QTest::newRow("unknown parameter key")
        << bad
        << with(QStringLiteral("parameters"),
                QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("tenant")},
                                         {QStringLiteral("label"), QStringLiteral("Tenant")},
                                         {QStringLiteral("defualt"), QStringLiteral("x")}}})
        << QStringList {bad, QStringLiteral("\"parameters[0].defualt\"")};
    QTest::newRow("http url") << bad << withEndpoint(QStringLiteral("token"), QStringLiteral("http://id.example.com/t"))
                              << QStringList {bad, QStringLiteral("\"endpoints.token\""), QStringLiteral("https://")};
    QTest::newRow("ftp issuer") << bad << with(QStringLiteral("issuer"), QStringLiteral("ftp://id.example.com"))
                                << QStringList {bad, QStringLiteral("\"issuer\"")};
    QTest::newRow("not a url") << bad << with(QStringLiteral("documentation"), QStringLiteral("see the wiki"))
                               << QStringList {bad, QStringLiteral("\"documentation\"")};
    QTest::newRow("id differs from file")
        << QStringLiteral("other.json") << json(minimalEntry(QStringLiteral("bad")))
        << QStringList {QStringLiteral("other.json"), QStringLiteral("\"id\""), QStringLiteral("\"other\"")};
    QTest::newRow("id with capitals") << QStringLiteral("Bad_Id.json") << json(minimalEntry(QStringLiteral("Bad_Id")))
                                      << QStringList {QStringLiteral("Bad_Id.json"), QStringLiteral("\"id\"")};
    QTest::newRow("unknown flow") << bad
                                  << with(QStringLiteral("flows"),
                                          QJsonArray {QStringLiteral("auth-code"), QStringLiteral("implicit")})
                                  << QStringList {bad, QStringLiteral("\"flows\""), QStringLiteral("\"implicit\"")};
    QTest::newRow("no flows") << bad << with(QStringLiteral("flows"), QJsonArray {})
                              << QStringList {bad, QStringLiteral("\"flows\"")};
    QTest::newRow("invalid json") << bad << QByteArray("{ \"id\": \"bad\", ")
                                  << QStringList {bad, QStringLiteral("JSON")};
    QTest::newRow("not an object") << bad << QByteArray("[]") << QStringList {bad, QStringLiteral("object")};
    QTest::newRow("wrong type") << bad << with(QStringLiteral("pkce"), QStringLiteral("yes"))
                                << QStringList {bad, QStringLiteral("\"pkce\"")};
    QTest::newRow("negative number") << bad << with(QStringLiteral("refresh_idle_expiry_days"), -1)
                                     << QStringList {bad, QStringLiteral("\"refresh_idle_expiry_days\"")};
    QTest::newRow("null value") << bad << with(QStringLiteral("issuer"), QJsonValue::Null)
                                << QStringList {bad, QStringLiteral("\"issuer\"")};
    QTest::newRow("unknown rotation") << bad << with(QStringLiteral("refresh_rotation"), QStringLiteral("rotating"))
                                      << QStringList {bad, QStringLiteral("\"refresh_rotation\""),
                                                      QStringLiteral("\"rotating\"")};
    QTest::newRow("introspection name in revocation")
        << bad << with(QStringLiteral("revocation"), QStringLiteral("rfc7662"))
        << QStringList {bad, QStringLiteral("\"revocation\"")};
    QTest::newRow("short auth name") << bad << with(QStringLiteral("token_endpoint_auth"), QStringLiteral("post"))
                                     << QStringList {bad, QStringLiteral("\"token_endpoint_auth\"")};
    QTest::newRow("empty name") << bad << with(QStringLiteral("name"), QString())
                                << QStringList {bad, QStringLiteral("\"name\"")};
    QTest::newRow("missing token url") << bad << withEndpoint(QStringLiteral("token"), QString())
                                       << QStringList {bad, QStringLiteral("\"endpoints.token\"")};
    QTest::newRow("device without endpoint")
        << bad << with(QStringLiteral("flows"), QJsonArray {QStringLiteral("auth-code"), QStringLiteral("device")})
        << QStringList {bad, QStringLiteral("\"endpoints.device_authorization\"")};
    QTest::newRow("undeclared placeholder")
        << bad << withEndpoint(QStringLiteral("token"), QStringLiteral("https://{region}.example.com/token"))
        << QStringList {bad, QStringLiteral("\"endpoints.token\""), QStringLiteral("{region}")};
    QTest::newRow("reserved authorize param")
        << bad
        << with(QStringLiteral("extra_authorize_params"),
                QJsonObject {{QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/")}})
        << QStringList {bad, QStringLiteral("\"extra_authorize_params\""), QStringLiteral("\"redirect_uri\"")};
    QTest::newRow("grace without window") << bad << with(QStringLiteral("rotation_grace_seconds"), 60)
                                          << QStringList {bad, QStringLiteral("\"rotation_grace_seconds\"")};
    QJsonObject providerApi = minimalEntry(QStringLiteral("bad"));
    providerApi.insert(QStringLiteral("revocation"), QStringLiteral("provider-api"));
    QTest::newRow("provider-api without provider_api")
        << bad << json(providerApi) << QStringList {bad, QStringLiteral("\"provider_api\"")};
    providerApi.insert(QStringLiteral("provider_api"), QStringLiteral("github"));
    QTest::newRow("provider-api without endpoint")
        << bad << json(providerApi) << QStringList {bad, QStringLiteral("\"endpoints.revocation\"")};
    QTest::newRow("unknown provider_api") << bad << with(QStringLiteral("provider_api"), QStringLiteral("myspace"))
                                          << QStringList {bad, QStringLiteral("\"myspace\"")};
    QTest::newRow("provider_api unused") << bad << with(QStringLiteral("provider_api"), QStringLiteral("github"))
                                         << QStringList {bad, QStringLiteral("\"provider_api\"")};
    QTest::newRow("reserved code exchange param")
        << bad
        << with(QStringLiteral("extra_code_exchange_params"),
                QJsonObject {{QStringLiteral("code_verifier"), QStringLiteral("x")}})
        << QStringList {bad, QStringLiteral("\"extra_code_exchange_params\""), QStringLiteral("\"code_verifier\"")};
}

void TestProviderCatalog::malformed()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(QStringList, mentions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile good(dir.filePath(QStringLiteral("good.json")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(json(minimalEntry(QStringLiteral("good"))));
    good.close();
    QVERIFY(ProviderCatalog::load(dir.path()).ok());

    QFile file(dir.filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();

    const auto catalog = ProviderCatalog::load(dir.path());
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().code, ErrorCode::Usage);
    const QString message = catalog.error().userMessage;
    for (const QString &mention : mentions)
        QVERIFY2(message.contains(mention), qPrintable(message + QStringLiteral(" lacks ") + mention));
}

void TestProviderCatalog::fromJsonRejectsUnknownKey()
{
    QJsonObject object = minimalEntry(QStringLiteral("example"));
    object.insert(QStringLiteral("scope_seperator"), QStringLiteral(","));
    const auto entry = ProviderEntry::fromJson(object);
    QVERIFY(!entry.ok());
    QVERIFY2(entry.error().userMessage.contains(QLatin1String("\"scope_seperator\"")),
             qPrintable(entry.error().userMessage));
    QVERIFY(entry.error().userMessage.contains(QLatin1String("\"example\"")));
}

void TestProviderCatalog::missingFolderIsNotFound()
{
    QTemporaryDir dir;
    const auto catalog = ProviderCatalog::load(dir.filePath(QStringLiteral("missing")));
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().code, ErrorCode::NotFound);
}

void TestProviderCatalog::roundTripBuiltIn()
{
    for (const ProviderEntry &entry : ProviderCatalog::builtIn().entries()) {
        const QJsonObject json = entry.toJson();
        const auto again = ProviderEntry::fromJson(json);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().userMessage));
        QCOMPARE(again->toJson(), json);
    }
}

void TestProviderCatalog::roundTripEveryField()
{
    ProviderEntry entry;
    entry.id = QStringLiteral("acme");
    entry.name = QStringLiteral("Acme");
    entry.openIdConnect = true;
    entry.issuer = QStringLiteral("https://{host}/");
    entry.discoveryUrl = QStringLiteral("https://{host}/.well-known/openid-configuration");
    entry.authorizationUrl = QStringLiteral("https://{host}/authorize");
    entry.tokenUrl = QStringLiteral("https://{host}/token");
    entry.revocationUrl = QStringLiteral("https://{host}/revoke");
    entry.introspectionUrl = QStringLiteral("https://{host}/introspect");
    entry.deviceAuthorizationUrl = QStringLiteral("https://{host}/device");
    entry.userinfoUrl = QStringLiteral("https://{host}/userinfo");
    entry.defaultScopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    entry.scopeSeparator = QStringLiteral(",");
    entry.tokenAuth = TokenAuthMethod::None;
    entry.pkce = false;
    entry.returnsExpiresIn = false;
    entry.assumedLifetimeSeconds = 7200;
    entry.revocation = EndpointSupport::Standard;
    entry.introspection = EndpointSupport::ProviderApi;
    entry.providerApi = ProviderApi::Google;
    entry.extraCodeExchangeParams = {{QStringLiteral("expiring"), QStringLiteral("1")}};
    entry.rotation = RefreshRotation::GraceWindow;
    entry.rotationGraceSeconds = 30;
    entry.refreshIdleExpiryDays = 14;
    entry.flows = {Flow::ClientCredentials, Flow::Device, Flow::AuthorizationCode};
    entry.extraAuthorizeParams = {{QStringLiteral("audience"), QStringLiteral("api")}};
    entry.broadScopes = {QStringLiteral("admin")};
    entry.parameters = {{QStringLiteral("host"), QStringLiteral("Host"), QStringLiteral("id.acme.example")}};
    entry.quirks = {QStringLiteral("A quirk.")};
    entry.documentation = QStringLiteral("https://docs.acme.example/oauth");

    const auto again = ProviderEntry::fromJson(entry.toJson());
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().userMessage));
    QCOMPARE(again->toJson(), entry.toJson());
    QCOMPARE(again->issuer, entry.issuer);
    QCOMPARE(again->userinfoUrl, entry.userinfoUrl);
    QCOMPARE(again->scopeSeparator, entry.scopeSeparator);
    QCOMPARE(again->tokenAuth, TokenAuthMethod::None);
    QCOMPARE(again->pkce, false);
    QCOMPARE(again->assumedLifetimeSeconds, qint64(7200));
    QCOMPARE(again->revocation, EndpointSupport::Standard);
    QCOMPARE(again->introspection, EndpointSupport::ProviderApi);
    QCOMPARE(again->rotation, RefreshRotation::GraceWindow);
    QCOMPARE(again->rotationGraceSeconds, qint64(30));
    QCOMPARE(again->refreshIdleExpiryDays, qint64(14));
    QCOMPARE(again->flows, entry.flows);
    QCOMPARE(again->extraAuthorizeParams, entry.extraAuthorizeParams);
    QCOMPARE(again->extraCodeExchangeParams, entry.extraCodeExchangeParams);
    QCOMPARE(again->providerApi, ProviderApi::Google);
    QCOMPARE(again->parameters.size(), 1);
    QCOMPARE(again->parameters.first().defaultValue, QStringLiteral("id.acme.example"));
    QCOMPARE(again->quirks, entry.quirks);
    QCOMPARE(again->documentation, entry.documentation);
    QCOMPARE(entry.toJson().value(QStringLiteral("revocation")).toString(), QStringLiteral("rfc7009"));
    QCOMPARE(entry.toJson().value(QStringLiteral("introspection")).toString(), QStringLiteral("provider-api"));
}

void TestProviderCatalog::names()
{
    for (Flow flow : {Flow::AuthorizationCode, Flow::Device, Flow::ClientCredentials})
        QCOMPARE(flowFromName(flowName(flow)), flow);
    for (RefreshRotation rotation :
         {RefreshRotation::None, RefreshRotation::Strict, RefreshRotation::NewOldValid, RefreshRotation::GraceWindow}) {
        QCOMPARE(refreshRotationFromName(refreshRotationName(rotation)), rotation);
    }
    for (TokenAuthMethod method :
         {TokenAuthMethod::ClientSecretBasic, TokenAuthMethod::ClientSecretPost, TokenAuthMethod::None}) {
        QCOMPARE(tokenAuthMethodFromName(tokenAuthMethodName(method)), method);
    }
    QCOMPARE(tokenAuthMethodFromName(QStringLiteral("client_secret_post")), TokenAuthMethod::ClientSecretPost);
    QCOMPARE(tokenAuthMethodFromName(QStringLiteral("client_secret_basic")), TokenAuthMethod::ClientSecretBasic);
    QCOMPARE(tokenAuthMethodName(TokenAuthMethod::ClientSecretBasic), QStringLiteral("basic"));
    QCOMPARE(endpointSupportName(EndpointSupport::Standard), QStringLiteral("rfc"));
    QVERIFY(!flowFromName(QStringLiteral("implicit")));
    QVERIFY(!refreshRotationFromName(QStringLiteral("Strict")));
}

QTEST_GUILESS_MAIN(TestProviderCatalog)
#include "tst_providercatalog.moc"

#include "ProviderCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <initializer_list>

// keyward_models is a static library: its resources are registered by hand before the first use. This lives outside
// every namespace because Q_INIT_RESOURCE declares the generated function in the enclosing one.
static void initProviderResources()
{
    Q_INIT_RESOURCE(keyward_providers);
}

namespace Keyward::OAuth {

namespace {

Q_LOGGING_CATEGORY(lcProviders, "keyward.oauth")

constexpr qint64 kMaxFileSize = 1024 * 1024;
constexpr double kMaxInteger = 9007199254740992.0; // 2^53: the largest integer a JSON number holds exactly

const QLatin1String kRfc7009("rfc7009");
const QLatin1String kRfc7662("rfc7662");

/// Parameters Keyward sets itself in an authorization request; an entry may not override them.
const QStringList kReservedAuthorizeParams = {
    QStringLiteral("client_id"),
    QStringLiteral("redirect_uri"),
    QStringLiteral("response_type"),
    QStringLiteral("state"),
    QStringLiteral("scope"),
    QStringLiteral("code_challenge"),
    QStringLiteral("code_challenge_method"),
    QStringLiteral("nonce"),
};
/// Code exchange fields Keyward sets itself (RFC 6749 §4.1.3, RFC 7636 §4.5, client authentication).
const QStringList kReservedTokenParams = {
    QStringLiteral("grant_type"), QStringLiteral("code"),          QStringLiteral("redirect_uri"),
    QStringLiteral("client_id"),  QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
};

bool isGeneric(const QString &id)
{
    return id.startsWith(QLatin1String("generic-"));
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]+$"));
    return pattern;
}

const QRegularExpression &parameterNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern;
}

/// What an admin may give for a parameter: a host name, a host label or a tenant ID. Nothing that could move a URL
/// to another host or path (no "/", "?", "#", "@", ":").
const QRegularExpression &parameterValuePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return pattern;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

QStringList placeholders(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    return names;
}

QString substitute(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

/// The entry's URL fields with their JSON names, for validation and substitution.
struct UrlField
{
    const char *name;
    QString ProviderEntry::*member;
};

constexpr UrlField kUrlFields[] = {
    {"issuer", &ProviderEntry::issuer},
    {"discovery_url", &ProviderEntry::discoveryUrl},
    {"endpoints.authorization", &ProviderEntry::authorizationUrl},
    {"endpoints.token", &ProviderEntry::tokenUrl},
    {"endpoints.revocation", &ProviderEntry::revocationUrl},
    {"endpoints.introspection", &ProviderEntry::introspectionUrl},
    {"endpoints.device_authorization", &ProviderEntry::deviceAuthorizationUrl},
    {"endpoints.userinfo", &ProviderEntry::userinfoUrl},
    {"endpoints.jwks", &ProviderEntry::jwksUrl},
    {"documentation", &ProviderEntry::documentation},
};

/// Empty when `url` is acceptable: https:// with a host, or http:// to localhost / 127.0.0.1 only.
QString urlProblem(const QString &field, const QString &url, const QString &shown)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const bool https = url.startsWith(QLatin1String("https://")) && parsed.scheme() == QLatin1String("https");
    const bool loopbackHttp = url.startsWith(QLatin1String("http://")) && parsed.scheme() == QLatin1String("http")
        && (parsed.host() == QLatin1String("localhost") || parsed.host() == QLatin1String("127.0.0.1"));
    if (parsed.isValid() && (https || loopbackHttp) && !parsed.host().isEmpty() && parsed.userInfo().isEmpty()
        && !parsed.hasFragment()) {
        return {};
    }
    return QCoreApplication::translate("Keyward::OAuth",
                                       "the field \"%1\" must be an https:// URL (http:// only for localhost or "
                                       "127.0.0.1), not \"%2\".")
        .arg(field, shown);
}

std::optional<EndpointSupport> endpointSupportFromJson(const QString &name, QLatin1String standard)
{
    if (name == QLatin1String("none"))
        return EndpointSupport::None;
    if (name == standard)
        return EndpointSupport::Standard;
    if (name == QLatin1String("provider-api"))
        return EndpointSupport::ProviderApi;
    return std::nullopt;
}

QString endpointSupportJson(EndpointSupport support, QLatin1String standard)
{
    return support == EndpointSupport::Standard ? QString(standard) : endpointSupportName(support);
}

QString tokenAuthJson(TokenAuthMethod method)
{
    switch (method) {
    case TokenAuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case TokenAuthMethod::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    case TokenAuthMethod::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<TokenAuthMethod> tokenAuthFromJson(const QString &name)
{
    // The data uses the RFC 8414 names only, so that toJson() and the files agree.
    if (name == QLatin1String("client_secret_basic"))
        return TokenAuthMethod::ClientSecretBasic;
    if (name == QLatin1String("client_secret_post"))
        return TokenAuthMethod::ClientSecretPost;
    if (name == QLatin1String("none"))
        return TokenAuthMethod::None;
    return std::nullopt;
}

/// Reads typed fields from one JSON object, remembering the first problem (a translated sentence naming the field).
/// Every getter returns its fallback once a problem is recorded, so a parse runs to the end without branching.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString &problem, QString path = {})
        : m_object(object)
        , m_problem(problem)
        , m_path(std::move(path))
    { }

    QString field(const char *key) const { return m_path + QLatin1String(key); }
    bool failed() const { return !m_problem.isEmpty(); }

    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    /// Rejects keys outside `known`: a typo in the data must not pass silently.
    void allowOnly(std::initializer_list<const char *> known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const bool ok = std::any_of(known.begin(), known.end(),
                                        [&](const char *name) { return it.key() == QLatin1String(name); });
            if (!ok) {
                fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" is unknown.")
                         .arg(m_path + it.key()));
                return;
            }
        }
    }

    QString string(const char *key, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return fallback;
        if (!value.isString()) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be a string.").arg(field(key)));
            return fallback;
        }
        return value.toString();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return fallback;
        if (!value.isBool()) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be true or false.")
                     .arg(field(key)));
            return fallback;
        }
        return value.toBool();
    }

    qint64 count(const char *key, qint64 fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > kMaxInteger || std::floor(number) != number) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be a whole number of 0 or more.")
                     .arg(field(key)));
            return fallback;
        }
        return static_cast<qint64>(number);
    }

    QStringList strings(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return {};
        QStringList list;
        const QJsonArray array = value.toArray();
        const bool allStrings
            = std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
        if (!value.isArray() || !allStrings) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be a list of strings.")
                     .arg(field(key)));
            return {};
        }
        for (const QJsonValue &item : array)
            list.append(item.toString());
        return list;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return {};
        if (!value.isObject()) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be an object.").arg(field(key)));
            return {};
        }
        return value.toObject();
    }

    QJsonArray objects(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || failed())
            return {};
        const QJsonArray array = value.toArray();
        const bool allObjects
            = std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isObject(); });
        if (!value.isArray() || !allObjects) {
            fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be a list of objects.")
                     .arg(field(key)));
            return {};
        }
        return array;
    }

    /// A string field holding one of a fixed set of names; `expected` lists them for the message.
    template<typename T, typename Parse> T choice(const char *key, T fallback, Parse parse, const char *expected)
    {
        if (m_object.value(QLatin1String(key)).isUndefined() || failed())
            return fallback;
        const QString name = string(key);
        if (failed())
            return fallback;
        const std::optional<T> parsed = parse(name);
        if (!parsed) {
            fail(QCoreApplication::translate("Keyward::OAuth",
                                             "the field \"%1\" has the unknown value \"%2\" (expected "
                                             "%3).")
                     .arg(field(key), name, QLatin1String(expected)));
            return fallback;
        }
        return *parsed;
    }

private:
    const QJsonObject &m_object;
    QString &m_problem;
    QString m_path;
};

/// Reads an entry without cross-field checks. Returns the first problem, or an empty string.
QString parseEntry(const QJsonObject &root, ProviderEntry &entry)
{
    QString problem;
    FieldReader reader(root, problem);
    reader.allowOnly({"id",
                      "name",
                      "openid_connect",
                      "authorization_response_iss",
                      "issuer",
                      "discovery_url",
                      "endpoints",
                      "default_scopes",
                      "scope_separator",
                      "token_endpoint_auth",
                      "pkce",
                      "returns_expires_in",
                      "assumed_lifetime_seconds",
                      "revocation",
                      "introspection",
                      "refresh_rotation",
                      "rotation_grace_seconds",
                      "refresh_idle_expiry_days",
                      "issues_refresh_tokens",
                      "flows",
                      "extra_authorize_params",
                      "extra_code_exchange_params",
                      "provider_api",
                      "broad_scopes",
                      "parameters",
                      "quirks",
                      "documentation"});
    for (const char *required : {"id", "name", "flows"}) {
        if (!root.contains(QLatin1String(required)))
            reader.fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" is missing.")
                            .arg(reader.field(required)));
    }

    entry.id = reader.string("id");
    entry.name = reader.string("name");
    entry.openIdConnect = reader.boolean("openid_connect", entry.openIdConnect);
    entry.issuer = reader.string("issuer");
    entry.discoveryUrl = reader.string("discovery_url");

    const QJsonObject endpoints = reader.object("endpoints");
    FieldReader endpointReader(endpoints, problem, QStringLiteral("endpoints."));
    endpointReader.allowOnly(
        {"authorization", "token", "revocation", "introspection", "device_authorization", "userinfo", "jwks"});
    entry.authorizationUrl = endpointReader.string("authorization");
    entry.tokenUrl = endpointReader.string("token");
    entry.revocationUrl = endpointReader.string("revocation");
    entry.introspectionUrl = endpointReader.string("introspection");
    entry.deviceAuthorizationUrl = endpointReader.string("device_authorization");
    entry.userinfoUrl = endpointReader.string("userinfo");
    entry.jwksUrl = endpointReader.string("jwks");
    entry.authorizationResponseIss = reader.boolean("authorization_response_iss", entry.authorizationResponseIss);

    entry.defaultScopes = reader.strings("default_scopes");
    entry.scopeSeparator = reader.string("scope_separator", entry.scopeSeparator);
    entry.tokenAuth = reader.choice("token_endpoint_auth", entry.tokenAuth, tokenAuthFromJson,
                                    "client_secret_basic, client_secret_post, none");
    entry.pkce = reader.boolean("pkce", entry.pkce);
    entry.returnsExpiresIn = reader.boolean("returns_expires_in", entry.returnsExpiresIn);
    entry.assumedLifetimeSeconds = reader.count("assumed_lifetime_seconds", entry.assumedLifetimeSeconds);
    entry.revocation = reader.choice(
        "revocation", entry.revocation, [](const QString &name) { return endpointSupportFromJson(name, kRfc7009); },
        "none, rfc7009, provider-api");
    entry.introspection = reader.choice(
        "introspection", entry.introspection,
        [](const QString &name) { return endpointSupportFromJson(name, kRfc7662); }, "none, rfc7662, provider-api");
    entry.providerApi = reader.choice("provider_api", entry.providerApi, providerApiFromName,
                                      "github, hubspot, slack, zoom, stripe, shopify, google");
    entry.rotation = reader.choice("refresh_rotation", entry.rotation, refreshRotationFromName,
                                   "none, strict, new-old-valid, grace-window");
    entry.rotationGraceSeconds = reader.count("rotation_grace_seconds", entry.rotationGraceSeconds);
    entry.refreshIdleExpiryDays = reader.count("refresh_idle_expiry_days", entry.refreshIdleExpiryDays);
    entry.issuesRefreshTokens = reader.boolean("issues_refresh_tokens", entry.issuesRefreshTokens);

    const QStringList flows = reader.strings("flows");
    for (const QString &name : flows) {
        const std::optional<Flow> flow = flowFromName(name);
        if (!flow) {
            reader.fail(QCoreApplication::translate("Keyward::OAuth",
                                                    "the field \"flows\" has the unknown flow \"%1\" "
                                                    "(expected auth-code, device, client-credentials).")
                            .arg(name));
            break;
        }
        if (entry.flows.contains(*flow)) {
            reader.fail(
                QCoreApplication::translate("Keyward::OAuth", "the field \"flows\" lists \"%1\" twice.").arg(name));
            break;
        }
        entry.flows.append(*flow);
    }

    const auto readParams = [&reader](const char *field, QHash<QString, QString> &into) {
        const QJsonObject params = reader.object(field);
        for (auto it = params.constBegin(); it != params.constEnd() && !reader.failed(); ++it) {
            if (!it.value().isString()) {
                reader.fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must be a string.")
                                .arg(QLatin1String(field) + u'.' + it.key()));
                break;
            }
            into.insert(it.key(), it.value().toString());
        }
    };
    readParams("extra_authorize_params", entry.extraAuthorizeParams);
    readParams("extra_code_exchange_params", entry.extraCodeExchangeParams);

    entry.broadScopes = reader.strings("broad_scopes");

    const QJsonArray parameters = reader.objects("parameters");
    for (qsizetype i = 0; i < parameters.size() && !reader.failed(); ++i) {
        const QJsonObject object = parameters.at(i).toObject();
        FieldReader parameterReader(object, problem, QStringLiteral("parameters[%1].").arg(i));
        parameterReader.allowOnly({"name", "label", "default"});
        if (!object.contains(QLatin1String("name")))
            parameterReader.fail(QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" is missing.")
                                     .arg(parameterReader.field("name")));
        ProviderParameter parameter;
        parameter.name = parameterReader.string("name");
        parameter.label = parameterReader.string("label");
        parameter.defaultValue = parameterReader.string("default");
        entry.parameters.append(parameter);
    }

    entry.quirks = reader.strings("quirks");
    entry.documentation = reader.string("documentation");
    return problem;
}

/// Cross-field checks. Returns the first problem, or an empty string.
QString validateEntry(const ProviderEntry &entry)
{
    if (!idPattern().match(entry.id).hasMatch()) {
        return QCoreApplication::translate("Keyward::OAuth",
                                           "the field \"id\" must be lower-case letters, digits and hyphens, not "
                                           "\"%1\".")
            .arg(entry.id);
    }
    if (entry.name.trimmed().isEmpty())
        return QCoreApplication::translate("Keyward::OAuth", "the field \"name\" must not be empty.");

    QSet<QString> declared;
    for (qsizetype i = 0; i < entry.parameters.size(); ++i) {
        const ProviderParameter &parameter = entry.parameters.at(i);
        const QString field = QStringLiteral("parameters[%1].name").arg(i);
        if (!parameterNamePattern().match(parameter.name).hasMatch()) {
            return QCoreApplication::translate("Keyward::OAuth",
                                               "the field \"%1\" must start with a lower-case letter and hold only "
                                               "lower-case letters, digits and underscores, not \"%2\".")
                .arg(field, parameter.name);
        }
        if (declared.contains(parameter.name)) {
            return QCoreApplication::translate("Keyward::OAuth", "the parameter \"%1\" is declared twice.")
                .arg(parameter.name);
        }
        declared.insert(parameter.name);
        if (parameter.label.trimmed().isEmpty()) {
            return QCoreApplication::translate("Keyward::OAuth", "the field \"%1\" must not be empty.")
                .arg(QStringLiteral("parameters[%1].label").arg(i));
        }
        if (!parameter.defaultValue.isEmpty() && !parameterValuePattern().match(parameter.defaultValue).hasMatch()) {
            return QCoreApplication::translate("Keyward::OAuth",
                                               "the field \"%1\" may hold only letters, digits, dots and hyphens, not "
                                               "\"%2\".")
                .arg(QStringLiteral("parameters[%1].default").arg(i), parameter.defaultValue);
        }
    }

    QSet<QString> used;
    for (const UrlField &url : kUrlFields) {
        const QString &value = entry.*url.member;
        if (value.isEmpty())
            continue;
        QHash<QString, QString> samples;
        for (const QString &name : placeholders(value)) {
            if (!declared.contains(name)) {
                return QCoreApplication::translate("Keyward::OAuth",
                                                   "the field \"%1\" uses the placeholder {%2}, which \"parameters\" "
                                                   "does not declare.")
                    .arg(QLatin1String(url.name), name);
            }
            used.insert(name);
            samples.insert(name, QStringLiteral("example"));
        }
        if (QString problem = urlProblem(QLatin1String(url.name), substitute(value, samples), value);
            !problem.isEmpty())
            return problem;
    }
    for (const ProviderParameter &parameter : entry.parameters) {
        if (!used.contains(parameter.name)) {
            return QCoreApplication::translate("Keyward::OAuth",
                                               "the parameter \"%1\" is declared, but no URL uses {%1}.")
                .arg(parameter.name);
        }
    }

    const bool discovery = !entry.discoveryUrl.isEmpty();
    if (!isGeneric(entry.id) && !discovery) {
        if (entry.authorizationUrl.isEmpty())
            return QCoreApplication::translate(
                "Keyward::OAuth", "the field \"endpoints.authorization\" is required unless \"discovery_url\" is set.");
        if (entry.tokenUrl.isEmpty())
            return QCoreApplication::translate(
                "Keyward::OAuth", "the field \"endpoints.token\" is required unless \"discovery_url\" is set.");
    }
    if (!isGeneric(entry.id) && entry.openIdConnect && entry.issuer.isEmpty() && !discovery)
        return QCoreApplication::translate(
            "Keyward::OAuth",
            "the field \"issuer\" is required for an OpenID Connect provider unless \"discovery_url\" is set.");

    if (entry.flows.isEmpty())
        return QCoreApplication::translate("Keyward::OAuth", "the field \"flows\" must list at least one flow.");
    if (entry.supports(Flow::Device) && entry.deviceAuthorizationUrl.isEmpty() && !discovery)
        return QCoreApplication::translate(
            "Keyward::OAuth", "the flow \"device\" needs \"endpoints.device_authorization\" or \"discovery_url\".");
    if (entry.revocation == EndpointSupport::Standard && entry.revocationUrl.isEmpty() && !discovery)
        return QCoreApplication::translate(
            "Keyward::OAuth", "\"revocation\": \"rfc7009\" needs \"endpoints.revocation\" or \"discovery_url\".");
    if (entry.introspection == EndpointSupport::Standard && entry.introspectionUrl.isEmpty() && !discovery)
        return QCoreApplication::translate(
            "Keyward::OAuth", "\"introspection\": \"rfc7662\" needs \"endpoints.introspection\" or \"discovery_url\".");

    const bool providerApiUsed
        = entry.revocation == EndpointSupport::ProviderApi || entry.introspection == EndpointSupport::ProviderApi;
    if (providerApiUsed && entry.providerApi == ProviderApi::None)
        return QCoreApplication::translate(
            "Keyward::OAuth", "\"provider-api\" needs \"provider_api\" to say whose API (e.g. \"github\").");
    if (!providerApiUsed && entry.providerApi != ProviderApi::None)
        return QCoreApplication::translate(
            "Keyward::OAuth",
            "the field \"provider_api\" applies only when \"revocation\" or \"introspection\" is \"provider-api\".");
    if (entry.revocation == EndpointSupport::ProviderApi && entry.revocationUrl.isEmpty())
        return QCoreApplication::translate("Keyward::OAuth",
                                           "\"revocation\": \"provider-api\" needs \"endpoints.revocation\".");
    if (entry.introspection == EndpointSupport::ProviderApi && entry.introspectionUrl.isEmpty())
        return QCoreApplication::translate("Keyward::OAuth",
                                           "\"introspection\": \"provider-api\" needs \"endpoints.introspection\".");

    if (entry.scopeSeparator != QLatin1String(" ") && entry.scopeSeparator != QLatin1String(","))
        return QCoreApplication::translate("Keyward::OAuth", "the field \"scope_separator\" must be \" \" or \",\".");
    if (entry.returnsExpiresIn && entry.assumedLifetimeSeconds != 0)
        return QCoreApplication::translate(
            "Keyward::OAuth",
            "the field \"assumed_lifetime_seconds\" applies only when \"returns_expires_in\" is false.");
    if (entry.rotation == RefreshRotation::GraceWindow && entry.rotationGraceSeconds <= 0)
        return QCoreApplication::translate(
            "Keyward::OAuth", "\"refresh_rotation\": \"grace-window\" needs \"rotation_grace_seconds\" above 0.");
    if (entry.rotation != RefreshRotation::GraceWindow && entry.rotationGraceSeconds != 0)
        return QCoreApplication::translate(
            "Keyward::OAuth",
            "the field \"rotation_grace_seconds\" applies only to \"refresh_rotation\": \"grace-window\".");
    if (!entry.issuesRefreshTokens && (entry.rotation != RefreshRotation::None || entry.refreshIdleExpiryDays != 0)) {
        return QCoreApplication::translate(
            "Keyward::OAuth",
            "\"issues_refresh_tokens\" is false, so \"refresh_rotation\" must be \"none\" and "
            "\"refresh_idle_expiry_days\" 0.");
    }

    for (auto it = entry.extraAuthorizeParams.cbegin(); it != entry.extraAuthorizeParams.cend(); ++it) {
        if (it.key().isEmpty() || kReservedAuthorizeParams.contains(it.key())) {
            return QCoreApplication::translate("Keyward::OAuth",
                                               "the field \"extra_authorize_params\" may not set \"%1\": Keyward sets "
                                               "it itself.")
                .arg(it.key());
        }
    }
    for (auto it = entry.extraCodeExchangeParams.cbegin(); it != entry.extraCodeExchangeParams.cend(); ++it) {
        if (it.key().isEmpty() || kReservedTokenParams.contains(it.key())) {
            return QCoreApplication::translate("Keyward::OAuth",
                                               "the field \"extra_code_exchange_params\" may not set \"%1\": "
                                               "Keyward sets it itself.")
                .arg(it.key());
        }
    }
    return {};
}

/// Parses and validates; the error's message is the bare reason, wrapped by the caller.
Result<ProviderEntry> readEntry(const QJsonObject &object)
{
    ProviderEntry entry;
    QString problem = parseEntry(object, entry);
    if (problem.isEmpty())
        problem = validateEntry(entry);
    if (!problem.isEmpty())
        return Error {ErrorCode::Usage, problem, object.value(QLatin1String("id")).toString()};
    return entry;
}

Result<ProviderEntry> loadEntryFile(const QString &path)
{
    auto invalid = [&path](const QString &reason) {
        return Error {
            ErrorCode::Usage,
            QCoreApplication::translate("Keyward::OAuth", "The provider file %1 is invalid: %2").arg(path, reason),
            path};
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {ErrorCode::NotFound,
                      QCoreApplication::translate("Keyward::OAuth", "The provider file %1 cannot be read: %2")
                          .arg(path, file.errorString()),
                      path};
    }
    if (file.size() > kMaxFileSize)
        return invalid(QCoreApplication::translate("Keyward::OAuth", "it is larger than 1 MiB."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(QCoreApplication::translate("Keyward::OAuth", "it is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    if (!document.isObject())
        return invalid(QCoreApplication::translate("Keyward::OAuth", "it must hold one JSON object."));

    Result<ProviderEntry> entry = readEntry(document.object());
    if (!entry)
        return invalid(entry.error().userMessage);
    const QString baseName = QFileInfo(path).completeBaseName();
    if (entry->id != baseName) {
        return invalid(QCoreApplication::translate("Keyward::OAuth",
                                                   "the field \"id\" is \"%1\" but must equal the file name \"%2\".")
                           .arg(entry->id, baseName));
    }
    return entry;
}

void sortEntries(QList<ProviderEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const ProviderEntry &a, const ProviderEntry &b) {
        if (isGeneric(a.id) != isGeneric(b.id))
            return !isGeneric(a.id);
        if (const int order = a.name.compare(b.name, Qt::CaseInsensitive); order != 0)
            return order < 0;
        return a.id < b.id;
    });
}

} // namespace

QString tokenAuthMethodName(TokenAuthMethod method)
{
    switch (method) {
    case TokenAuthMethod::ClientSecretBasic:
        return QStringLiteral("basic");
    case TokenAuthMethod::ClientSecretPost:
        return QStringLiteral("post");
    case TokenAuthMethod::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<TokenAuthMethod> tokenAuthMethodFromName(const QString &name)
{
    if (name == QLatin1String("basic"))
        return TokenAuthMethod::ClientSecretBasic;
    if (name == QLatin1String("post"))
        return TokenAuthMethod::ClientSecretPost;
    return tokenAuthFromJson(name);
}

QString refreshRotationName(RefreshRotation rotation)
{
    switch (rotation) {
    case RefreshRotation::None:
        break;
    case RefreshRotation::Strict:
        return QStringLiteral("strict");
    case RefreshRotation::NewOldValid:
        return QStringLiteral("new-old-valid");
    case RefreshRotation::GraceWindow:
        return QStringLiteral("grace-window");
    }
    return QStringLiteral("none");
}

QString providerApiName(ProviderApi api)
{
    switch (api) {
    case ProviderApi::None:
        break;
    case ProviderApi::GitHub:
        return QStringLiteral("github");
    case ProviderApi::HubSpot:
        return QStringLiteral("hubspot");
    case ProviderApi::Slack:
        return QStringLiteral("slack");
    case ProviderApi::Zoom:
        return QStringLiteral("zoom");
    case ProviderApi::Stripe:
        return QStringLiteral("stripe");
    case ProviderApi::Shopify:
        return QStringLiteral("shopify");
    case ProviderApi::Google:
        return QStringLiteral("google");
    }
    return {};
}

std::optional<ProviderApi> providerApiFromName(const QString &name)
{
    for (ProviderApi api : {ProviderApi::None, ProviderApi::GitHub, ProviderApi::HubSpot, ProviderApi::Slack,
                            ProviderApi::Zoom, ProviderApi::Stripe, ProviderApi::Shopify, ProviderApi::Google}) {
        if (name == providerApiName(api))
            return api;
    }
    return std::nullopt;
}

std::optional<RefreshRotation> refreshRotationFromName(const QString &name)
{
    for (RefreshRotation rotation :
         {RefreshRotation::None, RefreshRotation::Strict, RefreshRotation::NewOldValid, RefreshRotation::GraceWindow}) {
        if (name == refreshRotationName(rotation))
            return rotation;
    }
    return std::nullopt;
}

QString endpointSupportName(EndpointSupport support)
{
    switch (support) {
    case EndpointSupport::None:
        break;
    case EndpointSupport::Standard:
        return QStringLiteral("rfc");
    case EndpointSupport::ProviderApi:
        return QStringLiteral("provider-api");
    }
    return QStringLiteral("none");
}

QString flowName(Flow flow)
{
    switch (flow) {
    case Flow::AuthorizationCode:
        break;
    case Flow::Device:
        return QStringLiteral("device");
    case Flow::ClientCredentials:
        return QStringLiteral("client-credentials");
    }
    return QStringLiteral("auth-code");
}

std::optional<Flow> flowFromName(const QString &name)
{
    for (Flow flow : {Flow::AuthorizationCode, Flow::Device, Flow::ClientCredentials}) {
        if (name == flowName(flow))
            return flow;
    }
    return std::nullopt;
}

Result<ProviderEntry> ProviderEntry::resolved(const QHash<QString, QString> &values) const
{
    QHash<QString, QString> substitutions;
    for (const ProviderParameter &parameter : parameters) {
        QString value = values.value(parameter.name).trimmed();
        if (value.isEmpty())
            value = parameter.defaultValue;
        if (value.isEmpty()) {
            return Error {
                ErrorCode::Usage,
                QCoreApplication::translate("Keyward::OAuth", "%1 needs a value for \"%2\" (%3).")
                    .arg(name, parameter.name,
                         QCoreApplication::translate("Keyward::OAuth", parameter.label.toUtf8().constData()))};
        }
        if (!parameterValuePattern().match(value).hasMatch()) {
            return Error {ErrorCode::Usage,
                          QCoreApplication::translate("Keyward::OAuth",
                                                      "The value \"%1\" for \"%2\" may hold only letters, digits, dots "
                                                      "and hyphens.")
                              .arg(value, parameter.name)};
        }
        substitutions.insert(parameter.name, value);
    }

    ProviderEntry result = *this;
    // Applied: the resolved entry is stored with the app and read back as an entry without placeholders.
    result.parameters.clear();
    for (const UrlField &url : kUrlFields) {
        QString &value = result.*url.member;
        for (const QString &placeholder : placeholders(value)) {
            if (!substitutions.contains(placeholder)) {
                return Error {
                    ErrorCode::Usage,
                    QCoreApplication::translate("Keyward::OAuth", "%1 uses the unknown placeholder {%2} in \"%3\".")
                        .arg(name, placeholder, QLatin1String(url.name))};
            }
        }
        value = substitute(value, substitutions);
        if (value.isEmpty())
            continue;
        if (const QString problem = urlProblem(QLatin1String(url.name), value, value); !problem.isEmpty()) {
            return Error {ErrorCode::Usage,
                          QCoreApplication::translate("Keyward::OAuth", "%1 does not resolve to valid URLs: %2")
                              .arg(name, problem)};
        }
    }
    return result;
}

QJsonObject ProviderEntry::toJson() const
{
    QJsonObject extra;
    for (auto it = extraAuthorizeParams.cbegin(); it != extraAuthorizeParams.cend(); ++it)
        extra.insert(it.key(), it.value());
    QJsonObject codeExchange;
    for (auto it = extraCodeExchangeParams.cbegin(); it != extraCodeExchangeParams.cend(); ++it)
        codeExchange.insert(it.key(), it.value());
    QJsonArray flowNames;
    for (Flow flow : flows)
        flowNames.append(flowName(flow));
    QJsonArray parameterList;
    for (const ProviderParameter &parameter : parameters) {
        parameterList.append(QJsonObject {
            {QLatin1String("name"), parameter.name},
            {QLatin1String("label"), parameter.label},
            {QLatin1String("default"), parameter.defaultValue},
        });
    }
    return QJsonObject {
        {QLatin1String("id"), id},
        {QLatin1String("name"), name},
        {QLatin1String("openid_connect"), openIdConnect},
        {QLatin1String("issuer"), issuer},
        {QLatin1String("discovery_url"), discoveryUrl},
        {QLatin1String("endpoints"),
         QJsonObject {
             {QLatin1String("authorization"), authorizationUrl},
             {QLatin1String("token"), tokenUrl},
             {QLatin1String("revocation"), revocationUrl},
             {QLatin1String("introspection"), introspectionUrl},
             {QLatin1String("device_authorization"), deviceAuthorizationUrl},
             {QLatin1String("userinfo"), userinfoUrl},
             {QLatin1String("jwks"), jwksUrl},
         }},
        {QLatin1String("authorization_response_iss"), authorizationResponseIss},
        {QLatin1String("default_scopes"), QJsonArray::fromStringList(defaultScopes)},
        {QLatin1String("scope_separator"), scopeSeparator},
        {QLatin1String("token_endpoint_auth"), tokenAuthJson(tokenAuth)},
        {QLatin1String("pkce"), pkce},
        {QLatin1String("returns_expires_in"), returnsExpiresIn},
        {QLatin1String("assumed_lifetime_seconds"), assumedLifetimeSeconds},
        {QLatin1String("revocation"), endpointSupportJson(revocation, kRfc7009)},
        {QLatin1String("introspection"), endpointSupportJson(introspection, kRfc7662)},
        {QLatin1String("refresh_rotation"), refreshRotationName(rotation)},
        {QLatin1String("rotation_grace_seconds"), rotationGraceSeconds},
        {QLatin1String("refresh_idle_expiry_days"), refreshIdleExpiryDays},
        {QLatin1String("issues_refresh_tokens"), issuesRefreshTokens},
        {QLatin1String("flows"), flowNames},
        {QLatin1String("extra_authorize_params"), extra},
        {QLatin1String("extra_code_exchange_params"), codeExchange},
        {QLatin1String("provider_api"), providerApiName(providerApi)},
        {QLatin1String("broad_scopes"), QJsonArray::fromStringList(broadScopes)},
        {QLatin1String("parameters"), parameterList},
        {QLatin1String("quirks"), QJsonArray::fromStringList(quirks)},
        {QLatin1String("documentation"), documentation},
    };
}

Result<ProviderEntry> ProviderEntry::fromJson(const QJsonObject &object)
{
    Result<ProviderEntry> entry = readEntry(object);
    if (entry)
        return entry;
    const QString entryId = object.value(QLatin1String("id")).toString();
    return Error {ErrorCode::Usage,
                  entryId.isEmpty()
                      ? QCoreApplication::translate("Keyward::OAuth", "The provider entry is invalid: %1")
                            .arg(entry.error().userMessage)
                      : QCoreApplication::translate("Keyward::OAuth", "The provider entry \"%1\" is invalid: %2")
                            .arg(entryId, entry.error().userMessage),
                  entryId};
}

const ProviderCatalog &ProviderCatalog::builtIn()
{
    static const ProviderCatalog catalog = [] {
        initProviderResources();
        ProviderCatalog result;
        const QDir directory(QStringLiteral(":/providers"));
        const QFileInfoList files = directory.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QFileInfo &info : files) {
            Result<ProviderEntry> entry = loadEntryFile(info.filePath());
            if (!entry) {
                qCWarning(lcProviders).noquote() << "Skipping a built-in provider entry:" << entry.error().userMessage;
                continue;
            }
            result.m_entries.append(std::move(entry).value());
        }
        if (result.m_entries.isEmpty())
            qCWarning(lcProviders) << "No built-in provider entries were found under :/providers";
        sortEntries(result.m_entries);
        return result;
    }();
    return catalog;
}

Result<ProviderCatalog> ProviderCatalog::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        return Error {ErrorCode::NotFound,
                      QCoreApplication::translate("Keyward::OAuth", "The provider catalog folder %1 does not exist.")
                          .arg(directory),
                      directory};
    }
    ProviderCatalog catalog;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        Result<ProviderEntry> entry = loadEntryFile(info.filePath());
        if (!entry)
            return entry.error();
        catalog.m_entries.append(std::move(entry).value());
    }
    sortEntries(catalog.m_entries);
    return catalog;
}

const ProviderEntry *ProviderCatalog::find(const QString &id) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&id](const ProviderEntry &entry) { return entry.id == id; });
    return it == m_entries.cend() ? nullptr : &*it;
}

} // namespace Keyward::OAuth

#include "ConnectionCommands.h"

#include "CliSupport.h"
#include "connections/ConnectFlow.h"
#include "connections/ConnectionService.h"
#include "core/JsonFields.h"
#include "jobs/JobStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace Keyward::Cli::Commands {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands) // the context lupdate gives these strings
};

QString tr(const char *text)
{
    return Text::tr(text);
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString option(Invocation &in, const char *name)
{
    return in.parser.value(QString::fromLatin1(name));
}

bool has(Invocation &in, const char *name)
{
    return in.parser.isSet(QString::fromLatin1(name));
}

/// Waits (running the event loop) for an asynchronous engine call's result.
template<typename T> Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](const Result<T> &value) {
        result.emplace(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

/// A secret from standard input: the first line, without its newline. Never echoed.
Result<SecureBytes> readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error {ErrorCode::Usage, tr("Standard input cannot be read.")};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error {ErrorCode::Usage, tr("No client secret on standard input.")};
    return SecureBytes::takeFrom(line);
}

QString formatTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("-");
}

int appsAdd(Invocation &in)
{
    Connections::AppDraft draft;
    draft.name = option(in, "name");
    draft.catalogId = option(in, "catalog");
    draft.discoveryUrl = option(in, "discovery");
    draft.authorizationUrl = option(in, "authorize-url");
    draft.tokenUrl = option(in, "token-url");
    draft.revocationUrl = option(in, "revoke-url");
    draft.introspectionUrl = option(in, "introspect-url");
    draft.deviceAuthorizationUrl = option(in, "device-url");
    draft.clientId = option(in, "client-id");
    draft.redirectUri = option(in, "redirect-uri");
    if (has(in, "scopes"))
        draft.scopes = option(in, "scopes").split(u' ', Qt::SkipEmptyParts);
    if (has(in, "auth-method")) {
        auto method = OAuth::tokenAuthMethodFromName(option(in, "auth-method"));
        if (!method)
            return fail({ErrorCode::Usage, tr("--auth-method takes basic, post or none.")});
        draft.authMethod = method;
    }
    for (const QString &parameter : in.parser.values(QStringLiteral("param"))) {
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals <= 0)
            return fail({ErrorCode::Usage, tr("--param takes NAME=VALUE, such as tenant=contoso.onmicrosoft.com.")});
        draft.parameters.insert(parameter.left(equals), parameter.mid(equals + 1));
    }
    if (has(in, "ca-file")) {
        QFile file(option(in, "ca-file"));
        if (!file.open(QIODevice::ReadOnly))
            return fail({ErrorCode::NotFound, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())});
        draft.caPem = QString::fromLatin1(file.read(1 << 20));
    }
    if (has(in, "client-secret-stdin")) {
        auto secret = readSecretFromStdin();
        if (!secret.ok())
            return fail(secret.error());
        draft.clientSecret = secret.value();
    }
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto app = await<Connections::ProviderApp>(
        [&](auto done) { service.addApp(draft, [done](const Result<Connections::ProviderApp> &r) { done(r); }); });
    if (!app.ok())
        return fail(app.error());
    if (in.json) {
        printJson(app->toJson(now()));
        return ExitCode::Ok;
    }
    printLine(tr("Registered app \"%1\" (%2), id %3.").arg(app->name, app->provider.name).arg(app->id));
    printLine(tr("Register this redirect URI at the provider: %1 (any port on 127.0.0.1 is used, as RFC 8252 "
                 "allows).")
                  .arg(app->redirectUri));
    return ExitCode::Ok;
}

int appsList(Invocation &in)
{
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::AppsRead);
    if (!engine.ok())
        return fail(engine.error());
    auto apps = engine.value()->connections().store().apps();
    if (!apps.ok())
        return fail(apps.error());
    if (in.json) {
        QJsonArray list;
        for (const Connections::ProviderApp &app : apps.value())
            list.append(app.toJson(now()));
        printJson({{QLatin1String("apps"), list}});
        return ExitCode::Ok;
    }
    if (apps->isEmpty())
        printLine(tr("No provider apps yet: add one with `keyward-cli apps add`."));
    for (const Connections::ProviderApp &app : apps.value()) {
        printLine(QStringLiteral("%1  %2  %3  client %4  secret %5  redirect %6")
                      .arg(app.id)
                      .arg(app.name, app.provider.name, app.clientId,
                           app.hasSecret ? Text::tr("set %1 (%n day(s) old)", nullptr,
                                                    static_cast<int>((now() - app.secretSetMs) / 86'400'000))
                                               .arg(formatTime(app.secretSetMs))
                                         : tr("none (public client)"),
                           app.redirectUri));
    }
    return ExitCode::Ok;
}

int appsConfigure(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto app = service.store().findApp(in.operands.value(0));
    if (!app.ok())
        return fail(app.error());
    Connections::RefreshSettings settings = app->refresh;
    struct Knob
    {
        const char *option;
        double scale; ///< option unit → stored unit
        qint64 Connections::RefreshSettings::*field;
    };
    const Knob knobs[] = {
        {"ahead-minutes", 60'000, &Connections::RefreshSettings::aheadMinMs},
        {"backoff-base-seconds", 1000, &Connections::RefreshSettings::baseDelayMs},
        {"backoff-max-seconds", 1000, &Connections::RefreshSettings::maxDelayMs},
        {"give-up-hours", 3'600'000, &Connections::RefreshSettings::giveUpMs},
    };
    for (const Knob &knob : knobs) {
        if (!has(in, knob.option))
            continue;
        bool ok = false;
        const double value = option(in, knob.option).toDouble(&ok);
        if (!ok || value < 0)
            return fail({ErrorCode::Usage, tr("--%1 takes a number.").arg(QLatin1String(knob.option))});
        settings.*knob.field = static_cast<qint64>(value * knob.scale);
    }
    if (has(in, "ahead-percent")) {
        bool ok = false;
        const double percent = option(in, "ahead-percent").toDouble(&ok);
        if (!ok)
            return fail({ErrorCode::Usage, tr("--ahead-percent takes a number.")});
        settings.aheadFraction = percent / 100.0;
    }
    auto updated = service.configureRefresh(app->name, settings);
    if (!updated.ok())
        return fail(updated.error());
    if (in.json) {
        printJson(updated->toJson(now()));
        return ExitCode::Ok;
    }
    const Connections::RefreshSettings &s = updated->refresh;
    printLine(tr("App \"%1\": refresh when %2 % of the lifetime or %3 min remain; after a failure wait %4 s doubling "
                 "up to %5 s; give up after %6 h. Applies from each connection's next refresh.")
                  .arg(updated->name)
                  .arg(s.aheadFraction * 100, 0, 'g', 3)
                  .arg(s.aheadMinMs / 60'000.0, 0, 'g', 4)
                  .arg(s.baseDelayMs / 1000)
                  .arg(s.maxDelayMs / 1000)
                  .arg(s.giveUpMs / 3'600'000.0, 0, 'g', 4));
    return ExitCode::Ok;
}

int appsRotateSecret(Invocation &in)
{
    auto secret = readSecretFromStdin();
    if (!secret.ok())
        return fail(secret.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto app = await<Connections::ProviderApp>([&](auto done) {
        service.rotateClientSecret(in.operands.value(0), secret.value(),
                                   [done](const Result<Connections::ProviderApp> &r) { done(r); });
    });
    if (!app.ok())
        return fail(app.error());
    printLine(tr("The new client secret of \"%1\" was accepted by %2 and is now in use; the old one is gone from the "
                 "keychain. Remove it at the provider.")
                  .arg(app->name, app->provider.name));
    return ExitCode::Ok;
}

int catalogList(Invocation &in)
{
    const auto &entries = OAuth::ProviderCatalog::builtIn().entries();
    if (in.json) {
        QJsonArray list;
        for (const OAuth::ProviderEntry &entry : entries)
            list.append(entry.toJson());
        printJson({{QLatin1String("providers"), list}});
        return ExitCode::Ok;
    }
    for (const OAuth::ProviderEntry &entry : entries) {
        QStringList flows;
        for (const OAuth::Flow flow : entry.flows)
            flows << OAuth::flowName(flow);
        printLine(QStringLiteral("%1  %2  (%3)").arg(entry.id.leftJustified(16), entry.name, flows.join(u',')));
    }
    return ExitCode::Ok;
}

void openBrowser(const QUrl &url)
{
    // The system browser (RFC 8252 §8.12): never an embedded view.
    if (!QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
        std::fprintf(stderr, "%s\n", qPrintable(tr("The browser could not be opened: visit the URL above.")));
}

int connect(Invocation &in)
{
    Connections::ConnectFlow::Options options;
    options.app = in.operands.value(0);
    const QString flow = has(in, "flow") ? option(in, "flow") : QStringLiteral("auth-code");
    const auto parsed = OAuth::flowFromName(flow);
    if (!parsed)
        return fail({ErrorCode::Usage, tr("--flow takes auth-code, device or client-credentials.")});
    options.flow = *parsed;
    if (has(in, "scopes"))
        options.scopes = option(in, "scopes").split(u' ', Qt::SkipEmptyParts);
    const bool noBrowser = has(in, "no-browser");
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    Connections::ConnectFlow connectFlow(engine.value()->connections());
    QEventLoop loop;
    std::optional<Connections::Connection> connected;
    Error error;
    QObject::connect(&connectFlow, &Connections::ConnectFlow::authorizationUrlReady, &loop, [&](const QUrl &url) {
        if (noBrowser) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("Open this URL in a browser to authorize Keyward:")));
            printLine(url.toString(QUrl::FullyEncoded));
        } else {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(tr("Opening the browser; if it does not open, visit:")),
                         qPrintable(url.toString(QUrl::FullyEncoded)));
            openBrowser(url);
        }
    });
    QObject::connect(&connectFlow, &Connections::ConnectFlow::deviceCodeReady, &loop,
                     [&](const QString &userCode, const QString &uri, const QString &complete, qint64 expiresIn) {
                         printLine(
                             tr("Enter the code %1 at %2 (within %3 minutes).").arg(userCode, uri).arg(expiresIn / 60));
                         printLine(QStringLiteral("user_code=%1").arg(userCode));
                         printLine(QStringLiteral("verification_uri=%1").arg(uri));
                         if (!complete.isEmpty())
                             printLine(QStringLiteral("verification_uri_complete=%1").arg(complete));
                     });
    QObject::connect(&connectFlow, &Connections::ConnectFlow::progress, &loop,
                     [](const QString &message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    QObject::connect(&connectFlow, &Connections::ConnectFlow::succeeded, &loop,
                     [&](const Connections::Connection &connection) {
                         connected = connection;
                         loop.quit();
                     });
    QObject::connect(&connectFlow, &Connections::ConnectFlow::failed, &loop, [&](const QString &message, int code) {
        error = Error {static_cast<ErrorCode>(code), message};
        loop.quit();
    });
    connectFlow.start(options);
    if (!connected && error.userMessage.isEmpty())
        loop.exec();
    if (!connected)
        return fail(error);
    if (in.json) {
        printJson(connected->toJson(now()));
        return ExitCode::Ok;
    }
    printLine(tr("Connected: connection %1 for %2, expires %3.")
                  .arg(connected->id)
                  .arg(connected->displayName.isEmpty() ? connected->subject : connected->displayName,
                       formatTime(connected->expiresMs)));
    printLine(QString::number(connected->id));
    return ExitCode::Ok;
}

Result<qint64> connectionId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error {ErrorCode::Usage, tr("\"%1\" is not a connection id.").arg(text)};
    return id;
}

void printConnection(const Connections::Connection &c)
{
    const QJsonObject json = c.toJson(now());
    printLine(tr("Connection %1").arg(c.id));
    for (const auto &[key, value] : jsonFields(json, QStringLiteral("-")))
        printLine(QStringLiteral("  %1 %2").arg(QString(key + u':').leftJustified(28), value));
}

int connectionsList(Invocation &in)
{
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::ConnectionsRead);
    if (!engine.ok())
        return fail(engine.error());
    Connections::ConnectionFilter filter;
    if (has(in, "app")) {
        auto app = engine.value()->connections().store().findApp(option(in, "app"));
        if (!app.ok())
            return fail(app.error());
        filter.appId = app->id;
    }
    if (has(in, "state"))
        filter.state = option(in, "state");
    auto list = engine.value()->connections().store().connections(filter);
    if (!list.ok())
        return fail(list.error());
    if (in.json) {
        QJsonArray array;
        for (const Connections::Connection &c : list.value())
            array.append(c.toJson(now()));
        printJson({{QLatin1String("connections"), array}});
        return ExitCode::Ok;
    }
    if (list->isEmpty())
        printLine(tr("No connections."));
    for (const Connections::Connection &c : list.value()) {
        printLine(QStringLiteral("%1  %2  %3  %4  expires %5  %6")
                      .arg(c.id)
                      .arg(c.appName, c.displayName.isEmpty() ? c.subject : c.displayName,
                           Connections::healthName(c.health(now())), formatTime(c.expiresMs),
                           c.lastError.isEmpty() ? QString() : QStringLiteral("— ") + c.lastError));
    }
    return ExitCode::Ok;
}

int connectionsShow(Invocation &in)
{
    auto id = connectionId(in.operands.value(0));
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::ConnectionsRead);
    if (!engine.ok())
        return fail(engine.error());
    auto connection = engine.value()->connections().store().connection(id.value());
    if (!connection.ok())
        return fail(connection.error());
    if (in.json)
        printJson(connection->toJson(now()));
    else
        printConnection(connection.value());
    return ExitCode::Ok;
}

/// Another process owns the profile and is the one party that redeems refresh tokens: ask it through the queue.
Result<Connections::Connection> refreshThroughOwner(Engine::Engine &engine, qint64 id)
{
    auto &service = engine.connections();
    auto before = service.store().connection(id);
    KW_TRY(before);
    Jobs::JobSpec spec;
    spec.type = QString::fromLatin1(Connections::ConnectionService::kRefreshJob);
    spec.args = {{QLatin1String("connection_id"), id}};
    spec.queue = Jobs::Queue::Critical;
    spec.uniqueKey = QStringLiteral("refresh:%1").arg(id);
    auto enqueued = engine.jobs().enqueue(spec, now());
    KW_TRY(enqueued);
    const qint64 jobId = enqueued->id;
    if (enqueued->duplicate)
        static_cast<void>(engine.retryJobs({jobId})); // the scheduled refresh runs now instead of later
    const qint64 deadline = now() + 60'000;
    while (now() < deadline) {
        QThread::msleep(200);
        auto job = engine.jobs().find(jobId);
        KW_TRY(job);
        if (job->state == Jobs::JobState::Done || job->state == Jobs::JobState::Discarded
            || job->state == Jobs::JobState::Dead || (job->state == Jobs::JobState::Retrying && job->attempt > 0)) {
            auto after = service.store().connection(id);
            KW_TRY(after);
            if (job->state != Jobs::JobState::Done)
                return Error {ErrorCode::Provider, after->lastError.isEmpty() ? job->lastError : after->lastError};
            return after;
        }
    }
    return Error {ErrorCode::Failure,
                  tr("The process that owns the profile has not run the refresh within a minute: is it running its "
                     "workers?")};
}

int connectionsRefresh(Invocation &in)
{
    auto id = connectionId(in.operands.value(0));
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    Result<Connections::Connection> refreshed = Error {};
    if (engine.value()->access() == Engine::ProfileAccess::Owner) {
        auto &service = engine.value()->connections();
        refreshed = await<Connections::Connection>([&](auto done) {
            service.refresh(id.value(), [done](const Result<Connections::Connection> &r) { done(r); });
        });
    } else if (Status allowed = engine.value()->authorize(Access::Permission::ConnectionsRefresh); !allowed.ok()) {
        refreshed = allowed.error();
    } else {
        refreshed = refreshThroughOwner(*engine.value(), id.value());
    }
    if (!refreshed.ok())
        return fail(refreshed.error());
    if (in.json) {
        printJson(refreshed->toJson(now()));
        return ExitCode::Ok;
    }
    printLine(tr("Connection %1 refreshed; the access token expires %2.")
                  .arg(refreshed->id)
                  .arg(formatTime(refreshed->expiresMs)));
    return ExitCode::Ok;
}

int connectionsRevoke(Invocation &in)
{
    auto id = connectionId(in.operands.value(0));
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto revoked = await<Connections::Connection>([&](auto done) {
        service.revoke(id.value(), has(in, "local-only"),
                       [done](const Result<Connections::Connection> &r) { done(r); });
    });
    if (!revoked.ok())
        return fail(revoked.error());
    printLine(has(in, "local-only") ? tr("Connection %1 removed here (not revoked at the provider).").arg(revoked->id)
                                    : tr("Connection %1 revoked at the provider and here.").arg(revoked->id));
    return ExitCode::Ok;
}

int connectionsIntrospect(Invocation &in)
{
    auto id = connectionId(in.operands.value(0));
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto claims = await<QJsonObject>(
        [&](auto done) { service.introspect(id.value(), [done](const Result<QJsonObject> &r) { done(r); }); });
    if (!claims.ok())
        return fail(claims.error());
    if (in.json) {
        printJson(claims.value());
        return ExitCode::Ok;
    }
    for (auto it = claims->begin(); it != claims->end(); ++it)
        printLine(
            QStringLiteral("%1 %2").arg(QString(it.key() + u':').leftJustified(16), it.value().toVariant().toString()));
    return ExitCode::Ok;
}

int keysRotate(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto &service = engine.value()->connections();
    auto created = service.rotateKeys();
    if (!created.ok())
        return fail(created.error());
    if (engine.value()->access() == Engine::ProfileAccess::Owner) {
        // No other process runs the workers: re-seal here, now.
        for (;;) {
            auto left = service.resealBatch(500);
            if (!left.ok())
                return fail(left.error());
            if (left.value() == 0)
                break;
        }
        printLine(tr("New token key %1 is active; every token was re-sealed under it and the old keys retired.")
                      .arg(created.value()));
    } else {
        printLine(tr("New token key %1 is active; the process that owns the profile re-seals the tokens in the "
                     "background and then retires the old keys.")
                      .arg(created.value()));
    }
    return ExitCode::Ok;
}

int keysList(Invocation &in)
{
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::KeysRead);
    if (!engine.ok())
        return fail(engine.error());
    auto keys = engine.value()->connections().keyRing().keys();
    if (!keys.ok())
        return fail(keys.error());
    if (in.json) {
        QJsonArray list;
        for (const auto &key : keys.value()) {
            list.append(
                QJsonObject {{QLatin1String("id"), key.id},
                             {QLatin1String("state"), key.state},
                             {QLatin1String("created_at"), formatTime(key.createdMs)},
                             {QLatin1String("retired_at"), key.retiredMs > 0 ? formatTime(key.retiredMs) : QString()},
                             {QLatin1String("sealed_connections"), key.sealedValues}});
        }
        printJson({{QLatin1String("keys"), list}});
        return ExitCode::Ok;
    }
    for (const auto &key : keys.value())
        printLine(QStringLiteral("%1  %2  created %3  %4 connection(s)")
                      .arg(key.id, key.state.leftJustified(8), formatTime(key.createdMs))
                      .arg(key.sealedValues));
    return ExitCode::Ok;
}

} // namespace

QList<Command> connectionCommands()
{
    const QString json = QStringLiteral("json");
    return {
        {{QStringLiteral("catalog"), QStringLiteral("list")},
         {},
         0,
         tr("List the providers Keyward knows (ids for apps add --catalog)."),
         {json},
         catalogList},
        {{QStringLiteral("apps"), QStringLiteral("add")},
         {},
         0,
         tr("Register a provider app (--name, --catalog ID | --discovery URL | --authorize-url/--token-url, "
            "--client-id, --client-secret-stdin)."),
         {json, QStringLiteral("name"), QStringLiteral("catalog"), QStringLiteral("discovery"),
          QStringLiteral("authorize-url"), QStringLiteral("token-url"), QStringLiteral("revoke-url"),
          QStringLiteral("introspect-url"), QStringLiteral("device-url"), QStringLiteral("client-id"),
          QStringLiteral("client-secret-stdin"), QStringLiteral("scopes"), QStringLiteral("auth-method"),
          QStringLiteral("redirect-uri"), QStringLiteral("ca-file"), QStringLiteral("param")},
         appsAdd},
        {{QStringLiteral("apps"), QStringLiteral("list")},
         {},
         0,
         tr("List provider apps with their redirect URI and the age of their client secret."),
         {json},
         appsList},
        {{QStringLiteral("apps"), QStringLiteral("configure")},
         QStringLiteral("APP"),
         1,
         tr("Set an app's refresh policy (--ahead-percent, --ahead-minutes, --backoff-base-seconds, "
            "--backoff-max-seconds, --give-up-hours)."),
         {json, QStringLiteral("ahead-percent"), QStringLiteral("ahead-minutes"),
          QStringLiteral("backoff-base-seconds"), QStringLiteral("backoff-max-seconds"),
          QStringLiteral("give-up-hours")},
         appsConfigure},
        {{QStringLiteral("apps"), QStringLiteral("rotate-secret")},
         QStringLiteral("APP"),
         1,
         tr("Replace an app's client secret (read from standard input) after proving it at the provider."),
         {},
         appsRotateSecret},
        {{QStringLiteral("connect")},
         QStringLiteral("APP"),
         1,
         tr("Connect an account (--flow auth-code|device|client-credentials, --scopes, --no-browser)."),
         {json, QStringLiteral("flow"), QStringLiteral("scopes"), QStringLiteral("no-browser")},
         connect},
        {{QStringLiteral("connections"), QStringLiteral("list")},
         {},
         0,
         tr("List connections with their state and expiry (--app APP, --state STATE)."),
         {json, QStringLiteral("app"), QStringLiteral("state")},
         connectionsList},
        {{QStringLiteral("connections"), QStringLiteral("show")},
         QStringLiteral("ID"),
         1,
         tr("Show a connection: fingerprints, scopes, times, rotation count, last result. Never a token."),
         {json},
         connectionsShow},
        {{QStringLiteral("connections"), QStringLiteral("refresh")},
         QStringLiteral("ID"),
         1,
         tr("Refresh a connection's tokens now."),
         {json},
         connectionsRefresh},
        {{QStringLiteral("connections"), QStringLiteral("revoke")},
         QStringLiteral("ID"),
         1,
         tr("Revoke a connection at the provider, then here (--local-only: here only)."),
         {QStringLiteral("local-only")},
         connectionsRevoke},
        {{QStringLiteral("connections"), QStringLiteral("introspect")},
         QStringLiteral("ID"),
         1,
         tr("Ask the provider about the access token (RFC 7662)."),
         {json},
         connectionsIntrospect},
        {{QStringLiteral("keys"), QStringLiteral("rotate")},
         {},
         0,
         tr("Add a token key and re-seal every token under it; older keys are retired afterwards."),
         {},
         keysRotate},
        {{QStringLiteral("keys"), QStringLiteral("list")},
         {},
         0,
         tr("List the token keys with their state and how many connections each seals."),
         {json},
         keysList},
    };
}

} // namespace Keyward::Cli::Commands

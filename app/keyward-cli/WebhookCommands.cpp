#include "WebhookCommands.h"

#include "CliSupport.h"

#include "engine/Engine.h"
#include "webhooks/EventPublisher.h"
#include "webhooks/Signature.h"
#include "webhooks/WebhookService.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Keyward::Cli::Commands {

namespace {

using namespace Keyward::Webhooks;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

QString option(Invocation &in, const char *name)
{
    return in.parser.value(QLatin1String(name));
}

bool has(Invocation &in, const char *name)
{
    return in.parser.isSet(QLatin1String(name));
}

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, tr("Cannot read %1 from %2.").arg(what, path)};
    return file.readAll();
}

/// The secret from --secret-file, without the line end an editor adds.
Result<SecureBytes> secretFromFile(Invocation &in)
{
    if (!has(in, "secret-file"))
        return Error {ErrorCode::Usage, tr("Give the secret with --secret-file FILE.")};
    auto content = readFile(option(in, "secret-file"), tr("the secret"));
    if (!content.ok())
        return content.error();
    while (!content->isEmpty() && (content->endsWith('\n') || content->endsWith('\r')))
        content->chop(1);
    if (content->isEmpty())
        return Error {ErrorCode::Usage, tr("The secret file is empty.")};
    return SecureBytes::takeFrom(content.value());
}

Result<Scheme> schemeOption(Invocation &in)
{
    const auto scheme = schemeFromName(option(in, "scheme"));
    if (!scheme) {
        return Error {ErrorCode::Usage,
                      tr("--scheme must be one of %1, not \"%2\".")
                          .arg(schemeNames().join(QStringLiteral(", ")), option(in, "scheme"))};
    }
    return *scheme;
}

Result<QJsonObject> configOption(Invocation &in)
{
    if (!has(in, "config"))
        return QJsonObject();
    auto content = readFile(option(in, "config"), tr("the scheme configuration"));
    if (!content.ok())
        return content.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content.value(), &error);
    if (!document.isObject())
        return Error {ErrorCode::Usage,
                      tr("The scheme configuration is not a JSON object (%1).").arg(error.errorString())};
    return document.object();
}

Result<qint64> numberOption(Invocation &in, const char *name, qint64 fallback, qint64 min, qint64 max)
{
    if (!has(in, name))
        return fallback;
    bool ok = false;
    const qint64 value = option(in, name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error {ErrorCode::Usage,
                      tr("--%1 takes a number from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max)};
    return value;
}

int verifyDelivery(Invocation &in)
{
    auto scheme = schemeOption(in);
    if (!scheme.ok())
        return fail(scheme.error());
    if (scheme.value() == Scheme::GoogleRisc) {
        return fail({ErrorCode::Usage,
                     tr("google-risc tokens are checked against Google's published keys, which "
                        "only `serve` fetches; verify needs an HMAC scheme.")});
    }
    SignatureScheme signatureScheme;
    signatureScheme.kind = scheme.value();
    if (scheme.value() == Scheme::Generic) {
        auto config = configOption(in);
        if (!config.ok())
            return fail(config.error());
        auto generic = GenericScheme::fromJson(config.value());
        if (!generic.ok())
            return fail(generic.error());
        signatureScheme.generic = generic.value();
    }
    auto secret = secretFromFile(in);
    if (!secret.ok())
        return fail(secret.error());
    if (!has(in, "body-file"))
        return fail({ErrorCode::Usage, tr("Give the delivery's body with --body-file FILE (exactly as received).")});
    auto body = readFile(option(in, "body-file"), tr("the body"));
    if (!body.ok())
        return fail(body.error());
    Headers headers;
    for (const QString &line : in.parser.values(QStringLiteral("header"))) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return fail({ErrorCode::Usage, tr("--header takes \"Name: value\", not \"%1\".").arg(line)});
        headers.add(line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8());
    }
    auto nowSeconds = numberOption(in, "now", QDateTime::currentSecsSinceEpoch(), 0, 99'999'999'999);
    if (!nowSeconds.ok())
        return fail(nowSeconds.error());
    auto tolerance = numberOption(in, "tolerance", 300, 1, WebhookService::kMaxToleranceSeconds);
    if (!tolerance.ok())
        return fail(tolerance.error());
    const Verdict verdict
        = verify(signatureScheme, {secret.value()}, headers, body.value(), {nowSeconds.value(), tolerance.value()});
    const DeliveryInfo info = verdict.valid() ? describe(signatureScheme, headers, body.value()) : DeliveryInfo {};
    if (in.json) {
        QJsonObject json {{QLatin1String("valid"), verdict.valid()},
                          {QLatin1String("reason"), verdict.code()},
                          {QLatin1String("message"), verdict.sentence()}};
        if (verdict.timestamp > 0)
            json.insert(QLatin1String("timestamp"), verdict.timestamp);
        if (verdict.valid()) {
            json.insert(QLatin1String("delivery_id"), QString::fromUtf8(info.id));
            json.insert(QLatin1String("event_type"), info.eventType);
        }
        printJson(json);
    } else {
        printLine(verdict.valid() ? tr("valid") : tr("invalid (%1)").arg(verdict.code()));
        printLine(verdict.sentence());
        if (verdict.valid() && (!info.id.isEmpty() || !info.eventType.isEmpty()))
            printLine(tr("delivery %1, event %2").arg(QString::fromUtf8(info.id), info.eventType));
    }
    return verdict.valid() ? ExitCode::Ok : ExitCode::Failure;
}

void printSource(const WebhookSource &source, qint64 nowMs)
{
    QStringList secrets;
    for (const SourceSecret &secret : source.secrets) {
        QString text = secret.fingerprint;
        if (secret.expiresMs > 0) {
            text += secret.activeAt(nowMs) ? u' '
                    + tr("(valid until %1)")
                          .arg(QDateTime::fromMSecsSinceEpoch(secret.expiresMs, Qt::UTC).toString(Qt::ISODate))
                                           : u' ' + tr("(expired)");
        }
        secrets.append(text);
    }
    printLine(QStringLiteral("%1  %2  /webhooks/%1  %3: %4%5")
                  .arg(source.name, schemeName(source.scheme.kind), tr("secrets"), secrets.join(QStringLiteral(", ")),
                       source.appName.isEmpty() ? QString() : QStringLiteral("  ") + tr("app %1").arg(source.appName)));
}

int sourcesAdd(Invocation &in)
{
    SourceDraft draft;
    draft.name = in.operands.first();
    if (!has(in, "scheme"))
        return fail({ErrorCode::Usage, tr("Give the signature scheme with --scheme.")});
    auto scheme = schemeOption(in);
    if (!scheme.ok())
        return fail(scheme.error());
    draft.scheme = scheme.value();
    auto config = configOption(in);
    if (!config.ok())
        return fail(config.error());
    draft.config = config.value();
    draft.app = option(in, "app");
    auto tolerance = numberOption(in, "tolerance", 300, 1, WebhookService::kMaxToleranceSeconds);
    if (!tolerance.ok())
        return fail(tolerance.error());
    draft.toleranceSeconds = tolerance.value();
    auto rate = numberOption(in, "rate", 1000, 1, 1'000'000);
    if (!rate.ok())
        return fail(rate.error());
    draft.ratePerSecond = static_cast<int>(rate.value());
    draft.keepRejectedBodies = has(in, "keep-rejected-bodies");
    // Google signs RISC tokens with its own published keys: such a source has no secret.
    auto secret = draft.scheme == Scheme::GoogleRisc ? Result<SecureBytes>(SecureBytes()) : secretFromFile(in);
    if (!secret.ok())
        return fail(secret.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto source = engine.value()->webhooks().addSource(draft, secret.value());
    if (!source.ok())
        return fail(source.error());
    if (in.json)
        printJson(source->toJson(QDateTime::currentMSecsSinceEpoch()));
    else
        printSource(source.value(), QDateTime::currentMSecsSinceEpoch());
    return ExitCode::Ok;
}

int sourcesList(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto sources = engine.value()->webhooks().sources();
    if (!sources.ok())
        return fail(sources.error());
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    if (in.json) {
        QJsonArray list;
        for (const WebhookSource &source : sources.value())
            list.append(source.toJson(t));
        printJson({{QLatin1String("sources"), list}});
        return ExitCode::Ok;
    }
    if (sources->isEmpty())
        printLine(tr("No webhook sources: add one with `webhooks sources add`."));
    for (const WebhookSource &source : sources.value())
        printSource(source, t);
    return ExitCode::Ok;
}

int sourcesRotate(Invocation &in)
{
    auto overlapHours = numberOption(in, "overlap-hours", 24, 0, 30 * 24);
    if (!overlapHours.ok())
        return fail(overlapHours.error());
    auto secret = secretFromFile(in);
    if (!secret.ok())
        return fail(secret.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto source
        = engine.value()->webhooks().rotateSecret(in.operands.first(), secret.value(), overlapHours.value() * 3600);
    if (!source.ok())
        return fail(source.error());
    if (in.json)
        printJson(source->toJson(QDateTime::currentMSecsSinceEpoch()));
    else
        printSource(source.value(), QDateTime::currentMSecsSinceEpoch());
    return ExitCode::Ok;
}

int deliveriesList(Invocation &in)
{
    DeliveryFilter filter;
    filter.source = option(in, "source");
    filter.state = option(in, "state");
    auto limit = numberOption(in, "limit", 100, 1, 100'000);
    if (!limit.ok())
        return fail(limit.error());
    filter.limit = static_cast<int>(limit.value());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto deliveries = engine.value()->webhooks().deliveries(filter);
    if (!deliveries.ok())
        return fail(deliveries.error());
    if (in.json) {
        QJsonArray list;
        for (const Delivery &delivery : deliveries.value())
            list.append(delivery.toJson(false));
        printJson({{QLatin1String("deliveries"), list}});
        return ExitCode::Ok;
    }
    if (deliveries->isEmpty())
        printLine(tr("No deliveries."));
    for (const Delivery &d : deliveries.value()) {
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                      .arg(d.id)
                      .arg(QDateTime::fromMSecsSinceEpoch(d.receivedMs, Qt::UTC).toString(Qt::ISODate), d.sourceName,
                           d.eventType.isEmpty() ? QStringLiteral("-") : d.eventType,
                           d.verified ? tr("verified") : tr("rejected: %1").arg(d.reason), d.state,
                           d.result.isEmpty() ? QString() : QStringLiteral("  ") + d.result));
    }
    return ExitCode::Ok;
}

int deliveriesShow(Invocation &in)
{
    bool ok = false;
    const qint64 id = in.operands.first().toLongLong(&ok);
    if (!ok)
        return fail({ErrorCode::Usage, tr("A delivery id is a number (see `webhooks list`).")});
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto delivery = engine.value()->webhooks().delivery(id);
    if (!delivery.ok())
        return fail(delivery.error());
    printLine(QString::fromUtf8(QJsonDocument(delivery->toJson(true)).toJson(QJsonDocument::Indented)).trimmed());
    return ExitCode::Ok;
}

int deliveriesReplay(Invocation &in)
{
    QList<qint64> ids;
    for (const QString &operand : in.operands) {
        bool ok = false;
        ids.append(operand.toLongLong(&ok));
        if (!ok)
            return fail({ErrorCode::Usage, tr("A delivery id is a number, not \"%1\".").arg(operand)});
    }
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto replayed = engine.value()->webhooks().replay(ids);
    if (!replayed.ok())
        return fail(replayed.error());
    QJsonArray list;
    for (qint64 id : replayed.value())
        list.append(id);
    if (in.json) {
        printJson({{QLatin1String("replayed"), list}});
    } else {
        printLine(Text::tr("%n delivery(ies) queued for processing again.", nullptr, int(replayed->size())));
        if (replayed->size() < ids.size())
            printLine(tr("The others were not verified, or do not exist: they are never processed."));
    }
    return ExitCode::Ok;
}

Result<qint64> idOperand(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        return Error {ErrorCode::Usage, tr("An endpoint id is a number (see `webhooks endpoints list`).")};
    return id;
}

void printEndpoint(const Endpoint &endpoint, qint64 nowMs)
{
    printLine(QStringLiteral("%1  %2  %3  %4%5")
                  .arg(endpoint.id)
                  .arg(endpoint.url, endpoint.events.join(u','), healthName(endpoint.health(nowMs)),
                       endpoint.lastError.isEmpty() ? QString() : QStringLiteral("  ") + endpoint.lastError));
}

int endpointsAdd(Invocation &in)
{
    const QStringList events = option(in, "events").split(u',', Qt::SkipEmptyParts);
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto added = engine.value()->events().addEndpoint(in.operands.first(), events, option(in, "label"));
    if (!added.ok())
        return fail(added.error());
    const QString secret = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(added->second.data()), static_cast<qsizetype>(added->second.size())));
    if (in.json) {
        QJsonObject json = added->first.toJson(QDateTime::currentMSecsSinceEpoch());
        json.insert(QLatin1String("secret"), secret);
        printJson(json);
    } else {
        printEndpoint(added->first, QDateTime::currentMSecsSinceEpoch());
        printLine(tr("Signing secret (shown once; give it to the receiver to verify the Standard Webhooks "
                     "signatures): %1")
                      .arg(secret));
    }
    return ExitCode::Ok;
}

int endpointsList(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto endpoints = engine.value()->events().endpoints();
    if (!endpoints.ok())
        return fail(endpoints.error());
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    if (in.json) {
        QJsonArray list;
        for (const Endpoint &endpoint : endpoints.value())
            list.append(endpoint.toJson(t));
        printJson({{QLatin1String("endpoints"), list}});
        return ExitCode::Ok;
    }
    if (endpoints->isEmpty())
        printLine(tr("No endpoints: add one with `webhooks endpoints add URL`."));
    for (const Endpoint &endpoint : endpoints.value())
        printEndpoint(endpoint, t);
    return ExitCode::Ok;
}

int endpointsSwitch(Invocation &in, bool enabled)
{
    auto id = idOperand(in.operands.first());
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto changed = engine.value()->events().setEnabled(id.value(), enabled);
    if (!changed.ok())
        return fail(changed.error());
    printEndpoint(changed.value(), QDateTime::currentMSecsSinceEpoch());
    return ExitCode::Ok;
}

int endpointsRemove(Invocation &in)
{
    auto id = idOperand(in.operands.first());
    if (!id.ok())
        return fail(id.error());
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    if (Status removed = engine.value()->events().removeEndpoint(id.value()); !removed.ok())
        return fail(removed.error());
    printLine(tr("Endpoint %1 removed, with its undelivered messages and its secret.").arg(id.value()));
    return ExitCode::Ok;
}

void printReceiver(const ReceiverSettings &settings)
{
    printLine(settings.enabled ? tr("Receiver: on, at %1 (started by `serve` and by the console).").arg(settings.listen)
                               : tr("Receiver: off (configured address %1).").arg(settings.listen));
    printLine(settings.selfSigned() ? tr("Certificate: self-signed, made at each start (for local use only).")
                                    : tr("Certificate: %1\nKey: %2").arg(settings.certPath, settings.keyPath));
}

int receiverShow(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto settings = engine.value()->webhooks().receiverSettings();
    if (!settings.ok())
        return fail(settings.error());
    if (in.json) {
        printJson(settings->toJson());
        return ExitCode::Ok;
    }
    printReceiver(settings.value());
    return ExitCode::Ok;
}

/// `receiver set` switches the receiver on with the given address and certificate (unchanged when not given);
/// `receiver disable` switches it off and keeps the rest.
int receiverSet(Invocation &in, bool enabled)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto settings = engine.value()->webhooks().receiverSettings();
    if (!settings.ok())
        return fail(settings.error());
    settings->enabled = enabled;
    if (has(in, "listen"))
        settings->listen = option(in, "listen");
    if (has(in, "self-signed")) {
        settings->certPath.clear();
        settings->keyPath.clear();
    } else if (has(in, "tls-cert") || has(in, "tls-key")) {
        settings->certPath = option(in, "tls-cert");
        settings->keyPath = option(in, "tls-key");
    }
    if (Status stored = engine.value()->webhooks().setReceiverSettings(settings.value()); !stored.ok())
        return fail(stored.error());
    printReceiver(settings.value());
    if (engine.value()->access() == Engine::ProfileAccess::Shared)
        printLine(tr("The console or `serve` holding the profile applies this when it next opens it."));
    return ExitCode::Ok;
}

} // namespace

QList<Command> webhookCommands()
{
    const QString json = QStringLiteral("json");
    return {
        {{QStringLiteral("webhooks"), QStringLiteral("verify")},
         {},
         0,
         tr("Check a delivery's signature by hand; exit 0 when valid, 1 when not."),
         {json, QStringLiteral("scheme"), QStringLiteral("secret-file"), QStringLiteral("body-file"),
          QStringLiteral("header"), QStringLiteral("now"), QStringLiteral("tolerance"), QStringLiteral("config")},
         verifyDelivery},
        {{QStringLiteral("webhooks"), QStringLiteral("sources"), QStringLiteral("add")},
         QStringLiteral("NAME"),
         1,
         tr("Accept deliveries at /webhooks/NAME, signed per --scheme with the secret in --secret-file."),
         {json, QStringLiteral("scheme"), QStringLiteral("secret-file"), QStringLiteral("app"),
          QStringLiteral("tolerance"), QStringLiteral("rate"), QStringLiteral("keep-rejected-bodies"),
          QStringLiteral("config")},
         sourcesAdd},
        {{QStringLiteral("webhooks"), QStringLiteral("sources"), QStringLiteral("list")},
         {},
         0,
         tr("List the webhook sources and their secrets' fingerprints."),
         {json},
         sourcesList},
        {{QStringLiteral("webhooks"), QStringLiteral("sources"), QStringLiteral("rotate-secret")},
         QStringLiteral("NAME"),
         1,
         tr("Add a new secret; the old ones stay valid for --overlap-hours (default 24)."),
         {json, QStringLiteral("secret-file"), QStringLiteral("overlap-hours")},
         sourcesRotate},
        {{QStringLiteral("webhooks"), QStringLiteral("list")},
         {},
         0,
         tr("List received deliveries, newest first."),
         {json, QStringLiteral("source"), QStringLiteral("state"), QStringLiteral("limit")},
         deliveriesList},
        {{QStringLiteral("webhooks"), QStringLiteral("show")},
         QStringLiteral("ID"),
         1,
         tr("Show a delivery: headers (secrets redacted), body and processing result."),
         {json},
         deliveriesShow},
        {{QStringLiteral("webhooks"), QStringLiteral("endpoints"), QStringLiteral("add")},
         QStringLiteral("URL"),
         1,
         tr("Send Keyward's events (--events a,b or all) to URL, signed per Standard Webhooks; prints the secret "
            "once."),
         {json, QStringLiteral("events"), QStringLiteral("label")},
         endpointsAdd},
        {{QStringLiteral("webhooks"), QStringLiteral("endpoints"), QStringLiteral("list")},
         {},
         0,
         tr("List the event endpoints and their health."),
         {json},
         endpointsList},
        {{QStringLiteral("webhooks"), QStringLiteral("endpoints"), QStringLiteral("enable")},
         QStringLiteral("ID"),
         1,
         tr("Switch an endpoint on again (after it answered 410 Gone, say)."),
         {},
         [](Invocation &in) {
             return endpointsSwitch(in, true);
         }},
        {{QStringLiteral("webhooks"), QStringLiteral("endpoints"), QStringLiteral("disable")},
         QStringLiteral("ID"),
         1,
         tr("Switch an endpoint off; its undelivered messages are dropped."),
         {},
         [](Invocation &in) {
             return endpointsSwitch(in, false);
         }},
        {{QStringLiteral("webhooks"), QStringLiteral("endpoints"), QStringLiteral("remove")},
         QStringLiteral("ID"),
         1,
         tr("Delete an endpoint, its undelivered messages and its secret."),
         {},
         endpointsRemove},
        {{QStringLiteral("webhooks"), QStringLiteral("receiver"), QStringLiteral("show")},
         {},
         0,
         tr("Show where the profile's webhook receiver listens and with which certificate."),
         {json},
         receiverShow},
        {{QStringLiteral("webhooks"), QStringLiteral("receiver"), QStringLiteral("set")},
         {},
         0,
         tr("Switch the receiver on for `serve` and the console: --listen ADDRESS:PORT, --tls-cert and --tls-key "
            "(or --self-signed)."),
         {json, QStringLiteral("listen"), QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
          QStringLiteral("self-signed")},
         [](Invocation &in) {
             return receiverSet(in, true);
         }},
        {{QStringLiteral("webhooks"), QStringLiteral("receiver"), QStringLiteral("disable")},
         {},
         0,
         tr("Switch the receiver off (`serve --webhooks-listen` still starts one)."),
         {json},
         [](Invocation &in) {
             return receiverSet(in, false);
         }},
        {{QStringLiteral("webhooks"), QStringLiteral("replay")},
         QStringLiteral("ID..."),
         -1,
         tr("Process verified deliveries again."),
         {json},
         deliveriesReplay},
    };
}

} // namespace Keyward::Cli::Commands

#include "RetentionCommands.h"

#include "CliSupport.h"

#include "engine/Engine.h"
#include "retention/RetentionService.h"

#include <QDateTime>
#include <QJsonArray>

namespace Keyward::Cli::Commands {

namespace {

using namespace Keyward::Retention;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

void printPolicy(const Policy &policy)
{
    printLine(Text::tr("%1: %2 days%3 (at least %4)")
                  .arg(kindName(policy.kind))
                  .arg(policy.days)
                  .arg(policy.isDefault ? Text::tr(", the default") : QString())
                  .arg(info(policy.kind).floorDays));
}

int show(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto policies = engine.value()->retention().policies();
    if (!policies.ok())
        return fail(policies.error());
    if (in.json) {
        QJsonArray list;
        for (const Policy &policy : policies.value())
            list.append(policy.toJson());
        printJson({{QLatin1String("policies"), list}});
        return ExitCode::Ok;
    }
    for (const Policy &policy : policies.value())
        printPolicy(policy);
    return ExitCode::Ok;
}

int set(Invocation &in)
{
    const auto kind = kindFromName(in.operands.at(0));
    if (!kind) {
        QStringList names;
        for (const KindInfo &k : kinds())
            names.append(QLatin1String(k.name));
        return fail(Error {ErrorCode::Usage,
                           Text::tr("Unknown kind \"%1\": one of %2.").arg(in.operands.at(0), names.join(u", "))});
    }
    bool ok = false;
    const int days = in.operands.at(1).toInt(&ok);
    if (!ok)
        return fail(Error {ErrorCode::Usage, Text::tr("DAYS is a whole number of days.")});
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto policy = engine.value()->retention().set(*kind, days);
    if (!policy.ok())
        return fail(policy.error());
    if (in.json)
        printJson(policy->toJson());
    else
        printPolicy(policy.value());
    return ExitCode::Ok;
}

int apply(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto applied = engine.value()->retention().apply(QDateTime::currentMSecsSinceEpoch());
    if (!applied.ok())
        return fail(applied.error());
    if (in.json) {
        printJson(applied->toJson());
        return ExitCode::Ok;
    }
    printLine(Text::tr("Removed %1 audit event(s)%2, %3 finished job(s), %4 webhook payload(s) and %5 outbound "
                       "message(s), %6 revoked connection(s).")
                  .arg(applied->auditEvents)
                  .arg(applied->auditTrimmedThrough > 0
                           ? Text::tr(" (the chain now starts after event %1, anchored by its signed checkpoint)")
                                 .arg(applied->auditTrimmedThrough)
                           : QString())
                  .arg(applied->jobs)
                  .arg(applied->webhookDeliveries)
                  .arg(applied->webhookMessages)
                  .arg(applied->connections));
    if (!applied->auditSkipped.isEmpty())
        printLine(Text::tr("Audit events were not trimmed (%1).").arg(applied->auditSkipped));
    return ExitCode::Ok;
}

} // namespace

QList<Command> retentionCommands()
{
    const QString json = QStringLiteral("json");
    return {
        {{QStringLiteral("retention"), QStringLiteral("show")},
         {},
         0,
         Text::tr("Show how long each kind of data is kept: audit-events, job-history, webhook-payloads, "
                  "revoked-connections."),
         {json},
         show},
        {{QStringLiteral("retention"), QStringLiteral("set")},
         QStringLiteral("KIND DAYS"),
         2,
         Text::tr("Keep KIND for DAYS days (not below its floor); applied by the daily job or `retention apply`."),
         {json},
         set},
        {{QStringLiteral("retention"), QStringLiteral("apply")},
         {},
         0,
         Text::tr("Remove now what the policies no longer keep, and record what was removed in the audit log."),
         {json},
         apply},
    };
}

} // namespace Keyward::Cli::Commands

#include "PrivacyCommands.h"

#include "CliSupport.h"

#include "engine/Engine.h"
#include "privacy/SubjectRequests.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Keyward::Cli::Commands {

namespace {

using namespace Keyward::Privacy;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

QJsonObject countsOf(const SubjectRecords &records)
{
    return {{QLatin1String("connections"), records.connections.size()},
            {QLatin1String("audit_events"), records.auditEvents.size()},
            {QLatin1String("jobs"), records.jobs.size()},
            {QLatin1String("webhook_deliveries"), records.webhookDeliveries.size()},
            {QLatin1String("outbound_events"), records.outboundMessages.size()}};
}

int find(Invocation &in)
{
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    auto records = SubjectRequests(*engine.value()).find(in.operands.at(0));
    if (!records.ok())
        return fail(records.error());
    if (in.json) {
        printJson({{QLatin1String("counts"), countsOf(records.value())}, {QLatin1String("total"), records->total()}});
        return ExitCode::Ok;
    }
    printLine(Text::tr("Found %1 record(s): %2 connection(s), %3 audit event(s), %4 job(s), %5 webhook delivery(ies), "
                       "%6 outbound event(s).")
                  .arg(records->total())
                  .arg(records->connections.size())
                  .arg(records->auditEvents.size())
                  .arg(records->jobs.size())
                  .arg(records->webhookDeliveries.size())
                  .arg(records->outboundMessages.size()));
    return ExitCode::Ok;
}

int exportBundle(Invocation &in)
{
    const QString out = in.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Error {ErrorCode::Usage, Text::tr("Say where to write the bundle: --out FILE.")});
    auto engine = openEngineOwnerIfFree(in);
    if (!engine.ok())
        return fail(engine.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error {ErrorCode::Failure, Text::tr("%1 cannot be written: %2").arg(out, file.errorString())});
    auto written
        = SubjectRequests(*engine.value()).exportBundle(in.operands.at(0), file, QFileInfo(out).absoluteFilePath());
    if (!written.ok())
        return fail(written.error());
    if (!file.commit())
        return fail(Error {ErrorCode::Failure, Text::tr("%1 cannot be written: %2").arg(out, file.errorString())});
    const QString sha = QString::fromLatin1(written->sha256.toHex());
    if (in.json) {
        printJson({{QLatin1String("path"), QFileInfo(out).absoluteFilePath()},
                   {QLatin1String("records"), written->records},
                   {QLatin1String("sha256"), sha}});
        return ExitCode::Ok;
    }
    printLine(Text::tr("Wrote %1 record(s) about the subject to %2 (SHA-256 %3). The request is in the audit log under "
                       "a keyed reference, not the subject's name.")
                  .arg(written->records)
                  .arg(out, sha));
    return ExitCode::Ok;
}

} // namespace

QList<Command> privacyCommands()
{
    const QString json = QStringLiteral("json");
    return {
        {{QStringLiteral("gdpr"), QStringLiteral("find")},
         QStringLiteral("SUBJECT"),
         1,
         Text::tr("Count what the profile holds about SUBJECT (a provider account id or an e-mail address)."),
         {json},
         find},
        {{QStringLiteral("gdpr"), QStringLiteral("export")},
         QStringLiteral("SUBJECT"),
         1,
         Text::tr("Write everything the profile holds about SUBJECT as a JSON bundle with a manifest to --out FILE."),
         {json, QStringLiteral("out")},
         exportBundle},
    };
}

} // namespace Keyward::Cli::Commands

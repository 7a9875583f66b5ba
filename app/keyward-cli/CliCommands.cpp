#include "CliCommands.h"

#include "audit/AuditSearch.h"

#include "CliSupport.h"
#include "ConnectionCommands.h"
#include "PrivacyCommands.h"
#include "ReportCommands.h"
#include "RetentionCommands.h"
#include "ServeCommand.h"
#include "UserCommands.h"
#include "WebhookCommands.h"
#include "audit/AuditExport.h"
#include "audit/AuditSearch.h"
#include "engine/Engine.h"
#include "jobs/JobStore.h"
#include "secrets/CredentialsSecretStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>

namespace Keyward::Cli::Commands {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Cli::Commands)
};

QString tr(const char *text)
{
    return Text::tr(text);
}

QJsonObject reportJson(const Audit::VerifyReport &report)
{
    return {{QLatin1String("intact"), report.intact},
            {QLatin1String("events_checked"), report.eventsChecked},
            {QLatin1String("checkpoints_checked"), report.checkpointsChecked},
            {QLatin1String("checkpoints_authenticated"), report.checkpointsAuthenticated},
            {QLatin1String("head_seq"), report.headSeq},
            {QLatin1String("head_hash"), QString::fromLatin1(report.headHash.toHex())},
            {QLatin1String("head_time"), report.headTime},
            {QLatin1String("last_checkpoint_seq"), report.lastCheckpointSeq},
            {QLatin1String("broken_seq"), report.brokenSeq},
            {QLatin1String("broken_line"), report.brokenLine},
            {QLatin1String("trimmed_through"), report.trimmedThrough},
            {QLatin1String("problem"), report.problem}};
}

int printReport(const Audit::VerifyReport &report, bool json)
{
    if (json) {
        printJson(reportJson(report));
    } else if (report.intact) {
        printLine(tr("Audit chain verified: %1 events, %2 checkpoints %3; head #%4 at %5 (%6…).")
                      .arg(report.eventsChecked)
                      .arg(report.checkpointsChecked)
                      .arg(report.checkpointsAuthenticated ? tr("with valid signatures")
                                                           : tr("(signatures not checked: no checkpoint key)"))
                      .arg(report.headSeq)
                      .arg(report.headTime, QString::fromLatin1(report.headHash.left(8).toHex())));
        if (report.trimmedThrough > 0)
            printLine(tr("Events up to #%1 were removed by retention; the signed checkpoint at #%1 anchors the rest.")
                          .arg(report.trimmedThrough));
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Audit chain BROKEN: %1").arg(report.problem)));
    }
    return report.intact ? ExitCode::Ok : ExitCode::Integrity;
}

int init(Invocation &in)
{
    auto engine = Engine::Engine::create(in.location, in.secrets, in.keySource, Audit::Actor::currentProcess());
    if (!engine.ok())
        return fail(engine.error());
    const QString created
        = tr("Created profile \"%1\" in %2; keys are in the %3.")
              .arg(in.location.name(), in.location.directory(), engine.value()->secrets().description());
    if (in.json)
        std::fprintf(stderr, "%s\n", qPrintable(created)); // standard output carries only the JSON
    else
        printLine(created);
    if (in.parser.isSet(QStringLiteral("admin")))
        return addFirstAdmin(in, *engine.value(), in.parser.value(QStringLiteral("admin")));
    return ExitCode::Ok;
}

int status(Invocation &in)
{
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto st = engine.value()->status();
    if (!st.ok())
        return fail(st.error());
    if (in.json) {
        printJson(st->toJson());
        return ExitCode::Ok;
    }
    printLine(tr("Profile:        %1").arg(st->name));
    printLine(tr("Path:           %1").arg(st->directory));
    printLine(tr("Cipher:         SQLCipher %1").arg(st->cipherVersion));
    printLine(tr("Schema:         %1 (this Keyward supports up to %2)")
                  .arg(st->schemaVersion)
                  .arg(st->supportedSchemaVersion));
    printLine(tr("Key source:     %1").arg(engine.value()->secrets().description()));
    printLine(tr("Audit events:   %1").arg(st->auditEvents));
    printLine(
        tr("Audit head:     #%1 %2 at %3").arg(st->auditHeadSeq).arg(st->auditHeadHash.left(16), st->auditHeadTime));
    printLine(tr("Checkpoints:    %1 (last at event %2)").arg(st->checkpoints).arg(st->lastCheckpointSeq));
    printLine(tr("Database size:  %1 bytes").arg(st->databaseBytes));
    return ExitCode::Ok;
}

int profiles(Invocation &in)
{
    const QStringList names = Storage::ProfileLocation::listNames();
    if (in.json) {
        QJsonArray list;
        for (const QString &name : names)
            list.append(QJsonObject {{QLatin1String("name"), name},
                                     {QLatin1String("path"), Storage::ProfileLocation::resolve(name, {}).directory()}});
        printJson(
            {{QLatin1String("root"), Storage::ProfileLocation::profilesRoot()}, {QLatin1String("profiles"), list}});
        return ExitCode::Ok;
    }
    if (names.isEmpty())
        printLine(tr("No profiles under %1 yet: create one with keyward-cli init.")
                      .arg(Storage::ProfileLocation::profilesRoot()));
    for (const QString &name : names)
        printLine(name);
    return ExitCode::Ok;
}

int rekey(Invocation &in)
{
    auto engine = openEngine(in, Engine::ProfileAccess::Owner);
    if (!engine.ok())
        return fail(engine.error());
    if (Status rekeyed = engine.value()->rekeyDatabase(); !rekeyed.ok())
        return fail(rekeyed.error());
    printLine(tr("The database key of \"%1\" was rotated; the new key is in the %2.")
                  .arg(in.location.name(), engine.value()->secrets().description()));
    return ExitCode::Ok;
}

void printBackup(const Backup::BackupInfo &info, const QString &headline, bool json)
{
    if (json) {
        printJson(info.toJson());
        return;
    }
    printLine(headline);
    printLine(tr("  created %1, schema %2, audit events up to #%3, %4 bytes")
                  .arg(info.createdAt)
                  .arg(info.schemaVersion)
                  .arg(info.auditHeadSeq)
                  .arg(info.bytes));
}

int backupCreate(Invocation &in)
{
    // Shared: a backup is taken while the console or `serve` keeps using the profile.
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto info = engine.value()->createBackup(in.operands.at(0));
    if (!info.ok())
        return fail(info.error());
    printBackup(info.value(), tr("Backup written to %1 (encrypted with the profile's backup key).").arg(info->path),
                in.json);
    return ExitCode::Ok;
}

int backupVerify(Invocation &in)
{
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto info = engine.value()->verifyBackup(in.operands.at(0));
    if (!info.ok())
        return fail(info.error());
    if (!info->audit.intact) {
        if (in.json)
            printJson(info->toJson());
        std::fprintf(stderr, "%s\n", qPrintable(tr("The backup's audit chain is broken: %1").arg(info->audit.problem)));
        return ExitCode::Integrity;
    }
    printBackup(info.value(),
                tr("Backup %1 is intact: it decrypts, passes the integrity check, and its audit chain "
                   "verifies.")
                    .arg(info->path),
                in.json);
    return ExitCode::Ok;
}

int backupRestore(Invocation &in)
{
    Engine::OpenOptions options;
    options.location = in.location;
    options.secrets = in.secrets;
    const QString kitPath = in.parser.value(QStringLiteral("recovery-kit"));
    if (!kitPath.isEmpty()) {
        // A new machine: set the profile up from the recovery kit first.
        QFile kit(kitPath);
        if (!kit.open(QIODevice::ReadOnly))
            return fail({ErrorCode::NotFound, tr("%1 cannot be read: %2").arg(kitPath, kit.errorString())});
        if (Status imported = Engine::Engine::importRecoveryKit(in.location, in.secrets, kit.readAll()); !imported.ok())
            return fail(imported.error());
    }
    auto info = Engine::Engine::restoreBackup(options, in.operands.at(0), in.parser.isSet(QStringLiteral("force")));
    if (!info.ok()) {
        if (!kitPath.isEmpty())
            Engine::Engine::discardImportedProfile(in.location, in.secrets);
        return fail(info.error());
    }
    printBackup(info.value(), tr("Restored \"%1\" from %2.").arg(in.location.name(), info->path), in.json);
    return ExitCode::Ok;
}

int exportRecoveryKit(Invocation &in)
{
    const QString out = in.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail({ErrorCode::Usage,
                     tr("Say where to write the recovery kit with --out FILE (or - for standard "
                        "output).")});
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto kit = engine.value()->exportRecoveryKit();
    if (!kit.ok())
        return fail(kit.error());
    if (out == QLatin1String("-")) {
        std::fwrite(kit->constData(), 1, static_cast<size_t>(kit->size()), stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(out);
    // Owner-only from the first byte: the kit holds keys.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(kit.value()) < 0 || !file.commit())
        return fail({ErrorCode::Failure, tr("%1 cannot be written: %2").arg(out, file.errorString())});
    printLine(tr("Recovery kit written to %1. It holds the backup and checkpoint keys: keep it offline (a password "
                 "manager or a safe), never beside the backups, and delete this copy.")
                  .arg(out));
    return ExitCode::Ok;
}

int auditVerify(Invocation &in)
{
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto report = engine.value()->verifyAudit();
    if (!report.ok())
        return fail(report.error());
    return printReport(report.value(), in.json);
}

int auditExport(Invocation &in)
{
    const QString format = in.parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("jsonl"))
        return fail({ErrorCode::Usage, tr("The only export format is jsonl.")});
    const QString out = in.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail({ErrorCode::Usage, tr("Say where to write the export with --out FILE.")});
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    QSaveFile file(out);
    // Unbuffered: a full disk shows in the export's own writes, where it is recognised, not later in commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail({ErrorCode::Failure, tr("%1 cannot be written: %2").arg(out, file.errorString())});
    auto summary = engine.value()->exportAudit(file, QFileInfo(out).absoluteFilePath());
    if (!summary.ok())
        return fail(summary.error());
    errno = 0;
    if (!file.commit()) {
        const bool full = errno == ENOSPC || errno == EFBIG || file.error() == QFileDevice::ResourceError;
        return fail({full ? ErrorCode::DiskFull : ErrorCode::Failure,
                     tr("%1 cannot be written: %2").arg(out, file.errorString())});
    }
    printLine(tr("Exported %1 events and %2 checkpoints (up to #%3) to %4.")
                  .arg(summary->events)
                  .arg(summary->checkpoints)
                  .arg(summary->headSeq)
                  .arg(out));
    return ExitCode::Ok;
}

int auditVerifyExport(Invocation &in)
{
    QFile file(in.operands.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return fail({ErrorCode::NotFound, tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString())});
    // The header names the profile: when this machine holds that profile's checkpoint key, use it to
    // authenticate the checkpoints; otherwise check the chain alone and say so.
    const QJsonObject header = QJsonDocument::fromJson(file.readLine()).object();
    file.seek(0);
    const QString profileId = header.value(QLatin1String("profile")).toString();
    Result<SecureBytes> key = Error {};
    if (!profileId.isEmpty())
        key = in.secrets(profileId)->read(Secrets::SecretKind::CheckpointKey);
    auto report = Audit::AuditExport::verify(file, key.ok() ? &key.value() : nullptr);
    if (!report.ok())
        return fail(report.error());
    return printReport(report.value(), in.json);
}

Result<QList<qint64>> jobIds(const QStringList &operands)
{
    QList<qint64> ids;
    for (const QString &operand : operands) {
        bool ok = false;
        const qint64 id = operand.toLongLong(&ok);
        if (!ok || id <= 0)
            return Error {ErrorCode::Usage, tr("\"%1\" is not a job id.").arg(operand)};
        ids.append(id);
    }
    return ids;
}

QString jobLine(const Jobs::Job &job)
{
    const QString when
        = job.runAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(job.runAtMs, Qt::UTC).toString(Qt::ISODate) : QString();
    QString line = QStringLiteral("%1  %2  %3  %4  attempts %5")
                       .arg(job.id, 6)
                       .arg(Jobs::stateName(job.state), -9)
                       .arg(Jobs::queueName(job.queue), -8)
                       .arg(job.type)
                       .arg(job.attempt);
    if (job.state == Jobs::JobState::Retrying || job.state == Jobs::JobState::Scheduled
        || job.state == Jobs::JobState::Pending)
        line += tr("  next %1").arg(when);
    if (!job.lastError.isEmpty())
        line += tr("  last error: %1").arg(job.lastError);
    return line;
}

int jobsList(Invocation &in)
{
    std::optional<Jobs::JobState> state;
    if (in.parser.isSet(QStringLiteral("state"))) {
        state = Jobs::stateFromName(in.parser.value(QStringLiteral("state")));
        if (!state)
            return fail(
                {ErrorCode::Usage, tr("Unknown job state \"%1\".").arg(in.parser.value(QStringLiteral("state")))});
    }
    bool numeric = true;
    const int limit
        = in.parser.isSet(QStringLiteral("limit")) ? in.parser.value(QStringLiteral("limit")).toInt(&numeric) : 100;
    if (!numeric || limit < 1)
        return fail({ErrorCode::Usage, tr("--limit takes a positive number.")});
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::JobsRead);
    if (!engine.ok())
        return fail(engine.error());
    auto jobs = engine.value()->jobs().list(state, limit);
    if (!jobs.ok())
        return fail(jobs.error());
    if (in.json) {
        QJsonArray list;
        for (const Jobs::Job &job : jobs.value())
            list.append(job.toJson());
        auto stats = engine.value()->jobs().stats(QDateTime::currentMSecsSinceEpoch());
        QJsonArray queues;
        if (stats.ok()) {
            for (const Jobs::QueueStats &q : stats.value())
                queues.append(QJsonObject {{QLatin1String("queue"), Jobs::queueName(q.queue)},
                                           {QLatin1String("waiting"), q.waiting},
                                           {QLatin1String("due"), q.due},
                                           {QLatin1String("running"), q.running},
                                           {QLatin1String("dead"), q.dead},
                                           {QLatin1String("latency_ms"), q.latencyMs},
                                           {QLatin1String("enqueued"), q.enqueued},
                                           {QLatin1String("processed"), q.processed},
                                           {QLatin1String("failed"), q.failed},
                                           {QLatin1String("retried"), q.retried}});
        }
        printJson({{QLatin1String("jobs"), list}, {QLatin1String("queues"), queues}});
        return ExitCode::Ok;
    }
    if (jobs->isEmpty())
        printLine(state ? tr("No %1 jobs.").arg(Jobs::stateName(*state)) : tr("No jobs."));
    for (const Jobs::Job &job : jobs.value())
        printLine(jobLine(job));
    return ExitCode::Ok;
}

int jobsShow(Invocation &in)
{
    auto ids = jobIds(in.operands);
    if (!ids.ok())
        return fail(ids.error());
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::JobsRead);
    if (!engine.ok())
        return fail(engine.error());
    auto job = engine.value()->jobs().find(ids->first());
    if (!job.ok())
        return fail(job.error());
    if (in.json) {
        printJson(job->toJson());
        return ExitCode::Ok;
    }
    printLine(jobLine(job.value()));
    printLine(tr("  arguments: %1")
                  .arg(QString::fromUtf8(QJsonDocument(Jobs::redactedArgs(job->args)).toJson(QJsonDocument::Compact))));
    for (const Jobs::JobAttempt &a : job->attempts) {
        printLine(tr("  attempt %1: %2 at %3, %4 ms%5")
                      .arg(a.attempt)
                      .arg(a.outcome.isEmpty() ? tr("running") : a.outcome,
                           QDateTime::fromMSecsSinceEpoch(a.startedMs, Qt::UTC).toString(Qt::ISODateWithMs))
                      .arg(a.finishedMs > 0 ? a.finishedMs - a.startedMs : 0)
                      .arg(a.error.isEmpty() ? QString() : QStringLiteral(" — ") + a.error));
    }
    return ExitCode::Ok;
}

int jobsChange(Invocation &in, bool retry)
{
    auto ids = jobIds(in.operands);
    if (!ids.ok())
        return fail(ids.error());
    auto engine = openEngine(in, Engine::ProfileAccess::Shared);
    if (!engine.ok())
        return fail(engine.error());
    auto changed = retry ? engine.value()->retryJobs(ids.value()) : engine.value()->discardJobs(ids.value());
    if (!changed.ok())
        return fail(changed.error());
    QStringList skipped;
    for (const qint64 id : ids.value()) {
        if (!changed->contains(id))
            skipped << QString::number(id);
    }
    printLine(retry ? Text::tr("%n job(s) will run again now.", nullptr, static_cast<int>(changed->size()))
                    : Text::tr("%n job(s) discarded.", nullptr, static_cast<int>(changed->size())));
    if (!skipped.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Left alone (no such job, or running or finished): %1").arg(skipped.join(u' '))));
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

int jobsRetry(Invocation &in)
{
    return jobsChange(in, true);
}

int jobsDiscard(Invocation &in)
{
    return jobsChange(in, false);
}

/// The audit filter the options of `audit tail` describe.
Result<Audit::AuditFilter> auditFilterFrom(const QCommandLineParser &parser)
{
    Audit::AuditFilter filter;
    filter.action = parser.value(QStringLiteral("action"));
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.target = parser.value(QStringLiteral("target"));
    filter.outcome = parser.value(QStringLiteral("outcome"));
    filter.text = parser.value(QStringLiteral("search"));
    if (!filter.outcome.isEmpty()
        && !QStringList {QStringLiteral("success"), QStringLiteral("failure"), QStringLiteral("denied")}.contains(
            filter.outcome))
        return Error {ErrorCode::Usage, tr("--outcome takes success, failure or denied.")};
    for (const auto &[name, bound, endOfDay] : {std::tuple {QStringLiteral("from"), &filter.from, false},
                                                std::tuple {QStringLiteral("to"), &filter.to, true}}) {
        if (!parser.isSet(name))
            continue;
        auto time = parseTimeBound(name, parser.value(name), endOfDay);
        if (!time.ok())
            return time.error();
        *bound = time.value();
    }
    return filter;
}

int auditTail(Invocation &in)
{
    bool numeric = true;
    const int count = in.parser.isSet(QStringLiteral("n")) ? in.parser.value(QStringLiteral("n")).toInt(&numeric) : 20;
    if (!numeric || count < 1)
        return fail({ErrorCode::Usage, tr("-n takes a positive number of events.")});
    auto filter = auditFilterFrom(in.parser);
    if (!filter.ok())
        return fail(filter.error());
    auto engine = openEngineFor(in, Engine::ProfileAccess::Shared, Access::Permission::AuditRead);
    if (!engine.ok())
        return fail(engine.error());
    auto events = Audit::AuditSearch(engine.value()->database()).page(filter.value(), 0, count);
    if (!events.ok())
        return fail(events.error());
    std::reverse(events->begin(), events->end()); // oldest first, like tail
    if (in.json) {
        QJsonArray list;
        for (const Audit::AuditEvent &e : events.value()) {
            list.append(
                QJsonObject {{QLatin1String("seq"), e.seq},
                             {QLatin1String("time"), e.time},
                             {QLatin1String("actor"),
                              QJsonObject {{QLatin1String("user"), e.actorUser}, {QLatin1String("host"), e.actorHost}}},
                             {QLatin1String("action"), e.action},
                             {QLatin1String("target"), e.target},
                             {QLatin1String("outcome"), e.outcome},
                             {QLatin1String("details"), QJsonDocument::fromJson(e.details).object()},
                             {QLatin1String("hash"), QString::fromLatin1(e.hash.toHex())}});
        }
        printJson({{QLatin1String("events"), list}});
        return ExitCode::Ok;
    }
    for (const Audit::AuditEvent &e : events.value()) {
        printLine(
            QStringLiteral("#%1  %2  %3@%4  %5  %6  %7  %8")
                .arg(e.seq)
                .arg(e.time, e.actorUser, e.actorHost, e.action, e.target, e.outcome, QString::fromUtf8(e.details)));
    }
    return ExitCode::Ok;
}

} // namespace

QList<Command> all()
{
    const QString json = QStringLiteral("json");
    const QList<Command> commands {
        {{QStringLiteral("init")},
         {},
         0,
         tr("Create a profile: a new encrypted database and its keys (--admin NAME: its first Security "
            "Administrator)."),
         {json, QStringLiteral("admin")},
         init},
        {{QStringLiteral("status")},
         {},
         0,
         tr("Show the profile's path, cipher, schema, key source and audit head."),
         {json},
         status},
        {{QStringLiteral("profiles")}, {}, 0, tr("List the profiles in the data directory."), {json}, profiles},
        {{QStringLiteral("db"), QStringLiteral("rekey")},
         {},
         0,
         tr("Rotate the database key (re-encrypts the database)."),
         {},
         rekey},
        {{QStringLiteral("backup"), QStringLiteral("create")},
         QStringLiteral("FILE"),
         1,
         tr("Write an encrypted backup while the profile stays in use."),
         {json},
         backupCreate},
        {{QStringLiteral("backup"), QStringLiteral("verify")},
         QStringLiteral("FILE"),
         1,
         tr("Check that a backup decrypts, is intact, and its audit chain verifies."),
         {json},
         backupVerify},
        {{QStringLiteral("backup"), QStringLiteral("restore")},
         QStringLiteral("FILE"),
         1,
         tr("Replace the profile's database with a verified backup."),
         {json, QStringLiteral("force"), QStringLiteral("recovery-kit")},
         backupRestore},
        {{QStringLiteral("keys"), QStringLiteral("export-recovery-kit")},
         {},
         0,
         tr("Write the recovery kit (backup and checkpoint keys) needed to restore on another machine."),
         {QStringLiteral("out")},
         exportRecoveryKit},
        {{QStringLiteral("serve")},
         {},
         0,
         tr("Run the engine headless (workers and scheduler) until SIGTERM or SIGINT, then drain."),
         {QStringLiteral("workers"), QStringLiteral("drain-timeout"), QStringLiteral("webhooks-listen"),
          QStringLiteral("tls-cert"), QStringLiteral("tls-key")},
         serve},
        {{QStringLiteral("jobs"), QStringLiteral("list")},
         {},
         0,
         tr("List jobs, newest first, with queue figures (--state STATE, --limit N)."),
         {json, QStringLiteral("state"), QStringLiteral("limit")},
         jobsList},
        {{QStringLiteral("jobs"), QStringLiteral("show")},
         QStringLiteral("ID"),
         1,
         tr("Show a job with every attempt's outcome, time and error."),
         {json},
         jobsShow},
        {{QStringLiteral("jobs"), QStringLiteral("retry")},
         QStringLiteral("ID..."),
         -1,
         tr("Run dead, retrying or scheduled jobs again now."),
         {},
         jobsRetry},
        {{QStringLiteral("jobs"), QStringLiteral("discard")},
         QStringLiteral("ID..."),
         -1,
         tr("Discard waiting or dead jobs."),
         {},
         jobsDiscard},
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         {},
         0,
         tr("Recompute the audit chain and checkpoints; exit 4 on a break."),
         {json},
         auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("export")},
         {},
         0,
         tr("Export the audit log with hashes and checkpoints (--format jsonl --out FILE)."),
         {QStringLiteral("format"), QStringLiteral("out")},
         auditExport},
        {{QStringLiteral("audit"), QStringLiteral("verify-export")},
         QStringLiteral("FILE"),
         1,
         tr("Check an audit export without the database; exit 4 on tampering."),
         {json},
         auditVerifyExport},
        {{QStringLiteral("audit"), QStringLiteral("tail")},
         {},
         0,
         tr("Show the latest audit events (-n N), filtered by --action, --actor, --target, --outcome, --search, "
            "--from and --to."),
         {json, QStringLiteral("n"), QStringLiteral("action"), QStringLiteral("actor"), QStringLiteral("target"),
          QStringLiteral("outcome"), QStringLiteral("search"), QStringLiteral("from"), QStringLiteral("to")},
         auditTail},
    };
    return commands + connectionCommands() + userCommands() + webhookCommands() + retentionCommands() + reportCommands()
        + privacyCommands();
}

} // namespace Keyward::Cli::Commands

#include "ReportBuilder.h"

#include "BroadScopes.h"
#include "access/Policy.h"
#include "audit/AuditSearch.h"
#include "audit/AuditVerifier.h"
#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "webhooks/WebhookService.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>
#include <ctime>

namespace Keyward::Reports {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Error cancelled()
{
    return Error {ErrorCode::Cancelled, ReportBuilder::tr("The report was cancelled; nothing was written.")};
}

QString yesNo(bool value)
{
    return value ? ReportBuilder::tr("yes") : ReportBuilder::tr("no");
}

qint64 msOf(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

QString reportTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    // What QDateTime::toString(Qt::ISODate) writes for UTC, at a tenth of its cost: an inventory formats three
    // times per connection.
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    gmtime_r(&seconds, &utc);
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.tm_year + 1900,
                                     utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return QString::fromLatin1(text, length);
}

Result<Report> ReportBuilder::build(const ReportRequest &request, const Progress &progress)
{
    Report report;
    report.type = request.type;
    report.title = reportTitle(request.type);
    report.profile = m_engine.location().name();
    report.from = request.from.toUTC();
    report.to = request.to.toUTC();
    report.generatedAt = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
    const Audit::Actor &actor = m_engine.audit().actor();
    report.author = actor.user + u'@' + actor.host;
    switch (request.type) {
    case ReportType::Inventory:
        KW_TRY(inventory(report, progress));
        break;
    case ReportType::AccessReview:
        KW_TRY(accessReview(report, progress));
        break;
    case ReportType::RotationAge:
        KW_TRY(rotationAge(report, request.maxAgeDays));
        break;
    case ReportType::Failures:
        KW_TRY(failures(report, progress));
        break;
    case ReportType::Integrity:
        KW_TRY(integrity(report));
        break;
    }
    // The head after gathering (a failed verification adds its event): the report vouches for the log up to here.
    auto head = m_engine.audit().head();
    KW_TRY(head);
    report.auditHeadSeq = head->seq;
    report.auditHeadHash = head->hash;
    return report;
}

Status ReportBuilder::inventory(Report &report, const Progress &progress)
{
    auto &store = m_engine.connections().store();
    auto apps = store.apps();
    KW_TRY(apps);
    QHash<qint64, Connections::RefreshSettings> settings;
    for (const Connections::ProviderApp &app : std::as_const(apps.value()))
        settings.insert(app.id, app.refresh);
    auto connections = store.connections();
    KW_TRY(connections);

    ReportTable table;
    table.id = QStringLiteral("connections");
    table.title = tr("Connections");
    table.keys = {QStringLiteral("id"),      QStringLiteral("app"),     QStringLiteral("subject"),
                  QStringLiteral("scopes"),  QStringLiteral("created"), QStringLiteral("last_refreshed"),
                  QStringLiteral("expires"), QStringLiteral("health")};
    table.columns = {tr("#"),       tr("App"),   tr("Subject"), tr("Scopes"), tr("Created"), tr("Last refreshed"),
                     tr("Expires"), tr("Health")};
    table.widths = {6, 14, 22, 26, 17, 17, 17, 18};
    table.flagMeaning = tr("the connection needs attention (reauthorization, refresh given up, expired).");
    table.rows.reserve(connections->size());
    table.flagged.reserve(connections->size());
    QMap<QString, int> byHealth;
    qint64 createdInPeriod = 0;
    const qint64 from = report.from.toMSecsSinceEpoch();
    const qint64 to = report.to.toMSecsSinceEpoch();
    const qsizetype total = connections->size();
    for (qsizetype i = 0; i < total; ++i) {
        const Connections::Connection &c = connections->at(i);
        const Connections::Health health = c.health(m_nowMs, settings.value(c.appId));
        table.rows.append({QString::number(c.id), c.appName, c.displayName.isEmpty() ? c.subject : c.displayName,
                           c.scopes.join(u' '), reportTime(c.createdMs), reportTime(c.lastRefreshMs),
                           reportTime(c.expiresMs), Connections::healthLabel(health)});
        table.flagged.append(Connections::urgency(health) >= Connections::urgency(Connections::Health::Retrying)
                             && health != Connections::Health::Revoked);
        ++byHealth[Connections::healthLabel(health)];
        if (c.createdMs >= from && c.createdMs < to)
            ++createdInPeriod;
        if (progress && i % 5000 == 0 && !progress(static_cast<int>(40 * i / std::max<qsizetype>(1, total))))
            return cancelled();
    }
    report.summary.append({tr("Connections"), QString::number(total)});
    for (auto it = byHealth.cbegin(); it != byHealth.cend(); ++it)
        report.summary.append({tr("Health: %1").arg(it.key()), QString::number(it.value())});
    report.summary.append({tr("Connected in the period"), QString::number(createdInPeriod)});
    report.summary.append({tr("Provider apps"), QString::number(apps->size())});
    report.tables.append(std::move(table));
    return {};
}

Status ReportBuilder::accessReview(Report &report, const Progress &progress)
{
    auto &userStore = m_engine.users().store();
    auto users = userStore.users();
    KW_TRY(users);
    ReportTable people;
    people.id = QStringLiteral("users");
    people.title = tr("Users of this profile");
    people.keys = {QStringLiteral("name"),
                   QStringLiteral("role"),
                   QStringLiteral("two_factor"),
                   QStringLiteral("enabled"),
                   QStringLiteral("created"),
                   QStringLiteral("last_sign_in"),
                   QStringLiteral("password_changed")};
    people.columns = {tr("User"),    tr("Role"),         tr("Two-factor"),      tr("Enabled"),
                      tr("Created"), tr("Last sign-in"), tr("Password changed")};
    people.widths = {18, 20, 10, 10, 17, 17, 17};
    people.flagMeaning = tr("an enabled user without two-factor sign-in.");
    int withoutTwoFactor = 0;
    for (const Access::User &user : std::as_const(users.value())) {
        people.rows.append({user.name, Access::roleLabel(user.role), yesNo(user.twoFactor), yesNo(!user.disabled),
                            reportTime(user.createdMs), reportTime(user.lastSignInMs),
                            reportTime(user.passwordChangedMs)});
        const bool flag = !user.disabled && !user.twoFactor;
        people.flagged.append(flag);
        withoutTwoFactor += flag ? 1 : 0;
    }

    ReportTable roles;
    roles.id = QStringLiteral("roles");
    roles.title = tr("What each role may do");
    roles.keys = {QStringLiteral("role"), QStringLiteral("permissions")};
    roles.columns = {tr("Role"), tr("Permissions")};
    roles.widths = {20, 100};
    for (Access::Role role : Access::allRoles()) {
        QStringList permissions;
        for (Access::Permission permission : Access::allPermissions()) {
            if (Access::allowed(role, permission))
                permissions.append(Access::permissionName(permission));
        }
        roles.rows.append({Access::roleLabel(role), permissions.join(QStringLiteral(", "))});
        roles.flagged.append(false);
    }

    auto tokens = userStore.tokens();
    KW_TRY(tokens);
    ReportTable apiTokens;
    apiTokens.id = QStringLiteral("api_tokens");
    apiTokens.title = tr("API tokens");
    apiTokens.keys
        = {QStringLiteral("id"),      QStringLiteral("user"),    QStringLiteral("role"),      QStringLiteral("label"),
           QStringLiteral("created"), QStringLiteral("expires"), QStringLiteral("last_used"), QStringLiteral("active")};
    apiTokens.columns
        = {tr("#"), tr("User"), tr("Role"), tr("Label"), tr("Created"), tr("Expires"), tr("Last used"), tr("Active")};
    apiTokens.widths = {6, 14, 18, 20, 17, 17, 17, 8};
    apiTokens.flagMeaning = tr("an active token that never expires.");
    int activeTokens = 0;
    for (const Access::ApiToken &token : std::as_const(tokens.value())) {
        const bool active = token.activeAt(m_nowMs);
        activeTokens += active ? 1 : 0;
        apiTokens.rows.append({QString::number(token.id), token.userName, Access::roleLabel(token.role), token.label,
                               reportTime(token.createdMs),
                               token.expiresMs > 0 ? reportTime(token.expiresMs) : tr("never"),
                               reportTime(token.lastUsedMs), yesNo(active)});
        apiTokens.flagged.append(active && token.expiresMs == 0);
    }

    auto connections = m_engine.connections().store().connections();
    KW_TRY(connections);
    ReportTable scopes;
    scopes.id = QStringLiteral("connection_scopes");
    scopes.title = tr("Provider scopes held by each connection");
    scopes.keys = {QStringLiteral("id"), QStringLiteral("app"), QStringLiteral("subject"), QStringLiteral("scopes"),
                   QStringLiteral("broad_scopes")};
    scopes.columns = {tr("#"), tr("App"), tr("Subject"), tr("Scopes"), tr("Broad scopes")};
    scopes.widths = {6, 14, 22, 38, 40};
    scopes.flagMeaning = tr("the connection holds a broad scope (full mailbox, every file, administration).");
    int broad = 0;
    const qsizetype total = connections->size();
    for (qsizetype i = 0; i < total; ++i) {
        const Connections::Connection &c = connections->at(i);
        if (c.state == Connections::ConnectionState::Revoked)
            continue; // holds nothing any more
        QStringList reasons;
        for (const QString &scope : c.scopes) {
            const QString reason = broadScopeReason(scope);
            if (!reason.isEmpty())
                reasons.append(QStringLiteral("%1 (%2)").arg(scope, reason));
        }
        scopes.rows.append({QString::number(c.id), c.appName, c.displayName.isEmpty() ? c.subject : c.displayName,
                            c.scopes.join(u' '), reasons.join(QStringLiteral("; "))});
        scopes.flagged.append(!reasons.isEmpty());
        broad += reasons.isEmpty() ? 0 : 1;
        if (progress && i % 5000 == 0 && !progress(static_cast<int>(40 * i / std::max<qsizetype>(1, total))))
            return cancelled();
    }

    if (users->isEmpty())
        report.summary.append(
            {tr("Users"), tr("none: whoever holds the profile's keys acts as Security Administrator")});
    else
        report.summary.append({tr("Users"), QString::number(users->size())});
    report.summary.append({tr("Enabled users without two-factor sign-in"), QString::number(withoutTwoFactor)});
    report.summary.append({tr("Active API tokens"), QString::number(activeTokens)});
    report.summary.append({tr("Connections with broad scopes"), QString::number(broad)});
    report.tables = {people, roles, apiTokens, scopes};
    return {};
}

Status ReportBuilder::rotationAge(Report &report, int maxAgeDays)
{
    ReportTable table;
    table.id = QStringLiteral("secrets");
    table.title = tr("Secrets and keys");
    table.keys = {QStringLiteral("kind"),     QStringLiteral("name"),     QStringLiteral("set"),
                  QStringLiteral("age_days"), QStringLiteral("max_days"), QStringLiteral("status")};
    table.columns
        = {tr("Kind"), tr("Name"), tr("Set or rotated"), tr("Age (days)"), tr("Maximum (days)"), tr("Status")};
    table.widths = {22, 30, 20, 10, 12, 16};
    table.flagMeaning = tr("older than the policy's maximum age, or of unknown age: rotate it.");
    int overdue = 0;
    auto add = [&](const QString &kind, const QString &name, qint64 setMs) {
        const qint64 ageDays = setMs > 0 ? (m_nowMs - setMs) / kDayMs : -1;
        const bool late = ageDays > maxAgeDays;
        overdue += late ? 1 : 0;
        table.rows.append({kind, name, reportTime(setMs), ageDays >= 0 ? QString::number(ageDays) : tr("unknown"),
                           QString::number(maxAgeDays),
                           ageDays < 0 ? tr("unknown") : (late ? tr("overdue") : tr("within policy"))});
        table.flagged.append(late || ageDays < 0);
    };

    auto apps = m_engine.connections().store().apps();
    KW_TRY(apps);
    for (const Connections::ProviderApp &app : std::as_const(apps.value())) {
        if (app.hasSecret)
            add(tr("Client secret"), app.name, app.secretSetMs);
    }
    auto sources = m_engine.webhooks().sources();
    KW_TRY(sources);
    for (const Webhooks::WebhookSource &source : std::as_const(sources.value())) {
        if (!source.secrets.isEmpty())
            add(tr("Webhook secret"), source.name, source.secrets.last().createdMs);
    }
    auto keys = m_engine.connections().keyRing().keys();
    KW_TRY(keys);
    for (const Connections::KeyRing::KeyInfo &key : std::as_const(keys.value())) {
        if (key.state == QLatin1String("active"))
            add(tr("Token key (active)"), key.id, key.createdMs);
    }
    // The database key: its last rotation, else the profile's creation. The checkpoint key is made with the
    // profile and has no rotation of its own.
    Audit::AuditSearch search(m_engine.database());
    Audit::AuditFilter rekeys;
    rekeys.action = QStringLiteral("db.rekey");
    rekeys.outcome = QStringLiteral("success");
    auto lastRekey = search.page(rekeys, 0, 1);
    KW_TRY(lastRekey);
    const qint64 created = m_engine.manifest().created.toMSecsSinceEpoch();
    add(tr("Database key"), m_engine.location().name(), lastRekey->isEmpty() ? created : msOf(lastRekey->first().time));
    add(tr("Audit checkpoint key"), m_engine.location().name(), created);

    report.summary.append({tr("Maximum age (policy)"), tr("%1 days").arg(maxAgeDays)});
    report.summary.append({tr("Secrets and keys"), QString::number(table.rows.size())});
    report.summary.append({tr("Overdue or of unknown age"), QString::number(overdue)});
    report.tables.append(std::move(table));
    return {};
}

Status ReportBuilder::failures(Report &report, const Progress &progress)
{
    ReportTable events;
    events.id = QStringLiteral("failures");
    events.title = tr("Failures recorded in the period");
    events.keys = {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("action"), QStringLiteral("target"),
                   QStringLiteral("error")};
    events.columns = {tr("#"), tr("Time (UTC)"), tr("Action"), tr("Target"), tr("Error")};
    events.widths = {8, 18, 18, 18, 60};
    Audit::AuditFilter filter;
    filter.outcome = QStringLiteral("failure");
    filter.from = report.from;
    filter.to = report.to;
    Audit::AuditSearch search(m_engine.database());
    QMap<QString, int> byAction;
    qint64 before = 0;
    for (;;) {
        auto page = search.page(filter, before, 2000);
        KW_TRY(page);
        if (page->isEmpty())
            break;
        for (const Audit::AuditEvent &event : std::as_const(page.value())) {
            const QJsonObject details = QJsonDocument::fromJson(event.details).object();
            const QString error
                = details.value(QLatin1String("error")).toString(details.value(QLatin1String("reason")).toString());
            events.rows.append({QString::number(event.seq), event.time, event.action, event.target, error});
            events.flagged.append(false);
            ++byAction[event.action];
        }
        before = page->last().seq;
        if (progress && !progress(30))
            return cancelled();
    }

    auto dead = m_engine.jobs().list(Jobs::JobState::Dead, 100000);
    KW_TRY(dead);
    ReportTable jobs;
    jobs.id = QStringLiteral("dead_jobs");
    jobs.title = tr("Dead jobs (waiting for someone to retry or discard them)");
    jobs.keys = {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("attempts"), QStringLiteral("died"),
                 QStringLiteral("last_error")};
    jobs.columns = {tr("#"), tr("Type"), tr("Attempts"), tr("Died"), tr("Last error")};
    jobs.widths = {8, 20, 8, 18, 66};
    jobs.flagMeaning = tr("the job died in the period.");
    const qint64 from = report.from.toMSecsSinceEpoch();
    const qint64 to = report.to.toMSecsSinceEpoch();
    int diedInPeriod = 0;
    for (const Jobs::Job &job : std::as_const(dead.value())) {
        const bool inPeriod = job.finishedMs >= from && job.finishedMs < to;
        diedInPeriod += inPeriod ? 1 : 0;
        jobs.rows.append({QString::number(job.id), job.type, QString::number(job.attempt), reportTime(job.finishedMs),
                          job.lastError});
        jobs.flagged.append(inPeriod);
    }

    report.summary.append({tr("Failures recorded in the period"), QString::number(events.rows.size())});
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
        report.summary.append({tr("Failures: %1").arg(it.key()), QString::number(it.value())});
    report.summary.append({tr("Dead jobs now"), QString::number(jobs.rows.size())});
    report.summary.append({tr("Jobs that died in the period"), QString::number(diedInPeriod)});
    report.tables = {events, jobs};
    return {};
}

Status ReportBuilder::integrity(Report &report)
{
    // Through the engine: the chain, its checkpoints and every page of the file; a broken chain is recorded.
    auto verified = m_scheduled ? m_engine.verifyAuditUnchecked() : m_engine.verifyAudit();
    KW_TRY(verified);
    const Audit::VerifyReport &v = verified.value();
    report.summary.append({tr("Chain"),
                           v.intact ? tr("intact: every hash recomputed and matched")
                                    : tr("BROKEN at event %1: %2").arg(v.brokenSeq).arg(v.problem)});
    report.summary.append({tr("Events checked"), QString::number(v.eventsChecked)});
    report.summary.append({tr("Signed checkpoints checked"), QString::number(v.checkpointsChecked)});
    report.summary.append({tr("Checkpoint signatures"),
                           m_engine.audit().hasCheckpointKey()
                               ? tr("verified with this profile's checkpoint key")
                               : tr("not checked: the checkpoint key is not available")});
    report.summary.append({tr("Verified up to"), tr("event %1 at %2").arg(v.headSeq).arg(v.headTime)});
    report.summary.append({tr("Removed by retention"),
                           v.trimmedThrough > 0
                               ? tr("events up to #%1, anchored by a signed checkpoint").arg(v.trimmedThrough)
                               : tr("none")});
    report.summary.append({tr("Gaps in the sequence"), v.intact ? tr("none") : tr("see the break above")});

    auto count = m_engine.database().prepare("SELECT count(*), min(seq), max(seq) FROM audit_events WHERE time >= ?1 "
                                             "AND time < ?2");
    KW_TRY(count);
    count->bind(1, report.from.toString(Qt::ISODateWithMs)).bind(2, report.to.toString(Qt::ISODateWithMs));
    auto row = count->step();
    KW_TRY(row);
    report.summary.append({tr("Events in the period"),
                           count->int64(0) > 0
                               ? tr("%1 (#%2 to #%3)").arg(count->int64(0)).arg(count->int64(1)).arg(count->int64(2))
                               : tr("none")});

    auto checkpoints = m_engine.audit().checkpoints();
    KW_TRY(checkpoints);
    ReportTable table;
    table.id = QStringLiteral("checkpoints");
    table.title = tr("Signed checkpoints in the period");
    table.keys = {QStringLiteral("seq"), QStringLiteral("time"), QStringLiteral("head_hash")};
    table.columns = {tr("Event #"), tr("Time (UTC)"), tr("Head hash (SHA-256)")};
    table.widths = {10, 22, 70};
    const QString from = report.from.toString(Qt::ISODateWithMs);
    const QString to = report.to.toString(Qt::ISODateWithMs);
    for (const Audit::Checkpoint &checkpoint : std::as_const(checkpoints.value())) {
        if (checkpoint.time < from || checkpoint.time >= to)
            continue;
        table.rows.append(
            {QString::number(checkpoint.seq), checkpoint.time, QString::fromLatin1(checkpoint.headHash.toHex())});
        table.flagged.append(false);
    }
    report.tables.append(std::move(table));
    return {};
}

} // namespace Keyward::Reports

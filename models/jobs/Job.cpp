#include "Job.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Keyward::Jobs {

namespace {
const char *const kQueueNames[] = {"critical", "default", "low"};
const char *const kStateNames[] = {"pending", "scheduled", "running", "retrying", "dead", "done", "discarded"};

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString queueName(Queue queue)
{
    return QString::fromLatin1(kQueueNames[static_cast<int>(queue)]);
}

std::optional<Queue> queueFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(kQueueNames[i]))
            return static_cast<Queue>(i);
    }
    return std::nullopt;
}

QString stateName(JobState state)
{
    return QString::fromLatin1(kStateNames[static_cast<int>(state)]);
}

std::optional<JobState> stateFromName(const QString &name)
{
    for (int i = 0; i < 7; ++i) {
        if (name == QLatin1String(kStateNames[i]))
            return static_cast<JobState>(i);
    }
    return std::nullopt;
}

QJsonObject redactedArgs(const QJsonObject &args)
{
    static const QRegularExpression secretKey(
        QStringLiteral("token|secret|passw|(^|_|-)key$|apikey|api_key|authorization|cookie|credential|private"),
        QRegularExpression::CaseInsensitiveOption);
    // Names that describe a secret without holding it.
    static const QRegularExpression notSecret(QStringLiteral("fingerprint|_id$|_at$|expires|_type$|count$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QJsonObject out;
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (secretKey.match(it.key()).hasMatch() && !notSecret.match(it.key()).hasMatch())
            out.insert(it.key(), QStringLiteral("[redacted]"));
        else if (it->isObject())
            out.insert(it.key(), redactedArgs(it->toObject()));
        else if (it->isArray()) {
            QJsonArray items;
            for (const QJsonValue &item : it->toArray())
                items.append(item.isObject() ? QJsonValue(redactedArgs(item.toObject())) : item);
            out.insert(it.key(), items);
        } else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject Job::toJson() const
{
    QJsonArray history;
    for (const JobAttempt &a : attempts) {
        history.append(QJsonObject {{QLatin1String("attempt"), a.attempt},
                                    {QLatin1String("started_at"), isoTime(a.startedMs)},
                                    {QLatin1String("finished_at"), isoTime(a.finishedMs)},
                                    {QLatin1String("duration_ms"), a.finishedMs > 0 ? a.finishedMs - a.startedMs : 0},
                                    {QLatin1String("outcome"), a.outcome},
                                    {QLatin1String("error"), a.error}});
    }
    return {{QLatin1String("id"), id},
            {QLatin1String("type"), type},
            {QLatin1String("queue"), queueName(queue)},
            {QLatin1String("state"), stateName(state)},
            {QLatin1String("args"), redactedArgs(args)},
            {QLatin1String("unique_key"), uniqueKey},
            {QLatin1String("attempts_started"), attempt},
            {QLatin1String("run_at"), isoTime(runAtMs)},
            {QLatin1String("enqueued_at"), isoTime(enqueuedMs)},
            {QLatin1String("finished_at"), isoTime(finishedMs)},
            {QLatin1String("last_error"), lastError},
            {QLatin1String("lease_owner"), leaseOwner},
            {QLatin1String("lease_expires_at"), isoTime(leaseExpiresMs)},
            {QLatin1String("attempts"), history}};
}

} // namespace Keyward::Jobs

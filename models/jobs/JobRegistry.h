#pragma once

#include "Job.h"
#include "RetryPolicy.h"

#include <QHash>

#include <functional>

namespace Keyward::Jobs {

/// What a handler sees of the job it runs. Handlers are idempotent: an attempt may run again after a crash.
struct JobContext
{
    qint64 id = 0;
    QString type;
    QJsonObject args;
    int attempt = 1; ///< 1 for the first attempt
};

/// Job types: each with its handler (run on a worker thread) and its retry policy.
class JobRegistry
{
public:
    using Handler = std::function<JobOutcome(const JobContext &)>;

    void add(const QString &type, Handler handler, RetryPolicy policy = {});
    bool contains(const QString &type) const { return m_entries.contains(type); }
    /// The handler of `type`, or null.
    const Handler *handler(const QString &type) const;
    /// The policy of `type` (the default policy for unknown types).
    RetryPolicy policy(const QString &type) const;

private:
    struct Entry
    {
        Handler handler;
        RetryPolicy policy;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Keyward::Jobs

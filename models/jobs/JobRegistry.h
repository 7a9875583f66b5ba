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
    /// Reports an asynchronous handler's outcome; call it once, on the runner's (the engine's) thread.
    using Complete = std::function<void(const JobOutcome &)>;
    /// Runs on the runner's thread and must not block: it starts work (network requests) and calls `complete`
    /// when that is done. For handlers that need the store, which only the engine thread may touch.
    using AsyncHandler = std::function<void(const JobContext &, Complete)>;

    void add(const QString &type, Handler handler, RetryPolicy policy = {});
    void addAsync(const QString &type, AsyncHandler handler, RetryPolicy policy = {});
    bool contains(const QString &type) const { return m_entries.contains(type); }
    /// The handler of `type`, or null (also for asynchronous types).
    const Handler *handler(const QString &type) const;
    /// The asynchronous handler of `type`, or null.
    const AsyncHandler *asyncHandler(const QString &type) const;
    /// The policy of `type` (the default policy for unknown types).
    RetryPolicy policy(const QString &type) const;

private:
    struct Entry
    {
        Handler handler;
        AsyncHandler asyncHandler;
        RetryPolicy policy;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace Keyward::Jobs

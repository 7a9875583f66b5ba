#pragma once

#include "Job.h"

#include <QtGlobal>

namespace Keyward::Jobs {

/// How a job type retries: exponential backoff with full jitter (delay drawn uniformly from
/// [0, min(maxDelay, baseDelay · 2^(attempt-1))]), a delay the handler asks for taking precedence, a maximum number
/// of attempts and a maximum age after which the job is dead.
struct RetryPolicy
{
    int maxAttempts = 10;
    qint64 baseDelayMs = 2'000;
    qint64 maxDelayMs = 6 * 3600 * 1000LL;
    qint64 maxAgeMs = 0; ///< 0: no age limit
    qint64 leaseMs = 5 * 60 * 1000; ///< how long a running attempt may hold the job before it counts as lost

    /// The backoff ceiling after `attempt` failed attempts (attempt ≥ 1).
    qint64 backoffCapMs(int attempt) const;
    /// Full jitter: `unitRandom` in [0, 1) picks the delay below the ceiling.
    qint64 delayMs(int attempt, double unitRandom) const;

    /// What happens to a job after an attempt ended with `outcome`.
    struct Decision
    {
        JobState state; ///< Done, Discarded, Retrying or Dead
        qint64 runAtMs = 0; ///< for Retrying: when to try again
        QString reason; ///< for Dead: why no retry happens (attempts or age exhausted, handler said so)
    };
    Decision decide(const JobOutcome &outcome, int attempt, qint64 enqueuedMs, qint64 nowMs, double unitRandom) const;
};

} // namespace Keyward::Jobs

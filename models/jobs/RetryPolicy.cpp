#include "RetryPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace Keyward::Jobs {

qint64 RetryPolicy::backoffCapMs(int attempt) const
{
    // Double up to the ceiling, never past it (a ceiling near the qint64 limit must not overflow); stop at once
    // when the base is zero.
    qint64 cap = baseDelayMs;
    for (int i = 1; i < attempt && cap > 0 && cap < maxDelayMs; ++i)
        cap = cap > maxDelayMs / 2 ? maxDelayMs : cap * 2;
    return std::min(cap, maxDelayMs);
}

qint64 RetryPolicy::delayMs(int attempt, double unitRandom) const
{
    const double clamped = std::clamp(unitRandom, 0.0, 1.0);
    return static_cast<qint64>(clamped * static_cast<double>(backoffCapMs(attempt)));
}

RetryPolicy::Decision RetryPolicy::decide(const JobOutcome &outcome, int attempt, qint64 enqueuedMs, qint64 nowMs,
                                          double unitRandom) const
{
    switch (outcome.kind) {
    case JobOutcome::Kind::Done:
        return {JobState::Done, 0, {}};
    case JobOutcome::Kind::Discard:
        return {JobState::Discarded, 0, {}};
    case JobOutcome::Kind::Dead:
        return {JobState::Dead, 0,
                QCoreApplication::translate("Keyward::Jobs", "The handler gave up: retrying cannot fix this.")};
    case JobOutcome::Kind::Retry:
        break;
    }
    if (attempt >= maxAttempts) {
        return {JobState::Dead, 0,
                QCoreApplication::translate("Keyward::Jobs", "All %1 attempts failed.").arg(maxAttempts)};
    }
    const qint64 delay
        = outcome.retryAfterMs ? std::max<qint64>(0, *outcome.retryAfterMs) : delayMs(attempt, unitRandom);
    const qint64 next = nowMs + delay;
    if (maxAgeMs > 0 && next - enqueuedMs > maxAgeMs) {
        return {JobState::Dead, 0,
                QCoreApplication::translate("Keyward::Jobs",
                                            "The job would be older than its maximum age (%1 s) "
                                            "at its next attempt.")
                    .arg(maxAgeMs / 1000)};
    }
    return {JobState::Retrying, next, {}};
}

} // namespace Keyward::Jobs

#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Keyward::Access {

/// Growing delays after failed sign-ins, for one user (or one source): the first kFreeFailures failures in a row
/// cost nothing, then each failure locks sign-in for 1 s, 2 s, 4 s … up to 15 minutes; a success starts over.
/// While locked the caller refuses an attempt without checking the password, so guesses cannot go faster than the
/// delays. A plain value: the caller reads the time from its Clock, passes it in, and persists toJson() after
/// every change, so restarting the program does not reset the count.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::SignInThrottle)

public:
    static constexpr int kFreeFailures = 3;
    static constexpr qint64 kFirstDelayMs = 1000;
    static constexpr qint64 kMaxDelayMs = 15 * 60 * 1000;
    /// How far the clock may step back (an NTP correction) before a lock no longer holds.
    static constexpr qint64 kClockSlackMs = 60 * 1000;

    SignInThrottle() = default;

    /// The lock that follows the `failures`-th failure in a row: 0 up to kFreeFailures, then doubling from
    /// kFirstDelayMs, capped at kMaxDelayMs.
    static qint64 delayMsAfter(int failures);

    /// The earliest time an attempt may be checked: `now` when it may be checked right away. A lock reaching more
    /// than kClockSlackMs beyond its own delay past `now` means the clock was set back; it is lifted rather than
    /// locking the user out for as long as the clock moved (setting the clock forward would lift it anyway).
    QDateTime allowedAt(const QDateTime &now) const;
    bool isAllowed(const QDateTime &now) const { return allowedAt(now) <= now; }
    /// ErrorCode::PermissionDenied with a sentence saying how long to wait while sign-in is locked.
    Status check(const QDateTime &now) const;

    /// Counts a failed attempt at `now` and returns when the next attempt may be checked.
    QDateTime recordFailure(const QDateTime &now);
    /// A successful sign-in forgets the failures.
    void recordSuccess();

    /// Failures in a row since the last success.
    int failures() const { return m_failures; }

    /// `{"failures": n, "lockedUntil": ms since the epoch}`.
    QJsonObject toJson() const;
    /// Reads toJson() back; an empty object is a fresh throttle. ErrorCode::Integrity for negative or non-integer
    /// values.
    static Result<SignInThrottle> fromJson(const QJsonObject &json);

    friend bool operator==(const SignInThrottle &, const SignInThrottle &) = default;

private:
    int m_failures = 0;
    qint64 m_lockedUntilMs = 0;
};

} // namespace Keyward::Access

#include "SignInThrottle.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Keyward::Access {

namespace {

// Far past the point where the delay is capped; keeps the count from overflowing under a long attack.
constexpr int kMaxCountedFailures = 1'000'000;

const QString kFailures = QStringLiteral("failures");
const QString kLockedUntil = QStringLiteral("lockedUntil");

// A JSON number that is a whole number in [0, max]; absent counts as 0.
std::optional<qint64> wholeNumber(const QJsonObject &json, const QString &key, qint64 max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return 0;
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > static_cast<double>(max) || std::floor(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

qint64 SignInThrottle::delayMsAfter(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = failures - kFreeFailures - 1;
    // 2^20 s is far beyond the cap; stopping there keeps the shift defined.
    if (doublings >= 20)
        return kMaxDelayMs;
    return std::min(kMaxDelayMs, kFirstDelayMs << doublings);
}

QDateTime SignInThrottle::allowedAt(const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (m_lockedUntilMs <= nowMs || m_lockedUntilMs - nowMs > delayMsAfter(m_failures) + kClockSlackMs)
        return now;
    return QDateTime::fromMSecsSinceEpoch(m_lockedUntilMs, Qt::UTC);
}

Status SignInThrottle::check(const QDateTime &now) const
{
    const qint64 waitMs = now.msecsTo(allowedAt(now));
    if (waitMs <= 0)
        return {};
    const qint64 seconds = (waitMs + 999) / 1000;
    const QString message = seconds < 120
        ? tr("Too many failed sign-ins: wait %n second(s), then try again.", nullptr, static_cast<int>(seconds))
        : tr("Too many failed sign-ins: wait %n minute(s), then try again.", nullptr,
             static_cast<int>((seconds + 59) / 60));
    return Error {ErrorCode::PermissionDenied, message,
                  QStringLiteral("sign-in locked for %1 ms after %2 failures").arg(waitMs).arg(m_failures)};
}

QDateTime SignInThrottle::recordFailure(const QDateTime &now)
{
    m_failures = std::min(m_failures + 1, kMaxCountedFailures);
    const qint64 delay = delayMsAfter(m_failures);
    m_lockedUntilMs = delay > 0 ? now.toMSecsSinceEpoch() + delay : 0;
    return allowedAt(now);
}

void SignInThrottle::recordSuccess()
{
    m_failures = 0;
    m_lockedUntilMs = 0;
}

QJsonObject SignInThrottle::toJson() const
{
    return QJsonObject {{kFailures, m_failures}, {kLockedUntil, m_lockedUntilMs}};
}

Result<SignInThrottle> SignInThrottle::fromJson(const QJsonObject &json)
{
    const auto failures = wholeNumber(json, kFailures, kMaxCountedFailures);
    // 2^53: every such integer is exact in a JSON number (a double).
    const auto lockedUntil = wholeNumber(json, kLockedUntil, qint64(1) << 53);
    if (!failures || !lockedUntil)
        return Error {ErrorCode::Integrity,
                      tr("The stored count of failed sign-ins is damaged: an administrator has to reset it."),
                      QStringLiteral("malformed sign-in throttle state")};
    SignInThrottle throttle;
    throttle.m_failures = static_cast<int>(*failures);
    throttle.m_lockedUntilMs = *lockedUntil;
    return throttle;
}

} // namespace Keyward::Access

#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace Keyward::Webhooks {

TokenBucket::TokenBucket(double rate, double burst)
    : m_rate(rate)
    , m_burst(std::max(1.0, burst))
    , m_tokens(std::max(1.0, burst))
{ }

bool TokenBucket::take(qint64 nowMs, qint64 *retryAfterMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastMs) * m_rate / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = m_rate > 0 ? static_cast<qint64>(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)) : 60'000;
    return false;
}

} // namespace Keyward::Webhooks

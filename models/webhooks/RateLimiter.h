#pragma once

#include <QtGlobal>

namespace Keyward::Webhooks {

/// A token bucket: `rate` tokens a second up to `burst`. take() spends one or says how long until one is there.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double rate, double burst);

    /// Spends a token at `nowMs`; false when the bucket is empty, with the wait in `*retryAfterMs`.
    bool take(qint64 nowMs, qint64 *retryAfterMs = nullptr);
    double rate() const { return m_rate; }

private:
    double m_rate = 0;
    double m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace Keyward::Webhooks

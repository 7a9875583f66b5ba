#pragma once

#include <QDateTime>

namespace Keyward {

/// Source of the current time, so tests can use a fake one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock &system();
};

inline const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace Keyward

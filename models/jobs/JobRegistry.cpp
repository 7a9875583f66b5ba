#include "JobRegistry.h"

namespace Keyward::Jobs {

void JobRegistry::add(const QString &type, Handler handler, RetryPolicy policy)
{
    m_entries.insert(type, {std::move(handler), {}, policy});
}

void JobRegistry::addAsync(const QString &type, AsyncHandler handler, RetryPolicy policy)
{
    m_entries.insert(type, {{}, std::move(handler), policy});
}

const JobRegistry::Handler *JobRegistry::handler(const QString &type) const
{
    const auto it = m_entries.constFind(type);
    return it == m_entries.constEnd() || !it->handler ? nullptr : &it->handler;
}

const JobRegistry::AsyncHandler *JobRegistry::asyncHandler(const QString &type) const
{
    const auto it = m_entries.constFind(type);
    return it == m_entries.constEnd() || !it->asyncHandler ? nullptr : &it->asyncHandler;
}

RetryPolicy JobRegistry::policy(const QString &type) const
{
    const auto it = m_entries.constFind(type);
    return it == m_entries.constEnd() ? RetryPolicy {} : it->policy;
}

} // namespace Keyward::Jobs

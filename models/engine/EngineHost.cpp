#include "EngineHost.h"

namespace Keyward::Engine {

EngineHost::EngineHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("keyward-engine"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

EngineHost::~EngineHost()
{
    shutdown();
}

void EngineHost::shutdown()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context, [this] { m_engine.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Keyward::Engine

#pragma once

#include "Engine.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

namespace Keyward::Engine {

/// Runs the engine on a thread of its own, so the GUI thread never waits on SQL, the keychain or the network.
/// Callers post work with run() and continue with `future.then(context, ...)`.
class EngineHost : public QObject
{
    Q_OBJECT

public:
    using Slot = std::unique_ptr<Engine>;

    explicit EngineHost(QObject *parent = nullptr);
    ~EngineHost() override;

    /// Runs `work(slot)` on the engine thread; `slot` holds the open engine (or null), and work may replace it.
    template<typename F> auto run(F work) -> QFuture<std::invoke_result_t<F, Slot &>>
    {
        using R = std::invoke_result_t<F, Slot &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, promise, work = std::move(work)]() mutable {
                if constexpr (std::is_void_v<R>)
                    work(m_engine);
                else
                    promise->addResult(work(m_engine));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

    /// Runs `work(slot)` on the engine thread, then `then(result)` on the host's thread, always from the event loop
    /// (never inside this call, even when the work finished first) and not at all once `context` is gone.
    /// `context` must live on the host's thread (the GUI thread).
    template<typename F, typename Then> void call(QObject *context, F work, Then then)
    {
        using R = std::invoke_result_t<F, Slot &>;
        QMetaObject::invokeMethod(
            m_context,
            [this, guard = QPointer<QObject>(context), work = std::move(work), then = std::move(then)]() mutable {
                R result = work(m_engine);
                // Back through the host, which outlives the engine thread's work (shutdown() waits for it); the
                // guard is only read on the host's thread.
                QMetaObject::invokeMethod(
                    this,
                    [guard, then = std::move(then), result = std::move(result)]() mutable {
                        if (guard)
                            then(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Like call(), for engine work that finishes later (a network request): `work(slot, done)` runs on the engine
    /// thread and calls `done(result)` there, now or later; `then(result)` follows on the host's thread.
    template<typename R, typename F, typename Then> void callAsync(QObject *context, F work, Then then)
    {
        QMetaObject::invokeMethod(
            m_context,
            [this, guard = QPointer<QObject>(context), work = std::move(work), then = std::move(then)]() mutable {
                auto done = [this, guard, then](const R &result) {
                    QMetaObject::invokeMethod(
                        this,
                        [guard, then, result] {
                            if (guard)
                                then(result);
                        },
                        Qt::QueuedConnection);
                };
                work(m_engine, std::function<void(const R &)>(done));
            },
            Qt::QueuedConnection);
    }

    /// Closes the engine (writing its closing checkpoint) and waits for that.
    void shutdown();

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    Slot m_engine; // touched only on m_thread
};

} // namespace Keyward::Engine

#pragma once

#include "Error.h"

#include <utility>
#include <variant>

namespace Keyward {

/// An `expected`-style return type: a value or an Error, never an exception across the event loop.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace Keyward

#define KW_CONCAT_INNER(a, b) a##b
#define KW_CONCAT(a, b) KW_CONCAT_INNER(a, b)
#define KW_TRY_IMPL(expr, name)                                                                                        \
    do {                                                                                                               \
        if (auto &&name = (expr); !name.ok())                                                                          \
            return name.error();                                                                                       \
    } while (false)
/// Returns the error of `expr` from the enclosing function when it failed.
#define KW_TRY(expr) KW_TRY_IMPL(expr, KW_CONCAT(kw_result_, __COUNTER__))

#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace saskati {

/// A value or the Error that kept it from being made: what every engine function that can fail returns, in
/// the spirit of C++23's std::expected (which GCC 12 does not offer in C++20).
///
///     Result<Participant> added = store.addParticipant(u"Anna"_s);
///     if (!added)
///         return added.error();           // an Error converts to a failed Result of any type
///     use(added->uuid);
///
/// A function returns its value or an Error, both convert implicitly. Reading value() of a failed Result is a
/// programming error (std::bad_variant_access); error() of a successful one is an empty Error. Result<void>
/// is success or an Error; `return {};` is success.
template <class T> class Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    /// The value, or `fallback` when this failed.
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const Error &error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

template <> class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace saskati

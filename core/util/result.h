// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bulkhead::util {

// A failure a person can act on: what went wrong and, where we know it, what to do about it.
struct Error
{
    Error() = default;
    explicit Error(QString message_, QString hint_ = {}, int code_ = 0)
        : message(std::move(message_)), hint(std::move(hint_)), code(code_)
    {}

    QString message;
    QString hint; // e.g. "add yourself to the docker group (root-equivalent)"; may be empty
    int code = 0; // domain specific (HTTP status, errno, ...); 0 when not meaningful

    QString text() const { return hint.isEmpty() ? message : message + QStringLiteral(" (") + hint + u')'; }
};

// Value or Error, a small stand-in for std::expected (C++23) that GCC 12 lacks.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace bulkhead::util

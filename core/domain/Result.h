// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace rapport {

/// One problem with one field of a record, with a translated message for the user.
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError&) const = default;
};

/// A failed operation: a translated message for the user, and per-field details where they apply.
struct Error
{
    QString message;
    QList<FieldError> fields;

    /// The message followed by each field's problem, one per line; what a CLI prints.
    QString fullText() const;
    /// The message and each field's problem for a person, without the fields' column names (the problems
    /// name their fields by label), separated by `separator`: a line each, or " " on a status bar.
    QString text(QStringView separator = u"\n") const;
};

/// The outcome of an operation that can fail: either a value or an Error. Core never shows UI;
/// callers decide how to present the error.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {} // NOLINT(google-explicit-constructor)
    template <typename T> static Status from(const Result<T>& r) { return r.ok() ? Status() : Status(r.error()); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QHash>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <functional>
#include <memory>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport {

/// A prepared SQLite statement on a connection's native handle. The hot paths (the write path,
/// bulk loads, search, paged lists) use it directly because QSqlQuery's per-value conversions cost
/// more than the work itself there; everything else may use QSqlQuery on the same connection.
/// Parameters are always bound, never spliced into SQL text.
class SqlStatement
{
public:
    enum class Step { Row, Done, Error };

    SqlStatement(sqlite3* db, const QString& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorText() const;
    const QString& sql() const { return m_sql; }

    void bind(int index, const QVariant& value); ///< 1-based, as SQLite counts
    void bind(int index, const QString& value);
    void bind(int index, QStringView value);
    /// Binds UTF-8 text without copying it: `utf8` must stay unchanged until the statement is reset.
    void bindUtf8(int index, const QByteArray& utf8);
    void bind(int index, qint64 value);
    void bindNull(int index);
    int parameterCount() const;

    Step step();
    /// Runs to completion; true on success.
    bool exec();
    /// Makes the statement ready to run again (bindings stay; callers bind every parameter).
    void reset();

    int columnCount() const;
    bool isNull(int column) const; ///< 0-based
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The text's UTF-8 bytes as SQLite holds them, valid until the next step or reset: for reading many rows
    /// without making a string of each.
    std::string_view utf8(int column) const;
    QVariant value(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QByteArray m_buffer;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

/// A cached statement on loan: reset when the loan ends, so a half-read SELECT never keeps its read
/// transaction open (an open reader would stop WAL checkpoints and let the log grow without bound).
class CachedStatement
{
public:
    explicit CachedStatement(SqlStatement& statement)
        : m_statement(&statement)
    {}
    ~CachedStatement()
    {
        if (m_statement && m_statement->isValid())
            m_statement->reset();
    }
    CachedStatement(CachedStatement&& other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {}
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    CachedStatement& operator=(CachedStatement&&) = delete;

    SqlStatement* operator->() const { return m_statement; }
    SqlStatement& operator*() const { return *m_statement; }

private:
    SqlStatement* m_statement;
};

/// Prepared statements of one connection, kept by their SQL text for reuse.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* db)
        : m_db(db)
    {}
    /// The statement for `sql`, reset and ready to bind, on loan until the returned object goes out
    /// of scope. Check isValid() before use.
    CachedStatement get(const QString& sql);
    /// Runs `sql` with `values` bound from ?1 on and hands every row to `row`; SQLite's error text when the
    /// statement cannot be prepared or fails, else an empty string.
    QString forEachRow(const QString& sql, const QVariantList& values, const std::function<void(SqlStatement&)>& row);
    void clear() { m_statements.clear(); }

private:
    sqlite3* m_db;
    QHash<QString, std::shared_ptr<SqlStatement>> m_statements;
};

} // namespace rapport

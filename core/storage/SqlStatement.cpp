// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SqlStatement.h"

#include <sqlite3.h>

namespace rapport {

SqlStatement::SqlStatement(sqlite3* db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqlStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqlStatement::bind(int index, const QString& value)
{
    bind(index, QStringView(value));
}

void SqlStatement::bind(int index, QStringView value)
{
    // Encode into a buffer reused across calls; SQLITE_TRANSIENT makes SQLite take its own copy.
    m_buffer.resize(value.size() * 3);
    char* end = m_encoder.appendToBuffer(m_buffer.data(), value);
    sqlite3_bind_text(m_stmt, index, m_buffer.constData(), static_cast<int>(end - m_buffer.constData()),
                      SQLITE_TRANSIENT);
}

void SqlStatement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqlStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        bind(index, qint64(value.toBool() ? 1 : 0));
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QString:
        bind(index, QStringView(*static_cast<const QString*>(value.constData())));
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

int SqlStatement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

SqlStatement::Step SqlStatement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

bool SqlStatement::exec()
{
    Step s;
    while ((s = step()) == Step::Row) {
    }
    return s == Step::Done;
}

void SqlStatement::reset()
{
    // Bindings are kept: every caller binds all parameters before each run.
    sqlite3_reset(m_stmt);
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::string_view SqlStatement::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QVariant SqlStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB: {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(p, sqlite3_column_bytes(m_stmt, column)));
    }
    default:
        return QVariant();
    }
}

QString StatementCache::forEachRow(const QString& sql, const QVariantList& values,
                                   const std::function<void(SqlStatement&)>& row)
{
    auto st = get(sql);
    if (!st->isValid())
        return st->errorText();
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row)
        row(*st);
    return step == SqlStatement::Step::Error ? st->errorText() : QString();
}

CachedStatement StatementCache::get(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<SqlStatement>(m_db, sql));
    SqlStatement& s = **it;
    if (s.isValid())
        s.reset();
    return CachedStatement(s);
}

} // namespace rapport

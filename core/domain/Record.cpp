// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Record.h"

#include <bit>

namespace rapport {

Record::Record(EntityType type, QString id)
    : m_type(type)
    , m_def(&Schema::entity(type))
    , m_id(std::move(id))
    , m_values(static_cast<size_t>(m_def->fields.size()))
{
    Q_ASSERT(m_def->fields.size() <= 64);
}

bool Record::has(QAnyStringView field) const
{
    const int i = m_def->indexOf(field);
    return i >= 0 && has(i);
}

QVariant Record::value(QAnyStringView field) const
{
    const int i = m_def->indexOf(field);
    return i < 0 ? QVariant() : value(i);
}

Record& Record::set(QAnyStringView field, const QVariant& value)
{
    const int i = m_def->indexOf(field);
    Q_ASSERT_X(i >= 0, "Record::set", "unknown field");
    return i < 0 ? *this : set(i, value);
}

Record& Record::set(int index, const QVariant& value)
{
    m_values[static_cast<size_t>(index)] = value;
    m_present |= (std::uint64_t(1) << index);
    return *this;
}

Record& Record::unset(int index)
{
    m_values[static_cast<size_t>(index)] = QVariant();
    m_present &= ~(std::uint64_t(1) << index);
    return *this;
}

QList<int> Record::presentFields() const
{
    QList<int> out;
    out.reserve(presentCount());
    for (std::uint64_t bits = m_present; bits; bits &= bits - 1)
        out << std::countr_zero(bits);
    return out;
}

int Record::presentCount() const
{
    return std::popcount(m_present);
}

void Record::merge(const Record& other)
{
    Q_ASSERT(other.m_type == m_type);
    for (int i : other.presentFields())
        set(i, other.m_values[static_cast<size_t>(i)]);
}

} // namespace rapport

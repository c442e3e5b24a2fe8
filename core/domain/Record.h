// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "Schema.h"

#include <QAnyStringView>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace rapport {

/// A record of one entity type as a value: its id and a value per field. A field can be absent
/// (not part of this record or change) or present with a value, where a null QVariant means SQL NULL.
/// Used both for whole records and for partial changes.
///
/// Values are held in their canonical types (see FieldType): QString, qint64 or bool.
class Record
{
public:
    explicit Record(EntityType type = EntityType::Contact, QString id = {});

    EntityType type() const { return m_type; }
    const EntityDef& def() const { return *m_def; }
    const QString& id() const { return m_id; }
    void setId(const QString& id) { m_id = id; }

    bool has(int index) const { return (m_present >> index) & 1u; }
    bool has(QAnyStringView field) const;
    QVariant value(int index) const { return has(index) ? m_values[static_cast<size_t>(index)] : QVariant(); }
    /// The stored value without a copy; a null QVariant when absent.
    const QVariant& at(int index) const { return m_values[static_cast<size_t>(index)]; }
    /// A present field's value, to change in place.
    QVariant& valueRef(int index)
    {
        Q_ASSERT(has(index));
        return m_values[static_cast<size_t>(index)];
    }
    QVariant value(QAnyStringView field) const;
    QString text(QAnyStringView field) const { return value(field).toString(); }

    /// Sets a field; an unknown field name is a programming error and asserts.
    Record& set(QAnyStringView field, const QVariant& value);
    Record& set(int index, const QVariant& value);
    Record& unset(int index);

    /// Indices of present fields, ascending.
    QList<int> presentFields() const;
    int presentCount() const;
    bool isEmpty() const { return m_present == 0; }

    /// Copies into this record every field present in `other` (same type).
    void merge(const Record& other);
    /// Whether two field values are the same (null equals only null).
    static bool sameValue(const QVariant& a, const QVariant& b)
    {
        if (a.isNull() || b.isNull())
            return a.isNull() == b.isNull();
        return a == b;
    }

private:
    EntityType m_type;
    const EntityDef* m_def;
    QString m_id;
    std::vector<QVariant> m_values;
    std::uint64_t m_present = 0;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"
#include "storage/Normaliser.h"

#include <QTest>

using namespace rapport;
using namespace rapport::test;

/// The C++ schema and the SQL migrations describe the same tables; this keeps them in step.
class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldHasAColumnOfTheRightKind();
    void everyTableHasTheSystemColumns();
    void displayTitle_inSqlMatchesTheWritePath();
    void sortKey_onlyWhereListsSortByName();
    void everyEnumerationHasLabels();
    void namesAreUnique();
};

void TestSchema::everyFieldHasAColumnOfTheRightKind()
{
    TempDatabase t;
    for (const EntityDef* def : Schema::all()) {
        QHash<QString, QString> columns;
        SqlStatement st(t.db->handle(), QStringLiteral("SELECT name, type FROM pragma_table_xinfo(?)"));
        st.bind(1, def->table);
        while (st.step() == SqlStatement::Step::Row)
            columns.insert(st.text(0), st.text(1));
        for (const FieldDef& f : def->fields) {
            QVERIFY2(columns.contains(f.name), qPrintable(def->table + QLatin1Char('.') + f.name));
            const bool integer = f.type == FieldType::Integer || f.type == FieldType::Percent ||
                                 f.type == FieldType::Money || f.type == FieldType::Bool ||
                                 f.type == FieldType::Timestamp;
            QCOMPARE(columns.value(f.name), integer ? QStringLiteral("INTEGER") : QStringLiteral("TEXT"));
        }
        // rid, id, title, times, authors, clocks; the sort key where lists sort by name; and what the help desk's
        // queues sort on (a ticket's running SLA clock, generated from its fields)
        QCOMPARE(columns.size(), def->fields.size() + 9 + (def->listedByName ? 1 : 0) +
                                     (def->type == EntityType::Ticket ? 1 : 0));
    }
}

void TestSchema::everyTableHasTheSystemColumns()
{
    TempDatabase t;
    for (const EntityDef* def : Schema::all())
        for (const char* column : {"rid", "id", "display_title", "created_at", "updated_at", "created_by", "updated_by",
                                   "hlc_created", "hlc_fields"})
            QCOMPARE(scalar(*t.db, QStringLiteral("SELECT count(*) FROM pragma_table_xinfo(?) WHERE name = ?"),
                            {def->table, QString::fromLatin1(column)})
                         .toInt(),
                     1);
}

void TestSchema::displayTitle_inSqlMatchesTheWritePath()
{
    // display_title is computed by SQLite (a virtual column); the write path computes the same title to
    // notice renames. The two must agree for every type.
    TempDatabase t;
    const QString acc = *t.store->create(account(QStringLiteral("Keller AG")));
    Record c = contact(QStringLiteral("Anna"), QStringLiteral("Müller"), acc);
    const QString id = *t.store->create(c);
    Record noFirst = contact(QString(), QStringLiteral("Solo"));
    const QString solo = *t.store->create(noFirst);
    for (const auto& [type, rid] :
         {std::pair{EntityType::Account, acc}, {EntityType::Contact, id}, {EntityType::Contact, solo}}) {
        const auto r = t.store->fetch(type, rid);
        QVERIFY(r);
        QCOMPARE(t.store->titleOf(type, rid), Normaliser::titleOf(*r));
    }
}

void TestSchema::sortKey_onlyWhereListsSortByName()
{
    TempDatabase t;
    for (const EntityDef* def : Schema::all())
        QCOMPARE(scalar(*t.db, QStringLiteral("SELECT count(*) FROM pragma_table_xinfo(?) WHERE name = 'sort_key'"),
                        {def->table})
                     .toInt(),
                 def->listedByName ? 1 : 0);
}

void TestSchema::everyEnumerationHasLabels()
{
    for (const EntityDef* def : Schema::all())
        for (const FieldDef& f : def->fields)
            if (f.type == FieldType::Enum) {
                QVERIFY2(f.enumeration, qPrintable(f.name));
                QCOMPARE(f.enumeration->keys.size(), f.enumeration->labels.size());
            }
}

void TestSchema::namesAreUnique()
{
    QSet<QString> names, tables;
    for (const EntityDef* def : Schema::all()) {
        QVERIFY(!names.contains(def->name));
        QVERIFY(!tables.contains(def->table));
        names.insert(def->name);
        tables.insert(def->table);
        QCOMPARE(Schema::byName(def->name), def);
        QVERIFY(def->fields.size() <= 64);
    }
}

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

namespace rapport::test {

TempDatabase::TempDatabase(bool withLocalUser)
{
    QStandardPaths::setTestModeEnabled(true);
    static int counter = 0;
    auto opened = Database::open(dir.filePath(QStringLiteral("test.sqlite")), QStringLiteral("test-%1").arg(++counter));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    db = std::move(opened.value());
    store = std::make_unique<RecordStore>(*db);
    store->setDefaultRegion(QStringLiteral("DE"));
    if (Status s = withLocalUser ? store->ensureCurrentUser() : Status(); !s)
        qFatal("%s", qPrintable(s.error().message));
}

TempDatabase::~TempDatabase()
{
    store.reset();
    db.reset();
}

QString TempDatabase::path() const
{
    return db->path();
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values)
{
    SqlStatement st(db.handle(), sql);
    if (!st.isValid())
        qFatal("bad test SQL: %s: %s", qPrintable(sql), qPrintable(st.errorText()));
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    return st.step() == SqlStatement::Step::Row ? st.value(0) : QVariant();
}

void rawExec(const QString& path, const QString& sql)
{
    sqlite3* h = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &h) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(path));
    char* err = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK)
        qFatal("raw SQL failed: %s", err);
    sqlite3_close(h);
}

QString pdfText(const QString& path, bool layout)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), layout ? QStringList{QStringLiteral("-layout"), path, QStringLiteral("-")}
                                                   : QStringList{path, QStringLiteral("-")});
    if (!text.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

Record account(const QString& name)
{
    Record r(EntityType::Account);
    r.set(u"name", name);
    return r;
}

Record contact(const QString& first, const QString& last, const QString& accountId)
{
    Record r(EntityType::Contact);
    r.set(u"first_name", first).set(u"last_name", last);
    if (!accountId.isEmpty())
        r.set(u"account_id", accountId);
    return r;
}

QString placeOrder(RecordStore& store, const QString& accountId, qint64 orderedAt, qint64 cents,
                   const QString& productId, const QString& number)
{
    auto order = store.create(Record(EntityType::Order)
                                  .set(u"number", number)
                                  .set(u"account_id", accountId)
                                  .set(u"ordered_at", orderedAt)
                                  .set(u"status", QStringLiteral("invoiced"))
                                  .set(u"total", cents)
                                  .set(u"currency", QStringLiteral("EUR")));
    if (!order)
        qFatal("%s", qPrintable(order.error().message));
    auto line = store.create(Record(EntityType::OrderLine)
                                 .set(u"order_id", *order)
                                 .set(u"product_id", productId)
                                 .set(u"quantity", qint64(1))
                                 .set(u"unit_price", cents)
                                 .set(u"total", cents)
                                 .set(u"currency", QStringLiteral("EUR")));
    if (!line)
        qFatal("%s", qPrintable(line.error().message));
    return *order;
}

} // namespace rapport::test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
//
// rapport-bench helpdesk: the help desk's promises on the demo book topped up to a given number of tickets and
// knowledge-base articles (copies of the book's tickets with new ids and opening times, articles with varied
// words, written straight into the tables: this measures reading), each beside the raw SQLite equivalent on the
// same file: every queue view's first paint, the screen-pop from a number to a painted 360, knowledge-base
// suggestions keystroke by keystroke, and the SLA check.
#include "BenchSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Workspace.h"
#include "dialogs/IncomingCallDialog.h"
#include "domain/Random.h"
#include "models/RecordListModel.h"
#include "search/KnowledgeBase.h"
#include "storage/Database.h"
#include "storage/ListQueries.h"
#include "storage/RecordStore.h"
#include "storage/Sla.h"
#include "views/CustomerPage.h"
#include "views/HelpDeskView.h"
#include "views/RecordsView.h"
#include "widgets/ListPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QUndoStack>

#include <sqlite3.h>

namespace rapport::bench {

namespace {

QString text(sqlite3_stmt* st, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, column)));
}

bool exec(sqlite3* h, const QByteArray& sql)
{
    char* error = nullptr;
    if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    out() << "helpdesk: " << error << Qt::endl;
    sqlite3_free(error);
    return false;
}

/// Copies the book's tickets until there are `target`: new ids, opened up to two years earlier or (for the open
/// ones) within the last weeks, their due times moved along, so the statuses and priorities stay as the demo
/// made them.
void topUpTickets(sqlite3* h, qint64 target)
{
    const qint64 have = scalar(h, "SELECT count(*) FROM tickets");
    if (have >= target)
        return;
    QElapsedTimer t;
    t.start();
    QStringList names;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "SELECT name FROM pragma_table_xinfo('tickets') WHERE hidden = 0", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const QString n = text(st, 0);
        if (n != QLatin1String("rid") && n != QLatin1String("id") && !n.endsWith(QLatin1String("_at")) &&
            !n.endsWith(QLatin1String("_due")))
            names << n;
    }
    sqlite3_finalize(st);
    const QByteArray columns = names.join(QLatin1Char(',')).toUtf8();
    const QByteArray shifted = "opened_at, first_response_due, resolution_due, first_response_at, resolved_at, "
                               "closed_at, created_at, updated_at, paused_since, escalated_at";
    // The shift: open tickets stay recent (within a week back), closed ones spread over two years.
    const QByteArray shift = "(CASE WHEN status IN ('new', 'open', 'pending') THEN abs(random()) % 604800000 ELSE "
                             "abs(random()) % 63072000000 END)";
    qint64 missing = target - have;
    exec(h, "PRAGMA synchronous = OFF");
    while (missing > 0) {
        const qint64 batch = std::min<qint64>(missing, have);
        QByteArray sql =
            "BEGIN; INSERT INTO tickets(id, " + shifted + ", " + columns +
            ") SELECT lower(hex(randomblob(16))), opened_at - s, first_response_due - s, resolution_due - s, "
            "first_response_at - s, resolved_at - s, closed_at - s, created_at - s, updated_at - s, "
            "paused_since - s, escalated_at - s, " +
            columns + " FROM (SELECT *, " + shift +
            " AS s FROM tickets WHERE rid <= (SELECT min(rid) FROM "
            "tickets) + " +
            QByteArray::number(batch - 1) + "); COMMIT;";
        if (!exec(h, sql))
            return;
        missing -= batch;
    }
    exec(h, "ANALYZE tickets");
    out()
        << QStringLiteral("helpdesk: %1 tickets copied in %2 s").arg(target - have).arg(t.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
}

/// Adds articles until there are `target`: the book's how-tos with varied words (a vocabulary of a few thousand
/// made-up product terms, so the index's words are spread as a real knowledge base's are).
void topUpArticles(sqlite3* h, qint64 target)
{
    const qint64 have = scalar(h, "SELECT count(*) FROM kb_articles");
    if (have >= target || have == 0)
        return;
    QElapsedTimer t;
    t.start();
    QList<std::pair<QString, QString>> seeds;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(h, "SELECT title, body FROM kb_articles WHERE deleted = 0 LIMIT 500", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        seeds.append({text(st, 0), text(st, 1)});
    sqlite3_finalize(st);
    static const char* syllables[] = {"ka",  "lo",  "mi",  "ne",  "tor", "vex", "qua", "ril",
                                      "den", "sto", "pha", "gen", "lux", "mar", "tek", "zor",
                                      "bel", "cyn", "dor", "fal", "hum", "jin", "kro", "lep"};
    Random rng(11);
    QStringList vocabulary;
    for (int i = 0; i < 4000; ++i)
        vocabulary << QString::fromLatin1(syllables[rng.below(24)]) + QString::fromLatin1(syllables[rng.below(24)]) +
                          QString::fromLatin1(syllables[rng.below(24)]);
    exec(h, "PRAGMA synchronous = OFF; BEGIN");
    sqlite3_stmt* article = nullptr;
    sqlite3_stmt* index = nullptr;
    sqlite3_prepare_v2(h,
                       "INSERT INTO kb_articles(id, title, body, tags, audience, status, created_at, updated_at, "
                       "hlc_created) VALUES(lower(hex(randomblob(16))), ?, ?, ?, 'customer', 'published', 0, 0, '0')",
                       -1, &article, nullptr);
    sqlite3_prepare_v2(h, "INSERT INTO kb_index(rowid, title, tags, body) VALUES(last_insert_rowid(), ?, ?, ?)", -1,
                       &index, nullptr);
    for (qint64 n = have; n < target; ++n) {
        const auto& [title, body] = seeds[int(rng.below(seeds.size()))];
        QStringList extra;
        for (int w = 0; w < 40; ++w)
            extra << vocabulary[int(rng.below(vocabulary.size()))];
        const QByteArray t8 = (title + QLatin1Char(' ') + extra[0] + QLatin1Char(' ') + extra[1]).toUtf8();
        const QByteArray b8 = (body + QLatin1Char(' ') + extra.join(QLatin1Char(' '))).toUtf8();
        const QByteArray tags = QStringLiteral("[\"%1\",\"%2\"]").arg(extra[2], extra[3]).toUtf8();
        const QByteArray tagText = (extra[2] + QLatin1Char(' ') + extra[3]).toUtf8();
        sqlite3_reset(article);
        sqlite3_bind_text(article, 1, t8.constData(), int(t8.size()), SQLITE_STATIC);
        sqlite3_bind_text(article, 2, b8.constData(), int(b8.size()), SQLITE_STATIC);
        sqlite3_bind_text(article, 3, tags.constData(), int(tags.size()), SQLITE_STATIC);
        sqlite3_step(article);
        sqlite3_reset(index);
        sqlite3_bind_text(index, 1, t8.constData(), int(t8.size()), SQLITE_STATIC);
        sqlite3_bind_text(index, 2, tagText.constData(), int(tagText.size()), SQLITE_STATIC);
        sqlite3_bind_text(index, 3, b8.constData(), int(b8.size()), SQLITE_STATIC);
        sqlite3_step(index);
    }
    sqlite3_finalize(article);
    sqlite3_finalize(index);
    exec(h, "COMMIT");
    out()
        << QStringLiteral("helpdesk: %1 articles added in %2 s").arg(target - have).arg(t.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
}

void report(const QString& what, const std::vector<qint64>& times, const std::vector<qint64>& raw)
{
    const Percentiles r = percentiles(times), s = percentiles(raw);
    out() << QStringLiteral("%1: p50 %2 ms, p95 %3 ms, max %4 ms; raw p50 %5 ms, max %6 ms")
                 .arg(what)
                 .arg(r.p50, 0, 'f', 2)
                 .arg(r.p95, 0, 'f', 2)
                 .arg(r.max, 0, 'f', 2)
                 .arg(s.p50, 0, 'f', 3)
                 .arg(s.max, 0, 'f', 3)
          << Qt::endl;
}

/// Each queue view, from choosing it to its first page painted, five times each.
void queues(Workspace& ws, sqlite3* raw, const QString& agent)
{
    QUndoStack undo;
    HelpDeskView desk(ws, undo, nullptr);
    desk.resize(1400, 900);
    desk.show();
    QApplication::processEvents();
    const qint64 now = ws.store().wallTime();
    const auto clocks = Sla::check(ws.database(), now);
    const QList<ListQueries::Queue> all = ListQueries::ticketQueues(agent, clocks ? *clocks : QList<SlaClock>());
    QTableView* view = desk.queue()->view();
    for (const ListQueries::Queue& q : all) {
        std::vector<qint64> times, rawTimes;
        for (int round = 0; round < 6; ++round) {
            // Another queue first, so this one is read again.
            desk.showQueue(q.key == QLatin1String("all") ? QStringLiteral("open") : QStringLiteral("all"));
            QApplication::processEvents();
            QElapsedTimer t;
            t.start();
            desk.showQueue(q.key);
            view->repaint();
            if (round > 0) // the first round warms the statement cache
                times.push_back(t.nsecsElapsed());
        }
        // Raw: the same first page by the same index.
        const QString sort =
            q.sortColumn == QLatin1String("sla") ? QStringLiteral("t.sla_due") : QStringLiteral("t.opened_at");
        const QByteArray sql =
            QStringLiteral("SELECT t.rid, t.id, t.number, t.subject, c.display_title, t.priority, t.status, "
                           "u.display_name, t.sla_due, t.updated_at FROM tickets t LEFT JOIN contacts c ON c.id = "
                           "t.contact_id LEFT JOIN users u ON u.id = t.assignee_id WHERE t.deleted = 0 %1 ORDER BY %2 "
                           "%3, t.rid %3 LIMIT 200")
                .arg(q.condition.isEmpty() ? QString() : QStringLiteral("AND (") + q.condition + QLatin1Char(')'), sort,
                     q.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"))
                .toUtf8();
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, sql.constData(), -1, &st, nullptr);
        qint64 rows = 0;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            sqlite3_reset(st);
            int p = 1;
            for (const QVariant& v : q.values) {
                if (v.typeId() == QMetaType::QString) {
                    const QByteArray b = v.toString().toUtf8();
                    sqlite3_bind_text(st, p++, b.constData(), int(b.size()), SQLITE_TRANSIENT);
                } else {
                    sqlite3_bind_int64(st, p++, v.toLongLong());
                }
            }
            rows = 0;
            while (sqlite3_step(st) == SQLITE_ROW)
                ++rows;
            rawTimes.push_back(t.nsecsElapsed());
        }
        sqlite3_finalize(st);
        report(QStringLiteral("queue \"%1\" first paint (%2 rows on the first page)").arg(q.key).arg(rows), times,
               rawTimes);
    }
}

/// From a number typed (in one spelling or another) to the caller's 360 and the call's screen-pop painted.
void screenPop(Workspace& ws, sqlite3* raw, int calls)
{
    QStringList numbers;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT e164 FROM phone_index WHERE contact_rid IS NOT NULL AND rowid >= abs(random()) % "
                       "(SELECT max(rowid) FROM phone_index) LIMIT 1",
                       -1, &st, nullptr);
    while (numbers.size() < calls) {
        sqlite3_reset(st);
        if (sqlite3_step(st) == SQLITE_ROW)
            numbers << text(st, 0);
    }
    sqlite3_finalize(st);
    Settings settings;
    MainWindow window(ws, settings);
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    auto* contacts = static_cast<RecordsView*>(window.view(MainWindow::Contacts));
    CustomerPage* page = contacts->panel(EntityType::Contact)->customerPage();
    std::vector<qint64> times, rawTimes;
    for (int i = 0; i < numbers.size(); ++i) {
        // Every other call in the international form with 00 instead of +, as a switchboard passes it.
        const QString spelling = i % 2 ? QStringLiteral("00") + numbers[i].mid(1) : numbers[i];
        QElapsedTimer t;
        t.start();
        window.incomingCall(spelling);
        while (!page->isLoaded())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        window.repaint();
        if (IncomingCallDialog* call = window.callDialog())
            call->repaint();
        if (i > 0) // the first call builds the Contacts view
            times.push_back(t.nsecsElapsed());
    }
    sqlite3_prepare_v2(raw, "SELECT c.* FROM phone_index p JOIN contacts c ON c.rid = p.contact_rid WHERE p.e164 = ?",
                       -1, &st, nullptr);
    sqlite3_stmt* tickets = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT id, number, subject FROM tickets WHERE contact_id = ? AND status IN ('new', 'open', "
                       "'pending') AND deleted = 0",
                       -1, &tickets, nullptr);
    for (const QString& n : std::as_const(numbers)) {
        const QByteArray e164 = n.toUtf8();
        QElapsedTimer t;
        t.start();
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, e164.constData(), int(e164.size()), SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW) {
            const QByteArray id(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
            sqlite3_reset(tickets);
            sqlite3_bind_text(tickets, 1, id.constData(), int(id.size()), SQLITE_STATIC);
            while (sqlite3_step(tickets) == SQLITE_ROW) {
            }
        }
        rawTimes.push_back(t.nsecsElapsed());
    }
    sqlite3_finalize(st);
    sqlite3_finalize(tickets);
    report(QStringLiteral("screen-pop, %1 calls: number to the caller's 360 and the call's pop-up painted")
               .arg(numbers.size() - 1),
           times, rawTimes);
}

/// Suggestions as an agent types tickets' subjects and descriptions, one search per keystroke.
void suggestions(Workspace& ws, sqlite3* raw, qint64 articles)
{
    QStringList texts;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT subject || ' ' || coalesce(description, '') FROM tickets WHERE rid % 997 = 0 LIMIT 12",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        texts << text(st, 0).left(160);
    sqlite3_finalize(st);
    std::vector<qint64> times, rawTimes;
    sqlite3_prepare_v2(raw, "SELECT rowid, rank FROM kb_index WHERE kb_index MATCH ? ORDER BY rank LIMIT 34", -1, &st,
                       nullptr);
    for (const QString& typed : std::as_const(texts)) {
        for (int n = 3; n <= typed.size(); ++n) {
            const QString soFar = typed.left(n);
            QElapsedTimer t;
            t.start();
            const auto found = KnowledgeBase::suggest(ws.database(), soFar, 8, true);
            times.push_back(t.nsecsElapsed());
            // The query suggest() ranks: the words beside the products' names.
            const QByteArray query =
                KnowledgeBase::suggestQuery(ws.database(), KnowledgeBase::problemText(ws.database(), soFar).text, true)
                    .toUtf8();
            if (query.isEmpty())
                continue;
            t.start();
            sqlite3_reset(st);
            sqlite3_bind_text(st, 1, query.constData(), int(query.size()), SQLITE_STATIC);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            rawTimes.push_back(t.nsecsElapsed());
        }
    }
    sqlite3_finalize(st);
    report(QStringLiteral("knowledge-base suggestions over %1 articles, %2 keystrokes of %3 tickets")
               .arg(articles)
               .arg(times.size())
               .arg(texts.size()),
           times, rawTimes);
}

} // namespace

int helpDeskBench(const QString& dir, qint64 tickets, qint64 articles)
{
    const QString path = demoBook(dir, QStringLiteral("helpdesk"));
    if (path.isEmpty())
        return 1;
    // Opening migrates the book first (the knowledge-base index, the queues' column).
    auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    sqlite3* raw = nullptr;
    sqlite3_open(path.toUtf8().constData(), &raw);
    topUpTickets(raw, tickets);
    topUpArticles(raw, articles);
    const qint64 all = scalar(raw, "SELECT count(*) FROM tickets WHERE deleted = 0");
    const qint64 open = scalar(raw, "SELECT count(*) FROM tickets WHERE sla_due IS NOT NULL");
    const qint64 kb = scalar(raw, "SELECT count(*) FROM kb_articles WHERE deleted = 0");
    out() << QStringLiteral("helpdesk: %1 tickets (%2 open), %3 articles").arg(all).arg(open).arg(kb) << Qt::endl;
    // "Mine" is the queue of the agent with the most open tickets.
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT assignee_id FROM tickets WHERE sla_due IS NOT NULL AND assignee_id IS NOT NULL GROUP "
                       "BY 1 ORDER BY count(*) DESC LIMIT 1",
                       -1, &st, nullptr);
    const QString agent = sqlite3_step(st) == SQLITE_ROW ? text(st, 0) : QString();
    sqlite3_finalize(st);
    if (!agent.isEmpty())
        (void)ws->store().setCurrentUserId(agent);
    queues(*ws, raw, agent);
    screenPop(*ws, raw, 41);
    suggestions(*ws, raw, kb);
    std::vector<qint64> checks, rawChecks;
    qint64 found = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        auto clocks = Sla::check(ws->database(), QDateTime::currentMSecsSinceEpoch());
        checks.push_back(t.nsecsElapsed());
        found = clocks ? clocks->size() : -1;
        t.start();
        (void)scalar(raw, "SELECT count(*) FROM tickets WHERE resolution_due < strftime('%s','now') * 1000 + 604800000 "
                         "AND resolved_at IS NULL AND deleted = 0");
        rawChecks.push_back(t.nsecsElapsed());
    }
    report(QStringLiteral("sla check (%1 clocks breaching or about to)").arg(found), checks, rawChecks);
    sqlite3_close(raw);
    return 0;
}

} // namespace rapport::bench

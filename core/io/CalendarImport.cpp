// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "CalendarImport.h"

#include "domain/Validator.h"
#include "io/CalendarReader.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace rapport {

namespace {

using Item = CalendarImport::Item;

/// An entry of the file and what becomes of it.
struct Entry
{
    Item item;
    CalendarEntry read;
};

QString firstId(Database& db, const QString& sql, const QVariantList& values)
{
    auto st = db.statements().get(sql);
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    return st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
}

/// What an update changes: the fields the file speaks for, as the file has them.
Record changesFor(const Record& current, const CalendarEntry& e)
{
    static const char* fromFile[] = {"subject", "description", "location", "start_at", "end_at", "due_at",
                                     "all_day", "time_zone",   "rrule",    "exdates",  "alarms", "done"};
    Record changes(EntityType::Activity, current.id());
    for (const char* name : fromFile) {
        const QString field = QString::fromLatin1(name);
        if (field == QLatin1String("done") && current.text(u"type") != QLatin1String("task"))
            continue;
        QVariant value = e.record.value(field);
        const FieldDef* f = current.def().field(field);
        if (!value.isNull())
            (void)Validator::checkField(*f, value);
        const bool same = f->type == FieldType::Bool ? value.toBool() == current.value(field).toBool()
                                                     : Record::sameValue(value, current.value(field));
        if (!same)
            changes.set(field, value);
    }
    if (e.typeGiven && e.record.text(u"type") != current.text(u"type"))
        changes.set(u"type", e.record.text(u"type"));
    return changes;
}

} // namespace

Result<CalendarImport::Report> CalendarImport::run(RecordStore& store, QIODevice& file, const Options& options)
{
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        return Error{tr("The file is empty."), {}};
    return run(store, data, options);
}

Result<CalendarImport::Report> CalendarImport::run(RecordStore& store, const QByteArray& data, const Options& options)
{
    Report report;
    report.dryRun = options.dryRun;
    QTimeZone fallback = options.defaultZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                       : QTimeZone(options.defaultZone.toUtf8());
    if (!fallback.isValid())
        fallback = QTimeZone::systemTimeZone();
    auto read = CalendarReader::read(data, fallback);
    if (!read)
        return read.error();
    QList<Entry> entries;
    for (CalendarEntry& e : *read)
        entries << Entry{Item{e.line, e.summary, Item::Action::Skip, e.problems, e.notes}, std::move(e)};

    Database& db = store.database();
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentMSecsSinceEpoch();
    QList<Mutation> series, changed, people;
    QHash<QString, QString> idOfUid;       // UID → the activity it is (or becomes) in the book
    QHash<QString, QList<qint64>> replacedOf; // UID → starts its changed occurrences replace
    QHash<QString, QString> idOfSeries;       // UID → the series a changed occurrence belongs to
    QHash<QString, int> mutationOfUid;      // UID → index in `series` of its create or update
    QSet<QString> uidsSeen;
    auto skip = [&](Entry& e, const QString& why = {}) {
        if (!why.isEmpty())
            e.item.problems << why;
        e.item.action = Item::Action::Skip;
        ++report.skipped;
    };

    // A series skips the starts its changed occurrences replace: those of the file are part of what the file says.
    QHash<QString, QList<qint64>> replacedInFile;
    for (const Entry& e : std::as_const(entries))
        if (e.read.hasRecurrenceId && e.item.problems.isEmpty())
            replacedInFile[e.read.uid] << e.read.recurrenceId;
    for (Entry& e : entries) {
        if (e.read.hasRecurrenceId || !replacedInFile.contains(e.read.uid) || e.read.record.text(u"rrule").isEmpty())
            continue;
        QJsonArray skipped = QJsonDocument::fromJson(e.read.record.text(u"exdates").toUtf8()).array();
        for (qint64 start : replacedInFile.value(e.read.uid))
            if (!skipped.contains(start))
                skipped.append(start);
        e.read.record.set(u"exdates", QString::fromUtf8(QJsonDocument(skipped).toJson(QJsonDocument::Compact)));
    }

    // The series and single entries first, so that changed occurrences find what they change.
    for (int pass = 0; pass < 2; ++pass) {
        for (Entry& e : entries) {
            if (!e.item.problems.isEmpty()) {
                if (pass == 0)
                    skip(e);
                continue;
            }
            if (e.read.hasRecurrenceId != (pass == 1))
                continue;
            QString seriesId;
            if (e.read.hasRecurrenceId) {
                seriesId = idOfUid.value(e.read.uid);
                if (seriesId.isEmpty())
                    seriesId = firstId(db,
                                       QStringLiteral("SELECT id FROM activities WHERE (ical_uid = ?1 OR id = ?1) AND "
                                                      "series_id IS NULL AND deleted = 0 ORDER BY rid LIMIT 1"),
                                       {e.read.uid});
                if (seriesId.isEmpty()) {
                    skip(e, tr("It changes one occurrence of a repeating entry that is neither in the file nor in "
                               "the calendar."));
                    continue;
                }
                e.read.record.set(u"series_id", seriesId).set(u"recurrence_id", e.read.recurrenceId);
                e.read.record.unset(e.read.record.def().indexOf(u"rrule"));
                idOfSeries.insert(e.read.uid, seriesId);
            } else {
                if (!e.read.uid.isEmpty() && uidsSeen.contains(e.read.uid)) {
                    skip(e, tr("Another entry of the file has the same UID (%1).").arg(e.read.uid));
                    continue;
                }
                uidsSeen.insert(e.read.uid);
            }
            if (!e.read.uid.isEmpty())
                e.read.record.set(u"ical_uid", e.read.uid.left(1000));

            QString existing;
            if (e.read.hasRecurrenceId)
                existing = firstId(db,
                                   QStringLiteral("SELECT id FROM activities WHERE series_id = ? AND recurrence_id = ? "
                                                  "AND deleted = 0 LIMIT 1"),
                                   {seriesId, e.read.recurrenceId});
            else if (!e.read.uid.isEmpty())
                existing = firstId(db,
                                   QStringLiteral("SELECT id FROM activities WHERE (ical_uid = ?1 OR id = ?1) AND "
                                                  "series_id IS NULL AND deleted = 0 ORDER BY rid LIMIT 1"),
                                   {e.read.uid});

            // People: attendees who are users or contacts of the book are linked to them.
            QString contactId, accountId;
            QList<Record> invited;
            for (const CalendarAttendee& a : std::as_const(e.read.attendees)) {
                Record att(EntityType::ActivityAttendee);
                att.set(u"response", a.response);
                const QString user = firstId(db, QStringLiteral("SELECT id FROM users WHERE lower(email) = ? LIMIT 1"),
                                             {a.email});
                if (user == store.currentUserId())
                    continue;
                if (!user.isEmpty()) {
                    att.set(u"user_id", user);
                } else {
                    auto st = db.statements().get(QStringLiteral(
                        "SELECT c.id, c.account_id FROM email_index e JOIN contacts c ON c.rid = e.contact_rid WHERE "
                        "e.email = ? AND c.deleted = 0 AND c.merged_into IS NULL ORDER BY c.rid LIMIT 1"));
                    st->bind(1, a.email);
                    if (st->step() == SqlStatement::Step::Row) {
                        att.set(u"contact_id", st->text(0));
                        if (contactId.isEmpty()) {
                            contactId = st->text(0);
                            accountId = st->text(1);
                        }
                    } else {
                        att.set(u"email", a.email);
                    }
                }
                invited << att;
            }

            Mutation m;
            if (existing.isEmpty()) {
                e.read.record.setId(store.newId());
                e.read.record.set(u"alarm_acked_at", now);
                if (!contactId.isEmpty()) {
                    e.read.record.set(u"contact_id", contactId);
                    if (!accountId.isEmpty())
                        e.read.record.set(u"account_id", accountId);
                }
                Record check = e.read.record;
                if (!check.has(u"owner_id"))
                    check.set(u"owner_id", store.currentUserId());
                if (const QList<FieldError> errors = Validator::validate(check); !errors.isEmpty()) {
                    for (const FieldError& err : errors)
                        e.item.problems << err.message;
                    skip(e);
                    continue;
                }
                m = Mutation::create(e.read.record);
                e.item.action = Item::Action::Create;
                ++report.created;
            } else {
                const auto current = store.fetch(EntityType::Activity, existing);
                if (!current) {
                    skip(e, tr("The entry it updates no longer exists."));
                    continue;
                }
                Record changes = changesFor(*current, e.read);
                Record merged = *current;
                merged.merge(changes);
                if (const QList<FieldError> errors = Validator::validate(merged); !errors.isEmpty()) {
                    for (const FieldError& err : errors)
                        e.item.problems << err.message;
                    skip(e);
                    continue;
                }
                e.read.record.setId(existing);
                m = Mutation::update(changes);
                e.item.action = changes.isEmpty() ? Item::Action::Unchanged : Item::Action::Update;
                ++(changes.isEmpty() ? report.unchanged : report.updated);
                // Only those not invited yet are added; answers given since stay.
                QStringList already;
                auto st = db.statements().get(QStringLiteral(
                    "SELECT coalesce(user_id, contact_id, email) FROM activity_attendees WHERE activity_id = ? AND "
                    "deleted = 0"));
                st->bind(1, existing);
                while (st->step() == SqlStatement::Step::Row)
                    already << st->text(0);
                invited.removeIf([&](const Record& a) {
                    return already.contains(a.text(u"user_id")) || already.contains(a.text(u"contact_id")) ||
                           already.contains(a.text(u"email"));
                });
            }
            for (Record& att : invited) {
                att.set(u"activity_id", e.read.record.id());
                people << Mutation::create(att);
            }
            if (e.read.hasRecurrenceId) {
                changed << m;
                replacedOf[e.read.uid] << e.read.recurrenceId;
            } else {
                if (!e.read.uid.isEmpty()) {
                    idOfUid.insert(e.read.uid, e.read.record.id());
                    mutationOfUid.insert(e.read.uid, int(series.size()));
                }
                series << m;
            }
        }
    }
    // Changed occurrences of a series that is in the book but not in the file: the series skips their starts.
    for (auto it = replacedOf.cbegin(); it != replacedOf.cend(); ++it) {
        if (mutationOfUid.contains(it.key()))
            continue;
        const auto stored = store.fetch(EntityType::Activity, idOfSeries.value(it.key()));
        if (!stored)
            continue;
        QJsonArray skipped = QJsonDocument::fromJson(stored->text(u"exdates").toUtf8()).array();
        const qsizetype before = skipped.size();
        for (qint64 start : it.value())
            if (!skipped.contains(start))
                skipped.append(start);
        if (skipped.size() > before)
            series << Mutation::update(Record(EntityType::Activity, stored->id())
                                           .set(u"exdates", QString::fromUtf8(QJsonDocument(skipped).toJson(
                                                                QJsonDocument::Compact))));
    }
    for (const Entry& e : std::as_const(entries))
        if (e.item.action == Item::Action::Skip || !e.item.notes.isEmpty())
            report.items << e.item;

    if (options.dryRun)
        return report;
    QList<Mutation> all = series;
    all << changed << people;
    all.removeIf([](const Mutation& m) { return m.op == Mutation::Op::Update && m.record.isEmpty(); });
    if (all.isEmpty())
        return report;
    auto applied = store.apply(all);
    if (!applied)
        return Error{tr("Nothing was imported: %1").arg(applied.error().fullText()), {}};
    return report;
}

} // namespace rapport

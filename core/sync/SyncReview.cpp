// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "SyncReview.h"

#include "domain/RecordJson.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/Tickets.h"

#include <QJsonDocument>

namespace rapport::SyncReview {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SyncReview)
};

} // namespace

QList<sync::Conflict> conflicts(Database& db, bool includeResolved)
{
    QList<sync::Conflict> out;
    auto st = db.statements().get(includeResolved
                                      ? QStringLiteral("SELECT body, resolved FROM conflicts ORDER BY detected_at DESC")
                                      : QStringLiteral("SELECT body, resolved FROM conflicts WHERE resolved = 0 "
                                                       "ORDER BY detected_at DESC"));
    while (st->step() == SqlStatement::Step::Row) {
        sync::Conflict c = sync::Conflict::fromJson(QJsonDocument::fromJson(st->text(0).toUtf8()).object());
        c.resolved = st->int64(1) != 0;
        out << c;
    }
    return out;
}

QList<PendingChange> pendingChanges(Database& db)
{
    QList<PendingChange> out;
    auto st = db.statements().get(QStringLiteral(
        "SELECT mutation_id, entity, record_id, op, payload, created_at, rejected, last_error FROM outbox ORDER BY seq"));
    while (st->step() == SqlStatement::Step::Row) {
        PendingChange p;
        p.mutationId = st->text(0);
        p.entity = st->text(1);
        p.recordId = st->text(2);
        p.op = st->text(3);
        p.fields = QJsonDocument::fromJson(RecordStore::outboxPayload(db, p.entity, p.recordId, st->text(4).toUtf8()))
                       .object()
                       .value(QLatin1StringView("fields"))
                       .toObject()
                       .keys();
        p.createdAt = st->int64(5);
        p.rejected = st->int64(6) != 0;
        p.reason = st->isNull(7) ? QString() : st->text(7);
        out << p;
    }
    // Edits to records that were reassigned away while the edits waited: kept, never pushed.
    auto kept = db.statements().get(QStringLiteral(
        "SELECT mutation_id, entity, record_id, op, payload, kept_at FROM kept_edits ORDER BY seq"));
    while (kept->step() == SqlStatement::Step::Row) {
        PendingChange p;
        p.mutationId = kept->text(0);
        p.entity = kept->text(1);
        p.recordId = kept->text(2);
        p.op = kept->text(3);
        p.fields =
            QJsonDocument::fromJson(kept->text(4).toUtf8()).object().value(QLatin1StringView("fields")).toObject().keys();
        p.createdAt = kept->int64(5);
        p.rejected = true;
        p.reason = Text::tr("the record was given to someone outside your scope and left this computer; your change "
                            "is kept here");
        out << p;
    }
    return out;
}

Status resolve(RecordStore& store, const QString& conflictId, Keep keep)
{
    QString body;
    {
        auto st = store.database().statements().get(
            QStringLiteral("SELECT body FROM conflicts WHERE id = ? AND resolved = 0"));
        st->bind(1, conflictId);
        if (st->step() == SqlStatement::Step::Row)
            body = st->text(0);
    }
    if (body.isEmpty())
        return Error{Text::tr("There is no open conflict with the id %1.").arg(conflictId), {}};
    const sync::Conflict c = sync::Conflict::fromJson(QJsonDocument::fromJson(body.toUtf8()).object());
    if (keep != Keep::Dismiss && c.reason == QLatin1String(Tickets::NumberTakenReason))
        return Error{Text::tr("The number %1 belongs to another ticket; this ticket keeps %2. Dismiss the conflict "
                              "once you have told whoever knew the old number.")
                         .arg(c.lostValue.toString(), c.keptValue.toString()),
                     {}};
    if (keep != Keep::Dismiss) {
        const EntityDef* def = Schema::byName(c.entity);
        const FieldDef* f = def ? def->field(c.field) : nullptr;
        if (!f)
            return Error{Text::tr("The conflict names a field this version does not know."), {}};
        if (!store.fetch(def->type, c.recordId))
            return Error{Text::tr("The record of this conflict is not on this device (it was deleted or is no longer "
                                  "yours to see)."),
                         {}};
        const bool mineWasKept = c.keptBy == store.currentUserId();
        const bool takeKept = (keep == Keep::Mine) == mineWasKept;
        Record change(def->type, c.recordId);
        change.set(c.field, RecordJson::fromJson(*f, takeKept ? c.keptValue : c.lostValue));
        if (Status s = store.update(change); !s)
            return s;
    }
    return store.resolveConflict(c.id);
}

} // namespace rapport::SyncReview

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "OpportunityDetails.h"

#include "storage/Database.h"
#include "storage/Quotes.h"
#include "storage/SqlStatement.h"


namespace rapport {

Result<OpportunityDetails> OpportunityDetailsReader::read(Database& db, const QString& opportunityId)
{
    OpportunityDetails d;
    const auto deal = RecordStore::read(db, EntityType::Opportunity, opportunityId);
    if (!deal || deal->value(u"deleted").toBool())
        return Error{tr("The opportunity no longer exists (it may have been removed by sync)."), {}};
    d.deal = *deal;
    const auto fail = [](const SqlStatement& st) {
        return Error{tr("The opportunity cannot be read: %1").arg(st.errorText()), {}};
    };

    auto st = db.statements().get(QStringLiteral("SELECT name FROM accounts WHERE id = ?"));
    st->bind(1, d.deal.text(u"account_id"));
    if (st->step() == SqlStatement::Step::Row)
        d.account = st->text(0);

    auto lines = db.statements().get(QStringLiteral(
        "SELECT l.id, coalesce(l.product_id, ''), l.description, coalesce(p.sku, ''), coalesce(p.unit, ''), l.currency, "
        "l.quantity, l.unit_price, coalesce(l.discount_bp, 0), coalesce(l.total, 0) FROM opportunity_lines l "
        "LEFT JOIN products p ON p.id = l.product_id WHERE l.opportunity_id = ? AND l.deleted = 0 ORDER BY l.rid"));
    lines->bind(1, opportunityId);
    SqlStatement::Step step;
    while ((step = lines->step()) == SqlStatement::Step::Row)
        d.lines << OpportunityDetails::Line{lines->text(0),  lines->text(1),  lines->text(2),  lines->text(3),
                                            lines->text(4),  lines->text(5),  lines->int64(6), lines->int64(7),
                                            lines->int64(8), lines->int64(9)};
    if (step == SqlStatement::Step::Error)
        return fail(*lines);

    auto roles = db.statements().get(QStringLiteral(
        "SELECT r.id, r.contact_id, coalesce(c.display_title, ''), coalesce(c.job_title, ''), r.role, "
        "coalesce(r.notes, '') FROM opportunity_contacts r LEFT JOIN contacts c ON c.id = r.contact_id "
        "WHERE r.opportunity_id = ? AND r.deleted = 0 ORDER BY r.rid"));
    roles->bind(1, opportunityId);
    while ((step = roles->step()) == SqlStatement::Step::Row)
        d.roles << OpportunityDetails::Role{roles->text(0), roles->text(1), roles->text(2),
                                            roles->text(3), roles->text(4), roles->text(5)};
    if (step == SqlStatement::Step::Error)
        return fail(*roles);

    auto history = db.statements().get(QStringLiteral(
        "SELECT s.changed_at, coalesce(s.from_stage, ''), s.to_stage, s.amount, coalesce(s.currency, ''), "
        "coalesce(s.probability, 0), coalesce(s.expected_close, ''), coalesce(u.display_name, '') FROM stage_changes s "
        "LEFT JOIN users u ON u.id = s.changed_by WHERE s.opportunity_id = ? AND s.deleted = 0 "
        "ORDER BY s.changed_at DESC, s.rid DESC"));
    history->bind(1, opportunityId);
    while ((step = history->step()) == SqlStatement::Step::Row) {
        OpportunityDetails::Step s;
        s.changedAt = history->int64(0);
        s.fromStage = history->text(1);
        s.toStage = history->text(2);
        s.hasAmount = !history->isNull(3);
        s.amount = history->int64(3);
        s.currency = history->text(4);
        s.probability = int(history->int64(5));
        s.expectedClose = history->text(6);
        s.changedBy = history->text(7);
        d.history << s;
    }
    if (step == SqlStatement::Step::Error)
        return fail(*history);

    auto quotes = Quotes::ofOpportunity(db, opportunityId);
    if (!quotes)
        return quotes.error();
    d.quotes = *quotes;
    return d;
}

Result<QList<CatalogueItem>> OpportunityDetailsReader::catalogue(Database& db, const QString& currency)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT p.id, p.sku, p.name, p.category, coalesce(p.unit, ''), (SELECT e.unit_price FROM price_book_entries e "
        "JOIN price_books b ON b.id = e.price_book_id WHERE e.product_id = p.id AND e.currency = ? AND e.deleted = 0 "
        "AND b.deleted = 0 AND coalesce(b.active, 1) ORDER BY coalesce(b.is_default, 0) DESC, b.rid LIMIT 1) "
        "FROM products p WHERE p.deleted = 0 AND coalesce(p.active, 1) ORDER BY p.sort_key, p.rid"));
    st->bind(1, currency);
    QList<CatalogueItem> out;
    SqlStatement::Step step;
    while ((step = st->step()) == SqlStatement::Step::Row) {
        if (st->isNull(5))
            continue; // no price in this currency: not offered
        out << CatalogueItem{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->int64(5)};
    }
    if (step == SqlStatement::Step::Error)
        return Error{tr("The catalogue cannot be read: %1").arg(st->errorText()), {}};
    return out;
}

QList<Mutation> OpportunityDetailsReader::amountFollowsLines(const QString& opportunityId,
                                                             const QList<qint64>& lineTotals)
{
    if (lineTotals.isEmpty())
        return {};
    qint64 sum = 0;
    for (qint64 t : lineTotals)
        sum += t;
    return {Mutation::update(Record(EntityType::Opportunity, opportunityId).set(u"amount", sum))};
}

} // namespace rapport

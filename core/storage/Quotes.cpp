// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Quotes.h"

#include "domain/LocaleNames.h"
#include "domain/Money.h"
#include "domain/PostalAddress.h"
#include "domain/Schema.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <kainjow/mustache.hpp>

namespace rapport {

namespace {

__extension__ typedef __int128 Wide; // exact products of amounts, quantities and basis points

/// value × bp / 10,000, rounded half away from zero.
qint64 share(Wide value, qint64 bp)
{
    const Wide scaled = value * bp;
    return static_cast<qint64>(scaled >= 0 ? (scaled + 5000) / 10000 : (scaled - 5000) / 10000);
}

QString percent(qint64 bp, const QLocale& locale)
{
    // As many decimals as the figure has: "5%", "2.5%", "12.25%".
    return LocaleNames::percent(double(bp) / 100.0, bp % 100 == 0 ? 0 : bp % 10 == 0 ? 1 : 2, locale);
}

kainjow::mustache::data lines(const QString& text)
{
    kainjow::mustache::data list{kainjow::mustache::data::type::list};
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        kainjow::mustache::data l;
        l.set("line", line.trimmed().toStdString());
        list << l;
    }
    return list;
}

std::string str(const QString& s)
{
    return s.toStdString();
}

/// The address a quote goes to: the billing one, else the first.
QJsonObject billingAddress(const QString& addressesJson)
{
    const QJsonArray all = QJsonDocument::fromJson(addressesJson.toUtf8()).array();
    QJsonObject chosen;
    for (const QJsonValue& a : all)
        if (a[QLatin1String("type")].toString() == QLatin1String("billing"))
            chosen = a.toObject();
    if (chosen.isEmpty() && !all.isEmpty())
        chosen = all.first().toObject();
    return chosen;
}

} // namespace

qint64 Quotes::lineNet(qint64 quantity, qint64 unitPrice, qint64 discountBp)
{
    return share(static_cast<Wide>(quantity) * unitPrice, 10000 - discountBp);
}

QuoteTotals Quotes::totals(const QJsonArray& lines, int discountBp, int taxRateBp)
{
    QuoteTotals t;
    for (const QJsonValue& line : lines) {
        const qint64 net = lineNet(line[QLatin1String("quantity")].toInteger(), line[QLatin1String("unit_price")].toInteger(),
                                   line[QLatin1String("discount_bp")].toInteger(0));
        t.lineNets << net;
        t.subtotal += net;
    }
    t.discount = share(t.subtotal, discountBp);
    t.tax = share(t.subtotal - t.discount, taxRateBp);
    t.total = t.subtotal - t.discount + t.tax;
    return t;
}

void Quotes::recompute(Record& quote)
{
    const QJsonArray items = QJsonDocument::fromJson(quote.text(u"lines").toUtf8()).array();
    const QuoteTotals t = totals(items, int(quote.value(u"discount_bp").toLongLong()),
                                 int(quote.value(u"tax_rate_bp").toLongLong()));
    quote.set(u"subtotal", t.subtotal)
        .set(u"discount_total", t.discount)
        .set(u"tax_total", t.tax)
        .set(u"total", t.total);
}

Result<Record> Quotes::draft(RecordStore& store, const QString& opportunityId, const QuoteSettings& settings,
                             const QDate& today)
{
    const auto deal = store.fetch(EntityType::Opportunity, opportunityId);
    if (!deal)
        return Error{tr("There is no opportunity %1.").arg(opportunityId), {}};
    Database& db = store.database();

    QJsonArray items;
    auto st = db.statements().get(QStringLiteral(
        "SELECT l.description, l.quantity, l.unit_price, coalesce(l.discount_bp, 0), p.sku, p.unit, l.product_id, "
        "l.currency FROM opportunity_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.opportunity_id = ? "
        "AND l.deleted = 0 ORDER BY l.rid"));
    st->bind(1, opportunityId);
    const QString currency = deal->text(u"currency");
    while (st->step() == SqlStatement::Step::Row) {
        if (st->text(7) != currency)
            return Error{tr("The item \"%1\" is priced in %2, the deal in %3: a quote has one currency.")
                             .arg(st->text(0), st->text(7), currency),
                         {}};
        QJsonObject item{{QStringLiteral("description"), st->text(0)},
                         {QStringLiteral("quantity"), st->int64(1)},
                         {QStringLiteral("unit_price"), st->int64(2)},
                         {QStringLiteral("discount_bp"), st->int64(3)}};
        for (const auto& [key, column] : {std::pair{"sku", 4}, std::pair{"unit", 5}, std::pair{"product_id", 6}})
            if (!st->isNull(column))
                item.insert(QLatin1String(key), st->text(column));
        items.append(item);
    }
    if (items.isEmpty())
        return Error{tr("\"%1\" has no line items to quote: add products to the opportunity first.")
                         .arg(deal->text(u"name")),
                     {}};

    // The next version of the deal's quote keeps its number.
    QString number;
    qint64 version = 1;
    auto last = db.statements().get(QStringLiteral("SELECT number, version FROM quotes WHERE opportunity_id = ? "
                                                   "AND deleted = 0 ORDER BY version DESC LIMIT 1"));
    last->bind(1, opportunityId);
    if (last->step() == SqlStatement::Step::Row) {
        number = last->text(0);
        version = last->int64(1) + 1;
    } else {
        // Unique without asking a server: the year and ten hex digits of the deal's own id (40 of its random
        // bits: two deals share a number about once in 200,000 for a book of 5,000 quoted deals a year).
        number = QStringLiteral("Q-%1-%2").arg(today.year()).arg(opportunityId.right(10).toUpper());
    }

    // Bill to: the account, the primary contact, the billing address, the VAT identification number. The tax
    // follows where that address is (the account's country without one).
    QStringList billTo;
    QString customerCountry;
    if (const auto account = store.fetch(EntityType::Account, deal->text(u"account_id"))) {
        billTo << account->text(u"name");
        if (const QString contact = deal->text(u"contact_id"); !contact.isEmpty())
            billTo << tr("Attn. %1").arg(store.titleOf(EntityType::Contact, contact));
        const QJsonObject address = billingAddress(account->text(u"addresses"));
        billTo << PostalAddress::lines(address, settings.companyCountry);
        if (const QString vatId = account->text(u"vat_id"); !vatId.isEmpty())
            billTo << tr("VAT ID: %1").arg(vatId);
        customerCountry = address[QLatin1String("country")].toString();
        if (customerCountry.isEmpty())
            customerCountry = account->text(u"country");
    }

    Record quote(EntityType::Quote);
    quote.set(u"opportunity_id", opportunityId)
        .set(u"number", number)
        .set(u"version", version)
        .set(u"status", QStringLiteral("sent"))
        .set(u"issued_at", QDateTime::currentMSecsSinceEpoch())
        .set(u"currency", currency)
        .set(u"lines", QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)))
        .set(u"discount_bp", qint64(0))
        .set(u"bill_to", billTo.join(QLatin1Char('\n')));
    if (settings.validityDays > 0)
        quote.set(u"valid_until", today.addDays(settings.validityDays).toString(Qt::ISODate));
    if (!settings.terms.trimmed().isEmpty())
        quote.set(u"terms", settings.terms.trimmed());
    // The customer's contact is whoever owns the deal (else whoever drafts the quote).
    if (const QString owner = deal->text(u"owner_id"); !owner.isEmpty())
        quote.set(u"prepared_by", owner);
    else if (!store.currentUserId().isEmpty())
        quote.set(u"prepared_by", store.currentUserId());
    setTaxTreatment(quote, Tax::treatment(settings.companyCountry, customerCountry), settings);
    return quote;
}

void Quotes::setTaxTreatment(Record& quote, TaxTreatment treatment, const QuoteSettings& settings)
{
    quote.set(u"tax_treatment", Tax::key(treatment))
        .set(u"tax_rate_bp", qint64(treatment == TaxTreatment::Domestic ? settings.taxRateBp : 0));
    recompute(quote);
}

QList<Mutation> Quotes::issueMutations(RecordStore& store, const Record& quote)
{
    // Issued now, as the next version at this moment (another window may have issued one since the draft).
    Record issued = quote;
    issued.set(u"issued_at", QDateTime::currentMSecsSinceEpoch());
    auto last = store.database().statements().get(
        QStringLiteral("SELECT max(version) FROM quotes WHERE opportunity_id = ? AND deleted = 0"));
    last->bind(1, quote.text(u"opportunity_id"));
    if (last->step() == SqlStatement::Step::Row && !last->isNull(0) &&
        last->int64(0) >= quote.value(u"version").toLongLong())
        issued.set(u"version", last->int64(0) + 1);
    QList<Mutation> out{Mutation::create(issued)};
    auto st = store.database().statements().get(QStringLiteral(
        "SELECT id FROM quotes WHERE opportunity_id = ? AND deleted = 0 AND status IN ('draft', 'sent')"));
    st->bind(1, quote.text(u"opportunity_id"));
    while (st->step() == SqlStatement::Step::Row)
        out << Mutation::update(Record(EntityType::Quote, st->text(0)).set(u"status", QStringLiteral("superseded")));
    return out;
}

Result<Record> Quotes::issue(RecordStore& store, const Record& quote)
{
    Record withId = quote;
    if (withId.id().isEmpty())
        withId.setId(store.newId());
    const QList<Mutation> writes = issueMutations(store, withId);
    if (auto applied = store.apply(writes); !applied)
        return applied.error();
    return writes.first().record;
}

Result<QList<Record>> Quotes::ofOpportunity(Database& db, const QString& opportunityId)
{
    auto st = db.statements().get(QStringLiteral(
        "SELECT id FROM quotes WHERE opportunity_id = ? AND deleted = 0 ORDER BY version DESC"));
    st->bind(1, opportunityId);
    QList<Record> out;
    while (st->step() == SqlStatement::Step::Row)
        if (auto r = RecordStore::read(db, EntityType::Quote, st->text(0)))
            out << *r;
    return out;
}

QString Quotes::builtInTemplate()
{
    QFile file(QStringLiteral(":/rapport/templates/quote.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Result<QString> Quotes::html(Database& db, const Record& quote, const QuoteSettings& settings, const QLocale& locale)
{
    QString text = builtInTemplate();
    if (!settings.templatePath.isEmpty()) {
        QFile file(settings.templatePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("The quote template %1 cannot be read: %2").arg(settings.templatePath, file.errorString()),
                         {}};
        text = QString::fromUtf8(file.readAll());
    }
    using kainjow::mustache::data;
    const QString currency = quote.text(u"currency");
    const auto money = [&](qint64 minor) { return str(Money{minor, currency}.format(locale)); };

    data company;
    company.set("name", str(settings.companyName));
    company.set("address", lines(settings.companyAddress));
    company.set("contact", str(settings.companyContact));
    company.set("has_logo", !settings.logoPath.isEmpty() ? data::type::bool_true : data::type::bool_false);

    data q;
    q.set("number", str(quote.text(u"number")));
    q.set("version", str(locale.toString(quote.value(u"version").toLongLong())));
    q.set("date", str(locale.toString(QDateTime::fromMSecsSinceEpoch(quote.value(u"issued_at").toLongLong()).date(),
                                      QLocale::LongFormat)));
    const QDate valid = QDate::fromString(quote.text(u"valid_until"), Qt::ISODate);
    q.set("has_valid_until", valid.isValid() ? data::type::bool_true : data::type::bool_false);
    q.set("valid_until", str(locale.toString(valid, QLocale::LongFormat)));
    QString preparedBy;
    QString title;
    {
        auto st = db.statements().get(QStringLiteral(
            "SELECT (SELECT display_name FROM users WHERE id = ?), (SELECT name FROM opportunities WHERE id = ?)"));
        st->bind(1, quote.text(u"prepared_by"));
        st->bind(2, quote.text(u"opportunity_id"));
        if (st->step() == SqlStatement::Step::Row) {
            preparedBy = st->text(0);
            title = st->text(1);
        }
    }
    q.set("has_prepared_by", preparedBy.isEmpty() ? data::type::bool_false : data::type::bool_true);
    q.set("prepared_by", str(preparedBy));
    q.set("title", str(title));
    q.set("currency", str(currency));

    const QJsonArray items = QJsonDocument::fromJson(quote.text(u"lines").toUtf8()).array();
    QuoteTotals t =
        totals(items, int(quote.value(u"discount_bp").toLongLong()), int(quote.value(u"tax_rate_bp").toLongLong()));
    // An issued quote prints the totals it was issued with.
    if (!quote.value(u"total").isNull()) {
        t.subtotal = quote.value(u"subtotal").toLongLong();
        t.discount = quote.value(u"discount_total").toLongLong();
        t.tax = quote.value(u"tax_total").toLongLong();
        t.total = quote.value(u"total").toLongLong();
    }
    data list{data::type::list};
    bool lineDiscounts = false, units = false;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const qint64 discount = item[QLatin1String("discount_bp")].toInteger(0);
        lineDiscounts = lineDiscounts || discount > 0;
        units = units || !item[QLatin1String("unit")].toString().isEmpty();
        data l;
        l.set("position", std::to_string(i + 1));
        l.set("description", str(item[QLatin1String("description")].toString()));
        l.set("sku", str(item[QLatin1String("sku")].toString()));
        l.set("has_sku", item.contains(QLatin1String("sku")) ? data::type::bool_true : data::type::bool_false);
        l.set("unit", str(Schema::units().label(item[QLatin1String("unit")].toString())));
        l.set("has_unit", item.contains(QLatin1String("unit")) ? data::type::bool_true : data::type::bool_false);
        l.set("quantity", str(locale.toString(item[QLatin1String("quantity")].toInteger())));
        l.set("unit_price", money(item[QLatin1String("unit_price")].toInteger()));
        l.set("discount", discount > 0 ? str(percent(discount, locale)) : std::string());
        l.set("net", money(t.lineNets.value(i)));
        list << l;
    }

    data sums;
    sums.set("subtotal", money(t.subtotal));
    sums.set("has_discount", t.discount != 0 ? data::type::bool_true : data::type::bool_false);
    sums.set("discount_label",
             str(tr("Discount %1").arg(percent(quote.value(u"discount_bp").toLongLong(), locale))));
    sums.set("discount", money(t.discount));
    sums.set("tax_label", str(tr("Tax %1").arg(percent(quote.value(u"tax_rate_bp").toLongLong(), locale))));
    sums.set("tax", money(t.tax));
    // What the quote says about the tax it does not charge.
    const QString taxNote =
        Tax::note(Tax::fromKey(quote.text(u"tax_treatment")).value_or(TaxTreatment::Domestic), settings.companyCountry);
    sums.set("has_tax_note", taxNote.isEmpty() ? data::type::bool_false : data::type::bool_true);
    sums.set("tax_note", str(taxNote));
    sums.set("total", money(t.total));

    data labels;
    for (const auto& [key, label] :
         {std::pair{"quote", tr("Quote")}, std::pair{"number", tr("Number")}, std::pair{"version", tr("Version")},
          std::pair{"date", tr("Date")}, std::pair{"valid_until", tr("Valid until")},
          std::pair{"prepared_by", tr("Your contact")}, std::pair{"bill_to", tr("To")},
          std::pair{"position", tr("Pos.")}, std::pair{"description", tr("Description")},
          std::pair{"quantity", tr("Quantity")}, std::pair{"unit", tr("Unit")},
          std::pair{"unit_price", tr("Unit price")}, std::pair{"discount", tr("Discount")},
          std::pair{"amount", tr("Amount")}, std::pair{"subtotal", tr("Subtotal")}, std::pair{"total", tr("Total")},
          std::pair{"terms", tr("Terms")}})
        labels.set(key, str(label));

    data root;
    root.set("company", company);
    root.set("quote", q);
    root.set("lines", list);
    root.set("has_line_discounts", lineDiscounts ? data::type::bool_true : data::type::bool_false);
    // A column of units ("2 | year") rather than "2 year": a unit is product data, not a word to inflect.
    root.set("has_units", units ? data::type::bool_true : data::type::bool_false);
    root.set("totals", sums);
    root.set("labels", labels);
    root.set("bill_to", lines(quote.text(u"bill_to")));
    const QString notes = quote.text(u"notes").trimmed();
    const QString terms = quote.text(u"terms").trimmed();
    root.set("has_notes", notes.isEmpty() ? data::type::bool_false : data::type::bool_true);
    root.set("notes_lines", lines(notes));
    root.set("has_terms", terms.isEmpty() ? data::type::bool_false : data::type::bool_true);
    root.set("terms_lines", lines(terms));

    kainjow::mustache::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid())
        return Error{tr("The quote template cannot be used: %1").arg(QString::fromStdString(tmpl.error_message())), {}};
    const std::string out = tmpl.render(root);
    if (!tmpl.is_valid())
        return Error{tr("The quote template cannot be used: %1").arg(QString::fromStdString(tmpl.error_message())), {}};
    return QString::fromStdString(out);
}

} // namespace rapport

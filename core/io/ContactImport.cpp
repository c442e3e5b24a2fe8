// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ContactImport.h"

#include "domain/Validator.h"
#include "search/TextFold.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QHash>
#include <QJsonDocument>

#include <limits>

namespace rapport {

namespace {

QString json(const QJsonArray& a)
{
    return a.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString problemText(const Error& e)
{
    QStringList lines{e.message};
    for (const FieldError& f : e.fields)
        lines << f.message;
    return lines.join(QLatin1Char(' '));
}

} // namespace

Record ContactImport::recordFor(const ExportedContact& c, const QString& accountId)
{
    Record r(EntityType::Contact);
    auto put = [&](const char16_t* field, const QString& v) {
        if (!v.isEmpty())
            r.set(QStringView(field), v);
    };
    put(u"salutation", c.salutation);
    put(u"first_name", c.firstName);
    put(u"last_name", c.lastName);
    put(u"job_title", c.jobTitle);
    put(u"department", c.department);
    put(u"account_id", accountId);
    put(u"emails", json(c.emails));
    put(u"phones", json(c.phones));
    put(u"addresses", json(c.addresses));
    put(u"language", c.language);
    put(u"notes", c.notes);
    if (!c.tags.isEmpty())
        r.set(u"tags", json(QJsonArray::fromStringList(c.tags)));
    if (const QDate d = QDate::fromString(c.birthday, Qt::ISODate); d.isValid())
        r.set(u"birthday", d);
    return r;
}

QString ImportedAccounts::idFor(const QString& name)
{
    if (name.trimmed().isEmpty())
        return {};
    const QString key = name.trimmed().toLower();
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        return *it;
    // Through the name index (folded names), then the exact name without regard to case: one index probe
    // per organisation, however many accounts the book has.
    auto st = m_store.database().statements().get(QStringLiteral(
        "SELECT id, name FROM accounts WHERE sort_key = ? AND deleted = 0 AND merged_into IS NULL ORDER BY rid"));
    st->bind(1, foldText(name.trimmed()));
    QString id;
    while (id.isEmpty() && st->step() == SqlStatement::Step::Row)
        if (st->text(1).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            id = st->text(0);
    if (id.isEmpty()) {
        Record account(EntityType::Account, m_store.newId());
        account.set(u"name", name.trimmed());
        id = account.id();
        m_created << account;
    }
    m_ids.insert(key, id);
    return id;
}

Result<ImportReport> ContactImport::vcards(RecordStore& store, const QByteArray& file, bool dryRun)
{
    const VCardReader::Result parsed = VCardReader::parse(file);
    ImportReport report;
    report.problems = parsed.problems;

    // Organisations become the accounts of those names: found, or made once for all their people.
    ImportedAccounts accounts(store);
    QList<Mutation> contacts;
    QList<int> lines;
    for (const VCardCard& card : parsed.cards) {
        Record r = recordFor(card.contact, accounts.idFor(card.organisation));
        Record check = r;
        const QList<FieldError> errors = Validator::validate(check);
        if (!errors.isEmpty()) {
            QStringList messages;
            for (const FieldError& e : errors)
                messages << e.message;
            report.problems << VCardProblem{card.line, messages.join(QLatin1Char(' '))};
            continue;
        }
        contacts << Mutation::create(r);
        lines << card.line;
    }
    QList<Mutation> newAccounts;
    for (const Record& a : accounts.created())
        newAccounts << Mutation::create(a);
    if (!dryRun && !contacts.isEmpty()) {
        // The bulk path (rows prepared on worker threads while one thread writes), in one transaction:
        // every record still journaled for sync and audited, and a failure leaves nothing behind.
        RecordStore::BulkOptions options;
        options.batchSize = std::numeric_limits<int>::max();
        options.auditNote = tr("Contacts imported from a vCard file");
        auto bulk = store.beginBulk(options);
        Status written;
        for (const QList<Mutation>& group : {newAccounts, contacts})
            for (const Mutation& m : group)
                if (written)
                    written = bulk->add(m.record);
        if (written)
            written = bulk->finish();
        bulk.reset();
        if (!written) {
            // Something only the write path sees (a phone number that is not one): find the cards, one by one.
            for (const Mutation& m : std::as_const(newAccounts))
                if (!store.apply({m}))
                    return written.error();
            for (qsizetype i = 0; i < contacts.size(); ++i) {
                if (auto one = store.apply({contacts[i]}); !one)
                    report.problems << VCardProblem{lines[i], problemText(one.error())};
                else
                    ++report.created;
            }
            report.accountsCreated = static_cast<int>(newAccounts.size());
        } else {
            report.created = static_cast<int>(contacts.size());
            report.accountsCreated = static_cast<int>(newAccounts.size());
        }
    } else {
        report.created = static_cast<int>(contacts.size());
        report.accountsCreated = static_cast<int>(newAccounts.size());
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const VCardProblem& a, const VCardProblem& b) { return a.line < b.line; });
    return report;
}

} // namespace rapport

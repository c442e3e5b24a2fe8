// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ContactImport.h"

#include "domain/Validator.h"
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

Record contactFrom(const ExportedContact& c, const QString& accountId)
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

QString problemText(const Error& e)
{
    QStringList lines{e.message};
    for (const FieldError& f : e.fields)
        lines << f.message;
    return lines.join(QLatin1Char(' '));
}

} // namespace

Result<ImportReport> ContactImport::vcards(RecordStore& store, const QByteArray& file, bool dryRun)
{
    const VCardReader::Result parsed = VCardReader::parse(file);
    ImportReport report;
    report.problems = parsed.problems;

    // Organisations become the accounts of those names: found, or made once for all their people.
    QHash<QString, QString> accounts; // lower-case name -> id
    QList<Mutation> newAccounts;
    auto accountFor = [&](const QString& name) -> QString {
        if (name.isEmpty())
            return {};
        const QString key = name.toLower();
        if (const auto it = accounts.constFind(key); it != accounts.cend())
            return *it;
        auto st = store.database().statements().get(
            QStringLiteral("SELECT id FROM accounts WHERE deleted = 0 AND merged_into IS NULL AND lower(name) = lower(?) LIMIT 1"));
        st->bind(1, name);
        QString id = st->step() == SqlStatement::Step::Row ? st->text(0) : QString();
        if (id.isEmpty()) {
            Record account(EntityType::Account, store.newId());
            account.set(u"name", name);
            id = account.id();
            newAccounts << Mutation::create(account);
        }
        accounts.insert(key, id);
        return id;
    };

    QList<Mutation> contacts;
    QList<int> lines;
    for (const VCardCard& card : parsed.cards) {
        Record r = contactFrom(card.contact, accountFor(card.organisation));
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

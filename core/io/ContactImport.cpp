// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ContactImport.h"

#include "search/TextFold.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <limits>

namespace rapport {

int ImportReport::cardsLeftOut() const
{
    QSet<int> cards;
    for (const VCardProblem& p : problems)
        if (p.cardLine > 0)
            cards.insert(p.cardLine);
    return static_cast<int>(cards.size());
}

namespace {

QString json(const QJsonArray& a)
{
    return a.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
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

std::optional<ImportedOwners::Owner> ImportedOwners::find(const QString& name)
{
    if (!m_read) {
        // Users are few (a sales force, not the book): all of them, once, matched here without regard to
        // case in any script (SQLite's lower() knows only ASCII).
        m_read = true;
        auto st = m_db.statements().get(
            QStringLiteral("SELECT id, team_id, username, email, display_name FROM users WHERE deleted = 0"));
        QHash<QString, int> names;
        std::vector<std::pair<QString, Owner>> byName;
        while (st->step() == SqlStatement::Step::Row) {
            const Owner owner{st->text(0), st->text(1)};
            for (int column : {2, 3})
                if (const QString key = st->text(column).trimmed().toLower(); !key.isEmpty())
                    m_exact.insert(key, owner);
            if (const QString display = st->text(4).trimmed().toLower(); !display.isEmpty()) {
                ++names[display];
                byName.emplace_back(display, owner);
            }
        }
        for (const auto& [display, owner] : byName)
            if (names.value(display) == 1 && !m_exact.contains(display))
                m_exact.insert(display, owner); // a display name only when no one else has it
    }
    const QString key = name.trimmed().toLower();
    if (key.isEmpty())
        return std::nullopt;
    const auto it = m_exact.constFind(key);
    return it == m_exact.cend() ? std::nullopt : std::optional<Owner>(*it);
}

void ContactImport::deferIndexes(RecordStore::BulkOptions& options)
{
    options.deferIndexesOf = {QStringLiteral("contacts"), QStringLiteral("accounts"), QStringLiteral("phone_index"),
                              QStringLiteral("email_index")};
    options.liveIndexes = {QStringLiteral("contacts_by_sort_key"),       QStringLiteral("contacts_by_account_id"),
                           QStringLiteral("accounts_by_sort_key"),       QStringLiteral("email_index_by_email"),
                           QStringLiteral("email_index_by_name_domain"), QStringLiteral("phone_index_by_e164"),
                           QStringLiteral("contacts_by_merged_into"),    QStringLiteral("accounts_by_merged_into")};
}

Result<ImportReport> ContactImport::vcards(RecordStore& store, const QByteArray& file, bool dryRun)
{
    const VCardReader::Result parsed = VCardReader::parse(file);
    ImportReport report;
    report.problems = parsed.problems;

    // Organisations become the accounts of those names: found, or made once for all their people.
    ImportedAccounts accounts(store);
    // Each card's record is made on the worker threads; its account (found or made here, on the
    // database's thread) is set afterwards.
    std::vector<Record> contacts = QtConcurrent::blockingMapped<std::vector<Record>>(
        parsed.cards, [](const VCardCard& card) { return recordFor(card.contact, QString()); });
    std::vector<QString> accountOf; // each card's account, for writing it again (see below)
    accountOf.reserve(static_cast<size_t>(parsed.cards.size()));
    for (qsizetype i = 0; i < parsed.cards.size(); ++i) {
        accountOf.push_back(accounts.idFor(parsed.cards[i].organisation));
        if (!accountOf.back().isEmpty())
            contacts[size_t(i)].set(u"account_id", accountOf.back());
    }
    report.accountsCreated = static_cast<int>(accounts.created().size());
    auto problem = [&](qsizetype card, const QList<FieldError>& errors, const QString& otherwise) {
        QStringList messages;
        for (const FieldError& e : errors)
            messages << e.message;
        const ExportedContact& c = parsed.cards[card].contact;
        report.problems << VCardProblem{
            parsed.cards[card].line, messages.isEmpty() ? otherwise : messages.join(QLatin1Char(' ')),
            (c.firstName + QLatin1Char(' ') + c.lastName).trimmed(), parsed.cards[card].line};
    };

    if (dryRun) {
        for (size_t i = 0; i < contacts.size(); ++i) {
            if (const QList<FieldError> errors = store.checkNew(contacts[i]); !errors.isEmpty())
                problem(qsizetype(i), errors, {});
            else
                ++report.created;
        }
    } else if (!contacts.empty()) {
        // The bulk path in one transaction: validated and prepared on worker threads while this one writes,
        // every record journaled for sync and audited; a card that fails its checks is left out and reported,
        // and a failure of the database leaves nothing behind. A company is only made for people who come
        // in with it: when every card of a new company is refused, the load is rolled back and written once
        // more without it and without the refused cards (which the second pass cannot refuse again).
        std::vector<bool> refused(contacts.size(), false);
        QSet<QString> orphans; // new companies none of whose people came in
        for (int pass = 0; pass < 2; ++pass) {
            RecordStore::BulkOptions options;
            options.batchSize = std::numeric_limits<int>::max();
            options.auditNote = tr("Contacts imported from a vCard file");
            options.skipInvalid = true;
            options.expectedRecords = qint64(contacts.size() + accounts.created().size());
            deferIndexes(options);
            auto bulk = store.beginBulk(options);
            std::vector<qsizetype> added; // the card of each record added, -1 for a company
            Status written;
            for (const Record& a : accounts.created()) {
                if (written && !orphans.contains(a.id())) {
                    written = bulk->add(a);
                    added.push_back(-1);
                }
            }
            for (size_t i = 0; i < contacts.size(); ++i) {
                if (!written || refused[i])
                    continue;
                written = bulk->add(pass == 0 ? std::move(contacts[i])
                                              : recordFor(parsed.cards[qsizetype(i)].contact, accountOf[i]));
                added.push_back(qsizetype(i));
            }
            if (written)
                written = bulk->flush();
            if (!written)
                return written.error();
            for (const RecordStore::BulkWriter::Rejected& r : bulk->rejected())
                if (const qsizetype card = added[size_t(r.index)]; card >= 0) {
                    refused[size_t(card)] = true;
                    problem(card, r.error.fields, r.error.message);
                }
            if (pass == 0) {
                // A company refused by the write path takes its people with it (they say why); one whose
                // people were all refused is not made.
                QSet<QString> taken;
                for (size_t i = 0; i < contacts.size(); ++i)
                    if (!refused[i] && !accountOf[i].isEmpty())
                        taken.insert(accountOf[i]);
                for (const Record& a : accounts.created())
                    if (!taken.contains(a.id()))
                        orphans.insert(a.id());
                if (!orphans.isEmpty())
                    continue; // abandoned unfinished, this pass rolls back
            }
            if (Status s = bulk->finish(); !s)
                return s.error();
            report.created = static_cast<int>(std::count(refused.begin(), refused.end(), false));
            report.accountsCreated = static_cast<int>(accounts.created().size() - orphans.size());
            break;
        }
    }
    std::sort(report.problems.begin(), report.problems.end(),
              [](const VCardProblem& a, const VCardProblem& b) { return a.line < b.line; });
    return report;
}

} // namespace rapport

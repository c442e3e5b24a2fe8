// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ServerStore.h"

#include "domain/Ids.h"
#include "domain/Record.h"
#include "domain/RecordJson.h"
#include "domain/Schema.h"
#include "domain/Validator.h"
#include "storage/Database.h"
#include "storage/Tickets.h"
#include "sync/CrashPoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sodium.h>

#include <algorithm>

namespace rapport::server {

namespace {

/// Failed sign-ins before an account or an address is made to wait, and the longest wait.
constexpr int FreeAttempts = 5;
constexpr qint64 MaxLockMs = 15 * 60 * 1000;

const char* const SchemaSql[] = {
    "CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // seq is the change sequence; only one row, locked by every write transaction until it commits.
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counters(name, value) VALUES('seq', 0) ON CONFLICT(name) DO NOTHING",
    "CREATE TABLE IF NOT EXISTS logins (user_id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, "
    "password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, device TEXT, "
    "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS tokens_by_user ON tokens(user_id)",
    "CREATE TABLE IF NOT EXISTS throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, until BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, seq BIGINT NOT NULL, "
    "deleted INTEGER NOT NULL, state TEXT NOT NULL, scope_owner TEXT NOT NULL, scope_team TEXT NOT NULL, "
    "owner_team TEXT NOT NULL, parent_id TEXT NOT NULL, visibility INTEGER NOT NULL, PRIMARY KEY(entity, id))",
    "CREATE INDEX IF NOT EXISTS records_by_seq ON records(seq)",
    "CREATE INDEX IF NOT EXISTS records_by_parent ON records(parent_id)",
    "CREATE INDEX IF NOT EXISTS records_by_id ON records(id)",
    "CREATE TABLE IF NOT EXISTS evictions (seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, id TEXT NOT NULL, "
    "scope_owner TEXT NOT NULL, scope_team TEXT NOT NULL, owner_team TEXT NOT NULL, visibility INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS conflicts (id TEXT PRIMARY KEY, seq BIGINT NOT NULL, entity TEXT NOT NULL, "
    "record_id TEXT NOT NULL, body TEXT NOT NULL, kept_by TEXT NOT NULL, lost_by TEXT NOT NULL, "
    "scope_owner TEXT NOT NULL, scope_team TEXT NOT NULL, owner_team TEXT NOT NULL, visibility INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS conflicts_by_seq ON conflicts(seq)",
    // Ticket numbers are unique: which ticket holds each, and the largest of the form T-n given so far.
    "CREATE TABLE IF NOT EXISTS ticket_numbers (number TEXT PRIMARY KEY, ticket_id TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ticket_numbers_by_ticket ON ticket_numbers(ticket_id)",
    "INSERT INTO counters(name, value) VALUES('ticket_number', 0) ON CONFLICT(name) DO NOTHING",
    // Every mutation id ever applied, with its answer: a replayed push gets the same answer, applied once.
    "CREATE TABLE IF NOT EXISTS mutations (mutation_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
    "result TEXT NOT NULL, at BIGINT NOT NULL)",
};

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// Scope columns are NOT NULL: "nobody" is the empty string, and a null QString would bind as NULL.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Whether `now` lets everyone see a record who saw it under `old`: the same scope, with viewers through a
/// customer only added where there were none.
bool widened(const Scope& old, const Scope& now)
{
    const bool hadNoCustomer =
        old.customerOwner.isEmpty() && old.customerTeam.isEmpty() && old.customerOwnerTeam.isEmpty();
    return hadNoCustomer && old.owner == now.owner && old.team == now.team && old.ownerTeam == now.ownerTeam &&
           old.parentId == now.parentId && old.visibility == now.visibility;
}

/// The columns a record's scope is kept in, in the order scopeAt() reads them.
const QLatin1StringView ScopeColumns("scope_owner, scope_team, owner_team, parent_id, visibility, customer_id, "
                                     "customer_owner, customer_team, customer_owner_team");

/// The scope in ScopeColumns from column `first` of the current row on.
Scope scopeAt(const QSqlQuery& q, int first)
{
    auto text = [&](int i) { return q.value(first + i).toString(); };
    return Scope{text(0), text(1), text(2), text(3), q.value(first + 4).toInt(), text(5), text(6), text(7), text(8)};
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// The field that names a record's owner for visibility, and the one naming its parent.
QString ownerField(const QString& entity)
{
    if (entity == QLatin1String("ticket"))
        return QStringLiteral("assignee_id");
    if (entity == QLatin1String("kb_article"))
        return QStringLiteral("author_id");
    return QStringLiteral("owner_id");
}

QString parentField(const QString& entity)
{
    static const QHash<QString, QString> parents{
        {QStringLiteral("activity_attendee"), QStringLiteral("activity_id")},
        {QStringLiteral("opportunity_line"), QStringLiteral("opportunity_id")},
        {QStringLiteral("stage_change"), QStringLiteral("opportunity_id")},
        {QStringLiteral("quote"), QStringLiteral("opportunity_id")},
        {QStringLiteral("opportunity_contact"), QStringLiteral("opportunity_id")},
        {QStringLiteral("order_line"), QStringLiteral("order_id")},
        {QStringLiteral("ticket_entry"), QStringLiteral("ticket_id")},
        {QStringLiteral("ticket_article"), QStringLiteral("ticket_id")},
    };
    return parents.value(entity);
}

bool isPublic(const QString& entity)
{
    static const QStringList publicTypes{
        QStringLiteral("user"),       QStringLiteral("team"),           QStringLiteral("product"),
        QStringLiteral("price_book"), QStringLiteral("price_book_entry"), QStringLiteral("kb_article"),
        QStringLiteral("campaign"),   QStringLiteral("campaign_member"),  QStringLiteral("campaign_response"),
        QStringLiteral("exchange_rate"), QStringLiteral("stage_setting"), QStringLiteral("sla_policy")};
    return publicTypes.contains(entity);
}

bool isAgentVisible(const QString& entity)
{
    return entity == QLatin1String("account") || entity == QLatin1String("contact")
           || entity == QLatin1String("ticket");
}

} // namespace

ServerStore::ServerStore(QString connectionName)
    : m_name(std::move(connectionName))
{
    std::uint64_t node = 0;
    randombytes_buf(&node, sizeof node);
    m_clock = std::make_unique<HybridClock>(node | 1);
}

ServerStore::~ServerStore()
{
    m_prepared.clear();
    {
        QSqlDatabase d = db();
        d.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery& ServerStore::prepared(const QString& sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto q = std::make_unique<QSqlQuery>(db());
        q->prepare(sql);
        it = m_prepared.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

Status ServerStore::execute(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    return {};
}

QString ServerStore::backendName() const
{
    return m_postgres ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

Error ServerStore::sqlError(const QSqlQuery& q) const
{
    return Error{tr("The server's database failed: %1").arg(q.lastError().text()), {}};
}

qint64 ServerStore::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

HlcTimestamp ServerStore::stamp()
{
    return m_clock->now();
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& data, const QString& connectionName)
{
    if (sodium_init() < 0)
        return Error{tr("The cryptography library could not be initialised."), {}};
    std::unique_ptr<ServerStore> store(new ServerStore(connectionName));
    QSqlDatabase d;
    if (data.startsWith(QLatin1String("sqlite:"))) {
        const QString path = data.mid(7);
        if (path.isEmpty())
            return Error{tr("The data location \"%1\" names no file.").arg(data), {}};
        QDir().mkpath(QFileInfo(path).absolutePath());
        Database::configureLibrary();
        d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else if (data.startsWith(QLatin1String("postgresql://")) || data.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(data);
        if (!url.isValid() || url.path().size() < 2)
            return Error{tr("The data location \"%1\" is not a valid postgresql://USER@HOST:PORT/DB address.").arg(data),
                         {}};
        d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        d.setHostName(url.host());
        d.setPort(url.port(5432));
        d.setUserName(url.userName());
        d.setPassword(url.password());
        d.setDatabaseName(url.path().mid(1));
        store->m_postgres = true;
    } else {
        return Error{tr("The data location \"%1\" must start with sqlite: or postgresql://.").arg(data), {}};
    }
    if (!d.open())
        return Error{tr("The server's database could not be opened: %1").arg(d.lastError().text()), {}};
    if (!store->m_postgres) {
        QSqlQuery q(d);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        // Keep the write-ahead log from staying at its high-water mark after a burst of pushes.
        q.exec(QStringLiteral("PRAGMA journal_size_limit=67108864"));
    }
    if (Status s = store->createSchema(); !s)
        return s.error();
    return store;
}

Status ServerStore::createSchema()
{
    QSqlDatabase d = db();
    if (m_postgres) {
        // Several server processes may start at once; one creates the tables, the others wait.
        d.transaction();
        QSqlQuery lock(d);
        lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1380012112)"));
    } else {
        d.transaction();
    }
    for (const char* sql : SchemaSql) {
        QSqlQuery q(d);
        if (!q.exec(QString::fromLatin1(sql))) {
            d.rollback();
            return sqlError(q);
        }
    }
    if (Status s = indexTicketNumbers(); !s) {
        d.rollback();
        return s;
    }
    if (Status s = scopeTicketsByCustomer(); !s) {
        d.rollback();
        return s;
    }
    if (!d.commit())
        return Error{tr("The server's database failed: %1").arg(d.lastError().text()), {}};
    return {};
}

Status ServerStore::indexTicketNumbers()
{
    // Once, for the tickets a server had before it kept their numbers: the first to hold a number keeps it.
    QSqlQuery done(db());
    if (!done.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'ticket_numbers'")))
        return sqlError(done);
    if (done.next())
        return {};
    // A page at a time, each read whole before its numbers are written (a connection runs one statement at a
    // time on PostgreSQL).
    qint64 largest = 0;
    for (qint64 after = -1;;) {
        QSqlQuery page(db());
        page.prepare(QStringLiteral("SELECT seq, id, state FROM records WHERE entity = 'ticket' AND seq > ? "
                                    "ORDER BY seq LIMIT 10000"));
        page.addBindValue(after);
        if (!page.exec())
            return sqlError(page);
        QList<std::pair<QString, QString>> numbers; // ticket id, number
        while (page.next()) {
            after = page.value(0).toLongLong();
            numbers.append({page.value(1).toString(), sync::RecordState::fromJson(parse(page.value(2).toString()))
                                                          .values.value(QLatin1String("number"))
                                                          .toString()});
        }
        page.finish();
        if (numbers.isEmpty())
            break;
        for (const auto& [ticket, number] : std::as_const(numbers)) {
            if (number.isEmpty())
                continue;
            if (Status s = execute(QStringLiteral("INSERT INTO ticket_numbers(number, ticket_id) VALUES(?, ?) "
                                                  "ON CONFLICT(number) DO NOTHING"),
                                   {number, ticket});
                !s)
                return s;
            largest = std::max(largest, Tickets::sequenceOf(number));
        }
    }
    if (Status s = execute(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number' AND value < ?"),
                           {largest, largest});
        !s)
        return s;
    return execute(QStringLiteral("INSERT INTO server_meta(key, value) VALUES('ticket_numbers', '1')"), {});
}

Status ServerStore::scopeTicketsByCustomer()
{
    QSqlQuery done(db());
    if (!done.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'customer_scope'")))
        return sqlError(done);
    if (done.next())
        return {};
    done.finish();
    // Once: the columns that say who sees a ticket's customer, then every ticket's values in them.
    const char* const columns[] = {
        "ALTER TABLE records ADD COLUMN customer_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE records ADD COLUMN customer_owner TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE records ADD COLUMN customer_team TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE records ADD COLUMN customer_owner_team TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX IF NOT EXISTS records_by_customer ON records(customer_id)",
        "ALTER TABLE evictions ADD COLUMN customer_owner TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE evictions ADD COLUMN customer_team TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE evictions ADD COLUMN customer_owner_team TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conflicts ADD COLUMN customer_owner TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conflicts ADD COLUMN customer_team TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE conflicts ADD COLUMN customer_owner_team TEXT NOT NULL DEFAULT ''",
    };
    for (const char* sql : columns) {
        QSqlQuery q(db()); // not prepared: PostgreSQL prepares no DDL
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(q);
    }
    // The tickets take new numbers, as a push would give them, so the laptops of those who now see them
    // receive them. The sequence row is locked until commit, as in a push.
    QSqlQuery seqRow(db());
    if (!seqRow.exec(QStringLiteral("UPDATE counters SET value = value WHERE name = 'seq'")) ||
        !seqRow.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")) || !seqRow.next())
        return sqlError(seqRow);
    const qint64 first = seqRow.value(0).toLongLong();
    seqRow.finish();
    qint64 seq = first;
    struct Ticket
    {
        QString id;
        sync::RecordState state;
        Scope scope;
    };
    // A page at a time, by id, each read whole before it is written.
    for (QString after = QStringLiteral("");;) { // not null: a null string binds as NULL
        QList<Ticket> tickets;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT id, state, %1 FROM records WHERE entity = 'ticket' AND id > ? ORDER BY id "
                                 "LIMIT 10000")
                      .arg(ScopeColumns));
        q.addBindValue(after);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            tickets << Ticket{q.value(0).toString(), sync::RecordState::fromJson(parse(q.value(1).toString())),
                              scopeAt(q, 2)};
        q.finish();
        if (tickets.isEmpty())
            break;
        after = tickets.constLast().id;
        for (const Ticket& t : std::as_const(tickets)) {
            const Scope now = scopeOf(QStringLiteral("ticket"), t.id, t.state, {});
            if (now == t.scope)
                continue;
            if (Status s = writeRecord(QStringLiteral("ticket"), t.id, t.state, now, ++seq); !s)
                return s;
            if (Status s = moveScope(QStringLiteral("ticket"), t.id, t.scope, now, seq); !s)
                return s;
        }
    }
    if (seq != first) {
        if (Status s = execute(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'"), {seq}); !s)
            return s;
    }
    return execute(QStringLiteral("INSERT INTO server_meta(key, value) VALUES('customer_scope', '1')"), {});
}

Status ServerStore::claimTicketNumber(const QString& id, bool isNew, const QString& author, sync::RecordState& state,
                                      QString& refused, QList<sync::Conflict>& renumbered)
{
    // Whether `number` is now this ticket's: taken when free, one statement in the usual case.
    auto claim = [&](const QString& number) -> Result<bool> {
        QSqlQuery& insert = prepared(QStringLiteral(
            "INSERT INTO ticket_numbers(number, ticket_id) VALUES(?, ?) ON CONFLICT(number) DO NOTHING"));
        insert.bindValue(0, number);
        insert.bindValue(1, id);
        if (!insert.exec())
            return sqlError(insert);
        if (insert.numRowsAffected() == 1)
            return true;
        QSqlQuery& holder = prepared(QStringLiteral("SELECT ticket_id FROM ticket_numbers WHERE number = ?"));
        holder.bindValue(0, number);
        if (!holder.exec())
            return sqlError(holder);
        const bool ours = holder.next() && holder.value(0).toString() == id;
        holder.finish();
        return ours;
    };
    const QString wanted = state.values.value(QLatin1String("number")).toString();
    Result<bool> claimed = claim(wanted);
    if (!claimed)
        return claimed.error();
    QString number = wanted;
    if (!*claimed) {
        if (!isNew) {
            refused = tr("The ticket number %1 is another ticket's.").arg(wanted);
            return {};
        }
        // A laptop numbered its new ticket while another did the same: this one gets the next free number,
        // stamped now so that it wins on every laptop, and a conflict tells its author the number it had.
        QSqlQuery& counter = prepared(QStringLiteral("SELECT value FROM counters WHERE name = 'ticket_number'"));
        if (!counter.exec() || !counter.next())
            return sqlError(counter);
        qint64 next = counter.value(0).toLongLong();
        counter.finish();
        do {
            number = Tickets::numberFor(++next);
            claimed = claim(number);
            if (!claimed)
                return claimed.error();
        } while (!*claimed);
        const QString stamp = m_clock->now().toString();
        sync::Conflict c;
        c.entity = QStringLiteral("ticket");
        c.recordId = id;
        c.field = QStringLiteral("number");
        c.keptValue = number;
        c.keptHlc = stamp;
        c.lostValue = wanted;
        c.lostHlc = state.stampOf(c.field);
        c.lostBy = author;
        c.reason = QString::fromLatin1(Tickets::NumberTakenReason);
        renumbered << c;
        state.values.insert(c.field, number);
        state.clocks.insert(c.field, stamp);
    } else if (!isNew) {
        // Its earlier number is free again.
        if (Status s =
                execute(QStringLiteral("DELETE FROM ticket_numbers WHERE ticket_id = ? AND number <> ?"), {id, number});
            !s)
            return s;
    }
    if (const qint64 n = Tickets::sequenceOf(number)) {
        QSqlQuery& largest =
            prepared(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number' AND value < ?"));
        largest.bindValue(0, n);
        largest.bindValue(1, n);
        if (!largest.exec())
            return sqlError(largest);
    }
    return {};
}

// ---- administration -------------------------------------------------------------------------

QString ServerStore::hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

Result<QString> ServerStore::writeAdminRecord(const QString& entity, const QJsonObject& values)
{
    // Administration writes through the same merge and sequence as a push, as the server itself.
    IdGenerator ids;
    const HlcTimestamp hlc = m_clock->now();
    sync::PushMutation m;
    m.mutationId = ids.next(hlc.millis);
    m.entity = entity;
    m.id = values.value(QLatin1StringView("id")).toString();
    if (m.id.isEmpty())
        m.id = ids.next(hlc.millis);
    m.op = QStringLiteral("create");
    m.hlc = hlc.toString();
    m.fields = values;
    m.fields.remove(QStringLiteral("id"));
    Principal server{QString(), QStringLiteral("server"), QStringLiteral("admin"), QString()};
    auto results = push(server, {m});
    if (!results)
        return results.error();
    const sync::PushResult& r = results->first();
    if (r.status != QLatin1String("applied"))
        return Error{r.reason, {}};
    return m.id;
}

QString ServerStore::teamIdByName(const QString& name)
{
    // Teams are few; their names live in the merged state, so they are compared here rather than in SQL.
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, state FROM records WHERE entity = 'team' AND deleted = 0"));
    while (q.next()) {
        const QJsonObject values = parse(q.value(1).toString()).value(QLatin1StringView("values")).toObject();
        if (values.value(QLatin1StringView("name")).toString() == name)
            return q.value(0).toString();
    }
    return {};
}

Result<QString> ServerStore::addTeam(const QString& name, const QString& kind)
{
    if (name.trimmed().isEmpty())
        return Error{tr("A team needs a name."), {}};
    if (!Schema::entity(EntityType::Team).field(u"kind")->enumeration->keys.contains(kind))
        return Error{tr("A team's kind is sales, service or marketing, not \"%1\".").arg(kind), {}};
    if (!teamIdByName(name).isEmpty())
        return Error{tr("A team named \"%1\" exists already.").arg(name), {}};
    return writeAdminRecord(QStringLiteral("team"), {{QStringLiteral("name"), name}, {QStringLiteral("kind"), kind}});
}

Result<QString> ServerStore::addUser(const QString& username, const QString& password, const QString& role,
                                     const QString& team, const QString& manager)
{
    if (username.trimmed().isEmpty() || username.size() > 64)
        return Error{tr("A user name must have 1 to 64 characters."), {}};
    if (!Schema::roles().keys.contains(role))
        return Error{tr("Unknown role \"%1\"; use rep, agent, manager or admin.").arg(role), {}};
    if (password.size() < 8)
        return Error{tr("The password must have at least 8 characters."), {}};
    QSqlDatabase d = db();
    {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT 1 FROM logins WHERE username = ?"));
        q.addBindValue(username);
        q.exec();
        if (q.next())
            return Error{tr("A user named \"%1\" exists already.").arg(username), {}};
    }
    QString teamId, managerId;
    if (!team.isEmpty()) {
        teamId = teamIdByName(team);
        if (teamId.isEmpty())
            return Error{tr("There is no team named \"%1\"; add it with: team add NAME").arg(team), {}};
    }
    if (!manager.isEmpty()) {
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT user_id FROM logins WHERE username = ?"));
        q.addBindValue(manager);
        q.exec();
        if (!q.next())
            return Error{tr("There is no user named \"%1\".").arg(manager), {}};
        managerId = q.value(0).toString();
    }
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return Error{tr("The password could not be hashed (out of memory)."), {}};
    QJsonObject values{{QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), username},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("active"), true}};
    if (!teamId.isEmpty())
        values.insert(QStringLiteral("team_id"), teamId);
    if (!managerId.isEmpty())
        values.insert(QStringLiteral("manager_id"), managerId);
    auto id = writeAdminRecord(QStringLiteral("user"), values);
    if (!id)
        return id;
    QSqlQuery q(d);
    q.prepare(QStringLiteral("INSERT INTO logins(user_id, username, password_hash) VALUES(?, ?, ?)"));
    q.addBindValue(*id);
    q.addBindValue(username);
    q.addBindValue(hash);
    if (!q.exec())
        return sqlError(q);
    return id;
}

Status ServerStore::setPassword(const QString& username, const QString& password)
{
    if (password.size() < 8)
        return Error{tr("The password must have at least 8 characters."), {}};
    return updateLogin(username, QStringLiteral("password_hash"), hashPassword(password), true);
}

Status ServerStore::setDisabled(const QString& username, bool disabled)
{
    return updateLogin(username, QStringLiteral("disabled"), disabled ? 1 : 0, disabled);
}

Status ServerStore::updateLogin(const QString& username, const QString& column, const QVariant& value,
                                bool revokeTokens)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return Error{tr("The server's database failed: %1").arg(d.lastError().text()), {}};
    // Whatever fails, the transaction ends here: a server's connection never carries one into the next request.
    auto rollback = [&](const Error& e) -> Status {
        d.rollback();
        return e;
    };
    QSqlQuery q(d);
    q.prepare(QStringLiteral("UPDATE logins SET %1 = ? WHERE username = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(username);
    if (!q.exec())
        return rollback(sqlError(q));
    if (q.numRowsAffected() == 0)
        return rollback(Error{tr("There is no user named \"%1\".").arg(username), {}});
    if (revokeTokens) {
        QSqlQuery revoke(d);
        revoke.prepare(
            QStringLiteral("DELETE FROM tokens WHERE user_id = (SELECT user_id FROM logins WHERE username = ?)"));
        revoke.addBindValue(username);
        if (!revoke.exec())
            return rollback(sqlError(revoke));
    }
    if (!d.commit())
        return rollback(Error{tr("The server's database failed: %1").arg(d.lastError().text()), {}});
    return {};
}

QJsonArray ServerStore::users()
{
    QHash<QString, QString> teams;
    QSqlQuery t(db());
    t.exec(QStringLiteral("SELECT id, state FROM records WHERE entity = 'team'"));
    while (t.next())
        teams.insert(t.value(0).toString(), parse(t.value(1).toString())
                                                 .value(QLatin1StringView("values"))
                                                 .toObject()
                                                 .value(QLatin1StringView("name"))
                                                 .toString());
    QJsonArray out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT l.username, l.disabled, r.state, l.user_id FROM logins l "
                          "JOIN records r ON r.entity = 'user' AND r.id = l.user_id ORDER BY l.username"));
    while (q.next()) {
        const QJsonObject v = parse(q.value(2).toString()).value(QLatin1StringView("values")).toObject();
        out.append(QJsonObject{{QStringLiteral("id"), q.value(3).toString()},
                               {QStringLiteral("username"), q.value(0).toString()},
                               {QStringLiteral("role"), v.value(QLatin1StringView("role"))},
                               {QStringLiteral("team"), teams.value(v.value(QLatin1StringView("team_id")).toString())},
                               {QStringLiteral("disabled"), q.value(1).toInt() != 0}});
    }
    return out;
}

// ---- sign-in ------------------------------------------------------------------------------------

bool ServerStore::throttled(const QString& key, qint64& retryAfter)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT until FROM throttle WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
    if (!q.next())
        return false;
    const qint64 until = q.value(0).toLongLong();
    if (until <= now())
        return false;
    retryAfter = std::max(retryAfter, (until - now() + 999) / 1000);
    return true;
}

void ServerStore::recordFailure(const QString& key)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT failures FROM throttle WHERE key = ?"));
    q.addBindValue(key);
    q.exec();
    const int failures = (q.next() ? q.value(0).toInt() : 0) + 1;
    q.finish(); // an unfinished read keeps SQLite's snapshot open and makes the write below fail
    // Free attempts first, then a wait that doubles with each further failure.
    const qint64 wait =
        failures < FreeAttempts ? 0 : std::min<qint64>(MaxLockMs, 1000LL << std::min(failures - FreeAttempts, 20));
    QSqlQuery up(db());
    up.prepare(QStringLiteral("INSERT INTO throttle(key, failures, until) VALUES(?, ?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, until = excluded.until"));
    up.addBindValue(key);
    up.addBindValue(failures);
    up.addBindValue(now() + wait);
    up.exec();
}

ServerStore::LoginResult ServerStore::login(const QString& username, const QString& password, const QString& address,
                                            const QString& device)
{
    LoginResult r;
    const QString userKey = QStringLiteral("user:") + username;
    const QString addressKey = QStringLiteral("address:") + address;
    qint64 retry = 0;
    if (throttled(userKey, retry) | throttled(addressKey, retry)) {
        r.outcome = LoginResult::Outcome::Throttled;
        r.retryAfterSeconds = retry;
        return r;
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT user_id, password_hash, disabled FROM logins WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec()) {
        qWarning("rapport-server: sign-in lookup failed: %s", qPrintable(q.lastError().text()));
        r.outcome = LoginResult::Outcome::Unavailable;
        return r;
    }
    const bool found = q.next();
    // Verify against a real hash even for an unknown name, so timing does not tell names apart.
    static const QString dummy = hashPassword(QStringLiteral("not a password of anyone"));
    const QByteArray hash = (found ? q.value(1).toString() : dummy).toLatin1();
    const bool disabled = found && q.value(2).toInt() != 0;
    const QString userId = found ? q.value(0).toString() : QString();
    q.finish(); // an unfinished read keeps SQLite's snapshot open and makes the writes below fail
    const QByteArray utf8 = password.toUtf8();
    const bool good = crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                               static_cast<unsigned long long>(utf8.size()))
                      == 0;
    if (!found || !good) {
        recordFailure(userKey);
        recordFailure(addressKey);
        return r;
    }
    if (disabled) {
        r.outcome = LoginResult::Outcome::Disabled;
        return r;
    }
    QSqlQuery clear(db());
    clear.prepare(QStringLiteral("DELETE FROM throttle WHERE key = ?"));
    clear.addBindValue(userKey);
    clear.exec();

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    r.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(raw, sizeof raw);
    r.expiresAt = now() + m_tokenLifetimeMs;
    QSqlQuery ins(db());
    ins.prepare(QStringLiteral("INSERT INTO tokens(token_hash, user_id, device, created_at, expires_at) "
                               "VALUES(?, ?, ?, ?, ?)"));
    ins.addBindValue(tokenHash(r.token));
    ins.addBindValue(userId);
    ins.addBindValue(device.left(64));
    ins.addBindValue(now());
    ins.addBindValue(r.expiresAt);
    if (!ins.exec()) {
        qWarning("rapport-server: storing a session failed: %s", qPrintable(ins.lastError().text()));
        r.token.clear();
        r.outcome = LoginResult::Outcome::Unavailable;
        return r;
    }
    auto p = authenticate(r.token);
    if (!p) {
        r.token.clear();
        r.outcome = LoginResult::Outcome::Unavailable;
        return r;
    }
    r.principal = *p;
    r.outcome = LoginResult::Outcome::Ok;
    return r;
}

std::optional<Principal> ServerStore::authenticate(const QString& token)
{
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT t.user_id, l.username, r.state FROM tokens t "
                             "JOIN logins l ON l.user_id = t.user_id "
                             "JOIN records r ON r.entity = 'user' AND r.id = t.user_id "
                             "WHERE t.token_hash = ? AND t.expires_at > ? AND l.disabled = 0"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(now());
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonObject v = parse(q.value(2).toString()).value(QLatin1StringView("values")).toObject();
    return Principal{q.value(0).toString(), q.value(1).toString(), v.value(QLatin1StringView("role")).toString(),
                     v.value(QLatin1StringView("team_id")).toString()};
}

Status ServerStore::logout(const QString& token)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"));
    q.addBindValue(tokenHash(token));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Status ServerStore::changePassword(const Principal& p, const QString& oldPassword, const QString& newPassword)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT password_hash FROM logins WHERE user_id = ?"));
    q.addBindValue(p.userId);
    q.exec();
    if (!q.next())
        return Error{tr("There is no user named \"%1\".").arg(p.username), {}};
    const QByteArray hash = q.value(0).toString().toLatin1();
    const QByteArray utf8 = oldPassword.toUtf8();
    if (crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) != 0)
        return Error{tr("The current password is wrong."), {}};
    return setPassword(p.username, newPassword);
}

// ---- records --------------------------------------------------------------------------------------

namespace {

QString cacheKey(const QString& entity, const QString& id)
{
    return entity + QLatin1Char('\n') + id;
}

} // namespace

ServerStore::Stored ServerStore::loadRecord(const QString& entity, const QString& id)
{
    if (m_pushCache) {
        const auto hit = m_pushCache->constFind(cacheKey(entity, id));
        if (hit != m_pushCache->cend())
            return *hit;
    }
    Stored s;
    QSqlQuery& q =
        prepared(QStringLiteral("SELECT state, %1 FROM records WHERE entity = ? AND id = ?").arg(ScopeColumns));
    q.bindValue(0, entity);
    q.bindValue(1, id);
    if (q.exec() && q.next()) {
        s.exists = true;
        s.state = sync::RecordState::fromJson(parse(q.value(0).toString()));
        s.scope = scopeAt(q, 1);
    }
    q.finish();
    if (m_pushCache)
        m_pushCache->insert(cacheKey(entity, id), s);
    return s;
}

Status ServerStore::preloadRecords(const QList<sync::PushMutation>& mutations)
{
    QSet<QString> wanted;
    QStringList ids;
    for (const sync::PushMutation& m : mutations) {
        wanted.insert(cacheKey(m.entity, m.id));
        if (!ids.contains(m.id))
            ids << m.id;
    }
    for (const QString& key : std::as_const(wanted))
        m_pushCache->insert(key, Stored{}); // not there unless found below
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT entity, id, state, %1 FROM records WHERE id IN (%2)")
                  .arg(ScopeColumns, marks.join(QLatin1Char(','))));
    for (int i = 0; i < ids.size(); ++i)
        q.bindValue(i, ids[i]);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const QString key = cacheKey(q.value(0).toString(), q.value(1).toString());
        if (!wanted.contains(key))
            continue;
        Stored s;
        s.exists = true;
        s.state = sync::RecordState::fromJson(parse(q.value(2).toString()));
        s.scope = scopeAt(q, 3);
        m_pushCache->insert(key, s);
    }
    return {};
}

QString ServerStore::teamOfUser(const QString& userId)
{
    if (userId.isEmpty())
        return {};
    const Stored u = loadRecord(QStringLiteral("user"), userId);
    return u.state.values.value(QLatin1StringView("team_id")).toString();
}

Scope ServerStore::scopeOf(const QString& entity, const QString& id, const sync::RecordState& state,
                           const QString& author)
{
    const QJsonObject& values = state.values;
    Scope s;
    const QString parent = parentField(entity);
    if (!parent.isEmpty()) {
        s.parentId = values.value(parent).toString();
        const EntityDef* def = Schema::byName(entity);
        const FieldDef* f = def ? def->field(parent) : nullptr;
        const Stored p = f ? loadRecord(Schema::entity(f->ref).name, s.parentId) : Stored{};
        if (p.exists) {
            const QString parentId = s.parentId;
            s = p.scope;
            s.parentId = parentId;
            s.customer.clear(); // the parent names the customer; a child follows the parent
            return s;
        }
        s.owner = author; // an orphan stays with whoever wrote it until its parent arrives
        s.ownerTeam = teamOfUser(author);
        return s;
    }
    if (entity == QLatin1String("user")) {
        s.owner = id;
        s.visibility = Scope::Public;
        s.team = values.value(QLatin1StringView("team_id")).toString();
        return s;
    }
    s.owner = values.value(ownerField(entity)).toString();
    s.team = values.value(QLatin1StringView("team_id")).toString();
    s.ownerTeam = teamOfUser(s.owner);
    s.visibility = isPublic(entity) ? Scope::Public : isAgentVisible(entity) ? Scope::AgentVisible : Scope::Owned;
    if (entity == QLatin1String("ticket")) {
        // The customer is the account, else the contact; whoever sees it sees its tickets.
        const QString account = values.value(QLatin1StringView("account_id")).toString();
        s.customer = !account.isEmpty() ? account : values.value(QLatin1StringView("contact_id")).toString();
        if (!s.customer.isEmpty()) {
            seeCustomer(
                s, loadRecord(account.isEmpty() ? QStringLiteral("contact") : QStringLiteral("account"), s.customer));
        } else if (!state.createdBy.isEmpty()) {
            // Without a customer, the one who opened it stands for the customer (and their manager with them):
            // a rep's ticket in the service team's queue stays theirs to follow.
            s.customerOwner = state.createdBy;
            s.customerOwnerTeam = teamOfUser(state.createdBy);
        }
    }
    return s;
}

void ServerStore::seeCustomer(Scope& s, const Stored& customer)
{
    const bool seen = customer.exists && !customer.state.deleted;
    s.customerOwner = seen ? customer.scope.owner : QString();
    s.customerTeam = seen ? customer.scope.team : QString();
    s.customerOwnerTeam = seen ? customer.scope.ownerTeam : QString();
}

Status ServerStore::writeRecord(const QString& entity, const QString& id, const sync::RecordState& state,
                                const Scope& scope, qint64 seq)
{
    const QVariantList row{entity,
                           id,
                           seq,
                           state.deleted ? 1 : 0,
                           compact(state.toJson()),
                           nn(scope.owner),
                           nn(scope.team),
                           nn(scope.ownerTeam),
                           nn(scope.parentId),
                           scope.visibility,
                           nn(scope.customer),
                           nn(scope.customerOwner),
                           nn(scope.customerTeam),
                           nn(scope.customerOwnerTeam)};
    if (m_pushCache) {
        // Within a push, rows are written together at the end (flushRecordWrites): one statement, not one
        // round trip per record while the sequence lock is held.
        const QString key = cacheKey(entity, id);
        m_pushCache->insert(key, Stored{true, state, scope});
        m_pendingWrites.insert(key, row);
        return {};
    }
    return upsertRecords({row});
}

Status ServerStore::flushRecordWrites()
{
    QList<QVariantList> rows = m_pendingWrites.values();
    m_pendingWrites.clear();
    constexpr int PerStatement = 100;
    for (qsizetype start = 0; start < rows.size(); start += PerStatement) {
        if (Status s = upsertRecords(rows.mid(start, PerStatement)); !s)
            return s;
    }
    return {};
}

Status ServerStore::upsertRecords(const QList<QVariantList>& rows)
{
    QStringList marks;
    marks.fill(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), rows.size());
    QSqlQuery& q = prepared(
        QStringLiteral(
            "INSERT INTO records(entity, id, seq, deleted, state, %1) "
            "VALUES %2 ON CONFLICT(entity, id) DO UPDATE SET seq = excluded.seq, "
            "deleted = excluded.deleted, state = excluded.state, scope_owner = excluded.scope_owner, "
            "scope_team = excluded.scope_team, owner_team = excluded.owner_team, parent_id = excluded.parent_id, "
            "visibility = excluded.visibility, customer_id = excluded.customer_id, "
            "customer_owner = excluded.customer_owner, customer_team = excluded.customer_team, "
            "customer_owner_team = excluded.customer_owner_team")
            .arg(ScopeColumns, marks.join(QStringLiteral(", "))));
    int i = 0;
    for (const QVariantList& row : rows)
        for (const QVariant& v : row)
            q.bindValue(i++, v);
    const bool ok = q.exec();
    q.finish(); // a kept statement left active would pin SQLite's WAL and let it grow without end
    if (!ok)
        return sqlError(q);
    return {};
}

Status ServerStore::moveScope(const QString& entity, const QString& id, const Scope& old, const Scope& now, qint64& seq)
{
    // Those who could see it and no longer can are told to let it go; when only its customer's viewers were added
    // (a ticket that gained a customer, a server filling the customer columns), nobody lost it.
    if (Status s = widened(old, now) ? Status{} : writeEviction(entity, id, old, ++seq); !s)
        return s;
    if (Status s = flushRecordWrites(); !s) // what follows it is read from the table
        return s;
    // Line items and entries follow their parent; a customer's tickets follow whoever sees the customer.
    struct Follower
    {
        QString entity, id;
        sync::RecordState state;
        Scope old;
        bool child;
    };
    QList<Follower> followers;
    const bool customer = (entity == QLatin1String("account") || entity == QLatin1String("contact")) &&
                          (old.owner != now.owner || old.team != now.team || old.ownerTeam != now.ownerTeam);
    for (const bool child : {true, false}) {
        if (!child && !customer)
            continue;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT entity, id, state, %1 FROM records WHERE %2 = ?")
                      .arg(ScopeColumns, child ? QLatin1String("parent_id") : QLatin1String("customer_id")));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            followers << Follower{q.value(0).toString(), q.value(1).toString(),
                                  sync::RecordState::fromJson(parse(q.value(2).toString())), scopeAt(q, 3), child};
    }
    for (const Follower& f : std::as_const(followers)) {
        Scope moved = f.old;
        if (f.child) {
            moved = now;
            moved.parentId = id;
            moved.customer.clear(); // the parent names the customer; a child follows the parent
        } else {
            seeCustomer(moved, Stored{true, {}, now});
        }
        if (moved == f.old)
            continue;
        if (Status s = writeRecord(f.entity, f.id, f.state, moved, ++seq); !s)
            return s;
        if (Status s = !f.child                ? moveScope(f.entity, f.id, f.old, moved, seq)
                       : widened(f.old, moved) ? Status{}
                                               : writeEviction(f.entity, f.id, f.old, ++seq);
            !s)
            return s;
    }
    return {};
}

Status ServerStore::writeEviction(const QString& entity, const QString& id, const Scope& old, qint64 seq)
{
    return execute(QStringLiteral("INSERT INTO evictions(seq, entity, id, scope_owner, scope_team, owner_team, "
                                  "visibility, customer_owner, customer_team, customer_owner_team) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {seq, entity, id, nn(old.owner), nn(old.team), nn(old.ownerTeam), old.visibility,
                    nn(old.customerOwner), nn(old.customerTeam), nn(old.customerOwnerTeam)});
}

Status ServerStore::writeConflict(sync::Conflict& c, const Scope& scope, qint64 seq)
{
    return execute(QStringLiteral("INSERT INTO conflicts(id, seq, entity, record_id, body, kept_by, lost_by, "
                                  "scope_owner, scope_team, owner_team, visibility, customer_owner, customer_team, "
                                  "customer_owner_team) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, body = excluded.body"),
                   {c.id, seq, c.entity, c.recordId, compact(c.toJson()), nn(c.keptBy), nn(c.lostBy), nn(scope.owner),
                    nn(scope.team), nn(scope.ownerTeam), scope.visibility, nn(scope.customerOwner),
                    nn(scope.customerTeam), nn(scope.customerOwnerTeam)});
}

sync::PushResult ServerStore::applyOne(const Principal& p, const sync::PushMutation& m, qint64& seq, bool& failed,
                                       Error& failure)
{
    sync::PushResult result;
    result.mutationId = m.mutationId;
    auto reject = [&](const QString& reason) {
        result.status = QStringLiteral("rejected");
        result.reason = reason;
        return result;
    };
    auto dbFail = [&](const Error& e) {
        failed = true;
        failure = e;
        return result;
    };

    // Clock: a stamp far ahead of the server's time is replaced, so a fast laptop clock never wins.
    HlcTimestamp stamp = HlcTimestamp::fromString(m.hlc);
    if (stamp.millis > now() + sync::MaxClockLeadMs) {
        stamp = m_clock->now();
        result.restamped = true;
    } else {
        m_clock->observe(stamp);
    }
    const QString hlc = stamp.toString();

    if (m.entity == QLatin1String("conflict")) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT body, scope_owner, scope_team, owner_team, visibility, kept_by, lost_by, "
                                 "customer_owner, customer_team, customer_owner_team FROM conflicts WHERE id = ?"));
        q.addBindValue(m.id);
        q.exec();
        if (!q.next())
            return reject(tr("There is no conflict with this id."));
        const Scope scope{q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), QString(),
                          q.value(4).toInt(),    QString(),
                          q.value(7).toString(), q.value(8).toString(),
                          q.value(9).toString()};
        if (!Access::canRead(p, scope) && q.value(5).toString() != p.userId && q.value(6).toString() != p.userId)
            return reject(tr("You may not see this conflict."));
        sync::Conflict c = sync::Conflict::fromJson(parse(q.value(0).toString()));
        if (!c.resolved) {
            c.resolved = true;
            if (Status s = writeConflict(c, scope, ++seq); !s)
                return dbFail(s.error());
        }
        result.status = QStringLiteral("applied");
        return result;
    }

    const Stored before = loadRecord(m.entity, m.id);
    if (before.exists && !Access::canWrite(p, m.entity, before.scope))
        return reject(Access::canRead(p, before.scope) ? tr("You may not change this record.")
                                                       : tr("This record does not exist or is not yours to see."));
    const QString author = p.userId;
    sync::RecordState state = before.state;
    const sync::MergeOutcome outcome =
        sync::merge(state, before.exists, m, hlc, author, [this] { return m_clock->now().toString(); });
    if (outcome.rejected)
        return reject(outcome.reason);

    // The merged record must be valid as a whole; the server holds it to the same rules as the desktop.
    const EntityDef& def = *Schema::byName(m.entity);
    if (outcome.changed && !state.deleted) {
        Record record(def.type, m.id);
        for (int i = 0; i < def.fields.size(); ++i) {
            const FieldDef& f = def.fields[i];
            if (!f.is(Derived) && state.values.contains(f.name))
                record.set(i, RecordJson::fromJson(f, state.values.value(f.name)));
        }
        const QList<FieldError> errors = Validator::validate(record);
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const FieldError& e : errors)
                lines << e.message;
            return reject(lines.join(QLatin1Char(' ')));
        }
    }

    const Scope scope = scopeOf(m.entity, m.id, state, author);
    if (!before.exists && !Access::canWrite(p, m.entity, scope))
        return reject(tr("You may not create this record for someone outside your scope."));

    QList<sync::Conflict> conflicts = outcome.conflicts;
    if (outcome.changed && !state.deleted && m.entity == QLatin1String("ticket") &&
        (!before.exists ||
         state.values.value(QLatin1String("number")) != before.state.values.value(QLatin1String("number")))) {
        QString refused;
        if (Status s = claimTicketNumber(m.id, !before.exists, author, state, refused, conflicts); !s)
            return dbFail(s.error());
        if (!refused.isEmpty())
            return reject(refused);
    }

    if (outcome.changed) {
        if (Status s = writeRecord(m.entity, m.id, state, scope, ++seq); !s)
            return dbFail(s.error());
        if (before.exists && !(before.scope == scope)) {
            if (Status s = moveScope(m.entity, m.id, before.scope, scope, seq); !s)
                return dbFail(s.error());
        }
    }
    for (sync::Conflict c : std::as_const(conflicts)) {
        c.id = IdGenerator().next(now());
        c.detectedAt = now();
        if (Status s = writeConflict(c, scope, ++seq); !s)
            return dbFail(s.error());
    }
    result.status = QStringLiteral("applied");
    result.conflicts = static_cast<int>(conflicts.size());
    return result;
}

Result<QList<sync::PushResult>> ServerStore::push(const Principal& p, const QList<sync::PushMutation>& mutations)
{
    if (mutations.isEmpty())
        return QList<sync::PushResult>{};
    QSqlDatabase d = db();
    if (!d.transaction())
        return Error{tr("The server's database failed: %1").arg(d.lastError().text()), {}};
    // What the push reads and writes is cached for its length; whatever happens, the cache goes with it.
    m_pushCache.emplace();
    const auto forget = qScopeGuard([this] {
        m_pushCache.reset();
        m_pendingWrites.clear();
    });
    auto rollback = [&](const Error& e) -> Result<QList<sync::PushResult>> {
        d.rollback();
        return e;
    };
    // Lock the sequence first: writers queue here, and each commits before the next takes numbers.
    // Everything else is read under the lock, in as few round trips as possible, since the lock is held
    // until commit.
    QSqlQuery lock(d);
    if (!lock.exec(QStringLiteral("UPDATE counters SET value = value WHERE name = 'seq'")))
        return rollback(sqlError(lock));
    QSqlQuery read(d);
    if (!read.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'")) || !read.next())
        return rollback(sqlError(read));
    const qint64 first = read.value(0).toLongLong();
    // A statement still open at COMMIT keeps a read snapshot that stops SQLite's checkpoint short of the
    // end, and the write-ahead log would then never restart: finish reads before writing.
    read.finish();
    qint64 seq = first;

    // Mutations applied before (a replay, or an answer that was lost) answer as they did then.
    QHash<QString, std::pair<QString, QString>> seen; // mutation id -> user, result
    {
        QStringList marks;
        marks.fill(QStringLiteral("?"), mutations.size());
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT mutation_id, user_id, result FROM mutations WHERE mutation_id IN (%1)")
                      .arg(marks.join(QLatin1Char(','))));
        for (int i = 0; i < mutations.size(); ++i)
            q.bindValue(i, mutations[i].mutationId);
        if (!q.exec())
            return rollback(sqlError(q));
        while (q.next())
            seen.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    if (Status s = preloadRecords(mutations); !s)
        return rollback(s.error());

    QList<sync::PushResult> results;
    QVariantList remembered; // mutation_id, user_id, result, at for each newly applied one
    for (const sync::PushMutation& m : mutations) {
        const auto earlier = seen.constFind(m.mutationId);
        if (earlier != seen.cend()) {
            sync::PushResult again = sync::PushResult::fromJson(parse(earlier->second));
            if (earlier->first != p.userId) {
                again = {};
                again.mutationId = m.mutationId;
                again.status = QStringLiteral("rejected");
                again.reason = tr("This mutation id was used by someone else.");
            } else if (again.status == QLatin1String("applied")) {
                again.status = QStringLiteral("duplicate");
            }
            results << again;
            continue;
        }
        bool failed = false;
        Error failure;
        const sync::PushResult r = applyOne(p, m, seq, failed, failure);
        if (failed)
            return rollback(failure);
        crashPoint("server-mid-transaction");
        if (!p.userId.isEmpty()) {
            remembered << m.mutationId << p.userId << compact(r.toJson()) << now();
            seen.insert(m.mutationId, {p.userId, compact(r.toJson())}); // the same id twice in one batch
        }
        results << r;
    }
    if (Status s = flushRecordWrites(); !s)
        return rollback(s.error());
    if (!remembered.isEmpty()) {
        QStringList rows;
        rows.fill(QStringLiteral("(?, ?, ?, ?)"), remembered.size() / 4);
        if (Status s = execute(QStringLiteral("INSERT INTO mutations(mutation_id, user_id, result, at) VALUES %1")
                                   .arg(rows.join(QStringLiteral(", "))),
                               remembered);
            !s)
            return rollback(s.error());
    }
    if (seq != first) {
        QSqlQuery up(d);
        up.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'"));
        up.addBindValue(seq);
        if (!up.exec())
            return rollback(sqlError(up));
    }
    if (!d.commit())
        return rollback(Error{tr("The server's database failed: %1").arg(d.lastError().text()), {}});
    crashPoint("server-after-commit");
    return results;
}

Result<QByteArray> ServerStore::pull(const Principal& p, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, sync::MaxPullPage);
    // One statement, so one snapshot and one round trip: the counter's value bounds every source, and
    // everything numbered up to it has committed (numbers are taken under a lock held to commit, and the
    // counter is written in the same transaction). Each source is read in sequence order up to `limit`;
    // the counter row comes last and says where an incomplete page ends.
    const QString top = QStringLiteral("(SELECT value FROM counters WHERE name = 'seq')");
    QVariantList binds{cursor};
    const QString records = QStringLiteral("SELECT seq, 0 AS kind, entity, id, state AS body FROM records WHERE seq > ? "
                                           "AND seq <= %1 AND %2 ORDER BY seq LIMIT ?")
                                .arg(top, Access::readFilter(p, QString(), binds));
    binds << limit << cursor;
    const QString evictionFilter = Access::readFilter(p, QStringLiteral("e."), binds);
    const QString stillVisible = Access::readFilter(p, QStringLiteral("r."), binds);
    const QString evictions =
        QStringLiteral("SELECT e.seq, 1 AS kind, e.entity, e.id, NULL AS body FROM evictions e JOIN records r ON "
                       "r.entity = e.entity AND r.id = e.id WHERE e.seq > ? AND e.seq <= %1 AND %2 AND NOT %3 "
                       "ORDER BY e.seq LIMIT ?")
            .arg(top, evictionFilter, stillVisible);
    binds << limit << cursor;
    const QString conflicts = QStringLiteral("SELECT seq, 2 AS kind, NULL AS entity, NULL AS id, body FROM conflicts "
                                             "WHERE seq > ? AND seq <= %1 AND (%2 OR kept_by = ? OR lost_by = ?) "
                                             "ORDER BY seq LIMIT ?")
                                  .arg(top, Access::readFilter(p, QString(), binds));
    binds << p.userId << p.userId << limit;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT * FROM (%1) a UNION ALL SELECT * FROM (%2) b UNION ALL SELECT * FROM (%3) c "
                             "UNION ALL SELECT value, 3, NULL, NULL, NULL FROM counters WHERE name = 'seq'")
                  .arg(records, evictions, conflicts));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    sync::PullPageWriter page;
    qint64 maxSeq = cursor;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        switch (q.value(1).toInt()) {
        case 0:
            page.addRecord(seq, q.value(2).toString(), q.value(3).toString(), q.value(4).toString().toUtf8());
            break;
        case 1:
            page.addEvict(seq, q.value(2).toString(), q.value(3).toString());
            break;
        case 2:
            page.addConflict(seq, q.value(4).toString().toUtf8());
            break;
        default:
            maxSeq = std::max(maxSeq, seq);
        }
    }
    q.finish();
    // Each source returned at most `limit` entries; a full page may have more beyond its last entry, and
    // the next page starts after it.
    const bool more = page.keepFirst(limit) || page.size() == limit;
    return page.toJson(more ? page.lastSeq() : maxSeq, more);
}

StorePool::StorePool(QString data, qint64 tokenLifetimeSeconds, int threads)
    : m_data(std::move(data))
    , m_tokenLifetime(tokenLifetimeSeconds)
{
    m_threads.setMaxThreadCount(std::max(1, threads));
    m_threads.setExpiryTimeout(-1); // a worker keeps its connection for the life of the server
}

StorePool::~StorePool()
{
    m_threads.waitForDone();
}

ServerStore* StorePool::local()
{
    if (!m_stores.hasLocalData()) {
        auto opened = ServerStore::open(m_data, QStringLiteral("rapport-worker-%1").arg(m_opened.fetchAndAddRelaxed(1)));
        if (!opened) {
            QMutexLocker lock(&m_mutex);
            m_error = opened.error().message;
            return nullptr;
        }
        (*opened)->setTokenLifetime(m_tokenLifetime);
        m_stores.setLocalData(opened->release());
    }
    return m_stores.localData();
}

QString StorePool::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace rapport::server

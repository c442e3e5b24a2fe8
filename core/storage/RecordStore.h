// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/HybridClock.h"
#include "domain/Ids.h"
#include "domain/Record.h"
#include "domain/Result.h"
#include "search/SearchIndex.h"
#include "storage/Normaliser.h"
#include "sync/SyncProtocol.h"

#include <QFuture>
#include <QObject>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace rapport {

class Database;

/// One requested change to one record.
struct Mutation
{
    enum class Op { Create, Update, Delete, Restore };
    Op op = Op::Update;
    Record record; ///< Create: the fields (id optional); Update: id and the changed fields; Delete: id
    /// An undo or redo putting back values the record had: rules that judge a move (the ticket workflow) let
    /// it through; the rules that follow from the values (stamps, clocks) still apply.
    bool restoring = false;

    static Mutation create(Record r) { return {Op::Create, std::move(r)}; }
    static Mutation update(Record r) { return {Op::Update, std::move(r)}; }
    static Mutation remove(EntityType type, const QString& id) { return {Op::Delete, Record(type, id)}; }
    /// Takes back a delete (undo): the tombstone becomes the record it was.
    static Mutation restore(EntityType type, const QString& id) { return {Op::Restore, Record(type, id)}; }
    /// Puts back earlier values of the fields present in `r` (undo, redo).
    static Mutation putBack(Record r) { return {Op::Update, std::move(r), true}; }
};

/// What a committed write did to one record; listeners refresh from these. An empty id means
/// "many records of this type changed" (bulk loads).
struct Change
{
    Mutation::Op op = Mutation::Op::Update;
    EntityType type = EntityType::Contact;
    QString id;
    QStringList fields;
};

/// The one write path for synced data (ARCHITECTURE.md, data rule 1). Each call is one SQLite
/// transaction that validates, writes the row, stamps each changed field with the device's hybrid
/// logical clock, appends to the outbox and the audit log, updates the search, phone and email
/// indexes, commits, and only then tells listeners. A failure anywhere rolls all of it back.
///
/// Lives on the thread of its Database connection (the GUI thread for the desktop's store).
class RecordStore : public QObject
{
    Q_OBJECT

    /// What the derived indexes (search, phone, email) hold for one record.
    struct IndexEntries
    {
        SearchDocument document;
        QStringList phones; ///< E.164
        QStringList emails; ///< lower case
        /// A contact's folded name (its sort key), indexed beside each of its addresses: the key, with the
        /// address's domain, of the duplicate rule "same name, same e-mail domain".
        QString nameKey;
        bool indexed = true; ///< false: the record is not indexed at all (it was merged into another)
        std::optional<Record> article; ///< an article, for the knowledge-base index
    };
    /// A new record after the pure, thread-safe part of the write path (validation, normalisation,
    /// derived fields, text encoded); what is left touches the database.
    struct Prepared
    {
        Record record;
        QList<FieldError> errors;
        QByteArray sortKey; ///< UTF-8
        IndexEntries index;
        std::vector<QByteArray> utf8; ///< each text field encoded, by field index; null for the rest
        bool checked = false;         ///< checkNew() has passed it already
    };

public:
    explicit RecordStore(Database& db, QObject* parent = nullptr);
    ~RecordStore() override;

    Database& database() { return m_db; }
    HybridClock& clock() { return *m_clock; }
    QString deviceId() const { return m_deviceId; }

    /// The user every write is attributed to (audit log, created_by).
    QString currentUserId() const { return m_userId; }
    Status setCurrentUserId(const QString& userId);
    /// The current user's team, looked up once per user; empty without one.
    QString currentUserTeam();
    /// Makes sure writes are attributed to someone: on a database that has no current user yet (a new
    /// local book, before any sign-in), creates a local administrator named after the OS account.
    Status ensureCurrentUser();
    /// Region for phone numbers typed without a country code (ISO 3166, e.g. "DE").
    void setDefaultRegion(const QString& region) { m_normaliser.setDefaultRegion(region); }
    QString defaultRegion() const { return m_normaliser.defaultRegion(); }

    /// Applies several mutations atomically: all of them or none.
    Result<QList<Change>> apply(const QList<Mutation>& mutations);
    /// Creates a record; returns its new id.
    Result<QString> create(const Record& record);
    /// Changes the fields present in `changes` (identified by its id). Unchanged values are skipped;
    /// a change that alters nothing writes nothing.
    Status update(const Record& changes);
    /// Deletes a record by turning it into a tombstone that syncs.
    Status remove(EntityType type, const QString& id);

    /// Validates and normalises a new `record` in place exactly as the write path does (phone numbers read
    /// in the default region, …; fields callers never set dropped) and returns what creating it would refuse.
    /// Thread-safe: imports check their rows on worker threads to report them before anything is written
    /// (and hand the checked records to BulkWriter::addChecked).
    QList<FieldError> checkNew(Record& record) const;

    /// Reads a whole record; nullopt when it does not exist (or is a tombstone, unless asked for).
    std::optional<Record> fetch(EntityType type, const QString& id, bool includeDeleted = false);
    /// Reads a whole record (tombstones too) through any connection, a reader thread's say.
    static std::optional<Record> read(Database& db, EntityType type, const QString& id);
    /// The payload of an outbox entry as it is pushed ({"fields": …, "hlc": …, …}): `stored` itself, or for
    /// a create, whose payload is stored empty, the values of the record it made with its creation clock.
    /// (A create stands for its record as stored; before anything changes the record, its values are
    /// written into the entry.) Empty if the record is not there.
    static QByteArray outboxPayload(Database& db, const QString& entity, const QString& recordId,
                                    const QByteArray& stored);
    /// The probability a deal entering `stage` gets: the company's setting (stage_setting records), else the
    /// stage's usual one.
    int stageProbability(const QString& stage);
    /// The forecast category a deal entering `stage` gets: closed, commit (negotiation), best case (proposal), else
    /// pipeline.
    static QString stageForecastCategory(QStringView stage);
    /// Reads the company's stage names (the latest setting of each stage) into Schema::setStageNames; done
    /// when the store opens and after every write that touches a stage setting, synced ones included.
    void refreshStageNames();
    /// The display title of a record ("Anna Müller", "Müller GmbH"), empty if unknown.
    QString titleOf(EntityType type, const QString& id);
    /// The records of a short list (teams, products, price books, service levels) as (id, title), by title: what
    /// a form offers to choose from. At most `limit`.
    QList<std::pair<QString, QString>> titles(EntityType type, int limit = 500);
    /// How many live customers and pieces of business (contacts, accounts, deals, tickets, orders) refer to
    /// any of `ids` through a reference field, per kind with at least one; the records `ids` themselves
    /// left out. What a delete would leave pointing at a tombstone. Each count is an index range.
    Result<QList<QPair<EntityType, qint64>>> dependants(EntityType type, const QStringList& ids);

    /// Options of a bulk load. Demo data is written without outbox and per-record audit entries
    /// (it never syncs; one audit entry records the load); imports keep both.
    struct BulkOptions
    {
        /// An outbox entry and an audit entry per record. A bulk load's audit entries say who created
        /// each record, when and on which device, without repeating its values (the record holds them,
        /// and later changes are audited field by field with the value they replaced); the load's own
        /// entry says what it was.
        bool journal = true;
        bool checkReferences = true; ///< verify referenced records exist
        bool applyRules = true;      ///< domain rules (stage history, closing dates)
        int batchSize = 20000;       ///< records per transaction
        QString auditNote;           ///< the bulk audit entry's text
        /// About how many records the load writes (0: unknown); a large load gets a page cache to match.
        qint64 expectedRecords = 0;
        /// A record that does not pass validation (or refers to a record that does not exist) is left out
        /// and listed in rejected() instead of failing the load; the checks run on the writer's workers.
        bool skipInvalid = false;
        /// Tables whose secondary indexes a large load builds once after its rows instead of row by row
        /// (one sorted pass per index), when it writes at least as many records as any of them holds and
        /// at least DeferIndexesFrom; `liveIndexes` are those the load reads while it runs (its lookups),
        /// which stay. The indexes are back when the load finishes or fails (or, should the process
        /// die, when the book is next opened).
        QStringList deferIndexesOf;
        QStringList liveIndexes;
        static constexpr qint64 DeferIndexesFrom = 10000;
    };
    class BulkWriter;
    /// Starts a bulk load: many creates in large transactions, committed in batches so a long load
    /// can resume after an interruption. Listeners hear of it once, when it finishes.
    std::unique_ptr<BulkWriter> beginBulk(const BulkOptions& options);

    /// Applies one page pulled from the server in one transaction, which also runs `inTransaction` (the
    /// caller stores its sync cursor there, so a page and its cursor commit together). Records merge field
    /// by field: a field takes the server's value when the server's stamp is newer, and keeps a local edit
    /// that is newer still (it is in the outbox and will be pushed). Evicted records leave the database;
    /// unpushed edits to them move to kept_edits for review. Conflicts are stored for review. Nothing is
    /// journaled: these changes come from the server.
    struct RemotePage
    {
        sync::PullPage page;
        std::vector<Prepared> records; ///< by change: the row a record becomes when it is new here
    };
    /// The CPU part of applying a pulled page, done ahead on any thread (the one that fetched it): each
    /// record converted from JSON and normalised as the row it becomes when it is new here. Reads nothing
    /// of this store but its normaliser's settings.
    RemotePage prepareRemote(sync::PullPage page) const;
    Result<QList<Change>> applyRemote(const RemotePage& page, const std::function<Status()>& inTransaction);
    /// Tells this store's listeners about changes another connection made to the same file (the sync
    /// thread's pulls), so lists refresh as after a local write.
    void announce(const QList<Change>& changes) { Q_EMIT changed(changes); }
    /// On the first sign-in to a server: what was written before it under the local placeholder user
    /// (ensureCurrentUser) becomes `userId`'s, in the rows and in the unpushed outbox entries (and is
    /// shared with `teamId` where it had no team), and the placeholder goes. Does nothing when the book
    /// never had a placeholder.
    Status adoptLocalRecords(const QString& userId, const QString& teamId);
    /// Erases a person (a contact or a lead) on request: every personal field blanked (the required name
    /// becomes "Erased"), then a tombstone, so the erase reaches every laptop through sync; the history
    /// of its fields in the audit log, its conflicts and kept edits go, and one audit entry records the
    /// erase. Unpushed changes to it go too, and when the server never had it, nothing is sent at all.
    Status erase(EntityType type, const QString& id);
    /// Merges duplicates: `others` (one or two contacts, or accounts) into `survivor`, in one transaction.
    /// The survivor takes the values present in `chosen` (each picked from any of the records); every
    /// record that refers to one of the others (activities, deals, tickets, orders, org-chart links,
    /// campaign memberships, …) is moved to the survivor; the others stay as hidden records pointing at
    /// it (merged_into), each with what the merge changed, so that it can be undone on any laptop. All of
    /// it is made of ordinary synced edits, so merges made on two laptops reconcile through sync. Audited.
    /// Returns how many records were moved to the survivor.
    Result<int> merge(EntityType type, const QString& survivor, const QStringList& others, const Record& chosen);
    /// Undoes the merge of `merged` (one of the others of a merge): it is shown again, the records moved
    /// away from it come back (those not changed since), and the survivor's fields it provided get their
    /// earlier values back (where nobody changed them since). Audited.
    Status unmerge(EntityType type, const QString& merged);
    /// The survivor's values a merge takes when nobody chooses: its own, empty ones filled from the
    /// others in order, and lists (email addresses, phone numbers, addresses, tags) joined.
    static Record defaultMergeChoice(const Record& survivor, const QList<Record>& others);
    /// Records in the audit log that what is held on a person was exported.
    Status auditExport(EntityType type, const QString& id);
    /// Marks a conflict as reviewed, here and (through the outbox) for everyone who sees it. Keeping the
    /// other value is an ordinary update() before this.
    Status resolveConflict(const QString& conflictId);
    /// Shifts this device's clock by `millis` (the server's time minus the wall clock), so that its stamps
    /// agree with the server's time even when the laptop's clock is off. Persisted.
    Status setClockOffset(qint64 millis);
    qint64 clockOffset() const { return m_clockOffset; }
    /// This device's wall-clock time as its clock reads it (with the offset), in epoch milliseconds.
    qint64 wallTime() const;

    /// A new id (UUIDv7) from this store's generator.
    QString newId() { return m_ids->next(m_clock->now().millis); }
    /// Replaces the clock's time source (reproducible demo data and tests).
    void setWallClock(HybridClock::WallClock wallClock);

Q_SIGNALS:
    /// Emitted after each successful commit.
    void changed(const QList<rapport::Change>& changes);

private:
    struct WriteOptions
    {
        bool journal = true;
        bool checkReferences = true;
        bool applyRules = true;
        /// Send the values an edit replaced (for the conflict review); an erase sends only their stamps.
        bool baseValues = true;
        /// Let an update change system fields (a merge sets merged_into); callers' updates never do.
        bool system = false;
        /// The audit entry of a creation holds the record's values (a bulk load's does not).
        bool auditValues = true;
        /// Refuse moves a rule does not allow (the ticket workflow); not for values put back by undo.
        bool judgeMoves = true;
    };
    static IndexEntries indexEntriesFor(const Record& record);

    void beginCreate(Record& record, bool applyRules);
    /// The pure part of a create, safe on any thread.
    void prepareCreate(Prepared& prepared) const;
    /// What stops a prepared record from being written: its errors, or (`references`) a reference to a record
    /// that does not exist.
    Status checkCreate(const Prepared& prepared, bool references);
    Status writeCreate(Prepared& prepared, const WriteOptions& options, QList<Change>& out);

    /// The end of every write: the clock persisted, the commit, then the listeners.
    Result<QList<Change>> commitAndNotify(class Transaction& tx, const QList<Change>& changes);
    Status applyOne(const Mutation& m, const WriteOptions& options, QList<Change>& out);
    Status insertRecord(Record& record, const WriteOptions& options, QList<Change>& out);
    Status updateRecord(const Record& changes, const WriteOptions& options, QList<Change>& out);
    Status deleteRecord(EntityType type, const QString& id, const WriteOptions& options, QList<Change>& out);
    Status restoreRecord(EntityType type, const QString& id, const WriteOptions& options, QList<Change>& out);

    Status checkReferences(const Record& record, const QList<int>& fields);
    /// One audit entry without values (an erase, an export).
    Status writeAuditEntry(const QString& entity, const QString& id, const QString& action,
                           const QString& newValue = {});
    Status applyRemoteRecord(const sync::PulledChange& change, const Prepared& fresh, QList<Change>& out);
    Status evict(const sync::PulledChange& change, QList<Change>& out);
    Status storeConflict(const sync::Conflict& conflict);
    void installClock();
    Status writeIndexEntries(EntityType type, qint64 rid, const IndexEntries& entries, bool isNew);
    /// After an edit of a stored record: its entries rewritten, unless they come out as before.
    Status reindex(EntityType type, qint64 rid, const Record& before, const Record& after);
    Status removeIndexEntries(EntityType type, qint64 rid);
    /// Display title of a record, remembering the last answer (bulk loads ask for the same account
    /// many times in a row).
    QString cachedTitle(EntityType type, const QString& id);
    Status reindexDependents(const Record& record);
    /// The fields a new record's journal entry carries: those with a value, and the tombstone flag.
    static QList<int> createdFields(const Record& record);
    /// `fields` of `record` as the outbox and the audit log hold them: a compact JSON object by field name.
    static QByteArray journalFields(const Record& record, const QList<int>& fields);
    /// The payload of `record`'s creation, stamped `hlcCreated`.
    static QByteArray createPayload(const Record& record, const QString& hlcCreated);
    /// Writes the values of `before` (the record as stored, made at `hlcCreated`) into its create entry if
    /// that still waits in the outbox as the record itself; called before the record's row changes.
    Status settleCreate(const Record& before, const QString& hlcCreated);
    /// Appends the change to the outbox (its payload: `changed`, the clock, `base`, `seen`; a create's is left
    /// empty, see outboxPayload) and the audit log (one entry per field of an update, with before's value;
    /// one entry for a create, holding `changed` when `auditValues`).
    Status journal(Mutation::Op op, const Record& record, const QList<int>& fields, const QByteArray& changed,
                   const HlcTimestamp& hlc, const Record* before, const QJsonObject& base = {},
                   const QString& seen = {}, bool auditValues = true);
    Status persistClock();
    Error databaseError(const QString& detail) const;
    std::optional<std::pair<qint64, Record>> load(EntityType type, const QString& id, QString* hlcFields = nullptr,
                                                  QString* hlcCreated = nullptr);

    Database& m_db;
    Normaliser m_normaliser;
    /// While a bulk load writes: where new records' full-text rows wait, to be written in rowid order before
    /// the transaction commits (SearchIndex::write); null otherwise.
    std::vector<SearchRow>* m_searchRows = nullptr;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<IdGenerator> m_ids;
    QString m_deviceId;
    QString m_userId;
    HlcTimestamp m_persistedClock;
    qint64 m_clockOffset = 0;
    HybridClock::WallClock m_baseWallClock; ///< the time source before the offset (tests replace it)
    HybridClock::WallClock m_wallTime;
    std::pair<QString, QString> m_userTeam; ///< (user id, their team id), looked up once
    std::array<std::unique_ptr<class SqlStatement>, 32> m_insertStatements;
    struct
    {
        EntityType type = EntityType::User;
        QString id;
        QString title;
    } m_lastTitle;
};

/// A bulk load in progress; see RecordStore::beginBulk. Records are validated and normalised in
/// chunks on worker threads while the calling thread writes the previous chunk, so a load keeps
/// both cores busy. A failing record stops the load; the error may surface on a later add().
class RecordStore::BulkWriter
{
public:
    ~BulkWriter();
    /// Queues one record; writes and commits earlier ones as chunks and batches fill up.
    Status add(Record record);
    /// Queues a record checkNew() has passed (on the caller's workers), so it is not checked again. The store
    /// adds what a create adds (id, owner and team); the caller may set a reference it has made sure of since
    /// (the account an import found or made), and nothing else.
    Status addChecked(Record record);
    /// Queues a change to an existing record (its id and the changed fields), written after the new
    /// records in the same transaction as the last batch.
    void update(Record changes) { m_updates.push_back(std::move(changes)); }
    /// Writes everything queued without committing, so that rejected() is complete while a load in one
    /// transaction (BulkOptions::batchSize) can still be abandoned: destroyed unfinished, it rolls back.
    Status flush();
    /// Writes everything queued, the bulk audit entry, commits and notifies listeners.
    Status finish();
    /// Records written so far.
    qint64 count() const { return m_count; }
    /// Records dealt with for good so far (the first committed() of those added, in order: committed, or
    /// rejected): what a failed or abandoned load of several batches leaves in the book.
    qint64 committed() const { return m_committed; }
    /// One record left out (BulkOptions::skipInvalid): its place among those added (0-based) and why.
    struct Rejected
    {
        qint64 index = 0;
        Error error;
    };
    /// The records left out so far, in the order they were added.
    const std::vector<Rejected>& rejected() const { return m_rejected; }

private:
    friend class RecordStore;
    BulkWriter(RecordStore& store, const BulkOptions& options);
    Status queue(Record record, bool checked);
    Status rotate();
    Status write(std::vector<Prepared>& chunk);
    /// Writes the waiting full-text rows, then commits the transaction.
    Status commit();
    Status fail(Error error);

    RecordStore& m_store;
    BulkOptions m_options;
    std::unique_ptr<class Transaction> m_tx;
    std::vector<Prepared> m_filling;
    std::vector<Prepared> m_preparing;
    QFuture<void> m_future;
    qint64 m_count = 0;    ///< written
    qint64 m_handled = 0;  ///< written or rejected: the place of the next record among those added
    qint64 m_committed = 0;
    std::vector<Rejected> m_rejected;
    int m_inBatch = 0;
    QList<EntityType> m_types;
    std::vector<Record> m_updates;
    std::vector<SearchRow> m_searchRows; ///< this transaction's new full-text rows (RecordStore::m_searchRows)
    std::optional<qint64> m_cacheSize;   ///< the connection's page cache before the load
    bool m_indexesDeferred = false;      ///< BulkOptions::deferIndexesOf: dropped, to build at the end
    std::optional<Error> m_error;
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::Change)

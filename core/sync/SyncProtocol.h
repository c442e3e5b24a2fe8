// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// The wire protocol between the desktop (SyncEngine) and rapport-server, described in
/// docs/sync-protocol.md. Both sides use these types and the merge rule, so they cannot drift apart.
namespace rapport::sync {

inline constexpr int ProtocolVersion = 1;
/// A stamp more than this far ahead of the server's clock is re-stamped by the server and flagged:
/// a fast laptop clock never wins a conflict.
inline constexpr qint64 MaxClockLeadMs = 60 * 1000;
inline constexpr int MaxPushBatch = 500;
inline constexpr int MaxPullPage = 5000;
/// Request bodies above this are refused (413) before they are read whole.
inline constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

/// One change pushed from a client's outbox. `base` holds, for each changed field, what the client had
/// before its edit ({"hlc": stamp, "value": value}); a server value with another stamp means someone else
/// changed the field concurrently. A delete carries `seen`: the newest stamp the client had on the record.
struct PushMutation
{
    QString mutationId;
    QString entity;
    QString id;
    QString op; ///< "create", "update" or "delete"
    QString hlc;
    QJsonObject fields;
    QJsonObject base;
    QString seen;

    QJsonObject toJson() const;
    /// Parses and checks shape (not permissions); a translated reason when it is malformed.
    static std::optional<PushMutation> fromJson(const QJsonValue& json, QString* error);
};

/// The server's answer to one pushed mutation.
struct PushResult
{
    QString mutationId;
    QString status; ///< "applied", "duplicate" (applied before) or "rejected"
    QString reason; ///< why it was rejected, in words
    int conflicts = 0;
    bool restamped = false;

    QJsonObject toJson() const;
    static PushResult fromJson(const QJsonObject& json);
};

/// The current state of a record as the server keeps it and sends it: values of every field, the stamp
/// of its creation and of each field changed since, and who made them.
struct RecordState
{
    QJsonObject values;
    QString created;      ///< stamp of the creation; every field not in `clocks` carries it
    QString createdBy;
    QJsonObject clocks;   ///< field -> stamp, fields changed since creation
    QJsonObject authors;  ///< field -> user id, fields changed since creation
    bool deleted = false;

    QString stampOf(const QString& field) const;
    QString authorOf(const QString& field) const;
    QJsonObject toJson() const;
    static RecordState fromJson(const QJsonObject& json);
};

/// A concurrent edit that lost (or a delete that beat an edit): both sides are kept so that both users
/// can review it and reverse it with an ordinary edit.
struct Conflict
{
    QString id;
    QString entity;
    QString recordId;
    QString field;
    QJsonValue keptValue;
    QString keptHlc;
    QString keptBy;
    QJsonValue lostValue;
    QString lostHlc;
    QString lostBy;
    QJsonValue beforeValue; ///< what the losing side edited from, when known
    QString reason;         ///< "concurrent_edit" or "deleted"
    qint64 detectedAt = 0;
    bool resolved = false;

    QJsonObject toJson() const;
    static Conflict fromJson(const QJsonObject& json);
};

/// One entry of a pull: a record's current state, an eviction (the record left the user's scope), or a
/// conflict record.
struct PulledChange
{
    enum class Kind { Record, Evict, Conflict };
    qint64 seq = 0;
    Kind kind = Kind::Record;
    QString entity;
    QString id;
    RecordState state;   ///< Record
    Conflict conflict;   ///< Conflict

    static std::optional<PulledChange> fromJson(const QJsonObject& json);
};

/// A page of changes after a cursor, in change-sequence order; `cursor` is where the next page starts.
struct PullPage
{
    QList<PulledChange> changes;
    qint64 cursor = 0;
    bool more = false;

    /// Reads what PullPageWriter writes.
    static std::optional<PullPage> fromJson(const QJsonObject& json);
};

/// A pull page written straight to its JSON, as the server sends it: each record's state and each
/// conflict is spliced in as stored (already RecordState and Conflict JSON), so a page of thousands of
/// records is never parsed and rebuilt. PullPage::fromJson reads what it writes.
class PullPageWriter
{
public:
    void addRecord(qint64 seq, const QString& entity, const QString& id, const QByteArray& stateJson);
    void addEvict(qint64 seq, const QString& entity, const QString& id);
    void addConflict(qint64 seq, const QByteArray& conflictJson);

    /// Keeps the `limit` entries with the lowest sequence numbers, in that order; true when some were cut.
    bool keepFirst(int limit);
    qsizetype size() const { return m_entries.size(); }
    qint64 lastSeq() const { return m_entries.isEmpty() ? 0 : m_entries.last().first; }

    QByteArray toJson(qint64 cursor, bool more) const;

private:
    QList<std::pair<qint64, QByteArray>> m_entries;
};

/// What merging one mutation into a record did.
struct MergeOutcome
{
    bool changed = false;
    bool rejected = false;
    QString reason;
    QStringList applied;
    QList<Conflict> conflicts; ///< without id and time; the caller assigns them
};

/// The field-level merge rule, the same everywhere: per field, the later hybrid-clock stamp wins; an
/// edit whose base is not the field's current stamp was concurrent, and the losing value is kept as a
/// conflict; a tombstone is never brought back by a late edit (the edit becomes a conflict); a delete
/// wins over concurrent edits, which become conflicts. `hlc` is the stamp to use (the mutation's, or the
/// server's re-stamp), `author` the pushing user; `freshStamp` gives a stamp later than any seen so far,
/// for the rare sequential edit whose own stamp is older than the value it replaces.
MergeOutcome merge(RecordState& state, bool exists, const PushMutation& mutation, const QString& hlc,
                   const QString& author, const std::function<QString()>& freshStamp);

} // namespace rapport::sync

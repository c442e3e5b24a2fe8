// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "domain/Schema.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace rapport {

class Database;
class RecordStore;
struct Caller;

/// Exit codes of rapport-cli: a contract scripts rely on.
enum ExitCode { Success = 0, Failed = 1, Usage = 2 };

/// What every command gets: the parsed global options, the database (opened on first use),
/// and output helpers that honour --json.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliContext(QString databasePath, bool json);
    ~CliContext();

    const QString& databasePath() const { return m_path; }
    bool json() const { return m_json; }

    /// Opens (creating and migrating) the database; prints the error and returns nullptr on failure.
    Database* database();
    /// The write path; unless told otherwise, makes sure a current user exists to attribute writes to.
    RecordStore* store(bool ensureUser = true);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    /// Prints a JSON document (compact, one line) to stdout.
    void printJson(const QJsonValue& value);
    /// Prints an error as "rapport-cli: message" (with field details) to stderr.
    int fail(const Error& error);
    int fail(const QString& message);
    int usage(const QString& message);

private:
    QString m_path;
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
};

struct CliCommand
{
    QString name;
    QString synopsis; ///< arguments, e.g. "TEXT [--limit N]"
    QString summary;  ///< translated one-liner
    std::function<int(CliContext&, const QStringList& args)> run;
};

/// Parses a command's own options; on error prints the usage message, sets `exitCode` and returns false.
bool parseCommandArgs(CliContext& ctx, QCommandLineParser& parser, const QString& command, const QStringList& args,
                      int& exitCode);

/// The id of the user called `name` (their user name), or the current user's for an empty name; prints why
/// not and returns nothing when there is no such user.
std::optional<QString> userIdByName(CliContext& ctx, RecordStore& store, const QString& name);

/// Who has the phone number a command was given (`lookup-phone`, `call`): parses NUMBER [--region CC], checks
/// both, and looks the caller up in any spelling. Nothing (and `exitCode` set, the reason printed) when the
/// arguments are wrong or the lookup fails.
std::optional<QList<Caller>> findCallers(CliContext& ctx, const QString& command, const QStringList& args,
                                                const QString& numberHelp, int& exitCode, QString* number = nullptr);

/// The id of the team called `name` (or with that id); prints why not and returns nothing when there is none.
std::optional<QString> teamIdByName(CliContext& ctx, RecordStore& store, const QString& name);

/// The id of the record a command names by its id or by its name (an account's, a campaign's; a person's "first
/// last"), any case; prints why not and returns nothing when there is none, or several of that name.
std::optional<QString> recordIdByName(CliContext& ctx, RecordStore& store, EntityType type, const QString& name);

/// All commands, in the order `rapport-cli --help` lists them. Command groups register here.
QList<CliCommand> cliCommands();
QList<CliCommand> coreCommands();
QList<CliCommand> ioCommands();
QList<CliCommand> syncCommands();
QList<CliCommand> calendarCommands();
QList<CliCommand> reportCommands();
QList<CliCommand> helpDeskCommands();
/// `import calendar FILE.ics` and `export calendar FILE.ics`, reached through import and export.
int importCalendar(CliContext& ctx, const QString& path, bool dryRun);
int exportCalendar(CliContext& ctx, const QString& path, const QString& from, const QString& to,
                   const QStringList& users);

/// Whether the command line prints (and so needs a QGuiApplication for fonts).
bool cliNeedsGui(const QStringList& arguments);

/// Parses the global options, dispatches to the command and returns the exit code.
int runCli(const QStringList& arguments);

} // namespace rapport

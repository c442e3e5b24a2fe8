// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Cli.h"

#include "search/CallerLookup.h"
#include "search/PhoneNumbers.h"

#include "Settings.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlStatement.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace rapport {

CliContext::CliContext(QString databasePath, bool json)
    : m_path(std::move(databasePath))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{}

CliContext::~CliContext()
{
    m_store.reset();
    m_db.reset();
}

Database* CliContext::database()
{
    if (!m_db) {
        auto opened = Database::open(m_path, QStringLiteral("cli"));
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_db = std::move(opened.value());
    }
    return m_db.get();
}

RecordStore* CliContext::store(bool ensureUser)
{
    if (!m_store) {
        Database* db = database();
        if (!db)
            return nullptr;
        m_store = std::make_unique<RecordStore>(*db);
        // The same default region as the desktop: the user's setting, else the system locale's.
        const QString region = Settings().phoneRegion();
        m_store->setDefaultRegion(region.isEmpty() ? Settings::systemRegion() : region);
    }
    if (ensureUser) {
        if (Status s = m_store->ensureCurrentUser(); !s) {
            fail(s.error());
            return nullptr;
        }
    }
    return m_store.get();
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CliContext::fail(const Error& error)
{
    if (m_json) {
        QJsonArray fields;
        for (const FieldError& f : error.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("message"), f.message}});
        QJsonObject o{{QStringLiteral("error"), error.message}};
        if (!fields.isEmpty())
            o.insert(QStringLiteral("fields"), fields);
        m_err << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        m_err << QStringLiteral("rapport-cli: ") << error.fullText() << Qt::endl;
    }
    return Failed;
}

int CliContext::fail(const QString& message)
{
    return fail(Error{message, {}});
}

int CliContext::usage(const QString& message)
{
    m_err << QStringLiteral("rapport-cli: ") << message << Qt::endl
          << tr("Run \"rapport-cli --help\" for the list of commands.") << Qt::endl;
    return Usage;
}

bool parseCommandArgs(CliContext& ctx, QCommandLineParser& parser, const QString& command, const QStringList& args,
                      int& exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("rapport-cli ") + command} + args)) {
        exitCode = ctx.usage(parser.errorText());
        return false;
    }
    return true;
}

std::optional<QString> userIdByName(CliContext& ctx, RecordStore& store, const QString& name)
{
    if (name.isEmpty())
        return store.currentUserId();
    auto st = store.database().statements().get(
        QStringLiteral("SELECT id FROM users WHERE username = ? AND deleted = 0"));
    st->bind(1, name);
    if (st->step() == SqlStatement::Step::Row)
        return st->text(0);
    ctx.fail(CliContext::tr("There is no user named \"%1\".").arg(name));
    return std::nullopt;
}

std::optional<QString> recordIdByName(CliContext& ctx, RecordStore& store, EntityType type, const QString& name)
{
    if (store.fetch(type, name))
        return name;
    const EntityDef& def = Schema::entity(type);
    auto st = store.database().statements().get(
        QStringLiteral("SELECT id FROM %1 WHERE display_title = ? COLLATE NOCASE AND deleted = 0 %2 LIMIT 6")
            .arg(def.table, def.mergeable ? QStringLiteral("AND merged_into IS NULL") : QString()));
    st->bind(1, name.trimmed());
    QStringList ids;
    while (st->step() == SqlStatement::Step::Row)
        ids << st->text(0);
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty())
        ctx.fail(CliContext::tr("%1: none has the id or name \"%2\".").arg(def.displayPluralLabel(), name));
    else
        ctx.fail(CliContext::tr("Several records are named \"%1\"; give the id of the one meant: %2.")
                     .arg(name, ids.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<QString> teamIdByName(CliContext& ctx, RecordStore& store, const QString& name)
{
    auto st = store.database().statements().get(
        QStringLiteral("SELECT id FROM teams WHERE (name = ? OR id = ?) AND deleted = 0"));
    st->bind(1, name);
    st->bind(2, name);
    if (st->step() == SqlStatement::Step::Row)
        return st->text(0);
    ctx.fail(CliContext::tr("There is no team named \"%1\".").arg(name));
    return std::nullopt;
}

std::optional<QList<Caller>> findCallers(CliContext& ctx, const QString& command, const QStringList& args,
                                         const QString& numberHelp, int& exitCode, QString* typed)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"),
                                    CliContext::tr("Country for numbers without a country code (ISO 3166, e.g. DE)."),
                                    QStringLiteral("CC"));
    parser.addOption(region);
    parser.addPositionalArgument(QStringLiteral("number"), numberHelp);
    if (!parseCommandArgs(ctx, parser, command, args, exitCode))
        return std::nullopt;
    const QString number = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (number.isEmpty()) {
        exitCode = ctx.usage(CliContext::tr("%1 needs a phone number.").arg(command));
        return std::nullopt;
    }
    if (!PhoneNumbers::looksLikePhoneNumber(number)) {
        exitCode =
            ctx.usage(CliContext::tr("\"%1\" is not a phone number: use digits, spaces and + ( ) - / . only.").arg(number));
        return std::nullopt;
    }
    const QString cc = parser.value(region).toUpper();
    if (parser.isSet(region) && (cc.size() != 2 || !cc.front().isLetter() || !cc.back().isLetter())) {
        exitCode = ctx.usage(CliContext::tr("--region needs a two-letter country code such as DE or US."));
        return std::nullopt;
    }
    RecordStore* store = ctx.store(false);
    if (!store) {
        exitCode = Failed;
        return std::nullopt;
    }
    auto callers = CallerLookup::find(store->database(), number, cc.isEmpty() ? store->defaultRegion() : cc);
    if (!callers) {
        exitCode = ctx.fail(callers.error());
        return std::nullopt;
    }
    if (typed)
        *typed = number;
    return *callers;
}

QList<CliCommand> cliCommands()
{
    return coreCommands() + ioCommands() + calendarCommands() + reportCommands() + helpDeskCommands() + syncCommands();
}

namespace {
QString helpText(const QList<CliCommand>& commands)
{
    QString text = CliContext::tr("Usage: rapport-cli [--db PATH] [--json] COMMAND [ARGUMENTS]\n\n"
                                  "Works on a Rapport database from the command line.\n\n"
                                  "Options:\n"
                                  "  --db PATH    the database file (default: the desktop's, %1)\n"
                                  "  --json       machine-readable output\n"
                                  "  --help       this text\n"
                                  "  --version    the program's version\n\n"
                                  "Commands:\n")
                       .arg(Settings::defaultDatabasePath());
    for (const CliCommand& c : commands)
        text += QStringLiteral("  %1 %2\n      %3\n").arg(c.name, c.synopsis, c.summary);
    text += CliContext::tr("\nExit codes: 0 success, 1 bad input or a failed operation, 2 wrong usage.\n");
    return text;
}
} // namespace

int runCli(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    QString dbPath = Settings().databasePath();
    if (dbPath.isEmpty())
        dbPath = Settings::defaultDatabasePath();
    bool json = false;
    const QList<CliCommand> commands = cliCommands();
    QTextStream out(stdout), err(stderr);

    // Global options come before the command; everything after it belongs to the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--db") || option.startsWith(QLatin1String("--db="))) {
            if (option.startsWith(QLatin1String("--db=")))
                dbPath = option.mid(5);
            else if (args.isEmpty())
                return CliContext(dbPath, json).usage(CliContext::tr("--db needs a file name."));
            else
                dbPath = args.takeFirst();
        } else if (option == QLatin1String("--help")) {
            out << helpText(commands);
            return Success;
        } else if (option == QLatin1String("--version")) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        } else {
            return CliContext(dbPath, json).usage(CliContext::tr("Unknown option %1.").arg(option));
        }
    }
    CliContext context(dbPath, json);
    if (args.isEmpty())
        return context.usage(CliContext::tr("No command given."));
    const QString name = args.takeFirst();
    for (const CliCommand& c : commands)
        if (c.name == name)
            return c.run(context, args);
    return context.usage(CliContext::tr("Unknown command \"%1\".").arg(name));
}

} // namespace rapport

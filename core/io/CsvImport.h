// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace rapport {

class RecordStore;

/// What a column of a CSV file means for a contact.
enum class CsvTarget : quint8 {
    Ignore,
    Id,       ///< the contact's id in this book (exported from Rapport): for updates
    FullName, ///< "Anna Maria Schmidt": split into first and last name
    FirstName,
    MiddleName, ///< joins the first name
    LastName,
    Salutation,
    JobTitle,
    Department,
    Company, ///< the account, found by name or made
    Email,
    EmailList, ///< several addresses in one cell, separated by ; or ,
    EmailKind, ///< the kind of the email address of the same group ("* Work", "Home")
    Phone,
    PhoneList,
    PhoneKind,
    Street,
    PostalCode,
    City,
    Region,
    Country,
    AddressKind,
    Birthday,
    Language,
    Notes,
    Tags,  ///< separated by ; , or " ::: " (Google)
    Owner, ///< the user the contact is given to: user name, e-mail address or display name
};

struct CsvColumn
{
    CsvTarget target = CsvTarget::Ignore;
    QString kind;  ///< Email, Phone, address parts: "work", "mobile", "home", …
    int group = 1; ///< which address, email or phone of the row (Google's "E-mail 2 - Value" is 2)

    bool operator==(const CsvColumn&) const = default;
};

/// Reads contacts from CSV files as Outlook, Google Contacts, spreadsheets and Rapport itself write them.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    enum class Mode { Create, Update, Upsert };
    enum class Match { Email, Phone, Id };

    struct Options
    {
        Mode mode = Mode::Create;
        Match match = Match::Email;
        std::optional<CsvFormat> format;            ///< unset: detected
        std::optional<QList<CsvColumn>> mapping;    ///< by column; unset: suggested from the header
        bool dryRun = false;                        ///< check everything, write nothing
        int rowLimit = 0;                           ///< stop after this many rows (a preview); 0: all
        bool checkDuplicates = true;                ///< warn of likely duplicates of new contacts
        int batchSize = 0; ///< records per transaction; 0: one transaction up to BatchFrom bytes, else BatchSize
        const std::atomic<bool>* cancel = nullptr;  ///< set from any thread: stop, write nothing
        std::function<void(qint64 done, qint64 total)> progress; ///< bytes read of the file
    };

    /// What happened to one row (every row in a preview; in a run, those with something to say).
    struct Row
    {
        enum class Action { Create, Update, Skip };
        int line = 0;
        Action action = Action::Skip;
        QString name;
        QString existingId;   ///< the contact it updates
        QStringList problems; ///< why it is skipped
        QStringList warnings; ///< imported, but worth a look (a likely duplicate, a country not recognised)
        QStringList values;   ///< the cells as read (previews only)
    };

    struct Report
    {
        CsvFormat format;
        QStringList headers;
        QList<CsvColumn> mapping;
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int accountsCreated = 0;
        int warnings = 0;
        bool cancelled = false;
        bool dryRun = false;
        /// A large file is written in batches: when it stops early (cancelled, or a write failed), the rows
        /// before this line are in the book and the rest is not. 0: nothing or everything was written.
        int stoppedAtLine = 0;
        QList<Row> rows;
    };

    /// The meaning of each column from its header, for the exports of Outlook, Google Contacts and
    /// Rapport (in English or German) and the usual names in spreadsheets.
    static QList<CsvColumn> suggestMapping(const QStringList& headers);
    /// What a target is called in the mapping dialog ("Email (work)").
    static QString describe(const CsvColumn& column);
    /// Every target the mapping dialog offers, in order.
    static QList<CsvColumn> choices();

    /// Reads the file and imports (or checks) its contacts; every row left out is reported with its line and
    /// why. A file of up to BatchFrom bytes is written in one transaction, so a failure or a cancel leaves
    /// the book as it was. A larger one is written in batches of BatchSize records (a transaction as large as
    /// a million contacts would slow every page read down); if it stops early, the report says from which
    /// line on nothing was written, and the same file imported again with create-or-update finishes it.
    static constexpr qint64 BatchFrom = 16 * 1024 * 1024;
    static constexpr int BatchSize = 20000;
    static Result<Report> run(RecordStore& store, QIODevice& file, const Options& options);
};

} // namespace rapport

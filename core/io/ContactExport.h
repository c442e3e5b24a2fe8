// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Result.h"
#include "storage/Campaigns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport {

class Database;

/// One contact as the exports see it: its own fields, the names of its account and its owner, and its
/// lists of addresses, phones and e-mails as stored (JSON arrays).
struct ExportedContact
{
    QString id, salutation, firstName, lastName, jobTitle, department, account, birthday, language, notes, owner;
    QJsonArray emails, phones, addresses;
    QStringList tags;
};

/// Writing contacts to other programs' formats. CSV (RFC 4180, UTF-8 with a byte-order mark so that
/// spreadsheet programs read the accents right) neutralises cells a spreadsheet would run as a formula;
/// vCard 4.0 (RFC 6350) escapes and folds as the standard says. Both write to a temporary file that
/// replaces the target only when complete: a failed export never leaves half a file.
class ContactExport
{
    Q_DECLARE_TR_FUNCTIONS(ContactExport)

public:
    enum class Format { Csv, VCard };
    /// The format a file name asks for (.csv, .vcf or .vcard); empty for anything else.
    static std::optional<Format> formatFor(const QString& path);

    /// Every contact (not deleted) to `path`; `ids` limits it to those. Returns how many were written.
    static Result<qint64> write(Database& db, const QString& path, Format format, const QStringList& ids = {});

    // The pieces, for tests and for one-person exports.
    static QString csvCell(const QString& value);
    static QStringList csvHeader();
    static QStringList csvRow(const ExportedContact& c);
    static QByteArray vcard(const ExportedContact& c);

    /// The people a campaign goes out to, as CSV for the company's mail tool (or the person phoning): salutation,
    /// names, company and language, then where the campaign reaches them (email, phone, or the postal address).
    static Status writeRecipients(const Campaigns::Plan& plan, const QString& path);
};

} // namespace rapport

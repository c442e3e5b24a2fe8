// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "io/ContactExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace rapport {

/// Something wrong in a vCard file, where it is.
struct VCardProblem
{
    int line = 0; ///< 1-based, the physical line where the card or property starts
    QString message;
    QString card; ///< who the card is about, as far as it says: a name, else an organisation or e-mail address
    int cardLine = 0; ///< where that card begins (it is left out); 0 for a line outside any card
};

struct VCardCard
{
    int line = 0; ///< where BEGIN:VCARD is
    QString uid;
    QString organisation; ///< ORG's first component
    ExportedContact contact;
};

/// vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) as address books write them: many cards per file, folded
/// lines, 2.1's quoted-printable values with their CHARSET, escaped commas, semicolons and line breaks,
/// TEL/EMAIL/ADR with their types, N, FN, ORG, TITLE, NOTE, BDAY, CATEGORIES, LANG, UID. Properties it
/// does not know (PHOTO, X-…) are skipped without losing the rest; a malformed line or card is reported
/// with its line number and the card left out.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    struct Result
    {
        QList<VCardCard> cards;
        QList<VCardProblem> problems;
    };
    static Result parse(const QByteArray& bytes);

private:
    /// A run of whole cards, its first line being `firstLine` of the file.
    static Result parsePiece(const QByteArray& bytes, int firstLine);
};

} // namespace rapport

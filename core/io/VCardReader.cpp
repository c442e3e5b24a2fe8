// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "VCardReader.h"

#include "domain/LocaleNames.h"
#include "domain/Validator.h"
#include "io/ContactText.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QStringDecoder>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace rapport {

namespace {

struct Line
{
    int number = 0;
    QByteArray text;
};

/// Physical lines joined into logical ones: a line starting with a space or tab continues the one before
/// (RFC 6350 §3.2), and in 2.1 a quoted-printable value ending in '=' continues on the next line.
QList<Line> logicalLines(const QByteArray& bytes, int firstLine)
{
    QList<Line> lines;
    int number = firstLine - 1;
    bool softBreak = false;
    for (QByteArray raw : bytes.split('\n')) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (!lines.isEmpty() && softBreak) {
            lines.last().text.chop(1); // the '='
            lines.last().text += raw;
        } else if (!lines.isEmpty() && (raw.startsWith(' ') || raw.startsWith('\t'))) {
            lines.last().text += raw.mid(1);
        } else if (!raw.trimmed().isEmpty()) {
            lines.append({number, raw});
        } else {
            continue;
        }
        const QByteArray& t = lines.last().text;
        softBreak = t.endsWith('=') && t.toUpper().contains("QUOTED-PRINTABLE");
    }
    return lines;
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += static_cast<char>(v);
                i += 2;
                continue;
            }
        }
        out += in[i];
    }
    return out;
}

/// RFC 6350 §3.4 unescaping of one text value.
QString unescape(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
            const QChar n = s[++i];
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += s[i];
        }
    }
    return out;
}

/// Splits at unescaped separators (';' between components, ',' between values), then unescapes.
QStringList split(const QString& s, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
            current += s[i];
            current += s[++i];
        } else if (s[i] == separator) {
            parts << unescape(current);
            current.clear();
        } else {
            current += s[i];
        }
    }
    parts << unescape(current);
    return parts;
}

struct Property
{
    QString name;
    QStringList types; ///< lower case: work, home, cell, voice, pref…
    QString value;     ///< decoded text, still escaped
};

std::optional<Property> property(const QByteArray& text)
{
    // NAME;PARAMS:VALUE, with quoted parameter values that may contain ':'.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '"')
            quoted = !quoted;
        else if (text[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    const QList<QByteArray> head = text.left(colon).split(';');
    Property p;
    p.name = QString::fromLatin1(head.first()).toUpper();
    if (const qsizetype dot = p.name.lastIndexOf(QLatin1Char('.')); dot >= 0)
        p.name = p.name.mid(dot + 1); // "item1.EMAIL" (Apple's groups)
    QByteArray value = text.mid(colon + 1);
    QByteArray charset = "UTF-8";
    bool qp = false;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArray param = head[i];
        const qsizetype eq = param.indexOf('=');
        const QByteArray key = (eq < 0 ? QByteArray("TYPE") : param.left(eq)).toUpper();
        QByteArray val = eq < 0 ? param : param.mid(eq + 1);
        val.replace('"', "");
        if (key == "ENCODING" && val.toUpper() == "QUOTED-PRINTABLE")
            qp = true;
        else if (eq < 0 && val.toUpper() == "QUOTED-PRINTABLE")
            qp = true;
        else if (key == "CHARSET")
            charset = val;
        else if (key == "TYPE")
            for (const QByteArray& t : val.split(','))
                p.types << QString::fromLatin1(t).toLower();
        else if (key == "PREF")
            p.types << QStringLiteral("pref");
    }
    if (qp)
        value = decodeQuotedPrintable(value);
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Latin1); // Windows-1252 and friends: Latin-1 is the closest Qt has
    p.value = decoder.decode(value);
    return p;
}

QString typeOf(const QStringList& types, const QStringList& allowed, const QString& fallback)
{
    for (const QString& t : types) {
        if (t == QLatin1String("cell"))
            return allowed.contains(QStringLiteral("mobile")) ? QStringLiteral("mobile") : fallback;
        if (allowed.contains(t))
            return t;
    }
    return fallback;
}

QString birthday(const QString& v)
{
    // vCard writes ISO dates, basic or extended; a date without a year ("--0517") is not kept.
    for (const char* format : {"yyyyMMdd", "yyyy-MM-dd"}) {
        const QDate d = QDate::fromString(v.left(QString::fromLatin1(format).size()), QString::fromLatin1(format));
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return {};
}

/// Where a large file can be cut so that each piece parses as the whole would: at a BEGIN:VCARD line right
/// after an END:VCARD line (a line at column 0 is never a folded continuation). Returns the offsets of the
/// pieces' starts, the first being 0; pieces of at least 256 KiB, about two per core.
std::vector<qsizetype> piecesOf(const QByteArray& bytes)
{
    std::vector<qsizetype> starts{0};
    constexpr qsizetype Minimum = 256 * 1024;
    const qsizetype wanted = std::max(1, 2 * QThread::idealThreadCount());
    const qsizetype step = std::max(Minimum, bytes.size() / wanted);
    static const QByteArrayView begin("BEGIN:VCARD"), end("END:VCARD");
    auto startsWithNoCase = [&](qsizetype at, QByteArrayView word) {
        return at + word.size() <= bytes.size() &&
               QByteArrayView(bytes.constData() + at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
    };
    qsizetype from = step;
    while (from < bytes.size()) {
        qsizetype at = bytes.indexOf('\n', from);
        qsizetype cut = -1;
        while (at >= 0 && cut < 0) {
            const qsizetype line = at + 1;
            if (startsWithNoCase(line, begin)) {
                // The line before: END:VCARD, with or without a carriage return.
                qsizetype previous = at;
                if (previous > 0 && bytes[previous - 1] == '\r')
                    --previous;
                if (previous >= end.size() && startsWithNoCase(previous - end.size(), end) &&
                    (previous == end.size() || bytes[previous - end.size() - 1] == '\n'))
                    cut = line;
            }
            if (cut < 0)
                at = bytes.indexOf('\n', line);
        }
        if (cut < 0)
            break;
        starts.push_back(cut);
        from = cut + step;
    }
    return starts;
}

} // namespace

VCardReader::Result VCardReader::parse(const QByteArray& input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    const std::vector<qsizetype> starts = piecesOf(bytes);
    if (starts.size() == 1)
        return parsePiece(bytes, 1);
    // Large files in pieces on all cores, joined in order.
    struct Piece
    {
        QByteArray bytes;
        int firstLine = 1;
    };
    std::vector<Piece> pieces;
    int line = 1;
    for (size_t i = 0; i < starts.size(); ++i) {
        const qsizetype from = starts[i], to = i + 1 < starts.size() ? starts[i + 1] : bytes.size();
        pieces.push_back({bytes.mid(from, to - from), line});
        line += static_cast<int>(pieces.back().bytes.count('\n'));
    }
    const std::vector<Result> parsed = QtConcurrent::blockingMapped<std::vector<Result>>(
        pieces, [](const Piece& p) { return parsePiece(p.bytes, p.firstLine); });
    Result result;
    for (const Result& r : parsed) {
        result.cards << r.cards;
        result.problems << r.problems;
    }
    return result;
}

VCardReader::Result VCardReader::parsePiece(const QByteArray& bytes, int firstLine)
{
    Result result;
    std::optional<VCardCard> card;
    bool broken = false;
    qsizetype cardProblems = 0; // where the problems of the card being read begin
    // Says whom the card's problems are about, once the whole card has been read.
    const auto nameProblems = [&] {
        const ExportedContact& c = card->contact;
        QString who = (c.firstName + QLatin1Char(' ') + c.lastName).trimmed();
        if (who.isEmpty())
            who = card->organisation;
        if (who.isEmpty() && !c.emails.isEmpty())
            who = c.emails.first().toObject().value(QLatin1String("address")).toString();
        for (qsizetype i = cardProblems; i < result.problems.size(); ++i) {
            result.problems[i].card = who;
            result.problems[i].cardLine = card->line;
        }
    };
    for (const Line& line : logicalLines(bytes, firstLine)) {
        const auto p = property(line.text);
        if (!p) {
            result.problems << VCardProblem{line.number, tr("This line is not a vCard property (NAME:value)."), {}, 0};
            broken = card.has_value();
            continue;
        }
        if (p->name == QLatin1String("BEGIN") && p->value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (card) {
                result.problems << VCardProblem{
                    card->line, tr("This card has no END:VCARD before the next one begins."), {}, 0};
                nameProblems();
            }
            cardProblems = result.problems.size();
            card = VCardCard{};
            card->line = line.number;
            broken = false;
            continue;
        }
        if (!card) {
            result.problems << VCardProblem{
                line.number, tr("This line is outside any card (BEGIN:VCARD … END:VCARD)."), {}, 0};
            continue;
        }
        ExportedContact& c = card->contact;
        const QString& v = p->value;
        if (p->name == QLatin1String("END")) {
            if (c.lastName.isEmpty() && c.firstName.isEmpty())
                result.problems << VCardProblem{card->line, tr("This card has no name (N or FN)."), {}, 0};
            else if (!broken)
                result.cards << *card;
            nameProblems();
            card.reset();
        } else if (p->name == QLatin1String("N")) {
            const QStringList n = split(v, QLatin1Char(';'));
            c.lastName = n.value(0).trimmed();
            c.firstName = QStringList{n.value(1), n.value(2)}.join(QLatin1Char(' ')).trimmed();
            c.salutation = n.value(3).trimmed();
        } else if (p->name == QLatin1String("FN")) {
            if (c.lastName.isEmpty() && c.firstName.isEmpty()) {
                const QString full = unescape(v).trimmed();
                const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
                c.firstName = space > 0 ? full.left(space) : QString();
                c.lastName = space > 0 ? full.mid(space + 1) : full;
            }
        } else if (p->name == QLatin1String("ORG")) {
            const QStringList org = split(v, QLatin1Char(';'));
            card->organisation = org.value(0).trimmed();
            c.department = org.value(1).trimmed();
        } else if (p->name == QLatin1String("TITLE")) {
            c.jobTitle = unescape(v).trimmed();
        } else if (p->name == QLatin1String("EMAIL")) {
            const QString address = unescape(v).trimmed();
            if (!address.isEmpty())
                c.emails.append(QJsonObject{{QStringLiteral("type"),
                                             typeOf(p->types, {QStringLiteral("work"), QStringLiteral("home")},
                                                    QStringLiteral("other"))},
                                            {QStringLiteral("address"), address}});
        } else if (p->name == QLatin1String("TEL")) {
            QString number = unescape(v).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            if (!number.isEmpty())
                c.phones.append(QJsonObject{
                    {QStringLiteral("type"), typeOf(p->types,
                                                    {QStringLiteral("work"), QStringLiteral("home"), QStringLiteral("mobile"),
                                                     QStringLiteral("fax")},
                                                    QStringLiteral("other"))},
                    {QStringLiteral("number"), number}});
        } else if (p->name == QLatin1String("ADR")) {
            const QStringList a = split(v, QLatin1Char(';'));
            QJsonObject address{{QStringLiteral("type"), typeOf(p->types, {QStringLiteral("work"), QStringLiteral("home")},
                                                               QStringLiteral("other"))}};
            QStringList lines; // post office box, extended address, street: the non-empty ones
            for (int k = 0; k < 3; ++k)
                if (!a.value(k).trimmed().isEmpty())
                    lines << a.value(k).trimmed();
            const QString street = lines.join(QStringLiteral(", "));
            const QList<std::pair<const char*, QString>> parts{{"street", street},
                                                               {"city", a.value(3).trimmed()},
                                                               {"region", a.value(4).trimmed()},
                                                               {"postal_code", a.value(5).trimmed()},
                                                               {"country", LocaleNames::countryCode(a.value(6))}};
            for (const auto& [key, text] : parts)
                if (!text.isEmpty())
                    address.insert(QLatin1String(key), text);
            if (address.size() > 1)
                c.addresses.append(address);
        } else if (p->name == QLatin1String("BDAY")) {
            c.birthday = birthday(unescape(v).trimmed());
        } else if (p->name == QLatin1String("NOTE")) {
            c.notes = unescape(v);
        } else if (p->name == QLatin1String("CATEGORIES")) {
            for (const QString& t : split(v, QLatin1Char(',')))
                if (!t.trimmed().isEmpty())
                    c.tags << t.trimmed();
        } else if (p->name == QLatin1String("LANG")) {
            c.language = Validator::languageTag(unescape(v)); // empty when it is no language tag
        } else if (p->name == QLatin1String("UID")) {
            card->uid = unescape(v).trimmed();
        }
        // Everything else (VERSION, PHOTO, URL, X-…) is not kept, and costs the rest nothing.
    }
    if (card) {
        result.problems << VCardProblem{card->line, tr("This card has no END:VCARD."), {}, 0};
        nameProblems();
    }
    return result;
}

} // namespace rapport

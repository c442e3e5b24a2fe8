// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ContactExport.h"

#include "domain/RichText.h"
#include "domain/Schema.h"
#include "search/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rapport {

namespace {

QString label(const char* field)
{
    const EntityDef& def = Schema::entity(EntityType::Contact);
    const FieldDef* f = def.field(QString::fromLatin1(field));
    return f ? f->displayLabel() : QString::fromLatin1(field);
}

/// The values of one key across a JSON list ("address" of every e-mail).
QStringList values(const QJsonArray& list, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : list) {
        const QString s = v.toObject().value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

/// RFC 6350 §3.4: backslash, comma, semicolon and line breaks escaped in a text value.
QString vtext(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

/// RFC 6350 §3.2: lines longer than 75 octets continue on the next line after CRLF and a space, never
/// inside a UTF-8 sequence.
void appendFolded(QByteArray& out, const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
            --cut; // not in the middle of a character
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

QString typeParam(const QJsonObject& o)
{
    const QString type = o.value(QLatin1String("type")).toString();
    if (type.isEmpty() || type == QLatin1String("other"))
        return {};
    if (type == QLatin1String("mobile"))
        return QStringLiteral(";TYPE=cell");
    return QStringLiteral(";TYPE=") + type;
}

const char* const ContactColumns =
    "SELECT c.rid, c.id, c.salutation, c.first_name, c.last_name, c.job_title, c.department, a.name, "
    "c.birthday, c.language, c.notes, c.emails, c.phones, c.addresses, c.tags, u.display_name "
    "FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id LEFT JOIN users u ON u.id = c.owner_id "
    "WHERE c.deleted = 0 AND c.merged_into IS NULL ";

ExportedContact contactFrom(SqlStatement& st)
{
    auto array = [&](int column) { return QJsonDocument::fromJson(st.text(column).toUtf8()).array(); };
    ExportedContact c;
    c.id = st.text(1);
    c.salutation = st.text(2);
    c.firstName = st.text(3);
    c.lastName = st.text(4);
    c.jobTitle = st.text(5);
    c.department = st.text(6);
    c.account = st.text(7);
    c.birthday = st.text(8);
    c.language = st.text(9);
    c.notes = RichText::toPlainText(st.text(10)); // a vCard or a spreadsheet shows no markup
    c.emails = array(11);
    c.phones = array(12);
    c.addresses = array(13);
    for (const QJsonValue& t : array(14))
        c.tags << t.toString();
    c.owner = st.text(15);
    return c;
}

} // namespace

std::optional<ContactExport::Format> ContactExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return Format::VCard;
    return std::nullopt;
}

QString ContactExport::csvCell(const QString& value)
{
    QString v = value;
    // A cell starting like a formula would run as one in a spreadsheet (=HYPERLINK(…), +cmd|…): a leading
    // apostrophe makes it text, as spreadsheets themselves do. A phone number ("+49 30 1234567") has
    // nothing a formula could call and stays as it is.
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()) && !PhoneNumbers::looksLikePhoneNumber(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char(';')) || v.startsWith(QLatin1Char(' ')))
        return QLatin1Char('"') + v.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return v;
}

QStringList ContactExport::csvHeader()
{
    return {QStringLiteral("ID"), label("salutation"), label("first_name"), label("last_name"), label("job_title"),
            label("department"),  label("account_id"), tr("Email"),         tr("Other emails"), tr("Phone"),
            tr("Other phones"),   tr("Street"),        tr("Postal code"),   tr("City"),         tr("Region"),
            tr("Country"),        label("birthday"),   label("language"),   label("tags"),      label("notes"),
            label("owner_id")};
}

QStringList ContactExport::csvRow(const ExportedContact& c)
{
    const QStringList emails = values(c.emails, "address");
    // Numbers as typed, unless they were typed without their country: then in international form, which
    // reads the same in any other program and region ("0231 5619760" in Dortmund is "+49 231 5619760").
    QStringList phones;
    for (const QJsonValue& v : c.phones) {
        const QJsonObject o = v.toObject();
        const QString typed = o.value(QLatin1String("number")).toString();
        const QString e164 = o.value(QLatin1String("e164")).toString();
        phones << (typed.startsWith(QLatin1Char('+')) || e164.isEmpty() ? typed : PhoneNumbers::international(e164));
    }
    const QJsonObject address = c.addresses.isEmpty() ? QJsonObject() : c.addresses.first().toObject();
    auto part = [&](const char* key) { return address.value(QLatin1String(key)).toString(); };
    return {c.id,
            c.salutation,
            c.firstName,
            c.lastName,
            c.jobTitle,
            c.department,
            c.account,
            emails.value(0),
            emails.mid(1).join(QStringLiteral("; ")),
            phones.value(0),
            phones.mid(1).join(QStringLiteral("; ")),
            part("street"),
            part("postal_code"),
            part("city"),
            part("region"),
            part("country"),
            c.birthday,
            c.language,
            c.tags.join(QStringLiteral("; ")),
            c.notes,
            c.owner};
}

QByteArray ContactExport::vcard(const ExportedContact& c)
{
    QByteArray out;
    auto line = [&](const QString& text) { appendFolded(out, text); };
    line(QStringLiteral("BEGIN:VCARD"));
    line(QStringLiteral("VERSION:4.0"));
    line(QStringLiteral("UID:urn:uuid:") + c.id);
    const QString full = QStringList{c.firstName, c.lastName}.join(QLatin1Char(' ')).trimmed();
    line(QStringLiteral("FN:") + vtext(full.isEmpty() ? c.account : full));
    line(QStringLiteral("N:%1;%2;;%3;").arg(vtext(c.lastName), vtext(c.firstName), vtext(c.salutation)));
    if (!c.account.isEmpty() || !c.department.isEmpty())
        line(QStringLiteral("ORG:%1%2").arg(vtext(c.account),
                                            c.department.isEmpty() ? QString() : QLatin1Char(';') + vtext(c.department)));
    if (!c.jobTitle.isEmpty())
        line(QStringLiteral("TITLE:") + vtext(c.jobTitle));
    int pref = 1;
    for (const QJsonValue& v : c.emails) {
        const QJsonObject o = v.toObject();
        line(QStringLiteral("EMAIL%1%2:%3")
                 .arg(typeParam(o), pref == 1 ? QStringLiteral(";PREF=1") : QString(),
                      vtext(o.value(QLatin1String("address")).toString())));
        ++pref;
    }
    pref = 1;
    for (const QJsonValue& v : c.phones) {
        const QJsonObject o = v.toObject();
        const QString e164 = o.value(QLatin1String("e164")).toString();
        const QString prefix = QStringLiteral("TEL%1%2").arg(typeParam(o), pref == 1 ? QStringLiteral(";PREF=1") : QString());
        if (!e164.isEmpty())
            line(prefix + QStringLiteral(";VALUE=uri:tel:") + e164);
        else
            line(prefix + QStringLiteral(";VALUE=text:") + vtext(o.value(QLatin1String("number")).toString()));
        ++pref;
    }
    for (const QJsonValue& v : c.addresses) {
        const QJsonObject o = v.toObject();
        auto part = [&](const char* key) { return vtext(o.value(QLatin1String(key)).toString()); };
        line(QStringLiteral("ADR%1:;;%2;%3;%4;%5;%6")
                 .arg(typeParam(o), part("street"), part("city"), part("region"), part("postal_code"), part("country")));
    }
    const QDate birthday = QDate::fromString(c.birthday, Qt::ISODate);
    if (birthday.isValid())
        line(QStringLiteral("BDAY:") + birthday.toString(QStringLiteral("yyyyMMdd")));
    if (!c.language.isEmpty())
        line(QStringLiteral("LANG:") + vtext(c.language));
    if (!c.tags.isEmpty()) {
        QStringList escaped;
        for (const QString& t : c.tags)
            escaped << vtext(t);
        line(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    }
    if (!c.notes.isEmpty())
        line(QStringLiteral("NOTE:") + vtext(c.notes));
    line(QStringLiteral("END:VCARD"));
    return out;
}

Result<qint64> ContactExport::write(Database& db, const QString& path, Format format, const QStringList& ids)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    auto put = [&](const QByteArray& bytes) { return file.write(bytes) == bytes.size(); };
    bool ok = true;
    if (format == Format::Csv) {
        QStringList header;
        for (const QString& h : csvHeader())
            header << csvCell(h);
        ok = put(QByteArray("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    }
    qint64 written = 0;
    auto writeOne = [&](SqlStatement& st) {
        const ExportedContact c = contactFrom(st);
        if (format == Format::Csv) {
            QStringList cells;
            for (const QString& v : csvRow(c))
                cells << csvCell(v);
            ok = ok && put(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
        } else {
            ok = ok && put(vcard(c));
        }
        ++written;
    };
    if (!ids.isEmpty()) {
        SqlStatement st(db.handle(), QString::fromLatin1(ContactColumns) + QStringLiteral("AND c.id = ?"));
        for (const QString& id : ids) {
            st.reset();
            st.bind(1, id);
            if (st.step() == SqlStatement::Step::Row)
                writeOne(st);
        }
    } else {
        // In pages by row id, so a million contacts never sit in memory at once.
        SqlStatement st(db.handle(),
                        QString::fromLatin1(ContactColumns) + QStringLiteral("AND c.rid > ? ORDER BY c.rid LIMIT 2000"));
        qint64 after = 0;
        for (;;) {
            st.reset();
            st.bind(1, after);
            int page = 0;
            SqlStatement::Step step;
            while ((step = st.step()) == SqlStatement::Step::Row) {
                after = st.int64(0);
                writeOne(st);
                ++page;
            }
            if (step == SqlStatement::Step::Error)
                return Error{tr("The contacts could not be read: %1").arg(st.errorText()), {}};
            if (page == 0)
                break;
        }
    }
    if (!ok || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return written;
}

Status ContactExport::writeRecipients(const Campaigns::Plan& plan, const QString& path)
{
    QStringList header{label("salutation"), label("first_name"), label("last_name"), label("account_id"),
                       label("language")};
    const bool post = plan.channel == QLatin1String("post");
    if (post)
        header << tr("Street") << tr("Postal code") << tr("City") << tr("Country");
    else
        header << (plan.channel == QLatin1String("email") ? tr("Email") : tr("Phone"));
    QByteArray out("\xEF\xBB\xBF");
    auto row = [&out](const QStringList& values) {
        QStringList cells;
        for (const QString& v : values)
            cells << csvCell(v);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    row(header);
    for (const Campaigns::Recipient& r : plan.recipients) {
        QStringList values{r.salutation, r.firstName, r.lastName, r.account, r.language};
        if (post)
            values << r.street << r.postalCode << r.city << r.country;
        else
            values << (plan.channel == QLatin1String("email") ? r.email : r.phone);
        row(values);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Spreadsheet.h"

#include "domain/Money.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace rapport {

Status Spreadsheet::write(const QString& path, const QString& sheet, const QList<Column>& columns,
                          const QList<QVariantList>& rows)
{
    // Written beside the target and moved into place: a reader never sees half a workbook.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    lxw_workbook* book = workbook_new(QFile::encodeName(part).constData());
    if (!book)
        return Error{tr("%1 cannot be written: the folder is not writable.").arg(path), {}};
    lxw_worksheet* ws = workbook_add_worksheet(book, sheet.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    QList<lxw_format*> formats;
    for (const Column& c : columns) {
        lxw_format* f = nullptr;
        if (c.kind == Column::Kind::Money) {
            f = workbook_add_format(book);
            const int digits = Money::minorDigits(c.currency);
            const QString pattern = (digits > 0 ? QStringLiteral("#,##0.") + QString(digits, QLatin1Char('0'))
                                                : QStringLiteral("#,##0")) +
                                    QStringLiteral(" \"%1\"").arg(c.currency);
            format_set_num_format(f, pattern.toUtf8().constData());
        } else if (c.kind == Column::Kind::Integer) {
            f = workbook_add_format(book);
            format_set_num_format(f, "#,##0");
        } else if (c.kind == Column::Kind::Decimal) {
            f = workbook_add_format(book);
            format_set_num_format(f, "#,##0.0");
        } else if (c.kind == Column::Kind::Percent) {
            f = workbook_add_format(book);
            format_set_num_format(f, "0.0%");
        }
        formats << f;
    }
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), columns[c].title.toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 24 : 16, nullptr);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            const QVariant& v = rows[r][c];
            const lxw_row_t row = lxw_row_t(r + 1);
            if (v.isNull() && columns[c].kind != Column::Kind::Text)
                continue; // no figure (a rate of nothing): an empty cell, never a zero
            switch (columns[c].kind) {
            case Column::Kind::Text:
                worksheet_write_string(ws, row, lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
                break;
            case Column::Kind::Integer:
                worksheet_write_number(ws, row, lxw_col_t(c), double(v.toLongLong()), formats[c]);
                break;
            case Column::Kind::Money:
                worksheet_write_number(ws, row, lxw_col_t(c), Money{v.toLongLong(), columns[c].currency}.major(),
                                       formats[c]);
                break;
            case Column::Kind::Decimal:
                worksheet_write_number(ws, row, lxw_col_t(c), v.toDouble(), formats[c]);
                break;
            case Column::Kind::Percent:
                worksheet_write_number(ws, row, lxw_col_t(c), v.toDouble() / 100.0, formats[c]);
                break;
            }
        }
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(part);
        return Error{tr("%1 cannot be written: %2").arg(path, QString::fromUtf8(lxw_strerror(closed))), {}};
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Error{tr("%1 cannot be written: it could not be put in place.").arg(path), {}};
    }
    return {};
}

} // namespace rapport

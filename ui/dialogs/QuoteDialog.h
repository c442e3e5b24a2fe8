// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Record.h"
#include "domain/Result.h"
#include "storage/Quotes.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPagedPaintDevice;
class QPlainTextEdit;
class QSpinBox;
class QTextBrowser;
class QUndoStack;

namespace rapport {

class Database;
class Workspace;

/// The next version of a deal's quote: its items as they stand, the tax rate, a discount on the whole
/// quote, validity, a note and the terms, with the document previewed as they change. "Issue and save PDF"
/// writes the PDF and records the quote (one undo step; earlier open versions superseded).
class QuoteDialog : public QDialog
{
    Q_OBJECT

public:
    QuoteDialog(Workspace& workspace, QUndoStack& undo, const QString& opportunityId, QWidget* parent = nullptr);

    /// False when there is nothing to quote (no items, mixed currencies); problem() says why.
    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    const Record& quote() const { return m_quote; }
    QTextBrowser* preview() const { return m_preview; }
    QDoubleSpinBox* taxRate() const { return m_tax; }
    QDoubleSpinBox* discount() const { return m_discount; }
    /// Writes the PDF to `path` and issues the quote.
    Status issue(const QString& path);

    /// An issued or drafted quote as a PDF file, or on a printer, through the company's template.
    static Status writePdf(Database& db, const Record& quote, const QuoteSettings& settings, const QString& path);
    static Status print(Database& db, const Record& quote, const QuoteSettings& settings, QPagedPaintDevice& device);

Q_SIGNALS:
    void message(const QString& text);
    void issued(const QString& quoteId);

private:
    void update();

    Workspace& m_workspace;
    QUndoStack& m_undo;
    QuoteSettings m_settings;
    Record m_quote{EntityType::Quote};
    bool m_ready = false;
    QString m_problem;
    QComboBox* m_treatment = nullptr;
    QDoubleSpinBox* m_tax = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QSpinBox* m_validity = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_terms = nullptr;
    QLabel* m_total = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace rapport

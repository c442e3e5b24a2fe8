// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "io/CsvImport.h"

#include <QWizard>

#include <atomic>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableWidget;
class QThread;

namespace rapport {

class Workspace;

/// Importing contacts from a CSV file, step by step: the file (its encoding and separator as detected,
/// changeable), what each column means (recognised from the header), create or update and how rows find
/// their contacts, a preview of the first rows with what will happen to each and why, then the import on
/// its own thread with a progress bar and Cancel, and a report of every row left out. A vCard file
/// (.vcf, or text that starts with BEGIN:VCARD) says what it holds itself: from the file it goes straight
/// to the preview of its cards, each new contact and each card left out with its line.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, ModePage, PreviewPage, RunPage };

    ImportWizard(Workspace& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the file (what Browse… does).
    void setFile(const QString& path);
    QTableWidget* columns() const { return m_columns; }
    QTableWidget* preview() const { return m_preview; }
    QTableWidget* problems() const { return m_problems; }
    /// The options the pages add up to.
    CsvImport::Options options() const;
    /// Set once the import has finished (or failed), for tests.
    bool isFinished() const { return m_finished; }
    const CsvImport::Report& report() const { return m_report; }

    /// True when the chosen file is a vCard address book.
    bool isVCard() const { return m_vcard; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;
    int nextId() const override;

public Q_SLOTS:
    /// Cancel while importing stops the import (nothing is written) and closes when it has stopped.
    void reject() override;

Q_SIGNALS:
    /// Contacts came in: lists refresh, the status bar says so.
    void imported(const QString& summary);

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeColumnsPage();
    QWizardPage* makeModePage();
    QWizardPage* makePreviewPage();
    QWizardPage* makeRunPage();
    void detect();
    void fillColumns();
    void fillPreview();
    void start();
    void finish(const Result<CsvImport::Report>& result);
    CsvFormat chosenFormat() const;

    Workspace& m_workspace;
    QString m_path;
    bool m_vcard = false;
    CsvFormat m_detected;
    QStringList m_headers;
    QList<QStringList> m_samples;
    QList<CsvColumn> m_mapping;

    QLineEdit* m_file = nullptr;
    QLabel* m_format = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QTableWidget* m_columns = nullptr;
    QButtonGroup* m_mode = nullptr;
    QComboBox* m_match = nullptr;
    QLabel* m_previewSummary = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_problems = nullptr;

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_cancelPending = false;
    bool m_finished = false;
    CsvImport::Report m_report;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "ImportWizard.h"

#include "Ask.h"
#include "Icons.h"
#include "ScreenFit.h"
#include "Workspace.h"
#include "io/ContactImport.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

/// A count as the person's locale writes it ("19,908", "19.908").
QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString actionText(CsvImport::Row::Action a)
{
    switch (a) {
    case CsvImport::Row::Action::Create:
        return ImportWizard::tr("New contact");
    case CsvImport::Row::Action::Update:
        return ImportWizard::tr("Update");
    case CsvImport::Row::Action::Skip:
        return ImportWizard::tr("Left out");
    }
    return {};
}

void fillRows(QTableWidget* t, const QList<CsvImport::Row>& rows)
{
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CsvImport::Row& row = rows[r];
        auto* line = new QTableWidgetItem(QString::number(row.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(r, 0, line);
        t->setItem(r, 1, new QTableWidgetItem(row.name));
        auto* what = new QTableWidgetItem(actionText(row.action));
        if (row.action == CsvImport::Row::Action::Skip)
            what->setIcon(icon(Icon::Warning));
        t->setItem(r, 2, what);
        auto* notes = new QTableWidgetItem((row.problems + row.warnings).join(QLatin1Char(' ')));
        notes->setToolTip(notes->text());
        t->setItem(r, 3, notes);
    }
    t->resizeColumnsToContents();
}

/// A vCard import's report in the words of the CSV import's, for the same preview and report tables: each
/// card left out is a row with its line.
CsvImport::Report fromVCards(const ImportReport& vcards)
{
    CsvImport::Report report;
    report.created = vcards.created;
    report.accountsCreated = vcards.accountsCreated;
    report.skipped = vcards.cardsLeftOut();
    for (const VCardProblem& p : vcards.problems) {
        CsvImport::Row row;
        row.line = p.line;
        row.name = p.card;
        row.problems << p.message;
        report.rows << row;
    }
    return report;
}

/// Imports a vCard file (`dryRun`: checks it); a dry run also lists the first `previewRows` cards that become
/// contacts, by name, among those left out, as the CSV preview lists its first rows.
Result<CsvImport::Report> importVCards(RecordStore& store, const QString& path, bool dryRun, int previewRows = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportWizard::tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    auto imported = ContactImport::vcards(store, bytes, dryRun);
    if (!imported)
        return imported.error();
    CsvImport::Report report = fromVCards(*imported);
    if (previewRows > 0) {
        // The cards read whole; of those, the import leaves out the ones it names by their first line (a
        // card that could not be read is not among them).
        QSet<int> leftOut;
        for (const VCardProblem& p : std::as_const(imported->problems))
            leftOut.insert(p.line);
        for (const VCardCard& card : VCardReader::parse(bytes).cards) {
            if (report.rows.size() >= previewRows)
                break;
            if (leftOut.contains(card.line))
                continue;
            CsvImport::Row row;
            row.line = card.line;
            row.action = CsvImport::Row::Action::Create;
            row.name = (card.contact.firstName + QLatin1Char(' ') + card.contact.lastName).trimmed();
            report.rows << row;
        }
        std::stable_sort(report.rows.begin(), report.rows.end(),
                         [](const CsvImport::Row& a, const CsvImport::Row& b) { return a.line < b.line; });
    }
    return report;
}

} // namespace

ImportWizard::ImportWizard(Workspace& workspace, QWidget* parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    fitToScreen(this, {960, 640});
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(ModePage, makeModePage());
    setPage(PreviewPage, makePreviewPage());
    setPage(RunPage, makeRunPage());
}

ImportWizard::~ImportWizard()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Which file?"));
    page->setSubTitle(tr("A CSV file from Outlook, Google Contacts, a spreadsheet or another Rapport, or a vCard "
                         "address book (.vcf) from a phone, Apple Contacts or Thunderbird."));
    auto* layout = new QFormLayout(page);
    auto* row = new QHBoxLayout;
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("Type or paste the path, or choose the file"));
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_path && !m_file->text().trimmed().isEmpty())
            setFile(m_file->text().trimmed());
    });
    auto* browse = new QPushButton(icon(Icon::Open), tr("&Choose…"), page);
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    layout->addRow(tr("File:"), row);
    m_format = new QLabel(page);
    m_format->setObjectName(QStringLiteral("detectedFormat"));
    m_format->setText(tr("Choose a file: how it is read is shown here."));
    layout->addRow(tr("Read as:"), m_format);
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    for (auto e : {CsvFormat::Encoding::Utf8, CsvFormat::Encoding::Utf8Bom, CsvFormat::Encoding::Utf16LE,
                   CsvFormat::Encoding::Utf16BE, CsvFormat::Encoding::Windows1252})
        m_encoding->addItem(CsvFormat::encodingName(e), int(e));
    layout->addRow(tr("Encoding:"), m_encoding);
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importSeparator"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar"), QStringLiteral("|"));
    layout->addRow(tr("Separator:"), m_delimiter);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = Ask::openFile(this, tr("Import contacts"),
                                           tr("Contacts (*.csv *.txt *.vcf *.vcard);;CSV files (*.csv "
                                              "*.txt);;vCard address books (*.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    auto reread = [this] {
        if (!m_path.isEmpty())
            fillColumns();
    };
    connect(m_encoding, &QComboBox::activated, this, reread);
    connect(m_delimiter, &QComboBox::activated, this, reread);
    return page;
}

QWizardPage* ImportWizard::makeColumnsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What does each column hold?"));
    page->setSubTitle(tr("Recognised from the header where possible; choose for the others, or leave them out."));
    auto* layout = new QVBoxLayout(page);
    m_columns = table(page, QStringLiteral("importColumns"), {tr("Column"), tr("First rows"), tr("Imported as")});
    layout->addWidget(m_columns);
    return page;
}

QWizardPage* ImportWizard::makeModePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("New contacts, updates, or both?"));
    page->setSubTitle(tr("Rows are matched to contacts already in your book by the key you choose."));
    auto* layout = new QVBoxLayout(page);
    m_mode = new QButtonGroup(page);
    const struct
    {
        CsvImport::Mode mode;
        QString text;
        const char* name;
    } modes[] = {{CsvImport::Mode::Create, tr("Create new contacts only (rows already in the book are left out)"), "modeCreate"},
                 {CsvImport::Mode::Update, tr("Update contacts already in the book only"), "modeUpdate"},
                 {CsvImport::Mode::Upsert, tr("Create new contacts and update existing ones"), "modeUpsert"}};
    for (const auto& m : modes) {
        auto* radio = new QRadioButton(m.text, page);
        radio->setObjectName(QLatin1String(m.name));
        m_mode->addButton(radio, int(m.mode));
        layout->addWidget(radio);
    }
    m_mode->button(int(CsvImport::Mode::Create))->setChecked(true);
    auto* form = new QFormLayout;
    m_match = new QComboBox(page);
    m_match->setObjectName(QStringLiteral("matchKey"));
    m_match->addItem(tr("Email address"), int(CsvImport::Match::Email));
    m_match->addItem(tr("Phone number (any spelling)"), int(CsvImport::Match::Phone));
    m_match->addItem(tr("Rapport id (a file exported from Rapport)"), int(CsvImport::Match::Id));
    form->addRow(tr("Match rows by:"), m_match);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWizardPage* ImportWizard::makePreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What will happen"));
    page->setSubTitle(tr("The first rows as they will be imported. Nothing is written until you click Import."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto* layout = new QVBoxLayout(page);
    m_previewSummary = new QLabel(page);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);
    m_preview = table(page, QStringLiteral("importPreview"), {tr("Line"), tr("Name"), tr("What happens"), tr("Why")});
    layout->addWidget(m_preview);
    return page;
}

QWizardPage* ImportWizard::makeRunPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Importing"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_runStatus = new QLabel(page);
    m_runStatus->setObjectName(QStringLiteral("importStatus"));
    m_runStatus->setWordWrap(true);
    layout->addWidget(m_runStatus);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_problems = table(page, QStringLiteral("importProblems"), {tr("Line"), tr("Name"), tr("What happened"), tr("Why")});
    layout->addWidget(m_problems, 1);
    return page;
}

void ImportWizard::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_format->setText(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        m_path.clear();
        return;
    }
    const QByteArray head = f.peek(64 * 1024);
    QByteArray start = head.left(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    m_vcard = path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive) ||
              path.endsWith(QLatin1String(".vcard"), Qt::CaseInsensitive) ||
              start.toUpper().startsWith("BEGIN:VCARD");
    // A vCard says its own encoding and has no separator to choose.
    if (auto* form = qobject_cast<QFormLayout*>(m_encoding->parentWidget()->layout())) {
        form->setRowVisible(m_encoding, !m_vcard);
        form->setRowVisible(m_delimiter, !m_vcard);
    }
    if (m_vcard) {
        const qsizetype cards = f.readAll().toUpper().count("BEGIN:VCARD");
        m_format->setText(tr("vCard address book · %n card(s)", nullptr, int(cards)));
        return;
    }
    m_detected = CsvReader::detect(head);
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_detected.encoding)));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(m_detected.delimiter))));
    fillColumns();
}

CsvFormat ImportWizard::chosenFormat() const
{
    CsvFormat f;
    f.encoding = static_cast<CsvFormat::Encoding>(m_encoding->currentData().toInt());
    const QString d = m_delimiter->currentData().toString();
    f.delimiter = d.isEmpty() ? QLatin1Char(',') : d.front();
    return f;
}

void ImportWizard::fillColumns()
{
    // The header and a few rows, read with the format chosen, and what each column means.
    QFile f(m_path);
    m_headers.clear();
    m_samples.clear();
    if (f.open(QIODevice::ReadOnly)) {
        CsvReader reader(f, chosenFormat());
        QStringList row;
        if (reader.next(row))
            m_headers = row;
        while (m_samples.size() < 3 && reader.next(row))
            m_samples << row;
        m_format->setText(reader.error().isEmpty() ? chosenFormat().describe() + QStringLiteral(" · ") +
                                                          tr("%n column(s)", nullptr, int(m_headers.size()))
                                                    : reader.error());
    }
    m_mapping = CsvImport::suggestMapping(m_headers);
    m_columns->setRowCount(static_cast<int>(m_headers.size()));
    const QList<CsvColumn> choices = CsvImport::choices();
    for (int r = 0; r < m_headers.size(); ++r) {
        m_columns->setItem(r, 0, new QTableWidgetItem(m_headers[r]));
        QStringList sample;
        for (const QStringList& s : std::as_const(m_samples))
            if (r < s.size() && !s[r].trimmed().isEmpty())
                sample << s[r].simplified();
        m_columns->setItem(r, 1, new QTableWidgetItem(sample.join(QStringLiteral(" · "))));
        auto* combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("mapping_%1").arg(r));
        QList<CsvColumn> offered = choices;
        if (!offered.contains(m_mapping[r]))
            offered.insert(1, m_mapping[r]); // a meaning only the header gives (Google's typed columns)
        for (const CsvColumn& c : std::as_const(offered))
            combo->addItem(CsvImport::describe(c), QVariant::fromValue(static_cast<int>(combo->count())));
        combo->setCurrentIndex(static_cast<int>(offered.indexOf(m_mapping[r])));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, r, offered](int i) { m_mapping[r] = offered[i]; });
        m_columns->setCellWidget(r, 2, combo);
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(1, std::min(m_columns->columnWidth(1), 420));
}

CsvImport::Options ImportWizard::options() const
{
    CsvImport::Options o;
    o.format = chosenFormat();
    o.mapping = m_mapping;
    o.mode = static_cast<CsvImport::Mode>(m_mode->checkedId());
    o.match = static_cast<CsvImport::Match>(m_match->currentData().toInt());
    return o;
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && m_path.isEmpty()) {
        m_format->setText(tr("Choose a file first."));
        return false;
    }
    return QWizard::validateCurrentPage();
}

int ImportWizard::nextId() const
{
    // A vCard needs no columns and only creates: from the file to the preview.
    if (m_vcard && currentId() == FilePage)
        return PreviewPage;
    return QWizard::nextId();
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        page(PreviewPage)
            ->setSubTitle(
                m_vcard ? tr("The first cards as they will be imported. Nothing is written until you click Import.")
                        : tr("The first rows as they will be imported. Nothing is written until you click Import."));
        fillPreview();
    } else if (id == RunPage)
        start();
    QWizard::initializePage(id);
}

void ImportWizard::fillPreview()
{
    if (m_vcard) {
        auto report = importVCards(m_workspace.store(), m_path, true, 200);
        if (!report) {
            m_previewSummary->setText(report.error().message);
            m_preview->setRowCount(0);
            return;
        }
        fillRows(m_preview, report->rows);
        m_previewSummary->setText(tr("New contacts: %1; new accounts for their organisations: %2; cards left out: %3 "
                                     "(see why below).")
                                      .arg(count(report->created), count(report->accountsCreated),
                                           count(report->skipped)));
        return;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_previewSummary->setText(tr("%1 cannot be read: %2").arg(m_path, f.errorString()));
        return;
    }
    CsvImport::Options o = options();
    o.rowLimit = 200;
    auto report = CsvImport::run(m_workspace.store(), f, o);
    if (!report) {
        m_previewSummary->setText(report.error().message);
        m_preview->setRowCount(0);
        return;
    }
    fillRows(m_preview, report->rows);
    const bool whole = report->rows.size() < o.rowLimit;
    // Counts stand after their labels, so that one row reads as well as many in every language.
    m_previewSummary->setText((whole ? tr("Rows in the file: %1. New contacts: %2, updates of contacts in your book: %3, "
                                          "left out: %4 (see why below).")
                                     : tr("Of the first %1 rows: new contacts: %2, updates of contacts in your book: %3, "
                                          "left out: %4 (see why below)."))
                                  .arg(count(report->rows.size()), count(report->created), count(report->updated),
                                       count(report->skipped)));
}

void ImportWizard::start()
{
    m_running = true;
    m_cancel = false;
    m_runStatus->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    button(QWizard::FinishButton)->setEnabled(false);
    const QString databasePath = m_workspace.path();
    const QString user = m_workspace.currentUserId();
    const QString region = m_workspace.store().defaultRegion();
    const QString path = m_path;
    const bool vcard = m_vcard;
    if (vcard) { // a vCard file is read whole and written in one transaction, seconds for the largest
        m_progress->setRange(0, 0);
        button(QWizard::CancelButton)->setEnabled(false);
    }
    CsvImport::Options o = options();
    o.cancel = &m_cancel;
    QPointer<ImportWizard> self(this);
    o.progress = [self, name = QFileInfo(m_path).fileName()](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, done, total, name] {
            if (!self || total <= 0)
                return;
            self->m_progress->setValue(static_cast<int>(done * 1000 / total));
            if (done >= total && self->m_running && !self->m_cancelPending) // the last rows (and indexes)
                self->m_runStatus->setText(tr("%1 read; saving the contacts…").arg(name));
        });
    };
    // The import writes on a thread of its own with its own connection, so the window stays responsive and
    // a million rows never block it; the lists hear of it when it commits.
    m_thread = QThread::create([self, databasePath, user, region, path, o, vcard] {
        Result<CsvImport::Report> result = Error{tr("The import did not run."), {}};
        {
            auto db = Database::open(databasePath, QStringLiteral("import-%1").arg(quintptr(QThread::currentThreadId())));
            if (!db) {
                result = db.error();
            } else {
                RecordStore store(**db);
                store.setDefaultRegion(region);
                if (Status s = store.setCurrentUserId(user); !s) {
                    result = s.error();
                } else {
                    QFile file(path);
                    if (vcard)
                        result = importVCards(store, path, false);
                    else if (!file.open(QIODevice::ReadOnly))
                        result = Error{tr("%1 cannot be read: %2").arg(path, file.errorString()), {}};
                    else
                        result = CsvImport::run(store, file, o);
                }
            }
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->finish(result);
        });
    });
    m_thread->start();
}

void ImportWizard::reject()
{
    if (m_running) {
        m_cancel = true;
        m_cancelPending = true;
        m_runStatus->setText(tr("Cancelling…"));
        return;
    }
    QWizard::reject();
}

void ImportWizard::finish(const Result<CsvImport::Report>& result)
{
    m_running = false;
    m_finished = true;
    button(QWizard::FinishButton)->setEnabled(true);
    button(QWizard::CancelButton)->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(m_progress->maximum());
    if (!result) {
        m_runStatus->setText(result.error().text());
        return;
    }
    m_report = *result;
    QList<CsvImport::Row> noteworthy;
    for (const CsvImport::Row& row : m_report.rows)
        if (!row.problems.isEmpty() || !row.warnings.isEmpty())
            noteworthy << row;
    fillRows(m_problems, noteworthy);
    if (m_report.cancelled) {
        m_runStatus->setText(m_report.stoppedAtLine > 0
                                 ? tr("Cancelled at line %1. Contacts imported before it: %2. Import the file again "
                                      "with \"create and update\" to finish.")
                                       .arg(m_report.stoppedAtLine)
                                       .arg(count(m_report.created))
                                 : tr("Cancelled: nothing was imported."));
        if (m_report.created > 0)
            m_workspace.store().announce({Change{Mutation::Op::Create, EntityType::Contact, QString(), {}}});
        if (m_cancelPending)
            QWizard::reject();
        return;
    }
    const QString summary = (m_vcard ? tr("Contacts created: %1, updated: %2; new accounts: %3; cards left out: %4.")
                                     : tr("Contacts created: %1, updated: %2; new accounts: %3; rows left out: %4."))
                                .arg(count(m_report.created), count(m_report.updated), count(m_report.accountsCreated),
                                     count(m_report.skipped));
    const QString listed =
        m_vcard ? tr("Every card worth a look is listed below.") : tr("Every row worth a look is listed below.");
    m_runStatus->setText(summary + (noteworthy.isEmpty() ? QString() : QLatin1Char(' ') + listed));
    m_workspace.store().announce({Change{Mutation::Op::Create, EntityType::Contact, QString(), {}},
                                  Change{Mutation::Op::Create, EntityType::Account, QString(), {}}});
    Q_EMIT imported(summary);
}

} // namespace rapport

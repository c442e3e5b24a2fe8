// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "domain/Schema.h"
#include "search/SearchIndex.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace rapport {

class SearchService;

/// The search box in the tool bar (Ctrl+K): results from every kind of record appear under it while
/// the person types; arrow keys move, Enter opens, Esc closes. Queries run on the search thread and
/// a newer keystroke supersedes an older query.
class GlobalSearch : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearch(SearchService& search, QWidget* parent = nullptr);

    enum Role { TypeRole = Qt::UserRole + 1, IdRole, SubtitleRole, TypedTextRole };
    QStandardItemModel* results() const { return m_results; }
    QCompleter* completer() const { return m_completer; }

    /// What tells a hit apart: the number that was searched for, as numbers are shown, before the hit's own
    /// details ("030 8770771 · Buyer · Klein Bau").
    static QString subtitleOf(const rapport::SearchHit& hit);

Q_SIGNALS:
    void openRecordRequested(rapport::EntityType type, const QString& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void onResults(quint64 ticket, const QString& text, const QList<rapport::SearchHit>& hits);
    void activate(const QModelIndex& index);

    SearchService& m_search;
    QStandardItemModel* m_results;
    QCompleter* m_completer;
    QTimer* m_debounce;
    quint64 m_ticket = 0;
};

} // namespace rapport

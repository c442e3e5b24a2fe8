// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;
class QTabWidget;

namespace rapport {

class RecordStore;

/// Review of sync: each conflict with the record, the field, "yours / theirs / before" and one click to
/// keep either value (an ordinary edit that syncs) or dismiss it; and the changes that have not reached
/// the server yet, with the server's reason for any it refused.
class SyncReviewDialog : public QDialog
{
    Q_OBJECT

public:
    SyncReviewDialog(RecordStore& store, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A conflict was resolved (the caller syncs soon).
    void resolved();

private:
    void reload();
    void updateButtons();
    void resolveSelected(int keep);
    QString describe(const QString& entity, const QString& field, const QJsonValue& value) const;

    RecordStore& m_store;
    QTabWidget* m_tabs;
    QTableWidget* m_conflicts;
    QTableWidget* m_pending;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
    QPushButton* m_dismiss;
};

} // namespace rapport

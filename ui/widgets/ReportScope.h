// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QObject>

class QComboBox;

namespace rapport {

class Workspace;

/// Whose figures a report shows: a person (or everyone) and a team (or every team), chosen in two combo boxes.
/// A manager's reports start on their own team, as their pipeline board does: a manager owns few deals.
/// The Reports view keeps every report on the same people (`chosen` in one, `set` in the others).
class ReportScope : public QObject
{
    Q_OBJECT

public:
    /// The combo boxes are children of `parent`, for its tool bar.
    ReportScope(Workspace& workspace, QWidget* parent);

    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* teamBox() const { return m_team; }
    /// Empty: everyone.
    QString owner() const;
    /// Empty: every team.
    QString teamId() const;
    /// Chooses without saying `chosen`; one not in the lists is left as it is. True if anything changed
    /// (`changed` was said).
    bool set(const QString& owner, const QString& teamId);
    /// The choices in words ("Everyone · Sales North"), for a PDF's heading.
    QStringList described() const;

Q_SIGNALS:
    /// The person or team changed, by the user or by set().
    void changed();
    /// The user chose a person or team.
    void chosen(const QString& owner, const QString& teamId);

private:
    QComboBox* m_owner;
    QComboBox* m_team;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QLabel>

namespace rapport {

/// A paragraph of notes (under a report) that keeps to a few lines, so the figures above keep the room: the
/// sentences that fit, then "More…", a link that unfolds the rest ("Less" folds it again). Folded, its tooltip
/// holds the whole note.
class FoldedNote : public QLabel
{
    Q_OBJECT

public:
    explicit FoldedNote(QWidget* parent = nullptr);

    /// The note, plain text, in sentences.
    void setNote(const QString& note);
    QString note() const { return m_note; }
    /// How many lines it keeps to while folded (3 unless told).
    void setFoldedLines(int lines);
    /// Whether it shows less than the whole note now.
    bool isFolded() const { return m_folded; }
    /// Unfolds (or folds) it, as its link does.
    void setUnfolded(bool unfolded);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refit();

    QString m_note;
    int m_lines = 3;
    bool m_unfolded = false;
    bool m_folded = false;
    int m_fittedWidth = -1;
};

} // namespace rapport

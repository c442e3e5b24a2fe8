// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "storage/ActivitySeries.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QTimeZone;
class QWidget;

namespace rapport {

/// Asks the person before something they may regret (a call outside agreed hours, a delete, an erase).
/// Tests script the answer instead of clicking a modal box (KeePassXC's MessageBox::setNextAnswer).
class Ask
{
    Q_DECLARE_TR_FUNCTIONS(Ask)

public:
    /// Shows a warning with `accept` and Cancel; true when the person chose `accept`.
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& accept);
    /// Whether to call (`channel` "phone") or write ("email") to someone now, by their `consent` (the JSON of a
    /// contact's or a lead's field) judged in `zone`: true when it allows it, else the person is asked.
    static bool reachAnyway(QWidget* parent, const QString& consent, const QString& channel, const QTimeZone& zone);
    /// Which occurrences of a repeating entry a change (or a delete) is for: this one, this and the
    /// following ones, or all; nothing when the person cancels. The box is "seriesScope" and its
    /// buttons "scopeThis", "scopeFollowing" and "scopeAll".
    static std::optional<ActivitySeries::Scope> seriesScope(QWidget* parent, const QString& subject, bool deleting);
    /// Asks for a short text, offering `suggestions` (the person may type another); nothing when cancelled
    /// or left empty.
    static std::optional<QString> text(QWidget* parent, const QString& title, const QString& label,
                                       const QStringList& suggestions);
    /// Asks for a longer text, in a box of several lines that starts empty: nothing when cancelled, the
    /// text (perhaps empty) when accepted.
    static std::optional<QString> longText(QWidget* parent, const QString& title, const QString& label);
    /// Asks to pick one of `items`; its index, or nothing when cancelled. A scripted answer (setNextText) picks
    /// the item of that text.
    static std::optional<int> choice(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items);
    /// Asks where to save a file, suggesting `name` in the folder last saved to or opened from (Documents at
    /// first), and remembers the folder; empty when cancelled.
    static QString saveFile(QWidget* parent, const QString& title, const QString& name, const QString& filter);
    /// Asks for a file to open, from that folder likewise; empty when cancelled.
    static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    /// The answer the next text(), longText() or choice() gives without showing anything (tests); an empty one
    /// cancels text() and choice() and is given as it is by longText().
    static void setNextText(const QString& answer) { s_nextText = answer; }
    /// The answer the next confirm() gives without showing anything (tests).
    static void setNextAnswer(bool answer) { s_next = answer; }
    /// What the last confirm() asked (tests).
    static QString lastQuestion() { return s_last; }
    /// Forgets the last question and any scripted answer (tests).
    static void reset()
    {
        s_next.reset();
        s_last.clear();
        s_nextText.reset();
    }

private:
    static inline std::optional<bool> s_next;
    static inline QString s_last;
    static inline std::optional<QString> s_nextText;
};

} // namespace rapport

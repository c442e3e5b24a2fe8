// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QFontMetrics>
#include <QTabWidget>

namespace rapport {

/// A record page's tabs. In a narrow pane the longest labels give up their ends first, as little as the width
/// needs ("Details History People (13) Deals (1) Tickets Orders Hierarch…"), rather than the last tabs hiding
/// behind scroll arrows or every label being shortened alike; a shortened tab says its whole label when the
/// pointer rests on it. A label's count stays whole: "Peop… (13)", never "People (…".
class PageTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit PageTabs(QWidget* parent = nullptr);

    /// `label` in `room` pixels of `metrics`: whole where it fits, otherwise shortened at its end, where a
    /// count in brackets at its end ("People (13)") stays whole and the words before it give way.
    static QString fitted(const QString& label, const QFontMetrics& metrics, int room);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QTabWidget>

namespace rapport {

/// A record page's tabs. In a narrow pane the longest labels give up their ends first, as little as the width
/// needs ("Details History People (13) Deals (1) Tickets Orders Hierarch…"), rather than the last tabs hiding
/// behind scroll arrows or every label being shortened alike; a shortened tab says its whole label when the
/// pointer rests on it.
class PageTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit PageTabs(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include "views/SalesReportView.h"

#include <QSignalSpy>

namespace rapport::test {

/// Shows `view` at a desktop's size and computes its report; false if the figures did not come.
inline bool showLoaded(SalesReportView& view)
{
    view.resize(1200, 800);
    view.show();
    QSignalSpy loaded(&view, &SalesReportView::loaded);
    view.reload();
    return loaded.wait();
}

} // namespace rapport::test

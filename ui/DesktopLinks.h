// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace rapport {

/// Links that leave Rapport: an e-mail address, a phone number, a web page.
class DesktopLinks
{
    Q_DECLARE_TR_FUNCTIONS(DesktopLinks)

public:
    /// Opens the link with the desktop's program for it. When this computer has none (no mail program, no
    /// softphone), the address or number goes to the clipboard instead, and the returned message says so;
    /// empty when the link was opened.
    static QString open(const QUrl& url);
};

} // namespace rapport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Ask.h"

#include <QMessageBox>
#include <QPushButton>

namespace rapport {

bool Ask::confirm(QWidget* parent, const QString& title, const QString& text, const QString& accept)
{
    s_last = text;
    if (s_next) {
        const bool answer = *s_next;
        s_next.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(accept, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace rapport

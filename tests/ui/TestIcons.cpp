// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Icons.h"

#include <QApplication>
#include <QTest>

using namespace rapport;

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIcon_isInTheTheme();
};

void TestIcons::everyIcon_isInTheTheme()
{
    setUpIconTheme();
    for (const QString& name : allIconNames()) {
        QVERIFY2(QIcon::hasThemeIcon(name),
                 qPrintable(name + QStringLiteral(" is missing from ") + QIcon::themeName()));
        QVERIFY2(!QIcon::fromTheme(name).pixmap(22, 22).isNull(), qPrintable(name));
    }
}

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Ask.h"

#include "domain/Consent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimeZone>

namespace rapport {

bool Ask::reachAnyway(QWidget* parent, const QString& consent, const QString& channel, const QTimeZone& zone)
{
    const auto verdict =
        Consent::fromJson(consent).check(channel, Consent::Purpose::Service, QDateTime::currentDateTimeUtc(), zone);
    if (verdict.allowed)
        return true;
    const bool phone = channel == QLatin1String("phone");
    return confirm(parent, phone ? tr("Call anyway?") : tr("Write anyway?"), verdict.warning,
                   phone ? tr("Call anyway") : tr("Write anyway"));
}

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

std::optional<QString> Ask::text(QWidget* parent, const QString& title, const QString& label,
                                const QStringList& suggestions)
{
    s_last = label;
    if (s_nextText) {
        const QString answer = s_nextText->trimmed();
        s_nextText.reset();
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    bool ok = false;
    const QString answer =
        QInputDialog::getItem(parent, title, label, suggestions, 0, true, &ok).trimmed();
    if (!ok || answer.isEmpty())
        return std::nullopt;
    return answer;
}

std::optional<QString> Ask::longText(QWidget* parent, const QString& title, const QString& label)
{
    s_last = label;
    if (s_nextText) {
        const QString answer = s_nextText->trimmed();
        s_nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok).trimmed();
    if (!ok)
        return std::nullopt;
    return answer;
}

std::optional<int> Ask::choice(QWidget* parent, const QString& title, const QString& label, const QStringList& items)
{
    s_last = label;
    QString answer;
    if (s_nextText) {
        answer = *s_nextText;
        s_nextText.reset();
    } else {
        bool ok = false;
        answer = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
        if (!ok)
            return std::nullopt;
    }
    const qsizetype index = items.indexOf(answer);
    return index < 0 ? std::nullopt : std::optional<int>(int(index));
}

std::optional<ActivitySeries::Scope> Ask::seriesScope(QWidget* parent, const QString& subject, bool deleting)
{
    using Scope = ActivitySeries::Scope;
    QMessageBox box(QMessageBox::Question,
                    deleting ? QCoreApplication::translate("Ask", "Delete a repeating entry")
                             : QCoreApplication::translate("Ask", "Change a repeating entry"),
                    deleting ? QCoreApplication::translate("Ask", "\"%1\" repeats. Which occurrences do you want to delete?")
                                   .arg(subject)
                             : QCoreApplication::translate("Ask", "\"%1\" repeats. Which occurrences do you want to change?")
                                   .arg(subject),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("seriesScope"));
    QPushButton* one = box.addButton(QCoreApplication::translate("Ask", "This one"), QMessageBox::AcceptRole);
    one->setObjectName(QStringLiteral("scopeThis"));
    QPushButton* following =
        box.addButton(QCoreApplication::translate("Ask", "This and following"), QMessageBox::AcceptRole);
    following->setObjectName(QStringLiteral("scopeFollowing"));
    QPushButton* all = box.addButton(QCoreApplication::translate("Ask", "All"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("scopeAll"));
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == one)
        return Scope::This;
    if (box.clickedButton() == following)
        return Scope::Following;
    if (box.clickedButton() == all)
        return Scope::All;
    return std::nullopt;
}

namespace {
/// The folder files were last saved to or opened from, else the person's documents (never the program's working
/// folder, which may be anything).
QString fileFolder()
{
    const QString last = QSettings().value(QStringLiteral("files/folder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString remembered(const QString& path)
{
    if (!path.isEmpty())
        QSettings().setValue(QStringLiteral("files/folder"), QFileInfo(path).absolutePath());
    return path;
}
} // namespace

QString Ask::saveFile(QWidget* parent, const QString& title, const QString& name, const QString& filter)
{
    return remembered(QFileDialog::getSaveFileName(parent, title, QDir(fileFolder()).filePath(name), filter));
}

QString Ask::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return remembered(QFileDialog::getOpenFileName(parent, title, fileFolder(), filter));
}

} // namespace rapport

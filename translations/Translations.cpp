// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Rapport contributors
#include "Translations.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace rapport {

QString installTranslations(const QString& language)
{
    const QString lang = Settings::effectiveLanguage(language);
    // Formatting follows the UI language, so dates and money read naturally beside the words. The
    // POSIX "C" locale of a bare system formats like a computer, not a person: use US English there.
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));
    else if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The language installed before goes: its catalogues would answer whatever this one's do not.
    static QPointer<QTranslator> own, qt;
    for (QPointer<QTranslator>* installed : {&own, &qt}) {
        if (*installed)
            QCoreApplication::removeTranslator(*installed);
        delete installed->data();
    }
    // English has a catalogue too, of plural forms only.
    own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    if (lang == QLatin1String("en"))
        return lang;
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace rapport

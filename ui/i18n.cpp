// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n.h"

#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bulkhead::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString installTranslations(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    if (ours) {
        QCoreApplication::removeTranslator(ours);
        delete ours;
        ours = nullptr;
    }
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString lang = locale.name().section(u'_', 0, 0);
    if (!availableLanguages().contains(lang))
        lang = QStringLiteral("en");
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? locale.name() : lang));
    auto* t = new QTranslator(QCoreApplication::instance());
    if (t->load(QStringLiteral(":/i18n/bulkhead_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(t);
        ours = t;
    } else {
        delete t;
    }
    // Qt's own strings (dialog buttons, context menus).
    auto* q = new QTranslator(QCoreApplication::instance());
    if (lang != QLatin1String("en") &&
        q->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(q);
        qt = q;
    } else {
        delete q;
    }
    util::translatorsChanged(); // texts the core remembered (util::translateCached) are asked for again
    return lang;
}

} // namespace bulkhead::ui

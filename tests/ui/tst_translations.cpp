// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/testdaemon.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace bulkhead;

class tst_Translations : public QObject
{
    Q_OBJECT

private:
    // Messages that are not translated: the UI's and the core's (rule titles, rationale and remediation in "Rules",
    // lint messages in "Dockerfile" and "Lint"), everything a person sees in the window.
    static QStringList unfinished(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot open %1").arg(path)};
        QXmlStreamReader xml(&f);
        QStringList out;
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const bool isUnfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (isUnfinished || text.isEmpty())
                    out << context + QStringLiteral(": ") + source;
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
    }

    void germanShowsGermanText()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        ui::MainWindow window;
        QCOMPARE(window.navigation()->item(ui::MainWindow::RulesPage)->text(), QStringLiteral("Regelkatalog"));
        QCOMPARE(window.navigation()->item(ui::MainWindow::ImagesPage)->text(), QStringLiteral("Images"));
        QCOMPARE(window.navigation()->item(ui::MainWindow::HostPage)->text(), QStringLiteral("Host und Daemon"));
    }

    void frenchShowsFrenchText()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        ui::MainWindow window;
        QCOMPARE(window.navigation()->item(ui::MainWindow::RulesPage)->text(), QStringLiteral("Catalogue des règles"));
        QCOMPARE(window.navigation()->item(ui::MainWindow::DashboardPage)->text(), QStringLiteral("Tableau de bord"));
    }

    void ruleTextsAreTranslatedToo()
    {
        // Rule metadata are QT_TRANSLATE_NOOP("Rules", ...) source strings translated at display time.
        QCOMPARE(ui::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        const QString de = QCoreApplication::translate("Rules", "Container runs privileged");
        QCOMPARE(ui::installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        const QString fr = QCoreApplication::translate("Rules", "Container runs privileged");
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const QString en = QCoreApplication::translate("Rules", "Container runs privileged");
        QCOMPARE(en, QStringLiteral("Container runs privileged"));
        QVERIFY2(de != en && de.contains(QStringLiteral("privilegiert")), qPrintable(de));
        QVERIFY2(fr != en && fr.contains(QStringLiteral("privilégié")), qPrintable(fr));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("xx")), QStringLiteral("en"));
        ui::MainWindow window;
        QCOMPARE(window.navigation()->item(ui::MainWindow::RulesPage)->text(), QStringLiteral("Rule catalogue"));
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << test::sourcePath(QStringLiteral("translations/bulkhead_de.ts"));
        QTest::newRow("fr") << test::sourcePath(QStringLiteral("translations/bulkhead_fr.ts"));
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        const QStringList missing = unfinished(file);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(u'\n')));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style.h"

#include <QApplication>
#include <QTest>

using namespace bulkhead;

class tst_Style : public QObject
{
    Q_OBJECT

private slots:
    void severityColoursHaveReadableText()
    {
        for (int s = 0; s <= int(model::Severity::Critical); ++s) {
            const QColor bg = ui::severityColor(model::Severity(s));
            QVERIFY2(ui::contrastRatio(bg, ui::textOn(bg)) >= 4.5, qPrintable(model::severityName(model::Severity(s))));
        }
    }
    void gradeColoursHaveReadableText()
    {
        for (const char* g : {"A", "B", "C", "D", "E", "F", ""}) {
            const QColor bg = ui::gradeColor(QString::fromLatin1(g));
            QVERIFY2(ui::contrastRatio(bg, ui::textOn(bg)) >= 4.5, g);
        }
    }
    void severitiesAreDistinct()
    {
        QSet<QRgb> seen;
        for (int s = 0; s <= int(model::Severity::Critical); ++s)
            seen.insert(ui::severityColor(model::Severity(s)).rgb());
        QCOMPARE(seen.size(), 5);
    }
    void contrastOfBlackOnWhiteIs21()
    {
        QVERIFY(qAbs(ui::contrastRatio(Qt::black, Qt::white) - 21.0) < 0.01);
        QCOMPARE(ui::contrastRatio(Qt::red, Qt::red), 1.0);
    }
    void iconsAreBundled()
    {
        for (int s = 0; s <= int(model::Severity::Critical); ++s)
            QVERIFY(!ui::severityIcon(model::Severity(s)).pixmap(32, 32).isNull());
        for (const char* name :
             {"bulkhead", "dashboard", "containers", "container", "images", "host", "dockerfile", "rules", "copy"})
            QVERIFY2(!ui::appIcon(QString::fromLatin1(name)).pixmap(32, 32).isNull(), name);
    }
};

QTEST_MAIN(tst_Style)
#include "tst_style.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/scan.h"
#include "tests/ui/uitestdata.h"
#include "ui/models/imagetablemodel.h"
#include "ui/models/rulecatalogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bulkhead;

class tst_CatalogModels : public QObject
{
    Q_OBJECT

private slots:
    void ruleCatalogueShowsEveryRule()
    {
        ui::RuleCatalogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRules(rules::catalogue());
        QCOMPARE(model.rowCount(), int(rules::catalogue().size()));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.index(r, ui::RuleCatalogModel::Id).data().toString(),
                     QString::fromLatin1(model.rule(r)->id));
            QVERIFY(!model.index(r, ui::RuleCatalogModel::Title).data().toString().isEmpty());
        }
    }

    void imageTableCountsFindingsAndUsers()
    {
        ui::ImageTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto scan = test::sampleScan();
        model.setScan(scan);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ui::ImageTableModel::Name).data().toString(), QStringLiteral("busybox:1.35"));
        QCOMPARE(model.index(0, ui::ImageTableModel::UsedBy).data().toInt(), 3);
        QCOMPARE(model.index(0, ui::ImageTableModel::Layers).data().toInt(), 1);
        int expected = 0;
        for (const auto* f : scan->findingsFor(scan->inventory.images.front().id))
            expected += f->suppressed ? 0 : 1;
        QCOMPARE(model.index(0, ui::ImageTableModel::Findings).data().toInt(), expected);
    }
};

QTEST_MAIN(tst_CatalogModels)
#include "tst_catalogmodels.moc"

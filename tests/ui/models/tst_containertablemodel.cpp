// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/uitestdata.h"
#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bulkhead;

class tst_ContainerTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        ui::ContainerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(test::sampleScan());
        QCOMPARE(model.rowCount(), 3);
        model.setScan(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void showsOneRowPerContainerWithItsFacts()
    {
        ui::ContainerTableModel model;
        const auto scan = test::sampleScan();
        model.setScan(scan);
        QCOMPARE(model.rowCount(), int(scan->inventory.containers.size()));
        const int priv = model.rowOf(QString(64, u'1'));
        QVERIFY(priv >= 0);
        QCOMPARE(model.index(priv, ui::ContainerTableModel::Name).data().toString(), QStringLiteral("priv"));
        QCOMPARE(model.index(priv, ui::ContainerTableModel::Privileged).data().toString(),
                 QStringLiteral("privileged"));
        QVERIFY(model.index(priv, ui::ContainerTableModel::Critical).data().toInt() >= 1);
        QCOMPARE(model.index(priv, 0).data(ui::ContainerTableModel::MaxSeverityRole).toInt(),
                 int(model::Severity::Critical));
        const auto* result = scan->containerResult(QString(64, u'1'));
        QVERIFY(result);
        QCOMPARE(model.index(priv, ui::ContainerTableModel::Risk).data(ui::ContainerTableModel::SortRole).toInt(),
                 result->risk.score);
        const int nonroot = model.rowOf(QString(64, u'3'));
        QCOMPARE(model.index(nonroot, ui::ContainerTableModel::User).data().toString(), QStringLiteral("1000:1000"));
        QCOMPARE(model.index(nonroot, ui::ContainerTableModel::Ports).data().toString(),
                 QStringLiteral("0.0.0.0:8080->80/tcp"));
    }

    void updatesInPlaceByIdWithoutReset()
    {
        ui::ContainerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScan(test::sampleScan());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto raw = test::sampleRaw();
        raw.containers.erase(raw.containers.begin() + 1); // "plain" removed
        const std::string fresh(64, '4');
        model::RawContainer added;
        added.id = QString::fromStdString(fresh);
        added.inspect = test::containerInspect(fresh, "fresh", false, true, "");
        added.inspectStatus = 200;
        raw.containers.push_back(added);
        raw.containers[1].inspect["State"] = {{"Status", "exited"}, {"Running", false}}; // "nonroot" stopped
        model.setScan(ui::buildScanData(raw, {}, false, QStringLiteral("sample")));

        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QString(64, u'2')), -1);
        QVERIFY(model.rowOf(QString::fromStdString(fresh)) >= 0);
        QCOMPARE(model.index(model.rowOf(QString(64, u'3')), ui::ContainerTableModel::State).data().toString(),
                 QStringLiteral("exited"));
    }

    void unchangedScanEmitsNothing()
    {
        ui::ContainerTableModel model;
        model.setScan(test::sampleScan());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setScan(test::sampleScan());
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_MAIN(tst_ContainerTableModel)
#include "tst_containertablemodel.moc"

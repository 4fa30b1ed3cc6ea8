// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/uitestdata.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bulkhead;

class tst_ContainerFilterProxy : public QObject
{
    Q_OBJECT

private:
    QStringList names(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, ui::ContainerTableModel::Name).data().toString();
        out.sort();
        return out;
    }

private slots:
    void filtersBySearchSeverityStateAndRule()
    {
        ui::ContainerTableModel model;
        ui::ContainerFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto scan = test::sampleScan();
        model.setScan(scan);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setSearchText(QStringLiteral("PRIV"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("priv")});
        proxy.setSearchText(QString(6, u'3')); // id prefix
        QCOMPARE(names(proxy), QStringList{QStringLiteral("nonroot")});
        proxy.setSearchText(QStringLiteral("1000:1000"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("nonroot")});
        proxy.setSearchText({});

        proxy.setSeverity(int(model::Severity::Critical), true);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("priv")});
        proxy.setSeverity(-1, true);

        proxy.setState(QStringLiteral("running"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("nonroot"), QStringLiteral("plain")}));
        proxy.setState(QStringLiteral("stopped"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("priv")});
        proxy.setState({});

        // The rule of the privileged container's critical finding selects exactly it.
        QString criticalRule;
        for (const auto* f : scan->findingsFor(QString(64, u'1'))) {
            if (f->severity == model::Severity::Critical)
                criticalRule = f->ruleId;
        }
        QVERIFY(!criticalRule.isEmpty());
        proxy.setRuleId(criticalRule.toLower());
        QCOMPARE(names(proxy), QStringList{QStringLiteral("priv")});
        proxy.setRuleId({});
        QCOMPARE(proxy.rowCount(), 3);
    }

    void exactSeverityNeedsAFindingOfThatSeverity()
    {
        ui::ContainerTableModel model;
        ui::ContainerFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setScan(test::sampleScan());
        proxy.setSeverity(int(model::Severity::Critical), false);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("priv")});
    }

    void sortsScoresAsNumbers()
    {
        ui::ContainerTableModel model;
        ui::ContainerFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setScan(test::sampleScan());
        proxy.sort(ui::ContainerTableModel::Risk, Qt::DescendingOrder);
        int previous = 1000;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const int score =
                proxy.index(r, ui::ContainerTableModel::Risk).data(ui::ContainerTableModel::SortRole).toInt();
            QVERIFY(score <= previous);
            previous = score;
        }
        QCOMPARE(proxy.index(0, ui::ContainerTableModel::Name).data().toString(), QStringLiteral("priv"));
    }
};

QTEST_MAIN(tst_ContainerFilterProxy)
#include "tst_containerfilterproxy.moc"

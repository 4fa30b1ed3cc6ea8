// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/findingtreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bulkhead;

namespace {
model::Finding make(const char* rule, model::Severity s, model::Category c, int line = 0, bool suppressed = false)
{
    model::Finding f;
    f.ruleId = QString::fromLatin1(rule);
    f.severity = s;
    f.category = c;
    f.message = QStringLiteral("message of %1").arg(f.ruleId);
    f.location.line = line;
    f.suppressed = suppressed;
    return f;
}
} // namespace

class tst_FindingTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsByCategoryWorstFirst()
    {
        ui::FindingTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({make("X-1", model::Severity::Low, model::Category::Mounts),
                           make("X-2", model::Severity::Critical, model::Category::Privileges),
                           make("X-3", model::Severity::Medium, model::Category::Mounts),
                           make("X-4", model::Severity::High, model::Category::Privileges, 0, true)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data(ui::FindingTreeModel::IsGroupRole).toBool());
        QCOMPARE(first.data(ui::FindingTreeModel::SeverityRole).toInt(), int(model::Severity::Critical));
        QCOMPARE(model.rowCount(first), 2);
        // Unsuppressed before suppressed, then by severity.
        QCOMPARE(model.index(0, ui::FindingTreeModel::Rule, first).data().toString(), QStringLiteral("X-2"));
        QCOMPARE(model.index(1, ui::FindingTreeModel::Rule, first).data().toString(), QStringLiteral("X-4"));
        const QModelIndex second = model.index(1, 0);
        QCOMPARE(model.index(0, ui::FindingTreeModel::Rule, second).data().toString(), QStringLiteral("X-3"));
        QCOMPARE(model.finding(model.index(0, 0, second))->ruleId, QStringLiteral("X-3"));
        QCOMPARE(model.finding(first), nullptr);
        QCOMPARE(model.parent(model.index(0, 0, second)), second);
    }

    void flatModeListsEveryFinding()
    {
        ui::FindingTreeModel model;
        model.setGrouped(false);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({make("D-1", model::Severity::Low, model::Category::Dockerfile, 7),
                           make("D-2", model::Severity::High, model::Category::Dockerfile, 3)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(ui::FindingTreeModel::LineRole).toInt(), 3);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(model.index(1, ui::FindingTreeModel::Detail).data().toString().contains(QStringLiteral("7")));
        model.setGrouped(true);
        QCOMPARE(model.rowCount(), 1);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_FindingTreeModel)
#include "tst_findingtreemodel.moc"

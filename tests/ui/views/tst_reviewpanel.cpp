// SPDX-License-Identifier: GPL-3.0-or-later
// The review panel under a container's finding details: a decision picked is in the review file at once (0600), the
// note follows, previous/next step through the findings and show each one's decision, and a writer holding the lock
// never blocks the window nor loses the decision.
#include "core/report/report.h"
#include "core/review/review.h"
#include "tests/ui/uitestdata.h"
#include "ui/models/findingtreemodel.h"
#include "ui/reviewstore.h"
#include "ui/views/containerriskview.h"
#include "ui/views/reviewpanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <sys/stat.h>

using namespace bulkhead;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

const model::Finding* currentFinding(ui::ContainerRiskView& view)
{
    return view.findingModel()->finding(view.findingTree()->currentIndex());
}

void pick(ui::ReviewPanel* panel, const QString& decision)
{
    panel->decisionBox()->setCurrentIndex(panel->decisionBox()->findData(decision));
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void decisionsAreSavedAtOnceAndFollowTheSelection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.json"));
        QVERIFY(review::saveReview(review::ReviewFile{}, path).ok());
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        ui::ReviewStore store;
        store.setReviewer(QStringLiteral("<b>alice</b>"));
        QVERIFY(store.open(path).ok());

        const ui::ScanDataPtr scan = test::sampleScan();
        ui::ContainerRiskView view;
        view.setReviewStore(&store);
        view.setScan(scan);
        view.showContainer(QString(64, u'1')); // "priv": several findings
        ui::ReviewPanel* panel = view.reviewPanel();
        view.findingTree()->setCurrentIndex(QModelIndex());
        QVERIFY(!panel->decisionBox()->isEnabled()); // no finding selected
        QVERIFY(view.stepFinding(1));
        const model::Finding* first = currentFinding(view);
        QVERIFY(first != nullptr);
        const model::Finding firstCopy = *first;
        QVERIFY(panel->decisionBox()->isEnabled());
        QCOMPARE(panel->decisionBox()->currentData().toString(), QString());

        // A decision is on disk as soon as it is picked, 0600, under the finding's fingerprint.
        pick(panel, QStringLiteral("accepted-risk"));
        auto onDisk = review::loadReview(path);
        QVERIFY(onDisk.ok());
        const review::Decision* saved = onDisk->file.find(report::fingerprint(firstCopy));
        QVERIFY(saved != nullptr);
        QCOMPARE(saved->decision, QStringLiteral("accepted-risk"));
        QCOMPARE(saved->ruleId, firstCopy.ruleId);
        QCOMPARE(saved->reviewer, QStringLiteral("<b>alice</b>"));
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(panel->statusText().contains(QStringLiteral("Saved in review.json")));

        // The note follows on a pause (here: flushed by moving on with Next).
        panel->noteEdit()->setFocus();
        QTest::keyClicks(panel->noteEdit(), QStringLiteral("lab <script>only</script>"));
        panel->nextButton()->click();
        const model::Finding* second = currentFinding(view);
        QVERIFY(second != nullptr);
        QVERIFY(report::fingerprint(*second) != report::fingerprint(firstCopy));
        QCOMPARE(panel->decisionBox()->currentData().toString(), QString());
        QVERIFY(panel->noteEdit()->toPlainText().isEmpty());
        onDisk = review::loadReview(path);
        QCOMPARE(onDisk->file.find(report::fingerprint(firstCopy))->note, QStringLiteral("lab <script>only</script>"));

        // Back: the first finding's decision and note are shown again.
        panel->previousButton()->click();
        QCOMPARE(report::fingerprint(*currentFinding(view)), report::fingerprint(firstCopy));
        QCOMPARE(panel->decisionBox()->currentData().toString(), QStringLiteral("accepted-risk"));
        QCOMPARE(panel->noteEdit()->toPlainText(), QStringLiteral("lab <script>only</script>"));
        QVERIFY(!view.stepFinding(-1)); // the first finding: nothing before it

        // Not reviewed clears it from the file.
        pick(panel, QString());
        onDisk = review::loadReview(path);
        QVERIFY(onDisk->file.decisions.empty());
    }

    void stepsThroughEveryFindingOnce()
    {
        const ui::ScanDataPtr scan = test::sampleScan();
        ui::ContainerRiskView view;
        view.setScan(scan);
        view.showContainer(QString(64, u'1'));
        view.findingTree()->setCurrentIndex(QModelIndex());
        QSet<QString> seen;
        int steps = 0;
        while (view.stepFinding(1)) {
            const model::Finding* f = currentFinding(view);
            QVERIFY(f != nullptr);
            seen.insert(report::fingerprint(*f));
            ++steps;
        }
        QVERIFY(steps >= 3);
        QCOMPARE(seen.size(), steps);
        QVERIFY(!view.stepFinding(1)); // at the end
        int back = 0;
        while (view.stepFinding(-1)) {
            ++back;
        }
        QCOMPARE(back, steps - 1);
    }

    void withoutAFileDecisionsWaitForSaveAs()
    {
        QTemporaryDir dir;
        ui::ReviewStore store;
        model::Finding f;
        f.ruleId = QStringLiteral("CTR-001");
        f.targetKind = model::TargetKind::Container;
        f.targetName = QStringLiteral("web");
        QVERIFY(store.record(f, QStringLiteral("will-fix"), QStringLiteral("ticket 7")).ok());
        QVERIFY(store.hasUnsavedChanges());
        QVERIFY(!store.record(f, QStringLiteral("maybe"), {}).ok()); // refused, nothing changes
        QCOMPARE(store.decisionFor(f)->decision, QStringLiteral("will-fix"));
        const QString path = dir.filePath(QStringLiteral("new.json"));
        QVERIFY(store.saveAs(path).ok());
        QVERIFY(!store.hasUnsavedChanges());
        QCOMPARE(modeOf(path), mode_t(0600));
        QCOMPARE(review::loadReview(path)->file.find(report::fingerprint(f))->note, QStringLiteral("ticket 7"));
        // A missing folder: an error, the store keeps working on its file.
        QVERIFY(!store.saveAs(dir.filePath(QStringLiteral("missing/x.json"))).ok());
        QCOMPARE(store.path(), path);
    }

    void aLockedFileNeitherBlocksNorLosesTheDecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.json"));
        QVERIFY(review::saveReview(review::ReviewFile{}, path).ok());
        ui::ReviewStore store;
        store.setLockWaitMs(300);
        QVERIFY(store.open(path).ok());
        QLockFile other(path + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        model::Finding f;
        f.ruleId = QStringLiteral("IMG-001");
        f.targetKind = model::TargetKind::Image;
        f.targetName = QStringLiteral("nginx:1");
        QSignalSpy failed(&store, &ui::ReviewStore::saveFailed);
        QElapsedTimer t;
        t.start();
        QVERIFY(!store.record(f, QStringLiteral("fixed"), {}).ok());
        QVERIFY2(t.elapsed() < 3000, "the GUI thread waited too long for the lock");
        QCOMPARE(failed.count(), 1);
        QVERIFY(store.hasUnsavedChanges());
        QCOMPARE(store.decisionFor(f)->decision, QStringLiteral("fixed")); // kept in memory
        QVERIFY(review::loadReview(path)->file.decisions.empty());         // the file untouched
        other.unlock();
        // The next change saves everything, the earlier one included.
        model::Finding g = f;
        g.ruleId = QStringLiteral("IMG-002");
        QVERIFY(store.record(g, QStringLiteral("open"), {}).ok());
        QVERIFY(!store.hasUnsavedChanges());
        const auto onDisk = review::loadReview(path);
        QCOMPARE(onDisk->file.decisions.size(), size_t(2));
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_reviewpanel.moc"

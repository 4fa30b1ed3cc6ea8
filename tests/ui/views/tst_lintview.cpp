// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/lint.h"
#include "core/dockerfile/parser.h"
#include "ui/models/findingtreemodel.h"
#include "ui/views/lintview.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace bulkhead;

namespace {
const QByteArray kDockerfile = "FROM ubuntu:latest\n"
                               "RUN apt-get update && apt-get install curl\n"
                               "COPY . /app\n"
                               "USER root\n"
                               "CMD [\"/app/run\"]\n";

QList<int> expectedLines(const QByteArray& text, const QString& path)
{
    const auto df = dockerfile::parseDockerfile(text, path);
    QList<int> lines;
    for (const auto& f : dockerfile::lintDockerfile(df, {})) {
        if (f.location.line > 0 && !f.suppressed && !lines.contains(f.location.line))
            lines << f.location.line;
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}
} // namespace

class tst_LintView : public QObject
{
    Q_OBJECT

private slots:
    void marksTheLinesWithFindings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Dockerfile"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kDockerfile);
        f.close();

        ui::LintView view;
        QSignalSpy linted(&view, &ui::LintView::linted);
        QVERIFY(view.openPath(path));
        QVERIFY(linted.wait(20000));
        const QList<int> expected = expectedLines(kDockerfile, path);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(view.markedLines(), expected);
        QVERIFY(view.markedLines().contains(1));  // :latest
        QVERIFY(view.markedLines().contains(4));  // USER root as the last user
        QVERIFY(!view.markedLines().contains(5)); // a plain exec-form CMD is fine
    }

    void relintsAfterAnEditDebounced()
    {
        ui::LintView view;
        view.setDebounce(50);
        QSignalSpy linted(&view, &ui::LintView::linted);
        view.setText(QString::fromUtf8(kDockerfile));
        QVERIFY(linted.wait(20000));
        QVERIFY(view.markedLines().contains(4));
        linted.clear();
        // Fix the user: typing triggers a lint a moment later; several quick edits cause one lint.
        QTextCursor c(view.editor()->document()->findBlockByNumber(3));
        c.select(QTextCursor::LineUnderCursor);
        c.insertText(QStringLiteral("USER 10001"));
        view.editor()->appendPlainText(QString());
        QVERIFY(linted.wait(20000));
        QTest::qWait(200);
        QCOMPARE(linted.count(), 1);
        const QByteArray fixed = view.editor()->toPlainText().toUtf8();
        QCOMPARE(view.markedLines(), expectedLines(fixed, QStringLiteral("Dockerfile")));
        QVERIFY(!view.markedLines().contains(4));
    }

    void findingListJumpsToTheLine()
    {
        ui::LintView view;
        QSignalSpy linted(&view, &ui::LintView::linted);
        view.setText(QString::fromUtf8(kDockerfile));
        QVERIFY(linted.wait(20000));
        auto* model = view.findingModel();
        QVERIFY(model->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(ui::FindingTreeModel::LineRole).toInt() == 4)
                row = r;
        }
        QVERIFY(row >= 0);
        view.findingList()->setCurrentIndex(model->index(row, 0));
        QCOMPARE(view.editor()->textCursor().blockNumber(), 3);
    }

    void refusesAFolderWithoutDockerfile()
    {
        QTemporaryDir dir;
        ui::LintView view;
        QSignalSpy message(&view, &ui::LintView::message);
        QVERIFY(!view.openPath(dir.path()));
        QCOMPARE(message.count(), 1);
    }
};

QTEST_MAIN(tst_LintView)
#include "tst_lintview.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's layer scan feeds the rules that need an image's layers (IMG-010, setuid/setgid files) as
// `bulkhead-cli scan --layers` does: the findings of an image after "Scan layers" include IMG-010. (The whole path,
// button to findings tab, runs against the test daemon in tst_imagesview_daemon.)
#include "ui/layerscanjob.h"

#include <QTest>

using namespace bulkhead;

class tst_LayerScanJob : public QObject
{
    Q_OBJECT

private slots:
    void setuidFilesBecomeImageFindings()
    {
        model::Image image;
        image.id = QStringLiteral("sha256:feed");
        image.repoTags = {QStringLiteral("app:1")};
        secrets::LayerScanResult result;
        result.layers = {QStringLiteral("sha256:l1"), QStringLiteral("sha256:l2")};
        result.osRelease.insert(QStringLiteral("ID"), QStringLiteral("debian"));
        result.setuidFiles.push_back({QStringLiteral("/usr/bin/passwd"), QStringLiteral("sha256:l1"), 04755});
        result.setuidFiles.push_back({QStringLiteral("/usr/local/bin/helper"), QStringLiteral("sha256:l2"), 04755});
        result.setuidFiles.push_back({QStringLiteral("/opt/tool/run"), QStringLiteral("sha256:l2"), 02711});

        const model::Findings f = ui::LayerScanJob::layerRuleFindings(image, result);
        QCOMPARE(f.size(), std::size_t(2)); // passwd is a distribution's known setuid program
        QStringList evidence;
        for (const model::Finding& x : f) {
            QCOMPARE(x.ruleId, QStringLiteral("IMG-010"));
            QCOMPARE(x.targetId, image.id);
            QCOMPARE(x.targetName, QStringLiteral("app:1"));
            QCOMPARE(x.targetKind, model::TargetKind::Image);
            evidence << x.evidence;
        }
        evidence.sort();
        QVERIFY2(evidence[0].startsWith(QStringLiteral("/opt/tool/run mode 2711 in layer sha256:l2")),
                 qPrintable(evidence[0]));
        QVERIFY2(evidence[1].startsWith(QStringLiteral("/usr/local/bin/helper mode 4755 in layer sha256:l2")),
                 qPrintable(evidence[1]));

        // Nothing setuid: nothing claimed.
        result.setuidFiles.clear();
        QVERIFY(ui::LayerScanJob::layerRuleFindings(image, result).empty());
    }
};

QTEST_MAIN(tst_LayerScanJob)
#include "tst_layerscanjob.moc"

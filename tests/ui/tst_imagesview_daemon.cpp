// SPDX-License-Identifier: GPL-3.0-or-later
// "Scan layers" in the images view against the real test daemon: the fixture image with secrets shows its layer
// secrets, the one deleted in a later layer marked "deleted but still in the image", no secret value in clear; cancel
// stops a scan; a snapshot offers no layer scan. The scan runs off the GUI thread: the event loop keeps ticking.
#include "core/engine/endpoint.h"
#include "tests/common/testdaemon.h"
#include "ui/mainwindow.h"
#include "ui/models/findingtreemodel.h"
#include "ui/models/imagetablemodel.h"
#include "ui/scancontroller.h"
#include "ui/views/imagesview.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace bulkhead;

class tst_ImagesViewDaemon : public QObject
{
    Q_OBJECT

private:
    test::TestDaemon m_daemon;
    std::unique_ptr<ui::MainWindow> m_window;

    QString imageIdByTag(const QString& tag) const
    {
        for (const auto& img : m_window->scan()->inventory.images) {
            if (img.repoTags.contains(tag))
                return img.id;
        }
        return {};
    }

    QStringList fixtureSecretValues() const
    {
        QStringList values;
        QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
        if (!f.open(QIODevice::ReadOnly))
            return values;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (!line.startsWith('#') && line.contains('='))
                values << QString::fromUtf8(line.mid(line.indexOf('=') + 1)).trimmed();
        }
        return values;
    }

    QString treeText() const
    {
        QString text;
        QTreeWidget* tree = m_window->imagesView()->layerTree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->columnCount(); ++c)
                text += tree->topLevelItem(i)->text(c) + u'\t';
            text += u'\n';
        }
        return text;
    }

    // Evidence of the findings of `rule` in the images view's "Findings" tab.
    static QStringList imageFindings(ui::ImagesView* view, const char* rule)
    {
        QStringList out;
        for (const auto& f : view->findingsModel()->findings()) {
            if (f.ruleId == QLatin1String(rule))
                out << f.evidence;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_TESTD(m_daemon);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_imagesview_daemon"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("started"), true);
        // A fresh layer cache: the first scan must really read the layers.
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();

        auto endpoint = engine::parseEndpointUrl(m_daemon.dockerHost());
        QVERIFY(endpoint.ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1280, 820);
        m_window->show();
        QSignalSpy shown(m_window.get(), &ui::MainWindow::scanShown);
        m_window->connectTo(endpoint.value());
        QVERIFY(shown.wait(120000));
        QVERIFY(!m_window->isDemo());
    }

    void scansTheRiskyImageLayers()
    {
        const QString id = imageIdByTag(QStringLiteral("bulkhead/fixture-risky:1"));
        QVERIFY2(!id.isEmpty(), "the test daemon lacks bulkhead/fixture-risky:1");
        auto* view = m_window->imagesView();
        m_window->showPage(ui::MainWindow::ImagesPage);
        view->showImage(id);
        QCOMPARE(view->currentImage(), id);
        QVERIFY(view->scanLayersButton()->isEnabled());
        // Before the layers are read, IMG-010 (setuid files) has nothing to go on and stays silent.
        QVERIFY(imageFindings(view, "IMG-010").isEmpty());

        // The GUI thread stays free while the layers stream: a 10 ms timer keeps ticking.
        QElapsedTimer sinceTick;
        qint64 maxGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] { maxGap = std::max(maxGap, sinceTick.restart()); });
        QSignalSpy finished(view, &ui::ImagesView::layerScanFinished);
        view->scanLayersButton()->click();
        QVERIFY(view->layerScanRunning());
        QVERIFY(view->cancelLayersButton()->isVisible());
        QVERIFY(!view->scanLayersButton()->isEnabled());
        sinceTick.start();
        tick.start();
        QVERIFY(finished.wait(300000));
        tick.stop();
        QCOMPARE(finished.first().at(0).toString(), id);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(!view->layerScanRunning());
        QVERIFY(!view->cancelLayersButton()->isVisible());
        qInfo("longest gap between 10 ms ticks during the layer scan: %lld ms", static_cast<long long>(maxGap));

        const auto* result = view->layerResult(id);
        QVERIFY(result);
        QVERIFY(result->layers.size() > 3);
        // The AWS credentials file was deleted by a later RUN but is still in a layer.
        bool deletedFound = false;
        for (const auto& f : result->findings) {
            if (f.ruleId == QLatin1String("SEC-101") && f.location.file.endsWith(QLatin1String(".aws/credentials")))
                deletedFound = true;
        }
        QVERIFY(deletedFound);
        const QString text = treeText();
        QVERIFY(text.contains(QStringLiteral("/root/.aws/credentials")));
        QVERIFY(text.contains(QStringLiteral("deleted but still in the image")));
        QVERIFY(text.contains(QStringLiteral("/root/.ssh/id_rsa")));
        QVERIFY(view->layerStatus()->text().contains(QStringLiteral("still in the image")));
        for (const QString& secret : fixtureSecretValues())
            QVERIFY2(!text.contains(secret), "a secret value shows in clear");
        const QString dir = test::binaryPath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("images-layer-scan.png"))));
        // The layer scan feeds IMG-010 into the image's findings, as `scan --layers` does: the fixture's setuid copy
        // of busybox, and nothing else (busybox's own binary is not setuid).
        const QStringList setuid = imageFindings(view, "IMG-010");
        QCOMPARE(setuid.size(), 1);
        QVERIFY2(setuid[0].startsWith(QStringLiteral("/usr/local/bin/suid-helper mode 4755")), qPrintable(setuid[0]));
        // The findings go to reports too, IMG-010 included.
        QCOMPARE(view->layerFindings().size(), result->findings.size() + 1);
    }

    void cancelStopsAScan()
    {
        const QString id = imageIdByTag(QStringLiteral("bulkhead/fixture-large:1"));
        QVERIFY2(!id.isEmpty(), "the test daemon lacks bulkhead/fixture-large:1");
        auto* view = m_window->imagesView();
        view->showImage(id);
        QSignalSpy finished(view, &ui::ImagesView::layerScanFinished);
        QVERIFY(view->scanLayers());
        view->cancelLayersButton()->click();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toString(), id);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!view->layerScanRunning());
        QVERIFY(view->layerResult(id) == nullptr);
        QVERIFY(view->scanLayersButton()->isEnabled());
        QVERIFY(view->layerStatus()->text().contains(QStringLiteral("ancel")));
    }

    void snapshotsOfferNoLayerScan()
    {
        // Wait for the demo's own hand-out: a live update of the daemon (other tests' containers coming and going)
        // can still emit scanShown first.
        bool demoShown = false;
        const auto c = connect(
            m_window.get(), &ui::MainWindow::scanShown, this, [&] { demoShown = demoShown || m_window->isDemo(); });
        m_window->openDemo();
        QVERIFY(QTest::qWaitFor([&] { return demoShown; }, 60000));
        disconnect(c);
        auto* view = m_window->imagesView();
        QVERIFY(!view->currentImage().isEmpty());
        QVERIFY(!view->scanLayersButton()->isEnabled());
        QVERIFY(!view->scanLayers());
        // Layer results of the daemon's images do not go into a report of the demo (other image ids).
        for (const auto& f : view->layerFindings())
            QVERIFY(m_window->scan()->inventory.imageById(f.targetId));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(tst_ImagesViewDaemon)
#include "tst_imagesview_daemon.moc"

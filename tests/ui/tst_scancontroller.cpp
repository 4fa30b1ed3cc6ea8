// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/snapshot.h"
#include "ui/scancontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead;

class tst_ScanController : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheDemoOffTheGuiThread()
    {
        ui::ScanController controller;
        QSignalSpy ready(&controller, &ui::ScanController::scanReady);
        QSignalSpy failed(&controller, &ui::ScanController::failed);
        controller.openDemo();
        QVERIFY(controller.busy());
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.count(), 0);
        const auto scan = ready.first().first().value<ui::ScanDataPtr>();
        QVERIFY(scan);
        QVERIFY(scan->demo);
        QVERIFY(!scan->inventory.containers.empty());
        QCOMPARE(scan->result.containers.size(), scan->inventory.containers.size());
        QTRY_VERIFY(!controller.busy());
    }

    void reportsABrokenSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"bulkhead-snapshot\", \"version\": 1, \"containers\": [tru");
        f.close();
        ui::ScanController controller;
        QSignalSpy ready(&controller, &ui::ScanController::scanReady);
        QSignalSpy failed(&controller, &ui::ScanController::failed);
        controller.openSnapshot(path);
        QVERIFY(failed.wait(30000));
        QCOMPARE(ready.count(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void failsCleanlyWhenTheDaemonIsAbsent()
    {
        auto endpoint = engine::parseEndpointUrl(QStringLiteral("unix:///nonexistent/bulkhead-test/docker.sock"));
        QVERIFY(endpoint.ok());
        ui::ScanController controller;
        QSignalSpy failed(&controller, &ui::ScanController::failed);
        controller.connectTo(endpoint.value());
        QVERIFY(failed.wait(30000));
    }

    void parsesContainerEvents()
    {
        QString id;
        QString action;
        qint64 t = 0;
        QVERIFY(ui::parseContainerEvent(
            R"({"status":"create","id":"abc","Type":"container","Action":"create","Actor":{"ID":"abc123","Attributes":{"name":"x"}},"time":1,"timeNano":1700000000123456789})",
            &id,
            &action,
            &t));
        QCOMPARE(id, QStringLiteral("abc123"));
        QCOMPARE(action, QStringLiteral("create"));
        QCOMPARE(t, Q_INT64_C(1700000000123456789));
        QVERIFY(!ui::parseContainerEvent(
            R"({"Type":"container","Action":"exec_start: sh","Actor":{"ID":"a"}})", &id, &action, &t));
        QVERIFY(!ui::parseContainerEvent(R"({"Type":"image","Action":"pull","Actor":{"ID":"a"}})", &id, &action, &t));
        QVERIFY(
            !ui::parseContainerEvent(R"({"Type":"container","Action":"start","Actor":{"ID":7}})", &id, &action, &t));
        QVERIFY(!ui::parseContainerEvent("not json at all", &id, &action, &t));
        QVERIFY(!ui::parseContainerEvent(R"(["Type","container"])", &id, &action, &t));
        QVERIFY(!ui::parseContainerEvent({}, &id, &action, &t));
    }
};

QTEST_MAIN(tst_ScanController)
#include "tst_scancontroller.moc"

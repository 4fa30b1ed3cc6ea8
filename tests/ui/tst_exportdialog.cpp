// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export report…: each format written from the demo snapshot on the dialog's worker thread and read back
// (JSON and SARIF parse, HTML names the containers, PDF is a PDF), scopes, "open when done", errors and cancel.
#include "core/engine/snapshot.h"
#include "core/util/textescape.h"
#include "tests/common/testdaemon.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/containertablemodel.h"
#include "ui/scancontroller.h"
#include "ui/views/containerriskview.h"
#include "ui/views/containersview.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace bulkhead;

namespace {

nlohmann::json readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nlohmann::json::value_t::discarded;
    const QByteArray bytes = f.readAll();
    return nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList fixtureSecretValues()
{
    QStringList values;
    QFile f(test::sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    if (!f.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith('#') || !line.contains('='))
            continue;
        values << QString::fromUtf8(line.mid(line.indexOf('=') + 1)).trimmed();
    }
    return values;
}

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private:
    ui::ScanDataPtr m_scan;
    QTemporaryDir m_dir;
    QStringList m_opened;

    QString idOf(const QString& name) const
    {
        for (const auto& c : m_scan->inventory.containers) {
            if (c.name == name)
                return c.id;
        }
        return {};
    }

    // Runs the dialog's export to completion and returns the written path (empty on failure).
    QString exportWith(ui::ExportDialog& dialog)
    {
        QSignalSpy done(&dialog, &ui::ExportDialog::exported);
        QSignalSpy failed(&dialog, &ui::ExportDialog::exportFailed);
        dialog.exportButton()->click();
        if (!dialog.running() && failed.isEmpty())
            return {};
        if (failed.isEmpty() && done.isEmpty())
            (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 120000);
        return done.isEmpty() ? QString() : done.first().first().toString();
    }

    std::unique_ptr<ui::ExportDialog> dialog(const QStringList& selected = {}, const QString& current = {})
    {
        auto d = std::make_unique<ui::ExportDialog>(m_scan, selected, current);
        d->setOpener([this](const QUrl& url) {
            m_opened << url.toLocalFile();
            return true;
        });
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BulkheadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QFile demo(ui::ScanController::demoResource());
        QVERIFY(demo.open(QIODevice::ReadOnly));
        auto raw = engine::parseSnapshot(demo.readAll());
        QVERIFY(raw.ok());
        m_scan = ui::buildScanData(std::move(raw.value()), {}, true, QStringLiteral("demo"));
        QVERIFY(m_scan->inventory.containers.size() > 5);
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("html") << int(report::Format::Html);
        QTest::newRow("pdf") << int(report::Format::Pdf);
        QTest::newRow("json") << int(report::Format::Json);
        QTest::newRow("sarif") << int(report::Format::Sarif);
    }
    void exportsEachFormat()
    {
        QFETCH(int, format);
        const auto fmt = report::Format(format);
        auto d = dialog();
        d->setFormat(fmt);
        // The suffix follows the format.
        d->setPath(m_dir.filePath(QStringLiteral("all.report")));
        QVERIFY2(d->path().endsWith(report::formatSuffix(fmt)), qPrintable(d->path()));
        d->setOpenWhenDone(true);
        m_opened.clear();
        const QString path = exportWith(*d);
        QVERIFY2(!path.isEmpty(), qPrintable(d->statusLabel()->text()));
        QCOMPARE(path, d->path());
        QCOMPARE(m_opened, QStringList{path});
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray bytes = readAll(path);
        switch (fmt) {
        case report::Format::Html:
            QVERIFY(bytes.startsWith("<!DOCTYPE html"));
            for (const auto& c : m_scan->inventory.containers)
                QVERIFY2(bytes.contains(util::htmlEscape(c.name).toUtf8()), qPrintable(c.name));
            QVERIFY(!bytes.contains("<script"));
            break;
        case report::Format::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            QVERIFY(bytes.size() > 20000);
            break;
        case report::Format::Json: {
            const auto j = readJson(path);
            QVERIFY(j.is_object());
            QCOMPARE(QString::fromStdString(j["schemaVersion"].get<std::string>()),
                     QString::fromLatin1(report::kJsonSchemaVersion));
            QCOMPARE(j["containers"].size(), m_scan->inventory.containers.size());
            QCOMPARE(QString::fromStdString(j["report"]["scope"]["kind"].get<std::string>()), QStringLiteral("all"));
            break;
        }
        case report::Format::Sarif: {
            const auto j = readJson(path);
            QVERIFY(j.is_object());
            QCOMPARE(QString::fromStdString(j["version"].get<std::string>()), QStringLiteral("2.1.0"));
            QVERIFY(j["runs"].is_array() && j["runs"].size() == 1);
            QVERIFY(j["runs"][0]["results"].size() > 0);
            break;
        }
        }
        // The fixture secrets never leave in clear text.
        for (const QString& secret : fixtureSecretValues())
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(QStringLiteral("secret in %1").arg(path)));
    }

    void oneContainerScopeHoldsOnlyIt()
    {
        const QString id = idOf(QStringLiteral("bh-privileged"));
        QVERIFY(!id.isEmpty());
        auto d = dialog({}, id); // the container shown in the risk view is preselected
        d->setFormat(report::Format::Json);
        d->setScopeKind(report::Scope::Kind::Container);
        QCOMPARE(d->request().scope.containers, QStringList{id});
        d->setPath(m_dir.filePath(QStringLiteral("one.json")));
        d->setOpenWhenDone(false);
        m_opened.clear();
        const QString path = exportWith(*d);
        QVERIFY2(!path.isEmpty(), qPrintable(d->statusLabel()->text()));
        QVERIFY(m_opened.isEmpty());
        const auto j = readJson(path);
        QCOMPARE(j["containers"].size(), size_t(1));
        QCOMPARE(QString::fromStdString(j["containers"][0]["id"].get<std::string>()), id);
        QCOMPARE(QString::fromStdString(j["report"]["scope"]["kind"].get<std::string>()), QStringLiteral("container"));
        // Images in the report are those the one container uses.
        for (const auto& img : j["images"])
            QVERIFY(img["usedBy"].size() <= 1);

        // The HTML of the same scope names it and not the others.
        d = dialog({}, id);
        d->setFormat(report::Format::Html);
        d->setScopeKind(report::Scope::Kind::Container);
        d->setPath(m_dir.filePath(QStringLiteral("one.html")));
        d->setOpenWhenDone(false);
        const QByteArray html = readAll(exportWith(*d));
        QVERIFY(html.contains("bh-privileged"));
        QVERIFY(!html.contains("bh-hardened"));
    }

    void selectionScopeHoldsTheTickedContainers()
    {
        const QStringList ids{idOf(QStringLiteral("bh-privileged")), idOf(QStringLiteral("bh-hardened"))};
        QVERIFY(!ids.contains(QString()));
        auto d = dialog(ids);
        // Two selected rows preselect the "selected containers" scope with those ticked.
        const ui::ExportRequest preset = d->request();
        QCOMPARE(preset.scope.kind, report::Scope::Kind::Selection);
        QCOMPARE(QSet<QString>(preset.scope.containers.begin(), preset.scope.containers.end()),
                 QSet<QString>(ids.begin(), ids.end()));
        d->setFormat(report::Format::Json);
        d->setPath(m_dir.filePath(QStringLiteral("selection.json")));
        d->setOpenWhenDone(false);
        const auto j = readJson(exportWith(*d));
        QCOMPARE(j["containers"].size(), size_t(2));
        QSet<QString> got;
        for (const auto& c : j["containers"])
            got.insert(QString::fromStdString(c["id"].get<std::string>()));
        QCOMPARE(got, QSet<QString>(ids.begin(), ids.end()));

        // Nothing ticked: a clear message, nothing written, no worker started.
        d->setSelectedContainers({});
        d->setPath(m_dir.filePath(QStringLiteral("none.json")));
        QSignalSpy failed(d.get(), &ui::ExportDialog::exportFailed);
        d->exportButton()->click();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!d->running());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));
    }

    void missingFolderIsAClearError()
    {
        auto d = dialog();
        d->setPath(m_dir.filePath(QStringLiteral("no/such/folder/report.html")));
        QSignalSpy failed(d.get(), &ui::ExportDialog::exportFailed);
        d->exportButton()->click();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
    }

    void cancelWritesNothing()
    {
        auto d = dialog();
        d->setFormat(report::Format::Pdf);
        const QString target = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        d->setPath(target);
        QSignalSpy rejected(d.get(), &QDialog::rejected);
        QSignalSpy done(d.get(), &ui::ExportDialog::exported);
        d->exportButton()->click();
        QVERIFY(d->running());
        d->reject(); // Cancel/Escape while the worker runs: it stops after its current step
        QVERIFY(d->running() || !rejected.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!rejected.isEmpty(), 60000);
        QVERIFY(done.isEmpty());
        QVERIFY(!d->running());
        QVERIFY(!QFile::exists(target));
    }

    void mainWindowPresetsTheSelection()
    {
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy shown(&window, &ui::MainWindow::scanShown);
        window.openDemo();
        QVERIFY(shown.wait(60000));
        QTableView* table = window.containersView()->table();
        table->clearSelection();
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList selected = window.containersView()->selectedContainers();
        QCOMPARE(selected.size(), 2);
        std::unique_ptr<ui::ExportDialog> d(window.createExportDialog());
        QVERIFY(d);
        const ui::ExportRequest preset = d->request();
        QCOMPARE(preset.scope.kind, report::Scope::Kind::Selection);
        QCOMPARE(QSet<QString>(preset.scope.containers.begin(), preset.scope.containers.end()),
                 QSet<QString>(selected.begin(), selected.end()));
        // A screenshot of the dialog for people to look at (build folder, with the views' screenshots).
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const QString dir = test::binaryPath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(d->grab().save(QDir(dir).filePath(QStringLiteral("export-dialog.png"))));
        d.reset();
        // "Export report…" in the container risk view opens the dialog scoped to that container.
        const QString id = idOf(QStringLiteral("bh-privileged"));
        window.showContainer(id);
        QVERIFY(window.riskView()->exportButton()->isEnabled());
        window.riskView()->exportButton()->click();
        auto* opened = window.findChild<ui::ExportDialog*>();
        QVERIFY(opened);
        const ui::ExportRequest one = opened->request();
        QCOMPARE(one.scope.kind, report::Scope::Kind::Container);
        QCOMPARE(one.scope.containers, QStringList{id});
        opened->close();
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"

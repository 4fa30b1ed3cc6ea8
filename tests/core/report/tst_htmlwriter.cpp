// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report read by a real browser: headless Chromium with an empty profile renders it, dumps the DOM it built
// and takes a screenshot. What the DOM holds is what a reviewer sees; an injected name must be text there.
#include "core/report/report.h"

#include "tests/common/testdaemon.h"
#include "tests/core/report/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace bulkhead;
using namespace bulkhead::report;

namespace {

QString chromium()
{
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty()) {
            return path;
        }
    }
    return {};
}

} // namespace

class TestHtmlWriter : public QObject
{
    Q_OBJECT

private:
    ReportModel m_model;
    QByteArray m_html;
    QString m_path;
    QString m_dom;

    // Runs headless Chromium on the report with a throw-away profile; returns stdout.
    QByteArray runChromium(const QStringList& extra, bool* ok)
    {
        QTemporaryDir profile;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), profile.path());
        p.setProcessEnvironment(env);
        QStringList args{QStringLiteral("--headless"),
                         QStringLiteral("--no-sandbox"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-component-update"),
                         QStringLiteral("--disable-sync"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--user-data-dir=") + profile.path()};
        args << extra << QUrl::fromLocalFile(m_path).toString();
        p.start(chromium(), args);
        *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        m_model = buildReport(fx.inventory, fx.scan, fx.options);
        m_html = writeHtml(m_model);
        QDir().mkpath(test::binaryPath(QStringLiteral("artefacts/report")));
        m_path = test::binaryPath(QStringLiteral("artefacts/report/fixture.html"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(m_html), m_html.size());
    }

    void isSelfContainedWithAStrictPolicy()
    {
        QVERIFY(m_html.startsWith("<!DOCTYPE html>"));
        QVERIFY(m_html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                                "'unsafe-inline'; img-src data:"));
        QVERIFY(!m_html.contains("<script"));
        QVERIFY(!m_html.contains("<link"));
        QVERIFY(!m_html.contains("<img"));
        QVERIFY(!m_html.contains("@import"));
        QVERIFY(!m_html.contains("url("));
        // Every src/href is an in-page anchor: nothing is fetched from anywhere.
        static const QRegularExpression ref(QStringLiteral("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\""));
        for (auto it = ref.globalMatch(QString::fromUtf8(m_html)); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(u'#'), qPrintable(target));
        }
        QVERIFY(m_html.contains("<svg"));         // charts inline
        QVERIFY(m_html.contains("@media print")); // print CSS
        QVERIFY(m_html.contains("<nav class=\"toc\""));
    }

    void escapesHostileStringsInTheSource()
    {
        QVERIFY(m_html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(m_html.contains("&lt;b&gt;next sprint&lt;/b&gt;")); // reviewer note
        QVERIFY(!m_html.contains("onerror=alert(1)>"));
    }

    void anchorsResolve()
    {
        static const QRegularExpression href(QStringLiteral("href=\"#([^\"]+)\""));
        static const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]+)\""));
        QSet<QString> ids;
        const QString html = QString::fromUtf8(m_html);
        for (auto it = id.globalMatch(html); it.hasNext();) {
            ids.insert(it.next().captured(1));
        }
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(ids.contains(target), qPrintable(target));
        }
    }

    void chromiumRendersItAsText()
    {
        if (chromium().isEmpty()) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("chromium not installed (apt-get install chromium)"));
        }
        bool ok = false;
        m_dom = QString::fromUtf8(runChromium({QStringLiteral("--dump-dom")}, &ok));
        QVERIFY2(ok, "chromium --dump-dom failed");
        QVERIFY(m_dom.contains(QStringLiteral("</html>")));
        for (const ContainerSection& c : m_model.containers) {
            if (c.name == test::kInjectedName) {
                continue;
            }
            QVERIFY2(m_dom.contains(c.name), qPrintable(c.name));
        }
        for (const RuleRef& r : m_model.rules) {
            QVERIFY2(m_dom.contains(r.id), qPrintable(r.id));
        }
        // The injected name is text in the DOM (serialised escaped), and no element came out of it.
        QVERIFY(m_dom.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(!m_dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
        QVERIFY(!m_dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!m_dom.contains(QStringLiteral("<b>next sprint")));
        QCOMPARE(test::leakedSecrets(m_dom.toUtf8()), QStringList());
    }

    void chromiumTakesAScreenshot()
    {
        if (chromium().isEmpty()) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("chromium not installed"));
        }
        const QString png = test::binaryPath(QStringLiteral("artefacts/report/fixture-html.png"));
        QFile::remove(png);
        bool ok = false;
        runChromium({QStringLiteral("--screenshot=") + png,
                     QStringLiteral("--window-size=1280,1800"),
                     QStringLiteral("--hide-scrollbars")},
                    &ok);
        QVERIFY2(ok, "chromium --screenshot failed");
        QFile f(png);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(f.size() > 20000); // a rendered page, not a blank one
    }

    void neverLeaksFixtureSecrets()
    {
        QCOMPARE(test::leakedSecrets(m_html), QStringList());
        QVERIFY(m_html.contains("DB_PASSWORD="));
    }
};

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"

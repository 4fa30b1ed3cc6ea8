// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report read back by poppler: pdftotext must find every container name, finding id and section, pdffonts
// must show embedded fonts (no black boxes), and pdftoppm renders page 1 as an artefact to look at.
#include "core/report/pdf/pdfwriter.h"

#include "tests/common/testdaemon.h"
#include "tests/core/report/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace bulkhead;
using namespace bulkhead::report;

namespace {

QString run(const QString& tool, const QStringList& args, bool* ok)
{
    QProcess p;
    p.start(tool, args);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private:
    ReportModel m_model;
    QString m_path;
    QString m_text; // pdftotext -layout output

private slots:
    void initTestCase()
    {
        const test::ReportFixture fx = test::makeReportFixture();
        m_model = buildReport(fx.inventory, fx.scan, fx.options);
        QDir().mkpath(test::binaryPath(QStringLiteral("artefacts/report")));
        m_path = test::binaryPath(QStringLiteral("artefacts/report/fixture.pdf"));
        QFile::remove(m_path);
        const util::Result<void> written = writePdf(m_model, m_path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("poppler-utils not installed"));
        }
        bool ok = false;
        m_text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), m_path, QStringLiteral("-")}, &ok);
        QVERIFY(ok);
    }

    void isAPdfWrittenPrivately()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QCOMPARE(f.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }

    void holdsEveryContainerAndFinding()
    {
        // pdftotext may break a long name at a line end; compare without white space.
        QString flat = m_text;
        flat.remove(QRegularExpression(QStringLiteral("\\s+")));
        for (const ContainerSection& c : m_model.containers) {
            QString name = c.name;
            QVERIFY2(flat.contains(name.remove(QRegularExpression(QStringLiteral("\\s+")))), qPrintable(c.name));
        }
        for (const ReportFinding* f : m_model.allFindings()) {
            QVERIFY2(m_text.contains(f->finding.ruleId), qPrintable(f->finding.ruleId));
        }
    }

    void hasTheExpectedSections()
    {
        for (const char* s : {"Contents",
                              "Executive summary",
                              "Top risks",
                              "Host and daemon",
                              "Containers",
                              "Images",
                              "Dockerfiles and files",
                              "findings",
                              "Review decisions",
                              "Appendix: rules that ran",
                              "Hardened docker run",
                              "prod-docker-01",
                              "20.10.24",
                              "6.1.0-13-amd64"}) {
            QVERIFY2(m_text.contains(QString::fromUtf8(s)), s);
        }
        // Charts are drawn text objects: their labels are real text.
        QVERIFY(m_text.contains(QStringLiteral("Findings by severity")));
        QVERIFY(m_text.contains(QStringLiteral("Riskiest containers")));
    }

    void hasHeadersFootersAndPageNumbers()
    {
        const QStringList pages = m_text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(pages.size() >= 3);
        const int n = static_cast<int>(pages.size());
        for (int i = 1; i < n; ++i) { // the cover has none
            QVERIFY2(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)),
                     qPrintable(QString::number(i)));
            QVERIFY(pages[i].contains(QStringLiteral("prod-docker-01")));
            QVERIFY(pages[i].contains(QStringLiteral("2026-11-29 07:00 UTC")));
        }
    }

    void tableOfContentsPointsAtTheRightPages()
    {
        // The TOC says on which page the "Containers" section starts; that page must begin with it.
        const QStringList pages = m_text.split(u'\f');
        static const QRegularExpression entry(QStringLiteral("\\n\\s*Containers[ .]*?(\\d+)\\s*\\n"));
        const QRegularExpressionMatch m = entry.match(pages.value(1));
        QVERIFY2(m.hasMatch(), qPrintable(pages.value(1)));
        const int page = m.captured(1).toInt();
        QVERIFY(page >= 3 && page <= pages.size());
        QVERIFY2(pages[page - 1].contains(QStringLiteral("Containers")), qPrintable(pages[page - 1]));
    }

    void embedsRealFonts()
    {
        bool ok = false;
        const QString fonts = run(QStringLiteral("pdffonts"), {m_path}, &ok);
        QVERIFY(ok);
        QVERIFY2(fonts.contains(QStringLiteral("DejaVu")), qPrintable(fonts));
        // Every font line says emb=yes (column "emb").
        for (const QString& line : fonts.split(u'\n').mid(2)) {
            if (!line.trimmed().isEmpty()) {
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
            }
        }
    }

    void rendersPageOneAsPng()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            BULKHEAD_SKIP_OUTSIDE_CI(QStringLiteral("pdftoppm not installed"));
        }
        const QString prefix = test::binaryPath(QStringLiteral("artefacts/report/fixture-pdf"));
        for (const char* page : {"1", "2", "3"}) {
            bool ok = false;
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"),
                 QStringLiteral("-r"),
                 QStringLiteral("60"),
                 QStringLiteral("-f"),
                 QString::fromLatin1(page),
                 QStringLiteral("-l"),
                 QString::fromLatin1(page),
                 QStringLiteral("-singlefile"),
                 m_path,
                 prefix + QStringLiteral("-p") + QString::fromLatin1(page)},
                &ok);
            QVERIFY(ok);
            QVERIFY(QFile(prefix + QStringLiteral("-p") + QString::fromLatin1(page) + QStringLiteral(".png")).size() >
                    5000);
        }
    }

    void neverLeaksFixtureSecrets()
    {
        QCOMPARE(test::leakedSecrets(m_text.toUtf8()), QStringList());
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(test::leakedSecrets(f.readAll()), QStringList());
    }

    void refusesWithoutAGuiApplicationOnlyWhenThereIsNone()
    {
        // Here there is one (QTEST_MAIN with Qt Gui): rendering to memory works and is a PDF.
        const util::Result<QByteArray> pdf = renderPdf(m_model);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"

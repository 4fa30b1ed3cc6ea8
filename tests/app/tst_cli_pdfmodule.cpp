// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli and its run-time modules (app/cli/moduleloader.h), run as programs:
//  - the CLI's ELF dynamic section names no Qt Gui / X11 / GL / font library (the check is shown to catch one on the
//    PDF module, which does link Gui), and no Qt Network / libarchive / TLS library (the commands module links them:
//    `lint` does not load them);
//  - without its commands module, `lint`, `--version` and `--help` work and every other command fails with a clear
//    message and exit 2; a world-writable commands module, or one only in the current directory or on
//    LD_LIBRARY_PATH, is refused;
//  - without its module, `report --format pdf` fails with a clear message and exit 2, and other formats still work;
//  - a stale module (other version, ABI or layout), a file without the entry point, a file that is no library, a
//    world-writable module, or a module only in the current directory or on LD_LIBRARY_PATH is refused, not loaded;
//  - the module is found beside the executable and in the install layout (<bindir>/BULKHEAD_PDF_MODULE_RELDIR).
#include "tests/common/clirun.h"
#include "tests/common/testdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

#include <unistd.h>

using namespace bulkhead;

namespace {

using Run = test::CliRun;

// `program` (the CLI or a tool) in `workDir`, with `extra` added to the environment.
Run run(const QString& program,
        const QStringList& args,
        const QString& workDir = {},
        const QProcessEnvironment& extra = {})
{
    test::CliOptions options;
    options.program = program;
    options.workingDirectory = workDir;
    options.extraEnv = extra;
    return test::runCli(args, options);
}

// The DT_NEEDED entries of an ELF file, from `readelf -d`.
QStringList neededLibraries(const QString& file)
{
    const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
    if (readelf.isEmpty()) {
        return {};
    }
    const Run r = run(readelf, {QStringLiteral("-d"), QStringLiteral("-W"), file});
    QStringList needed;
    for (const QByteArray& line : r.out.split('\n')) {
        // " 0x0000000000000001 (NEEDED)             Shared library: [libQt6Core.so.6]"
        if (!line.contains("(NEEDED)")) {
            continue;
        }
        const qsizetype open = line.indexOf('[');
        const qsizetype close = line.lastIndexOf(']');
        if (open >= 0 && close > open) {
            needed << QString::fromUtf8(line.mid(open + 1, close - open - 1));
        }
    }
    return needed;
}

// The entries of `needed` that start with one of `prefixes`.
QStringList librariesStartingWith(const QStringList& needed, std::initializer_list<const char*> prefixes)
{
    QStringList found;
    for (const QString& lib : needed) {
        for (const char* prefix : prefixes) {
            if (lib.startsWith(QLatin1String(prefix))) {
                found << lib;
            }
        }
    }
    return found;
}

// The libraries a headless command must not pay for.
QStringList guiLibraries(const QStringList& needed)
{
    return librariesStartingWith(needed,
                                 {"libQt6Gui",
                                  "libQt6Widgets",
                                  "libQt6OpenGL",
                                  "libX11",
                                  "libxcb",
                                  "libGL",
                                  "libEGL",
                                  "libOpenGL",
                                  "libfontconfig",
                                  "libfreetype",
                                  "libharfbuzz",
                                  "libxkbcommon",
                                  "libpng"});
}

// The libraries only the commands that talk to Docker or read image layers need.
QStringList networkAndArchiveLibraries(const QStringList& needed)
{
    return librariesStartingWith(
        needed, {"libQt6Network", "libarchive", "libssl", "libcrypto", "libgssapi", "libkrb5", "libxml2", "libproxy"});
}

QString commandsModuleFileName()
{
    return QFileInfo(QStringLiteral(BULKHEAD_COMMANDS_MODULE_PATH)).fileName();
}

QString fakeModule(const QString& name)
{
    return QStringLiteral(BULKHEAD_FAKE_PDF_DIR "/fakepdf-") + name + QStringLiteral(".so");
}

QString moduleFileName()
{
    return QFileInfo(QStringLiteral(BULKHEAD_PDF_MODULE_PATH)).fileName();
}

} // namespace

class TestCliPdfModule : public QObject
{
    Q_OBJECT

private:
    // A folder in the build tree.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;

    // A private copy of bulkhead-cli at `dir`/bulkhead-cli (a hard link when possible: /proc/self/exe then names the
    // link, and the CLI looks for its modules beside the link), with its commands module beside it unless told not
    // to (`report` is in that module).
    QString placeCli(const QString& dir, bool withCommands = true)
    {
        if (!QDir().mkpath(dir)) {
            return {};
        }
        const QString to = dir + QStringLiteral("/bulkhead-cli");
        if (::link(QFile::encodeName(QStringLiteral(BULKHEAD_CLI_PATH)).constData(),
                   QFile::encodeName(to).constData()) != 0 &&
            !QFile::copy(QStringLiteral(BULKHEAD_CLI_PATH), to)) {
            return {};
        }
        if (withCommands &&
            !QFile::copy(QStringLiteral(BULKHEAD_COMMANDS_MODULE_PATH), dir + u'/' + commandsModuleFileName())) {
            return {};
        }
        return to;
    }

    // Runs `inventory` on the demo snapshot and expects the commands module to be refused.
    void expectCommandsRefused(const QString& cli,
                               const QByteArray& reason,
                               const QByteArray& hint,
                               const QString& workDir = {},
                               const QProcessEnvironment& env = {})
    {
        const Run r = run(cli, {QStringLiteral("inventory"), QStringLiteral("--snapshot"), m_demo}, workDir, env);
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY2(r.err.contains(hint), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void expectInventory(const QString& cli)
    {
        const Run r = run(cli, {QStringLiteral("inventory"), QStringLiteral("--snapshot"), m_demo});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Containers"), r.out.left(2000).constData());
    }

    // A copy (never a link: some cases change its mode) of `from` as the module file in `dir`.
    static bool placeModule(const QString& from, const QString& dir)
    {
        return QDir().mkpath(dir) && QFile::copy(from, dir + u'/' + moduleFileName());
    }

    QStringList pdfReport(const QString& out) const
    {
        return {QStringLiteral("report"),
                QStringLiteral("--format"),
                QStringLiteral("pdf"),
                QStringLiteral("-o"),
                out,
                QStringLiteral("--snapshot"),
                m_demo};
    }

    // Runs a PDF report with the given CLI and expects the module to be refused: exit 2, the reason on stderr, no file.
    void expectRefused(const QString& cli,
                       const QByteArray& reason,
                       const QByteArray& hint = "--format html",
                       const QString& workDir = {},
                       const QProcessEnvironment& env = {})
    {
        const QString out = m_dir->filePath(QStringLiteral("refused.pdf"));
        QFile::remove(out);
        const Run r = run(cli, pdfReport(out), workDir, env);
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(reason), r.err.constData());
        QVERIFY2(r.err.contains(hint), r.err.constData()); // says what to do about it
        QVERIFY(!QFileInfo::exists(out));
    }

    void expectPdf(const QString& cli)
    {
        const QString out = m_dir->filePath(QStringLiteral("ok.pdf"));
        QFile::remove(out);
        const Run r = run(cli, pdfReport(out));
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(BULKHEAD_CLI_PATH)), "build bulkhead-cli first");
        QVERIFY2(QFileInfo::exists(QStringLiteral(BULKHEAD_PDF_MODULE_PATH)), "build bulkhead-pdf first");
        // Beside the CLI: the same file system, so it can be hard-linked.
        m_dir = std::make_unique<QTemporaryDir>(QFileInfo(QStringLiteral(BULKHEAD_CLI_PATH)).absolutePath() +
                                                QStringLiteral("/tst_cli_pdfmodule-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_demo = test::sourcePath(QStringLiteral("resources/demo/demo-snapshot.json"));
        QVERIFY(QFileInfo::exists(m_demo));
    }

    void cliDoesNotLinkGui()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("readelf")).isEmpty(), "readelf (binutils) missing");
        const QStringList cli = neededLibraries(QStringLiteral(BULKHEAD_CLI_PATH));
        // The parse works: the CLI does need Qt Core ...
        QVERIFY2(cli.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(cli.join(u' ')));
        // ... and would see Gui: the module links it.
        const QStringList module = neededLibraries(QStringLiteral(BULKHEAD_PDF_MODULE_PATH));
        QVERIFY2(guiLibraries(module).contains(QStringLiteral("libQt6Gui.so.6")), qPrintable(module.join(u' ')));
        QVERIFY2(guiLibraries(cli).isEmpty(),
                 qPrintable(QStringLiteral("bulkhead-cli links %1: every command would load it at start-up; keep "
                                           "Gui in the PDF module (app/cli/pdfloader.h)")
                                .arg(guiLibraries(cli).join(QStringLiteral(", ")))));
    }

    // A run-time search path with an empty or relative entry makes the dynamic loader look for the binary's
    // libraries in the current directory: lint a hostile repository, load its libmimalloc.so.2. CMake pads the
    // build tree's RUNPATH with ':' (empty entries) to rewrite it at install time; the project sets no install
    // RPATH, so there must be none. Checked with the loader's own trace of the files it tries.
    void noLibraryIsSearchedInTheWorkingDirectory()
    {
        QStringList binaries{QStringLiteral(BULKHEAD_CLI_PATH)};
        const QString gui = test::binaryPath(QStringLiteral("app/bulkhead"));
        if (QFileInfo::exists(gui)) {
            binaries << gui;
        }
        QTemporaryDir cwd;
        QVERIFY(cwd.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The CLI alone, the CLI with its commands module loaded, and the GUI.
        QList<QStringList> runs;
        for (const QString& binary : binaries) {
            runs << QStringList{binary, QStringLiteral("--version")};
        }
        runs << QStringList{binaries.first(), QStringLiteral("inventory"), QStringLiteral("--snapshot"), m_demo};
        for (QStringList args : runs) {
            const QString binary = args.takeFirst();
            const Run r = run(binary, args, cwd.path(), env);
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(binary + QString::fromUtf8(r.err.right(2000))));
            int tried = 0;
            for (const QByteArray& line : r.err.split('\n')) {
                const qsizetype at = line.indexOf("trying file=");
                if (at < 0) {
                    continue;
                }
                ++tried;
                const QByteArray file = line.mid(at + 12).trimmed();
                QVERIFY2(file.startsWith('/'),
                         qPrintable(binary + QStringLiteral(" looks for ") + QString::fromUtf8(file) +
                                    QStringLiteral(" in the working directory")));
            }
            QVERIFY2(tried > 0, "LD_DEBUG=libs printed no search: the check would see nothing");
        }
    }

    void missingModule()
    {
        const QString cli = placeCli(m_dir->filePath(QStringLiteral("alone")));
        QVERIFY(!cli.isEmpty());
        expectRefused(cli, "PDF output needs the module " + moduleFileName().toUtf8());
        // The format from the file's suffix takes the same path.
        const QString out = m_dir->filePath(QStringLiteral("suffix.pdf"));
        Run r = run(cli, {QStringLiteral("report"), QStringLiteral("-o"), out, QStringLiteral("--snapshot"), m_demo});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("PDF output needs the module"), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        // The other formats and commands do not need it.
        const QString html = m_dir->filePath(QStringLiteral("alone.html"));
        r = run(cli,
                {QStringLiteral("report"),
                 QStringLiteral("--format"),
                 QStringLiteral("html"),
                 QStringLiteral("-o"),
                 html,
                 QStringLiteral("--snapshot"),
                 m_demo});
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo(html).size() > 10000);
        r = run(cli, {QStringLiteral("--version")});
        QVERIFY2(r.finished && r.exitCode == 0 && r.out.startsWith("bulkhead-cli "), r.err.constData());
    }

    void refusedModule_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("other version") << fakeModule(QStringLiteral("version"))
                                       << QByteArray("is from Bulkhead 0.0.0-stale, this bulkhead-cli is");
        QTest::newRow("other ABI") << fakeModule(QStringLiteral("abi")) << QByteArray("has interface 999");
        QTest::newRow("other layout") << fakeModule(QStringLiteral("layout"))
                                      << QByteArray("was built from other sources");
        QTest::newRow("no entry point") << fakeModule(QStringLiteral("noentry"))
                                        << QByteArray("is not a Bulkhead PDF module");
        QTest::newRow("not a library") << m_demo << QByteArray("cannot load the PDF module");
    }

    void refusedModule()
    {
        QFETCH(QString, module);
        QFETCH(QByteArray, reason);
        QVERIFY2(QFileInfo::exists(module), qPrintable(module));
        const QString dir = m_dir->filePath(QStringLiteral("refused-") +
                                            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const QString cli = placeCli(dir);
        QVERIFY(!cli.isEmpty());
        QVERIFY(placeModule(module, dir));
        expectRefused(cli, reason);
    }

    void worldWritableModule()
    {
        const QString dir = m_dir->filePath(QStringLiteral("writable"));
        const QString cli = placeCli(dir);
        QVERIFY(!cli.isEmpty());
        QVERIFY(placeModule(QStringLiteral(BULKHEAD_PDF_MODULE_PATH), dir));
        QFile module(dir + u'/' + moduleFileName());
        QVERIFY(module.setPermissions(module.permissions() | QFileDevice::WriteOther));
        expectRefused(cli, "writable by anyone", "chmod o-w");
        // The same module, no longer writable by others, is loaded.
        QVERIFY(module.setPermissions(module.permissions() & ~QFileDevice::WriteOther));
        expectPdf(cli);
    }

    void notFromCurrentDirectoryOrEnvironment()
    {
        // A good module in the working directory and on LD_LIBRARY_PATH, none beside the CLI: still refused.
        const QString planted = m_dir->filePath(QStringLiteral("planted"));
        QVERIFY(placeModule(QStringLiteral(BULKHEAD_PDF_MODULE_PATH), planted));
        const QString cli = placeCli(m_dir->filePath(QStringLiteral("victim/bin")));
        QVERIFY(!cli.isEmpty());
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), planted);
        env.insert(QStringLiteral("QT_PLUGIN_PATH"), planted);
        expectRefused(cli, "PDF output needs the module", "--format html", planted, env);
    }

    void besideTheExecutable()
    {
        const QString dir = m_dir->filePath(QStringLiteral("beside"));
        const QString cli = placeCli(dir);
        QVERIFY(!cli.isEmpty());
        QVERIFY(placeModule(QStringLiteral(BULKHEAD_PDF_MODULE_PATH), dir));
        expectPdf(cli);
    }

    void lintDoesNotLoadNetworkOrArchive()
    {
        const QStringList cli = neededLibraries(QStringLiteral(BULKHEAD_CLI_PATH));
        QVERIFY2(cli.contains(QStringLiteral("libQt6Core.so.6")), qPrintable(cli.join(u' ')));
        // The check sees them where they are: the commands module links Qt Network and libarchive ...
        const QStringList module = neededLibraries(QStringLiteral(BULKHEAD_COMMANDS_MODULE_PATH));
        const QStringList moduleFound = networkAndArchiveLibraries(module);
        QVERIFY2(moduleFound.contains(QStringLiteral("libQt6Network.so.6")) &&
                     moduleFound.contains(QStringLiteral("libarchive.so.13")),
                 qPrintable(module.join(u' ')));
        // ... and bulkhead-cli, which runs `lint` itself, does not.
        QVERIFY2(networkAndArchiveLibraries(cli).isEmpty(),
                 qPrintable(QStringLiteral("bulkhead-cli links %1: lint would load it at start-up; keep it in the "
                                           "commands module (app/cli/commandsmodule.h)")
                                .arg(networkAndArchiveLibraries(cli).join(QStringLiteral(", ")))));
    }

    void withoutCommandsModule()
    {
        const QString dir = m_dir->filePath(QStringLiteral("lint-only"));
        const QString cli = placeCli(dir, false);
        QVERIFY(!cli.isEmpty());
        // lint, --version and --help need no module.
        const QString dockerfile = dir + QStringLiteral("/Dockerfile");
        QFile f(dockerfile);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("FROM alpine:3.19\nUSER 10001\n") > 0);
        f.close();
        Run r = run(cli, {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), dockerfile});
        QVERIFY2(r.finished && !r.crashed && (r.exitCode == 0 || r.exitCode == 1), r.err.constData());
        QVERIFY2(r.out.contains("\"ruleId\": \"DKF-006\""), r.out.constData());
        r = run(cli, {QStringLiteral("--version")});
        QVERIFY2(r.finished && r.exitCode == 0 && r.out.startsWith("bulkhead-cli "), r.err.constData());
        r = run(cli, {QStringLiteral("--help")});
        QVERIFY2(r.finished && r.exitCode == 0 && r.out.contains("inventory"), r.err.constData());
        // Every other command says what is missing and what still works.
        expectCommandsRefused(cli, "this command needs the module " + commandsModuleFileName().toUtf8(), "lint");
        for (const char* command : {"contexts", "scan", "snapshot", "report", "secrets", "review"}) {
            r = run(cli, {QString::fromLatin1(command), QStringLiteral("--help")});
            QVERIFY2(r.finished && !r.crashed && r.exitCode == 2, qPrintable(QString::fromLatin1(command)));
            QVERIFY2(r.err.contains("this command needs the module"), r.err.constData());
        }
    }

    void commandsModuleRefused()
    {
        // World-writable: refused; fixed: loaded.
        const QString dir = m_dir->filePath(QStringLiteral("commands-writable"));
        const QString cli = placeCli(dir);
        QVERIFY(!cli.isEmpty());
        QFile module(dir + u'/' + commandsModuleFileName());
        QVERIFY(module.setPermissions(module.permissions() | QFileDevice::WriteOther));
        expectCommandsRefused(cli, "writable by anyone", "chmod o-w");
        QVERIFY(module.setPermissions(module.permissions() & ~QFileDevice::WriteOther));
        expectInventory(cli);
        // Not a library at all.
        const QString junk = m_dir->filePath(QStringLiteral("commands-junk"));
        const QString junkCli = placeCli(junk, false);
        QVERIFY(!junkCli.isEmpty());
        QVERIFY(QFile::copy(m_demo, junk + u'/' + commandsModuleFileName()));
        expectCommandsRefused(junkCli, "cannot load the commands module", "same Bulkhead build");
        // A good module in the working directory and on LD_LIBRARY_PATH, none beside the CLI: not loaded.
        const QString planted = m_dir->filePath(QStringLiteral("commands-planted"));
        QVERIFY(QDir().mkpath(planted));
        QVERIFY(QFile::copy(QStringLiteral(BULKHEAD_COMMANDS_MODULE_PATH), planted + u'/' + commandsModuleFileName()));
        const QString victim = placeCli(m_dir->filePath(QStringLiteral("commands-victim/bin")), false);
        QVERIFY(!victim.isEmpty());
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), planted);
        expectCommandsRefused(victim, "this command needs the module", "lint", planted, env);
    }

    void installLayout()
    {
        // <prefix>/bin/bulkhead-cli and <prefix>/bin/BULKHEAD_PDF_MODULE_RELDIR/bulkhead-pdf.so, as `cmake --install`
        // and the Debian package lay them out.
        // Both modules there, none beside the executable.
        const QString bin = m_dir->filePath(QStringLiteral("prefix/bin"));
        const QString cli = placeCli(bin, false);
        QVERIFY(!cli.isEmpty());
        const QString moduleDir = QDir::cleanPath(bin + QStringLiteral("/" BULKHEAD_PDF_MODULE_RELDIR));
        QVERIFY2(moduleDir.startsWith(m_dir->filePath(QStringLiteral("prefix/"))), qPrintable(moduleDir));
        QVERIFY(placeModule(QStringLiteral(BULKHEAD_PDF_MODULE_PATH), moduleDir));
        QVERIFY(
            QFile::copy(QStringLiteral(BULKHEAD_COMMANDS_MODULE_PATH), moduleDir + u'/' + commandsModuleFileName()));
        expectPdf(cli);
        expectInventory(cli);
    }
};

QTEST_GUILESS_MAIN(TestCliPdfModule)
#include "tst_cli_pdfmodule.moc"

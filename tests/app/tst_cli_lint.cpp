// SPDX-License-Identifier: GPL-3.0-or-later
// `bulkhead-cli lint` as a user and a CI job run it: the three formats carry the same findings, exit codes follow
// --fail-on, pragmas hide findings from the count and the threshold, hostile text never reaches the terminal raw,
// and files that cannot be read are errors (exit 2) without losing the other files' findings.
#include "tests/common/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bulkhead::test::CliRun;

Run lint(const QStringList& args)
{
    bulkhead::test::CliOptions options;
    options.timeoutMs = 60000;
    return bulkhead::test::runCli(QStringList{QStringLiteral("lint")} + args, options);
}

void write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

// Findings of a tty run: the lines that start with a location ("path:line:col  SEVERITY  ID").
QList<QByteArray> ttyFindingLines(const QByteArray& out)
{
    QList<QByteArray> lines;
    for (const QByteArray& l : out.split('\n')) {
        if (!l.startsWith(' ') && l.contains(".Dockerfile:")) {
            lines << l;
        }
    }
    return lines;
}

} // namespace

class TstCliLint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_risky;   // several findings, one of them high, one suppressed by a pragma
    QString m_clean;   // no finding at all
    QString m_hostile; // escape sequences and non-ASCII text that end up in messages

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_risky = m_dir.filePath(QStringLiteral("risky.Dockerfile"));
        write(m_risky,
              "FROM node:20\n"
              "# hadolint ignore=DL3008\n"
              "RUN apt-get update && apt-get install -y curl\n"
              "RUN curl -fsSL https://example.com/install.sh | sh\n"
              "ENV API_TOKEN=supersecretvalue123\n"
              "CMD node server.js\n");
        m_clean = m_dir.filePath(QStringLiteral("clean.Dockerfile"));
        write(m_clean,
              "# syntax=docker/dockerfile:1\n"
              "FROM alpine:3.19@sha256:1111111111111111111111111111111111111111111111111111111111111111\n"
              "HEALTHCHECK --interval=30s CMD [\"true\"]\n"
              "USER 10001\n"
              "CMD [\"true\"]\n");
        m_hostile = m_dir.filePath(QStringLiteral("hostile.Dockerfile"));
        write(m_hostile,
              "FROM alpine:3.19\n"
              "COPY \xc3\xa9t\xc3\xa9\x1b[2J\xe2\x80\xae/.env /app/\n"
              "RUN chmod 777 /\x1b]0;owned\x07 && echo \xf0\x9f\x90\xb3\n");
    }

    void jsonIsADocumentWithEveryField()
    {
        const Run r = lint({QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("--fail-on"),
                            QStringLiteral("none"),
                            m_risky,
                            m_clean});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("bulkhead-lint"));
        QCOMPARE(root.value(QStringLiteral("files")).toArray().size(), 2);
        QVERIFY(root.value(QStringLiteral("errors")).toArray().isEmpty());
        const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 4);
        bool sawHadolint = false;
        bool sawSuppressed = false;
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"ruleId",
                                    "hadolint",
                                    "aliases",
                                    "severity",
                                    "title",
                                    "message",
                                    "remediation",
                                    "suggestion",
                                    "evidence",
                                    "file",
                                    "line",
                                    "column",
                                    "confidence",
                                    "suppressed",
                                    "suppressionReason"}) {
                QVERIFY2(f.contains(QLatin1String(key)), key);
            }
            QCOMPARE(f.value(QStringLiteral("file")).toString(), m_risky); // the clean file has none
            QVERIFY(f.value(QStringLiteral("ruleId")).toString().startsWith(QLatin1String("DKF-")));
            QVERIFY(f.value(QStringLiteral("line")).toInt() >= 1);
            sawHadolint = sawHadolint || f.value(QStringLiteral("hadolint")).toString() == QLatin1String("DL3008");
            sawSuppressed = sawSuppressed || f.value(QStringLiteral("suppressed")).toBool();
            // The secret's value never appears, whatever the format.
            QVERIFY(!f.value(QStringLiteral("message")).toString().contains(QLatin1String("supersecretvalue123")));
            QVERIFY(!f.value(QStringLiteral("evidence")).toString().contains(QLatin1String("supersecretvalue123")));
        }
        QVERIFY(sawHadolint);
        QVERIFY(sawSuppressed);
        QVERIFY(!r.out.contains("supersecretvalue123"));
    }

    void ttyAndSarifCarryTheSameFindings()
    {
        const Run json = lint({QStringLiteral("--format"),
                               QStringLiteral("json"),
                               QStringLiteral("--fail-on"),
                               QStringLiteral("none"),
                               m_risky});
        const QJsonArray findings =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray();
        int active = 0;
        for (const QJsonValue& v : findings) {
            active += v.toObject().value(QStringLiteral("suppressed")).toBool() ? 0 : 1;
        }
        const int suppressed = int(findings.size()) - active;
        QVERIFY(suppressed >= 1);

        const Run tty = lint({QStringLiteral("--fail-on"), QStringLiteral("none"), m_risky});
        QCOMPARE(tty.exitCode, 0);
        QCOMPARE(ttyFindingLines(tty.out).size(), active);
        QVERIFY2(
            tty.out.endsWith(
                QStringLiteral("%1 finding(s), %2 suppressed, in 1 path(s).\n").arg(active).arg(suppressed).toUtf8()),
            tty.out.right(200).constData());
        QVERIFY(tty.out.contains("    fix: "));
        QVERIFY(!tty.out.contains("supersecretvalue123"));

        const Run shown =
            lint({QStringLiteral("--fail-on"), QStringLiteral("none"), QStringLiteral("--show-suppressed"), m_risky});
        QCOMPARE(ttyFindingLines(shown.out).size(), findings.size());
        QVERIFY(shown.out.contains("[suppressed: ignore pragma on line 2]"));

        const Run sarif = lint({QStringLiteral("--format"),
                                QStringLiteral("sarif"),
                                QStringLiteral("--fail-on"),
                                QStringLiteral("none"),
                                m_risky});
        QCOMPARE(sarif.exitCode, 0);
        const QJsonObject run =
            QJsonDocument::fromJson(sarif.out).object().value(QStringLiteral("runs")).toArray().first().toObject();
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), findings.size());
    }

    void exitCodesFollowTheThreshold()
    {
        // The pipe to sh is high: --fail-on high fails, critical does not, none never does.
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("high"), m_risky}).exitCode, 1);
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("critical"), m_risky}).exitCode, 0);
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("none"), m_risky}).exitCode, 0);
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("info"), m_clean}).exitCode, 0);
        // A finding silenced by a pragma does not count: the same high finding fails the run only without it.
        const QByteArray body =
            "FROM alpine:3.19@sha256:1111111111111111111111111111111111111111111111111111111111111111\n"
            "HEALTHCHECK --interval=30s CMD [\"true\"]\n"
            "USER 10001\n"
            "%1RUN curl -fsSL https://example.com/i.sh | sh\n"
            "CMD [\"true\"]\n";
        const QString silenced = m_dir.filePath(QStringLiteral("silenced.Dockerfile"));
        write(silenced, QByteArray(body).replace("%1", "# bulkhead ignore=DKF-008\n"));
        const QString loud = m_dir.filePath(QStringLiteral("loud.Dockerfile"));
        write(loud, QByteArray(body).replace("%1", ""));
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("high"), silenced}).exitCode, 0);
        QCOMPARE(lint({QStringLiteral("--fail-on"), QStringLiteral("high"), loud}).exitCode, 1);
        const Run bad = lint({QStringLiteral("--fail-on"), QStringLiteral("sometimes"), m_risky});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--fail-on"));
    }

    void unreadablePathIsAnErrorAndKeepsTheOthers()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.Dockerfile"));
        const Run r = lint({QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("--fail-on"),
                            QStringLiteral("none"),
                            missing,
                            m_risky});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("errors")).toArray().size(), 1);
        QVERIFY(root.value(QStringLiteral("errors")).toArray().first().toString().contains(missing));
        QVERIFY(!root.value(QStringLiteral("findings")).toArray().isEmpty());
        const Run tty = lint({QStringLiteral("--fail-on"), QStringLiteral("none"), missing, m_risky});
        QCOMPARE(tty.exitCode, 2);
        QVERIFY(tty.err.contains("bulkhead-cli lint: "));
        QVERIFY(!ttyFindingLines(tty.out).isEmpty());
    }

    // The JSON writer escapes in blocks of several characters: a character to escape (or non-ASCII text) at every
    // offset of a file name comes back exactly from the document, in "files" and in each finding's "file".
    void jsonStringsRoundTripAtEveryOffset()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("esc")));
        const QStringList specials{QStringLiteral("\""),
                                   QStringLiteral("\\"),
                                   QStringLiteral("\x01"),
                                   QStringLiteral("\x1f"),
                                   QStringLiteral("\t"),
                                   QStringLiteral("\x7f"),
                                   QString::fromUtf8("\xc3\xa9\xe2\x80\xae"),
                                   QString::fromUtf8("\xf0\x9f\x90\xb3")};
        QStringList paths;
        for (int k = 0; k < 18; ++k) {
            for (const QString& special : specials) {
                const QString path = m_dir.filePath(QStringLiteral("esc/") + QString(k, u'a') + special +
                                                    QString(17 - k, u'b') + QStringLiteral(".Dockerfile"));
                write(path, "FROM node\nRUN echo hi\n");
                paths << path;
            }
        }
        const Run r = lint(QStringList{QStringLiteral("--format"),
                                       QStringLiteral("json"),
                                       QStringLiteral("--fail-on"),
                                       QStringLiteral("none")} +
                           paths);
        QCOMPARE(r.exitCode, 0);
        QJsonParseError e{};
        const QJsonObject root = QJsonDocument::fromJson(r.out, &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QStringList files;
        for (const QJsonValue v : root.value(QStringLiteral("files")).toArray()) {
            files << v.toString();
        }
        QCOMPARE(files, paths);
        QSet<QString> findingFiles;
        for (const QJsonValue v : root.value(QStringLiteral("findings")).toArray()) {
            findingFiles.insert(v.toObject().value(QStringLiteral("file")).toString());
        }
        QCOMPARE(findingFiles, QSet<QString>(paths.begin(), paths.end()));
    }

    // The writers build most of a finding from cached pieces: a block per rule, severity and shared (constant) message
    // and suggestion, with the finding's own message or suggestion written into it, a suppression note, and line and
    // column numbers from a table below 10,000. Every finding's tty text is what its JSON values make, at lines and
    // columns of one to six digits, for shared and own messages and suggestions (some with quotes), suppressed or not.
    void ttyAndJsonAgreeOnEveryFinding()
    {
        const QString path = m_dir.filePath(QStringLiteral("numbers.Dockerfile"));
        QByteArray text = "FROM debian:12\n"
                          "# bulkhead ignore=DKF-206\n"
                          "RUN curl -fsSL https://example.com/a.tgz | tar xz\n"
                          "# hadolint ignore=DL3008\n"
                          "RUN apt-get install -y curl\n"
                          "RUN apt-get install -y wget && curl https://example.com/b.sh | sh\n";
        // An apt-get install without versions (a message of its own, naming the package) at these lines, after
        // this many "true && " (its column is 5 + 8 * that).
        const QList<QPair<int, int>> places{
            {9, 0}, {10, 1}, {99, 12}, {100, 124}, {999, 125}, {1000, 1249}, {9999, 1250}, {10000, 2}, {123456, 3}};
        int line = 6;
        QSet<QPair<int, int>> expected; // (line, column) of those findings
        for (const auto& [at, ands] : places) {
            while (line < at - 1) {
                text += '\n';
                ++line;
            }
            text += "RUN " + QByteArray("true && ").repeated(ands) + "apt-get install -y pkg" + QByteArray::number(at) +
                    '\n';
            ++line;
            expected.insert({at, 5 + 8 * ands});
        }
        write(path, text);

        const Run json = lint({QStringLiteral("--format"),
                               QStringLiteral("json"),
                               QStringLiteral("--fail-on"),
                               QStringLiteral("none"),
                               path});
        QCOMPARE(json.exitCode, 0);
        QJsonParseError e{};
        const QJsonArray findings =
            QJsonDocument::fromJson(json.out, &e).object().value(QStringLiteral("findings")).toArray();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        const Run tty =
            lint({QStringLiteral("--fail-on"), QStringLiteral("none"), QStringLiteral("--show-suppressed"), path});
        QCOMPARE(tty.exitCode, 0);

        QByteArray made;
        QSet<QPair<int, int>> unpinned;
        int pipes = 0;
        int suppressed = 0;
        for (const QJsonValue v : findings) {
            const QJsonObject f = v.toObject();
            const auto value = [&f](const char* key) { return f.value(QLatin1String(key)).toString(); };
            const int l = f.value(QStringLiteral("line")).toInt();
            const int c = f.value(QStringLiteral("column")).toInt();
            QString head = value("file");
            if (l > 0) {
                head += QStringLiteral(":%1:%2").arg(l).arg(c);
            }
            head += QStringLiteral("  ") + value("severity").toUpper() + QStringLiteral("  ") + value("ruleId");
            if (!f.value(QStringLiteral("hadolint")).isNull()) {
                head += QStringLiteral(" (%1)").arg(value("hadolint"));
            }
            head += QStringLiteral("  ") + value("message");
            if (f.value(QStringLiteral("suppressed")).toBool()) {
                head += QStringLiteral("  [suppressed: %1]").arg(value("suppressionReason"));
                ++suppressed;
            }
            made += head.toUtf8() + '\n';
            made += QStringLiteral("    fix: %1\n").arg(value("remediation")).toUtf8();
            if (!value("suggestion").isEmpty()) {
                for (const QString& s : value("suggestion").split(u'\n')) {
                    made += "    > " + s.toUtf8() + '\n';
                }
            }
            if (value("ruleId") == QLatin1String("DKF-108")) {
                unpinned.insert({l, c});
                if (l > 6) {
                    QVERIFY2(value("message").endsWith(QStringLiteral(": pkg%1").arg(l)), qPrintable(value("message")));
                }
            }
            if (value("ruleId") == QLatin1String("DKF-206")) {
                ++pipes;
                QVERIFY2(value("suggestion").contains(QLatin1String("\"pipefail\"")), qPrintable(value("suggestion")));
            }
        }
        QCOMPARE(pipes, 2);
        QCOMPARE(suppressed, 2);
        expected.insert({5, 5});
        expected.insert({6, 5});
        QCOMPARE(unpinned, expected);
        const qsizetype summary = tty.out.lastIndexOf('\n', tty.out.size() - 2) + 1;
        QCOMPARE(tty.out.left(summary), made);
    }

    // Escape sequences, other control characters and bidi overrides from a Dockerfile are shown escaped, never sent
    // to the terminal; other non-ASCII text is written as UTF-8.
    void hostileTextNeverReachesTheTerminalRaw()
    {
        const Run r = lint({QStringLiteral("--fail-on"), QStringLiteral("none"), m_hostile});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!ttyFindingLines(r.out).isEmpty());
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\x07') && !r.out.contains("\xe2\x80\xae"),
                 r.out.constData());
        QVERIFY(r.out.contains("\\x1b[2J"));
        QVERIFY(r.out.contains("\xc3\xa9t\xc3\xa9\\x1b[2J\\u202e/.env")); // é as UTF-8, U+202E escaped
        const Run json = lint({QStringLiteral("--format"),
                               QStringLiteral("json"),
                               QStringLiteral("--fail-on"),
                               QStringLiteral("none"),
                               m_hostile});
        QVERIFY(!json.out.contains('\x1b'));
        QJsonParseError e{};
        QJsonDocument::fromJson(json.out, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
    }

    // main() runs lint without an application object and makes one only to print the help, whose "Usage:" line
    // names the program from it ("<executable_name>" without one): --help and every usage error show the program.
    void helpAndUsageErrorsNameTheProgram_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message"); // on stderr, before the help
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QByteArray();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h"), QStringLiteral("x")} << 0 << QByteArray();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2
                                        << QByteArray("bulkhead-cli: Unknown option 'bogus'.\n\n");
        QTest::newRow("no path") << QStringList{} << 2
                                 << QByteArray(
                                        "bulkhead-cli: give at least one Dockerfile or build-context folder\n\n");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"),
                                                   QStringLiteral("xml"),
                                                   QStringLiteral("x")}
                                    << 2 << QByteArray("bulkhead-cli: --format is tty, json or sarif, not 'xml'\n\n");
        QTest::newRow("bad threshold")
            << QStringList{QStringLiteral("--fail-on"), QStringLiteral("worst"), QStringLiteral("x")} << 2
            << QByteArray("bulkhead-cli: --fail-on is info, low, medium, high, critical or none, not 'worst'\n\n");
    }

    void helpAndUsageErrorsNameTheProgram()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = lint(args);
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray help = exitCode == 0 ? r.out : r.err;
        QVERIFY2(help.startsWith(message + "Usage: "), help.constData());
        const QByteArray usage = help.mid(message.size()).split('\n').first();
        QVERIFY2(usage.endsWith("/bulkhead-cli [options] PATH..."), usage.constData()); // the path QProcess started
        QVERIFY(help.contains("--format <FORMAT>"));
        QVERIFY(help.contains("Output format: tty (default), json or sarif."));
        QVERIFY(!help.contains("executable_name"));
    }

    // The arguments are the ones a QCoreApplication would give: UTF-8 paths as they are, and the QML debugger's
    // options taken out (tests/app/tst_cli_arguments compares the decoding with Qt's byte by byte).
    void argumentsAsTheApplicationObjectGivesThem()
    {
        const QString utf8 = m_dir.filePath(QStringLiteral("\u00e9t\u00e9 \u2713 \U0001F600.Dockerfile"));
        QVERIFY(QFile::copy(m_clean, utf8));
        const Run r = lint({QStringLiteral("-qmljsdebugger=port:1234"),
                            QStringLiteral("--format"),
                            QStringLiteral("json"),
                            QStringLiteral("--qmljsdebugger"),
                            QStringLiteral("port:5"),
                            utf8});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QStringLiteral("files")).toArray(), QJsonArray{utf8});
        QVERIFY(root.value(QStringLiteral("errors")).toArray().isEmpty());
    }

    // SARIF names the tool's version, kept by QCoreApplication without an application object.
    void sarifNamesTheVersion()
    {
        const Run version = bulkhead::test::runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        const QByteArray first = version.out.split('\n').first(); // "bulkhead-cli 1.2.3"
        QVERIFY2(first.startsWith("bulkhead-cli "), first.constData());
        const Run r = lint({QStringLiteral("--format"), QStringLiteral("sarif"), m_clean});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject driver = QJsonDocument::fromJson(r.out)
                                       .object()
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("tool"))
                                       .toObject()
                                       .value(QStringLiteral("driver"))
                                       .toObject();
        QCOMPARE(driver.value(QStringLiteral("version")).toString(), QString::fromUtf8(first.mid(13)));
    }
};

QTEST_GUILESS_MAIN(TstCliLint)
#include "tst_cli_lint.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `bulkhead-cli review` and `--review FILE` of report and scan, run as a person runs them: decisions recorded,
// listed and cleared headlessly, files 0600, decisions shown in JSON, SARIF (suppressions), HTML (escaped) and the
// table, and the review file left byte for byte as it was by every reading command, also when the daemon connection
// fails mid-way.
#include "core/review/review.h"
#include "tests/common/clirun.h"
#include "tests/common/hostileserver.h"
#include "tests/common/testdaemon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bulkhead;

namespace {

using Run = test::CliRun;

// The CLI as the reviewer "tester" runs it.
Run runCli(const QStringList& args)
{
    test::CliOptions options;
    options.extraEnv.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    return test::runCli(args, options);
}

QString demo()
{
    return test::sourcePath(QStringLiteral("resources/demo/demo-snapshot.json"));
}

// `review set FILE --rule IMG-001 --target nginx --decision open`: a valid decision, for the file-handling cases.
QStringList setOpen(const QString& file)
{
    return {QStringLiteral("review"),
            QStringLiteral("set"),
            file,
            QStringLiteral("--rule"),
            QStringLiteral("IMG-001"),
            QStringLiteral("--target"),
            QStringLiteral("nginx"),
            QStringLiteral("--decision"),
            QStringLiteral("open")};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

struct DemoFinding
{
    QString fingerprint;
    QString ruleId;
    QString targetName;
};

// Every finding of the demo snapshot's JSON report, in report order.
QList<DemoFinding> demoFindings(const QString& dir)
{
    const QString out = dir + QStringLiteral("/plain.json");
    const Run run = runCli({QStringLiteral("report"), QStringLiteral("--snapshot"), demo(), QStringLiteral("-o"), out});
    QList<DemoFinding> list;
    if (run.exitCode != 0) {
        qWarning("%s", run.err.constData());
        return list;
    }
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("fingerprint")) && o.contains(QStringLiteral("ruleId"))) {
                list.push_back({o.value(QStringLiteral("fingerprint")).toString(),
                                o.value(QStringLiteral("ruleId")).toString(),
                                o.value(QStringLiteral("targetName")).toString()});
            }
            for (const QJsonValue& child : o) {
                walk(child);
            }
        } else if (v.isArray()) {
            for (const QJsonValue& child : v.toArray()) {
                walk(child);
            }
        }
    };
    walk(QJsonDocument::fromJson(readAll(out)).object());
    return list;
}

// All JSON objects with a "fingerprint" member, by fingerprint.
QHash<QString, QJsonObject> findingsByFingerprint(const QByteArray& json)
{
    QHash<QString, QJsonObject> out;
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("fingerprint")).isString()) {
                out.insert(o.value(QStringLiteral("fingerprint")).toString(), o);
            }
            for (const QJsonValue& child : o) {
                walk(child);
            }
        } else if (v.isArray()) {
            for (const QJsonValue& child : v.toArray()) {
                walk(child);
            }
        }
    };
    walk(QJsonDocument::fromJson(json).object());
    return out;
}

const QString kHostileNote = QStringLiteral("<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>");

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private slots:
    void setListClear();
    void refusesBadUsageWithoutTouchingTheFile_data();
    void refusesBadUsageWithoutTouchingTheFile();
    void looserModeIsTightenedAndMissingFolderFails();
    void mergeTakesTheNewerDecision();
    void reportAppliesDecisionsInEveryFormat();
    void scanAppliesDecisions();
    void readersRefuseABadReviewFileBeforeConnecting();
    void outputNeverOverwritesTheReview();
    void reviewSurvivesAFailingDaemon();
};

// moc misreads raw string literals holding quotes: the bodies are kept out of its sight.
#ifndef Q_MOC_RUN

void TestCliReview::setListClear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    const QString fp = QStringLiteral("0123456789abcdef0123456789abcdef");
    Run run = runCli({QStringLiteral("review"),
                      QStringLiteral("set"),
                      path,
                      QStringLiteral("--finding"),
                      fp.toUpper(), // accepted in either case, stored lower-case
                      QStringLiteral("--decision"),
                      QStringLiteral("accepted-risk"),
                      QStringLiteral("--note"),
                      QStringLiteral("only on the lab host\nuntil 2027"),
                      QStringLiteral("--reviewer"),
                      QStringLiteral("alice"),
                      QStringLiteral("--now"),
                      QStringLiteral("2026-11-29T10:00:00Z")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    const auto loaded = review::loadReview(path);
    QVERIFY(loaded.ok());
    const review::Decision* d = loaded->file.find(fp);
    QVERIFY(d != nullptr);
    QCOMPARE(d->decision, QStringLiteral("accepted-risk"));
    QCOMPARE(d->note, QStringLiteral("only on the lab host\nuntil 2027"));
    QCOMPARE(d->reviewer, QStringLiteral("alice"));
    QCOMPARE(d->decidedAt, QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));

    // By rule + target; the reviewer defaults to the login name.
    run = runCli({QStringLiteral("review"),
                  QStringLiteral("set"),
                  path,
                  QStringLiteral("--rule"),
                  QStringLiteral("CTR-001"),
                  QStringLiteral("--target"),
                  QStringLiteral("web"),
                  QStringLiteral("--decision"),
                  QStringLiteral("will-fix")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = runCli({QStringLiteral("review"), QStringLiteral("list"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(fp.toLatin1()) && run.out.contains("accepted-risk") && run.out.contains("alice") &&
                 run.out.contains("only on the lab host until 2027") && run.out.contains("CTR-001 on web") &&
                 run.out.contains("will-fix") && run.out.contains("tester") && run.out.contains("2 decisions"),
             run.out.constData());
    run = runCli(
        {QStringLiteral("review"), QStringLiteral("list"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, readAll(path)); // the file as saved is already in normal form

    // Replace, then clear.
    run = runCli({QStringLiteral("review"),
                  QStringLiteral("set"),
                  path,
                  QStringLiteral("--finding"),
                  fp,
                  QStringLiteral("--decision"),
                  QStringLiteral("fixed")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(review::loadReview(path)->file.find(fp)->decision, QStringLiteral("fixed"));
    QCOMPARE(review::loadReview(path)->file.decisions.size(), size_t(2));
    run = runCli({QStringLiteral("review"), QStringLiteral("clear"), path, QStringLiteral("--finding"), fp});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(review::loadReview(path)->file.find(fp) == nullptr);
    const QByteArray afterClear = readAll(path);
    run = runCli({QStringLiteral("review"), QStringLiteral("clear"), path, QStringLiteral("--finding"), fp});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("no decision"), run.err.constData());
    QCOMPARE(readAll(path), afterClear);
    run = runCli({QStringLiteral("review"),
                  QStringLiteral("clear"),
                  path,
                  QStringLiteral("--rule"),
                  QStringLiteral("CTR-001"),
                  QStringLiteral("--target"),
                  QStringLiteral("web")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(review::loadReview(path)->file.decisions.empty());
    run = runCli({QStringLiteral("review"), QStringLiteral("list"), path});
    QVERIFY(run.out.contains("No decisions recorded."));
}

void TestCliReview::refusesBadUsageWithoutTouchingTheFile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString fp = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("unknown decision") << QStringList{QStringLiteral("set"),
                                                     QStringLiteral("--finding"),
                                                     fp,
                                                     QStringLiteral("--decision"),
                                                     QStringLiteral("ignore")}
                                      << "--decision is one of open, accepted-risk";
    QTest::newRow("no decision") << QStringList{QStringLiteral("set"), QStringLiteral("--finding"), fp}
                                 << "--decision is required";
    QTest::newRow("bad fingerprint") << QStringList{QStringLiteral("set"),
                                                    QStringLiteral("--finding"),
                                                    QStringLiteral("web"),
                                                    QStringLiteral("--decision"),
                                                    QStringLiteral("fixed")}
                                     << "32 hex digits";
    QTest::newRow("no finding") << QStringList{QStringLiteral("set"),
                                               QStringLiteral("--decision"),
                                               QStringLiteral("fixed")}
                                << "name the finding";
    QTest::newRow("rule without target") << QStringList{QStringLiteral("set"),
                                                        QStringLiteral("--rule"),
                                                        QStringLiteral("CTR-001"),
                                                        QStringLiteral("--decision"),
                                                        QStringLiteral("fixed")}
                                         << "name the finding";
    QTest::newRow("both") << QStringList{QStringLiteral("set"),
                                         QStringLiteral("--finding"),
                                         fp,
                                         QStringLiteral("--rule"),
                                         QStringLiteral("CTR-001"),
                                         QStringLiteral("--target"),
                                         QStringLiteral("web"),
                                         QStringLiteral("--decision"),
                                         QStringLiteral("fixed")}
                          << "not both";
    QTest::newRow("unknown action") << QStringList{QStringLiteral("approve"), QStringLiteral("--finding"), fp}
                                    << "unknown action 'approve'";
}

void TestCliReview::refusesBadUsageWithoutTouchingTheFile()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    // On a missing file: nothing is created.
    QStringList full = args;
    full.insert(0, QStringLiteral("review"));
    full.insert(2, path);
    Run run = runCli(full);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(!QFileInfo::exists(path));
    // On an existing file: not changed.
    QVERIFY(review::saveReview(review::ReviewFile{}, path).ok());
    const QByteArray before = readAll(path);
    run = runCli(full);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(readAll(path), before);
}

void TestCliReview::looserModeIsTightenedAndMissingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QVERIFY(review::saveReview(review::ReviewFile{}, path).ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    Run run = runCli(setOpen(path));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(modeOf(path), mode_t(0600));

    const QString orphan = dir.filePath(QStringLiteral("no/such/folder/review.json"));
    run = runCli(setOpen(orphan));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(orphan));

    // A corrupt review file is reported with the field and never overwritten.
    QFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write(R"({"format":"bulkhead-review","version":1,"decisions":[{"fingerprint":"x","decision":"fixed"}]})");
    bad.close();
    const QByteArray corrupt = readAll(path);
    run = runCli(setOpen(path));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("decisions[0].fingerprint"), run.err.constData());
    QCOMPARE(readAll(path), corrupt);
}

void TestCliReview::mergeTakesTheNewerDecision()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.json"));
    const QString fp = QStringLiteral("0123456789abcdef0123456789abcdef");
    auto set = [&](const QString& path, const QString& decision, const QString& when) {
        return runCli({QStringLiteral("review"),
                       QStringLiteral("set"),
                       path,
                       QStringLiteral("--finding"),
                       fp,
                       QStringLiteral("--decision"),
                       decision,
                       QStringLiteral("--now"),
                       when})
            .exitCode;
    };
    QCOMPARE(set(mine, QStringLiteral("will-fix"), QStringLiteral("2026-11-01T00:00:00Z")), 0);
    QCOMPARE(set(theirs, QStringLiteral("fixed"), QStringLiteral("2026-11-20T00:00:00Z")), 0);
    QCOMPARE(runCli({QStringLiteral("review"),
                     QStringLiteral("set"),
                     theirs,
                     QStringLiteral("--rule"),
                     QStringLiteral("CTR-002"),
                     QStringLiteral("--target"),
                     QStringLiteral("db"),
                     QStringLiteral("--decision"),
                     QStringLiteral("false-positive")})
                 .exitCode,
             0);
    const QByteArray theirsBefore = readAll(theirs);
    const Run run = runCli({QStringLiteral("review"), QStringLiteral("merge"), mine, theirs});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto merged = review::loadReview(mine);
    QVERIFY(merged.ok());
    QCOMPARE(merged->file.decisions.size(), size_t(2));
    QCOMPARE(merged->file.find(fp)->decision, QStringLiteral("fixed"));
    QCOMPARE(readAll(theirs), theirsBefore);
}

void TestCliReview::reportAppliesDecisionsInEveryFormat()
{
    QTemporaryDir dir;
    const QList<DemoFinding> findings = demoFindings(dir.path());
    QVERIFY(findings.size() > 10);
    const DemoFinding accepted = findings.at(0);
    const DemoFinding falsePositive = findings.at(1);
    // A rule + target decision, for a container finding.
    DemoFinding byRule;
    for (const DemoFinding& f : findings) {
        if (f.ruleId.startsWith(QLatin1String("CTR-")) && !f.targetName.isEmpty()) {
            byRule = f;
            break;
        }
    }
    QVERIFY(!byRule.ruleId.isEmpty());
    const QString path = dir.filePath(QStringLiteral("review.json"));
    const auto set = [&](const QStringList& which, const QString& decision, const QString& note) {
        return runCli(QStringList{QStringLiteral("review"), QStringLiteral("set"), path} + which +
                      QStringList{QStringLiteral("--decision"),
                                  decision,
                                  QStringLiteral("--note"),
                                  note,
                                  QStringLiteral("--reviewer"),
                                  QStringLiteral("<b>mallory</b>")})
            .exitCode;
    };
    QCOMPARE(set({QStringLiteral("--finding"), accepted.fingerprint}, QStringLiteral("accepted-risk"), kHostileNote),
             0);
    QCOMPARE(set({QStringLiteral("--finding"), falsePositive.fingerprint},
                 QStringLiteral("false-positive"),
                 QStringLiteral("not reachable")),
             0);
    QCOMPARE(set({QStringLiteral("--rule"), byRule.ruleId, QStringLiteral("--target"), byRule.targetName},
                 QStringLiteral("will-fix"),
                 QStringLiteral("ticket 42")),
             0);
    const QByteArray before = readAll(path);

    auto report = [&](const QString& fmt) {
        const QString out = dir.filePath(QStringLiteral("report.") + fmt);
        const Run run = runCli({QStringLiteral("report"),
                                QStringLiteral("--snapshot"),
                                demo(),
                                QStringLiteral("--review"),
                                path,
                                QStringLiteral("-o"),
                                out});
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
        }
        return readAll(out);
    };

    // JSON: the decision on each finding it was made for.
    const QHash<QString, QJsonObject> json = findingsByFingerprint(report(QStringLiteral("json")));
    QVERIFY(json.size() > 10);
    const QJsonObject a = json.value(accepted.fingerprint).value(QStringLiteral("review")).toObject();
    QCOMPARE(a.value(QStringLiteral("decision")).toString(), QStringLiteral("accepted-risk"));
    QCOMPARE(a.value(QStringLiteral("note")).toString(), kHostileNote);
    QCOMPARE(json.value(falsePositive.fingerprint)
                 .value(QStringLiteral("review"))
                 .toObject()
                 .value(QStringLiteral("decision"))
                 .toString(),
             QStringLiteral("false-positive"));
    int willFix = 0;
    int undecided = 0;
    for (const QJsonObject& f : json) {
        const QJsonValue r = f.value(QStringLiteral("review"));
        if (r.isNull()) {
            ++undecided;
        } else if (r.toObject().value(QStringLiteral("decision")).toString() == QLatin1String("will-fix")) {
            QCOMPARE(f.value(QStringLiteral("ruleId")).toString(), byRule.ruleId);
            QCOMPARE(f.value(QStringLiteral("targetName")).toString(), byRule.targetName);
            ++willFix;
        }
    }
    QVERIFY(willFix >= 1);
    QVERIFY(undecided > 0);

    // SARIF: accepted-risk and false-positive are suppressions; will-fix is not.
    const QJsonObject sarif = QJsonDocument::fromJson(report(QStringLiteral("sarif"))).object();
    const QJsonArray results =
        sarif.value(QStringLiteral("runs")).toArray().at(0).toObject().value(QStringLiteral("results")).toArray();
    QVERIFY(!results.isEmpty());
    int suppressedByReview = 0;
    for (const QJsonValue& v : results) {
        const QJsonObject r = v.toObject();
        const QString fp =
            r.value(QStringLiteral("partialFingerprints")).toObject().value(QStringLiteral("bulkhead/v1")).toString();
        const QString decision =
            r.value(QStringLiteral("properties")).toObject().value(QStringLiteral("reviewDecision")).toString();
        bool reviewSuppression = false;
        for (const QJsonValue& s : r.value(QStringLiteral("suppressions")).toArray()) {
            const QString why = s.toObject().value(QStringLiteral("justification")).toString();
            if (why.startsWith(QLatin1String("Accepted risk")) || why.startsWith(QLatin1String("False positive"))) {
                reviewSuppression = true;
            }
        }
        if (fp == accepted.fingerprint || fp == falsePositive.fingerprint) {
            QVERIFY2(reviewSuppression, qPrintable(fp));
            ++suppressedByReview;
        } else {
            QVERIFY2(!reviewSuppression, qPrintable(fp));
        }
        if (decision == QLatin1String("will-fix")) {
            QCOMPARE(r.value(QStringLiteral("ruleId")).toString(), byRule.ruleId);
        }
    }
    QCOMPARE(suppressedByReview, 2);

    // HTML: the decision is shown; the hostile note and reviewer are escaped, never markup.
    const QByteArray html = report(QStringLiteral("html"));
    QVERIFY(html.contains("Accepted risk"));
    QVERIFY(html.contains("ticket 42"));
    QVERIFY(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    QVERIFY(html.contains("&lt;b&gt;mallory&lt;/b&gt;"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img src=x"));
    QVERIFY(!html.contains("<b>mallory"));

    // Reading never changes the review file.
    QCOMPARE(readAll(path), before);
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestCliReview::scanAppliesDecisions()
{
    QTemporaryDir dir;
    const QList<DemoFinding> findings = demoFindings(dir.path());
    QVERIFY(!findings.isEmpty());
    const DemoFinding target = findings.at(0);
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QCOMPARE(runCli({QStringLiteral("review"),
                     QStringLiteral("set"),
                     path,
                     QStringLiteral("--finding"),
                     target.fingerprint,
                     QStringLiteral("--decision"),
                     QStringLiteral("false-positive"),
                     QStringLiteral("--note"),
                     QStringLiteral("\x1b[2Jwiped")})
                 .exitCode,
             0);
    const QByteArray before = readAll(path);

    Run run = runCli({QStringLiteral("scan"), QStringLiteral("--snapshot"), demo(), QStringLiteral("--review"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("[review: false-positive:"), run.out.constData());
    QVERIFY2(!run.out.contains('\x1b'), "an ESC from a note reached the terminal");

    run = runCli({QStringLiteral("scan"),
                  QStringLiteral("--snapshot"),
                  demo(),
                  QStringLiteral("--review"),
                  path,
                  QStringLiteral("--format"),
                  QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
    int decided = 0;
    for (const QJsonValue& v : list) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.value(QStringLiteral("fingerprint")).isString());
        QVERIFY(f.contains(QStringLiteral("review")));
        if (f.value(QStringLiteral("fingerprint")).toString() == target.fingerprint) {
            QCOMPARE(f.value(QStringLiteral("review")).toObject().value(QStringLiteral("decision")).toString(),
                     QStringLiteral("false-positive"));
            ++decided;
        } else {
            QVERIFY(f.value(QStringLiteral("review")).isNull());
        }
    }
    QCOMPARE(decided, 1);
    // Without --review the format is as before: no fingerprint, no review.
    run = runCli({QStringLiteral("scan"),
                  QStringLiteral("--snapshot"),
                  demo(),
                  QStringLiteral("--format"),
                  QStringLiteral("json")});
    QVERIFY(!run.out.contains("\"fingerprint\""));

    run = runCli({QStringLiteral("scan"),
                  QStringLiteral("--snapshot"),
                  demo(),
                  QStringLiteral("--review"),
                  path,
                  QStringLiteral("--format"),
                  QStringLiteral("sarif")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("False positive"));
    QCOMPARE(readAll(path), before);
}

void TestCliReview::readersRefuseABadReviewFileBeforeConnecting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QFile bad(path);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"format":"bulkhead-review","version":1,"decisions":[{"ruleId":"CTR-001","target":"web","decision":"ok"}]})");
    bad.close();
    for (const QString& command : {QStringLiteral("scan"), QStringLiteral("report")}) {
        QStringList args{command,
                         QStringLiteral("--host"),
                         QStringLiteral("unix:///nonexistent/bh/docker.sock"),
                         QStringLiteral("--review"),
                         path};
        if (command == QLatin1String("report")) {
            args << QStringLiteral("-o") << dir.filePath(QStringLiteral("out.json"));
        }
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("decisions[0].decision") && !run.err.contains("dockerd"), run.err.constData());
    }
    // A missing review file is an error, not an empty review.
    const Run missing = runCli({QStringLiteral("report"),
                                QStringLiteral("--snapshot"),
                                demo(),
                                QStringLiteral("--review"),
                                dir.filePath(QStringLiteral("typo.json")),
                                QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("out.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("does not exist"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.json"))));
}

void TestCliReview::outputNeverOverwritesTheReview()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QVERIFY(review::saveReview(review::ReviewFile{}, path).ok());
    const QByteArray before = readAll(path);
    Run run = runCli({QStringLiteral("report"),
                      QStringLiteral("--snapshot"),
                      demo(),
                      QStringLiteral("--review"),
                      path,
                      QStringLiteral("--format"),
                      QStringLiteral("json"),
                      QStringLiteral("-o"),
                      path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("overwrite the review file"), run.err.constData());
    run = runCli({QStringLiteral("scan"),
                  QStringLiteral("--snapshot"),
                  demo(),
                  QStringLiteral("--review"),
                  path,
                  QStringLiteral("--output"),
                  QDir(dir.path()).filePath(QStringLiteral("./review.json"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(readAll(path), before);
}

// Faults: the daemon is gone, or the connection breaks mid-way through the inventory. Whatever the readers do
// (partial results, exit 2), the review file is left byte for byte, with its mode, and nothing is left beside it.
void TestCliReview::reviewSurvivesAFailingDaemon()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    review::ReviewFile file;
    review::Decision d;
    d.ruleId = QStringLiteral("CTR-001");
    d.target = QStringLiteral("a");
    d.decision = QStringLiteral("accepted-risk");
    d.note = QStringLiteral("keep me");
    QVERIFY(file.set(d).ok());
    QVERIFY(review::saveReview(file, path).ok());
    const QByteArray before = readAll(path);

    test::HostileServer server;
    QVERIFY(server.start());
    server.setBody(QStringLiteral("/containers/json"),
                   R"([{"Id":"c1","Names":["/a"],"State":"running"},{"Id":"c2","Names":["/b"],"State":"running"}])");
    server.setBody(
        QStringLiteral("/containers/c1/json"),
        R"({"Id":"c1","Name":"/a","State":{"Status":"running","Running":true},"HostConfig":{"Privileged":true}})");
    server.setMode(QStringLiteral("/containers/c2/json"), test::HostileServer::Mode::Truncated);
    server.setMode(QStringLiteral("/images/json"), test::HostileServer::Mode::CloseAtOnce);

    const QString out = dir.filePath(QStringLiteral("out.json"));
    const QList<QStringList> runs{
        {QStringLiteral("scan"), QStringLiteral("--host"), server.url(), QStringLiteral("--review"), path},
        {QStringLiteral("scan"),
         QStringLiteral("--host"),
         server.url(),
         QStringLiteral("--review"),
         path,
         QStringLiteral("--format"),
         QStringLiteral("sarif")},
        {QStringLiteral("report"),
         QStringLiteral("--host"),
         server.url(),
         QStringLiteral("--review"),
         path,
         QStringLiteral("-o"),
         out},
        {QStringLiteral("scan"),
         QStringLiteral("--host"),
         QStringLiteral("unix:///nonexistent/bh/docker.sock"),
         QStringLiteral("--review"),
         path},
        {QStringLiteral("report"),
         QStringLiteral("--host"),
         QStringLiteral("tcp://127.0.0.1:1"),
         QStringLiteral("--review"),
         path,
         QStringLiteral("-o"),
         out,
         QStringLiteral("--timeout"),
         QStringLiteral("2")},
    };
    for (const QStringList& args : runs) {
        const Run run = runCli(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        QCOMPARE(readAll(path), before);
        QCOMPARE(modeOf(path), mode_t(0600));
    }
    // The partial report still carries the decision for what was read.
    const QHash<QString, QJsonObject> json = findingsByFingerprint(readAll(out));
    bool applied = false;
    for (const QJsonObject& f : json) {
        if (f.value(QStringLiteral("review")).toObject().value(QStringLiteral("note")).toString() ==
            QLatin1String("keep me")) {
            applied = true;
        }
    }
    QVERIFY2(applied, readAll(out).left(2000).constData());
    QStringList left = QDir(dir.path()).entryList(QDir::Files);
    left.removeAll(QStringLiteral("out.json"));
    QCOMPARE(left, QStringList{QStringLiteral("review.json")});
}

#endif

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The review file: strict loading with errors that name the field, a byte-identical round trip, mode 0600, atomic
// saves that keep the old file when writing fails, the lock against lost updates, and matching as the report does.
#include "core/report/report.h"
#include "core/review/review.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace bulkhead;
using review::Decision;
using review::ReviewFile;

namespace {

const QString kFp = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kFp2 = QStringLiteral("fedcba9876543210fedcba9876543210");

QByteArray doc(const QByteArray& decisions, const QByteArray& extra = {})
{
    return R"({"format":"bulkhead-review","version":1,)" + extra + R"("decisions":)" + decisions + "}";
}

QByteArray entry(const QByteArray& fields)
{
    return doc("[{" + fields + "}]");
}

Decision decision(const QString& fp, const QString& what, const QString& note = {})
{
    Decision d;
    d.fingerprint = fp;
    d.decision = what;
    d.note = note;
    d.reviewer = QStringLiteral("alice");
    d.decidedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0, 5), Qt::UTC);
    return d;
}

mode_t modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    return st.st_mode & 07777;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void decisionSetIsFixed();
    void loadsAValidFile();
    void rejectsBadInputNamingTheField_data();
    void rejectsBadInputNamingTheField();
    void duplicatesKeepTheLaterEntryAndSaySo();
    void roundTripIsByteIdentical();
    void setClearAndMerge();
    void matchesLikeTheReport();
    void savesWithModeSixHundred();
    void failedSaveKeepsTheOldFile();
    void concurrentWriterIsLockedOut();
    void loadNamesTheFile();
};

// moc misreads raw string literals holding quotes: the bodies are kept out of its sight.
#ifndef Q_MOC_RUN

void TestReview::decisionSetIsFixed()
{
    QCOMPARE(review::decisionIds(),
             (QStringList{QStringLiteral("open"),
                          QStringLiteral("accepted-risk"),
                          QStringLiteral("false-positive"),
                          QStringLiteral("will-fix"),
                          QStringLiteral("fixed")}));
    QVERIFY(review::isDecisionId(u"will-fix"));
    QVERIFY(!review::isDecisionId(u"Will-Fix"));
    QVERIFY(!review::isDecisionId(u""));
    QVERIFY(review::suppresses(u"accepted-risk"));
    QVERIFY(review::suppresses(u"false-positive"));
    QVERIFY(!review::suppresses(u"will-fix"));
    QVERIFY(review::isFingerprint(kFp));
    QVERIFY(!review::isFingerprint(kFp.toUpper()));
    QVERIFY(!review::isFingerprint(kFp.left(31)));
}

void TestReview::loadsAValidFile()
{
    const QByteArray bytes = doc(R"([{"fingerprint":")" + kFp.toLatin1() +
                                     R"(","ruleId":"CTR-001","target":"web","decision":"accepted-risk",)"
                                     R"("note":"lab only","reviewer":"bob","decidedAt":"2026-11-29T10:00:00Z"},)"
                                     R"({"ruleId":"IMG-001","target":"nginx:1","decision":"will-fix"}])",
                                 R"("endpoint":"unix:///var/run/docker.sock","hostName":"prod-1",)");
    const auto loaded = review::parseReview(bytes);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
    QVERIFY(loaded->warnings.isEmpty());
    const ReviewFile& f = loaded->file;
    QCOMPARE(f.endpoint, QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(f.hostName, QStringLiteral("prod-1"));
    QCOMPARE(f.decisions.size(), size_t(2));
    const Decision* d = f.find(kFp);
    QVERIFY(d != nullptr);
    QCOMPARE(d->decision, QStringLiteral("accepted-risk"));
    QCOMPARE(d->note, QStringLiteral("lab only"));
    QCOMPARE(d->reviewer, QStringLiteral("bob"));
    QCOMPARE(d->decidedAt, QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));
    const Decision* byRule = f.find(QStringLiteral("IMG-001") + QChar(0x1f) + QStringLiteral("nginx:1"));
    QVERIFY(byRule != nullptr);
    QVERIFY(!byRule->decidedAt.isValid());
    // Empty, as a fresh file has it.
    QVERIFY(review::parseReview(doc("[]")).ok());
    // An offset is converted to UTC.
    const auto offset = review::parseReview(entry(R"("fingerprint":")" + kFp.toLatin1() +
                                                  R"(","decision":"fixed","decidedAt":"2026-11-29T12:00:00+02:00")"));
    QVERIFY(offset.ok());
    QCOMPARE(offset->file.decisions.front().decidedAt, QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC));
}

void TestReview::rejectsBadInputNamingTheField_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray fp = R"("fingerprint":")" + kFp.toLatin1() + R"(",)";
    QTest::newRow("empty") << QByteArray("  \n") << "empty";
    QTest::newRow("not json") << QByteArray("hello") << "not valid JSON";
    QTest::newRow("truncated") << doc("[{").left(40) << "truncated";
    QTest::newRow("array at the top") << QByteArray("[]") << "not a Bulkhead review file";
    QTest::newRow("snapshot") << QByteArray(R"({"format":"bulkhead-snapshot","version":1})")
                              << "not a Bulkhead review file";
    QTest::newRow("no version") << QByteArray(R"({"format":"bulkhead-review","decisions":[]})") << "version";
    QTest::newRow("version string") << QByteArray(R"({"format":"bulkhead-review","version":"1","decisions":[]})")
                                    << "version: missing or not an integer";
    QTest::newRow("newer version") << QByteArray(R"({"format":"bulkhead-review","version":2,"decisions":[]})")
                                   << "format version 2";
    QTest::newRow("version 0") << QByteArray(R"({"format":"bulkhead-review","version":0,"decisions":[]})")
                               << "unsupported version 0";
    QTest::newRow("unknown top field") << doc("[]", R"("decision":[],)") << "top level: unknown field \"decision\"";
    QTest::newRow("endpoint type") << doc("[]", R"("endpoint":5,)") << "endpoint: expected a string, found a number";
    QTest::newRow("hostName type") << doc("[]", R"("hostName":[],)") << "hostName: expected a string";
    QTest::newRow("no decisions") << QByteArray(R"({"format":"bulkhead-review","version":1})") << "decisions: missing";
    QTest::newRow("decisions object") << doc("{}") << "decisions: expected an array, found an object";
    QTest::newRow("entry not object") << doc(R"([{"fingerprint":")" + kFp.toLatin1() + R"(","decision":"fixed"},"x"])")
                                      << "decisions[1]: expected an object, found a string";
    QTest::newRow("unknown decision") << entry(fp + R"("decision":"maybe")")
                                      << "decisions[0].decision: \"maybe\" is not a decision";
    QTest::newRow("decision case") << entry(fp + R"("decision":"Accepted-Risk")") << "decisions[0].decision";
    QTest::newRow("decision missing") << entry(fp + R"("note":"x")") << "decisions[0].decision: missing";
    QTest::newRow("decision null") << entry(fp + R"("decision":null)") << "decisions[0].decision: missing";
    QTest::newRow("decision type") << entry(fp + R"("decision":1)")
                                   << "decisions[0].decision: expected a string, found a number";
    QTest::newRow("bad fingerprint") << entry(R"("fingerprint":"ABC","decision":"fixed")")
                                     << "decisions[0].fingerprint: \"ABC\" is not a finding fingerprint";
    QTest::newRow("fingerprint type") << entry(R"("fingerprint":true,"decision":"fixed")")
                                      << "decisions[0].fingerprint: expected a string, found a boolean";
    QTest::newRow("names no finding") << entry(R"("ruleId":"CTR-001","decision":"fixed")")
                                      << "decisions[0]: names no finding";
    QTest::newRow("note type") << entry(fp + R"("decision":"fixed","note":{})")
                               << "decisions[0].note: expected a string, found an object";
    QTest::newRow("note too long") << entry(fp + R"("decision":"fixed","note":")" + QByteArray(20001, 'x') + '"')
                                   << "decisions[0].note: longer than 20000 characters";
    QTest::newRow("reviewer too long") << entry(fp + R"("decision":"fixed","reviewer":")" + QByteArray(1025, 'x') + '"')
                                       << "decisions[0].reviewer: longer than 1024";
    QTest::newRow("decidedAt garbage") << entry(fp + R"("decision":"fixed","decidedAt":"yesterday")")
                                       << "decisions[0].decidedAt: \"yesterday\" is not an ISO 8601";
    QTest::newRow("decidedAt no zone") << entry(fp + R"("decision":"fixed","decidedAt":"2026-11-29T10:00:00")")
                                       << "decisions[0].decidedAt: \"2026-11-29T10:00:00\" has no time zone";
    QTest::newRow("decidedAt number") << entry(fp + R"("decision":"fixed","decidedAt":1700000000)")
                                      << "decisions[0].decidedAt: expected a date and time";
    QTest::newRow("decidedAt year") << entry(fp + R"("decision":"fixed","decidedAt":"1900-01-01T00:00:00Z")")
                                    << "decisions[0].decidedAt: the year must be";
    QTest::newRow("typo in a field") << entry(fp + R"("decison":"fixed")") << "decisions[0]: unknown field \"decison\"";
    QTest::newRow("deep nesting") << doc(QByteArray(100000, '[')) << "nested more than 16 levels";
    QTest::newRow("non-UTF-8") << entry(fp + "\"decision\":\"fixed\",\"note\":\"\xff\xfe\"") << "not valid JSON";
    QByteArray many = "[";
    for (int i = 0; i <= review::kMaxDecisions; ++i) {
        many += i == 0 ? "0" : ",0";
    }
    many += ']';
    QTest::newRow("too many decisions") << doc(many) << "decisions: 100001 entries; the limit is 100000";
    QTest::newRow("too large") << doc("[]", R"("endpoint":")" + QByteArray(8 << 20, 'a') + R"(",)") << "too large";
}

void TestReview::rejectsBadInputNamingTheField()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto loaded = review::parseReview(bytes);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().text().contains(expected), qPrintable(loaded.error().text()));
}

void TestReview::duplicatesKeepTheLaterEntryAndSaySo()
{
    const QByteArray fp = kFp.toLatin1();
    const auto loaded =
        review::parseReview(doc(R"([{"fingerprint":")" + fp + R"(","decision":"will-fix","note":"first"},)" +
                                R"({"ruleId":"CTR-001","target":"web","decision":"open"},)" + R"({"fingerprint":")" +
                                fp + R"(","decision":"false-positive","note":"second"},)" +
                                R"({"ruleId":"CTR-001","target":"web","decision":"fixed"}])"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->file.decisions.size(), size_t(2));
    QCOMPARE(loaded->file.find(kFp)->decision, QStringLiteral("false-positive"));
    QCOMPARE(loaded->file.find(kFp)->note, QStringLiteral("second"));
    QCOMPARE(loaded->file.find(QStringLiteral("CTR-001\x1fweb"))->decision, QStringLiteral("fixed"));
    QCOMPARE(loaded->warnings.size(), 2);
    QVERIFY2(loaded->warnings.at(0).contains(QStringLiteral("decisions[0] and decisions[2]")),
             qPrintable(loaded->warnings.at(0)));
    QVERIFY(loaded->warnings.at(1).contains(QStringLiteral("decisions[1] and decisions[3]")));
}

void TestReview::roundTripIsByteIdentical()
{
    ReviewFile f;
    f.endpoint = QStringLiteral("tcp://127.0.0.1:2376");
    f.hostName = QStringLiteral("prod-1");
    QVERIFY(f.set(decision(kFp2, QStringLiteral("fixed"), QStringLiteral("patched in 1.2"))).ok());
    QVERIFY(f.set(decision(kFp,
                           QStringLiteral("accepted-risk"),
                           QStringLiteral("<script>alert(1)</script>\nzweite Zeile: Grüße, \"quoted\" \x1b[31m")))
                .ok());
    Decision byRule;
    byRule.ruleId = QStringLiteral("IMG-003");
    byRule.target = QStringLiteral("nginx:1.25");
    byRule.decision = QStringLiteral("open");
    QVERIFY(f.set(byRule).ok());
    const QByteArray first = review::serializeReview(f);
    const auto loaded = review::parseReview(first);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
    QCOMPARE(review::serializeReview(loaded->file), first);
    QCOMPARE(loaded->file.find(kFp)->note, f.find(kFp)->note);
    // Stable order: sorted by key whatever the order of set().
    QVERIFY(first.indexOf(kFp.toLatin1()) < first.indexOf(kFp2.toLatin1()));
    QVERIFY(first.startsWith("{\n  \"format\": \"bulkhead-review\",\n  \"version\": 1,"));

    // A hand-written file (unsorted, escapes, fractional seconds) settles after one save.
    const QByteArray hand = doc(R"([{"fingerprint":")" + kFp2.toLatin1() +
                                R"(","decision":"fixed","note":"caf\u00e9","decidedAt":"2026-01-02T03:04:05.678Z"},)"
                                R"({"fingerprint":")" +
                                kFp.toLatin1() + R"(","decision":"open"}])");
    const auto h1 = review::parseReview(hand);
    QVERIFY(h1.ok());
    const QByteArray once = review::serializeReview(h1->file);
    const auto h2 = review::parseReview(once);
    QVERIFY(h2.ok());
    QCOMPARE(review::serializeReview(h2->file), once);
    QVERIFY(once.contains("\"note\": \"café\""));
    QVERIFY(once.contains("\"decidedAt\": \"2026-01-02T03:04:05Z\""));

    // Through the disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QVERIFY(review::saveReview(f, path).ok());
    QCOMPARE(readAll(path), first);
    const auto fromDisk = review::loadReview(path);
    QVERIFY(fromDisk.ok());
    QVERIFY(review::saveReview(fromDisk->file, path).ok());
    QCOMPARE(readAll(path), first);
}

void TestReview::setClearAndMerge()
{
    ReviewFile f;
    QVERIFY(f.set(decision(kFp, QStringLiteral("will-fix"))).ok());
    QVERIFY(f.set(decision(kFp, QStringLiteral("fixed"))).ok()); // replaces
    QCOMPARE(f.decisions.size(), size_t(1));
    QCOMPARE(f.find(kFp)->decision, QStringLiteral("fixed"));
    // Bad decisions are refused and change nothing.
    QVERIFY(!f.set(decision(kFp, QStringLiteral("ignore"))).ok());
    QVERIFY(!f.set(decision(QStringLiteral("xyz"), QStringLiteral("fixed"))).ok());
    QVERIFY(!f.set(decision(QString(), QStringLiteral("fixed"))).ok());
    QCOMPARE(f.find(kFp)->decision, QStringLiteral("fixed"));
    // Milliseconds are dropped so what is kept is what a reload gives.
    Decision ms = decision(kFp2, QStringLiteral("open"));
    ms.decidedAt = QDateTime(QDate(2026, 1, 1), QTime(1, 2, 3, 456), Qt::UTC);
    QVERIFY(f.set(ms).ok());
    QCOMPARE(f.find(kFp2)->decidedAt.time().msec(), 0);
    QVERIFY(f.clear(kFp2));
    QVERIFY(!f.clear(kFp2));
    QCOMPARE(f.decisions.size(), size_t(1));

    ReviewFile other;
    other.hostName = QStringLiteral("prod-2");
    Decision older = decision(kFp, QStringLiteral("open"));
    older.decidedAt = older.decidedAt.addDays(-1);
    QVERIFY(other.set(older).ok());
    QVERIFY(other.set(decision(kFp2, QStringLiteral("false-positive"))).ok());
    QCOMPARE(f.merge(other), 1); // kFp2 added; ours for kFp is newer and stays
    QCOMPARE(f.find(kFp)->decision, QStringLiteral("fixed"));
    QCOMPARE(f.find(kFp2)->decision, QStringLiteral("false-positive"));
    QCOMPARE(f.hostName, QStringLiteral("prod-2"));
    Decision newer = decision(kFp, QStringLiteral("accepted-risk"));
    newer.decidedAt = newer.decidedAt.addDays(1);
    ReviewFile third;
    QVERIFY(third.set(newer).ok());
    QCOMPARE(f.merge(third), 1);
    QCOMPARE(f.find(kFp)->decision, QStringLiteral("accepted-risk"));
    QCOMPARE(f.merge(third), 0); // idempotent
    const size_t before = f.decisions.size();
    QCOMPARE(f.merge(f), 0); // into itself: nothing changes, nothing breaks
    QCOMPARE(f.decisions.size(), before);
    QVERIFY(std::is_sorted(f.decisions.begin(), f.decisions.end(), [](const Decision& a, const Decision& b) {
        return review::decisionKey(a) < review::decisionKey(b);
    }));
}

void TestReview::matchesLikeTheReport()
{
    model::Finding finding;
    finding.ruleId = QStringLiteral("CTR-001");
    finding.targetKind = model::TargetKind::Container;
    finding.targetId = QStringLiteral("abc123");
    finding.targetName = QStringLiteral("web");
    finding.message = QStringLiteral("runs privileged");
    const QString fp = report::fingerprint(finding);
    QVERIFY(review::isFingerprint(fp));

    ReviewFile f;
    Decision byId;
    byId.ruleId = QStringLiteral("CTR-001");
    byId.target = QStringLiteral("abc123");
    byId.decision = QStringLiteral("will-fix");
    QVERIFY(f.set(byId).ok());
    QCOMPARE(f.match(finding, fp)->decision, QStringLiteral("will-fix"));
    Decision byName = byId;
    byName.target = QStringLiteral("web");
    byName.decision = QStringLiteral("open");
    QVERIFY(f.set(byName).ok());
    QCOMPARE(f.match(finding, fp)->decision, QStringLiteral("open"));
    QVERIFY(f.set(decision(fp, QStringLiteral("false-positive"))).ok());
    QCOMPARE(f.match(finding, fp)->decision, QStringLiteral("false-positive"));
    model::Finding other = finding;
    other.ruleId = QStringLiteral("CTR-002");
    QVERIFY(f.match(other, report::fingerprint(other)) == nullptr);

    // The report picks the same decision from the same list, whatever its order.
    for (bool reversed : {false, true}) {
        report::ReportOptions options;
        options.reviews = f.decisions;
        if (reversed) {
            std::reverse(options.reviews.begin(), options.reviews.end());
        }
        model::Inventory inv;
        model::Container c;
        c.id = finding.targetId;
        c.name = finding.targetName;
        inv.containers.push_back(c);
        rules::ScanResult scan;
        scan.findings.push_back(finding);
        const report::ReportModel m = report::buildReport(inv, scan, options);
        const auto all = m.allFindings();
        QCOMPARE(all.size(), size_t(1));
        QVERIFY(all.front()->review.has_value());
        QCOMPARE(all.front()->review->decision, QStringLiteral("false-positive"));
    }
}

void TestReview::savesWithModeSixHundred()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    ReviewFile f;
    QVERIFY(f.set(decision(kFp, QStringLiteral("accepted-risk"), QStringLiteral("token=hunter2"))).ok());
    const mode_t old = ::umask(0);
    const auto saved = review::saveReview(f, path);
    ::umask(old);
    QVERIFY(saved.ok());
    QCOMPARE(modeOf(path), mode_t(0600));

    // A file someone made world-readable is rewritten 0600.
    const QString loose = dir.filePath(QStringLiteral("loose.json"));
    QVERIFY(writeAll(loose, review::serializeReview(ReviewFile{})));
    QVERIFY(::chmod(QFile::encodeName(loose).constData(), 0644) == 0);
    QCOMPARE(modeOf(loose), mode_t(0644));
    QVERIFY(review::saveReview(f, loose).ok());
    QCOMPARE(modeOf(loose), mode_t(0600));

    // The same through the locked read-modify-write.
    QVERIFY(::chmod(QFile::encodeName(loose).constData(), 0666) == 0);
    const auto updated =
        review::updateReviewFile(loose, [](ReviewFile& r) { return r.set(decision(kFp2, QStringLiteral("fixed"))); });
    QVERIFY(updated.ok());
    QCOMPARE(modeOf(loose), mode_t(0600));
    QVERIFY(!QFileInfo::exists(loose + QStringLiteral(".lock")));
}

void TestReview::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    ReviewFile f;
    QVERIFY(f.set(decision(kFp, QStringLiteral("will-fix"), QStringLiteral("before"))).ok());
    QVERIFY(review::saveReview(f, path).ok());
    const QByteArray before = readAll(path);

    // The parent folder is missing: an error, nothing created.
    const QString orphan = dir.filePath(QStringLiteral("missing/review.json"));
    const auto noParent = review::saveReview(f, orphan);
    QVERIFY(!noParent.ok());
    QVERIFY(noParent.error().text().contains(QStringLiteral("missing/review.json")));
    QVERIFY(!QFileInfo::exists(orphan));
    const auto noParentUpdate =
        review::updateReviewFile(orphan, [](ReviewFile& r) { return r.set(decision(kFp, QStringLiteral("fixed"))); });
    QVERIFY(!noParentUpdate.ok());

    // The path is a folder: an error, the folder untouched.
    const QString folder = dir.filePath(QStringLiteral("adir"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!review::saveReview(f, folder).ok());
    QVERIFY(QFileInfo(folder).isDir());

    // The write itself fails half-way (file size limit: EFBIG): the old file is kept byte for byte and no
    // temporary file is left behind.
    ReviewFile big = f;
    for (int i = 0; i < 200; ++i) {
        Decision d;
        d.ruleId = QStringLiteral("CTR-%1").arg(i, 3, 10, QChar(u'0'));
        d.target = QStringLiteral("web");
        d.decision = QStringLiteral("fixed");
        d.note = QString(500, u'n');
        QVERIFY(big.set(d).ok());
    }
    QVERIFY(review::serializeReview(big).size() > 64 * 1024);
    struct rlimit saved = {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 16 * 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const auto cut = review::saveReview(big, path);
    const auto cutUpdate = review::updateReviewFile(path, [&big](ReviewFile& r) {
        r.merge(big);
        return bulkhead::util::Result<void>();
    });
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!cut.ok());
    QVERIFY(!cutUpdate.ok());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("review.json")});

    // A change that fails leaves the file alone too.
    const auto refused = review::updateReviewFile(
        path, [](ReviewFile& r) { return r.set(decision(kFp, QStringLiteral("not-a-decision"))); });
    QVERIFY(!refused.ok());
    QCOMPARE(readAll(path), before);

    // A corrupt file is not overwritten by an update: the reviewer's data is still in there.
    const QByteArray corrupt = before.left(before.size() / 2);
    QVERIFY(writeAll(path, corrupt));
    const auto onCorrupt =
        review::updateReviewFile(path, [](ReviewFile& r) { return r.set(decision(kFp2, QStringLiteral("fixed"))); });
    QVERIFY(!onCorrupt.ok());
    QVERIFY(onCorrupt.error().text().contains(QStringLiteral("truncated")));
    QCOMPARE(readAll(path), corrupt);
}

void TestReview::concurrentWriterIsLockedOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.json"));
    QVERIFY(review::saveReview(ReviewFile{}, path).ok());
    const QByteArray before = readAll(path);
    QLockFile other(path + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    const auto blocked = review::updateReviewFile(
        path, [](ReviewFile& r) { return r.set(decision(kFp, QStringLiteral("fixed"))); }, true, 200);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().text().contains(QStringLiteral("another program")), qPrintable(blocked.error().text()));
    QCOMPARE(readAll(path), before);
    other.unlock();
    const auto done = review::updateReviewFile(
        path, [](ReviewFile& r) { return r.set(decision(kFp, QStringLiteral("fixed"))); }, true, 200);
    QVERIFY(done.ok());
    QVERIFY(review::loadReview(path)->file.find(kFp) != nullptr);
}

void TestReview::loadNamesTheFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    const auto none = review::loadReview(missing);
    QVERIFY(!none.ok());
    QVERIFY(none.error().text().contains(QStringLiteral("does not exist")));
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, entry(R"("fingerprint":"zz","decision":"fixed")")));
    const auto err = review::loadReview(bad);
    QVERIFY(!err.ok());
    QVERIFY(err.error().message.startsWith(bad + QStringLiteral(": ")));
    QVERIFY(err.error().message.contains(QStringLiteral("decisions[0].fingerprint")));
    // Over the cap: refused before it is read whole.
    const QString large = dir.filePath(QStringLiteral("large.json"));
    QVERIFY(writeAll(large, QByteArray(4096, ' ')));
    QVERIFY(!review::loadReview(large, 1024).ok());
}

#endif

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What `scan --layers` reads (rules::ScanOptions::imageContents / containerContents) reaching the scan result: layer
// and container-file secret findings land on their image or container (so container risk counts them), follow the
// --rule selection and the ignore file, and IMG-010 flags setuid/setgid files outside the distribution's known list,
// but only when the layers were read.
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include <QTest>

using namespace bulkhead;

namespace {

const char* kImageId = "sha256:2222222222222222222222222222222222222222222222222222222222222222";
const char* kContainerId = "c0ffee0000000000000000000000000000000000000000000000000000000002";

model::Inventory inventory()
{
    model::RawInventory raw;
    raw.endpoint = QStringLiteral("unix:///run/docker.sock");
    raw.version = {{"Version", "20.10.24"}, {"ApiVersion", "1.41"}};
    raw.info = {{"Name", "host"}, {"SecurityOptions", {"name=seccomp,profile=builtin"}}};
    model::RawImage img;
    img.id = QString::fromLatin1(kImageId);
    img.inspect = {{"Id", kImageId},
                   {"RepoTags", {"app:1.0"}},
                   {"Created", "2026-11-01T00:00:00Z"},
                   {"Config", {{"User", "10001"}, {"Healthcheck", {{"Test", {"CMD", "/health"}}}}}}};
    img.inspectStatus = 200;
    raw.images.push_back(img);
    model::RawContainer c;
    c.id = QString::fromLatin1(kContainerId);
    c.inspect = {{"Id", kContainerId},
                 {"Name", "/web"},
                 {"Image", kImageId},
                 {"State", {{"Status", "running"}, {"Running", true}}},
                 {"Config", {{"Image", "app:1.0"}, {"User", "10001"}}},
                 {"HostConfig", {{"ReadonlyRootfs", true}, {"CapDrop", {"ALL"}}, {"Memory", 268435456}}}};
    c.inspectStatus = 200;
    raw.containers.push_back(c);
    return model::parseInventory(raw);
}

model::Finding secretFinding(const char* rule, const char* file, const char* layer)
{
    model::Finding f;
    f.ruleId = QString::fromLatin1(rule);
    f.severity = model::Severity::High;
    f.category = model::Category::Secrets;
    f.message = QStringLiteral("test finding");
    f.evidence = QStringLiteral("AKIA…(20)");
    f.location.file = QString::fromLatin1(file);
    f.location.layer = QString::fromLatin1(layer);
    f.confidence = 0.9;
    return f;
}

std::vector<const model::Finding*> of(const rules::ScanResult& r, const QString& rule)
{
    std::vector<const model::Finding*> out;
    for (const model::Finding& f : r.findings) {
        if (f.ruleId == rule) {
            out.push_back(&f);
        }
    }
    return out;
}

rules::ScanOptions withContents()
{
    rules::ScanOptions o;
    o.today = QDate(2026, 11, 29);
    rules::ContentScan image;
    image.findings.push_back(secretFinding("SEC-001", "/root/.aws/credentials", "sha256:aaaa"));
    image.findings.push_back(secretFinding("SEC-101", "/root/.aws/credentials", "sha256:aaaa"));
    image.setuidFiles = {{QStringLiteral("/usr/bin/passwd"), 04755, QStringLiteral("sha256:aaaa")},
                         {QStringLiteral("/bin/su"), 04755, QStringLiteral("sha256:aaaa")},
                         {QStringLiteral("/usr/local/bin/suid-helper"), 04755, QStringLiteral("sha256:bbbb")},
                         {QStringLiteral("/opt/passwd"), 02755, QStringLiteral("sha256:bbbb")}};
    image.osRelease.insert(QStringLiteral("ID"), QStringLiteral("debian"));
    o.imageContents.insert(QString::fromLatin1(kImageId), image);
    rules::ContentScan container;
    container.findings.push_back(secretFinding("SEC-003", "/app/.git-credentials", ""));
    o.containerContents.insert(QString::fromLatin1(kContainerId), container);
    return o;
}

} // namespace

class TestContentRules : public QObject
{
    Q_OBJECT

private slots:
    void contentFindingsLandOnTheirTargets()
    {
        const model::Inventory inv = inventory();
        const rules::ScanResult plain = rules::scanInventory(inv, withContents());
        const auto deleted = of(plain, QStringLiteral("SEC-101"));
        QCOMPARE(deleted.size(), std::size_t(1));
        QCOMPARE(deleted[0]->targetKind, model::TargetKind::Image);
        QCOMPARE(deleted[0]->targetId, QString::fromLatin1(kImageId));
        QCOMPARE(deleted[0]->targetName, QStringLiteral("app:1.0"));
        QCOMPARE(deleted[0]->location.layer, QStringLiteral("sha256:aaaa"));
        const auto file = of(plain, QStringLiteral("SEC-003"));
        QCOMPARE(file.size(), std::size_t(1));
        QCOMPARE(file[0]->targetKind, model::TargetKind::Container);
        QCOMPARE(file[0]->targetName, QStringLiteral("web"));
        QCOMPARE(file[0]->location.file, QStringLiteral("/app/.git-credentials"));

        // The container's risk counts the secret found in its files.
        rules::ScanOptions none = withContents();
        none.containerContents.clear();
        const rules::ScanResult without = rules::scanInventory(inv, none);
        QCOMPARE(plain.containers.size(), std::size_t(1));
        QVERIFY2(
            plain.containers[0].risk.score > without.containers[0].risk.score,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(plain.containers[0].risk.score).arg(without.containers[0].risk.score)));
    }

    void selectionAndIgnoresApply()
    {
        const model::Inventory inv = inventory();
        rules::ScanOptions o = withContents();
        o.onlyRules = QStringList{QStringLiteral("SEC-101")};
        const rules::ScanResult r = rules::scanInventory(inv, o);
        QCOMPARE(of(r, QStringLiteral("SEC-101")).size(), std::size_t(1));
        QVERIFY(of(r, QStringLiteral("SEC-001")).empty());
        QVERIFY(of(r, QStringLiteral("SEC-003")).empty());

        rules::ScanOptions ig = withContents();
        ig.ignores.push_back({QStringLiteral("SEC-003"), QStringLiteral("web"), QStringLiteral("test key"), {}, 1});
        const rules::ScanResult s = rules::scanInventory(inv, ig);
        QCOMPARE(of(s, QStringLiteral("SEC-003")).size(), std::size_t(1));
        QVERIFY(of(s, QStringLiteral("SEC-003"))[0]->suppressed);
    }

    void setuidOutsideTheKnownListIsFlagged()
    {
        const model::Inventory inv = inventory();
        const rules::ScanResult r = rules::scanInventory(inv, withContents());
        const auto s = of(r, QStringLiteral("IMG-010"));
        QCOMPARE(s.size(), std::size_t(2)); // passwd and su are the distribution's; /opt/passwd is not in its folder
        QVERIFY(s[0]->message.contains(QLatin1String("/usr/local/bin/suid-helper")));
        QVERIFY(s[0]->message.contains(QLatin1String("setuid")));
        QVERIFY(s[0]->evidence.contains(QLatin1String("4755")));
        QVERIFY(s[1]->message.contains(QLatin1String("/opt/passwd")));
        QVERIFY(s[1]->message.contains(QLatin1String("setgid")));
        QCOMPARE(s[0]->targetId, QString::fromLatin1(kImageId));

        // Layers not read: nothing is claimed either way.
        rules::ScanOptions o;
        o.today = QDate(2026, 11, 29);
        QVERIFY(of(rules::scanInventory(inv, o), QStringLiteral("IMG-010")).empty());
    }

    void manySetuidFilesAreSummarised()
    {
        const model::Inventory inv = inventory();
        rules::ScanOptions o = withContents();
        rules::ContentScan& c = o.imageContents[QString::fromLatin1(kImageId)];
        c.setuidFiles.clear();
        for (int i = 0; i < 30; ++i) {
            c.setuidFiles.push_back({QStringLiteral("/opt/bin/tool%1").arg(i), 04711, QStringLiteral("sha256:cc")});
        }
        const auto s = of(rules::scanInventory(inv, o), QStringLiteral("IMG-010"));
        QCOMPARE(s.size(), std::size_t(21));
        QVERIFY(s.back()->message.contains(QLatin1String("10 more")));
    }
};

QTEST_GUILESS_MAIN(TestContentRules)
#include "tst_contentrules.moc"

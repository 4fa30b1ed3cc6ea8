// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/lint.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead;
using namespace bulkhead::dockerfile;
using namespace Qt::StringLiterals;

namespace {

QString fixtureDir()
{
    return qEnvironmentVariable("BULKHEAD_SOURCE_DIR", QStringLiteral(".")) +
           QStringLiteral("/tests/fixtures/dockerfiles");
}

model::Findings lintText(const QByteArray& text, const LintConfig& cfg = {})
{
    return lintDockerfile(parseDockerfile(text, QStringLiteral("Dockerfile")), cfg);
}

bool fires(const model::Findings& fs, const QString& id)
{
    for (const model::Finding& f : fs) {
        if (f.ruleId == id && !f.suppressed) {
            return true;
        }
    }
    return false;
}

QStringList ids(const model::Findings& fs)
{
    QStringList out;
    for (const model::Finding& f : fs) {
        out << f.ruleId + (f.suppressed ? QStringLiteral("(s)") : QString());
    }
    return out;
}

LintConfig configFor(const QString& ruleId)
{
    QFile f(fixtureDir() + u'/' + ruleId + QStringLiteral(".hadolint.yaml"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return parseHadolintConfig(f.readAll());
}

} // namespace

class TstLint : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsWellFormed();
    void everyRuleHasAFixtureThatTriggersIt();
    void okFixturesTriggerNothing();
    void rules_data();
    void rules();
    void labelSchemaRules_data();
    void labelSchemaRules();
    void findingsCarryPositionRemediationAndSuggestion();
    void suggestionsEditTheCommandTheyAreAbout();
    void suggestionsStayBoundedOnHugeLines();
    void secretsAreRedactedEverywhere();
    void coversEveryHadolintRuleWithoutShellcheck();
    void hadolintPragmasSuppressTheNextLine();
    void globalAndBulkheadPragmas();
    void pragmaSpellings_data();
    void pragmaSpellings();
    void disableIgnorePragmaTurnsThemOff();
    void readsHadolintConfig();
    void configSurvivesGarbage();
    void ignoredRulesDoNotRun();
    void filesOfOneRunDoNotShareFindings();
    void overridesChangeSeverity();
    void dockerignoreMatching_data();
    void dockerignoreMatching();
    void lintPathOnAFolderRunsContextRules();
    void lintPathReportsUnreadablePaths();
    void lintPathReadsFilesOfAnySizeInTurn();
    void parseErrorsBecomeFindings();
    void lintStaysLinearOnHostileInput();
    // instr3
    void instructionRulesPerFileIndex();
    void instructionRuleTexts();
    void seedRuleFastPaths_data();
    void seedRuleFastPaths();
};

void TstLint::catalogueIsWellFormed()
{
    QSet<QString> seen;
    const QRegularExpression idRe(QStringLiteral("^DKF-\\d{3}$"));
    QVERIFY(dockerfileRules().size() > 80);
    QString previous;
    for (const model::RuleInfo& r : dockerfileRules()) {
        const QString id = QString::fromLatin1(r.id);
        QVERIFY2(idRe.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        QVERIFY2(previous < id, qPrintable(id)); // id order
        previous = id;
        seen.insert(id);
        QVERIFY2(qstrlen(r.title) > 5 && qstrlen(r.rationale) > 20 && qstrlen(r.remediation) > 10, r.id);
        QVERIFY(r.target == model::TargetKind::Dockerfile);
        QVERIFY(r.category == model::Category::Dockerfile || r.category == model::Category::BuildContext ||
                r.category == model::Category::Secrets);
        QCOMPARE(findDockerfileRule(id), &r);
        // findDockerfileRule() looks ids up before aliases: no alias may be spelt like an id.
        for (const QString& alias : model::ruleAliases(r)) {
            QVERIFY2(!alias.section(u':', 1).startsWith(u"DKF-", Qt::CaseInsensitive), qPrintable(alias));
        }
    }
    // Ids as pragmas and configs write them: any case, spaces around.
    QCOMPARE(findDockerfileRule(u"dkf-108"), findDockerfileRule(u"DKF-108"));
    QCOMPARE(findDockerfileRule(u" DKF-108 "), findDockerfileRule(u"DKF-108"));
    QVERIFY(!findDockerfileRule(u"DKF-99999"));
    QCOMPARE(QString::fromLatin1(findDockerfileRule(u"DL3008")->id), QStringLiteral("DKF-108"));
    QCOMPARE(QString::fromLatin1(findDockerfileRule(u"hadolint:DL4006")->id), QStringLiteral("DKF-206"));
    QVERIFY(!findDockerfileRule(u"DL9999"));
}

void TstLint::everyRuleHasAFixtureThatTriggersIt()
{
    const QDir dir(fixtureDir());
    for (const model::RuleInfo& r : dockerfileRules()) {
        const QString id = QString::fromLatin1(r.id);
        const QString file = dir.filePath(id + QStringLiteral(".Dockerfile"));
        const QString folder = dir.filePath(id);
        QVERIFY2(QFileInfo::exists(file) || QFileInfo(folder).isDir(),
                 qPrintable(QStringLiteral("no fixture for ") + id));
        const QString path = QFileInfo::exists(file) ? file : folder;
        auto res = lintPath(path, configFor(id));
        QVERIFY2(res.ok(), qPrintable(path));
        QVERIFY2(fires(res.value(), id),
                 qPrintable(id + QStringLiteral(" did not fire on its fixture; got ") + ids(res.value()).join(u' ')));
    }
}

void TstLint::okFixturesTriggerNothing()
{
    const QDir dir(fixtureDir());
    const QStringList oks = dir.entryList({QStringLiteral("ok-*.Dockerfile")}, QDir::Files);
    QVERIFY(oks.size() >= 3);
    for (const QString& name : oks) {
        auto res = lintPath(dir.filePath(name), {});
        QVERIFY(res.ok());
        QVERIFY2(res.value().empty(), qPrintable(name + QStringLiteral(": ") + ids(res.value()).join(u' ')));
    }
}

void TstLint::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<bool>("expected");
    auto row = [](const char* name, const char* rule, const char* text, bool expected) {
        QTest::newRow(name) << QString::fromLatin1(rule) << QByteArray(text) << expected;
    };
    // Structure
    // Command names are found once per RUN (lintDockerfile() marks the scripts): in a later RUN, an ONBUILD RUN, after
    // other commands, as a wrapper; names that only share a first letter or a length do not count.
    row("names-cd-second-run", "DKF-103", "FROM a:1\nRUN echo a\nRUN echo b && cd /x\n", true);
    row("names-cd-prefix", "DKF-103", "FROM a:1\nRUN cdx /x && c /y && cd-x\n", false);
    row("names-sudo-wrapper", "DKF-104", "FROM a:1\nRUN echo && sudo -E apt-get update\n", true);
    row("names-sudo-like", "DKF-104", "FROM a:1\nRUN sud x && sudoedit y && sudo_x\n", false);
    row("names-pointless-onbuild", "DKF-101", "FROM a:1\nONBUILD RUN echo && shutdown -h now\n", true);
    row("names-pointless-each", "DKF-101", "FROM a:1\nRUN true; mount x\n", true);
    row("names-pointless-lookalikes", "DKF-101", "FROM a:1\nRUN pss && mounts && services && vi && kil\n", false);
    row("names-ln-later", "DKF-205", "FROM a:1\nRUN echo\nRUN true && ln -sf /bin/bash /bin/sh\n", true);
    row("names-useradd-later", "DKF-146", "FROM a:1\nRUN echo\nRUN x && useradd -u 123456 app\n", true);
    row("names-useradd-lookalike", "DKF-146", "FROM a:1\nRUN useradds -u 123456 app\n", false);
    row("names-tar-later",
        "DKF-110",
        "FROM a:1\nCOPY app.tar /tmp/\nRUN echo\nRUN true && tar -xf /tmp/app.tar\n",
        true);
    row("100-absolute", "DKF-100", "FROM a:1\nWORKDIR /app\n", false);
    row("100-variable", "DKF-100", "FROM a:1\nWORKDIR $HOME\n", false);
    row("100-windows", "DKF-100", "FROM a:1\nWORKDIR C:\\\\app\n", false);
    row("100-quoted-relative", "DKF-100", "FROM a:1\nWORKDIR \"app\"\n", true);
    row("101-install-vim", "DKF-101", "FROM a:1\nRUN apt-get install -y vim\n", false);
    row("101-top", "DKF-101", "FROM a:1\nRUN top -b -n1\n", true);
    row("102-root-then-user", "DKF-102", "FROM a:1\nUSER root\nRUN x\nUSER app\n", false);
    row("102-root-in-build-stage", "DKF-102", "FROM a:1 AS b\nUSER root\nFROM a:1\nUSER 1000\n", false);
    row("102-uid0", "DKF-102", "FROM a:1\nUSER 0:0\n", true);
    row("103-no-cd", "DKF-103", "FROM a:1\nRUN make -C /src\n", false);
    row("103-cd-in-subshell", "DKF-103", "FROM a:1\nRUN (cd /src && make)\n", true);
    row("104-no-sudo", "DKF-104", "FROM a:1\nRUN apk add --no-cache sudo=1.9-r0\n", false);
    row("104-sudo-after-and", "DKF-104", "FROM a:1\nRUN true && sudo -u root make\n", true);
    row("105-upgrade", "DKF-105", "FROM a:1\nRUN apt-get upgrade -y\n", false);
    row("106-tagged", "DKF-106", "FROM alpine:3.19\n", false);
    row("106-digest", "DKF-106", "FROM alpine@sha256:abc\n", false);
    row("106-scratch", "DKF-106", "FROM scratch\n", false);
    row("106-stage", "DKF-106", "FROM alpine:3 AS base\nFROM base\n", false);
    row("106-registry-port", "DKF-106", "FROM registry.example.com:5000/team/app\n", true);
    row("106-registry-port-tag", "DKF-106", "FROM registry.example.com:5000/team/app:1.2\n", false);
    row("106-arg", "DKF-106", "ARG IMG=alpine:3.19\nFROM ${IMG}\n", false);
    row("107-latest-digest", "DKF-107", "FROM alpine:latest@sha256:abc\n", false);
    row("107-arg-latest", "DKF-107", "ARG T=latest\nFROM alpine:$T\n", true);
    row("110-copy-no-extract", "DKF-110", "FROM a:1\nCOPY app.tar.gz /tmp/\n", false);
    // The archive test is case-insensitive, covers every suffix, and treats a long s (U+017F)
    // as an 's', as its Unicode pattern always did.
    row("110-upper", "DKF-110", "FROM a:1\nCOPY APP.TAR.BZ2 /tmp/\nRUN tar -xjf /tmp/APP.TAR.BZ2\n", true);
    row("110-tbz", "DKF-110", "FROM a:1\nCOPY a.tbz /tmp/\nRUN tar -xf /tmp/a.tbz\n", true);
    row("110-lzma", "DKF-110", "FROM a:1\nCOPY a.tar.lzma /tmp/\nRUN tar -xf /tmp/a.tar.lzma\n", true);
    row("110-long-s", "DKF-110", "FROM a:1\nCOPY a.tar.z\xc5\xbft /tmp/\nRUN tar -xf /tmp/a.tar.z\xc5\xbft\n", true);
    row("110-not-archive", "DKF-110", "FROM a:1\nCOPY a.tar.gz.sig /tmp/\nRUN tar -xf /tmp/a.tar.gz.sig\n", false);
    row("110-tarx", "DKF-110", "FROM a:1\nCOPY a.tarx /tmp/\nRUN tar -xf /tmp/a.tarx\n", false);
    row("110-short-name", "DKF-110", "FROM a:1\nCOPY ar /tmp/\nRUN tar -xf /tmp/ar\n", false);
    row("110-extract-before-copy", "DKF-110", "FROM a:1\nRUN tar -xf /tmp/a.tgz\nCOPY a.tgz /tmp/\n", false);
    row("110-other-stage", "DKF-110", "FROM a:1 AS b\nCOPY a.tgz /tmp/\nFROM a:1\nRUN tar -xf /tmp/a.tgz\n", false);
    row("110-second-source", "DKF-110", "FROM a:1\nCOPY x.txt a.tgz /tmp/\nRUN tar -xf /tmp/a.tgz\n", true);
    row("110-destination-only", "DKF-110", "FROM a:1\nCOPY x.txt /tmp/a.tgz\nRUN tar -xf /tmp/a.tgz\n", false);
    row("111-range-ok", "DKF-111", "FROM a:1\nEXPOSE 80 443/tcp 8000-8080\n", false);
    row("111-range-bad", "DKF-111", "FROM a:1\nEXPOSE 8000-70000\n", true);
    row("112-one", "DKF-112", "FROM a:1\nHEALTHCHECK CMD true\nFROM a:1\nHEALTHCHECK CMD true\n", false);
    row("120-url", "DKF-120", "FROM a:1\nADD https://example.com/x /x\n", false);
    row("120-archive", "DKF-120", "FROM a:1\nADD rootfs.tar.xz /\n", false);
    row("121-two", "DKF-121", "FROM a:1\nCOPY a /b\n", false);
    row("121-slash", "DKF-121", "FROM a:1\nCOPY a b c/\n", false);
    row("121-json", "DKF-121", "FROM a:1\nCOPY [\"a\", \"b\", \"c\"]\n", true);
    row("122-known", "DKF-122", "FROM a:1 AS builder\nFROM a:1\nCOPY --from=builder /a /b\n", false);
    row("122-image", "DKF-122", "FROM a:1\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n", false);
    row("122-index", "DKF-122", "FROM a:1\nFROM a:1\nCOPY --from=0 /a /b\n", false);
    row("122-later", "DKF-122", "FROM a:1\nCOPY --from=later /a /b\nFROM a:1 AS later\n", true);
    row("123-other", "DKF-123", "FROM a:1 AS a\nFROM a:1 AS b\nCOPY --from=a /x /y\n", false);
    row("124-unique", "DKF-124", "FROM a:1 AS x\nFROM a:1 AS y\n", false);
    row("124-case", "DKF-124", "FROM a:1 AS X\nFROM a:1 AS x\n", true);
    row("125-json", "DKF-125", "FROM a:1\nCMD [\"a\"]\nENTRYPOINT [\"b\"]\n", false);
    row("125-entrypoint", "DKF-125", "FROM a:1\nENTRYPOINT /run.sh\n", true);
    row("126-no-config", "DKF-126", "FROM quay.io/x/y:1\n", false);
    row("129-var", "DKF-129", "FROM --platform=$BUILDPLATFORM a:1\n", false);
    row("143-ok", "DKF-143", "FROM a:1\nONBUILD RUN make\n", false);
    row("143-onbuild", "DKF-143", "FROM a:1\nONBUILD ONBUILD RUN make\n", true);
    row("144-separate", "DKF-144", "FROM a:1\nENV A=1\nENV B=$A\n", false);
    row("144-redefine", "DKF-144", "FROM a:1\nENV A=1\nENV A=2 B=$A\n", false);
    row("144-braces", "DKF-144", "FROM a:1\nENV PATH_X=/x LIB=${PATH_X}/lib\n", true);
    // Variable references: `$NAME` or `${NAME` with NAME = [A-Za-z_][A-Za-z0-9_]*, the longest such name.
    row("144-second-ref", "DKF-144", "FROM a:1\nENV A=1 B=x${1}$$y$A\n", true);
    row("144-prefix-name", "DKF-144", "FROM a:1\nENV A=1 B=$AB\n", false);
    row("144-digit-start", "DKF-144", "FROM a:1\nENV A=1 B=$1A\n", false);
    row("144-brace-digit", "DKF-144", "FROM a:1\nENV A_1=1 B=${A_1:-x}\n", true);
    row("144-third-refers-second", "DKF-144", "FROM a:1\nENV A=1 B=2 C=$B\n", true);
    row("144-refers-last", "DKF-144", "FROM a:1\nENV A=$C B=2 C=3\n", false);
    row("144-last-then-next-env", "DKF-144", "FROM a:1\nENV A=1 B=2\nENV C=$B\n", false);
    row("144-many-keys",
        "DKF-144",
        "FROM a:1\nENV K1=1 K2=2 K3=3 K4=4 K5=5 K6=6 K7=7 K8=8 K9=9 K10=10 K11=$K10\n",
        true);
    row("144-many-defined-before",
        "DKF-144",
        "FROM a:1\nARG K1 K2\nENV K3=3 K4=4 K5=5 K6=6 K7=7 K8=8 K9=9 K10=10\nENV K1=1 K2=$K1\n",
        false);
    row("145-workdir", "DKF-145", "FROM a:1\nWORKDIR /app\nCOPY a b/\n", false);
    row("145-parent-workdir", "DKF-145", "FROM a:1 AS base\nWORKDIR /app\nFROM base\nCOPY a b/\n", false);
    row("145-absolute", "DKF-145", "FROM a:1\nCOPY a /b/\n", false);
    row("146-l", "DKF-146", "FROM a:1\nRUN useradd -l -u 123456789 app\n", false);
    row("146-low", "DKF-146", "FROM a:1\nRUN useradd -u 1000 app\n", false);
    row("147-progress", "DKF-147", "FROM a:1\nRUN wget --progress=dot:giga https://x/y\n", false);
    row("147-quiet", "DKF-147", "FROM a:1\nRUN wget -qO /x https://x/y\n", false);
    row("157-present", "DKF-157", "FROM a:1\nHEALTHCHECK CMD true\n", false);
    row("157-parent", "DKF-157", "FROM a:1 AS b\nHEALTHCHECK NONE\nFROM b\n", false);
    row("157-scratch", "DKF-157", "FROM scratch\n", false);
    row("159-separated", "DKF-159", "FROM a:1\nRUN a\nWORKDIR /x\nRUN b\n", false);
    row("159-different-mounts", "DKF-159", "FROM a:1\nRUN --mount=type=cache,target=/c a\nRUN b\n", false);
    row("161-arg-first", "DKF-161", "ARG X=1\nFROM a:$X\n", false);
    row("163-normal", "DKF-163", "FROM a:1 AS build\n", false);
    row("165-build", "DKF-165", "FROM --platform=$BUILDPLATFORM a:1\n", false);
    row("166-numeric", "DKF-166", "FROM a:1\nUSER 1000:1000\n", false);
    row("166-build-stage", "DKF-166", "FROM a:1 AS b\nUSER app\nFROM a:1\nUSER 1000\n", false);
    row("167-path", "DKF-167", "FROM a:1 AS b\nFROM a:1\nCOPY --from=b /out /out\n", false);
    row("200-label", "DKF-200", "FROM a:1\nLABEL org.opencontainers.image.authors=x\n", false);
    row("201-one-tool", "DKF-201", "FROM a:1\nRUN curl -fo a https://x\nRUN curl -fo b https://y\n", false);
    row("203-stages", "DKF-203", "FROM a:1\nCMD [\"a\"]\nFROM a:1\nCMD [\"b\"]\n", false);
    row("204-one", "DKF-204", "FROM a:1\nENTRYPOINT [\"a\"]\n", false);
    row("205-other-ln", "DKF-205", "FROM a:1\nRUN ln -s /usr/bin/python3 /usr/bin/python\n", false);
    row("206-shell", "DKF-206", "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\n", false);
    row("206-eo", "DKF-206", "FROM a:1\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b\n", false);
    row("206-set", "DKF-206", "FROM a:1\nRUN set -euxo pipefail && a | b\n", false);
    row("206-pwsh", "DKF-206", "FROM a:1\nSHELL [\"pwsh\", \"-c\"]\nRUN a | b\n", false);
    row("206-no-pipe", "DKF-206", "FROM a:1\nRUN a || b\n", false);
    row("206-exec", "DKF-206", "FROM a:1\nRUN [\"sh\", \"-c\", \"a | b\"]\n", false);
    row("206-quoted-pipe", "DKF-206", "FROM a:1\nRUN echo 'a | b'\n", false);
    // Package managers
    row("108-pinned", "DKF-108", "FROM a:1\nRUN apt-get install -y curl=7.88 ./local.deb\n", false);
    row("108-sudo", "DKF-108", "FROM a:1\nRUN sudo apt-get install -y curl\n", true);
    row("108-heredoc", "DKF-108", "FROM a:1\nRUN <<EOF\napt-get install -y curl\nEOF\n", true);
    row("108-onbuild", "DKF-108", "FROM a:1\nONBUILD RUN apt-get install -y curl\n", true);
    row("109-build-stage", "DKF-109", "FROM a:1 AS b\nRUN apt-get install -y x=1\nFROM a:1\n", false);
    row("109-cache-mount",
        "DKF-109",
        "FROM a:1\nRUN --mount=type=cache,target=/var/lib/apt apt-get install -y x=1\n",
        false);
    row("113-pinned",
        "DKF-113",
        "FROM a:1\nRUN pip install --no-cache-dir flask==3.0 'requests>=2' -r req.txt .\n",
        false);
    row("113-python-m", "DKF-113", "FROM a:1\nRUN python3 -m pip install --no-cache-dir flask\n", true);
    row("113-upgrade-pip", "DKF-113", "FROM a:1\nRUN pip install --no-cache-dir -U pip\n", true);
    row("114-qq", "DKF-114", "FROM a:1\nRUN apt-get -qq install curl=1\n", false);
    row("114-assume", "DKF-114", "FROM a:1\nRUN apt-get install --assume-yes curl=1\n", false);
    row("115-option", "DKF-115", "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=false curl=1\n", false);
    row("116-pinned", "DKF-116", "FROM a:1\nRUN npm install express@4.19.2 @scope/pkg@1.0.0\n", false);
    row("116-ci", "DKF-116", "FROM a:1\nRUN npm ci && npm install\n", false);
    row("116-scoped", "DKF-116", "FROM a:1\nRUN npm i -g @angular/cli\n", true);
    row("118-pinned", "DKF-118", "FROM a:1\nRUN apk add --no-cache --virtual .deps curl=8.5.0-r0 git~2.43\n", false);
    row("119-cache-rm", "DKF-119", "FROM a:1\nRUN apk add curl=1 && rm -rf /var/cache/apk/*\n", false);
    row("127-apt-get", "DKF-127", "FROM a:1\nRUN apt-get update\n", false);
    row("128-v", "DKF-128", "FROM a:1\nRUN gem install rails -v 7.1.3\n", false);
    row("128-colon", "DKF-128", "FROM a:1\nRUN gem install rails:7.1.3\n", false);
    row("130-y", "DKF-130", "FROM a:1\nRUN yum install -y x-1 && yum clean all\n", false);
    row("132-clean", "DKF-132", "FROM a:1\nRUN yum install -y x-1 && yum clean all\n", false);
    row("132-rm", "DKF-132", "FROM a:1\nRUN yum install -y x-1 && rm -rf /var/cache/yum\n", false);
    row("133-rpm", "DKF-133", "FROM a:1\nRUN yum install -y /tmp/x.rpm && yum clean all\n", false);
    row("134-n", "DKF-134", "FROM a:1\nRUN zypper --non-interactive install x=1\n", false);
    row("134-y", "DKF-134", "FROM a:1\nRUN zypper install -y x=1\n", false);
    row("135-update", "DKF-135", "FROM a:1\nRUN zypper -n update\n", false);
    row("136-cc", "DKF-136", "FROM a:1\nRUN zypper -n in x=1 && zypper cc\n", false);
    row("137-gte", "DKF-137", "FROM a:1\nRUN zypper -n in 'x>=1' && zypper clean\n", false);
    row("138-microdnf", "DKF-138", "FROM a:1\nRUN microdnf install x-1 && microdnf clean all\n", true);
    row("138-y", "DKF-138", "FROM a:1\nRUN dnf install -y x-1 && dnf clean all\n", false);
    row("138-assumeyes", "DKF-138", "FROM a:1\nRUN microdnf --assumeyes install x-1 && microdnf clean all\n", false);
    row("140-clean", "DKF-140", "FROM a:1\nRUN dnf install -y x-1 && dnf clean all\n", false);
    row("141-group", "DKF-141", "FROM a:1\nRUN dnf install -y @development-tools && dnf clean all\n", false);
    row("142-env", "DKF-142", "FROM a:1\nENV PIP_NO_CACHE_DIR=1\nRUN pip install x==1\n", false);
    row("142-prefix", "DKF-142", "FROM a:1\nRUN PIP_NO_CACHE_DIR=1 pip install x==1\n", false);
    row("142-mount", "DKF-142", "FROM a:1\nRUN --mount=type=cache,target=/root/.cache/pip pip install x==1\n", false);
    row("142-mount-dst", "DKF-142", "FROM a:1\nRUN --mount=dst=/root/.cache,type=cache pip install x==1\n", false);
    row("142-mount-destination",
        "DKF-142",
        "FROM a:1\nRUN --mount=type=cache,id=target=/x,destination=/root/.cache pip install x==1\n",
        false);
    row("142-mount-elsewhere",
        "DKF-142",
        "FROM a:1\nRUN --mount=type=cache,target=/tmp/root/.cache pip install x==1\n",
        true);
    row("142-bind-mount", "DKF-142", "FROM a:1\nRUN --mount=type=bind,target=/root/.cache pip install x==1\n", true);
    row("160-clean", "DKF-160", "FROM a:1\nRUN yarn install && yarn cache clean\n", false);
    row("162-version", "DKF-162", "FROM a:1\nRUN go install golang.org/x/tools/gopls@v0.15.0\n", false);
    row("162-latest", "DKF-162", "FROM a:1\nRUN go install golang.org/x/tools/gopls@latest\n", true);
    row("162-local", "DKF-162", "FROM a:1\nRUN go install ./cmd/...\n", false);
    // Labels without a schema
    row("148-good", "DKF-148", "FROM a:1\nLABEL org.opencontainers.image.source=x maintainer=y\n", false);
    row("148-reserved", "DKF-148", "FROM a:1\nLABEL com.docker.thing=1\n", true);
    row("148-double-dot", "DKF-148", "FROM a:1\nLABEL org..x=1\n", true);
    row("148-dash-dot", "DKF-148", "FROM a:1\nLABEL a-b.c9=1 x=2\n", false);
    row("148-upper", "DKF-148", "FROM a:1\nLABEL Org.x=1\n", true);
    row("148-digit-first", "DKF-148", "FROM a:1\nLABEL 9a=1\n", true);
    row("148-trailing-dash", "DKF-148", "FROM a:1\nLABEL org.x-=1\n", true);
    row("148-underscore", "DKF-148", "FROM a:1\nLABEL org.my_key=1\n", true);
    row("111-dash-first", "DKF-111", "FROM a:1\nEXPOSE -99999/tcp 80\n", true);
    row("111-long-digits", "DKF-111", "FROM a:1\nEXPOSE 99999999999999999999\n", true);
    row("007-range-and-udp", "DKF-007", "FROM a:1\nEXPOSE 22/udp 21-23\n", false);
    row("149-no-schema", "DKF-149", "FROM a:1\n", false);
    // Seed practices
    row("001-user", "DKF-001", "FROM a:1\nUSER 1000\n", false);
    row("001-parent-user", "DKF-001", "FROM a:1 AS b\nUSER 1000\nFROM b\n", false);
    row("001-nonroot-base", "DKF-001", "FROM gcr.io/distroless/static:nonroot\n", false);
    row("001-build-stage-user", "DKF-001", "FROM a:1 AS b\nUSER 1000\nFROM a:1\n", true);
    row("002-plain", "DKF-002", "FROM a:1\nENV PATH=/usr/local/bin:/usr/bin LANG=C.UTF-8\n", false);
    row("002-github-token", "DKF-002", "FROM a:1\nARG SOMETHING=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\n", true);
    row("002-label-token", "DKF-002", "FROM a:1\nLABEL x.y=\"xoxb-123456789012-abcdefABCDEF\"\n", true);
    row("002-version-hash", "DKF-002", "FROM a:1\nENV APP_VERSION=1.2.3\n", false);
    row("003-normal", "DKF-003", "FROM a:1\nCOPY src/ /app/\n", false);
    row("003-env", "DKF-003", "FROM a:1\nCOPY .env /app/.env\n", true);
    row("003-env-example", "DKF-003", "FROM a:1\nCOPY .env.example /app/\n", false);
    row("003-pem", "DKF-003", "FROM a:1\nADD certs/server.pem /etc/ssl/\n", true);
    row("003-git", "DKF-003", "FROM a:1\nCOPY .git/ /app/.git/\n", true);
    row("003-npmrc-json", "DKF-003", "FROM a:1\nCOPY [\".npmrc\", \"/root/\"]\n", true);
    row("003-upper", "DKF-003", "FROM a:1\nCOPY deploy/ID_RSA /root/.ssh/\n", true);
    row("003-env-upper-example", "DKF-003", "FROM a:1\nCOPY .ENV.EXAMPLE /app/\n", false);
    row("003-unicode-folder",
        "DKF-003",
        "FROM a:1\nCOPY donn\xc3\xa9"
        "es/.env /app/\n",
        true);
    row("003-unicode-name", "DKF-003", "FROM a:1\nCOPY cl\xc3\xa9.PEM /etc/ssl/\n", true);
    row("003-unicode-lookalike",
        "DKF-003",
        "FROM a:1\nCOPY \xc4\xb0"
        "d_rsa /root/\n",
        false);
    row("003-docker-config", "DKF-003", "FROM a:1\nCOPY home/.docker/config.json /root/.docker/\n", true);
    row("003-env-suffix", "DKF-003", "FROM a:1\nCOPY .env.PROD-eu_1 /app/\n", true);
    row("003-env-dotted", "DKF-003", "FROM a:1\nCOPY .env.prod.bak /app/\n", false);
    row("003-env-dot-only", "DKF-003", "FROM a:1\nCOPY .env. /app/\n", false);
    row("003-keystore", "DKF-003", "FROM a:1\nCOPY conf/server.KEYSTORE /app/\n", true);
    row("003-key-inside", "DKF-003", "FROM a:1\nCOPY docs/the.key.md /app/\n", false);
    row("003-newline-end", "DKF-003", "FROM a:1\nCOPY [\"cert.pem\\n\", \"/app/\"]\n", true);
    row("003-p12-upper", "DKF-003", "FROM a:1\nCOPY keys/Server.P12 /app/\n", true);
    row("003-suffix-not-last", "DKF-003", "FROM a:1\nCOPY a.pem.txt /app/\n", false);
    row("003-suffix-only", "DKF-003", "FROM a:1\nCOPY .gpg /app/\n", true);
    row("003-docker-config-other", "DKF-003", "FROM a:1\nCOPY home/docker/config.json /root/\n", false);
    row("004-multistage", "DKF-004", "FROM a:1 AS b\nRUN apt-get install -y gcc\nFROM a:1\n", false);
    row("004-virtual", "DKF-004", "FROM a:1\nRUN apk add --no-cache --virtual .b gcc make && apk del .b\n", false);
    row("004-apk-build-base", "DKF-004", "FROM a:1\nRUN apk add --no-cache build-base\n", true);
    row("005-slim", "DKF-005", "FROM python:3.12-slim\n", false);
    row("005-build-stage", "DKF-005", "FROM golang:1.22 AS b\nFROM gcr.io/distroless/static\n", false);
    row("005-node", "DKF-005", "FROM node:20\n", true);
    row("005-jre", "DKF-005", "FROM node:21-jre\n", false);
    row("005-ubi-micro", "DKF-005", "FROM python:3.12-ubi-micro\n", false);
    row("005-case-matters", "DKF-005", "FROM node:20-SLIM\n", true);
    row("005-chiseled-inside", "DKF-005", "FROM python:3.12-chiseled-jammy\n", false);
    row("005-library-path", "DKF-005", "FROM library/node:20\n", true);
    row("005-org-path", "DKF-005", "FROM someorg/node:20\n", false);
    row("006-digest", "DKF-006", "FROM a:1@sha256:0123\n", false);
    row("007-other", "DKF-007", "FROM a:1\nEXPOSE 2222 80\n", false);
    row("007-tcp", "DKF-007", "FROM a:1\nEXPOSE 22/tcp\n", true);
    row("008-to-file", "DKF-008", "FROM a:1\nRUN curl -fsSLo /tmp/i.sh https://x/i.sh && sha256sum -c s\n", false);
    row("008-to-tar", "DKF-008", "FROM a:1\nRUN curl -fsSL https://x/a.tgz | tar xz\n", false);
    row("008-bash-subst", "DKF-008", "FROM a:1\nRUN bash -c \"$(curl -fsSL https://x/i.sh)\"\n", true);
    row("008-sudo-bash", "DKF-008", "FROM a:1\nRUN wget -qO- https://x | sudo bash\n", true);
    row("008-python", "DKF-008", "FROM a:1\nRUN curl -sSL https://install.python-poetry.org | python3 -\n", true);
    row("009-755", "DKF-009", "FROM a:1\nRUN chmod 755 /app\n", false);
    row("009-sticky", "DKF-009", "FROM a:1\nRUN chmod 1777 /tmp\n", false);
    row("009-symbolic", "DKF-009", "FROM a:1\nRUN chmod -R a+rwx /data\n", true);
    row("009-copy-chmod", "DKF-009", "FROM a:1\nCOPY --chmod=777 a /a\n", true);
    row("009-add-chmod", "DKF-009", "FROM a:1\nADD --chmod=0777 a /a\n", true);
    row("009-copy-chmod-ok", "DKF-009", "FROM a:1\nCOPY --chmod=755 a /a\n", false);
    row("009-o-w", "DKF-009", "FROM a:1\nRUN chmod o+w /x\n", true);
    // Symbolic clauses: any clause (after a comma) of everyone/others/ugo/no-who with + or = and a 'w' among its
    // permissions; group or user alone, '-w', and sticky ('t') modes are not world-writable here.
    row("009-second-clause", "DKF-009", "FROM a:1\nRUN chmod u+x,o=rw /x\n", true);
    row("009-no-who", "DKF-009", "FROM a:1\nRUN chmod =rwx /x\n", true);
    row("009-ugo", "DKF-009", "FROM a:1\nRUN chmod ugo+Xw /x\n", true);
    row("009-group-only", "DKF-009", "FROM a:1\nRUN chmod g+w /x\n", false);
    row("009-minus-w", "DKF-009", "FROM a:1\nRUN chmod o-w /x\n", false);
    row("009-w-after-other", "DKF-009", "FROM a:1\nRUN chmod a+r-w /x\n", false);
    row("009-sticky-symbolic", "DKF-009", "FROM a:1\nRUN chmod a+rwt /tmp\n", false);
    row("009-octal-other-write", "DKF-009", "FROM a:1\nRUN chmod 0666 /x\n", true);
    row("009-five-digits", "DKF-009", "FROM a:1\nRUN chmod 00777 /x\n", false);
    row("010-mount", "DKF-010", "FROM a:1\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm echo $NPM_TOKEN\n", false);
    row("010-mount-type-later",
        "DKF-010",
        "FROM a:1\nARG NPM_TOKEN\nRUN --mount=id=npm,type=secret echo $NPM_TOKEN\n",
        false);
    row("010-mount-cache",
        "DKF-010",
        "FROM a:1\nARG NPM_TOKEN\nRUN --mount=type=cache,target=/c echo $NPM_TOKEN\n",
        true);
    row("010-unrelated", "DKF-010", "FROM a:1\nARG VERSION=1\nRUN echo $VERSION\n", false);
    row("010-after-dollars", "DKF-010", "FROM a:1\nARG NPM_TOKEN\nRUN echo $$ ${ $1 && echo ${NPM_TOKEN}\n", true);
    row("010-longer-name", "DKF-010", "FROM a:1\nARG NPM_TOKEN\nRUN echo $NPM_TOKENS\n", false);
    row("010-bearer", "DKF-010", "FROM a:1\nRUN curl -H \"Authorization: Bearer abcdefghijklmnop\" https://x\n", true);
    row("010-userinfo", "DKF-010", "FROM a:1\nRUN git clone https://user:s3cret@example.com/r.git\n", true);
    row("010-colon-no-at", "DKF-010", "FROM a:1\nRUN curl https://user:pass/x\n", false);
    row("010-at-before-url", "DKF-010", "FROM a:1\nRUN echo a@b && curl https://x:y/z\n", false);
    row("010-at-no-colon", "DKF-010", "FROM a:1\nRUN echo user@example.com\n", false);
    row("011-curl-ok", "DKF-011", "FROM a:1\nRUN curl -fsSL https://x\n", false);
    row("011-wget", "DKF-011", "FROM a:1\nRUN wget --no-check-certificate https://x\n", true);
    row("011-env", "DKF-011", "FROM a:1\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", true);
    row("011-pip", "DKF-011", "FROM a:1\nRUN pip install --trusted-host pypi.org x==1\n", true);
    row("012-ok", "DKF-012", "FROM a:1\nRUN apt-get install -y x=1\n", false);
    row("012-apt", "DKF-012", "FROM a:1\nRUN apt-get install -y --allow-unauthenticated x=1\n", true);
    row("012-dnf", "DKF-012", "FROM a:1\nRUN dnf install -y --nogpgcheck x-1\n", true);
    row("164-file", "DKF-164", "FROM a:1\nENV DB_PASSWORD_FILE=/run/secrets/db\n", false);
    row("164-public", "DKF-164", "FROM a:1\nENV SSH_PUBLIC_KEY=abc\n", false);
    row("164-arg", "DKF-164", "FROM a:1\nARG GITHUB_TOKEN\n", true);
    row("164-api-key", "DKF-164", "FROM a:1\nENV STRIPE_API_KEY=sk_test_x\n", true);
    // seed3: secret names are screened by a scan before the name check, and remembered per file for the three rules
    // that ask; names are matched in any case, and names with a non-ASCII letter always take the full check (the
    // case-insensitive pattern matches U+017F for 's' and U+212A for 'k').
    row("seed3-164-lower-case", "DKF-164", "FROM a:1\nENV db_password=x\n", true);
    row("seed3-164-mixed-case", "DKF-164", "FROM a:1\nARG Api_Key\n", true);
    row("seed3-164-long-s",
        "DKF-164",
        "FROM a:1\nENV \xc5\xbf"
        "ECRET_VALUE=x\n",
        true);
    row("seed3-164-kelvin",
        "DKF-164",
        "FROM a:1\nENV MY_TO\xe2\x84\xaa"
        "EN=x\n",
        true);
    row("seed3-164-dsn-end", "DKF-164", "FROM a:1\nENV SENTRY_DSN=x\n", true);
    row("seed3-164-conn-str", "DKF-164", "FROM a:1\nENV DB_CONNECTION_STRING=x\n", true);
    row("seed3-164-database-url", "DKF-164", "FROM a:1\nENV database_url=x\n", true);
    row("seed3-164-pwd-inside", "DKF-164", "FROM a:1\nENV PWDX=x\n", false);
    // The same position and length of name in the next file: remembered answers belong to their file.
    row("seed3-164-memo-a", "DKF-164", "FROM a:1\nARG GITHUB_TOKEN\n", true);
    row("seed3-164-memo-b", "DKF-164", "FROM a:1\nARG GITHUB_TOKEX\n", false);
    row("seed3-010-memo-a", "DKF-010", "FROM a:1\nARG A_SECRET\nRUN echo $A_SECRET\n", true);
    row("seed3-010-memo-b", "DKF-010", "FROM a:1\nARG A_SECRES\nRUN echo $A_SECRES\n", false);
    row("seed3-002-secret-name-skipped",
        "DKF-002",
        "FROM a:1\nENV API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n",
        false);
    row("seed3-002-other-name", "DKF-002", "FROM a:1\nENV GH=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n", true);
    // The minimal-variant words are found anywhere in the tag, case-sensitively.
    row("seed3-005-slim", "DKF-005", "FROM python:3.12-slim\n", false);
    row("seed3-005-full", "DKF-005", "FROM python:3.12\n", true);
    row("seed3-005-Slim-upper", "DKF-005", "FROM python:3.12-Slim\n", true);
    row("seed3-005-jre", "DKF-005", "FROM openjdk:17-jre\n", false);
    row("seed3-005-jre-no-dash", "DKF-005", "FROM openjdk:17jre\n", true);
    row("seed3-005-micro-inside", "DKF-005", "FROM ubuntu:xmicrox\n", false);
    row("seed3-005-scratch-tag", "DKF-005", "FROM debian:scratchy\n", false);
    row("seed3-005-nanoserver", "DKF-005", "FROM golang:1-nanoserver-ltsc2022\n", false);
    row("seed3-005-last-char", "DKF-005", "FROM debian:12-s\n", true);
    // Sensitive COPY sources: exact names by their first character, any case, the last path component only.
    row("seed3-003-credentials-json", "DKF-003", "FROM a:1\nCOPY conf/Credentials.JSON /c/\n", true);
    row("seed3-003-terraform", "DKF-003", "FROM a:1\nCOPY terraform.tfstate /t/\n", true);
    row("seed3-003-s3cfg-dir", "DKF-003", "FROM a:1\nCOPY home/.s3cfg/ /h/\n", true);
    row("seed3-003-env-example", "DKF-003", "FROM a:1\nCOPY .env.example /e/\n", false);
    row("seed3-003-destination-only", "DKF-003", "FROM a:1\nCOPY app .env\n", false);
    row("seed3-003-prefix-only", "DKF-003", "FROM a:1\nCOPY id_ /k/\n", false);
    row("seed3-003-secrets-other", "DKF-003", "FROM a:1\nCOPY secrets.toml /s/\n", false);
    // Sources come from the pre-split words when nothing was substituted, from the expanded text otherwise.
    row("seed3-003-expanded-source", "DKF-003", "FROM a:1\nARG K=id_rsa\nCOPY $K /k/\n", true);
    row("seed3-003-expanded-destination", "DKF-003", "FROM a:1\nARG D=.env\nCOPY app $D\n", false);
    row("seed3-003-heredoc-marker", "DKF-003", "FROM a:1\nCOPY <<.env /e\nX=1\n.env\n", false);
    row("seed3-003-exec-form", "DKF-003", "FROM a:1\nCOPY [\".npmrc\", \"/r/\"]\n", true);
    // Toolchain: names before a version part, "purge" inside any word of the apt-get, apk --virtual.
    row("seed3-004-versioned", "DKF-004", "FROM a:1\nRUN apt-get install -y gcc=4:12 make\n", true);
    row("seed3-004-purge-word", "DKF-004", "FROM a:1\nRUN apt-get install -y gcc autopurge\n", false);
    // A later command of the same RUN that removes the tool with the same manager: it does not ship.
    row("seed3-004-purge-other-cmd", "DKF-004", "FROM a:1\nRUN apt-get install -y gcc && apt-get purge gcc\n", false);
    row("004-purge-another", "DKF-004", "FROM a:1\nRUN apt-get install -y gcc make && apt-get purge -y gcc\n", true);
    row("004-purge-before", "DKF-004", "FROM a:1\nRUN apt-get purge gcc; apt-get install -y gcc\n", true);
    row("004-apk-del", "DKF-004", "FROM a:1\nRUN apk add gcc && make && apk del gcc\n", false);
    row("004-other-manager", "DKF-004", "FROM a:1\nRUN apk add gcc && apt-get remove gcc\n", true);
    row("007-udp-any-case", "DKF-007", "FROM a:1\nEXPOSE 22/UDP\n", false);
    row("007-tcp-upper", "DKF-007", "FROM a:1\nEXPOSE 22/TCP\n", true);
    // apt's own configuration, in any case and with any of apt's boolean spellings.
    row("114-assume-yes-option", "DKF-114", "FROM a:1\nRUN apt-get -o APT::Get::Assume-Yes=true install x=1\n", false);
    row("114-assume-yes-off", "DKF-114", "FROM a:1\nRUN apt-get -o APT::Get::Assume-Yes=false install x=1\n", true);
    row("115-recommends-no", "DKF-115", "FROM a:1\nRUN apt-get -o APT::Install-Recommends=no install -y x=1\n", false);
    row("115-recommends-False",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o apt::install-recommends=False x=1\n",
        false);
    row("115-recommends-true",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=true x=1\n",
        true);
    row("115-recommends-last-wins",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=0 -o APT::Install-Recommends=1 x=1\n",
        true);
    // The option's name and value compared as Qt compares case-insensitively: LONG S folds to s and KELVIN SIGN to k,
    // other letters beyond ASCII (a dotted capital I, an umlaut) match nothing.
    row("115-recommends-long-s-name",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::In\u017Ftall-Recommends=no x=1\n",
        false);
    row("115-recommends-long-s-value",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=fal\u017Fe x=1\n",
        false);
    row("115-recommends-dotted-i",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::\u0130nstall-Recommends=no x=1\n",
        true);
    row("115-recommends-umlaut-value",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::Install-Recommends=n\u00f6 x=1\n",
        true);
    row("115-recommends-upper",
        "DKF-115",
        "FROM a:1\nRUN apt-get install -y -o APT::INSTALL-RECOMMENDS=OFF x=1\n",
        false);
    row("114-assume-yes-long-s",
        "DKF-114",
        "FROM a:1\nRUN apt-get -o APT::Get::A\u017F\u017Fume-Yes=TRUE install x=1\n",
        false);
    row("114-assume-yes-at-end", "DKF-114", "FROM a:1\nRUN apt-get -o assume-yes= install x=1\n", true);
    row("seed3-004-apk-virtual", "DKF-004", "FROM a:1\nRUN apk add -t .b gcc\n", false);
    row("seed3-004-no-tool", "DKF-004", "FROM a:1\nRUN apt-get install -y gcc-12\n", false);
    row("seed3-004-jdk", "DKF-004", "FROM a:1\nRUN apk add openjdk-21-jdk\n", true);
    row("seed3-004-apt-not-apt-get", "DKF-004", "FROM a:1\nRUN apt install -y gcc\n", false);
    row("seed3-003-keystore-upper", "DKF-003", "FROM a:1\nCOPY certs/B.KEYSTORE /k/\n", true);
    row("seed3-003-kdbx", "DKF-003", "FROM a:1\nCOPY vault.kdbx /k/\n", true);
    row("seed3-003-suffix-inside", "DKF-003", "FROM a:1\nCOPY x.p12x /k/\n", false);
    // Unsigned packages: long options with a value, not after "--", and the apt option in any word.
    row("seed3-012-with-value", "DKF-012", "FROM a:1\nRUN apt-get install --force-yes=1 x\n", true);
    row("seed3-012-after-dashdash", "DKF-012", "FROM a:1\nRUN apt-get install -- --force-yes\n", false);
    row("seed3-012-prefix", "DKF-012", "FROM a:1\nRUN apt-get install --allow-unauthenticatedx x\n", false);
    row("seed3-012-o-option",
        "DKF-012",
        "FROM a:1\nRUN apt-get -o=APT::Get::AllowUnauthenticated=true install x\n",
        true);
    row("seed3-012-rpm", "DKF-012", "FROM a:1\nRUN rpm -i --nodigest x.rpm\n", true);
    row("seed3-011-yarn-word", "DKF-011", "FROM a:1\nRUN yarn config set strict-ssl=false\n", true);
    row("seed3-011-npm-words", "DKF-011", "FROM a:1\nRUN npm config set strict-ssl false\n", true);
    row("seed3-001-nonroot-base", "DKF-001", "FROM gcr.io/distroless/static:nonroot\n", false);
    row("seed3-001-rootless-base", "DKF-001", "FROM docker:dind-rootless\n", false);
    row("seed3-001-root-base", "DKF-001", "FROM docker:root\n", true);
    row("seed3-007-tcp", "DKF-007", "FROM a:1\nEXPOSE 8080 22/tcp\n", true);
    row("seed3-007-udp", "DKF-007", "FROM a:1\nEXPOSE 22/udp\n", false);
    row("seed3-007-slash-first", "DKF-007", "FROM a:1\nEXPOSE /22\n", false);
    row("seed3-008-interpreter-version", "DKF-008", "FROM a:1\nRUN curl -fsSL x | python3.12\n", true);
    row("seed3-008-not-interpreter", "DKF-008", "FROM a:1\nRUN curl -fsSL x | pythonx\n", false);
    // Values screened before the credential heuristic: paths, URLs and values under 20 characters that no token
    // shape starts like.
    row("seed3-002-high-entropy", "DKF-002", "FROM a:1\nENV X=zB3dE5gH7jK9mN1pQ3sT5vX7\n", true);
    row("seed3-002-path", "DKF-002", "FROM a:1\nENV X=/aB3dE5gH7jK9mN1pQ3sT5vX7\n", false);
    row("seed3-002-url-inside", "DKF-002", "FROM a:1\nENV X=zB3dE5gH7jK9mN1p://3sT5vX7\n", false);
    row("seed3-002-nineteen", "DKF-002", "FROM a:1\nLABEL k=zB3dE5gH7jK9mN1pQ3\n", false);
    // Credentials in RUN: one pass over ':' and '@', eight characters at a time, then the last few.
    row("seed3-010-short-script", "DKF-010", "FROM a:1\nRUN ://u:p@\n", true);
    row("seed3-010-at-in-last-units", "DKF-010", "FROM a:1\nRUN echo 0123456789abcdef && curl https://u:pw@h\n", true);
    row("seed3-010-authorization-lower",
        "DKF-010",
        "FROM a:1\nRUN curl -H 'authorization: token abcdefghij' x\n",
        true);
    row("seed3-010-at-before-url-long", "DKF-010", "FROM a:1\nRUN echo u@h 0123456789 && curl https://x:y/z\n", false);
    // Variable references found from the '$' characters of the script in vector steps, then the last few.
    row("seed3-010-ref-in-last-units", "DKF-010", "FROM a:1\nARG A_TOKEN\nRUN echo 0123456789abcdef $A_TOKEN\n", true);
    row("seed3-010-ref-after-dollars", "DKF-010", "FROM a:1\nARG A_TOKEN\nRUN echo 0123456789 $$ ${$A_TOKEN}\n", true);
    row("seed3-010-ref-digit-start", "DKF-010", "FROM a:1\nARG A_TOKEN\nRUN echo 0123456789abcdef $1A_TOKEN\n", false);
    // instr3: edge cases of the instruction rules' fast paths (views, character scans, the per-kind index).
    row("i3-100-single-quoted", "DKF-100", "FROM a:1\nWORKDIR 'app'\n", true);
    row("i3-100-quoted-absolute", "DKF-100", "FROM a:1\nWORKDIR \"/app\"\n", false);
    row("i3-100-drive-letter", "DKF-100", "FROM a:1\nWORKDIR c:/app\n", false);
    row("i3-100-digit-drive", "DKF-100", "FROM a:1\nWORKDIR 1:/app\n", true);
    row("i3-100-second-stage", "DKF-100", "FROM a:1\nWORKDIR /a\nFROM b:1\nWORKDIR rel\n", true);
    row("i3-102-quoted-root", "DKF-102", "FROM a:1\nUSER 'root'\n", true);
    row("i3-102-root-group", "DKF-102", "FROM a:1\nUSER root:app\n", true);
    row("i3-102-empty-user", "DKF-102", "FROM a:1\nUSER :root\n", false);
    row("i3-102-rooty", "DKF-102", "FROM a:1\nUSER rooty\n", false);
    row("i3-102-root-in-earlier-stage", "DKF-102", "FROM a:1\nUSER root\nFROM b:1\nRUN x\n", false);
    row("i3-110-upper-case", "DKF-110", "FROM a:1\nCOPY app.TGZ /x/\nRUN tar -xzf app.TGZ\n", true);
    row("i3-110-long-s", "DKF-110", "FROM a:1\nCOPY a.tar.z\xc5\xbft /x/\nRUN tar -xf a.tar.z\xc5\xbft\n", true);
    row("i3-110-text-file", "DKF-110", "FROM a:1\nCOPY notes.txt /x/\nRUN tar -xf notes.txt\n", false);
    row("i3-111-leading-zeros", "DKF-111", "FROM a:1\nEXPOSE 0080\n", false);
    row("i3-111-plus", "DKF-111", "FROM a:1\nEXPOSE +80\n", false);
    row("i3-111-18-digits", "DKF-111", "FROM a:1\nEXPOSE 123456789012345678\n", true);
    row("i3-111-20-digits", "DKF-111", "FROM a:1\nEXPOSE 12345678901234567890\n", true);
    row("i3-111-arabic-digits", "DKF-111", "FROM a:1\nEXPOSE \xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\n", true);
    row("i3-111-range-end", "DKF-111", "FROM a:1\nEXPOSE 80-65536/tcp\n", true);
    row("i3-111-open-range", "DKF-111", "FROM a:1\nEXPOSE 80-\n", false);
    row("i3-112-two-stages", "DKF-112", "FROM a:1\nHEALTHCHECK NONE\nFROM b:1\nHEALTHCHECK NONE\n", false);
    row("i3-203-same-stage", "DKF-203", "FROM a:1\nCMD x\nRUN y\nCMD z\n", true);
    row("i3-203-onbuild", "DKF-203", "FROM a:1\nONBUILD CMD x\nCMD z\n", false);
    row("i3-203-before-from", "DKF-203", "CMD x\nCMD y\nFROM a:1\nCMD z\n", false);
    row("i3-122-alias-any-case", "DKF-122", "FROM a:1 AS builder\nFROM b:1\nCOPY --from=BUILDER /x /y\n", false);
    row("i3-122-later-stage", "DKF-122", "FROM a:1\nCOPY --from=later /x /y\nFROM b:1 AS later\n", true);
    row("i3-122-number", "DKF-122", "FROM a:1\nFROM b:1\nCOPY --from=0 /x /y\n", false);
    row("i3-122-number-ahead", "DKF-122", "FROM a:1\nCOPY --from=2 /x /y\nFROM b:1\n", true);
    row("i3-122-own-stage", "DKF-122", "FROM a:1 AS me\nCOPY --from=me /x /y\n", false);
    row("i3-122-non-ascii", "DKF-122", "FROM a:1 AS b\xc3\xa4\nFROM b:1\nCOPY --from=B\xc3\x84 /x /y\n", false);
    row("i3-123-alias-any-case", "DKF-123", "FROM a:1 AS b\nCOPY --from=B /x /y\n", true);
    row("i3-123-number", "DKF-123", "FROM a:1\nFROM b:1\nCOPY --from=1 /x /y\n", true);
    row("i3-123-zero-padded", "DKF-123", "FROM a:1\nCOPY --from=00 /x /y\n", false);
    row("i3-123-quoted", "DKF-123", "FROM a:1 AS b\nCOPY --from=\"b\" /x /y\n", true);
    row("i3-124-any-case", "DKF-124", "FROM a:1 AS x\nFROM b:1 AS X\n", true);
    row("i3-124-distinct", "DKF-124", "FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1\n", false);
    row("i3-144-braces", "DKF-144", "FROM a:1\nENV A=1 B=${A}\n", true);
    row("i3-144-third-pair", "DKF-144", "FROM a:1\nENV A=1 B=x C=a$A\n", true);
    row("i3-144-defined-before", "DKF-144", "FROM a:1\nARG A\nENV A=1 B=$A\n", false);
    row("i3-144-other-stage", "DKF-144", "FROM a:1\nENV A=0\nFROM b:1\nENV A=1 B=$A\n", true);
    row("i3-144-parent-stage", "DKF-144", "FROM a:1 AS p\nENV A=0\nFROM p\nENV A=1 B=$A\n", true);
    row("i3-144-reference-first", "DKF-144", "FROM a:1\nENV B=$A A=1\n", false);
    row("i3-144-longer-name", "DKF-144", "FROM a:1\nENV A=1 B=$AB\n", false);
    row("i3-144-many-pairs",
        "DKF-144",
        "FROM a:1\nENV K0=0 K1=1 K2=2 K3=3 K4=4 K5=5 K6=6 K7=7 K8=8 K9=9 K10=a K11=b K12=c K13=d K14=e K15=f K16=g "
        "K17=h K18=$K3\n",
        true);
    row("i3-144-many-pairs-defined",
        "DKF-144",
        "FROM a:1\nENV K3=x\nENV K0=0 K1=1 K2=2 K3=3 K4=4 K5=5 K6=6 K7=7 K8=8 K9=9 K10=a K11=b K12=c K13=d K14=e "
        "K15=f K16=g K17=h K18=$K3\n",
        false);
    row("i3-145-parent-workdir", "DKF-145", "FROM a:1 AS p\nWORKDIR /w\nFROM p\nCOPY x rel\n", false);
    row("i3-145-workdir-after", "DKF-145", "FROM a:1\nCOPY x rel\nWORKDIR /w\n", true);
    row("i3-145-other-stage-workdir", "DKF-145", "FROM a:1\nWORKDIR /w\nFROM b:1\nCOPY x rel\n", true);
    row("i3-157-parent-healthcheck", "DKF-157", "FROM a:1 AS p\nHEALTHCHECK NONE\nFROM p\nRUN x\n", false);
    row("i3-157-earlier-stage", "DKF-157", "FROM a:1\nHEALTHCHECK NONE\nFROM b:1\n", true);
    row("i3-157-long-s-scratch",
        "DKF-157",
        "FROM \xc5\xbf"
        "cratch\n",
        false);
    row("i3-157-scratchy", "DKF-157", "FROM scratchy:1\n", true);
    row("i3-159-onbuild-run", "DKF-159", "FROM a:1\nRUN a\nONBUILD RUN b\n", false);
    row("i3-159-after-onbuild", "DKF-159", "FROM a:1\nONBUILD RUN a\nRUN b\n", false);
    row("i3-159-other-flags", "DKF-159", "FROM a:1\nRUN --mount=type=cache,target=/c a\nRUN b\n", false);
    row("i3-159-same-flags",
        "DKF-159",
        "FROM a:1\nRUN --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c b\n",
        true);
    row("i3-159-new-stage", "DKF-159", "FROM a:1\nRUN a\nFROM b:1\nRUN b\n", false);
    row("i3-166-earlier-stage", "DKF-166", "FROM a:1\nUSER app\nFROM b:1\nUSER 1000\n", false);
    row("i3-166-last-of-two", "DKF-166", "FROM b:1\nUSER 1000\nUSER app\n", true);
    row("i3-166-quoted-name", "DKF-166", "FROM b:1\nUSER \"app\":1\n", true);
    row("i3-166-uid-group", "DKF-166", "FROM b:1\nUSER 1000:app\n", false);
    row("i3-201-separate-runs", "DKF-201", "FROM a:1\nRUN wget -q x\nRUN curl -fsS y\n", true);
    row("i3-201-wget-only", "DKF-201", "FROM a:1\nRUN wget -q x && wget -q y\n", false);
    row("i3-201-path", "DKF-201", "FROM a:1\nRUN /usr/bin/wget -q x && /usr/bin/curl -fsS y\n", true);
    row("i3-147-wrapped", "DKF-147", "FROM a:1\nRUN env A=1 wget http://x\n", true);
    row("i3-101-service", "DKF-101", "FROM a:1\nRUN service nginx start\n", true);
    row("i3-101-services", "DKF-101", "FROM a:1\nRUN services\n", false);
    row("i3-104-wrapper", "DKF-104", "FROM a:1\nRUN env sudo make\n", true);
    row("i3-206-shell-in-other-stage",
        "DKF-206",
        "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM b:1\nRUN a | b\n",
        true);
    row("i3-206-parent-shell",
        "DKF-206",
        "FROM a:1 AS p\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM p\nRUN a | b\n",
        false);
    row("i3-206-shell-after",
        "DKF-206",
        "FROM a:1\nRUN a | b\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
        true);
    row("i3-206-pwsh", "DKF-206", "FROM a:1\nSHELL [\"C:\\\\x\\\\PWSH.exe\", \"-c\"]\nRUN a | b\n", false);
    row("i3-206-onbuild", "DKF-206", "FROM a:1\nONBUILD RUN a | b\n", false);
    row("i3-206-set-later-command", "DKF-206", "FROM a:1\nRUN a | b; set -o pipefail\n", false);
}

void TstLint::rules()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, dockerfile);
    QFETCH(bool, expected);
    const model::Findings fs = lintText(dockerfile);
    QVERIFY2(fires(fs, rule) == expected, qPrintable(ids(fs).join(u' ')));
}

// The label rules (DL3048-DL3058) only judge labels against a schema, so each case lints with one.
void TstLint::labelSchemaRules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<bool>("expected");
    auto row = [](const char* name, const char* rule, const char* labels, bool expected) {
        QTest::newRow(name) << QString::fromLatin1(rule) << (QByteArray("FROM alpine:3.19\n") + QByteArray(labels))
                            << expected;
    };
    const char* kComplete = "LABEL maintainer=\"ops@example.com\" \\\n"
                            "  org.opencontainers.image.source=\"https://example.com/app.git\" \\\n"
                            "  org.opencontainers.image.created=\"2026-11-29T08:00:00Z\" \\\n"
                            "  org.opencontainers.image.licenses=\"GPL-3.0-or-later OR MIT\" \\\n"
                            "  org.opencontainers.image.revision=\"0123456789abcdef0123456789abcdef01234567\" \\\n"
                            "  org.opencontainers.image.version=\"1.4.2-rc.1+build.5\" \\\n"
                            "  org.opencontainers.image.title=\"app\"\n";
    for (const char* id : {"DKF-148",
                           "DKF-149",
                           "DKF-150",
                           "DKF-151",
                           "DKF-152",
                           "DKF-153",
                           "DKF-154",
                           "DKF-155",
                           "DKF-156",
                           "DKF-158"}) {
        row(qPrintable(QStringLiteral("%1-complete-and-valid").arg(QLatin1String(id))), id, kComplete, false);
    }
    row("148-bad-key", "DKF-148", "LABEL com.docker.x=1 Bad..Key=2\n", true);
    row("149-missing", "DKF-149", "LABEL maintainer=\"ops@example.com\"\n", true);
    row("150-extra", "DKF-150", "LABEL team=payments\n", true);
    row("151-empty", "DKF-151", "LABEL org.opencontainers.image.title=\"\"\n", true);
    row("152-not-url", "DKF-152", "LABEL org.opencontainers.image.source=\"git repo\"\n", true);
    row("153-not-rfc3339", "DKF-153", "LABEL org.opencontainers.image.created=\"29/11/2026\"\n", true);
    row("154-not-spdx", "DKF-154", "LABEL org.opencontainers.image.licenses=\"GPL or whatever\"\n", true);
    row("155-not-hash", "DKF-155", "LABEL org.opencontainers.image.revision=\"main\"\n", true);
    row("156-not-semver", "DKF-156", "LABEL org.opencontainers.image.version=\"v1.2\"\n", true);
    row("158-not-email", "DKF-158", "LABEL maintainer=\"ops team\"\n", true);
}

void TstLint::labelSchemaRules()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, dockerfile);
    QFETCH(bool, expected);
    const LintConfig cfg = parseHadolintConfig("label-schema:\n"
                                               "  maintainer: email\n"
                                               "  org.opencontainers.image.source: url\n"
                                               "  org.opencontainers.image.created: rfc3339\n"
                                               "  org.opencontainers.image.licenses: spdx\n"
                                               "  org.opencontainers.image.revision: hash\n"
                                               "  org.opencontainers.image.version: semver\n"
                                               "  org.opencontainers.image.title: text\n"
                                               "strict-labels: true\n");
    QVERIFY2(cfg.errors.isEmpty(), qPrintable(cfg.errors.join(QStringLiteral("; "))));
    QCOMPARE(cfg.labelSchema.size(), 7);
    const model::Findings fs = lintText(dockerfile, cfg);
    QVERIFY2(fires(fs, rule) == expected, qPrintable(ids(fs).join(u' ')));
}

void TstLint::findingsCarryPositionRemediationAndSuggestion()
{
    const model::Findings fs = lintText("FROM a:1\nRUN apt-get update && \\\n    apt-get install -y curl=1\n");
    const auto it = std::find_if(fs.begin(), fs.end(), [](const model::Finding& f) { return f.ruleId == u"DKF-115"; });
    QVERIFY(it != fs.end());
    QCOMPARE(it->location.line, 3);
    QCOMPARE(it->location.column, 5);
    QCOMPARE(it->location.file, QStringLiteral("Dockerfile"));
    QCOMPARE(it->targetKind, model::TargetKind::Dockerfile);
    QCOMPARE(it->category, model::Category::Dockerfile);
    const model::Findings add = lintText("FROM a:1\nADD  app.py /app/\n");
    const auto a = std::find_if(add.begin(), add.end(), [](const model::Finding& f) { return f.ruleId == u"DKF-120"; });
    QVERIFY(a != add.end());
    QCOMPARE(a->suggestion, QStringLiteral("COPY  app.py /app/"));
    const model::Findings apk = lintText("FROM a:1\nRUN apk add curl=1\n");
    const auto k = std::find_if(apk.begin(), apk.end(), [](const model::Finding& f) { return f.ruleId == u"DKF-119"; });
    QVERIFY(k != apk.end());
    QCOMPARE(k->suggestion, QStringLiteral("RUN apk add --no-cache curl=1"));
    const model::Findings cmd = lintText("FROM a:1\nCMD node server.js\n");
    const auto c = std::find_if(cmd.begin(), cmd.end(), [](const model::Finding& f) { return f.ruleId == u"DKF-125"; });
    QVERIFY(c != cmd.end());
    QCOMPARE(c->suggestion, QStringLiteral("CMD [\"node\", \"server.js\"]"));
}

namespace {

QStringList suggestionsOf(const model::Findings& fs, QStringView rule)
{
    QStringList out;
    for (const model::Finding& f : fs) {
        if (f.ruleId == rule) {
            out << f.suggestion;
        }
    }
    return out;
}

} // namespace

void TstLint::suggestionsEditTheCommandTheyAreAbout()
{
    // The option goes after the sub-command of the command the finding is about, not after the line's first match.
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nRUN apt-get install --no-install-recommends -y a=1 && apt-get -q "
                                    "install -y b=1\n"),
                           u"DKF-115"),
             QStringList{QStringLiteral("RUN apt-get install --no-install-recommends -y a=1 && apt-get -q install "
                                        "--no-install-recommends -y b=1")});
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nRUN pip install --no-cache-dir a==1; python -m pip install b==1\n"),
                           u"DKF-142"),
             QStringList{QStringLiteral("RUN pip install --no-cache-dir a==1; python -m pip install --no-cache-dir "
                                        "b==1")});
    // A command on a continued line, a quoted sub-command and ONBUILD get the finding without a suggestion.
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nRUN apt-get install --no-install-recommends -y a=1 && \\\n"
                                    "    apt-get install -y b=1\n"),
                           u"DKF-115"),
             QStringList{QString()});
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nRUN apk \"add\" c=1\n"), u"DKF-119"), QStringList{QString()});
    // A suggestion that replaces the instruction is only made for one written on one line.
    QCOMPARE(suggestionsOf(lintText("FROM --platform=$TARGETPLATFORM alpine:3.19\n"), u"DKF-165"),
             QStringList{QStringLiteral("FROM alpine:3.19")});
    QCOMPARE(suggestionsOf(lintText("FROM --platform=$TARGETPLATFORM \\\n    alpine:3.19\n"), u"DKF-165"),
             QStringList{QString()});
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nADD a.txt \\\n  /a.txt\n"), u"DKF-120"), QStringList{QString()});
    QCOMPARE(suggestionsOf(lintText("FROM a:1\nONBUILD RUN apk add c=1\n"), u"DKF-119"), QStringList{QString()});
}

void TstLint::suggestionsStayBoundedOnHugeLines()
{
    // 4,000 installs on one 100 KB line: every finding used to carry the whole edited line (quadratic output).
    QByteArray line = "FROM a:1\nRUN true";
    for (int i = 0; i < 4000; ++i) {
        line += " && apt-get install -y p" + QByteArray::number(i) + "=1 && apt x";
    }
    line += "\nADD " + QByteArray(600, 'a') + " /x/\n";
    const model::Findings fs = lintText(line);
    qsizetype total = 0;
    int installs = 0;
    for (const model::Finding& f : fs) {
        total += f.suggestion.size() + f.message.size() + f.evidence.size();
        installs += f.ruleId == u"DKF-115" ? 1 : 0;
        QVERIFY2(f.suggestion.size() <= 600, qPrintable(f.ruleId)); // the bound is 512 characters of line
    }
    QCOMPARE(installs, 4000);
    QVERIFY2(total < 4 * 1024 * 1024, qPrintable(QString::number(total)));
    QCOMPARE(suggestionsOf(fs, u"DKF-120"), QStringList{QString()});
    // A line up to the bound still gets its suggestion.
    const QByteArray fits = "FROM a:1\nRUN apt-get install -y " + QByteArray(400, 'p') + "=1\n";
    QCOMPARE(suggestionsOf(lintText(fits), u"DKF-115").value(0).size(),
             QStringLiteral("RUN apt-get install --no-install-recommends -y ").size() + 402);
}

void TstLint::secretsAreRedactedEverywhere()
{
    const QString secret = QStringLiteral("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789");
    const QString password = QStringLiteral("Sup3rS3cretPassw0rd!");
    const QByteArray text = QStringLiteral("FROM a:1\nENV DB_PASSWORD=%1\nARG TOKENISH=%2\nLABEL x.y=%2\n"
                                           "RUN echo $DB_PASSWORD\n")
                                .arg(password, secret)
                                .toUtf8();
    const model::Findings fs = lintText(text);
    QVERIFY(fires(fs, QStringLiteral("DKF-164")));
    QVERIFY(fires(fs, QStringLiteral("DKF-002")));
    QVERIFY(fires(fs, QStringLiteral("DKF-010")));
    for (const model::Finding& f : fs) {
        for (const QString& field : {f.message, f.evidence, f.suggestion, f.targetName}) {
            QVERIFY2(!field.contains(secret) && !field.contains(password), qPrintable(field));
        }
    }
}

void TstLint::coversEveryHadolintRuleWithoutShellcheck()
{
    // Withdrawn upstream: DL3017, DL3031, DL3039; never assigned: DL4002.
    const QSet<int> withdrawn{3017, 3031, 3039, 4002};
    for (int n = 3000; n <= 3067; ++n) {
        if (!withdrawn.contains(n)) {
            QVERIFY2(findDockerfileRule(QStringLiteral("DL%1").arg(n)), qPrintable(QString::number(n)));
        }
    }
    for (int n = 4000; n <= 4006; ++n) {
        if (!withdrawn.contains(n)) {
            QVERIFY2(findDockerfileRule(QStringLiteral("DL%1").arg(n)), qPrintable(QString::number(n)));
        }
    }
}

void TstLint::hadolintPragmasSuppressTheNextLine()
{
    const model::Findings fs = lintText("FROM a:1\n# hadolint ignore=DL3008, DL3015 # we know\n"
                                        "RUN apt-get install -y curl\nRUN apt-get install -y git\n");
    int suppressed = 0;
    int active108 = 0;
    for (const model::Finding& f : fs) {
        if (f.ruleId == u"DKF-108" || f.ruleId == u"DKF-115") {
            if (f.location.line == 3) {
                QVERIFY(f.suppressed);
                QVERIFY(!f.suppressionReason.isEmpty());
                ++suppressed;
            } else {
                QVERIFY(!f.suppressed);
                active108 += f.ruleId == u"DKF-108";
            }
        }
    }
    QCOMPARE(suppressed, 2);
    QCOMPARE(active108, 1);
    // A blank line between pragma and instruction breaks the link, as in hadolint.
    const model::Findings gap = lintText("FROM a:1\n# hadolint ignore=DL3008\n\nRUN apt-get install -y curl\n");
    QVERIFY(fires(gap, QStringLiteral("DKF-108")));
}

void TstLint::globalAndBulkheadPragmas()
{
    const model::Findings fs = lintText("# hadolint global ignore=DL3007\nFROM a:latest\n# bulkhead ignore=DKF-120\n"
                                        "ADD x /x\nADD y /y\n");
    QVERIFY(!fires(fs, QStringLiteral("DKF-107")));
    int active120 = 0;
    for (const model::Finding& f : fs) {
        active120 += f.ruleId == u"DKF-120" && !f.suppressed;
    }
    QCOMPARE(active120, 1);
    const model::Findings stage = lintText("FROM a:1 AS b\nRUN apt-get install -y x\n# hadolint stage ignore=DL3008\n"
                                           "FROM a:1\nRUN apt-get install -y y\n");
    int active108 = 0;
    for (const model::Finding& f : stage) {
        active108 += f.ruleId == u"DKF-108" && !f.suppressed;
    }
    QCOMPARE(active108, 1);
}

// The pragma reader follows the pattern ^(hadolint|bulkhead)\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9:\-_,\s]+)
// (case-insensitive, as QRegularExpression/PCRE2 read it before it became a scan): these rows pin each part.
void TstLint::pragmaSpellings_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("reason"); // empty: DKF-108 on line 3 stays active
    const QString line = QStringLiteral("ignore pragma on line 2");
    const QString global = QStringLiteral("global ignore pragma in the Dockerfile");
    QTest::newRow("plain") << u"hadolint ignore=DL3008"_s << line;
    QTest::newRow("any case, spaces") << u"HADOLINT  Ignore =  dl3008"_s << line;
    QTest::newRow("tab and vertical tab") << u"hadolint\tignore\v=\tDL3015,DL3008"_s << line;
    QTest::newRow("own id") << u"bulkhead ignore=DKF-108"_s << line;
    QTest::newRow("prefixed code") << u"hadolint ignore=hadolint:DL3008"_s << line;
    QTest::newRow("prefix and code in mixed case") << u"hadolint ignore= HadoLint:dL3008"_s << line;
    QTest::newRow("kelvin sign in a code is no K") << u"bulkhead ignore=D\u212AF-108"_s << QString();
    QTest::newRow("long s in a code raises to S") << u"bulkhead ignore=DKF-108\u017F,DL3008"_s << line;
    QTest::newRow("empty codes around") << u"hadolint ignore = , ,DL3008 ,"_s << line;
    QTest::newRow("semicolon ends the list") << u"hadolint ignore=DL3008;DL3015"_s << line;
    QTest::newRow("global") << u"hadolint global\tignore=DL3008"_s << global;
    QTest::newRow("GLOBAL") << u"bulkhead GLOBAL ignore=DL3008"_s << global;
    QTest::newRow("kelvin sign k") << u"bul\u212Ahead ignore=DL3008"_s << line;
    QTest::newRow("long s stage is no scope") << u"hadolint \u017Ftage ignore=DL3008"_s << line;
    QTest::newRow("no space after the tool") << u"hadolintignore=DL3008"_s << QString();
    QTest::newRow("no-break space is not white space") << u"hadolint\u00A0ignore=DL3008"_s << QString();
    QTest::newRow("scope glued to ignore") << u"hadolint globalignore=DL3008"_s << QString();
    QTest::newRow("unknown scope") << u"hadolint file ignore=DL3008"_s << QString();
    QTest::newRow("no equals sign") << u"hadolint ignore DL3008"_s << QString();
    QTest::newRow("nothing after equals") << u"hadolint ignore="_s << QString();
    QTest::newRow("codes after a reason") << u"hadolint ignore=DL3015 # DL3008"_s << QString();
    QTest::newRow("non-ASCII letter cuts the code") << u"hadolint ignore=DL30\u00E908"_s << QString();
    QTest::newRow("not at the start") << u"see: hadolint ignore=DL3008"_s << QString();
    QTest::newRow("other tool") << u"hadolin ignore=DL3008"_s << QString();
}

void TstLint::pragmaSpellings()
{
    QFETCH(QString, pragma);
    QFETCH(QString, reason);
    const model::Findings fs =
        lintText("FROM a:1\n# " + pragma.toUtf8() + "\nRUN apt-get install -y curl\nRUN apt-get install -y git\n");
    int seen = 0;
    for (const model::Finding& f : fs) {
        if (f.ruleId != u"DKF-108") {
            continue;
        }
        ++seen;
        if (f.location.line == 3) {
            QCOMPARE(f.suppressed, !reason.isEmpty());
            QCOMPARE(f.suppressionReason, reason);
        } else {
            // Only a global pragma reaches the second RUN.
            QCOMPARE(f.suppressed, reason.startsWith(u"global"));
        }
    }
    QCOMPARE(seen, 2);
}

void TstLint::disableIgnorePragmaTurnsThemOff()
{
    LintConfig cfg = parseHadolintConfig("disable-ignore-pragma: true\n");
    QVERIFY(cfg.disableIgnorePragma);
    const model::Findings fs = lintText("FROM a:1\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n", cfg);
    QVERIFY(fires(fs, QStringLiteral("DKF-108")));
}

void TstLint::readsHadolintConfig()
{
    const LintConfig cfg = parseHadolintConfig("# team config\n---\nfailure-threshold: warning\nignored:\n  - DL3008\n"
                                               "  - DKF-006 # digest pins later\n"
                                               "override:\n  error: [DL3015]\n  info:\n    - DL3059\n"
                                               "trustedRegistries: [docker.io, \"*.gcr.io\"]\nstrict-labels: yes\n"
                                               "label-schema:\n  owner: text\n  'site': url\nformat: json\n");
    QVERIFY2(cfg.errors.isEmpty(), qPrintable(cfg.errors.join(u'|')));
    QCOMPARE(cfg.failureThreshold, std::optional<model::Severity>(model::Severity::Medium));
    QCOMPARE(cfg.ignored, (QStringList{"DL3008", "DKF-006"}));
    QCOMPARE(cfg.overrides.value(QStringLiteral("DKF-115")), model::Severity::High);
    QCOMPARE(cfg.overrides.value(QStringLiteral("DKF-159")), model::Severity::Info);
    QCOMPARE(cfg.trustedRegistries, (QStringList{"docker.io", "*.gcr.io"}));
    QVERIFY(cfg.strictLabels);
    QCOMPARE(cfg.labelSchema.value(QStringLiteral("site")), LabelType::Url);
    QCOMPARE(cfg.labelSchema.value(QStringLiteral("owner")), LabelType::Text);
    const LintConfig none = parseHadolintConfig("failure-threshold: none\n");
    QVERIFY(none.failNever);
    const LintConfig single = parseHadolintConfig("trustedRegistries: my.registry:5000\n");
    QCOMPARE(single.trustedRegistries, (QStringList{"my.registry:5000"}));
}

void TstLint::configSurvivesGarbage()
{
    const LintConfig bad = parseHadolintConfig("ignored DL3008\n  - orphan\noverride: {error: [x]}\nfailure-threshold: "
                                               "loud\nlabel-schema:\n  x: colour\n\x01\x02\xff\n");
    QVERIFY(bad.errors.size() >= 4);
    QByteArray huge(2 * 1024 * 1024, 'a');
    QVERIFY(!parseHadolintConfig(huge).errors.isEmpty());
}

void TstLint::ignoredRulesDoNotRun()
{
    LintConfig cfg;
    cfg.ignored = {QStringLiteral("DL3007"), QStringLiteral("DKF-006")};
    const model::Findings fs = lintText("FROM a:latest\n", cfg);
    QVERIFY(!fires(fs, QStringLiteral("DKF-107")));
    QVERIFY(!fires(fs, QStringLiteral("DKF-006")));
    QVERIFY(fires(fs, QStringLiteral("DKF-001")));
}

// The linter keeps its working vectors between files (per thread): a file linted after others, small or huge, with
// its findings in order or not, gets exactly what it gets alone.
void TstLint::filesOfOneRunDoNotShareFindings()
{
    const auto describe = [](const model::Findings& fs) {
        QStringList out;
        for (const model::Finding& f : fs) {
            out << u"%1 %2:%3 %4 %5 %6"_s.arg(f.ruleId)
                       .arg(f.location.line)
                       .arg(f.location.column)
                       .arg(f.message, f.suggestion, f.suppressed ? u"suppressed"_s : QString());
        }
        return out;
    };
    const QByteArray mixed = "FROM ubuntu\nRUN cd /x && apt-get install curl | tee\nWORKDIR app\nRUN sudo ls\n"
                             "# hadolint ignore=DL3059\nRUN echo\nCOPY --from=nowhere a b\nMAINTAINER me\n";
    const QByteArray ordered = "FROM a:1@sha256:0000000000000000000000000000000000000000000000000000000000000000\n";
    QByteArray huge = "FROM debian:12\n";
    for (int i = 0; i < 5000; ++i) {
        huge += "RUN apt-get install -y pkg" + QByteArray::number(i) + " && cd /tmp\nCOPY a" + QByteArray::number(i) +
                " b/\n";
    }
    const QStringList mixedAlone = describe(lintText(mixed));
    const QStringList orderedAlone = describe(lintText(ordered));
    QVERIFY(mixedAlone.size() > 5);
    const model::Findings hugeFindings = lintText(huge);
    QVERIFY(hugeFindings.size() > 5000); // past what the kept vectors hold: they are let go
    QCOMPARE(describe(lintText(mixed)), mixedAlone);
    QCOMPARE(describe(lintText(ordered)), orderedAlone);
    QCOMPARE(describe(lintText(mixed)), mixedAlone);
    QCOMPARE(describe(lintText(mixed)), mixedAlone);
}

void TstLint::overridesChangeSeverity()
{
    const LintConfig cfg = parseHadolintConfig("override:\n  style:\n    - DL3007\n");
    const model::Findings fs = lintText("FROM a:latest\n", cfg);
    for (const model::Finding& f : fs) {
        if (f.ruleId == u"DKF-107") {
            QCOMPARE(f.severity, model::Severity::Info);
            return;
        }
    }
    QFAIL("DKF-107 did not fire");
}

void TstLint::dockerignoreMatching_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    QTest::newRow("exact") << QStringList{".git"} << ".git" << true;
    QTest::newRow("below-dir") << QStringList{".git"} << ".git/config" << true;
    QTest::newRow("leading-slash") << QStringList{"/node_modules"} << "node_modules/x/y.js" << true;
    QTest::newRow("star-not-nested") << QStringList{"*.log"} << "logs/app.log" << false;
    QTest::newRow("star-top") << QStringList{"*.log"} << "app.log" << true;
    QTest::newRow("double-star") << QStringList{"**/*.log"} << "a/b/app.log" << true;
    QTest::newRow("double-star-top") << QStringList{"**/*.log"} << "app.log" << true;
    QTest::newRow("exception") << QStringList{"*.md", "!README.md"} << "README.md" << false;
    QTest::newRow("exception-then-again") << QStringList{"*.md", "!README.md", "README*"} << "README.md" << true;
    QTest::newRow("question") << QStringList{"id_?sa"} << "id_rsa" << true;
    QTest::newRow("class") << QStringList{"[.]env"} << ".env" << true;
    QTest::newRow("everything") << QStringList{"*"} << ".env" << true;
    QTest::newRow("unbalanced-class") << QStringList{"[abc"} << "a" << false;
    QTest::newRow("dot-slash") << QStringList{"./secrets"} << "secrets/k" << true;
}

void TstLint::dockerignoreMatching()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    QCOMPARE(dockerignoreExcludes(patterns, path), excluded);
}

void TstLint::lintPathOnAFolderRunsContextRules()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& rel, const QByteArray& data) {
        QDir().mkpath(QFileInfo(dir.filePath(rel)).path());
        QFile f(dir.filePath(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    write(QStringLiteral("Dockerfile"), "FROM a:1\nCOPY . /app/\n");
    write(QStringLiteral("app.py"), "print(1)\n");
    write(QStringLiteral("deploy/id_ed25519"), "not a key, a test fixture\n");
    write(QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n");
    auto res = lintPath(dir.path(), {});
    QVERIFY(res.ok());
    QVERIFY(fires(res.value(), QStringLiteral("DKF-301")));
    int sensitive = 0;
    for (const model::Finding& f : res.value()) {
        if (f.ruleId == u"DKF-303") {
            ++sensitive;
            QCOMPARE(f.severity, model::Severity::High); // copied by COPY .
            QVERIFY(!f.message.contains(u"not a key"));  // never file contents
        }
    }
    QCOMPARE(sensitive, 2); // deploy/id_ed25519 and .git (not every file below .git)
    write(QStringLiteral(".dockerignore"), ".git\n**/id_*\n.env\n*.key\n*.log\nnode_modules\n");
    auto again = lintPath(dir.path(), {});
    QVERIFY(again.ok());
    QVERIFY2(!fires(again.value(), QStringLiteral("DKF-301")) && !fires(again.value(), QStringLiteral("DKF-302")) &&
                 !fires(again.value(), QStringLiteral("DKF-303")),
             qPrintable(ids(again.value()).join(u' ')));
    // A Dockerfile path alone runs no context rule.
    auto file = lintPath(dir.filePath(QStringLiteral("Dockerfile")), {});
    QVERIFY(file.ok());
    for (const model::Finding& f : file.value()) {
        QVERIFY(f.category != model::Category::BuildContext);
    }
}

void TstLint::lintPathReportsUnreadablePaths()
{
    QVERIFY(!lintPath(QStringLiteral("/nonexistent/Dockerfile"), {}).ok());
    QTemporaryDir empty;
    QVERIFY(!lintPath(empty.path(), {}).ok());
}

// lintPath() reads into one buffer per thread, reused from file to file and grown for large files: files of every
// size in turn, the one past the cap (truncated), and a small one after each, must each be linted on their own bytes.
void TstLint::lintPathReadsFilesOfAnySizeInTurn()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(text), text.size());
    };
    const auto lines = [](const model::Findings& fs, const QString& rule) {
        QList<int> out;
        for (const model::Finding& f : fs) {
            if (f.ruleId == rule) {
                out << f.location.line;
            }
        }
        return out;
    };
    const QByteArray small = "FROM alpine:3.19\nEXPOSE 22\n";
    write(u"small"_s, small);
    for (const qsizetype lineCount : {qsizetype(10), qsizetype(5000), qsizetype(70000), qsizetype(500000)}) {
        // EXPOSE 22 as the last line: found only when every byte up to it was read (or not at all past the cap).
        QByteArray text = "FROM alpine:3.19\n";
        for (qsizetype k = 0; k < lineCount; ++k) {
            text += "LABEL k=v\n";
        }
        text += "EXPOSE 22\n";
        const QString name = u"big"_s + QString::number(lineCount);
        write(name, text);
        const auto big = lintPath(dir.filePath(name), {});
        QVERIFY(big.ok());
        if (text.size() <= kMaxDockerfileBytes) {
            QCOMPARE(lines(big.value(), u"DKF-007"_s), QList<int>{int(lineCount) + 2});
        } else {
            QCOMPARE(lines(big.value(), u"DKF-007"_s), QList<int>{}); // cut at the cap
        }
        // The small file after it: its own two lines, nothing left over from the large one.
        const auto after = lintPath(dir.filePath(u"small"_s), {});
        QVERIFY(after.ok());
        QCOMPARE(lines(after.value(), u"DKF-007"_s), QList<int>{2});
        for (const model::Finding& f : after.value()) {
            QVERIFY2(f.location.line <= 2, qPrintable(f.ruleId + u' ' + f.message));
        }
    }
}

void TstLint::parseErrorsBecomeFindings()
{
    const model::Findings fs = lintText("FROM a:1\n  BOGUS x\nRUN <<EOF\nnever closed\n");
    int parse = 0;
    for (const model::Finding& f : fs) {
        if (f.ruleId == u"DKF-000") {
            ++parse;
            QVERIFY(f.location.line > 0 && f.location.column > 0);
        }
    }
    QCOMPARE(parse, 2);
}

void TstLint::lintStaysLinearOnHostileInput()
{
    // Shapes that made naive per-instruction scans quadratic: many stages chained by alias, many ENV pairs,
    // COPY --from lookups, relative COPYs, piped RUNs, flags on continued lines, heredoc markers. ctest's timeout
    // catches a regression; the assertions check the work was really done.
    QByteArray df = "FROM a:1 AS s0\n";
    const int n = 20000;
    for (int i = 1; i < n; ++i) {
        df += "FROM s" + QByteArray::number(i - 1) + " AS s" + QByteArray::number(i) + "\nENV K" +
              QByteArray::number(i) + "=$K" + QByteArray::number(i - 1) +
              " A=1 B=$A\nCOPY --from=s0 x.tar.gz rel/\n"
              "RUN a | b\n";
    }
    df += "RUN --a \\\n";
    for (int i = 0; i < n; ++i) {
        df += " --mount=type=cache,target=/x" + QByteArray::number(i) + " \\\n";
    }
    df += " true\nRUN cat";
    for (int i = 0; i < 1000; ++i) {
        df += " <<E" + QByteArray::number(i);
    }
    df += "\n";
    const ParsedDockerfile parsed = parseDockerfile(df);
    QCOMPARE(int(parsed.stages.size()), n);
    const model::Findings fs = lintDockerfile(parsed, {});
    int selfRef = 0;
    for (const model::Finding& f : fs) {
        selfRef += f.ruleId == u"DKF-144";
    }
    QCOMPARE(selfRef, n - 1);
}

// The instruction rules read an index of the file's instructions by kind (LintContext::kinds, made per lint run).
// Linting files one after another (each parsed and dropped, so the allocator hands out the same addresses again), the
// same parse twice, a copy of it, instructions that own no text, and runs with the first rules that ask for the index
// ignored must each give what linting that file alone gives.
void TstLint::instructionRulesPerFileIndex()
{
    const QByteArray a = "FROM a:1 AS b\nWORKDIR rel\nCOPY x.tar /x/\nRUN tar -xf x.tar\nEXPOSE 70000\nCMD run it\n"
                         "CMD again\nMAINTAINER me\nUSER app\n";
    const QByteArray b = "FROM c:1\nUSER 0\nHEALTHCHECK NONE\nHEALTHCHECK NONE\nONBUILD FROM x\nENV A=1 B=$A\n"
                         "COPY --from=0 / /y\nCOPY y rel\nWORKDIR /w\n";
    // As many instructions as `a`, of other kinds.
    const QByteArray c = "FROM d:1\nRUN a | b\nRUN c\nENTRYPOINT x\nENTRYPOINT y\nADD f /f\nCOPY a b c\nWORKDIR /w\n"
                         "USER root\n";
    const QStringList wantA = ids(lintText(a));
    const QStringList wantB = ids(lintText(b));
    const QStringList wantC = ids(lintText(c));
    for (const char* id : {"DKF-100", "DKF-110", "DKF-111", "DKF-200", "DKF-203"}) {
        QVERIFY2(wantA.contains(QLatin1String(id)) && !wantC.contains(QLatin1String(id)), id);
    }
    for (const char* id : {"DKF-112", "DKF-143", "DKF-144", "DKF-145", "DKF-167"}) {
        QVERIFY2(wantB.contains(QLatin1String(id)) && !wantA.contains(QLatin1String(id)), id);
    }
    for (const char* id : {"DKF-102", "DKF-120", "DKF-121", "DKF-159", "DKF-204", "DKF-206"}) {
        QVERIFY2(wantC.contains(QLatin1String(id)) && !wantA.contains(QLatin1String(id)), id);
    }
    for (int round = 0; round < 3; ++round) {
        QCOMPARE(ids(lintText(a)), wantA);
        QCOMPARE(ids(lintText(c)), wantC);
        QCOMPARE(ids(lintText(b)), wantB);
    }

    const ParsedDockerfile df = parseDockerfile(a, QStringLiteral("Dockerfile"));
    QCOMPARE(ids(lintDockerfile(df, {})), wantA);
    QCOMPARE(ids(lintDockerfile(df, {})), wantA);
    const ParsedDockerfile copy = df;
    QCOMPARE(ids(lintDockerfile(copy, {})), wantA);
    const ParsedDockerfile other = parseDockerfile(c, QStringLiteral("Dockerfile"));
    QCOMPARE(ids(lintDockerfile(other, {})), wantC);
    QCOMPARE(ids(lintDockerfile(df, {})), wantA);

    ParsedDockerfile bare = other; // instructions with no text of their own (as made by hand)
    for (Instruction& ins : bare.instructions) {
        ins.sourceText = QString();
        ins.sourceOffset = 0;
        ins.sourceLength = 0;
    }
    QCOMPARE(ids(lintDockerfile(bare, {})), wantC);
    QCOMPARE(ids(lintDockerfile(bare, {})), wantC);

    // DKF-100 and DKF-102 are the first rules to ask; without them the others still get this file's index.
    LintConfig cfg;
    cfg.ignored = {QStringLiteral("DKF-100"), QStringLiteral("DKF-102")};
    QStringList wantWithout = wantC;
    wantWithout.removeAll(QStringLiteral("DKF-100"));
    wantWithout.removeAll(QStringLiteral("DKF-102"));
    QCOMPARE(ids(lintDockerfile(df, {})), wantA);
    QCOMPARE(ids(lintDockerfile(other, cfg)), wantWithout);
    QCOMPARE(ids(lintDockerfile(other, {})), wantC);
}

// instr3: texts the instruction rules build themselves (suggestions, messages shared by several findings).
void TstLint::instructionRuleTexts()
{
    const auto only = [](const model::Findings& fs, const char* id) {
        model::Findings out;
        std::copy_if(fs.begin(), fs.end(), std::back_inserter(out), [id](const model::Finding& f) {
            return f.ruleId == QLatin1String(id);
        });
        return out;
    };
    const model::Findings json = only(
        lintText("FROM a:1\nCMD  run   the  server \nENTRYPOINT x\nCMD a*\nENTRYPOINT run --flag=1 -v\n"), "DKF-125");
    QCOMPARE(json.size(), 4);
    QCOMPARE(json[0].suggestion, QStringLiteral("CMD [\"run\", \"the\", \"server\"]"));
    QCOMPARE(json[1].suggestion, QStringLiteral("ENTRYPOINT [\"x\"]"));
    QCOMPARE(json[2].suggestion, QString()); // a shell character: no JSON form
    QCOMPARE(json[3].suggestion, QStringLiteral("ENTRYPOINT [\"run\", \"--flag=1\", \"-v\"]"));
    // Tabs separate words as spaces do; other control characters cannot stand raw in the JSON array.
    const model::Findings tabs = only(lintText("FROM a:1\nCMD run\tthe\t server\nCMD a\x01b\n"), "DKF-125");
    QCOMPARE(tabs.size(), 2);
    QCOMPARE(tabs[0].suggestion, QStringLiteral("CMD [\"run\", \"the\", \"server\"]"));
    QCOMPARE(tabs[1].suggestion, QString());

    // MAINTAINER -> LABEL: backslashes, quotes and dollars escaped inside the label's double quotes.
    const model::Findings maintainer = only(lintText("FROM a:1\nMAINTAINER \"Jo \\\"J\\\" Doe\\ $HOME\"\n"), "DKF-200");
    QCOMPARE(maintainer.size(), 1);
    QCOMPARE(maintainer[0].suggestion,
             QStringLiteral("LABEL org.opencontainers.image.authors=\"Jo \\\\\\\"J\\\\\\\" Doe\\\\ \\$HOME\""));

    const model::Findings self = only(lintText("FROM a:1 AS Build\nCOPY --from=BUILD /x /y\n"), "DKF-123");
    QCOMPARE(self.size(), 1);
    QCOMPARE(self[0].message, QStringLiteral("COPY --from=build names the stage it is in"));

    const model::Findings pipes = only(lintText("FROM a:1\nRUN a | b\nRUN c | d\n"), "DKF-206");
    QCOMPARE(pipes.size(), 2);
    QCOMPARE(pipes[0].message, pipes[1].message);
    QVERIFY(pipes[1].message.startsWith(QStringLiteral("RUN has a pipe")));

    const model::Findings repeats =
        only(lintText("FROM a:1\nCMD a\nCMD b\nCMD c\nFROM b:1\nCMD d\nCMD e\n"), "DKF-203");
    QCOMPARE(repeats.size(), 3);
    QCOMPARE(repeats[0].location.line, 3);
    QCOMPARE(repeats[1].location.line, 4);
    QCOMPARE(repeats[2].location.line, 7);

    const model::Findings ports = only(lintText("FROM a:1\nEXPOSE 65536-1 0080/udp 99999999999999999999\n"), "DKF-111");
    QCOMPARE(ports.size(), 2);
    QCOMPARE(ports[0].message, QStringLiteral("port 65536 is outside 0-65535"));
    QCOMPARE(ports[1].message, QStringLiteral("port 99999999999999999999 is outside 0-65535"));

    const model::Findings env = only(lintText("FROM a:1\nENV A=1 B=x C=\"$A ${B} $D $A\"\n"), "DKF-144");
    QCOMPARE(env.size(), 3);
    QCOMPARE(env[0].message, QStringLiteral("C refers to A, which this same ENV defines (it is not set yet)"));
    QCOMPARE(env[1].message, QStringLiteral("C refers to B, which this same ENV defines (it is not set yet)"));
    QCOMPARE(env[2].message, env[0].message);
}

// seed4: the seed rules' fast paths against what the code before them reported (line|message|suggestion|evidence of
// each finding of the rule), from the released binary: DKF-005's bases by table with the suggestion written in one
// piece, DKF-003's first/last-character screen, the secret-name letter-pair screen and the redaction written in place
// (DKF-164, DKF-002), the sixteen-unit ':'/'@' and '$' scans after units above 0xff and 0x7fff (DKF-010), DKF-001's
// USER by stage chain, DKF-004's subcommand before the operand list, DKF-008's interpreters by command kind.
namespace {
void seedRow(const char* tag, const char* rule, const QByteArray& dockerfile, const QStringList& expected)
{
    QTest::newRow(tag) << QString::fromLatin1(rule) << dockerfile << expected;
}
} // namespace

void TstLint::seedRuleFastPaths_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<QStringList>("expected");
    seedRow(
        "005 python",
        "DKF-005",
        "FROM python\n",
        {u"1|final image is based on the full 'python'; a smaller base (python:<version>-slim) ships less to attack|FROM python:<version>-slim|"_s});
    seedRow(
        "005 python:latest",
        "DKF-005",
        "FROM python:latest\n",
        {u"1|final image is based on the full 'python:latest'; a smaller base (python:<version>-slim) ships less to attack|FROM python:<version>-slim|"_s});
    seedRow(
        "005 python:3.12",
        "DKF-005",
        "FROM python:3.12\n",
        {u"1|final image is based on the full 'python:3.12'; a smaller base (python:3.12-slim) ships less to attack|FROM python:3.12-slim|"_s});
    seedRow(
        "005 node:20 AS app",
        "DKF-005",
        "FROM node:20 AS app\n",
        {u"1|final image is based on the full 'node:20'; a smaller base (node:20-slim) ships less to attack|FROM node:20-slim AS app|"_s});
    seedRow(
        "005 ruby:3",
        "DKF-005",
        "FROM ruby:3\n",
        {u"1|final image is based on the full 'ruby:3'; a smaller base (ruby:3-slim) ships less to attack|FROM ruby:3-slim|"_s});
    seedRow(
        "005 php:8-fpm",
        "DKF-005",
        "FROM php:8-fpm\n",
        {u"1|final image is based on the full 'php:8-fpm'; a smaller base (php:8-fpm-slim) ships less to attack|FROM php:8-fpm-slim|"_s});
    seedRow(
        "005 perl",
        "DKF-005",
        "FROM perl\n",
        {u"1|final image is based on the full 'perl'; a smaller base (perl:<version>-slim) ships less to attack|FROM perl:<version>-slim|"_s});
    seedRow(
        "005 rust:1.77 AS Final",
        "DKF-005",
        "FROM rust:1.77 AS Final\n",
        {u"1|final image is based on the full 'rust:1.77'; a smaller base (rust:1.77-slim) ships less to attack|FROM rust:1.77-slim AS Final|"_s});
    seedRow(
        "005 debian",
        "DKF-005",
        "FROM debian\n",
        {u"1|final image is based on the full 'debian'; a smaller base (debian:bookworm-slim) ships less to attack|FROM debian:bookworm-slim|"_s});
    seedRow(
        "005 debian:latest",
        "DKF-005",
        "FROM debian:latest\n",
        {u"1|final image is based on the full 'debian:latest'; a smaller base (debian:bookworm-slim) ships less to attack|FROM debian:bookworm-slim|"_s});
    seedRow(
        "005 debian:12 AS d",
        "DKF-005",
        "FROM debian:12 AS d\n",
        {u"1|final image is based on the full 'debian:12'; a smaller base (debian:12-slim) ships less to attack|FROM debian:12-slim AS d|"_s});
    seedRow(
        "005 ubuntu:22.04",
        "DKF-005",
        "FROM ubuntu:22.04\n",
        {u"1|final image is based on the full 'ubuntu:22.04'; a smaller base (gcr.io/distroless/base-debian12) ships less to attack|FROM gcr.io/distroless/base-debian12|"_s});
    seedRow(
        "005 centos:7",
        "DKF-005",
        "FROM centos:7\n",
        {u"1|final image is based on the full 'centos:7'; a smaller base (gcr.io/distroless/base-debian12) ships less to attack|FROM gcr.io/distroless/base-debian12|"_s});
    seedRow(
        "005 fedora",
        "DKF-005",
        "FROM fedora\n",
        {u"1|final image is based on the full 'fedora'; a smaller base (gcr.io/distroless/base-debian12) ships less to attack|FROM gcr.io/distroless/base-debian12|"_s});
    seedRow(
        "005 amazonlinux:2",
        "DKF-005",
        "FROM amazonlinux:2\n",
        {u"1|final image is based on the full 'amazonlinux:2'; a smaller base (gcr.io/distroless/base-debian12) ships less to attack|FROM gcr.io/distroless/base-debian12|"_s});
    seedRow(
        "005 buildpack-deps:bookworm",
        "DKF-005",
        "FROM buildpack-deps:bookworm\n",
        {u"1|final image is based on the full 'buildpack-deps:bookworm'; a smaller base (gcr.io/distroless/base-debian12) ships less to attack|FROM gcr.io/distroless/base-debian12|"_s});
    seedRow(
        "005 golang:1.22",
        "DKF-005",
        "FROM golang:1.22\n",
        {u"1|final image is based on the full 'golang:1.22'; a smaller base (gcr.io/distroless/static-debian12) ships less to attack|FROM gcr.io/distroless/static-debian12|"_s});
    seedRow(
        "005 openjdk:17",
        "DKF-005",
        "FROM openjdk:17\n",
        {u"1|final image is based on the full 'openjdk:17'; a smaller base (eclipse-temurin:<version>-jre-alpine) ships less to attack|FROM eclipse-temurin:<version>-jre-alpine|"_s});
    seedRow(
        "005 maven:3",
        "DKF-005",
        "FROM maven:3\n",
        {u"1|final image is based on the full 'maven:3'; a smaller base (eclipse-temurin:<version>-jre-alpine) ships less to attack|FROM eclipse-temurin:<version>-jre-alpine|"_s});
    seedRow(
        "005 gradle:8 AS g",
        "DKF-005",
        "FROM gradle:8 AS g\n",
        {u"1|final image is based on the full 'gradle:8'; a smaller base (eclipse-temurin:<version>-jre-alpine) ships less to attack|FROM eclipse-temurin:<version>-jre-alpine AS g|"_s});
    seedRow(
        "005 eclipse-temurin:21",
        "DKF-005",
        "FROM eclipse-temurin:21\n",
        {u"1|final image is based on the full 'eclipse-temurin:21'; a smaller base (eclipse-temurin:<version>-jre-alpine) ships less to attack|FROM eclipse-temurin:<version>-jre-alpine|"_s});
    seedRow(
        "005 library/golang:1.22",
        "DKF-005",
        "FROM library/golang:1.22\n",
        {u"1|final image is based on the full 'library/golang:1.22'; a smaller base (gcr.io/distroless/static-debian12) ships less to attack|FROM gcr.io/distroless/static-debian12|"_s});
    seedRow(
        "005 library/debian",
        "DKF-005",
        "FROM library/debian\n",
        {u"1|final image is based on the full 'library/debian'; a smaller base (debian:bookworm-slim) ships less to attack|FROM debian:bookworm-slim|"_s});
    seedRow("005 someorg/python:3", "DKF-005", "FROM someorg/python:3\n", {});
    seedRow("005 docker.io/library/python:3", "DKF-005", "FROM docker.io/library/python:3\n", {});
    seedRow("005 pythonx:3", "DKF-005", "FROM pythonx:3\n", {});
    seedRow("005 nod:1", "DKF-005", "FROM nod:1\n", {});
    seedRow("005 eclipse-temurinx", "DKF-005", "FROM eclipse-temurinx\n", {});
    seedRow("005 golang:1-alpine", "DKF-005", "FROM golang:1-alpine\n", {});
    seedRow(
        "005 python:3-SLIM",
        "DKF-005",
        "FROM python:3-SLIM\n",
        {u"1|final image is based on the full 'python:3-SLIM'; a smaller base (python:3-SLIM-slim) ships less to attack|FROM python:3-SLIM-slim|"_s});
    seedRow("005 php:8-nanoserver", "DKF-005", "FROM php:8-nanoserver\n", {});
    seedRow("005 rust:minimalist", "DKF-005", "FROM rust:minimalist\n", {});
    seedRow("003 .", "DKF-003", "FROM a:1\nCOPY . /app/\n", {});
    seedRow("003 ./", "DKF-003", "FROM a:1\nCOPY ./ /app/\n", {});
    seedRow("003 src", "DKF-003", "FROM a:1\nCOPY src /app/\n", {});
    seedRow("003 Makefile", "DKF-003", "FROM a:1\nCOPY Makefile /app/\n", {});
    seedRow("003 package.json", "DKF-003", "FROM a:1\nCOPY package.json /app/\n", {});
    seedRow("003 requirements.txt", "DKF-003", "FROM a:1\nCOPY requirements.txt /app/\n", {});
    seedRow("003 config.json", "DKF-003", "FROM a:1\nCOPY config.json /app/\n", {});
    seedRow("003 home/.docker/config.json",
            "DKF-003",
            "FROM a:1\nCOPY home/.docker/config.json /app/\n",
            {u"2|COPY puts 'home/.docker/config.json' into the image, where anyone with the image can read it||"_s});
    seedRow("003 ID_RSA",
            "DKF-003",
            "FROM a:1\nCOPY ID_RSA /app/\n",
            {u"2|COPY puts 'ID_RSA' into the image, where anyone with the image can read it||"_s});
    seedRow("003 id_ed25519",
            "DKF-003",
            "FROM a:1\nCOPY id_ed25519 /app/\n",
            {u"2|COPY puts 'id_ed25519' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.PEM",
            "DKF-003",
            "FROM a:1\nCOPY x.PEM /app/\n",
            {u"2|COPY puts 'x.PEM' into the image, where anyone with the image can read it||"_s});
    seedRow("003 putty.ppk",
            "DKF-003",
            "FROM a:1\nCOPY putty.ppk /app/\n",
            {u"2|COPY puts 'putty.ppk' into the image, where anyone with the image can read it||"_s});
    seedRow("003 a.KEY",
            "DKF-003",
            "FROM a:1\nCOPY a.KEY /app/\n",
            {u"2|COPY puts 'a.KEY' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.p12",
            "DKF-003",
            "FROM a:1\nCOPY x.p12 /app/\n",
            {u"2|COPY puts 'x.p12' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.pfx",
            "DKF-003",
            "FROM a:1\nCOPY x.pfx /app/\n",
            {u"2|COPY puts 'x.pfx' into the image, where anyone with the image can read it||"_s});
    seedRow("003 a.jks",
            "DKF-003",
            "FROM a:1\nCOPY a.jks /app/\n",
            {u"2|COPY puts 'a.jks' into the image, where anyone with the image can read it||"_s});
    seedRow("003 b.keystore",
            "DKF-003",
            "FROM a:1\nCOPY b.keystore /app/\n",
            {u"2|COPY puts 'b.keystore' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.asc",
            "DKF-003",
            "FROM a:1\nCOPY x.asc /app/\n",
            {u"2|COPY puts 'x.asc' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.gpg",
            "DKF-003",
            "FROM a:1\nCOPY x.gpg /app/\n",
            {u"2|COPY puts 'x.gpg' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.pem",
            "DKF-003",
            "FROM a:1\nCOPY x.pem /app/\n",
            {u"2|COPY puts 'x.pem' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.Pem/",
            "DKF-003",
            "FROM a:1\nCOPY x.Pem/ /app/\n",
            {u"2|COPY puts 'x.Pem/' into the image, where anyone with the image can read it||"_s});
    seedRow("003 cert.pem/",
            "DKF-003",
            "FROM a:1\nCOPY cert.pem/ /app/\n",
            {u"2|COPY puts 'cert.pem/' into the image, where anyone with the image can read it||"_s});
    seedRow("003 a/b/server.Key",
            "DKF-003",
            "FROM a:1\nCOPY a/b/server.Key /app/\n",
            {u"2|COPY puts 'a/b/server.Key' into the image, where anyone with the image can read it||"_s});
    seedRow("003 ke\xcc"
            "\x81"
            "y.pem",
            "DKF-003",
            "FROM a:1\nCOPY ke\xcc"
            "\x81"
            "y.pem /app/\n",
            {u"2|COPY puts 'ke\u0301y.pem' into the image, where anyone with the image can read it||"_s});
    seedRow("003 \xc3"
            "\xa9"
            ".key",
            "DKF-003",
            "FROM a:1\nCOPY \xc3"
            "\xa9"
            ".key /app/\n",
            {u"2|COPY puts '\u00e9.key' into the image, where anyone with the image can read it||"_s});
    seedRow("003 \xe2"
            "\x84"
            "\xaa"
            "ey.pem",
            "DKF-003",
            "FROM a:1\nCOPY \xe2"
            "\x84"
            "\xaa"
            "ey.pem /app/\n",
            {u"2|COPY puts '\u212aey.pem' into the image, where anyone with the image can read it||"_s});
    seedRow("003 \xc4"
            "\xb0"
            "d_rsa",
            "DKF-003",
            "FROM a:1\nCOPY \xc4"
            "\xb0"
            "d_rsa /app/\n",
            {});
    seedRow("003 .ENV",
            "DKF-003",
            "FROM a:1\nCOPY .ENV /app/\n",
            {u"2|COPY puts '.ENV' into the image, where anyone with the image can read it||"_s});
    seedRow("003 .env.Prod",
            "DKF-003",
            "FROM a:1\nCOPY .env.Prod /app/\n",
            {u"2|COPY puts '.env.Prod' into the image, where anyone with the image can read it||"_s});
    seedRow("003 .env.example", "DKF-003", "FROM a:1\nCOPY .env.example /app/\n", {});
    seedRow("003 Credentials",
            "DKF-003",
            "FROM a:1\nCOPY Credentials /app/\n",
            {u"2|COPY puts 'Credentials' into the image, where anyone with the image can read it||"_s});
    seedRow("003 credentials.json",
            "DKF-003",
            "FROM a:1\nCOPY credentials.json /app/\n",
            {u"2|COPY puts 'credentials.json' into the image, where anyone with the image can read it||"_s});
    seedRow("003 secrets.YML",
            "DKF-003",
            "FROM a:1\nCOPY secrets.YML /app/\n",
            {u"2|COPY puts 'secrets.YML' into the image, where anyone with the image can read it||"_s});
    seedRow("003 terraform.tfstate",
            "DKF-003",
            "FROM a:1\nCOPY terraform.tfstate /app/\n",
            {u"2|COPY puts 'terraform.tfstate' into the image, where anyone with the image can read it||"_s});
    seedRow("003 .Git",
            "DKF-003",
            "FROM a:1\nCOPY .Git /app/\n",
            {u"2|COPY puts '.Git' into the image, where anyone with the image can read it||"_s});
    seedRow("003 m", "DKF-003", "FROM a:1\nCOPY m /app/\n", {});
    seedRow("003 y", "DKF-003", "FROM a:1\nCOPY y /app/\n", {});
    seedRow("003 2", "DKF-003", "FROM a:1\nCOPY 2 /app/\n", {});
    seedRow("003 x.kdbx",
            "DKF-003",
            "FROM a:1\nCOPY x.kdbx /app/\n",
            {u"2|COPY puts 'x.kdbx' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.keystore",
            "DKF-003",
            "FROM a:1\nCOPY x.keystore /app/\n",
            {u"2|COPY puts 'x.keystore' into the image, where anyone with the image can read it||"_s});
    seedRow("003 x.txt", "DKF-003", "FROM a:1\nCOPY x.txt /app/\n", {});
    seedRow("003 S", "DKF-003", "FROM a:1\nCOPY S /app/\n", {});
    seedRow("003 T", "DKF-003", "FROM a:1\nCOPY T /app/\n", {});
    seedRow("003 exec newline",
            "DKF-003",
            "FROM a:1\nCOPY [\"x.pem\\n\", \"y.txt\\n\", \"/app/\"]\n",
            {u"2|COPY puts 'x.pem\n' into the image, where anyone with the image can read it||"_s});
    seedRow("003 exec",
            "DKF-003",
            "FROM a:1\nCOPY [\"id_rsa\", \".\", \"/app/\"]\n",
            {u"2|COPY puts 'id_rsa' into the image, where anyone with the image can read it||"_s});
    seedRow("164 PASSWORD",
            "DKF-164",
            "FROM a:1\nENV PASSWORD=vvvvvvvvvvvvvvv\n",
            {u"2|ENV PASSWORD holds a secret in the image (value \u2026[15 chars])||ENV PASSWORD=\u2026[15 chars]"_s});
    seedRow("164 arg PASSWORD",
            "DKF-164",
            "FROM a:1\nARG PASSWORD\n",
            {u"2|ARG PASSWORD passes a secret as a build argument; it is kept in the image history||ARG PASSWORD="_s});
    seedRow("164 db_passw", "DKF-164", "FROM a:1\nENV db_passw=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg db_passw", "DKF-164", "FROM a:1\nARG db_passw\n", {});
    seedRow("164 xPWD",
            "DKF-164",
            "FROM a:1\nENV xPWD=vvvvvvvvvvvvvvv\n",
            {u"2|ENV xPWD holds a secret in the image (value \u2026[15 chars])||ENV xPWD=\u2026[15 chars]"_s});
    seedRow("164 arg xPWD",
            "DKF-164",
            "FROM a:1\nARG xPWD\n",
            {u"2|ARG xPWD passes a secret as a build argument; it is kept in the image history||ARG xPWD="_s});
    seedRow("164 PWDX", "DKF-164", "FROM a:1\nENV PWDX=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg PWDX", "DKF-164", "FROM a:1\nARG PWDX\n", {});
    seedRow("164 MY_DSN",
            "DKF-164",
            "FROM a:1\nENV MY_DSN=vvvvvvvvvvvvvvv\n",
            {u"2|ENV MY_DSN holds a secret in the image (value \u2026[15 chars])||ENV MY_DSN=\u2026[15 chars]"_s});
    seedRow("164 arg MY_DSN",
            "DKF-164",
            "FROM a:1\nARG MY_DSN\n",
            {u"2|ARG MY_DSN passes a secret as a build argument; it is kept in the image history||ARG MY_DSN="_s});
    seedRow(
        "164 DATABASE_URL",
        "DKF-164",
        "FROM a:1\nENV DATABASE_URL=vvvvvvvvvvvvvvv\n",
        {u"2|ENV DATABASE_URL holds a secret in the image (value \u2026[15 chars])||ENV DATABASE_URL=\u2026[15 chars]"_s});
    seedRow(
        "164 arg DATABASE_URL",
        "DKF-164",
        "FROM a:1\nARG DATABASE_URL\n",
        {u"2|ARG DATABASE_URL passes a secret as a build argument; it is kept in the image history||ARG DATABASE_URL="_s});
    seedRow("164 CONNSTR",
            "DKF-164",
            "FROM a:1\nENV CONNSTR=vvvvvvvvvvvvvvv\n",
            {u"2|ENV CONNSTR holds a secret in the image (value \u2026[15 chars])||ENV CONNSTR=\u2026[15 chars]"_s});
    seedRow("164 arg CONNSTR",
            "DKF-164",
            "FROM a:1\nARG CONNSTR\n",
            {u"2|ARG CONNSTR passes a secret as a build argument; it is kept in the image history||ARG CONNSTR="_s});
    seedRow("164 conn_str",
            "DKF-164",
            "FROM a:1\nENV conn_str=vvvvvvvvvvvvvvv\n",
            {u"2|ENV conn_str holds a secret in the image (value \u2026[15 chars])||ENV conn_str=\u2026[15 chars]"_s});
    seedRow("164 arg conn_str",
            "DKF-164",
            "FROM a:1\nARG conn_str\n",
            {u"2|ARG conn_str passes a secret as a build argument; it is kept in the image history||ARG conn_str="_s});
    seedRow("164 MAKEY", "DKF-164", "FROM a:1\nENV MAKEY=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg MAKEY", "DKF-164", "FROM a:1\nARG MAKEY\n", {});
    seedRow("164 TOKEN",
            "DKF-164",
            "FROM a:1\nENV TOKEN=vvvvvvvvvvvvvvv\n",
            {u"2|ENV TOKEN holds a secret in the image (value \u2026[15 chars])||ENV TOKEN=\u2026[15 chars]"_s});
    seedRow("164 arg TOKEN",
            "DKF-164",
            "FROM a:1\nARG TOKEN\n",
            {u"2|ARG TOKEN passes a secret as a build argument; it is kept in the image history||ARG TOKEN="_s});
    seedRow("164 xSECRET",
            "DKF-164",
            "FROM a:1\nENV xSECRET=vvvvvvvvvvvvvvv\n",
            {u"2|ENV xSECRET holds a secret in the image (value \u2026[15 chars])||ENV xSECRET=\u2026[15 chars]"_s});
    seedRow("164 arg xSECRET",
            "DKF-164",
            "FROM a:1\nARG xSECRET\n",
            {u"2|ARG xSECRET passes a secret as a build argument; it is kept in the image history||ARG xSECRET="_s});
    seedRow(
        "164 CREDENTIAL",
        "DKF-164",
        "FROM a:1\nENV CREDENTIAL=vvvvvvvvvvvvvvv\n",
        {u"2|ENV CREDENTIAL holds a secret in the image (value \u2026[15 chars])||ENV CREDENTIAL=\u2026[15 chars]"_s});
    seedRow(
        "164 arg CREDENTIAL",
        "DKF-164",
        "FROM a:1\nARG CREDENTIAL\n",
        {u"2|ARG CREDENTIAL passes a secret as a build argument; it is kept in the image history||ARG CREDENTIAL="_s});
    seedRow("164 PATH", "DKF-164", "FROM a:1\nENV PATH=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg PATH", "DKF-164", "FROM a:1\nARG PATH\n", {});
    seedRow("164 USE", "DKF-164", "FROM a:1\nENV USE=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg USE", "DKF-164", "FROM a:1\nARG USE\n", {});
    seedRow("164 PA", "DKF-164", "FROM a:1\nENV PA=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg PA", "DKF-164", "FROM a:1\nARG PA\n", {});
    seedRow("164 SE", "DKF-164", "FROM a:1\nENV SE=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg SE", "DKF-164", "FROM a:1\nARG SE\n", {});
    seedRow("164 DS", "DKF-164", "FROM a:1\nENV DS=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg DS", "DKF-164", "FROM a:1\nARG DS\n", {});
    seedRow("164 KE", "DKF-164", "FROM a:1\nENV KE=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg KE", "DKF-164", "FROM a:1\nARG KE\n", {});
    seedRow("164 TO", "DKF-164", "FROM a:1\nENV TO=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg TO", "DKF-164", "FROM a:1\nARG TO\n", {});
    seedRow("164 CO", "DKF-164", "FROM a:1\nENV CO=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg CO", "DKF-164", "FROM a:1\nARG CO\n", {});
    seedRow("164 CR", "DKF-164", "FROM a:1\nENV CR=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg CR", "DKF-164", "FROM a:1\nARG CR\n", {});
    seedRow("164 DA", "DKF-164", "FROM a:1\nENV DA=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg DA", "DKF-164", "FROM a:1\nARG DA\n", {});
    seedRow("164 PW", "DKF-164", "FROM a:1\nENV PW=vvvvvvvvvvvvvvv\n", {});
    seedRow("164 arg PW", "DKF-164", "FROM a:1\nARG PW\n", {});
    seedRow("164 \xef"
            "\xbc"
            "\xab"
            "EY",
            "DKF-164",
            "FROM a:1\nENV \xef"
            "\xbc"
            "\xab"
            "EY=vvvvvvvvvvvvvvv\n",
            {});
    seedRow("164 arg \xef"
            "\xbc"
            "\xab"
            "EY",
            "DKF-164",
            "FROM a:1\nARG \xef"
            "\xbc"
            "\xab"
            "EY\n",
            {});
    seedRow("164 \xe2"
            "\x84"
            "\xaa"
            "EY",
            "DKF-164",
            "FROM a:1\nENV \xe2"
            "\x84"
            "\xaa"
            "EY=vvvvvvvvvvvvvvv\n",
            {});
    seedRow("164 arg \xe2"
            "\x84"
            "\xaa"
            "EY",
            "DKF-164",
            "FROM a:1\nARG \xe2"
            "\x84"
            "\xaa"
            "EY\n",
            {});
    seedRow("164 p\xc3"
            "\xa1"
            "ssword",
            "DKF-164",
            "FROM a:1\nENV p\xc3"
            "\xa1"
            "ssword=vvvvvvvvvvvvvvv\n",
            {});
    seedRow("164 arg p\xc3"
            "\xa1"
            "ssword",
            "DKF-164",
            "FROM a:1\nARG p\xc3"
            "\xa1"
            "ssword\n",
            {});
    seedRow("164 length 0",
            "DKF-164",
            "FROM a:1\nENV API_TOKEN=\"\"\n",
            {u"2|ENV API_TOKEN puts a secret into every container's environment||ENV API_TOKEN=\u2026[0 chars]"_s});
    seedRow("164 length 1",
            "DKF-164",
            "FROM a:1\nENV API_TOKEN=A\n",
            {u"2|ENV API_TOKEN holds a secret in the image (value \u2026[1 chars])||ENV API_TOKEN=\u2026[1 chars]"_s});
    seedRow(
        "164 length 15",
        "DKF-164",
        "FROM a:1\nENV API_TOKEN=Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value \u2026[15 chars])||ENV API_TOKEN=\u2026[15 chars]"_s});
    seedRow(
        "164 length 16",
        "DKF-164",
        "FROM a:1\nENV API_TOKEN=Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "A\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab\u00e9A\u2026[16 chars])||ENV API_TOKEN=Ab\u00e9A\u2026[16 chars]"_s});
    seedRow(
        "164 length 17",
        "DKF-164",
        "FROM a:1\nENV API_TOKEN=Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab\u00e9A\u2026[17 chars])||ENV API_TOKEN=Ab\u00e9A\u2026[17 chars]"_s});
    seedRow(
        "164 length 19",
        "DKF-164",
        "FROM a:1\nENV API_TOKEN=Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "Ab\xc3"
        "\xa9"
        "A\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab\u00e9A\u2026[19 chars])||ENV API_TOKEN=Ab\u00e9A\u2026[19 chars]"_s});
    seedRow(
        "164 length 20",
        "DKF-164",
        "FROM a:1\nENV API_TOKEN=Ab9Ab9Ab9Ab9Ab9Ab9Ab\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab9A\u2026[20 chars])||ENV API_TOKEN=Ab9A\u2026[20 chars]"_s});
    seedRow(
        "164 length 99",
        "DKF-164",
        "FROM a:1\nENV "
        "API_TOKEN="
        "Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab9A\u2026[99 chars])||ENV API_TOKEN=Ab9A\u2026[99 chars]"_s});
    seedRow(
        "164 length 100",
        "DKF-164",
        "FROM a:1\nENV "
        "API_TOKEN="
        "Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9Ab9A\n",
        {u"2|ENV API_TOKEN holds a secret in the image (value Ab9A\u2026[100 chars])||ENV API_TOKEN=Ab9A\u2026[100 chars]"_s});
    seedRow(
        "002 token",
        "DKF-002",
        "FROM a:1\nENV GH=ghp_a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2\nLABEL x=AKIAABCDEFGHIJKLMNOP\nARG "
        "Y=Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9\n",
        {u"2|ENV GH holds a credential: GitHub personal access token (classic) (ghp_\u2026[40 chars])||ENV GH=ghp_\u2026[40 chars]"_s,
         u"3|LABEL x has a value that looks like a credential (AKIA\u2026[20 chars])||LABEL x=AKIA\u2026[20 chars]"_s});
    seedRow(
        "002 non-ascii",
        "DKF-002",
        "FROM a:1\nENV \xc3"
        "\xa9"
        "=ghp_a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2a1B2 K\xc3"
        "\xa9"
        "=Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "Ab9\xe2"
        "\x82"
        "\xac"
        "\n",
        {u"2|ENV \u00e9 holds a credential: GitHub personal access token (classic) (ghp_\u2026[40 chars])||ENV \u00e9=ghp_\u2026[40 chars]"_s});
    seedRow(
        "010 url 0",
        "DKF-010",
        "FROM a:1\nRUN echo  https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 0",
        "DKF-010",
        "FROM a:1\nRUN curl  -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 0",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo $API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 3",
        "DKF-010",
        "FROM a:1\nRUN echo xxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 3",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 3",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 6",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 6",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 6",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 9",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 9",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 9",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 12",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 12",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 12",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 15",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 15",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 15",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 18",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 18",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 18",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 21",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 21",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 21",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 24",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 24",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 24",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 27",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 27",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 27",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 30",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 30",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 30",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 33",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 33",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 33",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 36",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 36",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 36",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow(
        "010 url 39",
        "DKF-010",
        "FROM a:1\nRUN echo xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx https://u:pw@h\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 header 39",
        "DKF-010",
        "FROM a:1\nRUN curl \xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        "\xe4"
        "\xb8"
        "\xad"
        " -H \"Authorization: Bearer abcdefgh1234\"\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow(
        "010 ref 39",
        "DKF-010",
        "FROM a:1\nARG API_TOKEN\nRUN echo \xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "\xe8"
        "\x81"
        "\x80"
        "$API_TOKEN\n",
        {u"3|RUN reads API_TOKEN from a build argument or ENV; it ends up in the image history or layers|RUN --mount=type=secret,id=api_token API_TOKEN=$(cat /run/secrets/api_token) ...|"_s});
    seedRow("010 lookalikes",
            "DKF-010",
            "FROM a:1\nRUN echo https\xe8"
            "\x80"
            "\xba"
            "//u\xc4"
            "\xba"
            "p\xe8"
            "\x81"
            "\x80"
            "h\xc5"
            "\x80"
            "x https\xef"
            "\xbc"
            "\x9a"
            "//a:b\xef"
            "\xbc"
            "\xa0"
            "c\n",
            {});
    seedRow(
        "010 short",
        "DKF-010",
        "FROM a:1\nRUN x://a:b@c\n",
        {u"2|RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history||"_s});
    seedRow("001 parent", "DKF-001", "FROM a:1 AS base\nUSER app\nFROM base\nRUN x\n", {});
    seedRow("001 other stage",
            "DKF-001",
            "FROM a:1 AS base\nUSER app\nFROM b:1\nRUN x\n",
            {u"3|the final stage sets no USER, so containers run as root|USER 10001:10001|"_s});
    seedRow("001 grandparent", "DKF-001", "FROM a:1 AS one\nUSER app\nFROM one AS two\nFROM two\n", {});
    seedRow("001 onbuild",
            "DKF-001",
            "FROM a:1\nONBUILD USER app\n",
            {u"1|the final stage sets no USER, so containers run as root|USER 10001:10001|"_s});
    seedRow("004 apt-get -o Dpkg::Options::=x install -y gcc make",
            "DKF-004",
            "FROM a:1\nRUN apt-get -o Dpkg::Options::=x install -y gcc make\n",
            {u"2|build tools (gcc, make) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("004 apt-get install gcc && apt-get purge gcc",
            "DKF-004",
            "FROM a:1\nRUN apt-get install gcc && apt-get purge gcc\n",
            {});
    seedRow("004 apt-get -o x remove gcc && apt-get install gcc",
            "DKF-004",
            "FROM a:1\nRUN apt-get -o x remove gcc && apt-get install gcc\n",
            {u"2|build tools (gcc) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("004 apk add -t .bd gcc", "DKF-004", "FROM a:1\nRUN apk add -t .bd gcc\n", {});
    seedRow("004 apk add --virtual .bd gcc", "DKF-004", "FROM a:1\nRUN apk add --virtual .bd gcc\n", {});
    seedRow("004 apk add gcc musl-dev>=1 && apk del musl-dev",
            "DKF-004",
            "FROM a:1\nRUN apk add gcc musl-dev>=1 && apk del musl-dev\n",
            {u"2|build tools (gcc) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("004 yum -t x install gcc-c++",
            "DKF-004",
            "FROM a:1\nRUN yum -t x install gcc-c++\n",
            {u"2|build tools (gcc-c++) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("004 dnf update && dnf install golang go",
            "DKF-004",
            "FROM a:1\nRUN dnf update && dnf install golang go\n",
            {u"2|build tools (golang, go) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("004 apt-get install -y gcc && apt-get -y purge --auto-remove foo",
            "DKF-004",
            "FROM a:1\nRUN apt-get install -y gcc && apt-get -y purge --auto-remove foo\n",
            {u"2|build tools (gcc) are installed into the image that ships; build in a separate stage||"_s});
    seedRow("008 sh -c \"$(curl -fsSL x)\"",
            "DKF-008",
            "FROM a:1\nRUN sh -c \"$(curl -fsSL x)\"\n",
            {u"2|sh runs a script downloaded on the fly||"_s});
    seedRow("008 bash -c \"`wget -O- x`\"",
            "DKF-008",
            "FROM a:1\nRUN bash -c \"`wget -O- x`\"\n",
            {u"2|bash runs a script downloaded on the fly||"_s});
    seedRow("008 sh -c '$ (curl x)'", "DKF-008", "FROM a:1\nRUN sh -c '$ (curl x)'\n", {});
    seedRow("008 python3 -c \"$(curl x)\"",
            "DKF-008",
            "FROM a:1\nRUN python3 -c \"$(curl x)\"\n",
            {u"2|python3 runs a script downloaded on the fly||"_s});
    seedRow("008 python3.12 -c \"$(wget x)\"",
            "DKF-008",
            "FROM a:1\nRUN python3.12 -c \"$(wget x)\"\n",
            {u"2|python3.12 runs a script downloaded on the fly||"_s});
    seedRow("008 apt-get $(curl x)", "DKF-008", "FROM a:1\nRUN apt-get $(curl x)\n", {});
    seedRow("008 node -e \"$(curlx)\"",
            "DKF-008",
            "FROM a:1\nRUN node -e \"$(curlx)\"\n",
            {u"2|node runs a script downloaded on the fly||"_s});
    seedRow("008 sh -c $(", "DKF-008", "FROM a:1\nRUN sh -c $(\n", {});
    seedRow("008 sh -c `", "DKF-008", "FROM a:1\nRUN sh -c `\n", {});
    seedRow("008 sh -c \"$(cur\"", "DKF-008", "FROM a:1\nRUN sh -c \"$(cur\"\n", {});
    seedRow("008 curl x | sh",
            "DKF-008",
            "FROM a:1\nRUN curl x | sh\n",
            {u"2|curl output is piped into sh: whatever the server sends runs in the build||"_s});
    seedRow("008 curl x | python3",
            "DKF-008",
            "FROM a:1\nRUN curl x | python3\n",
            {u"2|curl output is piped into python3: whatever the server sends runs in the build||"_s});
    seedRow("008 wget x | sudo bash",
            "DKF-008",
            "FROM a:1\nRUN wget x | sudo bash\n",
            {u"2|wget output is piped into bash: whatever the server sends runs in the build||"_s});
}

void TstLint::seedRuleFastPaths()
{
    QFETCH(QString, rule);
    QFETCH(QByteArray, dockerfile);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const model::Finding& f : lintText(dockerfile)) {
        if (f.ruleId == rule && !f.suppressed) {
            got << QString::number(f.location.line) + u'|' + f.message + u'|' + f.suggestion + u'|' + f.evidence;
        }
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TstLint)
#include "tst_lint.moc"

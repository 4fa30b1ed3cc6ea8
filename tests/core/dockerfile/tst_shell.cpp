// SPDX-License-Identifier: GPL-3.0-or-later
// The shell splitter's program kinds (ShellCommand::kind, ShellScript::programs) and the corners of its fast paths:
// the terminator-sentinel word scan, text that is not terminated where it ends, NULs and digits beyond ASCII. The
// package rules rely on the kinds, so a few lint checks pin that they still see every spelling of a program.
#include "core/dockerfile/lint.h"
#include "core/dockerfile/parser.h"
#include "core/dockerfile/shell.h"

#include <QTest>

#include <utility>
#include <vector>

using namespace bulkhead::dockerfile;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(bulkhead::dockerfile::ShellProgram)

namespace {

QStringList strings(std::span<const QStringView> words)
{
    QStringList out;
    for (QStringView w : words) {
        out << w.toString();
    }
    return out;
}

bool fires(const QByteArray& dockerfile, const QString& id)
{
    for (const auto& f : lintDockerfile(parseDockerfile(dockerfile, u"Dockerfile"_s), {})) {
        if (f.ruleId == id && !f.suppressed) {
            return true;
        }
    }
    return false;
}

} // namespace

class TstShell : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPrograms_data();
    void classifiesPrograms();
    void scriptKnowsItsPrograms();
    void keywordsAndSkippedCommandsAddNoKind();
    void movingAScriptMovesItsPrograms();
    void unterminatedTextEndsWordsAtItsEnd();
    void nulInsideAWordIsText();
    void digitsBeyondAsciiAreFdNumbers();
    void wordsAfterContinuationsAndBlankRuns();
    void packageRulesSeeEverySpelling_data();
    void packageRulesSeeEverySpelling();
};

void TstShell::classifiesPrograms_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<ShellProgram>("kind");
    using P = ShellProgram;
    QTest::newRow("apt-get") << u"apt-get install -y curl"_s << P::AptGet;
    QTest::newRow("apt") << u"apt install curl"_s << P::Apt;
    QTest::newRow("apk") << u"apk add curl"_s << P::Apk;
    QTest::newRow("pip") << u"pip install x"_s << P::Pip;
    QTest::newRow("pip3") << u"pip3 install x"_s << P::Pip;
    QTest::newRow("pip3.12") << u"pip3.12 install x"_s << P::Pip;
    QTest::newRow("pip with an Arabic-Indic digit") << u"pip\u0663 install x"_s << P::Pip;
    QTest::newRow("pipx is not pip") << u"pipx install x"_s << P::Other;
    QTest::newRow("pip3x is not pip") << u"pip3x install x"_s << P::Other;
    QTest::newRow("python") << u"python -m pip install x"_s << P::Python;
    QTest::newRow("python3.12") << u"python3.12 -m pip install x"_s << P::Python;
    QTest::newRow("pythonw is not python") << u"pythonw x"_s << P::Other;
    QTest::newRow("npm") << u"npm install x"_s << P::Npm;
    QTest::newRow("yarn") << u"yarn add x"_s << P::Yarn;
    QTest::newRow("gem") << u"gem install x"_s << P::Gem;
    QTest::newRow("go") << u"go install x@v1"_s << P::Go;
    QTest::newRow("yum") << u"yum install -y x"_s << P::Yum;
    QTest::newRow("dnf") << u"dnf install -y x"_s << P::Dnf;
    QTest::newRow("microdnf") << u"microdnf install x"_s << P::Microdnf;
    QTest::newRow("zypper") << u"zypper -n in x"_s << P::Zypper;
    QTest::newRow("rm") << u"rm -rf /var/lib/apt/lists/*"_s << P::Rm;
    QTest::newRow("curl") << u"curl -fsSL https://x"_s << P::Curl;
    QTest::newRow("wget") << u"wget -q https://x"_s << P::Wget;
    QTest::newRow("by path") << u"/usr/bin/apt-get install x"_s << P::AptGet;
    QTest::newRow("after wrappers") << u"sudo -u root -E DEBIAN_FRONTEND=noninteractive apt-get install x"_s
                                    << P::AptGet;
    QTest::newRow("after env by path") << u"/usr/bin/env PIP_NO_CACHE_DIR=1 pip3 install x"_s << P::Pip;
    QTest::newRow("after an assignment") << u"X=1 yum install x"_s << P::Yum;
    QTest::newRow("quoted") << u"'apt-get' install x"_s << P::AptGet;
    QTest::newRow("pieced together") << u"ap\"t-g\"et install x"_s << P::AptGet;
    QTest::newRow("case matters") << u"APT-GET install x"_s << P::Other;
    QTest::newRow("longer name") << u"apt-get2 install x"_s << P::Other;
    QTest::newRow("shorter name") << u"ap install x"_s << P::Other;
    QTest::newRow("other") << u"echo apt-get"_s << P::Other;
    QTest::newRow("a wrapper alone") << u"sudo"_s << P::Other;
}

void TstShell::classifiesPrograms()
{
    QFETCH(QString, script);
    QFETCH(ShellProgram, kind);
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(s.commands[0].kind, kind);
    QVERIFY(s.commands[0].is(kind));
    QCOMPARE(s.programs, shellProgramBit(kind));
    QVERIFY(s.uses(kind));
}

void TstShell::scriptKnowsItsPrograms()
{
    using P = ShellProgram;
    const ShellScript s = splitShell(u"apt-get update && pip install x | grep y; rm -rf /tmp/*"_s);
    QCOMPARE(s.commands.size(), size_t(4));
    QCOMPARE(s.commands[0].kind, P::AptGet);
    QCOMPARE(s.commands[1].kind, P::Pip);
    QCOMPARE(s.commands[2].kind, P::Other);
    QCOMPARE(s.commands[3].kind, P::Rm);
    QCOMPARE(s.programs,
             shellProgramBit(P::AptGet) | shellProgramBit(P::Pip) | shellProgramBit(P::Other) | shellProgramBit(P::Rm));
    QVERIFY(s.uses(P::Pip));
    QVERIFY(!s.uses(P::Npm));
    QVERIFY(s.usesAny(shellProgramBit(P::Npm) | shellProgramBit(P::Rm)));
    QVERIFY(!s.usesAny(shellProgramBit(P::Npm) | shellProgramBit(P::Yarn)));
    // The names still answer as they did.
    QVERIFY(s.uses(u"grep"));
    QCOMPARE(s.commands[1].name(), u"pip"_s);

    const ShellScript empty = splitShell(u"  # only a comment"_s);
    QVERIFY(empty.commands.empty());
    QCOMPARE(empty.programs, 0u);
}

void TstShell::keywordsAndSkippedCommandsAddNoKind()
{
    using P = ShellProgram;
    // Keywords are stripped, for/case loops skipped whole, bare assignments make no command: none adds a kind.
    const ShellScript s = splitShell(u"if apt-get update; then yum install -y x; fi; for p in a b; do npm i $p; done; "
                                     u"X=1; case $x in a) gem install y;; esac"_s);
    std::vector<ShellProgram> kinds;
    for (const ShellCommand& c : s.commands) {
        kinds.push_back(c.kind);
    }
    QCOMPARE(kinds, (std::vector<ShellProgram>{P::AptGet, P::Yum, P::Npm, P::Gem}));
    QCOMPARE(s.programs,
             shellProgramBit(P::AptGet) | shellProgramBit(P::Yum) | shellProgramBit(P::Npm) | shellProgramBit(P::Gem));
}

void TstShell::movingAScriptMovesItsPrograms()
{
    ShellScript a = splitShell(u"apk add x"_s);
    QVERIFY(a.uses(ShellProgram::Apk));
    ShellScript b = std::move(a);
    QVERIFY(b.uses(ShellProgram::Apk));
    QCOMPARE(a.programs, 0u); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    ShellScript c = splitShell(u"npm i x"_s);
    c = std::move(b);
    QVERIFY(c.uses(ShellProgram::Apk));
    QVERIFY(!c.uses(ShellProgram::Npm));
    QCOMPARE(b.programs, 0u); // NOLINT(bugprone-use-after-move)
}

void TstShell::unterminatedTextEndsWordsAtItsEnd()
{
    // fromRawData text that goes on past its end: the word scan must stop at the size, not at a terminator.
    static const char16_t raw[] = u"apt-get install curlXXXX more words";
    const QString text = QString::fromRawData(reinterpret_cast<const QChar*>(raw), 23); // "apt-get install curlXXX"
    const ShellScript s = splitShell(text);
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(strings(s.commands[0].words), (QStringList{u"apt-get"_s, u"install"_s, u"curlXXX"_s}));
    // The same from a view: copied, then split.
    const ShellScript v = splitShell(QStringView(raw).first(20));
    QCOMPARE(strings(v.commands[0].words), (QStringList{u"apt-get"_s, u"install"_s, u"curl"_s}));
}

void TstShell::nulInsideAWordIsText()
{
    QString script = u"echo aXb c"_s;
    script[6] = QChar(u'\0');
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(s.commands[0].words.size(), size_t(3));
    QCOMPARE(s.commands[0].words[1].size(), 3);
    QCOMPARE(s.commands[0].words[1][1], QChar(u'\0'));
    QCOMPARE(s.commands[0].words[2], u"c"_s);
    QCOMPARE(s.commands[0].offsets[2], 9);
    // A NUL as the whole script, and as a word of its own.
    QCOMPARE(splitShell(QString(1, QChar(u'\0'))).commands.size(), size_t(1));
    QString lone = u"rm X"_s;
    lone[3] = QChar(u'\0');
    const ShellScript t = splitShell(lone);
    QCOMPARE(t.commands[0].kind, ShellProgram::Rm);
    QCOMPARE(t.commands[0].words.size(), size_t(2));
}

void TstShell::digitsBeyondAsciiAreFdNumbers()
{
    // QChar's digits (here ARABIC-INDIC DIGIT THREE) make fd numbers as ASCII ones do, mid-command and at its start.
    const ShellScript s = splitShell(u"echo x \u0663>log; \u0663>log echo y; echo \u0663"_s);
    QCOMPARE(s.commands.size(), size_t(3));
    QCOMPARE(strings(s.commands[0].words), (QStringList{u"echo"_s, u"x"_s}));
    QCOMPARE(strings(s.commands[1].words), (QStringList{u"echo"_s, u"y"_s}));
    QCOMPARE(strings(s.commands[2].words), (QStringList{u"echo"_s, u"\u0663"_s}));
}

void TstShell::wordsAfterContinuationsAndBlankRuns()
{
    const QString script = u"apt-get install -y \\\n      curl \t \\\n\tgit&&  rm -rf x"_s;
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), size_t(2));
    QCOMPARE(strings(s.commands[0].words), (QStringList{u"apt-get"_s, u"install"_s, u"-y"_s, u"curl"_s, u"git"_s}));
    QCOMPARE(s.commands[0].offsets[3], script.indexOf(u"curl"));
    QCOMPARE(s.commands[0].offsets[4], script.indexOf(u"git"));
    QCOMPARE(s.commands[1].separatorBefore, u"&&"_s);
    QCOMPARE(strings(s.commands[1].words), (QStringList{u"rm"_s, u"-rf"_s, u"x"_s}));
    QCOMPARE(s.commands[1].offsets[0], script.indexOf(u"rm"));
}

void TstShell::packageRulesSeeEverySpelling_data()
{
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::newRow("apt-get by path") << QByteArray("FROM debian:12\nRUN /usr/bin/apt-get install -y curl\n")
                                     << u"DKF-108"_s << true;
    QTest::newRow("apt-get behind sudo") << QByteArray("FROM debian:12\nRUN sudo apt-get install curl=1\n")
                                         << u"DKF-114"_s << true;
    QTest::newRow("apt-get2 is another program")
        << QByteArray("FROM debian:12\nRUN apt-get2 install -y curl\n") << u"DKF-108"_s << false;
    QTest::newRow("python3.12 -m pip") << QByteArray("FROM python:3.12\nRUN python3.12 -m pip install flask\n")
                                       << u"DKF-113"_s << true;
    QTest::newRow("pip3.11 cache") << QByteArray("FROM python:3.12\nRUN pip3.11 install flask==3.0.0\n") << u"DKF-142"_s
                                   << true;
    QTest::newRow("pipx is not pip") << QByteArray("FROM python:3.12\nRUN pipx install flask\n") << u"DKF-113"_s
                                     << false;
    QTest::newRow("microdnf without clean")
        << QByteArray("FROM fedora:40\nRUN microdnf install -y httpd-2.4.57\n") << u"DKF-140"_s << true;
    QTest::newRow("microdnf cleaned") << QByteArray("FROM fedora:40\nRUN microdnf install -y httpd-2.4.57 && "
                                                    "microdnf clean all\n")
                                      << u"DKF-140"_s << false;
    QTest::newRow("yum cache removed by rm")
        << QByteArray("FROM centos:7\nRUN yum install -y httpd-2.4 && rm -rf /var/cache/yum\n") << u"DKF-132"_s
        << false;
    QTest::newRow("zypper in a later command")
        << QByteArray("FROM opensuse/leap\nRUN true && zypper install x\n") << u"DKF-134"_s << true;
    QTest::newRow("yarn cache cleaned") << QByteArray("FROM node:20\nRUN yarn install && yarn cache clean\n")
                                        << u"DKF-160"_s << false;
    QTest::newRow("yarn cache kept") << QByteArray("FROM node:20\nRUN yarn add x\n") << u"DKF-160"_s << true;
    QTest::newRow("apk without rm") << QByteArray("FROM alpine:3.19\nRUN apk add curl=8.5.0-r0\n") << u"DKF-119"_s
                                    << true;
    QTest::newRow("apk cache removed")
        << QByteArray("FROM alpine:3.19\nRUN apk add curl=8.5.0-r0 && rm -rf /var/cache/apk/*\n") << u"DKF-119"_s
        << false;
}

void TstShell::packageRulesSeeEverySpelling()
{
    QFETCH(QByteArray, dockerfile);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QCOMPARE(::fires(dockerfile, rule), fires);
}

QTEST_GUILESS_MAIN(TstShell)
#include "tst_shell.moc"

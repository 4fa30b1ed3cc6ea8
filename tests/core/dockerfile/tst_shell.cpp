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

// shell3: a script's commands in one line, to compare whole splits: per command {separator}words·joined·so, then
// wrappers (w=), assignments (a=), program (p=) and kind number (k=), and pipes (<| from, |> into).
QString shape(const ShellScript& s)
{
    QString out;
    for (const ShellCommand& c : s.commands) {
        out += u'{' + c.separatorBefore.toString().replace(u'\n', u"\\n"_s) + u'}' + joinWords(c.words, u"\u00b7");
        if (!c.wrappers.empty()) {
            out += u" w="_s + joinWords(c.wrappers, u",");
        }
        if (!c.assignments.empty()) {
            out += u" a="_s + joinWords(c.assignments, u",");
        }
        out += u" p="_s + c.program.toString() + u" k="_s + QString::number(int(c.kind));
        if (c.pipedFrom) {
            out += u" <|"_s;
        }
        if (c.pipedTo) {
            out += u" |>"_s;
        }
        out += u"; "_s;
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

    // shell3: the word scan's stops, the one look-up of a command's first word, program names behind long paths, the
    // inline option and substring tests, and the package rules' walk over their packages.
    void wordsEndAtEveryStop_data();
    void wordsEndAtEveryStop();
    void nulAtEitherHalfOfAScanStep();
    void firstWordsAndPaths_data();
    void firstWordsAndPaths();
    void optionAndTextTests();
    void packageRulesWalkTheirPackages_data();
    void packageRulesWalkTheirPackages();

    // shell4: the marks (16 units per step, 64 per word, the last step ending at the terminator or copied), the
    // block sized from them, the known-word hash, and the second block for wrappers and unquoted words.
    void stopsAtEveryPositionOfTheMarks();
    void operatorsQuotesAndNulsAcrossSteps();
    void unitsBeyondU7fffAreTextAndAssignments();
    void blankRunsOfEveryLength();
    void knownWordsAndNearMisses_data();
    void knownWordsAndNearMisses();
    void scriptsWithTheMostWordsAndCommands();
    void wrappersAndUnquotedWordsMoveWithTheScript();
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

// ------------------------------------------------------------------------------------------------ shell3
void TstShell::wordsEndAtEveryStop_data()
{
    // A plain word of two and of three units before each kind of stop: the scan takes two units per step, so the
    // stop falls in either half of one.
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("; even") << u"ab;c"_s << u"{}ab p=ab k=0; {;}c p=c k=0; "_s;
    QTest::newRow("; odd") << u"abc;d"_s << u"{}abc p=abc k=0; {;}d p=d k=0; "_s;
    QTest::newRow("tab even") << u"ab\tc"_s << u"{}ab\u00b7c p=ab k=0; "_s;
    QTest::newRow("tab odd") << u"abc\td"_s << u"{}abc\u00b7d p=abc k=0; "_s;
    QTest::newRow("single quotes") << u"ab'x y'z"_s << u"{}abx yz p=abx yz k=0; "_s;
    QTest::newRow("double quotes") << u"abc\"y z\"w"_s << u"{}abcy zw p=abcy zw k=0; "_s;
    QTest::newRow("dollar") << u"ab$x c"_s << u"{}ab$x\u00b7c p=ab$x k=0; "_s;
    QTest::newRow("backticks") << u"abc`y z` w"_s << u"{}abc`y z`\u00b7w p=abc`y z` k=0; "_s;
    QTest::newRow("escaped blank") << u"ab\\ c d"_s << u"{}ab c\u00b7d p=ab c k=0; "_s;
    QTest::newRow("pipe") << u"ab|c"_s << u"{}ab p=ab k=0 |>; {|}c p=c k=0 <|; "_s;
    QTest::newRow("and") << u"abc&&d"_s << u"{}abc p=abc k=0; {&&}d p=d k=0; "_s;
    QTest::newRow("redirect out") << u"ab>f c"_s << u"{}ab\u00b7c p=ab k=0; "_s;
    QTest::newRow("redirect in") << u"abc<f d"_s << u"{}abc\u00b7d p=abc k=0; "_s;
    QTest::newRow("digit before redirect") << u"abcd2>f e"_s << u"{}abcd2\u00b7e p=abcd2 k=0; "_s;
    QTest::newRow("subshell") << u"ab(c)"_s << u"{}ab p=ab k=0; {(}c p=c k=0; "_s;
    QTest::newRow("newline") << u"ab\ncd"_s << u"{}ab p=ab k=0; {\\n}cd p=cd k=0; "_s;
    QTest::newRow("at the end, even") << u"x ab"_s << u"{}x\u00b7ab p=x k=0; "_s;
    QTest::newRow("at the end, odd") << u"x abc"_s << u"{}x\u00b7abc p=x k=0; "_s;
    QTest::newRow("two blanks") << u"ab  cd"_s << u"{}ab\u00b7cd p=ab k=0; "_s;
}

void TstShell::wordsEndAtEveryStop()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QCOMPARE(shape(splitShell(script)), expected);
    // Not terminated where it ends: the same split.
    const QString raw = QString::fromRawData(script.constData(), script.size());
    QCOMPARE(shape(splitShell(raw)), expected);
}

void TstShell::nulAtEitherHalfOfAScanStep()
{
    // A NUL inside a word is text wherever it falls in a two-unit step, and the terminator still ends the last word.
    for (qsizetype at = 1; at <= 4; ++at) {
        QString word(5, u'a');
        word[at] = QChar(u'\0');
        const QString script = u"x "_s + word + u" y"_s;
        const ShellScript s = splitShell(script);
        QCOMPARE(s.commands.size(), size_t(1));
        QCOMPARE(s.commands[0].words.size(), size_t(3));
        QCOMPARE(s.commands[0].words[1], QStringView(word));
        QCOMPARE(s.commands[0].offsets[2], 8);
        const ShellScript last = splitShell(u"x "_s + word);
        QCOMPARE(last.commands[0].words.size(), size_t(2));
        QCOMPARE(last.commands[0].words[1], QStringView(word));
    }
}

void TstShell::firstWordsAndPaths_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::newRow("by path") << u"/usr/bin/apt-get install x"_s
                             << u"{}/usr/bin/apt-get\u00b7install\u00b7x p=apt-get k=1; "_s;
    QTest::newRow("many slashes") << u"a/b/c/d/e/f/g/apt-get install x"_s
                                  << u"{}a/b/c/d/e/f/g/apt-get\u00b7install\u00b7x p=apt-get k=1; "_s;
    QTest::newRow("slash after eight units")
        << u"abcdefgh/apt-get install x"_s << u"{}abcdefgh/apt-get\u00b7install\u00b7x p=apt-get k=1; "_s;
    QTest::newRow("trailing slash") << u"./x/ y"_s << u"{}./x/\u00b7y p= k=0; "_s;
    QTest::newRow("command wrapper") << u"command apt-get install x"_s
                                     << u"{}apt-get\u00b7install\u00b7x w=command p=apt-get k=1; "_s;
    QTest::newRow("xargs wrapper") << u"xargs -n1 rm -f"_s << u"{}rm\u00b7-f w=xargs p=rm k=14; "_s;
    QTest::newRow("time wrapper") << u"time curl -k x"_s << u"{}curl\u00b7-k\u00b7x w=time p=curl k=15; "_s;
    QTest::newRow("nohup wrapper") << u"nohup wget x"_s << u"{}wget\u00b7x w=nohup p=wget k=16; "_s;
    QTest::newRow("exec wrapper") << u"exec zypper in x"_s << u"{}zypper\u00b7in\u00b7x w=exec p=zypper k=13; "_s;
    QTest::newRow("select skipped") << u"select x in a; do echo; done"_s << u"{;}echo p=echo k=0; "_s;
    QTest::newRow("function skipped") << u"function f { echo; }"_s << QString();
    QTest::newRow("while keyword") << u"while true; do microdnf install x; done"_s
                                   << u"{}true p=true k=0; {;}microdnf\u00b7install\u00b7x p=microdnf k=12; "_s;
    QTest::newRow("near miss") << u"until false; do apt-gex install; done"_s
                               << u"{}false p=false k=0; {;}apt-gex\u00b7install p=apt-gex k=0; "_s;
    QTest::newRow("bang") << u"! yarn add x"_s << u"{}yarn\u00b7add\u00b7x p=yarn k=7; "_s;
    QTest::newRow("brace group") << u"{ gem install x; }"_s << u"{}gem\u00b7install\u00b7x p=gem k=8; "_s;
    QTest::newRow("env with assignments") << u"env -i A=1 B=2 npm i x"_s << u"{}npm\u00b7i\u00b7x w=env p=npm k=6; "_s;
    QTest::newRow("sudo -u -g") << u"sudo -u root -g grp dnf install x"_s
                                << u"{}dnf\u00b7install\u00b7x w=sudo p=dnf k=11; "_s;
    QTest::newRow("assignments alone") << u"A=1 B=2"_s << QString();
    QTest::newRow("assignment and wrapper") << u"A=1 sudo"_s << u"{} w=sudo a=A=1 p= k=0; "_s;
    QTest::newRow("assignment beyond ASCII")
        << u"\u00e9t\u00e9=1 go build"_s << u"{}go\u00b7build a=\u00e9t\u00e9=1 p=go k=9; "_s;
}

void TstShell::firstWordsAndPaths()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QCOMPARE(shape(splitShell(script)), expected);
}

void TstShell::optionAndTextTests()
{
    const ShellScript s = splitShell(u"tool -abc -o=yz --long=v --x Install-Recommends=false -- -y --later"_s);
    const ShellCommand& c = s.commands[0];
    QVERIFY(c.hasOption(u"b", {}));
    QVERIFY(c.hasOption(u"o", {}));
    QVERIFY(!c.hasOption(u"y", {})); // -o=yz: the letters stop at '='; -y comes after "--"
    QVERIFY(!c.hasOption(u"z", {}));
    QVERIFY(c.hasOption({}, {u"--long"}));
    QVERIFY(c.hasOption({}, {u"--nope", u"--x"}));
    QVERIFY(!c.hasOption({}, {u"--lon"}));
    QVERIFY(!c.hasOption({}, {u"--later"})); // after "--"
    QVERIFY(c.hasWord(u"--later"));
    QVERIFY(c.hasWord(u"tool"));
    QVERIFY(!c.hasWord(u"--lat"));
    QVERIFY(c.joinedContains(u"Recommends=false"));
    QVERIFY(c.joinedContains(u"Install-Recommends=false"));
    QVERIFY(!c.joinedContains(u"Install-Recommends=0"));
    QVERIFY(c.joinedContains(u"-- -y")); // across the joining blank
    QVERIFY(c.joinedContains(u"install-recommends=FALSE", Qt::CaseInsensitive));
    QVERIFY(!c.joinedContains(u"install-recommends=FALSE"));
    QVERIFY(c.joinedContains(u""));
    QVERIFY(c.joinedContains(u"l"));
    const QString longNeedle(80, u'x');
    const ShellScript x = splitShell(u"a "_s + QString(100, u'x'));
    QVERIFY(x.commands[0].joinedContains(longNeedle));
    QVERIFY(!x.commands[0].joinedContains(longNeedle + u'y'));
    QCOMPARE(c.subcommand({u"-o=yz"}), u"Install-Recommends=false"_s);
    QVERIFY(c.operands(1, {u"--x"}).isEmpty()); // "--x" takes the value; "--" is a dash word like the others
    QCOMPARE(strings(std::span<const QStringView>(c.operands(1))), (QStringList{u"Install-Recommends=false"_s}));
}

void TstShell::packageRulesWalkTheirPackages_data()
{
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::newRow("apt value option before install")
        << QByteArray("FROM debian:12\nRUN apt-get -o Dpkg::Use-Pty=0 install -y curl=7\n") << u"DKF-108"_s << false;
    QTest::newRow("apt value option eats a package name")
        << QByteArray("FROM debian:12\nRUN apt-get install -y -t curl git=2\n") << u"DKF-108"_s << false;
    QTest::newRow("apt unpinned after a pinned one")
        << QByteArray("FROM debian:12\nRUN apt-get install -y curl=7 git\n") << u"DKF-108"_s << true;
    QTest::newRow("apt .deb") << QByteArray("FROM debian:12\nRUN apt-get install -y ./x.deb\n") << u"DKF-108"_s
                              << false;
    QTest::newRow("apt recommends off by -o")
        << QByteArray("FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=0 curl=7\n") << u"DKF-115"_s
        << false;
    QTest::newRow("apt recommends option after --")
        << QByteArray("FROM debian:12\nRUN apt-get install -y -- curl=7 --no-install-recommends\n") << u"DKF-115"_s
        << true;
    QTest::newRow("apt recommends setting after --")
        << QByteArray("FROM debian:12\nRUN apt-get install -y -- curl=7 x::Install-Recommends=false\n") << u"DKF-115"_s
        << false;
    QTest::newRow("apt recommends option with a value")
        << QByteArray("FROM debian:12\nRUN apt-get install -y --no-install-recommends=1 curl=7\n") << u"DKF-115"_s
        << false;
    QTest::newRow("apt recommends option misspelt")
        << QByteArray("FROM debian:12\nRUN apt-get install -y --no-install-recommend curl=7\n") << u"DKF-115"_s << true;
    QTest::newRow("apt -qq counts as yes")
        << QByteArray("FROM debian:12\nRUN apt-get install -qq curl=7\n") << u"DKF-114"_s << false;
    QTest::newRow("pip -r file") << QByteArray("FROM python:3.12\nRUN pip install -r req.txt\n") << u"DKF-113"_s
                                 << false;
    QTest::newRow("pip url") << QByteArray("FROM python:3.12\nRUN pip install https://x/y.whl\n") << u"DKF-113"_s
                             << false;
    QTest::newRow("python -m venv is no pip")
        << QByteArray("FROM python:3.12\nRUN python3 -m venv /v pip\n") << u"DKF-142"_s << false;
    QTest::newRow("python -m pip first -m only")
        << QByteArray("FROM python:3.12\nRUN python3 -m venv -m pip install x\n") << u"DKF-113"_s << false;
    QTest::newRow("npm scoped unpinned") << QByteArray("FROM node:20\nRUN npm i @scope/x\n") << u"DKF-116"_s << true;
    QTest::newRow("npm scoped pinned") << QByteArray("FROM node:20\nRUN npm i @scope/x@1\n") << u"DKF-116"_s << false;
    QTest::newRow("npm git") << QByteArray("FROM node:20\nRUN npm install github:u/r git+https://x\n") << u"DKF-116"_s
                             << false;
    QTest::newRow("gem name:version") << QByteArray("FROM ruby:3\nRUN gem install rails:7.1\n") << u"DKF-128"_s
                                      << false;
    QTest::newRow("go @latest") << QByteArray("FROM golang:1.22\nRUN go install x.org/y@latest\n") << u"DKF-162"_s
                                << true;
    QTest::newRow("dnf --setopt value") << QByteArray("FROM fedora:40\nRUN dnf install -y --setopt x httpd-2.4\n")
                                        << u"DKF-141"_s << false;
    QTest::newRow("zypper -r value") << QByteArray("FROM opensuse/leap\nRUN zypper -n in -r repo x=1\n") << u"DKF-137"_s
                                     << false;
    QTest::newRow("apk --virtual value") << QByteArray("FROM alpine:3.19\nRUN apk add --virtual .deps x=1\n")
                                         << u"DKF-118"_s << false;
}

void TstShell::packageRulesWalkTheirPackages()
{
    QFETCH(QByteArray, dockerfile);
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QCOMPARE(::fires(dockerfile, rule), fires);
}

// ------------------------------------------------------------------------------------------------ shell4
namespace {

// The split of `words` joined by `sep`, one command: {}w1·w2·... p=w1 k=0.
QString oneCommand(const QStringList& words)
{
    return u"{}"_s + words.join(u'\u00b7') + u" p="_s + words.first() + u" k=0; "_s;
}

} // namespace

void TstShell::stopsAtEveryPositionOfTheMarks()
{
    // A word of every length from 1 to 140 before each kind of stop, so that the stop falls on every position of a
    // 16-unit step and of a 64-unit word of marks, and the script ends in the copied short step, in a last step that
    // overlaps the one before, or right at a step's end.
    for (qsizetype len = 1; len <= 140; ++len) {
        const QString w(len, u'w');
        QCOMPARE(shape(splitShell(w)), oneCommand({w}));
        QCOMPARE(shape(splitShell(w + u" x"_s)), oneCommand({w, u"x"_s}));
        QCOMPARE(shape(splitShell(u"x "_s + w)), oneCommand({u"x"_s, w}));
        QCOMPARE(shape(splitShell(w + u";y"_s)), u"{}"_s + w + u" p="_s + w + u" k=0; {;}y p=y k=0; "_s);
        QCOMPARE(shape(splitShell(w + u"\ty z"_s)), oneCommand({w, u"y"_s, u"z"_s}));
        QCOMPARE(shape(splitShell(w + u">f y"_s)), oneCommand({w, u"y"_s}));
        QCOMPARE(shape(splitShell(w + u"=v y"_s)), u"{}y a="_s + w + u"=v p=y k=0; "_s);
        QCOMPARE(shape(splitShell(u"-"_s + w + u"=v y"_s)), oneCommand({u"-"_s + w + u"=v"_s, u"y"_s}));
        QCOMPARE(shape(splitShell(w + u"!#%x y"_s)), oneCommand({w + u"!#%x"_s, u"y"_s}));
        const ShellScript s = splitShell(u"a "_s + w + u" b"_s);
        QCOMPARE(s.commands[0].offsets[2], len + 3);
        // Fd numbers of every length, right at the stop.
        QCOMPARE(shape(splitShell(u"x "_s + QString(len, u'7') + u">f y"_s)), oneCommand({u"x"_s, u"y"_s}));
    }
}

void TstShell::operatorsQuotesAndNulsAcrossSteps()
{
    for (qsizetype at = 10; at <= 70; ++at) {
        const QString a(at, u'a');
        // A two-unit operator whose halves fall in two steps (or two words of marks).
        QCOMPARE(shape(splitShell(a + u"&&b"_s)), u"{}"_s + a + u" p="_s + a + u" k=0; {&&}b p=b k=0; "_s);
        QCOMPARE(shape(splitShell(a + u"||b"_s)), u"{}"_s + a + u" p="_s + a + u" k=0; {||}b p=b k=0; "_s);
        QCOMPARE(shape(splitShell(a + u"|b"_s)), u"{}"_s + a + u" p="_s + a + u" k=0 |>; {|}b p=b k=0 <|; "_s);
        // Quotes and escapes that start or end at a step's edge.
        QCOMPARE(shape(splitShell(a + u"'q r's t"_s)), oneCommand({a + u"q rs"_s, u"t"_s}));
        QCOMPARE(shape(splitShell(a + u"\\ b c"_s)), oneCommand({a + u" b"_s, u"c"_s}));
        QCOMPARE(shape(splitShell(u"x \""_s + a + u"\" y"_s)), oneCommand({u"x"_s, a, u"y"_s}));
        // A NUL inside a word at every position near the edges is text; the terminator still ends the last word.
        QString nul = a + u"bc"_s;
        nul[at] = QChar(u'\0');
        const ShellScript s = splitShell(u"x "_s + nul + u" y"_s);
        QCOMPARE(s.commands.size(), size_t(1));
        QCOMPARE(s.commands[0].words.size(), size_t(3));
        QCOMPARE(s.commands[0].words[1], QStringView(nul));
        const ShellScript last = splitShell(u"x "_s + nul);
        QCOMPARE(last.commands[0].words[1], QStringView(nul));
        // A comment and a continuation at the edge.
        QCOMPARE(shape(splitShell(a + u" #c d\ne"_s)), u"{}"_s + a + u" p="_s + a + u" k=0; {\\n}e p=e k=0; "_s);
        QCOMPARE(shape(splitShell(a + u" \\\nb"_s)), oneCommand({a, u"b"_s}));
    }
}

void TstShell::unitsBeyondU7fffAreTextAndAssignments()
{
    // The SSE2 step marks units beyond U+7FFF too (they pack to 0x80): the scan looks them up and goes on, and a first
    // word with one goes the general way, as one with '=' does.
    for (char16_t c : {u'\u8000', u'\uffff', u'\u4e2d', u'\u00e9', u'\u7fff'}) {
        for (qsizetype at = 0; at <= 20; ++at) {
            QString w(20, u'w');
            w[at < 20 ? at : 19] = QChar(c);
            QCOMPARE(shape(splitShell(w + u" x"_s)), oneCommand({w, u"x"_s}));
            QCOMPARE(shape(splitShell(u"x "_s + w + u" y"_s)), oneCommand({u"x"_s, w, u"y"_s}));
        }
    }
    // Letters beyond ASCII make assignments, U+FFFF (no letter) does not.
    QCOMPARE(shape(splitShell(u"\u8000=1 apk add x"_s)), u"{}apk\u00b7add\u00b7x a=\u8000=1 p=apk k=3; "_s);
    QCOMPARE(shape(splitShell(u"\uffff=1 apk"_s)), u"{}\uffff=1\u00b7apk p=\uffff=1 k=0; "_s);
    QCOMPARE(shape(splitShell(u"A=1 B=2 rm x"_s)), u"{}rm\u00b7x a=A=1,B=2 p=rm k=14; "_s);
    QCOMPARE(shape(splitShell(u"a=b=c"_s)), QString());
    QCOMPARE(shape(splitShell(u"1=2 rm"_s)), u"{}1=2\u00b7rm p=1=2 k=0; "_s);
}

void TstShell::blankRunsOfEveryLength()
{
    // Runs are skipped four blanks per load while four remain: every length, after a word and after an operator,
    // ending at a word, an operator or the end.
    for (qsizetype len = 1; len <= 11; ++len) {
        const QString b(len, u' ');
        QCOMPARE(shape(splitShell(u"a"_s + b + u"c"_s)), oneCommand({u"a"_s, u"c"_s}));
        QCOMPARE(shape(splitShell(u"a&&"_s + b + u"c"_s)), u"{}a p=a k=0; {&&}c p=c k=0; "_s);
        QCOMPARE(shape(splitShell(u"a"_s + b + u";"_s + b + u"c"_s + b)), u"{}a p=a k=0; {;}c p=c k=0; "_s);
        QCOMPARE(shape(splitShell(b + u"a"_s + b)), oneCommand({u"a"_s}));
        QCOMPARE(shape(splitShell(u"a"_s + b + u"\t \t"_s + b + u"c"_s)), oneCommand({u"a"_s, u"c"_s}));
        const QString script = u"a"_s + b + u"c"_s;
        QCOMPARE(splitShell(script).commands[0].offsets[1], len + 1);
    }
}

void TstShell::knownWordsAndNearMisses_data()
{
    // Every word the hash table holds, and words that fall into a slot of the table without being its word (same
    // size, first two and last units, or one unit off).
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    for (const char16_t* w : {u"if", u"fi", u"do", u"then", u"else", u"elif", u"done", u"esac", u"while", u"until"}) {
        const QString k = QString::fromUtf16(w);
        QTest::newRow(qPrintable(u"keyword "_s + k)) << k + u" x y"_s << u"{}x\u00b7y p=x k=0; "_s;
        QTest::newRow(qPrintable(u"near "_s + k)) << k + u"x y"_s << u"{}"_s + k + u"x\u00b7y p="_s + k + u"x k=0; "_s;
    }
    for (const char16_t* w : {u"for", u"case", u"select", u"function"}) {
        const QString k = QString::fromUtf16(w);
        QTest::newRow(qPrintable(u"skipped "_s + k)) << k + u" x y"_s << QString();
        QTest::newRow(qPrintable(u"near "_s + k))
            << u"x"_s + k + u" y"_s << u"{}x"_s + k + u"\u00b7y p=x"_s + k + u" k=0; "_s;
    }
    for (const char16_t* w : {u"env", u"sudo", u"exec", u"time", u"nohup", u"xargs", u"command"}) {
        const QString k = QString::fromUtf16(w);
        QTest::newRow(qPrintable(u"wrapper "_s + k)) << k + u" rm x"_s << u"{}rm\u00b7x w="_s + k + u" p=rm k=14; "_s;
        QString near = k;
        near[near.size() - 1] = QChar(u'Z');
        QTest::newRow(qPrintable(u"near "_s + k))
            << near + u" rm"_s << u"{}"_s + near + u"\u00b7rm p="_s + near + u" k=0; "_s;
    }
    const std::pair<const char16_t*, int> programs[] = {
        {u"go", 9},
        {u"rm", 14},
        {u"apt", 2},
        {u"apk", 3},
        {u"dnf", 11},
        {u"gem", 8},
        {u"npm", 6},
        {u"yum", 10},
        {u"curl", 15},
        {u"wget", 16},
        {u"yarn", 7},
        {u"zypper", 13},
        {u"apt-get", 1},
        {u"microdnf", 12},
    };
    for (const auto& [w, kind] : programs) {
        const QString k = QString::fromUtf16(w);
        QTest::newRow(qPrintable(u"program "_s + k))
            << k + u" x"_s << u"{}"_s + k + u"\u00b7x p="_s + k + u" k="_s + QString::number(kind) + u"; "_s;
        QString near = k;
        near[0] = QChar(u'Q');
        QTest::newRow(qPrintable(u"near "_s + k))
            << near + u" x"_s << u"{}"_s + near + u"\u00b7x p="_s + near + u" k=0; "_s;
        QTest::newRow(qPrintable(u"longer "_s + k))
            << k + u"s x"_s << u"{}"_s + k + u"s\u00b7x p="_s + k + u"s k=0; "_s;
    }
    QTest::newRow("one unit") << u"p x"_s << u"{}p\u00b7x p=p k=0; "_s;
    QTest::newRow("two units with p") << u"pi x"_s << u"{}pi\u00b7x p=pi k=0; "_s;
    QTest::newRow("nine units") << u"microdnfx x"_s << u"{}microdnfx\u00b7x p=microdnfx k=0; "_s;
    QTest::newRow("bang") << u"! rm x"_s << u"{}rm\u00b7x p=rm k=14; "_s;
    QTest::newRow("path to a wrapper") << u"/usr/bin/env rm"_s << u"{}rm w=env p=rm k=14; "_s;
    QTest::newRow("path to a known name") << u"./x/curl -k"_s << u"{}./x/curl\u00b7-k p=curl k=15; "_s;
}

void TstShell::knownWordsAndNearMisses()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QCOMPARE(shape(splitShell(script)), expected);
}

void TstShell::scriptsWithTheMostWordsAndCommands()
{
    // The block is sized from the marks: a word per marked unit, a command per marked unit that is no blank or '='.
    // Scripts that come closest: one-unit words and commands between one-unit separators.
    for (const QString& sep : {u";"_s, u"\n"_s, u"&"_s, u"|"_s}) {
        QString script;
        QString expected;
        for (int k = 0; k < 70; ++k) {
            script += u"c"_s + sep;
            expected += u"{"_s + (k == 0 ? QString() : QString(sep).replace(u'\n', u"\\n"_s)) + u"}c p=c k=0"_s +
                        (k > 0 && sep == u"|"_s ? u" <|"_s : QString()) + (sep == u"|"_s ? u" |>"_s : QString()) +
                        u"; "_s;
        }
        QCOMPARE(shape(splitShell(script)), expected);
    }
    QCOMPARE(splitShell(QString(100, u';')).commands.size(), size_t(0));
    QCOMPARE(splitShell(u"(((a)))"_s).commands.size(), size_t(1));
    // Words: as many as blanks, '=' included; past 2047 units the marks are on the heap.
    for (qsizetype words : {1, 31, 32, 33, 700, 1100}) {
        QString script;
        for (qsizetype k = 0; k < words; ++k) {
            script += k % 3 == 2 ? u"a=b "_s : u"w "_s;
        }
        const ShellScript s = splitShell(script);
        QCOMPARE(s.commands.size(), size_t(1));
        QCOMPARE(s.commands[0].words.size(), size_t(words));
        QCOMPARE(s.commands[0].offsets[size_t(words - 1)], script.size() - (words % 3 == 0 ? 4 : 2));
    }
    // Empty words, and a script that ends in an escape.
    QCOMPARE(shape(splitShell(u"x '' \"\" y"_s)), oneCommand({u"x"_s, QString(), QString(), u"y"_s}));
    QCOMPARE(shape(splitShell(u"x y\\"_s)), oneCommand({u"x"_s, u"y"_s}));
}

void TstShell::wrappersAndUnquotedWordsMoveWithTheScript()
{
    // A word pieced together from quotes is copied into the script's second block, as are wrappers: both move with
    // the script.
    ShellScript a = splitShell(u"sudo -u root a'b'c \"d\"e; env X=1 curl x"_s);
    const QString expected = u"{}abc\u00b7de w=sudo p=abc k=0; {;}curl\u00b7x w=env p=curl k=15; "_s;
    QCOMPARE(shape(a), expected);
    ShellScript b = std::move(a);
    QCOMPARE(shape(b), expected);
    ShellScript c = splitShell(u"rm x"_s);
    c = std::move(b);
    QCOMPARE(shape(c), expected);
    QCOMPARE(c.commands[0].offsets[0], 13);
    QVERIFY(a.commands.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
}

QTEST_GUILESS_MAIN(TstShell)
#include "tst_shell.moc"

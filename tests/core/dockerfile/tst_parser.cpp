// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/parser.h"
#include "core/dockerfile/shell.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bulkhead::dockerfile;

class TstParser : public QObject
{
    Q_OBJECT

private slots:
    void readsDirectivesAtTheTopOnly();
    void backtickEscapeChangesContinuation();
    void joinsContinuationsSkippingCommentsAndBlankLines();
    void keepsLineAndColumnOfEveryInstruction();
    void mapsArgumentOffsetsIntoContinuedLines();
    void instructionsAreCaseInsensitive();
    void everyInstructionHasItsKind();
    void parsesExecAndShellForms();
    void invalidJsonFallsBackToShellForm();
    void parsesFlags();
    void parsesStagesAndAliases();
    void parsesOnbuildWithNestedInstruction();
    void parsesHeredocs();
    void heredocBodyBecomesTheRunScript();
    void reportsUnterminatedHeredoc();
    void parsesKeyValuesInAllForms();
    void substitutesVariables_data();
    void substitutesVariables();
    void scopesArgsPerStage();
    void envIsInheritedFromParentStage();
    void reportsUnknownInstructionsWithPosition();
    void reportsBadEscapeDirective();
    void splitsShellCommands();
    void shellHandlesQuotesSubshellsAndRedirections();
    void shellStripsWrappersAndAssignments();
    void shellOptionsAndOperands();
    void survivesHugeLine();
    void survivesUnterminatedQuotesAndHeredocs();
    void survivesBinaryGarbage();
    void survivesEveryPrefix();
    void survivesDeepNesting();
    void capsInputSize();
};

void TstParser::readsDirectivesAtTheTopOnly()
{
    const ParsedDockerfile df = parseDockerfile("# syntax=docker/dockerfile:1\n# check=skip=all\n"
                                                "FROM alpine:3.19\n# escape=`\nRUN echo \\\n  hi\n");
    QCOMPARE(df.directives.size(), size_t(2));
    QCOMPARE(df.directives[0].name, QStringLiteral("syntax"));
    QCOMPARE(df.directives[0].value, QStringLiteral("docker/dockerfile:1"));
    QCOMPARE(df.directives[1].name, QStringLiteral("check"));
    QCOMPARE(df.escape, QChar(u'\\')); // the late escape= is a comment
    QCOMPARE(df.instructions.size(), size_t(2));
    QCOMPARE(df.instructions[1].args, QStringLiteral("echo   hi"));
}

void TstParser::backtickEscapeChangesContinuation()
{
    const ParsedDockerfile df = parseDockerfile("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                                                "RUN dir c:\\ `\n  && echo done\n");
    QCOMPARE(df.escape, QChar(u'`'));
    QCOMPARE(df.instructions.size(), size_t(2));
    QCOMPARE(df.instructions[1].args, QStringLiteral("dir c:\\   && echo done"));
    QCOMPARE(df.instructions[1].endLine, 4);
}

void TstParser::joinsContinuationsSkippingCommentsAndBlankLines()
{
    const ParsedDockerfile df =
        parseDockerfile("FROM alpine:3.19\nRUN apk add \\\n# a comment\n\n    curl \\\n    git\n"
                        "CMD [\"sh\"]\n");
    QCOMPARE(df.instructions.size(), size_t(3));
    QCOMPARE(df.instructions[1].args, QStringLiteral("apk add     curl     git"));
    QCOMPARE(df.instructions[1].endLine, 6);
    QCOMPARE(df.instructions[2].pos.line, 7);
    QCOMPARE(df.comments.size(), size_t(1));
    QCOMPARE(df.comments[0].line, 3);
}

void TstParser::keepsLineAndColumnOfEveryInstruction()
{
    const ParsedDockerfile df = parseDockerfile("\n  FROM alpine:3.19\n\n\tRUN true\n");
    QCOMPARE(df.instructions[0].pos.line, 2);
    QCOMPARE(df.instructions[0].pos.column, 3);
    QCOMPARE(df.instructions[1].pos.line, 4);
    QCOMPARE(df.instructions[1].pos.column, 2);
}

void TstParser::mapsArgumentOffsetsIntoContinuedLines()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nRUN apt-get update && \\\n    apt-get install -y curl\n");
    const Instruction& run = df.instructions[1];
    const qsizetype off = run.args.indexOf(QStringLiteral("apt-get install"));
    const Position p = run.positionAt(off);
    QCOMPARE(p.line, 3);
    QCOMPARE(p.column, 5);
    QCOMPARE(run.positionAt(0).line, 2);
    QCOMPARE(run.positionAt(0).column, 5);
}

void TstParser::instructionsAreCaseInsensitive()
{
    const ParsedDockerfile df = parseDockerfile("from alpine:3.19 as Build\nRun echo hi\ncopy --FROM=build /a /b\n");
    QCOMPARE(df.instructions[0].keyword, QStringLiteral("FROM"));
    QCOMPARE(df.instructions[0].written, QStringLiteral("from"));
    QCOMPARE(df.stages[0].alias, QStringLiteral("build"));
    QCOMPARE(df.stages[0].aliasWritten, QStringLiteral("Build"));
    QCOMPARE(df.instructions[2].flagValue(u"from"), QStringLiteral("build"));
}

void TstParser::everyInstructionHasItsKind()
{
    using K = InstructionKind;
    const std::pair<const char*, K> expected[]{
        {"FROM", K::From},
        {"RUN", K::Run},
        {"CMD", K::Cmd},
        {"LABEL", K::Label},
        {"MAINTAINER", K::Maintainer},
        {"EXPOSE", K::Expose},
        {"ENV", K::Env},
        {"ADD", K::Add},
        {"COPY", K::Copy},
        {"ENTRYPOINT", K::Entrypoint},
        {"VOLUME", K::Volume},
        {"USER", K::User},
        {"WORKDIR", K::Workdir},
        {"ARG", K::Arg},
        {"ONBUILD", K::Onbuild},
        {"STOPSIGNAL", K::Stopsignal},
        {"HEALTHCHECK", K::Healthcheck},
        {"SHELL", K::Shell},
    };
    QByteArray text;
    for (const auto& [name, kind] : expected) {
        // Lower case on purpose: the kind follows the upper-cased keyword.
        text += QByteArray(name).toLower() + (qstrcmp(name, "SHELL") == 0     ? " [\"/bin/sh\", \"-c\"]\n"
                                              : qstrcmp(name, "ONBUILD") == 0 ? " RUN true\n"
                                                                              : " x\n");
    }
    text += "ONBUILD RUN make\nFROMX a\nRUNNER b\n";
    const ParsedDockerfile df = parseDockerfile(text);
    QCOMPARE(df.instructions.size(), std::size(expected) + 1); // the two unknown lines are dropped
    for (size_t i = 0; i < std::size(expected); ++i) {
        QCOMPARE(df.instructions[i].keyword, QString::fromLatin1(expected[i].first));
        QVERIFY2(df.instructions[i].kind == expected[i].second, expected[i].first);
    }
    QVERIFY(df.instructions.back().onbuild);
    QVERIFY(df.instructions.back().onbuild->kind == K::Run);
    QStringList unknown;
    for (const ParseIssue& issue : df.issues) {
        if (issue.message.startsWith(u"unknown instruction")) {
            unknown << issue.message;
        }
    }
    QCOMPARE(
        unknown,
        QStringList({QStringLiteral("unknown instruction 'FROMX'"), QStringLiteral("unknown instruction 'RUNNER'")}));
}

void TstParser::parsesExecAndShellForms()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"
                                                "ENTRYPOINT /start.sh --flag\nSHELL [\"/bin/bash\", \"-c\"]\n");
    QVERIFY(df.instructions[1].execForm);
    QCOMPARE(df.instructions[1].execArgs, (QStringList{"nginx", "-g", "daemon off;"}));
    QVERIFY(!df.instructions[2].execForm);
    QVERIFY(df.instructions[3].execForm);
    QVERIFY(df.issues.empty());
}

void TstParser::invalidJsonFallsBackToShellForm()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nCMD ['single', 'quotes']\nSHELL /bin/bash\n");
    QVERIFY(!df.instructions[1].execForm);
    QCOMPARE(df.issues.size(), size_t(1)); // SHELL needs JSON
    QCOMPARE(df.issues[0].pos.line, 3);
}

void TstParser::parsesFlags()
{
    const ParsedDockerfile df =
        parseDockerfile("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                        "COPY --from=build --chown=app:app --chmod=0755 --link /out /app/\n"
                        "RUN --mount=type=secret,id=npm --mount=type=cache,target=/root/.cache --network=none make\n"
                        "ADD --checksum=sha256:abc https://example.com/x.tgz /x/\n");
    QCOMPARE(df.stages[0].platform, QStringLiteral("$BUILDPLATFORM"));
    const Instruction& copy = df.instructions[1];
    QCOMPARE(copy.flags.size(), size_t(4));
    QCOMPARE(copy.flagValue(u"chown"), QStringLiteral("app:app"));
    QCOMPARE(copy.flagValue(u"chmod"), QStringLiteral("0755"));
    QVERIFY(copy.flag(u"link") && !copy.flag(u"link")->hasValue);
    QCOMPARE(copy.args, QStringLiteral("/out /app/"));
    QCOMPARE(copy.flags[1].pos.column, 19);
    const Instruction& run = df.instructions[2];
    QCOMPARE(run.flags.size(), size_t(3));
    QCOMPARE(run.flags[0].value, QStringLiteral("type=secret,id=npm"));
    QCOMPARE(run.flagValue(u"network"), QStringLiteral("none"));
    QCOMPARE(run.args, QStringLiteral("make"));
    QCOMPARE(df.instructions[3].flagValue(u"checksum"), QStringLiteral("sha256:abc"));
}

void TstParser::parsesStagesAndAliases()
{
    const ParsedDockerfile df = parseDockerfile("FROM golang:1.22 AS build\nRUN go build\nFROM build AS test\n"
                                                "FROM scratch\nCOPY --from=0 /a /a\n");
    QCOMPARE(df.stages.size(), size_t(3));
    QCOMPARE(df.stages[1].parentStage, 0);
    QCOMPARE(df.stages[2].parentStage, -1);
    QCOMPARE(df.instructions[1].stage, 0);
    QCOMPARE(df.instructions[4].stage, 2);
    QCOMPARE(df.stageByName(u"0", 2), 0);
    QCOMPARE(df.stageByName(u"BUILD", 2), 0);
    QCOMPARE(df.stageByName(u"test", 1), -1); // not defined yet
    QCOMPARE(df.finalStage()->index, 2);
}

void TstParser::parsesOnbuildWithNestedInstruction()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nONBUILD RUN --mount=type=cache,target=/c apt-get update\n"
                                                "ONBUILD ONBUILD RUN x\n");
    const Instruction& ob = df.instructions[1];
    QVERIFY(ob.onbuild);
    QCOMPARE(ob.onbuild->keyword, QStringLiteral("RUN"));
    QCOMPARE(ob.onbuild->args, QStringLiteral("apt-get update"));
    QCOMPARE(ob.onbuild->flags.size(), size_t(1));
    QCOMPARE(ob.onbuild->pos.line, 2);
    QCOMPARE(ob.onbuild->pos.column, 9);
    QVERIFY(!df.instructions[2].onbuild); // ONBUILD ONBUILD is not allowed; kept for the DL3043 rule
}

void TstParser::parsesHeredocs()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\n"
                                                "COPY <<EOF /etc/app.conf\nkey=value\n$notexpanded\nEOF\n"
                                                "RUN <<-'ONE' cat - <<\"TWO\" > /x\n\techo one\n\tONE\ntwo\nTWO\n"
                                                "RUN echo \"<<NOTAHEREDOC\" && echo $((1<<2))\nCMD [\"x\"]\n");
    QCOMPARE(df.instructions.size(), size_t(5));
    const Instruction& copy = df.instructions[1];
    QCOMPARE(copy.heredocs.size(), size_t(1));
    QCOMPARE(copy.heredocs[0].delimiter, QStringLiteral("EOF"));
    QCOMPARE(copy.heredocs[0].body, QStringLiteral("key=value\n$notexpanded\n"));
    QCOMPARE(copy.endLine, 5);
    const Instruction& run = df.instructions[2];
    QCOMPARE(run.heredocs.size(), size_t(2));
    QVERIFY(run.heredocs[0].stripTabs);
    QVERIFY(run.heredocs[0].quoted);
    QCOMPARE(run.heredocs[0].body, QStringLiteral("echo one\n"));
    QVERIFY(run.heredocs[1].quoted);
    QCOMPARE(run.heredocs[1].body, QStringLiteral("two\n"));
    QVERIFY(df.instructions[3].heredocs.empty());
    QCOMPARE(df.instructions[4].pos.line, 12);
    QVERIFY(df.issues.empty());
}

void TstParser::heredocBodyBecomesTheRunScript()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"
                                                "RUN python3 <<EOF\nprint(1)\nEOF\n");
    QCOMPARE(df.instructions[1].shellScript(), QStringLiteral("apt-get update\napt-get install -y curl\n"));
    const ShellScript s = splitShell(df.instructions[1].shellScript());
    QCOMPARE(s.commands.size(), size_t(2));
    QCOMPARE(s.commands[1].words, (QStringList{"apt-get", "install", "-y", "curl"}));
    QCOMPARE(df.instructions[2].shellScript().trimmed(), QStringLiteral("python3"));
}

void TstParser::reportsUnterminatedHeredoc()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nRUN <<EOF\necho never ends\n");
    QCOMPARE(df.issues.size(), size_t(1));
    QCOMPARE(df.issues[0].pos.line, 2);
    QVERIFY(!df.instructions[1].heredocs[0].terminated);
}

void TstParser::parsesKeyValuesInAllForms()
{
    const ParsedDockerfile df =
        parseDockerfile("FROM a:1\nENV A=1 B=\"two words\" C=three\\ four\nENV LEGACY some value\n"
                        "ARG VERSION\nARG OTHER=x\nLABEL \"com.example.key\"='v'\n");
    const auto& e = df.instructions[1].pairs;
    QCOMPARE(e.size(), size_t(3));
    QCOMPARE(e[1].key, QStringLiteral("B"));
    QCOMPARE(e[1].value, QStringLiteral("two words"));
    QCOMPARE(e[2].value, QStringLiteral("three four"));
    QCOMPARE(e[1].pos.column, 9);
    QCOMPARE(df.instructions[2].pairs.size(), size_t(1));
    QCOMPARE(df.instructions[2].pairs[0].value, QStringLiteral("some value"));
    QVERIFY(!df.instructions[3].pairs[0].hasValue);
    QCOMPARE(df.instructions[4].pairs[0].value, QStringLiteral("x"));
    QCOMPARE(df.instructions[5].pairs[0].key, QStringLiteral("com.example.key"));
}

void TstParser::substitutesVariables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "$A/x"
                           << "one/x";
    QTest::newRow("braces") << "${A}x"
                            << "onex";
    QTest::newRow("default-used") << "${NOPE:-def}"
                                  << "def";
    QTest::newRow("default-unused") << "${A:-def}"
                                    << "one";
    QTest::newRow("alt-set") << "${A:+alt}"
                             << "alt";
    QTest::newRow("alt-unset") << "${NOPE:+alt}"
                               << "";
    QTest::newRow("empty-colon-default") << "${E:-d}"
                                         << "d";
    QTest::newRow("empty-nocolon-default") << "${E-d}"
                                           << "";
    QTest::newRow("nested") << "${NOPE:-${A}}"
                            << "one";
    QTest::newRow("escaped") << "\\$A"
                             << "$A";
    QTest::newRow("single-quoted") << "'$A'"
                                   << "'$A'";
    QTest::newRow("unknown") << "$NOPE."
                             << ".";
    QTest::newRow("unterminated") << "${A"
                                  << "${A";
    QTest::newRow("lone-dollar") << "cost $ 5"
                                 << "cost $ 5";
}

void TstParser::substitutesVariables()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> vars{{QStringLiteral("A"), QStringLiteral("one")}, {QStringLiteral("E"), QString()}};
    QCOMPARE(expandVariables(text, vars), expected);
}

void TstParser::scopesArgsPerStage()
{
    const ParsedDockerfile df = parseDockerfile("ARG TAG=3.19\nARG DIR=/srv\nFROM alpine:${TAG} AS one\nWORKDIR $DIR\n"
                                                "FROM alpine:$TAG\nARG DIR\nWORKDIR ${DIR}/app\nENV X=${DIR:-none}\n"
                                                "USER ${X}\n");
    QCOMPARE(df.stages[0].imageExpanded, QStringLiteral("alpine:3.19"));
    QCOMPARE(df.instructions[3].expanded, QString()); // global ARG is not visible without redeclaring it
    QCOMPARE(df.instructions[6].expanded, QStringLiteral("/srv/app"));
    QCOMPARE(df.instructions[8].expanded, QStringLiteral("/srv"));
}

void TstParser::envIsInheritedFromParentStage()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1 AS base\nENV APP=/opt/app\nFROM base\nWORKDIR $APP\n");
    QCOMPARE(df.instructions[3].expanded, QStringLiteral("/opt/app"));
}

void TstParser::reportsUnknownInstructionsWithPosition()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\n  FORM b\nRUN\nRUNX y\n");
    QCOMPARE(df.issues.size(), size_t(3));
    QCOMPARE(df.issues[0].pos.line, 2);
    QCOMPARE(df.issues[0].pos.column, 3);
    QCOMPARE(df.issues[1].pos.line, 3);
    QCOMPARE(df.issues[2].pos.line, 4);
    QCOMPARE(df.instructions.size(), size_t(1));
}

void TstParser::reportsBadEscapeDirective()
{
    const ParsedDockerfile df = parseDockerfile("# escape=x\nFROM a:1\n");
    QCOMPARE(df.issues.size(), size_t(1));
    QCOMPARE(df.escape, QChar(u'\\'));
}

void TstParser::splitsShellCommands()
{
    const ShellScript s = splitShell(u"apt-get update && apt-get install -y curl || exit 1; curl -s x | sh & wait");
    QCOMPARE(s.commands.size(), size_t(6));
    QCOMPARE(s.commands[0].name(), QStringLiteral("apt-get"));
    QCOMPARE(s.commands[1].separatorBefore, QStringLiteral("&&"));
    QCOMPARE(s.commands[2].separatorBefore, QStringLiteral("||"));
    QVERIFY(s.commands[3].pipedTo);
    QVERIFY(s.commands[4].pipedFrom);
    QCOMPARE(s.commands[4].name(), QStringLiteral("sh"));
    QVERIFY(s.hasPipe);
    QCOMPARE(s.commands[5].name(), QStringLiteral("wait"));
}

void TstParser::shellHandlesQuotesSubshellsAndRedirections()
{
    const ShellScript s = splitShell(u"(cd /a && make) ; echo \"a && b\" 'c | d' > /dev/null 2>&1;"
                                     " if [ -f x ]; then rm -f x; fi; X=$(curl -s u | head -1) echo $X; cat <<EOF");
    QStringList names;
    for (const ShellCommand& c : s.commands) {
        names << c.name();
    }
    QCOMPARE(names, (QStringList{"cd", "make", "echo", "[", "rm", "echo", "cat"}));
    QCOMPARE(s.commands[2].words, (QStringList{"echo", "a && b", "c | d"}));
    QCOMPARE(s.commands[5].assignments, (QStringList{"X=$(curl -s u | head -1)"}));
    QCOMPARE(s.commands[6].words, (QStringList{"cat"}));
    QVERIFY(!s.hasPipe); // the pipe inside $(...) is not this script's pipe
}

void TstParser::shellStripsWrappersAndAssignments()
{
    const ShellScript s = splitShell(u"sudo -u root -E DEBIAN_FRONTEND=noninteractive apt-get install -y x");
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(s.commands[0].wrappers, (QStringList{"sudo"}));
    QCOMPARE(s.commands[0].name(), QStringLiteral("apt-get"));
    QCOMPARE(s.commands[0].offsets[0], 47);
    const ShellScript t = splitShell(u"/usr/bin/env PIP_NO_CACHE_DIR=1 pip3 install x");
    QCOMPARE(t.commands[0].name(), QStringLiteral("pip3"));
}

void TstParser::shellOptionsAndOperands()
{
    const ShellScript s =
        splitShell(u"apt-get -qy -o Dpkg::Options::=--force-confold install --no-install-recommends a b=1");
    const ShellCommand& c = s.commands[0];
    QVERIFY(c.hasOption(u"y", {u"--yes"}));
    QVERIFY(c.hasOption({}, {u"--no-install-recommends"}));
    QVERIFY(!c.hasOption(u"f", {u"--fix-broken"}));
    QCOMPARE(c.subcommand({u"-o"}), QStringLiteral("install"));
    QCOMPARE(c.operands(1, {u"-o"}), (QStringList{"install", "a", "b=1"}));
}

void TstParser::survivesHugeLine()
{
    QByteArray big = "FROM a:1\nRUN echo ";
    big += QByteArray(3 * 1024 * 1024, 'x');
    big += " && apt-get install -y curl\n";
    const ParsedDockerfile df = parseDockerfile(big);
    QCOMPARE(df.instructions.size(), size_t(2));
    QVERIFY(splitShell(df.instructions[1].args).commands.size() == 2);
    QByteArray conts = "FROM a:1\nRUN true";
    for (int i = 0; i < 100000; ++i) {
        conts += " \\\n && true";
    }
    const ParsedDockerfile df2 = parseDockerfile(conts);
    QCOMPARE(df2.instructions.size(), size_t(2));
    QCOMPARE(df2.instructions[1].endLine, 100002);
}

void TstParser::survivesUnterminatedQuotesAndHeredocs()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nENV A=\"unterminated\nRUN echo 'open && rm -rf /\n"
                                                "LABEL x=\"y\nCOPY <<\"EOF /x\nRUN <<EOF <<EOF2\nbody\nEOF\n");
    QVERIFY(df.instructions.size() >= 4);
    const ShellScript s = splitShell(u"echo \"never closed && x | y");
    QCOMPARE(s.commands.size(), size_t(1));
    QVERIFY(!df.issues.empty()); // EOF2 is never terminated
}

void TstParser::survivesBinaryGarbage()
{
    QRandomGenerator rng(42);
    for (int round = 0; round < 50; ++round) {
        QByteArray junk(4096 + round * 97, '\0');
        for (char& c : junk) {
            c = char(rng.bounded(256));
        }
        if (round % 2 == 0) {
            junk.prepend("FROM a:1\nRUN ");
        }
        const ParsedDockerfile df = parseDockerfile(junk);
        for (const Instruction& i : df.instructions) {
            splitShell(i.shellScript());
            QVERIFY(i.pos.line >= 1);
        }
    }
}

void TstParser::survivesEveryPrefix()
{
    const QByteArray sample = "# syntax=docker/dockerfile:1\nARG V=1\nFROM --platform=$B alpine:${V:-3} AS b\n"
                              "RUN --mount=type=cache,target=/c <<EOF\napk add \"x\" 'y' \\\n z\nEOF\n"
                              "COPY [\"a\", \"b/\"]\nENV K=\"v w\" L=$K\nONBUILD RUN echo $((1<<2)) | sh\n";
    for (qsizetype n = 0; n <= sample.size(); ++n) {
        const ParsedDockerfile df = parseDockerfile(sample.left(n));
        for (const Instruction& i : df.instructions) {
            splitShell(i.shellScript());
        }
    }
}

void TstParser::survivesDeepNesting()
{
    QString deep;
    for (int i = 0; i < 200000; ++i) {
        deep += QStringLiteral("${A:-");
    }
    deep += u'x';
    const QString r = expandVariables(deep, {});
    QVERIFY(!r.isEmpty());
    QByteArray parens = "FROM a:1\nRUN ";
    parens += QByteArray(200000, '(');
    parens += "$(";
    parens += QByteArray(100000, '(');
    const ParsedDockerfile df = parseDockerfile(parens);
    splitShell(df.instructions[1].args);
}

void TstParser::capsInputSize()
{
    QByteArray big = "FROM a:1\n";
    while (big.size() <= kMaxDockerfileBytes) {
        big += "RUN echo 0123456789012345678901234567890123456789\n";
    }
    const ParsedDockerfile df = parseDockerfile(big);
    QVERIFY(df.truncated);
    QVERIFY(!df.issues.empty());
}

QTEST_GUILESS_MAIN(TstParser)
#include "tst_parser.moc"

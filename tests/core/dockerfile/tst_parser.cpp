// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/parser.h"
#include "core/dockerfile/shell.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <type_traits>

using namespace bulkhead::dockerfile;
using namespace Qt::StringLiterals;

namespace {

// A copy's views would point into the original: scripts are moved, never copied.
static_assert(!std::is_copy_constructible_v<ShellScript> && !std::is_copy_assignable_v<ShellScript>);
static_assert(std::is_nothrow_move_constructible_v<ShellScript> && std::is_nothrow_move_assignable_v<ShellScript>);

// Words (QStringList or views) as a QStringList, and offsets as a vector, for QCOMPARE.
template<typename Words> QStringList strings(const Words& words)
{
    QStringList out;
    for (const auto& w : words) {
        out << QStringView(w).toString();
    }
    return out;
}

std::vector<qsizetype> offsetsOf(const ShellCommand& c)
{
    return std::vector<qsizetype>(c.offsets.begin(), c.offsets.end());
}

// Joins raw (quoted) tokens with single spaces and records where each starts.
QString joinTokens(const QStringList& raw, std::vector<qsizetype>& offsets)
{
    QString script;
    for (const QString& t : raw) {
        if (!script.isEmpty()) {
            script += u' ';
        }
        offsets.push_back(script.size());
        script += t;
    }
    return script;
}

} // namespace

class TstParser : public QObject
{
    Q_OBJECT

private slots:
    void readsDirectivesAtTheTopOnly();
    void backtickEscapeChangesContinuation();
    void joinsContinuationsSkippingCommentsAndBlankLines();
    void keepsLineAndColumnOfEveryInstruction();
    void mapsArgumentOffsetsIntoContinuedLines();
    void mapsOffsetsOfEveryContinuationPiece();
    void sourceLineIsTheKeywordsLineAsWritten();
    void sourceLineOutlivesTheParsedFile();
    void instructionsAreCaseInsensitive();
    void everyInstructionHasItsKind();
    void parsesExecAndShellForms();
    void invalidJsonFallsBackToShellForm();
    void parsesFlags();
    void namesFlagsAndStagesCaseInsensitively();
    void parsesStagesAndAliases();
    void parsesOnbuildWithNestedInstruction();
    void parsesHeredocs();
    void heredocBodyBecomesTheRunScript();
    void reportsUnterminatedHeredoc();
    void parsesKeyValuesInAllForms();
    void substitutesVariables_data();
    void substitutesVariables();
    void scopesArgsPerStage();
    void scopesManyVariablesPerStage();
    void readsExecFormsAsQJsonDocumentDoes();
    void keywordsOfEveryLengthInMixedCase();
    void parsesManyKeyValuePairs();
    void envIsInheritedFromParentStage();
    void reportsUnknownInstructionsWithPosition();
    void reportsBadEscapeDirective();
    void splitsShellCommands();
    void shellHandlesQuotesSubshellsAndRedirections();
    void shellStripsWrappersAndAssignments();
    void shellOptionsAndOperands();
    void shellMixesQuotedAndPlainWords();
    void shellScriptOwnsItsText();
    void shellScriptSurvivesMoves();
    void shellSplitsAHundredThousandWords();
    void shellWordsAtTheEndOfTheScript_data();
    void shellWordsAtTheEndOfTheScript();
    void shellUnquotesAcrossPieces();
    void shellCommandQueries();
    void survivesHugeLine();
    void survivesUnterminatedQuotesAndHeredocs();
    void survivesBinaryGarbage();
    void survivesEveryPrefix();
    void survivesDeepNesting();
    void capsInputSize();
    // parse3: the parser's strings are slices of a few shared blocks.
    void arenaStringsKeepNullAndEmptyAsBefore();
    void arenaStringsAreTerminatedAndIndependent();
    void arenaStringsOutliveTheParsedFile();
    void arenaStringsFillManyBlocks();
    void arenaReferenceCountsAreExactAfterTheParse();
    void arenaHeredocBodiesAndRebuiltPairs();
    void shortKeywordsAtTheEndOfTheFile();
    void continuedLinesShareOneJoinBuffer();
    void decodesAsciiAndUtf8Alike();
    void findsDollarAndHeredocAnywhereInTheArguments();
    void expandsAfterPlainRunsOfAnyLength();
    void splitsPairsAtAnyPosition();
    void keywordEndsAtTheFirstNonNameCharacter();
    void separatesKeywordsOnlyByDockerWhiteSpace();
    // parse4: lines found while decoding, keywords and stage names without tables, flat variable maps.
    void asciiLinesMatchTheUtf8Path();
    void longKeywordsInAnyCaseAndTheirNearMisses();
    void keywordPositionAfterAnEmptyFirstPiece();
    void continuedLinesSkipIndentationOfAnyKind();
    void stageLookupsBeforeAndPastTheScannedStages();
    void globalArgsAndInheritedEnvPastTheLinearScan();
    void quotedPairsPastEightUnits();
    void flagsPastEightUnits();
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

void TstParser::mapsOffsetsOfEveryContinuationPiece()
{
    // Four pieces after a flag (offsets are shifted by the flag), with a comment and a blank line dropped inside.
    const ParsedDockerfile df = parseDockerfile("FROM a:1\n RUN --network=none one \\\n  two \\\n# c\n\n"
                                                "\tthree \\\nfour\n");
    const Instruction& run = df.instructions[1];
    QCOMPARE(run.args, QStringLiteral("one   two \tthree four")); // continuation lines keep their indentation
    const struct
    {
        const char16_t* word;
        int line;
        int column;
    } expected[]{{u"one", 2, 21}, {u"two", 3, 3}, {u"three", 6, 2}, {u"four", 7, 1}};
    for (const auto& e : expected) {
        const qsizetype off = run.args.indexOf(QStringView(e.word));
        QVERIFY(off >= 0);
        QCOMPARE(run.positionAt(off).line, e.line);
        QCOMPARE(run.positionAt(off).column, e.column);
        // The last character of the word is on the same line, columns further.
        QCOMPARE(run.positionAt(off + qsizetype(std::char_traits<char16_t>::length(e.word)) - 1).line, e.line);
    }
    QCOMPARE(run.flags.front().pos.line, 2);
    QCOMPARE(run.flags.front().pos.column, 6);
    // Before the first character (never asked by the parser, but defined): clamped to column 1 of the first piece.
    QCOMPARE(run.positionAt(-100).line, 2);
    QCOMPARE(run.positionAt(-100).column, 1);
    // An instruction not made by the parser has no map: positions fall back to its own.
    Instruction made;
    made.pos = {7, 3};
    QCOMPARE(made.positionAt(5).line, 7);
    QCOMPARE(made.positionAt(5).column, 3);
}

void TstParser::sourceLineIsTheKeywordsLineAsWritten()
{
    // A BOM, CRLF line ends, indentation and continuations: the first physical line, without its line end.
    const ParsedDockerfile df = parseDockerfile("\xEF\xBB\xBF"
                                                "FROM a:1 AS b\r\n  run echo \\\r\n  x\r\n"
                                                "ONBUILD COPY . /app\r\nUSER \xC3\xA9t\xC3\xA9\n");
    QCOMPARE(df.instructions.size(), size_t(4));
    QCOMPARE(df.instructions[0].sourceLine(), u"FROM a:1 AS b");
    QCOMPARE(df.instructions[1].sourceLine(), u"  run echo \\");
    QCOMPARE(df.instructions[2].sourceLine(), u"ONBUILD COPY . /app");
    QVERIFY(df.instructions[2].onbuild);
    QCOMPARE(df.instructions[2].onbuild->sourceLine(), u"ONBUILD COPY . /app");
    QCOMPARE(df.instructions[3].sourceLine(), u"USER \u00e9t\u00e9");
    QCOMPARE(Instruction().sourceLine(), u"");
}

void TstParser::sourceLineOutlivesTheParsedFile()
{
    // Instructions share the file's text: a copy taken out keeps it alive after the parse result is gone.
    Instruction kept;
    std::shared_ptr<Instruction> inner;
    {
        QByteArray data("FROM a:1\nONBUILD RUN make\nRUN echo hi\n");
        ParsedDockerfile df = parseDockerfile(data);
        kept = df.instructions[2];
        inner = df.instructions[1].onbuild;
        data.fill('x');
    }
    QCOMPARE(kept.sourceLine(), u"RUN echo hi");
    QVERIFY(inner);
    QCOMPARE(inner->sourceLine(), u"ONBUILD RUN make");
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

void TstParser::namesFlagsAndStagesCaseInsensitively()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1 AS Builder\nFROM b:2 AS \xC3\x89tape\n"
                                                "COPY --FROM=builder --Chown=1:1 --link --x-Custom=1 --mount . /a\n");
    const Instruction& copy = df.instructions[2];
    QCOMPARE(copy.flags.size(), size_t(5));
    QCOMPARE(copy.flags[0].name, u"from");
    QCOMPARE(copy.flags[0].value, u"builder");
    QCOMPARE(copy.flags[1].name, u"chown");
    QCOMPARE(copy.flags[2].name, u"link");
    QVERIFY(!copy.flags[2].hasValue);
    QCOMPARE(copy.flags[3].name, u"x-custom");
    QCOMPARE(copy.flags[4].name, u"mount");
    QCOMPARE(copy.flagValue(u"chown"), u"1:1");
    QCOMPARE(df.stageByName(u"builder", 2), 0);
    QCOMPARE(df.stageByName(u"BUILDER", 2), 0);
    QCOMPARE(df.stageByName(u"\u00e9tape", 2), 1);
    QCOMPARE(df.stageByName(u"\u00c9TAPE", 2), 1);
    QCOMPARE(df.stageByName(u"builder", 0), -1); // only stages before the one asking
    QCOMPARE(df.stageByName(u"builde", 2), -1);
    QCOMPARE(df.stageByName(u"1", 2), 1);
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
    // Single '<' redirections before and between do not hide a marker; a lone '<' at the end is none.
    const ParsedDockerfile mixed =
        parseDockerfile("FROM a:1\nRUN sort < in < in2 && cat <<EOF\nbody\nEOF\nRUN a <\nRUN b < c <<< d\n");
    QCOMPARE(mixed.instructions.size(), size_t(4));
    QCOMPARE(mixed.instructions[1].heredocs.size(), size_t(1));
    QCOMPARE(mixed.instructions[1].heredocs[0].body, QStringLiteral("body\n"));
    QVERIFY(mixed.instructions[2].heredocs.empty());
    QVERIFY(mixed.instructions[3].heredocs.empty());
    QVERIFY(df.issues.empty());
}

void TstParser::heredocBodyBecomesTheRunScript()
{
    const ParsedDockerfile df = parseDockerfile("FROM a:1\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n"
                                                "RUN python3 <<EOF\nprint(1)\nEOF\n");
    QCOMPARE(df.instructions[1].shellScript(), QStringLiteral("apt-get update\napt-get install -y curl\n"));
    const ShellScript s = splitShell(df.instructions[1].shellScript());
    QCOMPARE(s.commands.size(), size_t(2));
    QCOMPARE(strings(s.commands[1].words), (QStringList{"apt-get", "install", "-y", "curl"}));
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
    // U+0124 has the low byte of '$' and U+2424 the high one: neither is a '$' (long texts are searched bytewise).
    QTest::newRow("long-lookalikes") << u"prefix \u0124\u2424 \u0124\u0124 $A and ${A:-x} \u2424$NOPE/end"_s
                                     << u"prefix \u0124\u2424 \u0124\u0124 one and one \u2424/end"_s;
    QTest::newRow("long-lookalikes-only") << u"\u0124\u2424\u0124\u0124\u2424 no variables in this long text"_s
                                          << u"\u0124\u2424\u0124\u0124\u2424 no variables in this long text"_s;
    QTest::newRow("long-dollar-last") << "a long text that ends in a variable $A"
                                      << "a long text that ends in a variable one";
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

void TstParser::scopesManyVariablesPerStage()
{
    // Past 16 variables a stage's table is indexed: lookups, redefinitions and inheritance must not change.
    QByteArray text = "FROM a:1 AS base\n";
    for (int i = 0; i < 40; ++i) {
        text += "ENV V" + QByteArray::number(i) + "=v" + QByteArray::number(i) + "\n";
    }
    text += "ENV V3=again V39=${V3}-${V0}\nWORKDIR /$V39/$V17/${V38}\nFROM base\nUSER ${V3}:${V25}\n"
            "ARG V25=arg\nUSER $V25\nFROM a:1\nUSER x${V3}\n";
    const ParsedDockerfile df = parseDockerfile(text);
    QVERIFY(df.issues.empty());
    const auto expandedOf = [&df](InstructionKind kind, int stage) {
        QStringList out;
        for (const Instruction& ins : df.instructions) {
            if (ins.kind == kind && ins.stage == stage) {
                out << ins.expanded;
            }
        }
        return out;
    };
    // ENV pairs of one instruction see the values from before it: V39 takes the old V3.
    QCOMPARE(expandedOf(InstructionKind::Workdir, 0), QStringList{u"/v3-v0/v17/v38"_s});
    QCOMPARE(expandedOf(InstructionKind::User, 1), (QStringList{u"again:v25"_s, u"arg"_s}));
    QCOMPARE(expandedOf(InstructionKind::User, 2), QStringList{u"x"_s});
}

void TstParser::readsExecFormsAsQJsonDocumentDoes()
{
    // Plain string arrays are read without QJsonDocument; the verdict must be QJsonDocument's for every shape.
    const QStringList forms{
        u"[]"_s,
        u"[ ]"_s,
        u"[\"a\"]"_s,
        u"[ \"a\" , \"b c\" ]"_s,
        u"[\"a\",\"b\"]   "_s,
        u"[\"a\",]"_s,
        u"[\"a\" \"b\"]"_s,
        u"[\"a\", 1]"_s,
        u"[\"\", \"x\"]"_s,
        u"[\"caf\u00e9\", \"x\"]"_s,
        u"[\"a\\\"b\", \"c\\\\d\"]"_s,
        u"[\"tab\\tin\"]"_s,
        u"[\"a\"] x"_s,
        u"[\"a\""_s,
        u"[\"a\"]]"_s,
        u"[[\"a\"]]"_s,
    };
    for (const QString& form : forms) {
        const ParsedDockerfile df = parseDockerfile(u"FROM a:1\nCMD %1\n"_s.arg(form).toUtf8());
        QCOMPARE(df.instructions.size(), size_t(2));
        const Instruction& cmd = df.instructions[1];
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(cmd.args.toUtf8(), &err);
        bool execForm = err.error == QJsonParseError::NoError && doc.isArray();
        QStringList words;
        for (const QJsonValue& v : doc.array()) {
            execForm = execForm && v.isString();
            words << v.toString();
        }
        QVERIFY2(cmd.execForm == execForm, qPrintable(form));
        if (execForm) {
            QCOMPARE(cmd.execArgs, words);
        }
    }
}

void TstParser::keywordsOfEveryLengthInMixedCase()
{
    const ParsedDockerfile df =
        parseDockerfile("FROM a:1\nhEaLtHcHeCk NONE\nMaInTaInEr me\nENTRYPOINt x\nsToPsIgNaL 9\n"
                        "HEALTHCHECKS x\nWORKDIRS x\nR x\nONBUILd RUN true\nCOPY a b\n");
    QCOMPARE(df.instructions.size(), size_t(7));
    const std::pair<InstructionKind, const char*> expected[]{
        {InstructionKind::From, "FROM"},
        {InstructionKind::Healthcheck, "hEaLtHcHeCk"},
        {InstructionKind::Maintainer, "MaInTaInEr"},
        {InstructionKind::Entrypoint, "ENTRYPOINt"},
        {InstructionKind::Stopsignal, "sToPsIgNaL"},
        {InstructionKind::Onbuild, "ONBUILd"},
        {InstructionKind::Copy, "COPY"},
    };
    for (size_t i = 0; i < std::size(expected); ++i) {
        const Instruction& ins = df.instructions[i];
        QVERIFY(ins.kind == expected[i].first);
        QCOMPARE(ins.written, QString::fromLatin1(expected[i].second));
        QCOMPARE(ins.keyword, QString::fromLatin1(expected[i].second).toUpper());
    }
    QCOMPARE(df.issues.size(), size_t(3)); // HEALTHCHECKS, WORKDIRS and R are unknown
}

void TstParser::parsesManyKeyValuePairs()
{
    // More pairs than the parser keeps on the stack, quoted and escaped ones among them.
    QByteArray text = "FROM a:1\nLABEL";
    for (int i = 0; i < 20; ++i) {
        text += i % 3 == 0   ? " k" + QByteArray::number(i) + "=\"v " + QByteArray::number(i) + "\""
                : i % 3 == 1 ? " k" + QByteArray::number(i) + "=v\\ " + QByteArray::number(i)
                             : " k" + QByteArray::number(i) + "=v" + QByteArray::number(i);
    }
    text += "\n";
    const ParsedDockerfile df = parseDockerfile(text);
    const auto& pairs = df.instructions[1].pairs;
    QCOMPARE(pairs.size(), size_t(20));
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(pairs[size_t(i)].key, u"k%1"_s.arg(i));
        QCOMPARE(pairs[size_t(i)].value, i % 3 == 2 ? u"v%1"_s.arg(i) : u"v %1"_s.arg(i));
        QVERIFY(pairs[size_t(i)].hasValue);
    }
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
        names << c.name().toString();
    }
    QCOMPARE(names, (QStringList{"cd", "make", "echo", "[", "rm", "echo", "cat"}));
    QCOMPARE(strings(s.commands[2].words), (QStringList{"echo", "a && b", "c | d"}));
    QCOMPARE(strings(s.commands[5].assignments), (QStringList{"X=$(curl -s u | head -1)"}));
    QCOMPARE(strings(s.commands[6].words), (QStringList{"cat"}));
    QVERIFY(!s.hasPipe); // the pipe inside $(...) is not this script's pipe
}

void TstParser::shellStripsWrappersAndAssignments()
{
    const ShellScript s = splitShell(u"sudo -u root -E DEBIAN_FRONTEND=noninteractive apt-get install -y x");
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(strings(s.commands[0].wrappers), (QStringList{"sudo"}));
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
    QCOMPARE(strings(c.operands(1, {u"-o"})), (QStringList{"install", "a", "b=1"}));
}

void TstParser::shellMixesQuotedAndPlainWords()
{
    // Plain words are slices of the script, quoted/escaped ones are unquoted copies: both kinds side by side.
    const QStringList raw{u"apt-get"_s,
                          u"install"_s,
                          u"-y"_s,
                          u"\"a b\""_s,
                          u"c'd'e"_s,
                          u"f\\ g"_s,
                          u"plain"_s,
                          u"$(x \"y\")z"_s,
                          u"`q`"_s,
                          u"\"p\\\"q\""_s,
                          u"'r\\s'"_s,
                          u"\"t\\u\""_s,
                          u"ab\"cd\""_s,
                          u"\"ab\"cd"_s,
                          u"end"_s};
    std::vector<qsizetype> offsets;
    const QString script = joinTokens(raw, offsets);
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), size_t(1));
    const ShellCommand& c = s.commands[0];
    const QStringList words{u"apt-get"_s,
                            u"install"_s,
                            u"-y"_s,
                            u"a b"_s,
                            u"cde"_s,
                            u"f g"_s,
                            u"plain"_s,
                            u"$(x \"y\")z"_s,
                            u"`q`"_s,
                            u"p\"q"_s,
                            u"r\\s"_s,
                            u"t\\u"_s,
                            u"abcd"_s,
                            u"abcd"_s,
                            u"end"_s};
    QCOMPARE(strings(c.words), words);
    QCOMPARE(offsetsOf(c), offsets);
    QCOMPARE(c.name(), u"apt-get"_s);
    QCOMPARE(c.subcommand(), u"install"_s);
    QCOMPARE(strings(c.operands(2)), words.mid(3)); // "-y" is an option, the rest are operands
    QVERIFY(c.hasWord(u"cde"));
    QVERIFY(c.hasWord(u"p\"q"));
    QVERIFY(!c.hasWord(u"c'd'e"));
}

void TstParser::shellScriptOwnsItsText()
{
    // The caller's text may change or go away after the split: the script keeps what it needs. The texts are on
    // the heap (a literal's static data would never change, whatever the splitter kept).
    const char* raw = "FOO=\"1 2\" sudo apt-get install 'x' y && cd /z";
    QString text = QString::fromLatin1(raw);
    const ShellScript fromString = splitShell(text);
    QString other = QString::fromLatin1(raw);
    const ShellScript fromView = splitShell(QStringView(other));
    text.fill(u'#');  // shared with fromString's text if it kept one: detaches; else overwritten in place
    other.fill(u'!'); // only other owns this one: overwritten in place
    text = QString();
    other = QString();
    for (const ShellScript* s : {&fromString, &fromView}) {
        QCOMPARE(s->commands.size(), size_t(2));
        QCOMPARE(strings(s->commands[0].words), (QStringList{u"apt-get"_s, u"install"_s, u"x"_s, u"y"_s}));
        QCOMPARE(strings(s->commands[0].assignments), (QStringList{u"FOO=1 2"_s}));
        QCOMPARE(strings(s->commands[0].wrappers), (QStringList{u"sudo"_s}));
        QCOMPARE(s->commands[0].name(), u"apt-get"_s);
        QCOMPARE(strings(s->commands[1].words), (QStringList{u"cd"_s, u"/z"_s}));
        QCOMPARE(s->commands[1].separatorBefore, u"&&"_s);
        QCOMPARE(offsetsOf(s->commands[1]), (std::vector<qsizetype>{40, 43}));
    }
}

void TstParser::shellScriptSurvivesMoves()
{
    // Scripts moved around in a growing vector (and move-assigned) must still read their own words.
    const auto text = [](int i) {
        return u"FOO=\"%1 x\" /usr/bin/sudo apt-get install \"pkg%1\" plain%1 | tee 'log %1'"_s.arg(i);
    };
    std::vector<ShellScript> scripts;
    for (int i = 0; i < 300; ++i) {
        QString t = text(i);
        scripts.push_back(splitShell(t));
        t.fill(u'#');
    }
    ShellScript moved = std::move(scripts[7]);
    ShellScript assigned = splitShell(u"echo overwritten");
    QCOMPARE(strings(assigned.commands[0].words), (QStringList{u"echo"_s, u"overwritten"_s}));
    assigned = std::move(moved); // scripts[7] goes back where it was, through a move assignment
    std::swap(scripts[7], assigned);
    std::vector<ShellScript> all;
    for (ShellScript& s : scripts) {
        all.push_back(std::move(s));
    }
    scripts.clear();
    scripts.shrink_to_fit();
    for (int i = 0; i < int(all.size()); ++i) {
        const ShellScript& s = all[size_t(i)];
        const QString n = QString::number(i);
        QCOMPARE(s.commands.size(), size_t(2));
        const ShellCommand& a = s.commands[0];
        const ShellCommand& b = s.commands[1];
        QCOMPARE(strings(a.words), (QStringList{u"apt-get"_s, u"install"_s, u"pkg"_s + n, u"plain"_s + n}));
        QCOMPARE(strings(a.assignments), (QStringList{u"FOO="_s + n + u" x"_s}));
        QCOMPARE(strings(a.wrappers), (QStringList{u"sudo"_s}));
        QCOMPARE(a.name(), u"apt-get"_s);
        QVERIFY(a.pipedTo);
        QCOMPARE(strings(b.words), (QStringList{u"tee"_s, u"log "_s + n}));
        QCOMPARE(b.name(), u"tee"_s);
        QCOMPARE(b.separatorBefore, u"|"_s);
        QVERIFY(b.pipedFrom);
        const QString t = text(i);
        QCOMPARE(offsetsOf(a),
                 (std::vector<qsizetype>{
                     t.indexOf(u"apt-get"), t.indexOf(u"install"), t.indexOf(u"\"pkg"), t.indexOf(u"plain")}));
        QCOMPARE(offsetsOf(b), (std::vector<qsizetype>{t.indexOf(u"tee"), t.indexOf(u"'log")}));
    }
}

void TstParser::shellSplitsAHundredThousandWords()
{
    // 10,000 commands of 10 words in four spellings (plain, double-quoted, mixed quotes, escaped quote).
    QString script;
    std::vector<QStringList> want;
    std::vector<std::vector<qsizetype>> wantOffsets;
    for (int k = 0; k < 100000; ++k) {
        if (k % 10 == 0) {
            if (k > 0) {
                script += u" && "_s;
            }
            want.emplace_back();
            wantOffsets.emplace_back();
        } else {
            script += u' ';
        }
        const QString n = QString::number(k);
        wantOffsets.back().push_back(script.size());
        switch (k % 4) {
        case 0:
            script += u"w"_s + n;
            want.back() << u"w"_s + n;
            break;
        case 1:
            script += u"\"q "_s + n + u'"';
            want.back() << u"q "_s + n;
            break;
        case 2:
            script += u"a'"_s + n + u"'b"_s;
            want.back() << u"a"_s + n + u"b"_s;
            break;
        default:
            script += u"\"x\\\""_s + n + u'"';
            want.back() << u"x\""_s + n;
            break;
        }
    }
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        QCOMPARE(strings(s.commands[i].words), want[i]);
        QCOMPARE(offsetsOf(s.commands[i]), wantOffsets[i]);
        QCOMPARE(s.commands[i].separatorBefore, i == 0 ? QString() : u"&&"_s);
    }
}

void TstParser::shellWordsAtTheEndOfTheScript_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("last");
    QTest::newRow("plain") << u"echo foo"_s << u"foo"_s;
    QTest::newRow("unterminated double quote") << u"echo \"foo"_s << u"foo"_s;
    QTest::newRow("unterminated single quote") << u"echo 'foo"_s << u"foo"_s;
    QTest::newRow("trailing backslash") << u"echo foo\\"_s << u"foo"_s;
    QTest::newRow("backslash in open double quote") << u"echo \"a\\"_s << u"a\\"_s;
    QTest::newRow("quoted tail") << u"echo foo\"bar\""_s << u"foobar"_s;
    QTest::newRow("escaped quote tail") << u"echo a\\\""_s << u"a\""_s;
    QTest::newRow("open substitution") << u"echo $(foo"_s << u"$(foo"_s;
    QTest::newRow("open backtick") << u"echo `foo"_s << u"`foo"_s;
    QTest::newRow("empty quotes") << u"echo ''"_s << QString();
    QTest::newRow("one character") << u"echo x"_s << u"x"_s;
    QTest::newRow("escaped character") << u"echo \\x"_s << u"x"_s;
}

void TstParser::shellWordsAtTheEndOfTheScript()
{
    QFETCH(QString, script);
    QFETCH(QString, last);
    const ShellScript s = splitShell(script);
    QCOMPARE(s.commands.size(), size_t(1));
    const ShellCommand& c = s.commands[0];
    QCOMPARE(c.words.size(), decltype(c.words.size())(2));
    QCOMPARE(QStringView(c.words[1]).toString(), last);
    QCOMPARE(c.offsets[1], 5);
    QCOMPARE(c.arg(1), last);
}

void TstParser::shellUnquotesAcrossPieces()
{
    // Unquoted text built from many pieces, in words, assignments and wrappers.
    const ShellScript s = splitShell(u"\"a\\\"b\" a\"b\"'c'\\d\"e\\\"f\"$(g)'h' 'FOO'=\"1\" \"sud\"o -u x "
                                     u"/usr/bin/\"env\" BAR=2 'apt-get' \"ins\"tall"_s);
    QCOMPARE(s.commands.size(), size_t(1));
    QCOMPARE(strings(s.commands[0].words),
             (QStringList{u"a\"b"_s,
                          u"abcde\"f$(g)h"_s,
                          u"FOO=1"_s,
                          u"sudo"_s,
                          u"-u"_s,
                          u"x"_s,
                          u"/usr/bin/env"_s,
                          u"BAR=2"_s,
                          u"apt-get"_s,
                          u"install"_s}));
    // The same words after a separator: assignment and wrappers are recognised after unquoting.
    const QString text = u"true; 'FOO'=\"1\" \"sud\"o -u x /usr/bin/\"env\" BAR=2 'apt-get' \"ins\"tall"_s;
    const ShellScript t = splitShell(text);
    QCOMPARE(t.commands.size(), size_t(2));
    const ShellCommand& c = t.commands[1];
    QCOMPARE(strings(c.assignments), (QStringList{u"FOO=1"_s}));
    QCOMPARE(strings(c.wrappers), (QStringList{u"sudo"_s, u"env"_s}));
    QCOMPARE(strings(c.words), (QStringList{u"apt-get"_s, u"install"_s}));
    QCOMPARE(c.name(), u"apt-get"_s);
    QCOMPARE(offsetsOf(c), (std::vector<qsizetype>{text.indexOf(u"'apt-get'"), text.indexOf(u"\"ins")}));
    QCOMPARE(c.separatorBefore, u";"_s);
}

void TstParser::shellCommandQueries()
{
    const ShellScript s = splitShell(u"sudo git -c \"http.sslVerify\" FALSE clone --depth 1 x; apt-get install -o"_s);
    QCOMPARE(s.commands.size(), size_t(2));
    const ShellCommand& git = s.commands[0];
    // joinedContains matches as if the words were joined by single spaces, across words too.
    QVERIFY(git.joinedContains(u"sslverify false"_s, Qt::CaseInsensitive));
    QVERIFY(!git.joinedContains(u"sslverify false"_s));
    QVERIFY(git.joinedContains(u"http.sslVerify FALSE clone"_s));
    QVERIFY(git.joinedContains(u"Verify"_s));
    QVERIFY(git.joinedContains(u"1 x"_s));
    QVERIFY(!git.joinedContains(u"x "_s));
    QVERIFY(!git.joinedContains(u"sslVerifyFALSE"_s));
    QVERIFY(!git.joinedContains(u"depth  1"_s));
    QVERIFY(git.joinedContains(QString()));
    QVERIFY(git.hasWrapper(u"sudo"_s));
    QVERIFY(!git.hasWrapper(u"git"_s));
    QCOMPARE(git.arg(99), QString());
    QCOMPARE(git.arg(-1), QString());
    QCOMPARE(git.subcommand({u"-c"}), u"FALSE"_s);
    QCOMPARE(git.subcommand(), u"http.sslVerify"_s);
    QCOMPARE(strings(git.operands(1, {u"-c", u"--depth"})), (QStringList{u"FALSE"_s, u"clone"_s, u"x"_s}));
    QCOMPARE(joinWords(git.words), u"git -c http.sslVerify FALSE clone --depth 1 x"_s);
    QCOMPARE(joinWords(git.words.subspan(5), u", "), u"--depth, 1, x"_s);
    QCOMPARE(joinWords({}), QString());
    // An option that takes a value, last on the line: nothing after it is read.
    const ShellCommand& apt = s.commands[1];
    QCOMPARE(strings(apt.operands(1, {u"-o"})), (QStringList{u"install"_s}));
    QCOMPARE(apt.subcommand({u"-o"}), u"install"_s);
    QVERIFY(apt.operands(3, {u"-o"}).isEmpty());
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

// ---- parse3: strings in shared blocks ----

namespace {

// Every string the parser made for `df`, with where it came from.
std::vector<std::pair<QString, QString>> allStrings(const ParsedDockerfile& df)
{
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&out](const char* what, const QString& s) { out.emplace_back(QString::fromLatin1(what), s); };
    for (const Instruction& ins : df.instructions) {
        add("args", ins.args);
        add("expanded", ins.expanded);
        add("written", ins.written);
        for (const Flag& f : ins.flags) {
            add("flag", f.value);
        }
        for (const QString& w : ins.execArgs) {
            add("word", w);
        }
        for (const KeyValue& kv : ins.pairs) {
            add("key", kv.key);
            add("value", kv.value);
        }
    }
    for (const Stage& st : df.stages) {
        add("image", st.image);
        add("imageExpanded", st.imageExpanded);
        add("alias", st.aliasWritten);
    }
    for (const Comment& c : df.comments) {
        add("comment", c.text);
    }
    return out;
}

} // namespace

void TstParser::arenaStringsKeepNullAndEmptyAsBefore()
{
    // Pairs are made as parseKeyValues() makes them: empty values are empty but not null, a missing value is null.
    const ParsedDockerfile df = parseDockerfile("ARG A\nARG B=\nFROM x\nENV C= D=\"\" E=1\nLABEL \"q k\"=v e=\n"
                                                "ENV legacy the rest\nARG F=${A:-}\nRUN echo $A\n");
    int pairs = 0;
    for (const Instruction& ins : df.instructions) {
        const auto expected = parseKeyValues(ins.args, ins.kind == InstructionKind::Env);
        if (ins.pairs.empty()) {
            continue;
        }
        QCOMPARE(ins.pairs.size(), expected.size());
        for (size_t n = 0; n < expected.size(); ++n) {
            ++pairs;
            QCOMPARE(ins.pairs[n].key, expected[n].key);
            QCOMPARE(ins.pairs[n].key.isNull(), expected[n].key.isNull());
            QCOMPARE(ins.pairs[n].value, expected[n].value);
            QCOMPARE(ins.pairs[n].value.isNull(), expected[n].value.isNull());
            QCOMPARE(ins.pairs[n].hasValue, expected[n].hasValue);
        }
    }
    QCOMPARE(pairs, 9);
    QVERIFY(df.instructions[0].pairs[0].value.isNull());
    QVERIFY(!df.instructions[1].pairs[0].value.isNull());
    QVERIFY(df.instructions[1].pairs[0].value.isEmpty());
    // A global ARG whose value expands to nothing is empty, not null (as the reserved string of an expansion was).
    const ParsedDockerfile g = parseDockerfile("ARG E=${UNSET}\nFROM x\n");
    QVERIFY(g.globalArgs.contains(u"E"_s));
    QCOMPARE(g.globalArgs.value(u"E"_s), QString());
    QVERIFY(!g.globalArgs.value(u"E"_s).isNull());
}

void TstParser::arenaStringsAreTerminatedAndIndependent()
{
    ParsedDockerfile df = parseDockerfile(
        "# a comment\nARG V=1\nFROM --platform=linux/amd64 img:$V AS Build\nCOPY --from=build --chown=1:2 a b\n"
        "ENV K=v L=\"w x\"\nCMD [\"sh\", \"-c\", \"echo hi\"]\nrun echo one \\\n  two\n");
    const auto strings = allStrings(df);
    QVERIFY(strings.size() > 20);
    for (const auto& [what, s] : strings) {
        if (!s.isNull()) {
            // QString::utf16() promises a '\0' after the characters; Qt's own code relies on it.
            QVERIFY2(s.utf16()[s.size()] == 0, qPrintable(what + u": "_s + s));
        }
    }
    // Changing a copy, or the instruction's own string, changes nothing else (the block is shared: they detach).
    Instruction& copy = df.instructions[2];
    const QString before = df.instructions[3].args;
    QString args = copy.args;
    args[0] = u'X';
    args += u" appended"_s;
    QCOMPARE(copy.args, u"a b"_s);
    copy.args.append(u" more"_s);
    copy.args[0] = u'Z';
    QCOMPARE(copy.args, u"Z b more"_s);
    QCOMPARE(args, u"X b appended"_s);
    QCOMPARE(df.instructions[3].args, before);
    QCOMPARE(df.instructions[3].args, u"K=v L=\"w x\""_s);
    QCOMPARE(df.instructions[3].pairs[1].value, u"w x"_s);
    QCOMPARE(df.instructions[4].execArgs, QStringList({u"sh"_s, u"-c"_s, u"echo hi"_s}));
    QCOMPARE(df.instructions[5].written, u"run"_s);
    QCOMPARE(df.instructions[5].args, u"echo one   two"_s);
    QCOMPARE(df.stages[0].aliasWritten, u"Build"_s);
    QCOMPARE(df.stages[0].alias, u"build"_s);
    QCOMPARE(df.stages[0].imageExpanded, u"img:1"_s);
    QCOMPARE(df.comments[0].text, u"a comment"_s);
}

void TstParser::arenaStringsOutliveTheParsedFile()
{
    QString keep;
    QString other;
    {
        const ParsedDockerfile df = parseDockerfile("FROM a:1\nENV FIRST=one SECOND=two\nRUN echo three\n");
        keep = df.instructions[1].pairs[0].value;
        other = df.instructions[1].pairs[1].value;
    }
    QCOMPARE(keep, u"one"_s);
    QCOMPARE(other, u"two"_s);
    // `keep` and `other` share a block: growing one in place must not write over the other.
    for (int n = 0; n < 100; ++n) {
        keep += u"-grown"_s;
    }
    keep.prepend(u"pre-"_s);
    QCOMPARE(other, u"two"_s);
    QVERIFY(keep.startsWith(u"pre-one-grown-grown"_s));
    QCOMPARE(keep.size(), 4 + 3 + 100 * 6);
    other = QString(); // the last one of its block: growing it in place now is its own business
    keep.squeeze();
    keep.truncate(7);
    keep += u'!';
    QCOMPARE(keep, u"pre-one!"_s);
}

void TstParser::arenaStringsFillManyBlocks()
{
    // Far more string data than the first block (a line's pairs, exec words and expansion together are longer
    // than the line), and one string larger than any block.
    QByteArray text = "ARG G=global\nFROM a:1\nARG G\n";
    for (int n = 0; n < 3000; ++n) {
        text += "ENV K" + QByteArray::number(n) + "=v" + QByteArray::number(n) + " L" + QByteArray::number(n) +
                "=${G}" + QByteArray::number(n) + "\nCMD [\"a" + QByteArray::number(n) + "\", \"b\"]\n";
    }
    text += "RUN " + QByteArray(200000, 'x') + "\n";
    const ParsedDockerfile df = parseDockerfile(text);
    QCOMPARE(df.instructions.size(), size_t(3 + 2 * 3000 + 1));
    for (int n = 0; n < 3000; ++n) {
        const Instruction& env = df.instructions[size_t(3 + 2 * n)];
        const QString num = QString::number(n);
        QCOMPARE(env.pairs[0].key, u"K"_s + num);
        QCOMPARE(env.pairs[0].value, u"v"_s + num);
        QCOMPARE(env.pairs[1].value, u"${G}"_s + num);
        QCOMPARE(env.expanded, u"K"_s + num + u"=v"_s + num + u" L"_s + num + u"=global"_s + num);
        QCOMPARE(df.instructions[size_t(4 + 2 * n)].execArgs, QStringList({u"a"_s + num, u"b"_s}));
    }
    QCOMPARE(df.instructions.back().args, QString(200000, u'x'));
    for (const auto& [what, s] : allStrings(df)) {
        QVERIFY(s.isNull() || s.utf16()[s.size()] == 0);
    }
}

// The arena counts its slices' references per block in one step at the end (a bias while the parse runs), and copies
// of the file's text (sourceText) and of args (expanded) are counted the same way: once the parsed file is gone, one
// surviving copy of such a string must hold its block alone (a bias left over would keep the block forever, a count
// too low would free it under the copy: LeakSanitizer and AddressSanitizer see those in the sanitizer run).
void TstParser::arenaReferenceCountsAreExactAfterTheParse()
{
    const auto refs = [](QString& s) { return s.data_ptr().d_ptr() ? s.data_ptr().d_ptr()->ref_.loadRelaxed() : -1; };
    {
        QString source;
        QString expanded;
        QString args;
        {
            const ParsedDockerfile df = parseDockerfile("FROM a:1\nWORKDIR /srv\nRUN echo one\nRUN echo two\n");
            source = df.instructions[2].sourceText;
            expanded = df.instructions[2].expanded;
            args = df.instructions[3].args;
            QVERIFY(refs(source) > 1);
        }
        // The file's text, expanded and args share the first block: three references, nothing else.
        QCOMPARE(refs(source), 3);
        QCOMPARE(source.mid(0, 8), u"FROM a:1"_s);
        QCOMPARE(expanded, u"echo one"_s);
        QCOMPARE(args, u"echo two"_s);
        expanded = QString();
        args = QString();
        QCOMPARE(refs(source), 1);
    }
    {
        // Many blocks: a string of a later block and its expanded copy, and the first block's text.
        QByteArray text = "FROM a:1\n";
        for (int n = 0; n < 4000; ++n) {
            text += "LABEL k" + QByteArray::number(n) + "=\"value " + QByteArray::number(n) + "\"\n";
        }
        text += "RUN echo last\n";
        QString lastArgs;
        QString lastExpanded;
        QString source;
        {
            const ParsedDockerfile df = parseDockerfile(text);
            lastArgs = df.instructions.back().args;
            lastExpanded = df.instructions.back().expanded;
            source = df.instructions.back().sourceText;
            QVERIFY(lastArgs.constData() != source.constData());
        }
        QCOMPARE(lastArgs, u"echo last"_s);
        QCOMPARE(lastExpanded, u"echo last"_s);
        QVERIFY(source.endsWith(u"RUN echo last\n"_s));
        QCOMPARE(refs(source), 1);
        if (lastArgs.data_ptr().d_ptr() != source.data_ptr().d_ptr()) {
            QCOMPARE(refs(lastArgs), 2); // lastArgs and lastExpanded
        }
    }
}

void TstParser::arenaHeredocBodiesAndRebuiltPairs()
{
    const ParsedDockerfile df = parseDockerfile("FROM a\nRUN <<EOF\nEOF\nRUN <<-EOF\n\t\tline1\n\tline2\n\tEOF\n"
                                                "COPY <<A <<B /x\na\nA\nb1\n\nB\n"
                                                "ENV k \"\"\nENV j \"\" x\nLABEL \"a b\"=\"c\\\"d\" e='f g' \"\"\n"
                                                "RUN <<EOF\nx\ny");
    QCOMPARE(df.instructions.size(), size_t(8));
    QCOMPARE(df.instructions[1].heredocs.size(), size_t(1));
    QVERIFY(df.instructions[1].heredocs[0].body.isNull()); // no lines: nothing was appended
    QVERIFY(df.instructions[1].heredocs[0].terminated);
    QCOMPARE(df.instructions[2].heredocs[0].body, u"line1\nline2\n"_s);
    QCOMPARE(df.instructions[3].heredocs.size(), size_t(2));
    QCOMPARE(df.instructions[3].heredocs[0].body, u"a\n"_s);
    QCOMPARE(df.instructions[3].heredocs[1].body, u"b1\n\n"_s);
    QCOMPARE(df.instructions[3].endLine, 13);
    // A rebuilt (quoted) token with no characters is a null string, in the legacy form too.
    QCOMPARE(df.instructions[4].pairs.size(), size_t(1));
    QVERIFY(df.instructions[4].pairs[0].value.isNull());
    QVERIFY(df.instructions[4].pairs[0].hasValue);
    QCOMPARE(df.instructions[5].pairs[0].value, u" x"_s);
    const auto& label = df.instructions[6].pairs;
    QCOMPARE(label.size(), size_t(3));
    QCOMPARE(label[0].key, u"a b"_s);
    QCOMPARE(label[0].value, u"c\"d"_s);
    QCOMPARE(label[1].key, u"e"_s);
    QCOMPARE(label[1].value, u"f g"_s);
    QVERIFY(label[2].key.isNull());
    QVERIFY(!label[2].hasValue);
    for (size_t n = 4; n <= 6; ++n) {
        const auto expected = parseKeyValues(df.instructions[n].args, df.instructions[n].kind == InstructionKind::Env);
        QCOMPARE(df.instructions[n].pairs.size(), expected.size());
        for (size_t k = 0; k < expected.size(); ++k) {
            QCOMPARE(df.instructions[n].pairs[k].key, expected[k].key);
            QCOMPARE(df.instructions[n].pairs[k].key.isNull(), expected[k].key.isNull());
            QCOMPARE(df.instructions[n].pairs[k].value, expected[k].value);
            QCOMPARE(df.instructions[n].pairs[k].value.isNull(), expected[k].value.isNull());
        }
    }
    const Heredoc& open = df.instructions[7].heredocs[0];
    QVERIFY(!open.terminated);
    QCOMPARE(open.body, u"x\ny\n"_s);
    for (const Instruction& ins : df.instructions) {
        for (const Heredoc& h : ins.heredocs) {
            QVERIFY(h.body.isNull() || h.body.utf16()[h.body.size()] == 0);
        }
    }
}

void TstParser::shortKeywordsAtTheEndOfTheFile()
{
    // Three- and four-letter keywords are matched four units at a time when the line has four: at the very end of
    // the file it does not, and the keyword alone is still recognised (and reported for its missing arguments).
    for (const char* kw : {"RUN", "env", "Arg", "cMd", "ADD", "COPY", "from", "User"}) {
        const ParsedDockerfile df = parseDockerfile(QByteArray("FROM a\n") + kw);
        QCOMPARE(df.instructions.size(), size_t(1));
        QCOMPARE(df.issues.size(), size_t(1));
        QVERIFY2(df.issues[0].message.contains(QString::fromLatin1(kw).toUpper()), qPrintable(df.issues[0].message));
    }
    const ParsedDockerfile df = parseDockerfile("FROM a\nRUN1 x\nR_N x\nRUNX x\nrUn x\nCoPy a b\nENV0 x\nFRO x\nUSE x\n"
                                                "ADD\tsrc dst\nArG K=v\nCMD x\n");
    QStringList kinds;
    for (const Instruction& ins : df.instructions) {
        kinds << ins.keyword + u':' + ins.written;
    }
    QCOMPARE(kinds,
             QStringList({u"FROM:FROM"_s, u"RUN:rUn"_s, u"COPY:CoPy"_s, u"ADD:ADD"_s, u"ARG:ArG"_s, u"CMD:CMD"_s}));
    QCOMPARE(df.issues.size(), size_t(6)); // RUN1, R_N, RUNX, ENV0, FRO, USE: unknown
}

void TstParser::continuedLinesShareOneJoinBuffer()
{
    // Continued instructions are joined in one buffer the parser reuses: each one's arguments are its own.
    QByteArray text = "FROM a\n";
    for (int n = 0; n < 50; ++n) {
        text += "RUN echo " + QByteArray(n * 40, char('a' + n % 26)) + " \\\n  && echo " + QByteArray::number(n) +
                "\nONBUILD RUN one \\\n two" + QByteArray::number(n) + "\n";
    }
    const ParsedDockerfile df = parseDockerfile(text);
    QCOMPARE(df.instructions.size(), size_t(101));
    for (int n = 0; n < 50; ++n) {
        const Instruction& run = df.instructions[size_t(1 + 2 * n)];
        QCOMPARE(run.args, u"echo "_s + QString(n * 40, QChar(u'a' + n % 26)) + u"   && echo "_s + QString::number(n));
        QCOMPARE(run.positionAt(run.args.indexOf(u"&&"_s)).line, 2 + 4 * n + 1);
        const Instruction& onbuild = df.instructions[size_t(2 + 2 * n)];
        QVERIFY(onbuild.onbuild);
        QCOMPARE(onbuild.onbuild->args, u"one  two"_s + QString::number(n));
    }
}

void TstParser::decodesAsciiAndUtf8Alike()
{
    // ASCII is widened sixteen bytes at a time; anything else goes through QString::fromUtf8(), wherever the first
    // non-ASCII byte is (in the first sixteen, later, in the tail), and a BOM is dropped either way.
    const QByteArray ascii = "FROM alpine:3.19\nLABEL description=\"plain ascii text, long enough\"\nRUN echo hi\n";
    for (qsizetype at : {qsizetype(0), qsizetype(5), qsizetype(17), qsizetype(40), ascii.size() - 2}) {
        for (const QByteArray& insert : {QByteArray("\xc3\xa9"), QByteArray("\xef\xbb\xbf"), QByteArray("\xff")}) {
            QByteArray text = ascii;
            text.insert(at, insert);
            const ParsedDockerfile df = parseDockerfile(text);
            QString expected = QString::fromUtf8(text);
            if (expected.startsWith(QChar(0xFEFF))) {
                expected.remove(0, 1);
            }
            QCOMPARE(df.instructions.empty() ? QString() : df.instructions[0].sourceText, expected);
        }
    }
    const ParsedDockerfile df = parseDockerfile(ascii);
    QCOMPARE(df.instructions[0].sourceText, QString::fromLatin1(ascii));
    QCOMPARE(df.instructions[1].pairs[0].value, u"plain ascii text, long enough"_s);
    QCOMPARE(parseDockerfile(QByteArray("RUN\0x", 5)).instructions.size(), size_t(0));
    QCOMPARE(parseDockerfile(QByteArray()).instructions.size(), size_t(0));
}

void TstParser::findsDollarAndHeredocAnywhereInTheArguments()
{
    // Arguments are scanned for '$' and '<' while they are copied, eight units a step with an overlapping last step:
    // every position, in strings shorter and longer than a step, must count.
    for (int len = 1; len <= 40; ++len) {
        for (int at = 0; at < len; ++at) {
            const QString word(len, u'x');
            const QString withVar = word.left(at) + u"${V}"_s + word.mid(at + 1);
            const QString text = u"ARG V=val\nFROM img\nARG V\nCOPY "_s + withVar + u" /d\nRUN cat "_s +
                                 QString(at, u'y') + u"<<EOF\nbody\nEOF\n"_s;
            const ParsedDockerfile df = parseDockerfile(text.toUtf8());
            QCOMPARE(df.instructions.size(), size_t(5));
            const QString expected = word.left(at) + u"val"_s + word.mid(at + 1) + u" /d"_s;
            QCOMPARE(df.instructions[3].expanded, expected);
            QCOMPARE(df.instructions[4].heredocs.size(), size_t(1));
            QCOMPARE(df.instructions[4].heredocs[0].body, u"body\n"_s);
        }
    }
    // ONBUILD: the '$' of the outer arguments (in a flag here) is not the nested instruction's, and the other way.
    const ParsedDockerfile df =
        parseDockerfile("ARG X=1\nFROM a\nARG X\nONBUILD COPY --from=$X a b\nONBUILD COPY a $X\nWORKDIR /w$X\n");
    QCOMPARE(df.instructions[3].expanded, u"COPY --from=1 a b"_s);
    QCOMPARE(df.instructions[4].expanded, u"COPY a 1"_s);
    QCOMPARE(df.instructions[5].expanded, u"/w1"_s);
    QCOMPARE(df.instructions[3].onbuild->args, u"a b"_s);
}

void TstParser::expandsAfterPlainRunsOfAnyLength()
{
    // Plain runs before a '$', a quote or the escape character are skipped eight units a step: the special character
    // must be found at every position, in both escape modes.
    const QHash<QString, QString> vars{{u"V"_s, u"val"_s}};
    for (int a = 0; a <= 20; ++a) {
        const QString prefix(a, u'a');
        const QString suffix(20 - a, u'b');
        const struct
        {
            QString text;
            QString expected;
            QChar escape;
        } cases[]{
            {prefix + u"${V}"_s + suffix, prefix + u"val"_s + suffix, u'\\'},
            {prefix + u"'${V}'"_s + suffix, prefix + u"'${V}'"_s + suffix, u'\\'},
            {prefix + u"\\${V}"_s + suffix, prefix + u"${V}"_s + suffix, u'\\'},
            {prefix + u"`${V}"_s + suffix, prefix + u"${V}"_s + suffix, u'`'},
            {prefix + u"\\${V}"_s + suffix, prefix + u"\\val"_s + suffix, u'`'},
        };
        for (const auto& c : cases) {
            QCOMPARE(expandVariables(c.text, vars, c.escape), c.expected);
            const QString file = (c.escape == u'`' ? u"# escape=`\n"_s : QString()) +
                                 u"ARG V=val\nFROM a\nARG V\nWORKDIR "_s + c.text + u'\n';
            const ParsedDockerfile df = parseDockerfile(file.toUtf8());
            QCOMPARE(df.instructions.size(), size_t(4));
            QCOMPARE(df.instructions[3].expanded, c.expected);
        }
    }
}

void TstParser::splitsPairsAtAnyPosition()
{
    // Plain pair tokens are scanned eight units a step: '=', a quote, white space or a non-ASCII character (which is
    // plain) at every position must come out as before.
    for (int len = 2; len <= 30; ++len) {
        for (int at = 1; at < len; ++at) {
            QString token(len, u'k');
            token[at] = u'=';
            if (at + 1 < len) {
                token[at + 1] = QChar(0x00e9); // é
            }
            const QString quoted = token.left(at + 1) + u"\"q w\""_s + token.mid(at + 1);
            const QString line = u"LABEL "_s + token + u' ' + quoted + u" x"_s + QString(at, u'y') + u"=\u20ac"_s;
            const ParsedDockerfile df = parseDockerfile((u"FROM a\n"_s + line + u'\n').toUtf8());
            const auto& pairs = df.instructions[1].pairs;
            QCOMPARE(pairs.size(), size_t(3));
            QCOMPARE(pairs[0].key, token.left(at));
            QCOMPARE(pairs[0].value, token.mid(at + 1));
            QCOMPARE(pairs[1].key, token.left(at));
            QCOMPARE(pairs[1].value, u"q w"_s + token.mid(at + 1));
            QCOMPARE(pairs[2].key, u"x"_s + QString(at, u'y'));
            QCOMPARE(pairs[2].value, u"\u20ac"_s);
            QCOMPARE(pairs[1].pos.column, 1 + 6 + len + 1);
        }
    }
}

void TstParser::keywordEndsAtTheFirstNonNameCharacter()
{
    // The keyword is the run of [A-Za-z0-9_] at the start of the line (found eight units a step): whatever follows
    // it, at any position up to and past eight units, must end it exactly there.
    const ParsedDockerfile df = parseDockerfile(
        QStringLiteral("FROM a\nRUN\u00e9 x\nCOPY\u0100 a b\nENTRYPOINTX x\nHEALTHCHECK_ NONE\nhealthcheck NONE\n"
                       "Entrypoint [\"a\"]\nSTOPSIGNAL\tSIGTERM\nMAINTAINER@x y\nWORKDIR/x\nRUN\u8000 x\nrun@ x\n"
                       "LABEL{ a=b\nLaBeL a=b\n")
            .toUtf8());
    QStringList kinds;
    for (const Instruction& ins : df.instructions) {
        kinds << ins.written;
    }
    QCOMPARE(kinds, QStringList({u"FROM"_s, u"healthcheck"_s, u"Entrypoint"_s, u"STOPSIGNAL"_s, u"LaBeL"_s}));
    QCOMPARE(df.issues.size(), size_t(9));
    QCOMPARE(df.issues[0].pos.line, 2);
    QVERIFY(df.issues[0].message.contains(QStringLiteral("RUN\u00e9")));
}

void TstParser::separatesKeywordsOnlyByDockerWhiteSpace()
{
    // ' ', '\t', '\v' and '\f' separate a keyword from its arguments (and are trimmed off them); no other control
    // character does.
    for (char c = 0; c <= 0x21; ++c) {
        QByteArray text = "FROM a\nRUN";
        text += c;
        text += "x";
        text += c;
        text += "\n";
        const ParsedDockerfile df = parseDockerfile(text);
        const bool space = c == ' ' || c == '\t' || c == '\v' || c == '\f';
        QCOMPARE(df.instructions.size(), size_t(space ? 2 : 1));
        if (space) {
            QCOMPARE(df.instructions[1].args, u"x"_s);
        }
    }
}

void TstParser::asciiLinesMatchTheUtf8Path()
{
    // ASCII text is split into lines while it is decoded, sixteen bytes a step; any other text by a search per line.
    // Both must give the same lines: newlines at every offset of a step, "\r\n", lone '\r', empty lines, continued
    // lines and a last line with or without its newline.
    QRandomGenerator rng(4);
    const QByteArray words[]{
        "RUN", "echo", "a", "\\", "#", "\r", " ", "\t", "COPY", "--from=x", "ENV", "k=v", "x1234567"};
    for (int round = 0; round < 300; ++round) {
        QByteArray text = "FROM alpine\n";
        const int lines = int(rng.bounded(12));
        for (int l = 0; l < lines; ++l) {
            if (rng.bounded(4) != 0) {
                text += rng.bounded(2) != 0 ? "RUN" : "LABEL k=v";
            }
            const int n = int(rng.bounded(8));
            for (int w = 0; w < n; ++w) {
                text += ' ';
                text += words[rng.bounded(int(std::size(words)))];
            }
            text += rng.bounded(3) == 0 ? "\r\n" : "\n";
        }
        text += "USER x";
        const bool newline = rng.bounded(2) != 0;
        if (newline) {
            text += "\n";
        }
        // The same text with a non-ASCII comment after it takes the other path.
        const QByteArray other = text + (newline ? "" : "\n") + "# \xc3\xa9\n";
        const ParsedDockerfile a = parseDockerfile(text);
        const ParsedDockerfile b = parseDockerfile(other);
        QCOMPARE(b.lineCount, a.lineCount + 1);
        QCOMPARE(a.instructions.size(), b.instructions.size());
        for (size_t i = 0; i < a.instructions.size(); ++i) {
            const Instruction& x = a.instructions[i];
            const Instruction& y = b.instructions[i];
            QCOMPARE(x.args, y.args);
            QCOMPARE(x.pos.line, y.pos.line);
            QCOMPARE(x.pos.column, y.pos.column);
            QCOMPARE(x.endLine, y.endLine);
            QCOMPARE(x.sourceLine().toString(), y.sourceLine().toString());
            for (qsizetype k = 0; k <= x.args.size(); ++k) {
                QCOMPARE(x.positionAt(k).line, y.positionAt(k).line);
                QCOMPARE(x.positionAt(k).column, y.positionAt(k).column);
            }
        }
        QCOMPARE(a.comments.size() + 1, b.comments.size());
        QCOMPARE(a.issues.size(), b.issues.size());
    }
    // A newline as the last byte of a step, the first of the next and the last of the text.
    for (int at = 10; at < 40; ++at) {
        const QByteArray text = "FROM a\nRUN " + QByteArray(at, 'x') + "\r\nRUN y\n";
        const ParsedDockerfile df = parseDockerfile(text);
        QCOMPARE(df.lineCount, 3);
        QCOMPARE(df.instructions[1].args, QString(at, u'x'));
        QCOMPARE(df.instructions[2].pos.line, 3);
        QCOMPARE(df.instructions[2].sourceLine().toString(), u"RUN y"_s);
    }
}

void TstParser::longKeywordsInAnyCaseAndTheirNearMisses()
{
    // Keywords of five to eleven letters are compared four units at a time (the first four, the last four and for
    // more than eight the four between): every letter of each counts, in any case, and nothing else matches.
    const std::pair<const char*, InstructionKind> keywords[]{
        {"LABEL", InstructionKind::Label},
        {"SHELL", InstructionKind::Shell},
        {"EXPOSE", InstructionKind::Expose},
        {"VOLUME", InstructionKind::Volume},
        {"WORKDIR", InstructionKind::Workdir},
        {"ONBUILD", InstructionKind::Onbuild},
        {"ENTRYPOINT", InstructionKind::Entrypoint},
        {"MAINTAINER", InstructionKind::Maintainer},
        {"STOPSIGNAL", InstructionKind::Stopsignal},
        {"HEALTHCHECK", InstructionKind::Healthcheck},
    };
    for (const auto& [keyword, kind] : keywords) {
        const QByteArray upper(keyword);
        QList<QByteArray> spellings{upper, upper.toLower()};
        for (qsizetype i = 0; i < upper.size(); ++i) {
            QByteArray mixed = upper;
            mixed[i] = char(mixed[i] | 0x20); // one lower-case letter anywhere
            spellings << mixed;
        }
        for (const QByteArray& written : spellings) {
            const ParsedDockerfile df = parseDockerfile("FROM a\n" + written + " [\"x\"]\n");
            QCOMPARE(df.instructions.size(), size_t(2));
            QVERIFY(df.instructions[1].kind == kind);
            QCOMPARE(df.instructions[1].written, QString::fromLatin1(written));
            QCOMPARE(df.instructions[1].keyword, QString::fromLatin1(upper));
        }
        // Any one letter changed, a character more or one less: not an instruction.
        QList<QByteArray> misses{upper + "S", upper + "_", upper + "1", upper.chopped(1), upper.mid(1)};
        for (qsizetype i = 0; i < upper.size(); ++i) {
            QByteArray changed = upper;
            changed[i] = changed[i] == 'X' ? 'Y' : 'X';
            misses << changed;
            changed[i] = '_';
            misses << changed;
        }
        for (const QByteArray& written : misses) {
            const ParsedDockerfile df = parseDockerfile("FROM a\n" + written + " x\n");
            QVERIFY2(df.instructions.size() == 1 || df.instructions[1].kind != kind, written.constData());
        }
    }
}

void TstParser::keywordPositionAfterAnEmptyFirstPiece()
{
    // A line of just the escape character continues into the next: the keyword is on that next line.
    const ParsedDockerfile df = parseDockerfile("FROM a\n\\\nRUN echo hi\nRUN one \\\n  two\nONBUILD \\\n  RUN x\n");
    QCOMPARE(df.instructions.size(), size_t(4));
    QCOMPARE(df.instructions[1].args, u"echo hi"_s);
    QCOMPARE(df.instructions[1].pos.line, 3);
    QCOMPARE(df.instructions[1].pos.column, 1);
    QCOMPARE(df.instructions[2].pos.line, 4);
    QCOMPARE(df.instructions[2].positionAt(4).line, 5);
    const Instruction& onbuild = df.instructions[3];
    QVERIFY(onbuild.onbuild);
    QCOMPARE(onbuild.pos.line, 6);
    QCOMPARE(onbuild.onbuild->pos.line, 7);
    QCOMPARE(onbuild.onbuild->pos.column, 3);
}

void TstParser::continuedLinesSkipIndentationOfAnyKind()
{
    // Inside a continuation, lines of white space only are dropped and comment lines become comments, however they
    // are indented (four spaces a step first, then any white space); other lines are pieces as written.
    const ParsedDockerfile df = parseDockerfile("FROM a\nRUN a \\\n    b \\\n\t\tc \\\n    \n        \n   \t \n"
                                                "    # four\n     # five\n        # eight\n\t# tab\n  \t  # mixed\n"
                                                "        d \\\n\v\f  \n    e\nRUN f\n");
    QCOMPARE(df.instructions.size(), size_t(3));
    QCOMPARE(df.instructions[1].args, u"a     b \t\tc         d     e"_s);
    QCOMPARE(df.instructions[1].endLine, 15);
    QCOMPARE(df.instructions[2].pos.line, 16);
    const char* comments[]{"four", "five", "eight", "tab", "mixed"};
    QCOMPARE(df.comments.size(), std::size(comments));
    for (size_t i = 0; i < std::size(comments); ++i) {
        QCOMPARE(df.comments[i].text, QString::fromLatin1(comments[i]));
        QCOMPARE(df.comments[i].line, int(8 + i));
    }
    const Instruction& run = df.instructions[1];
    QCOMPARE(run.positionAt(run.args.indexOf(u'd')).line, 13);
    QCOMPARE(run.positionAt(run.args.indexOf(u'd')).column, 9);
    QCOMPARE(run.positionAt(run.args.indexOf(u'e')).line, 15);
    QCOMPARE(run.positionAt(run.args.indexOf(u'e')).column, 5);
}

void TstParser::stageLookupsBeforeAndPastTheScannedStages()
{
    // Stage names are found by scanning the stages of a file with few, and by an index in one with more: the same
    // answers either way, before and after the index is built, in any case.
    for (const int stages : {3, 31, 32, 33, 34, 40, 70}) {
        QByteArray text;
        for (int i = 0; i < stages; ++i) {
            text += "FROM ";
            text += i > 0 && i % 4 == 0 ? "S" + QByteArray::number((i * 7) % 10) : QByteArray("alpine");
            text += i % 3 == 2 ? QByteArray() : (i % 2 == 0 ? " AS s" : " as S") + QByteArray::number(i % 10);
            text += "\nRUN x\n";
        }
        const ParsedDockerfile df = parseDockerfile(text);
        QCOMPARE(int(df.stages.size()), stages);
        const auto expected = [&](int digit, int before) {
            int found = -1;
            for (int i = 0; i < std::min(before, stages); ++i) {
                if (i % 3 != 2 && i % 10 == digit) {
                    found = i;
                }
            }
            return found;
        };
        for (int i = 0; i < stages; ++i) {
            const int parent = i > 0 && i % 4 == 0 ? expected((i * 7) % 10, i) : -1;
            QCOMPARE(df.stages[size_t(i)].parentStage, parent);
        }
        for (int digit = 0; digit < 10; ++digit) {
            for (int before = 0; before <= stages + 1; ++before) {
                const QString name = u"s"_s + QString::number(digit);
                QCOMPARE(df.stageByName(name, before), expected(digit, before));
                QCOMPARE(df.stageByName(name.toUpper(), before), expected(digit, before));
            }
        }
        QCOMPARE(df.stageByName(u"s10", stages), -1);
        QCOMPARE(df.stageByName(u"2", stages), 2);
    }
    // No aliases at all, past the scanned stages too.
    QByteArray text;
    for (int i = 0; i < 40; ++i) {
        text += "FROM s1\n";
    }
    const ParsedDockerfile df = parseDockerfile(text);
    QCOMPARE(df.stageByName(u"s1", 40), -1);
    QCOMPARE(df.stageByName(u"s1", 10), -1);
    QCOMPARE(df.stageByName(u"39", 40), 39);
}

void TstParser::globalArgsAndInheritedEnvPastTheLinearScan()
{
    // Variables are kept in a flat list, and indexed past sixteen: global ARGs (set again, without a value, used by
    // FROM) and a stage's ENV handed to the stages built FROM it.
    QByteArray text;
    for (int i = 0; i < 20; ++i) {
        text += "ARG G" + QByteArray::number(i) + "=v" + QByteArray::number(i) + "\n";
    }
    text += "ARG G3=again\nARG G18=$G2-x\nARG NOVALUE\nFROM img:$G19 AS base\n";
    for (int i = 0; i < 20; ++i) {
        text += "ENV E" + QByteArray::number(i) + "=" + QByteArray::number(i) + "\n";
    }
    text += "ARG G7\nWORKDIR /$G7/$G3\nFROM base\nWORKDIR /$E19/$E0/$G7\n";
    const ParsedDockerfile df = parseDockerfile(text);
    QCOMPARE(df.globalArgs.size(), qsizetype(21));
    QVERIFY(df.globalArgs.contains(u"G0"_s));
    QVERIFY(df.globalArgs.contains(u"NOVALUE"_s));
    QVERIFY(!df.globalArgs.contains(u"E0"_s));
    QCOMPARE(df.globalArgs.value(u"G3"_s), u"again"_s);
    QCOMPARE(df.globalArgs.value(u"G18"_s), u"v2-x"_s);
    QCOMPARE(df.globalArgs.value(u"G19"_s), u"v19"_s);
    QVERIFY(df.globalArgs.value(u"NOVALUE"_s).isNull());
    QVERIFY(df.globalArgs.value(u"missing"_s).isNull());
    QCOMPARE(df.stages.size(), size_t(2));
    QCOMPARE(df.stages[0].imageExpanded, u"img:v19"_s);
    QCOMPARE(df.stages[1].parentStage, 0);
    const auto workdirs = [&df] {
        QStringList out;
        for (const Instruction& ins : df.instructions) {
            if (ins.kind == InstructionKind::Workdir) {
                out << ins.expanded;
            }
        }
        return out;
    }();
    // G7 declared in the stage takes the global value; the child stage inherits ENV only.
    QCOMPARE(workdirs, (QStringList{u"/v7/"_s, u"/19/0/"_s}));
}

void TstParser::quotedPairsPastEightUnits()
{
    // Quoted runs are skipped eight units at a time up to a quote, an escape, '=' or (outside quotes) white space.
    const ParsedDockerfile df = parseDockerfile("FROM a\nLABEL a=\"0123456789abcdef=ghi\" b='x y z 0123456789' "
                                                "c=\"esc\\\"aped 0123456789\" d=plain0123456789=x "
                                                "e=\"0123456789 $x \\\\ 'q'\" f=\"\" g='0123456789\\'\n"
                                                "ENV h \"long legacy value 0123456789\" tail\n");
    QCOMPARE(df.instructions.size(), size_t(3));
    const std::pair<QString, QString> expected[]{
        {u"a"_s, u"0123456789abcdef=ghi"_s},
        {u"b"_s, u"x y z 0123456789"_s},
        {u"c"_s, u"esc\"aped 0123456789"_s},
        {u"d"_s, u"plain0123456789=x"_s},
        {u"e"_s, u"0123456789 $x \\ 'q'"_s},
        {u"f"_s, QString()},
        {u"g"_s, u"0123456789\\"_s},
    };
    const auto& pairs = df.instructions[1].pairs;
    QCOMPARE(pairs.size(), std::size(expected));
    for (size_t i = 0; i < std::size(expected); ++i) {
        QCOMPARE(pairs[i].key, expected[i].first);
        QCOMPARE(pairs[i].value, expected[i].second);
        QVERIFY(pairs[i].hasValue);
    }
    QCOMPARE(df.instructions[2].pairs.size(), size_t(1));
    QCOMPARE(df.instructions[2].pairs[0].value, u"long legacy value 0123456789 tail"_s);
}

void TstParser::flagsPastEightUnits()
{
    // A flag ends at unquoted white space, found eight units at a time; quotes (kept in the value) protect spaces.
    const ParsedDockerfile df = parseDockerfile(
        "FROM a\nRUN --mount=type=secret,id=\"a b c d e f g h\",target=/run/secrets/x\t--network=none "
        "--security='x y 0123456789'\v--x=\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 echo hi\n"
        "COPY --from=builder0123456789 --chown=\"a\" --link /src /dst\n");
    QCOMPARE(df.instructions.size(), size_t(3));
    const auto& run = df.instructions[1];
    QCOMPARE(run.flags.size(), size_t(4));
    QCOMPARE(run.flags[0].value, u"type=secret,id=\"a b c d e f g h\",target=/run/secrets/x"_s);
    QCOMPARE(run.flags[1].value, u"none"_s);
    QCOMPARE(run.flags[2].value, u"'x y 0123456789'"_s);
    QCOMPARE(run.flags[3].value, u"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"_s);
    QCOMPARE(run.args, u"echo hi"_s);
    QCOMPARE(run.flags[1].pos.column, 68);
    const auto& copy = df.instructions[2];
    QCOMPARE(copy.flags.size(), size_t(3));
    QCOMPARE(copy.flags[0].value, u"builder0123456789"_s);
    QCOMPARE(copy.flags[1].value, u"\"a\""_s);
    QVERIFY(!copy.flags[2].hasValue);
    QCOMPARE(copy.args, u"/src /dst"_s);
}

QTEST_GUILESS_MAIN(TstParser)
#include "tst_parser.moc"

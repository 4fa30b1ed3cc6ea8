// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/imagelink.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

// QString literals: comparing with u"..."_s checks the length first and needs no strlen.
using namespace Qt::StringLiterals;

namespace bulkhead::dockerfile {

namespace {

// Builders differ in spacing and in how they join continued lines; comparing without any whitespace is robust.
QString squeezed(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace()) {
            out.append(c);
        }
    }
    return out;
}

// One history record, decoded: which instruction made it and its text.
struct Step
{
    QString keyword; // upper case; RUN for commands
    QString text;    // RUN: the shell text; others: the arguments
};

// Instructions that leave a history record in one builder or the other.
bool recordsHistory(const QString& keyword)
{
    static const QSet<QString> kRecorded = {
        QStringLiteral("RUN"),
        QStringLiteral("COPY"),
        QStringLiteral("ADD"),
        QStringLiteral("ENV"),
        QStringLiteral("LABEL"),
        QStringLiteral("USER"),
        QStringLiteral("WORKDIR"),
        QStringLiteral("EXPOSE"),
        QStringLiteral("VOLUME"),
        QStringLiteral("CMD"),
        QStringLiteral("ENTRYPOINT"),
        QStringLiteral("HEALTHCHECK"),
        QStringLiteral("SHELL"),
        QStringLiteral("STOPSIGNAL"),
        QStringLiteral("ONBUILD"),
        QStringLiteral("ARG"),
        QStringLiteral("MAINTAINER"),
    };
    return kRecorded.contains(keyword);
}

// "|2 A=1 B=2 rest": the classic builder's build-argument prefix of RUN records.
QStringView withoutBuildArgs(QStringView s)
{
    if (!s.startsWith(u'|')) {
        return s;
    }
    qsizetype i = 1;
    int n = 0;
    while (i < s.size() && s[i].isDigit() && n < 1000) {
        n = n * 10 + s[i].digitValue();
        ++i;
    }
    for (int k = 0; k < n && i < s.size(); ++k) {
        while (i < s.size() && s[i] == u' ') {
            ++i;
        }
        while (i < s.size() && s[i] != u' ') {
            ++i;
        }
    }
    return s.mid(i).trimmed();
}

QStringView withoutShell(QStringView s)
{
    for (QStringView shell : {QStringView(u"/bin/sh -c "), QStringView(u"/bin/bash -c "), QStringView(u"sh -c ")}) {
        if (s.startsWith(shell)) {
            return s.mid(shell.size());
        }
    }
    return s;
}

Step decode(const QString& createdBy)
{
    QStringView s = QStringView(createdBy).trimmed();
    if (s.endsWith(u"# buildkit")) {
        s = s.chopped(10).trimmed();
    }
    s = withoutShell(withoutBuildArgs(s));
    if (s.startsWith(u"#(nop)")) {
        s = s.mid(6).trimmed();
        const qsizetype space = s.indexOf(u' ');
        return {s.left(space < 0 ? s.size() : space).toString().toUpper(),
                space < 0 ? QString() : s.mid(space + 1).trimmed().toString()};
    }
    // BuildKit names the instruction: "RUN /bin/sh -c ...", "USER app", "COPY . . ".
    static const QRegularExpression kKeyword(QStringLiteral("^([A-Z]+)(?:\\s+|$)"));
    const QRegularExpressionMatch m = kKeyword.match(s.toString());
    if (m.hasMatch() && recordsHistory(m.captured(1))) {
        QStringView rest = s.mid(m.capturedEnd());
        if (m.captured(1) == u"RUN"_s) {
            rest = withoutShell(withoutBuildArgs(rest));
        }
        return {m.captured(1), rest.trimmed().toString()};
    }
    return {QStringLiteral("RUN"), s.toString()};
}

QString runText(const Instruction& in)
{
    if (in.execForm) {
        return in.execArgs.join(u' ');
    }
    return in.shellScript().isEmpty() ? in.args : in.shellScript();
}

// The last word of COPY/ADD (its destination), expanded.
QString destination(const Instruction& in)
{
    if (in.execForm) {
        return in.execArgs.isEmpty() ? QString() : in.execArgs.last();
    }
    const QString& a = in.expanded.isEmpty() ? in.args : in.expanded;
    const QStringList words = a.split(u' ', Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

bool isContent(const QString& keyword)
{
    return keyword == u"RUN"_s || keyword == u"COPY"_s || keyword == u"ADD"_s;
}

bool matches(const Instruction& in, const Step& st)
{
    if (in.keyword != st.keyword) {
        return false;
    }
    const QString text = squeezed(st.text);
    if (in.keyword == u"RUN"_s) {
        const QString mine = squeezed(runText(in));
        return !mine.isEmpty() && (text == mine || (mine.size() > 8 && text.contains(mine)));
    }
    if (in.keyword == u"COPY"_s || in.keyword == u"ADD"_s) {
        // Classic: "file:<hash> in /dest"; BuildKit: "src /dest". Either way the destination ends the record.
        const QString dest = squeezed(destination(in));
        return !dest.isEmpty() && text.endsWith(dest);
    }
    if (in.keyword == u"ENV"_s || in.keyword == u"LABEL"_s || in.keyword == u"ARG"_s) {
        for (const KeyValue& kv : in.pairs) {
            if (!text.contains(squeezed(kv.key))) {
                return false;
            }
        }
        return true;
    }
    if (in.keyword == u"USER"_s || in.keyword == u"WORKDIR"_s) {
        return text == squeezed(in.expanded.isEmpty() ? in.args : in.expanded);
    }
    if (in.keyword == u"EXPOSE"_s) {
        static const QRegularExpression kPort(QStringLiteral("(\\d+)"));
        auto it = kPort.globalMatch(in.expanded.isEmpty() ? in.args : in.expanded);
        while (it.hasNext()) {
            if (!text.contains(it.next().captured(1))) {
                return false;
            }
        }
        return true;
    }
    return true; // CMD, ENTRYPOINT, HEALTHCHECK, ...: the keyword is all both builders record alike
}

// The final stage and the stages it is built FROM, oldest first, as instruction indexes.
std::vector<int> chainInstructions(const ParsedDockerfile& df)
{
    std::vector<int> stages;
    for (int s = static_cast<int>(df.stages.size()) - 1; s >= 0 && stages.size() < df.stages.size();
         s = df.stages[static_cast<std::size_t>(s)].parentStage) {
        stages.insert(stages.begin(), s);
    }
    std::vector<int> out;
    for (int s : stages) {
        for (std::size_t i = 0; i < df.instructions.size(); ++i) {
            const Instruction& in = df.instructions[i];
            if (in.stage == s && in.keyword != u"FROM"_s && recordsHistory(in.keyword)) {
                out.push_back(static_cast<int>(i));
            }
        }
    }
    return out;
}

const Instruction* finalFrom(const ParsedDockerfile& df)
{
    const Stage* st = df.finalStage();
    if (st == nullptr || st->fromInstruction < 0 ||
        static_cast<std::size_t>(st->fromInstruction) >= df.instructions.size()) {
        return nullptr;
    }
    return &df.instructions[static_cast<std::size_t>(st->fromInstruction)];
}

// The last instruction of the chain with that keyword (and, when given, that pair key).
const Instruction* lastOf(const ParsedDockerfile& df,
                          const std::vector<int>& chain,
                          QStringView keyword,
                          QStringView key = {},
                          Position* keyPos = nullptr)
{
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Instruction& in = df.instructions[static_cast<std::size_t>(*it)];
        if (in.keyword != keyword) {
            continue;
        }
        if (key.isEmpty()) {
            return &in;
        }
        for (const KeyValue& kv : in.pairs) {
            if (kv.key == key) {
                if (keyPos != nullptr) {
                    *keyPos = kv.pos;
                }
                return &in;
            }
        }
    }
    return nullptr;
}

// The ARG that declares `name` in the chain, or before the first FROM.
const Instruction*
argDeclaring(const ParsedDockerfile& df, const std::vector<int>& chain, QStringView name, Position* keyPos)
{
    if (const Instruction* in = lastOf(df, chain, u"ARG", name, keyPos)) {
        return in;
    }
    for (const Instruction& in : df.instructions) {
        if (in.stage >= 0) {
            break;
        }
        for (const KeyValue& kv : in.pairs) {
            if (in.keyword == u"ARG"_s && kv.key == name) {
                *keyPos = kv.pos;
                return &in;
            }
        }
    }
    return nullptr;
}

const Instruction* exposing22(const ParsedDockerfile& df, const std::vector<int>& chain)
{
    static const QRegularExpression k22(QStringLiteral("(^|\\s)22(/tcp)?(\\s|$)"));
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Instruction& in = df.instructions[static_cast<std::size_t>(*it)];
        if (in.keyword == u"EXPOSE"_s && k22.match(in.expanded.isEmpty() ? in.args : in.expanded).hasMatch()) {
            return &in;
        }
    }
    return lastOf(df, chain, u"EXPOSE");
}

int indexIn(const QString& field, QStringView prefix)
{
    if (!field.startsWith(prefix)) {
        return -1;
    }
    bool ok = false;
    const int i = field.mid(prefix.size()).section(u']', 0, 0).toInt(&ok);
    return ok ? i : -1;
}

} // namespace

bool ImageLink::linked() const
{
    if (contentSteps > 0) {
        return contentMatched > 0 && contentMatched * 2 >= contentSteps;
    }
    return matched > 0 &&
           matched == static_cast<int>(std::count_if(
                          historyInstruction.begin(), historyInstruction.end(), [](int i) { return i >= 0; }));
}

ImageLink linkImageHistory(const ParsedDockerfile& df, const model::Image& image)
{
    ImageLink link;
    link.historyInstruction.assign(image.history.size(), -1);
    const std::vector<int> chain = chainInstructions(df);
    for (int i : chain) {
        link.contentSteps += isContent(df.instructions[static_cast<std::size_t>(i)].keyword);
    }
    // Newest record against the last instruction, walking back; records that match nothing (the base image's, or a
    // builder's extra ones) are skipped. An instruction is only looked for a bounded distance back, so a base image
    // that happens to repeat a step cannot pull the alignment away.
    constexpr int kLookBack = 64;
    int next = static_cast<int>(chain.size()) - 1;
    for (std::size_t h = 0; h < image.history.size() && next >= 0; ++h) {
        const Step st = decode(image.history[h].createdBy);
        for (int k = next; k >= 0 && next - k < kLookBack; --k) {
            const Instruction& in = df.instructions[static_cast<std::size_t>(chain[static_cast<std::size_t>(k)])];
            if (matches(in, st)) {
                link.historyInstruction[h] = chain[static_cast<std::size_t>(k)];
                ++link.matched;
                link.contentMatched += isContent(in.keyword);
                next = k - 1;
                break;
            }
        }
    }
    return link;
}

int mapImageFindings(const ParsedDockerfile& df,
                     const model::Image& image,
                     const ImageLink& link,
                     model::Findings& findings)
{
    const std::vector<int> chain = chainInstructions(df);
    const Instruction* from = finalFrom(df);
    int mapped = 0;
    for (model::Finding& f : findings) {
        if (f.targetKind != model::TargetKind::Image || f.targetId != image.id || !f.location.file.isEmpty()) {
            continue;
        }
        const QString& field = f.location.field;
        const Instruction* at = nullptr;
        Position pos;
        if (const int h = indexIn(field, u"History["); h >= 0) {
            if (static_cast<std::size_t>(h) < link.historyInstruction.size() &&
                link.historyInstruction[static_cast<std::size_t>(h)] >= 0) {
                at = &df.instructions[static_cast<std::size_t>(link.historyInstruction[static_cast<std::size_t>(h)])];
            }
            // A build argument's value is decided where the ARG is declared (and passed with --build-arg).
            static const QRegularExpression kArgName(QStringLiteral("= ([A-Za-z_][A-Za-z0-9_]*)="));
            const QRegularExpressionMatch m = kArgName.match(f.evidence);
            if (f.ruleId == u"IMG-004"_s && m.hasMatch()) {
                if (const Instruction* arg = argDeclaring(df, chain, m.captured(1), &pos)) {
                    at = arg;
                }
            }
        } else if (field == u"Config.User"_s) {
            at = lastOf(df, chain, u"USER");
        } else if (field == u"Config.Healthcheck"_s) {
            at = lastOf(df, chain, u"HEALTHCHECK");
        } else if (field == u"Config.ExposedPorts"_s) {
            at = exposing22(df, chain);
        } else if (const int e = indexIn(field, u"Config.Env["); e >= 0) {
            if (static_cast<std::size_t>(e) < static_cast<std::size_t>(image.config.env.size())) {
                const QString key = image.config.env[e].section(u'=', 0, 0);
                at = lastOf(df, chain, u"ENV", key, &pos);
            }
        } else if (field.startsWith(u"Config.Labels[") && field.endsWith(u']')) {
            const QString key = field.mid(14, field.size() - 15);
            at = lastOf(df, chain, u"LABEL", key, &pos);
        } else if (field != u"Created"_s) {
            continue; // RepoTags and the like: not decided by the Dockerfile
        }
        if (at == nullptr) {
            at = from; // inherited from the base image, or missing altogether: the FROM line is where to act
        }
        if (at == nullptr) {
            continue;
        }
        if (pos.line <= 0) {
            pos = at->pos;
        }
        f.location.file = df.path;
        f.location.line = pos.line;
        f.location.column = pos.column;
        ++mapped;
    }
    return mapped;
}

} // namespace bulkhead::dockerfile

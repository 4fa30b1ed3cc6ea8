// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Dockerfile parser that follows Docker's documented syntax (parser directives, escape character, continuations,
// heredocs, exec and shell forms, flags, multi-stage builds, ONBUILD, ARG/ENV substitution). It never throws and never
// fails: whatever it cannot make sense of becomes a ParseIssue with a position, and parsing goes on with the next
// instruction. Work is linear in the input size; the input is capped (kMaxDockerfileBytes).

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

#include <memory>
#include <vector>

namespace bulkhead::dockerfile {

// Real Dockerfiles are a few KiB; anything past this is not a Dockerfile we should spend memory on.
inline constexpr qsizetype kMaxDockerfileBytes = 4 * 1024 * 1024;

struct Position
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters of the decoded line
};

// A `--name=value` flag in front of an instruction's arguments (RUN --mount=..., COPY --from=..., FROM --platform=...).
struct Flag
{
    QString name;  // without the dashes, lower case: "mount", "from", "chown"
    QString value; // empty when the flag has none ("--link")
    bool hasValue = false;
    Position pos;
};

// One `<<EOF` heredoc of RUN/COPY/ADD.
struct Heredoc
{
    QString delimiter;      // "EOF"
    bool quoted = false;    // <<"EOF" or <<'EOF': no expansion inside
    bool stripTabs = false; // <<-EOF
    bool terminated = true; // false: the file ended before the delimiter line
    QString body;           // lines between the marker and the delimiter, each ending in '\n'
    int line = 0;           // line of the marker
};

// KEY=VALUE pairs of ENV, ARG and LABEL (values unquoted; ARG without default has hasValue false).
struct KeyValue
{
    QString key;
    QString value;
    bool hasValue = false;
    Position pos;
    qsizetype offset = 0; // of the key in the text given to parseKeyValues()
};

// Where a character of Instruction::args came from, so findings can point into continued lines.
struct Segment
{
    qsizetype offset = 0; // into Instruction::args
    Position pos;         // of that character in the file
};

// The position map of Instruction::args: the first piece inline (nearly every instruction is one line, and needs no
// allocation), the pieces of its continuation lines after it, sorted by offset.
struct SegmentMap
{
    Segment first;
    std::vector<Segment> rest;
    bool set = false; // false: no map (an Instruction not made by the parser)

    Position at(qsizetype offset) const; // of a character of args; {} when there is no map
};

// The instruction, as an enum: rules compare it constantly, and comparing strings cost more than some rules.
enum class InstructionKind : unsigned char
{
    Unknown, // never in ParsedDockerfile::instructions (the parser reports and drops unknown instructions)
    From,
    Run,
    Cmd,
    Label,
    Maintainer,
    Expose,
    Env,
    Add,
    Copy,
    Entrypoint,
    Volume,
    User,
    Workdir,
    Arg,
    Onbuild,
    Stopsignal,
    Healthcheck,
    Shell,
};

struct Instruction
{
    // User-provided: the parser's emplace_back() value-initialises, which zeroed all ~350 bytes before the members'
    // own initialisers ran.
    Instruction() noexcept {}

    InstructionKind kind = InstructionKind::Unknown; // what `keyword` names
    QString keyword;                                 // upper case: "RUN"
    QString written;                                 // as written: "run"
    QString args;     // the arguments after flags, continuations joined with a space, heredoc bodies excluded
    QString expanded; // args with ARG/ENV substituted where Docker substitutes (FROM, COPY, ENV, WORKDIR, USER, ...)
    std::vector<Flag> flags;
    bool execForm = false;                // JSON array form, execArgs holds the words
    QStringList execArgs;                 // exec form words
    std::vector<KeyValue> pairs;          // ENV / ARG / LABEL
    std::vector<Heredoc> heredocs;        // RUN / COPY / ADD
    SegmentMap segments;                  // position map for args
    std::shared_ptr<Instruction> onbuild; // ONBUILD's nested instruction
    Position pos;                         // of the keyword
    int endLine = 0;                      // last line (continuations, heredocs)
    int stage = -1;                       // index into ParsedDockerfile::stages, -1 before the first FROM
    // The keyword's first physical line as written (for suggestions): a view of the file's text, which the
    // instruction shares (no copy per instruction), valid as long as the instruction is.
    QStringView sourceLine() const { return QStringView(sourceText).sliced(sourceOffset, sourceLength); }
    QString sourceText;         // the whole decoded file, shared by every instruction of it (implicitly shared)
    qsizetype sourceOffset = 0; // of sourceLine() in sourceText
    qsizetype sourceLength = 0;

    // First flag with that name. Inline: rules ask every instruction, and nearly all have no flags at all.
    const Flag* flag(QStringView name) const { return flags.empty() ? nullptr : findFlag(name); }
    QString flagValue(QStringView name) const // its value, or empty
    {
        const Flag* f = flag(name);
        return f ? f->value : QString();
    }
    const Flag* findFlag(QStringView name) const; // flag(), when there are flags
    Position positionAt(qsizetype offset) const;  // of a character of args
    // The shell script of a RUN (shell form, or heredoc bodies fed to the shell); empty for other instructions.
    QString shellScript() const;
};

struct Stage
{
    int index = 0;
    int fromInstruction = -1; // index into ParsedDockerfile::instructions
    QString image;            // base image as written
    QString imageExpanded;    // base with global ARGs substituted
    QString alias;            // `AS name`, lower case (stage names are case-insensitive)
    QString aliasWritten;
    QString platform;     // --platform value as written, or empty
    int parentStage = -1; // when FROM names an earlier stage
};

struct Directive
{
    QString name; // lower case: "syntax", "escape", "check"
    QString value;
    int line = 0;
};

struct Comment
{
    QString text; // without the leading '#', trimmed
    int line = 0;
    bool ownLine = true;
};

struct ParseIssue
{
    Position pos;
    QString message; // translated
};

// Variables and their values (ARGs, ENVs): a few per file or stage, so a flat list searched linearly beats hashing
// (and costs no table to build, copy or free); past kLinear entries (hostile input) an index keeps lookups constant.
// Setting a variable again replaces its value, as QHash::insert() does.
class VariableMap
{
public:
    // User-provided: value-initialising a map (emplace_back()) would otherwise zero its inline storage first.
    VariableMap() noexcept {}

    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    QString value(QStringView name) const
    {
        const qsizetype n = indexOf(name);
        return n < 0 ? QString() : m_items[n].second;
    }
    const QString* find(QStringView name) const // nullptr when not set
    {
        const qsizetype n = indexOf(name);
        return n < 0 ? nullptr : &m_items[n].second;
    }
    void insert(const QString& name, const QString& value)
    {
        if (const qsizetype n = indexOf(name); n >= 0) {
            m_items[n].second.data_ptr() = value.data_ptr(); // QString's copy assignment is a library call
            return;
        }
        m_items.emplace_back(name, value);
        if (!m_index.isEmpty() || m_items.size() > kLinear) {
            addToIndex();
        }
    }
    // Name and value, in the order the names were first set.
    auto begin() const { return m_items.begin(); }
    auto end() const { return m_items.end(); }

private:
    qsizetype indexOf(QStringView name) const
    {
        if (!m_index.isEmpty()) {
            return indexedOf(name);
        }
        for (qsizetype n = 0; n < m_items.size(); ++n) {
            const QStringView k = m_items[n].first; // a view: QString::utf16() may reallocate a raw string
            if (k.size() == name.size() && std::equal(k.utf16(), k.utf16() + k.size(), name.utf16())) {
                return n;
            }
        }
        return -1;
    }
    qsizetype indexedOf(QStringView name) const; // indexOf() by m_index (hostile input: out of line)
    void addToIndex();

    static constexpr qsizetype kLinear = 16;
    // A stage's ARG/ENV fit inline: no allocation for them (growing a vector 1, 2, 4, 8 cost more than the lookups).
    QVarLengthArray<std::pair<QString, QString>, 8> m_items;
    QHash<QStringView, qsizetype> m_index; // name -> index into m_items, only past kLinear entries
};

struct ParsedDockerfile
{
    ParsedDockerfile() = default;
    ParsedDockerfile(const ParsedDockerfile&) = default;
    ParsedDockerfile(ParsedDockerfile&&) noexcept = default;
    ParsedDockerfile& operator=(const ParsedDockerfile&) = default;
    ParsedDockerfile& operator=(ParsedDockerfile&&) noexcept = default;
    ~ParsedDockerfile(); // drops its strings' references a block at a time (parser.cpp)

    QString path;
    QChar escape = u'\\';
    std::vector<Directive> directives;
    std::vector<Instruction> instructions;
    std::vector<Stage> stages;
    std::vector<Comment> comments;
    std::vector<ParseIssue> issues;
    VariableMap globalArgs; // ARGs before the first FROM with their defaults
    int lineCount = 0;
    bool truncated = false; // input larger than kMaxDockerfileBytes
    // Lower-case alias -> stage indices, ascending: an index for stageByName(), built only in files with more than
    // kStagesScanned stages (hostile input; real files have a few stages, which stageByName() scans instead of
    // building, searching and freeing a hash table per file). Empty otherwise.
    QHash<QString, std::vector<int>> stagesByAlias;
    static constexpr int kStagesScanned = 32;

    const Stage* finalStage() const { return stages.empty() ? nullptr : &stages.back(); }
    // Index of the stage with that alias or number ("0", "builder") before `beforeStage`, or -1.
    int stageByName(QStringView name, int beforeStage) const;
};

ParsedDockerfile parseDockerfile(const QByteArray& data, const QString& path = {});

// ARG/ENV substitution as Docker does it: $VAR, ${VAR}, ${VAR:-default}, ${VAR:+alt}, ${VAR-default}, ${VAR+alt};
// the escape character protects a '$'. Unknown variables expand to empty (Docker's behaviour).
QString expandVariables(QStringView text, const QHash<QString, QString>& vars, QChar escape = u'\\');

// Docker's key/value syntax: `k=v k2="v 2"` or the legacy `k v` (one pair, rest is the value).
std::vector<KeyValue> parseKeyValues(QStringView text, bool legacyAllowed, QChar escape = u'\\');

} // namespace bulkhead::dockerfile

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits a POSIX shell script (the shell form of RUN) into simple commands with their words, well enough for lint
// rules to see each command and its flags: `&&`, `||`, `;`, `&`, pipes, newlines, subshells and brace groups,
// single/double quotes, backslash escapes, $(...), backticks and redirections. It is not a shell: no expansion, no
// globbing; control keywords (if/then/do/...) are skipped so the commands inside them are seen. Linear and total.
//
// Words are views, not strings: a word without quotes or escapes is a slice of the script text, which the
// ShellScript keeps; a word whose unquoting changes its text lives in one buffer the ShellScript owns. Every view
// of a ShellCommand (words, wrappers, assignments, program, separatorBefore) is valid as long as the ShellScript it
// came from is alive, wherever that script is moved; copy a view into a QString to keep it longer.

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <utility>

namespace bulkhead::dockerfile {

// Operands of a command: views into its ShellScript, no heap allocation for up to 16 of them.
using ShellWords = QVarLengthArray<QStringView, 16>;

// The program of a command, told apart once when the script is split, so a rule looking for one program skips every
// other command (and every script without it) with an integer test instead of comparing names.
enum class ShellProgram : std::uint8_t
{
    Other,
    AptGet,   // apt-get
    Apt,      // apt
    Apk,      // apk
    Pip,      // pip, pip3, pip3.12: "pip" followed by digits and dots only
    Python,   // python, python3, python3.12: likewise
    Npm,      // npm
    Yarn,     // yarn
    Gem,      // gem
    Go,       // go
    Yum,      // yum
    Dnf,      // dnf
    Microdnf, // microdnf
    Zypper,   // zypper
    Rm,       // rm
    Curl,     // curl
    Wget,     // wget
};
constexpr std::uint32_t shellProgramBit(ShellProgram p)
{
    return std::uint32_t(1) << unsigned(p);
}

struct ShellCommand
{
    std::span<const QStringView> words; // unquoted; words[0] is the program (wrappers and VAR=value prefixes removed)
    std::span<const qsizetype> offsets; // script offset of each word
    std::span<const QStringView> wrappers;    // stripped wrappers in order: "sudo", "env", "nohup", "exec", "time", ...
    std::span<const QStringView> assignments; // VAR=value prefixes
    bool pipedFrom = false;                   // stdin comes from a pipe (`a | b`: true for b)
    bool pipedTo = false;                     // stdout goes into a pipe (true for a)
    QStringView separatorBefore;              // empty, "&&", "||", ";", "|", "&", "\n", ...

    QStringView program;                     // basename of words[0] (rules ask for it constantly)
    ShellProgram kind = ShellProgram::Other; // what `program` is, when it is one of the known ones
    QStringView name() const { return program; }
    bool is(ShellProgram p) const { return kind == p; }
    // Word i, or an empty view when there is none.
    QStringView arg(qsizetype i) const { return i >= 0 && size_t(i) < words.size() ? words[size_t(i)] : QStringView(); }
    // True if any option matches: a short letter in a `-abc` cluster, or a long option (with or without `=value`).
    bool hasOption(QStringView shortLetters, std::initializer_list<QStringView> longOptions) const;
    bool hasWord(QStringView w) const;
    bool hasWrapper(QStringView w) const // inline: asked of every command, and most have no wrapper
    {
        for (QStringView x : wrappers) {
            if (x == w) {
                return true;
            }
        }
        return false;
    }
    // Whether the words joined by single spaces contain `needle` (without joining them).
    bool joinedContains(QStringView needle, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    // Words after index `from` that are not options; options listed in `withValue` consume the next word.
    ShellWords operands(qsizetype from, std::initializer_list<QStringView> withValue = {}) const;
    // The first operand (the sub-command, e.g. "install" for apt-get), or empty.
    QStringView subcommand(std::initializer_list<QStringView> withValue = {}) const;
};

// Words joined by `sep`, for the text of a finding.
QString joinWords(std::span<const QStringView> words, QStringView sep = u" ");

// Owns the text, one block with its commands, their views and offsets, and (for the few scripts that need it) a
// second one with the stripped wrappers and the unquoted words: movable (the blocks stay where they are), not
// copyable (a copy's views would point into the original).
class ShellScript
{
public:
    ShellScript() = default;
    ShellScript(ShellScript&& other) noexcept
        : commands(std::exchange(other.commands, {})), hasPipe(std::exchange(other.hasPipe, false)),
          programs(std::exchange(other.programs, 0)), m_text(std::move(other.m_text)),
          m_storage(std::move(other.m_storage)), m_extra(std::move(other.m_extra))
    {}
    ShellScript& operator=(ShellScript&& other) noexcept
    {
        commands = std::exchange(other.commands, {});
        hasPipe = std::exchange(other.hasPipe, false);
        programs = std::exchange(other.programs, 0);
        m_text = std::move(other.m_text);
        m_storage = std::move(other.m_storage);
        m_extra = std::move(other.m_extra);
        return *this;
    }
    ShellScript(const ShellScript&) = delete;
    ShellScript& operator=(const ShellScript&) = delete;
    ~ShellScript() = default;

    std::span<const ShellCommand> commands;
    bool hasPipe = false;
    std::uint32_t programs = 0; // shellProgramBit() of every command's kind, Other included

    bool uses(QStringView program) const; // any command named so
    bool uses(ShellProgram p) const { return (programs & shellProgramBit(p)) != 0; }
    // Whether any command is one of `bits` (shellProgramBit()s or-ed together).
    bool usesAny(std::uint32_t bits) const { return (programs & bits) != 0; }
    const QString& text() const { return m_text; }

private:
    friend class ShellSplitter;
    QString m_text;                         // the script; plain words and separators are slices of it
    std::unique_ptr<std::byte[]> m_storage; // the commands, then the views and offsets of their words
    std::unique_ptr<std::byte[]> m_extra;   // wrappers, then unquoted words: only when a script has them
};

// The script is kept (shared, not copied) by the result, so it must own its text (not QString::fromRawData of a
// buffer that goes away; literals are fine).
ShellScript splitShell(QString script);
// Copies the text once; the view need not outlive the call.
ShellScript splitShell(QStringView script);

} // namespace bulkhead::dockerfile

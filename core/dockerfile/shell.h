// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Splits a POSIX shell script (the shell form of RUN) into simple commands with their words, well enough for lint
// rules to see each command and its flags: `&&`, `||`, `;`, `&`, pipes, newlines, subshells and brace groups,
// single/double quotes, backslash escapes, $(...), backticks and redirections. It is not a shell: no expansion, no
// globbing; control keywords (if/then/do/...) are skipped so the commands inside them are seen. Linear and total.

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace bulkhead::dockerfile {

struct ShellCommand
{
    QStringList words;              // unquoted; words[0] is the program (wrappers and VAR=value prefixes removed)
    std::vector<qsizetype> offsets; // script offset of each word
    QStringList wrappers;           // stripped wrappers in order: "sudo", "env", "nohup", "exec", "time", "command"
    QStringList assignments;        // VAR=value prefixes
    bool pipedFrom = false;         // stdin comes from a pipe (`a | b`: true for b)
    bool pipedTo = false;           // stdout goes into a pipe (true for a)
    QString separatorBefore;        // "", "&&", "||", ";", "|", "&", "\n"

    QString program; // basename of words[0], computed once (rules ask for it constantly)
    const QString& name() const { return program; }
    QString arg(qsizetype i) const { return words.value(i); }
    // True if any option matches: a short letter in a `-abc` cluster, or a long option (with or without `=value`).
    bool hasOption(QStringView shortLetters, std::initializer_list<QStringView> longOptions) const;
    bool hasWord(QStringView w) const { return words.contains(w.toString()); }
    // Words after index `from` that are not options; options listed in `withValue` consume the next word.
    QStringList operands(qsizetype from, std::initializer_list<QStringView> withValue = {}) const;
    // The first operand (the sub-command, e.g. "install" for apt-get), or empty.
    QString subcommand(std::initializer_list<QStringView> withValue = {}) const;
};

struct ShellScript
{
    std::vector<ShellCommand> commands;
    bool hasPipe = false;

    bool uses(QStringView program) const; // any command named so
};

ShellScript splitShell(QStringView script);

} // namespace bulkhead::dockerfile

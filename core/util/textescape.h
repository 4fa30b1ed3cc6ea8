// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>

namespace bulkhead::util {

// HTML text and attribute escaping for anything that came from a daemon, a Dockerfile or a user.
QString htmlEscape(QStringView text);

// The characters terminalSafe() escapes: C0 controls, DEL, C1 controls (a container name must not repaint the screen)
// and the Unicode bidirectional formatting characters U+061C, U+200E/F, U+202A-U+202E and U+2066-U+2069 (a
// Dockerfile line must not be shown in another order than it has: "Trojan Source", CVE-2021-42574).
constexpr bool isTerminalUnsafe(char16_t u)
{
    if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0)) {
        return true;
    }
    return u >= 0x61C &&
           (u == 0x61C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069));
}

// Makes a daemon-controlled string safe to print on a terminal: the characters above become visible escapes,
// "\xNN" below U+0100 and "\uNNNN" above ("\x1b[2J", "\u202e"); everything else is kept.
QString terminalSafe(QStringView text);
// terminalSafe(text) appended to `out`, without a string of its own (lint prints tens of thousands of lines).
void appendTerminalSafe(QString& out, QStringView text);
// terminalSafe(text).toUtf8() appended to `out`, for writers that build UTF-8 directly.
void appendTerminalSafeUtf8(std::string& out, QStringView text);

// Writers for byte buffers that already have room for kMaxUtf8PerUnit bytes per UTF-16 unit of `text`: each writes
// at `dst` and returns the end of what it wrote (no allocation, no capacity checks per character).
inline constexpr qsizetype kMaxUtf8PerUnit = 6;
// text.toUtf8(): a lone surrogate becomes '?', as Qt's encoder makes it.
char* writeUtf8(char* dst, QStringView text);
// terminalSafe(text).toUtf8().
char* writeTerminalSafeUtf8(char* dst, QStringView text);

// POSIX shell single-quoting: the result is one word whatever the input holds.
QString shellQuote(QStringView word);
// shellQuote(word) appended to `out`, without a string of its own (hardened commands quote every word).
void appendShellQuoted(QString& out, QStringView word);
QString shellJoin(const QStringList& words);

} // namespace bulkhead::util

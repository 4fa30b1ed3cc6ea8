// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bulkhead::util {

// HTML text and attribute escaping for anything that came from a daemon, a Dockerfile or a user.
QString htmlEscape(QStringView text);

// Makes a daemon-controlled string safe to print on a terminal: control characters (ESC sequences, CR, BEL, ...) and
// invalid UTF-8 replacement marks become visible escapes, so a container name cannot repaint the user's screen.
QString terminalSafe(QStringView text);
// terminalSafe(text) appended to `out`, without a string of its own (lint prints tens of thousands of lines).
void appendTerminalSafe(QString& out, QStringView text);

// POSIX shell single-quoting: the result is one word whatever the input holds.
QString shellQuote(QStringView word);
// shellQuote(word) appended to `out`, without a string of its own (hardened commands quote every word).
void appendShellQuoted(QString& out, QStringView word);
QString shellJoin(const QStringList& words);

} // namespace bulkhead::util

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `bulkhead-cli lint` runs without a QCoreApplication until it prints its help: the constructor costs ~0.17 M
// instructions and, with LANG=C.UTF-8, ~26 locale files opened by setlocale(LC_ALL, "") (Debian keeps C.utf8 outside
// the locale archive), ~3 % of a one-file lint, for nothing lint needs: QCoreApplication::translate() gives the source
// text without one, applicationVersion() is kept without one, QCommandLineParser parses a QStringList. These two do
// what the constructor did that lint can see; main() makes the application object for every other command.

#include <QStringList>

namespace bulkhead::cli {

// QCoreApplication::arguments() as QCoreApplication(argc, argv) makes it on Unix: each argument decoded as local 8-bit
// (UTF-8 in Qt 6; bytes that are not UTF-8 become U+FFFD as there), without the QML debugger's options, which the
// constructor takes out of argv: -qmljsdebugger=VALUE, and -qmljsdebugger VALUE unless it is the last argument (each
// also with "--"). tests/app/tst_cli_arguments compares it with Qt's on many argument lists.
QStringList applicationArguments(int argc, char** argv);

// setlocale(LC_ALL, ""), which the constructor calls, unless no locale variable names another locale than C (each of
// LC_ALL, LC_* and LANG unset, empty, "C", "POSIX" or "C.<codeset>", and LANGUAGE unset or empty). Then what the call
// would change cannot show in lint: the C library's messages (strerror in QFile::errorString()) stay untranslated
// English, and C.<codeset> differs from C only in the multibyte functions of <stdlib.h>/<wchar.h>, which neither lint
// nor Qt's UTF-8 conversions call. Returns whether it called setlocale.
bool setLocaleUnlessC();

} // namespace bulkhead::cli

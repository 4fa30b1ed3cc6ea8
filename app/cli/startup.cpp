// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/startup.h"

#include <QString>

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace bulkhead::cli {

QStringList applicationArguments(int argc, char** argv)
{
    QStringList list;
    if (argc <= 0 || argv == nullptr) {
        return list; // QCoreApplication takes no argument at all then
    }
    list.reserve(argc);
    list << QString::fromLocal8Bit(argv[0]);
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (arg != nullptr && arg[0] == '-') {
            const char* const option = arg[1] == '-' ? arg + 1 : arg; // "--x" is read as "-x"
            if (std::strncmp(option, "-qmljsdebugger=", 15) == 0) {
                continue;
            }
            if (std::strcmp(option, "-qmljsdebugger") == 0 && i < argc - 1) {
                ++i; // and its value
                continue;
            }
        }
        list << QString::fromLocal8Bit(arg);
    }
    return list;
}

namespace {

bool namesOnlyC(const char* value)
{
    return value == nullptr || *value == '\0' || std::strcmp(value, "C") == 0 || std::strcmp(value, "POSIX") == 0 ||
           std::strncmp(value, "C.", 2) == 0;
}

} // namespace

bool setLocaleUnlessC()
{
    static const char* const kVariables[] = {
        "LC_ALL",
        "LC_CTYPE",
        "LC_NUMERIC",
        "LC_TIME",
        "LC_COLLATE",
        "LC_MONETARY",
        "LC_MESSAGES",
        "LC_PAPER",
        "LC_NAME",
        "LC_ADDRESS",
        "LC_TELEPHONE",
        "LC_MEASUREMENT",
        "LC_IDENTIFICATION",
        "LANG",
    };
    bool onlyC = true;
    for (const char* name : kVariables) {
        onlyC = onlyC && namesOnlyC(std::getenv(name));
    }
    const char* const language = std::getenv("LANGUAGE");
    if (onlyC && (language == nullptr || *language == '\0')) {
        return false;
    }
    std::setlocale(LC_ALL, "");
    return true;
}

} // namespace bulkhead::cli

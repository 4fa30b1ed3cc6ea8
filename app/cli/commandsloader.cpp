// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandsloader.h"

#include "app/cli/moduleloader.h"

#include <QCoreApplication>

#ifndef BULKHEAD_COMMANDS_MODULE_FILE
#error "BULKHEAD_COMMANDS_MODULE_FILE (the module's file name) is set by app/CMakeLists.txt"
#endif
#ifndef BULKHEAD_COMMANDS_MODULE_RELDIR
#error "BULKHEAD_COMMANDS_MODULE_RELDIR (the module's folder relative to the executable's) is set by app/CMakeLists.txt"
#endif

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::CommandsModule", text);
}

util::Result<const BulkheadCommandsModule*> findAndLoad()
{
    const QString reinstall = tr("reinstall Bulkhead so that bulkhead-cli and its commands module come from the same "
                                 "build; `bulkhead-cli lint` works without it");
    const modules::ModuleKind kind{
        tr("commands module"),
        QStringLiteral(BULKHEAD_COMMANDS_MODULE_FILE),
        QStringLiteral(BULKHEAD_COMMANDS_MODULE_RELDIR),
        reinstall,
        tr("this command needs the module %1, which is not installed (looked for %2)"),
        tr("install the complete Bulkhead package; `bulkhead-cli lint` works without it"),
        tr("the module needs Qt 6 Network and libarchive (Debian: libqt6network6, libarchive13) and must come from "
           "the same Bulkhead build as bulkhead-cli")};
    QString path;
    const util::Result<void*> symbol = modules::openEntryPoint(kind, commandsmodule::kEntryPoint, &path);
    if (!symbol.ok()) {
        return symbol.error();
    }
    const BulkheadCommandsModule* table = modules::asEntry<BulkheadCommandsModuleEntry>(*symbol)();
    if (auto refused = modules::checkTable(
            kind, path, table, commandsmodule::kAbi, commandsmodule::layoutFingerprint(), BULKHEAD_VERSION)) {
        return *refused;
    }
    if (table->createApplication == nullptr || table->run == nullptr) {
        return util::Error(tr("the commands module %1 is incomplete").arg(path), reinstall);
    }
    return table;
}

} // namespace

util::Result<const BulkheadCommandsModule*> loadCommandsModule()
{
    static const util::Result<const BulkheadCommandsModule*> loaded = findAndLoad();
    return loaded;
}

} // namespace bulkhead::cli

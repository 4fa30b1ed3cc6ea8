// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pdfloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QLibrary>
#endif

#ifndef BULKHEAD_PDF_MODULE_FILE
#error "BULKHEAD_PDF_MODULE_FILE (the module's file name) is set by app/CMakeLists.txt"
#endif
#ifndef BULKHEAD_PDF_MODULE_RELDIR
#error "BULKHEAD_PDF_MODULE_RELDIR (the module's folder relative to the executable's) is set by app/CMakeLists.txt"
#endif

namespace bulkhead::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::PdfModule", text);
}

QString reinstallHint()
{
    return tr("reinstall Bulkhead so that bulkhead-cli and its PDF module come from the same build, or write "
              "--format html");
}

// The folder of the running executable, symbolic links resolved. Works before the application object exists
// (createApplication() needs it to pick QGuiApplication).
QString executableDir()
{
#ifdef Q_OS_LINUX
    const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (!exe.isEmpty()) {
        return QFileInfo(exe).absolutePath();
    }
#endif
    if (QCoreApplication::instance() != nullptr) {
        return QCoreApplication::applicationDirPath();
    }
    return {};
}

#ifdef Q_OS_UNIX
// Refuses a module someone other than root or us could have put there or could change.
std::optional<util::Error> checkPlacement(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(file.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return util::Error(tr("the PDF module %1 is not a regular file").arg(path), reinstallHint());
    }
    const uid_t me = ::geteuid();
    if ((st.st_uid != 0 && st.st_uid != me) || (st.st_mode & S_IWOTH) != 0) {
        return util::Error(
            tr("refusing to load the PDF module %1: it is owned by another user or writable by anyone").arg(path),
            tr("make it owned by root (or you) and not world-writable, e.g. chmod o-w"));
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat ds = {};
    if (::stat(dir.constData(), &ds) != 0 || ((ds.st_mode & S_IWOTH) != 0 && (ds.st_mode & S_ISVTX) == 0)) {
        return util::Error(tr("refusing to load the PDF module %1: anyone can replace files in its folder").arg(path),
                           tr("install bulkhead-cli and its module in a folder only root (or you) can write to"));
    }
    return std::nullopt;
}
#endif

util::Result<const BulkheadPdfModule*> checkTable(const QString& path, const BulkheadPdfModule* table)
{
    if (table == nullptr) {
        return util::Error(tr("%1 is not a usable Bulkhead PDF module (it returned no interface)").arg(path),
                           reinstallHint());
    }
    if (table->abi != pdfmodule::kAbi || table->tableSize != sizeof(BulkheadPdfModule)) {
        return util::Error(tr("the PDF module %1 has interface %2, this bulkhead-cli needs interface %3")
                               .arg(path)
                               .arg(table->abi)
                               .arg(pdfmodule::kAbi),
                           reinstallHint());
    }
    const char* const version = table->version != nullptr ? table->version : "";
    if (std::strcmp(version, BULKHEAD_VERSION) != 0) {
        return util::Error(tr("the PDF module %1 is from Bulkhead %2, this bulkhead-cli is %3")
                               .arg(path, QString::fromUtf8(version).left(64), QStringLiteral(BULKHEAD_VERSION)),
                           reinstallHint());
    }
    if (table->layout != pdfmodule::layoutFingerprint()) {
        return util::Error(tr("the PDF module %1 was built from other sources than this bulkhead-cli (a stale build "
                              "of Bulkhead %2)")
                               .arg(path, QStringLiteral(BULKHEAD_VERSION)),
                           reinstallHint());
    }
    if (table->createApplication == nullptr || table->render == nullptr) {
        return util::Error(tr("the PDF module %1 is incomplete").arg(path), reinstallHint());
    }
    return table;
}

util::Result<const BulkheadPdfModule*> load(const QString& path)
{
#ifdef Q_OS_UNIX
    if (auto refused = checkPlacement(path)) {
        return *refused;
    }
    // RTLD_LOCAL: its symbols stay its own. Never closed: the QGuiApplication it creates lives in it.
    void* handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = ::dlerror();
        return util::Error(tr("cannot load the PDF module %1: %2")
                               .arg(path, QString::fromLocal8Bit(why != nullptr ? why : "unknown error")),
                           tr("the module needs Qt 6 Gui (Debian: libqt6gui6) and must come from the same "
                              "Bulkhead build as bulkhead-cli; or write --format html"));
    }
    void* symbol = ::dlsym(handle, pdfmodule::kEntryPoint);
#else
    static QLibrary library; // never unloaded
    library.setFileName(path);
    if (!library.load()) {
        return util::Error(tr("cannot load the PDF module %1: %2").arg(path, library.errorString()), reinstallHint());
    }
    QFunctionPointer symbol = library.resolve(pdfmodule::kEntryPoint);
#endif
    if (symbol == nullptr) {
        return util::Error(
            tr("%1 is not a Bulkhead PDF module (no %2)").arg(path, QString::fromLatin1(pdfmodule::kEntryPoint)),
            reinstallHint());
    }
    // dlsym returns an object pointer; POSIX guarantees it converts to a function pointer.
    BulkheadPdfModuleEntry entry = nullptr;
    static_assert(sizeof(entry) == sizeof(symbol));
    std::memcpy(&entry, &symbol, sizeof(entry));
    return checkTable(path, entry());
}

util::Result<const BulkheadPdfModule*> findAndLoad()
{
    const QString dir = executableDir();
    if (dir.isEmpty()) {
        return util::Error(tr("cannot find the PDF module: the path of bulkhead-cli itself is unknown"),
                           tr("write --format html"));
    }
    const QStringList candidates = pdfModuleCandidates(dir);
    for (const QString& path : candidates) {
        // Only absence moves on to the next place; a module that is there but wrong is an error.
        if (QFileInfo::exists(path)) {
            return load(path);
        }
    }
    return util::Error(tr("PDF output needs the module %1, which is not installed (looked for %2)")
                           .arg(QStringLiteral(BULKHEAD_PDF_MODULE_FILE), candidates.join(QStringLiteral(", "))),
                       tr("install the complete Bulkhead package, or write --format html"));
}

} // namespace

QStringList pdfModuleCandidates(const QString& exeDir)
{
    const QString file = QStringLiteral(BULKHEAD_PDF_MODULE_FILE);
    QStringList out{QDir::cleanPath(exeDir + u'/' + file)};
    const QString installed = QDir::cleanPath(exeDir + u'/' + QStringLiteral(BULKHEAD_PDF_MODULE_RELDIR) + u'/' + file);
    if (installed != out.constFirst()) {
        out << installed;
    }
    return out;
}

util::Result<const BulkheadPdfModule*> loadPdfModule()
{
    static const util::Result<const BulkheadPdfModule*> loaded = findAndLoad();
    return loaded;
}

} // namespace bulkhead::cli

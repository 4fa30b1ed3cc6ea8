// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QLibrary>
#include <memory>
#endif

namespace bulkhead::cli::modules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::cli::Modules", text);
}

#ifdef Q_OS_UNIX
// Refuses a module someone other than root or us could have put there or could change.
std::optional<util::Error> checkPlacement(const ModuleKind& kind, const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(file.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return util::Error(tr("the %1 %2 is not a regular file").arg(kind.name, path), kind.reinstallHint);
    }
    const uid_t me = ::geteuid();
    if ((st.st_uid != 0 && st.st_uid != me) || (st.st_mode & S_IWOTH) != 0) {
        return util::Error(
            tr("refusing to load the %1 %2: it is owned by another user or writable by anyone").arg(kind.name, path),
            tr("make it owned by root (or you) and not world-writable, e.g. chmod o-w"));
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat ds = {};
    if (::stat(dir.constData(), &ds) != 0 || ((ds.st_mode & S_IWOTH) != 0 && (ds.st_mode & S_ISVTX) == 0)) {
        return util::Error(
            tr("refusing to load the %1 %2: anyone can replace files in its folder").arg(kind.name, path),
            tr("install bulkhead-cli and its modules in a folder only root (or you) can write to"));
    }
    return std::nullopt;
}
#endif

util::Result<void*> open(const ModuleKind& kind, const QString& path, const char* entryPoint)
{
#ifdef Q_OS_UNIX
    if (auto refused = checkPlacement(kind, path)) {
        return *refused;
    }
    // RTLD_LOCAL: its symbols stay its own. Never closed: objects it creates (the application) live in it.
    void* handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = ::dlerror();
        return util::Error(tr("cannot load the %1 %2: %3")
                               .arg(kind.name, path, QString::fromLocal8Bit(why != nullptr ? why : "unknown error")),
                           kind.loadHint);
    }
    void* symbol = ::dlsym(handle, entryPoint);
#else
    auto* library = new QLibrary(path); // never unloaded
    if (!library->load()) {
        return util::Error(tr("cannot load the %1 %2: %3").arg(kind.name, path, library->errorString()),
                           kind.reinstallHint);
    }
    void* symbol = reinterpret_cast<void*>(library->resolve(entryPoint));
#endif
    if (symbol == nullptr) {
        return util::Error(tr("%1 is not a Bulkhead %2 (no %3)").arg(path, kind.name, QString::fromLatin1(entryPoint)),
                           kind.reinstallHint);
    }
    return symbol;
}

} // namespace

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

QStringList candidates(const QString& exeDir, const QString& fileName, const QString& relDir)
{
    QStringList out{QDir::cleanPath(exeDir + u'/' + fileName)};
    const QString installed = QDir::cleanPath(exeDir + u'/' + relDir + u'/' + fileName);
    if (installed != out.constFirst()) {
        out << installed;
    }
    return out;
}

util::Result<void*> openEntryPoint(const ModuleKind& kind, const char* entryPoint, QString* path)
{
    const QString dir = executableDir();
    if (dir.isEmpty()) {
        return util::Error(tr("cannot find the %1: the path of bulkhead-cli itself is unknown").arg(kind.name),
                           kind.missingHint);
    }
    const QStringList places = candidates(dir, kind.fileName, kind.relDir);
    for (const QString& candidate : places) {
        // Only absence moves on to the next place; a module that is there but wrong is an error.
        if (QFileInfo::exists(candidate)) {
            *path = candidate;
            return open(kind, candidate, entryPoint);
        }
    }
    return util::Error(QString(kind.missingText).arg(kind.fileName, places.join(QStringLiteral(", "))),
                       kind.missingHint);
}

} // namespace bulkhead::cli::modules

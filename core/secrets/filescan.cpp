// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/filescan.h"

#include "core/secrets/detector.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace bulkhead::secrets {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Rules", s);
}

// Some credential files are only worth a finding when they hold a credential, not just settings.
bool nameNeedsContent(const QString& lowerName, std::string_view bytes)
{
    auto has = [&](std::string_view needle) { return bytes.find(needle) != std::string_view::npos; };
    if (lowerName == QLatin1String(".npmrc")) {
        return has("_auth") || has("_password");
    }
    if (lowerName == QLatin1String(".pypirc")) {
        return has("password");
    }
    if (lowerName == QLatin1String("config.json")) {
        return has("\"auth\"");
    }
    if (lowerName.endsWith(QLatin1String(".pem"))) {
        return has("PRIVATE KEY");
    }
    return true;
}

void scanOneFile(const QString& path, const FileScanOptions& options, FileScanStats* stats, model::Findings& out)
{
    if (!QFileInfo(path).isFile()) {
        return; // a FIFO or device would block or never end
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        stats->errors << path + QStringLiteral(": ") + file.errorString();
        return;
    }
    const qint64 size = file.size();
    if (size > options.maxFileBytes) {
        ++stats->skippedLarge;
        return;
    }
    QByteArray buffer;
    std::string_view bytes;
    uchar* mapped = size > 0 ? file.map(0, size) : nullptr;
    if (mapped) {
        bytes = std::string_view(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(size));
    } else {
        buffer = file.read(options.maxFileBytes + 1); // special files, or map() refused
        if (buffer.size() > options.maxFileBytes) {
            ++stats->skippedLarge;
            return;
        }
        bytes = std::string_view(buffer.constData(), static_cast<std::size_t>(buffer.size()));
    }
    if (looksBinary(bytes.substr(0, 8192))) {
        ++stats->skippedBinary;
        // A binary key store is still a credential file.
        const QString kind = sensitiveFileKind(path);
        if (!kind.isEmpty() && !nameNeedsContent(QFileInfo(path).fileName().toLower(), {})) {
            model::Findings f = scanFileContent(path, {}, model::TargetKind::File);
            out.insert(out.end(), f.begin(), f.end());
        }
        return;
    }
    ++stats->files;
    stats->bytes += static_cast<qint64>(bytes.size());
    model::Findings f = scanFileContent(path, bytes, model::TargetKind::File);
    out.insert(out.end(), std::make_move_iterator(f.begin()), std::make_move_iterator(f.end()));
}

} // namespace

model::Findings
scanFileContent(const QString& path, std::string_view bytes, model::TargetKind kind, const model::Location& base)
{
    ScanContext context;
    context.targetKind = kind;
    context.targetId = path;
    context.targetName = path;
    context.location = base;
    if (context.location.file.isEmpty()) {
        context.location.file = path;
    }
    model::Findings findings = bytes.empty() ? model::Findings{} : scanText(bytes, context);

    const QString fileKind = sensitiveFileKind(path);
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString lowerName = path.mid(slash + 1).toLower();
    if (!fileKind.isEmpty() && (bytes.empty() || nameNeedsContent(lowerName, bytes))) {
        model::Finding f;
        f.ruleId = QString::fromLatin1(kSensitiveFileRule);
        f.severity = model::Severity::High;
        f.category = model::Category::Secrets;
        f.targetKind = kind;
        f.targetId = path;
        f.targetName = path;
        f.message = tr(QT_TRANSLATE_NOOP("Rules", "Credential file: %1")).arg(fileKind);
        f.evidence = path;
        f.location = context.location;
        f.confidence = findings.empty() ? 0.7 : 0.95;
        findings.push_back(std::move(f));
    }
    return findings;
}

model::Findings scanPaths(const QStringList& paths, const FileScanOptions& options, FileScanStats* stats)
{
    FileScanStats local;
    FileScanStats* s = stats ? stats : &local;
    model::Findings findings;
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            s->errors << path + QStringLiteral(": ") + tr(QT_TRANSLATE_NOOP("Rules", "no such file or folder"));
            continue;
        }
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (cancelled()) {
                    s->cancelled = true;
                    return findings;
                }
                const QString file = it.next();
                if (it.fileInfo().isSymLink() || !it.fileInfo().isFile()) {
                    continue; // never follow links out of the tree (or into /dev)
                }
                scanOneFile(file, options, s, findings);
            }
        } else {
            if (cancelled()) {
                s->cancelled = true;
                return findings;
            }
            scanOneFile(path, options, s, findings);
        }
    }
    return findings;
}

} // namespace bulkhead::secrets

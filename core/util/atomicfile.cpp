// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace bulkhead::util {

Result<void> writeFileAtomically(const QString& path, const QByteArray& data, bool privateMode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    // Restrict before any byte is written: the temporary file must never be readable by others either.
    if (privateMode && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error{QStringLiteral("cannot restrict permissions of %1").arg(path)};
    }
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{QStringLiteral("cannot write %1: %2").arg(path, reason)};
    }
    if (!file.commit()) {
        return Error{QStringLiteral("cannot save %1: %2").arg(path, file.errorString())};
    }
    return {};
}

Result<QByteArray> readFileCapped(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > maxBytes) {
        return Error{QStringLiteral("%1 is too large (%2 bytes, limit %3)").arg(path).arg(file.size()).arg(maxBytes)};
    }
    // Read in pieces: QIODevice::read(n) allocates n bytes up front, so read(maxBytes + 1) would reserve the whole
    // cap (2 GiB for snapshots) for a file of a few kilobytes and fail under an address-space limit.
    QByteArray data;
    data.reserve(std::min(file.size(), maxBytes));
    char buffer[1 << 16];
    while (data.size() <= maxBytes) {
        const qint64 n = file.read(buffer, std::min<qint64>(sizeof buffer, maxBytes + 1 - data.size()));
        if (n < 0) {
            return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        }
        if (n == 0) {
            break;
        }
        data.append(buffer, n);
    }
    if (data.size() > maxBytes) {
        return Error{QStringLiteral("%1 is too large (limit %2 bytes)").arg(path).arg(maxBytes)};
    }
    return data;
}

} // namespace bulkhead::util

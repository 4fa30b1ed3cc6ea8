// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace bulkhead::util {

// Writes `data` to `path` atomically (temporary file in the same folder, fsync, rename), so a crash or a full disk
// never leaves a half-written review, snapshot or settings file. With `privateMode` the file is created 0600
// because snapshots and reviews can hold secrets.
Result<void> writeFileAtomically(const QString& path, const QByteArray& data, bool privateMode = true);

// Reads a whole file with a size cap, so a hostile or corrupt file cannot exhaust memory.
Result<QByteArray> readFileCapped(const QString& path, qint64 maxBytes);

} // namespace bulkhead::util

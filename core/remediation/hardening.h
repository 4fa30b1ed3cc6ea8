// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hardened re-creation of a container: the same image, command, ports, mounts and environment, with the fixes
// its findings call for applied. Output only: Bulkhead never runs these.

#include "core/model/finding.h"
#include "core/model/inventory.h"

#include <QString>
#include <QStringList>

#include <span>

namespace bulkhead::remediation {

struct Hardened
{
    QString runCommand;     // `docker run -d ...`, every word shell-quoted; comment lines (#) say what was removed
    QString composeService; // a compose file with one service (and its secrets), all strings quoted
    QStringList removed;    // what was dropped and why, for people
};

// `findings` are this container's findings (any order); the image, when known, tells what the container inherits.
Hardened
hardenContainer(const model::Container& container, const model::Image* image, std::span<const model::Finding> findings);

// Environment values that must not be reproduced in clear: secret-looking names or high-entropy values.
bool looksSecretAssignment(const QString& name, const QString& value);

// YAML double-quoted scalar, safe for any input (control characters escaped).
QString yamlQuote(QStringView s);

} // namespace bulkhead::remediation

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string_view>

namespace bulkhead::util {

// The one way a secret value is shown anywhere: a short prefix (at most 4 characters and never more than a quarter
// of the value) and the length, e.g. "AKIA…[20 chars]". Short values show no prefix at all.
QString redactSecret(QStringView value);
QString redactSecret(std::string_view utf8);

// Redacts the value part of a KEY=VALUE string (container/image environment), keeping the key.
QString redactAssignment(QStringView assignment);

} // namespace bulkhead::util

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal helpers shared by the JSON and SARIF writers.

#include "core/report/report.h"

#include <nlohmann/json.hpp>

#include <string>

namespace bulkhead::report::detail {

std::string u8(const QString& s);
nlohmann::ordered_json timeOrNull(const QDateTime& t);
nlohmann::ordered_json strings(const QStringList& list);
QByteArray dump(const nlohmann::ordered_json& j); // pretty, UTF-8, never throws on bad UTF-8

} // namespace bulkhead::report::detail

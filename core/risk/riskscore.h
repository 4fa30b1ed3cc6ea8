// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Risk scores: deterministic, explainable, documented in docs/risk.md. Suppressed findings do not count.

#include "core/model/finding.h"
#include "core/model/inventory.h"
#include "core/rules/scan.h"

#include <span>

namespace bulkhead::risk {

// Points a rule contributes at each severity (each rule counts once, at its worst unsuppressed finding).
double severityPoints(model::Severity s);

// A container's score from its own findings and its exposure (running, published on all interfaces, host network).
rules::RiskScore containerRisk(const model::Container& container, std::span<const model::Finding> findings);

// The host posture from daemon and host findings.
rules::RiskScore hostRisk(std::span<const model::Finding> findings);

// A (0-10) B (11-25) C (26-45) D (46-65) E (66-85) F (86-100).
QString gradeFor(int score);

} // namespace bulkhead::risk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A hand-made inventory and scan for the report tests: hostile names, planted fixture secrets (in environments, in a
// hardened command and in a message), lint findings, reviews and a small rule catalogue. The writers are tested on
// this and, where the rules library is present, on a real scan.

#include "core/report/report.h"

#include <QByteArray>
#include <QStringList>

namespace bulkhead::test {

inline const QString kInjectedName = QStringLiteral("<img src=x onerror=alert(1)>");

struct ReportFixture
{
    model::Inventory inventory;
    rules::ScanResult scan;
    report::ReportOptions options;
};

ReportFixture makeReportFixture();

// A synthetic inventory + scan of `containers` containers for the benchmark and size tests.
ReportFixture makeLargeReportFixture(int containers);

// The values of tests/fixtures/secrets/fixture-secrets.env.
QStringList fixtureSecrets();
QStringList fixtureSecretAssignments(); // KEY=VALUE lines

// The fixture secrets found in clear text in `data` (empty: none).
QStringList leakedSecrets(const QByteArray& data);

// Runs python3 with jsonschema: validates `instance` (a file) against `schema` (a file). Returns "" when valid, else
// the validator's message; "SKIP:..." when python3/jsonschema is missing.
QString validateJsonSchema(const QString& schemaPath, const QString& instancePath);

} // namespace bulkhead::test

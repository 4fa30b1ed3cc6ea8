// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"

#include <QTextBrowser>

namespace bulkhead::ui {

// The selected finding: message, evidence (already redacted by the rules), rationale, remediation, references.
class FindingDetail final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDetail)

public:
    explicit FindingDetail(QWidget* parent = nullptr);
    void showFinding(const model::Finding* finding);
    void showRule(const model::RuleInfo* rule);
    static QString findingHtml(const model::Finding& f);
    static QString ruleHtml(const model::RuleInfo& r);
};

} // namespace bulkhead::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QWidget>

class QTextBrowser;
class QTreeView;

namespace bulkhead::ui {

class FindingTreeModel;
class FindingDetail;

// The daemon and the host: engine facts, and the daemon/host findings with their remediation.
class HostView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostView)

public:
    explicit HostView(QWidget* parent = nullptr);
    void setScan(ScanDataPtr scan);
    FindingTreeModel* findingModel() const { return m_findings; }

private:
    ScanDataPtr m_scan;
    QTextBrowser* m_facts;
    FindingTreeModel* m_findings;
    QTreeView* m_tree;
    FindingDetail* m_detail;
};

} // namespace bulkhead::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/scandata.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace bulkhead::ui {

class FindingTreeModel;
class FindingDetail;
class ReviewPanel;
class ReviewStore;

// One container: its score and why, its findings by category, the selected finding's evidence and fix, the
// hardened `docker run` and compose snippet (copy buttons), and the raw inspect JSON with environment values masked.
class ContainerRiskView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerRiskView)

public:
    explicit ContainerRiskView(QWidget* parent = nullptr);

    void setScan(ScanDataPtr scan);
    void showContainer(const QString& id);
    QString containerId() const { return m_id; }

    FindingTreeModel* findingModel() const { return m_findings; }
    QTreeView* findingTree() const { return m_tree; }
    FindingDetail* detail() const { return m_detail; }
    ReviewPanel* reviewPanel() const { return m_review; }
    // The review the panel under the details records decisions in (owned elsewhere, e.g. by the main window).
    void setReviewStore(ReviewStore* store);
    // Moves the selection to the previous/next finding (across categories); false at either end.
    bool stepFinding(int delta);
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* copyRunButton() const { return m_copyRun; }
    QPushButton* copyComposeButton() const { return m_copyCompose; }
    QPushButton* exportButton() const { return m_export; }
    QString inspectText() const;

    // Inspect JSON with Config.Env values redacted; the raw payload itself is never shown.
    static QString maskedInspectJson(const nlohmann::json& inspect);

signals:
    void copied(const QString& what);
    void exportRequested(const QString& containerId); // "Export report…" for the container shown

private:
    ScanDataPtr m_scan;
    QString m_id;
    QLabel* m_score;
    QLabel* m_title;
    QLabel* m_subtitle;
    QTreeWidget* m_breakdown;
    FindingTreeModel* m_findings;
    QTreeView* m_tree;
    FindingDetail* m_detail;
    ReviewPanel* m_review;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_hardened;
    QPlainTextEdit* m_inspect;
    QPushButton* m_copyRun;
    QPushButton* m_copyCompose;
    QPushButton* m_export;
};

} // namespace bulkhead::ui

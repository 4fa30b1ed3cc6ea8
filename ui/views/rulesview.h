// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bulkhead::ui {

class RuleCatalogModel;
class FindingDetail;

// Every rule with its rationale, remediation and references.
class RulesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesView)

public:
    explicit RulesView(QWidget* parent = nullptr);
    RuleCatalogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    RuleCatalogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
    FindingDetail* m_detail;
};

} // namespace bulkhead::ui

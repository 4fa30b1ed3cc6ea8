// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/rulesview.h"

#include "core/rules/scan.h"
#include "ui/models/rulecatalogmodel.h"
#include "ui/views/findingdetail.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

RulesView::RulesView(QWidget* parent)
    : QWidget(parent), m_model(new RuleCatalogModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setRules(rules::catalogue());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RuleCatalogModel::SortRole);
    m_proxy->setFilterRole(RuleCatalogModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search rules by id, title, alias (e.g. DL3002, CIS)…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search rules"));
    auto* count = new QLabel(tr("%n rule(s)", nullptr, m_model->rowCount()), this);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RuleCatalogModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RuleCatalogModel::Title, QHeaderView::Stretch);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(RuleCatalogModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Rule catalogue"));
    m_detail = new FindingDetail(this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table);
    leftLayout->addWidget(count);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_detail->showRule(m_model->rule(m_proxy->mapToSource(i).row()));
    });
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

} // namespace bulkhead::ui

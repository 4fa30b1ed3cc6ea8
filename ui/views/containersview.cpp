// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/containersview.h"

#include "core/model/finding.h"
#include "ui/models/containerfilterproxy.h"
#include "ui/models/containertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

ContainersView::ContainersView(ContainerTableModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new ContainerFilterProxy(this))
{
    m_proxy->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, image, id, port, user…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search containers"));

    m_severity = new QComboBox(this);
    m_severity->setAccessibleName(tr("Severity filter"));
    m_severity->addItem(tr("Any severity"), -1);
    for (auto s : {model::Severity::Critical, model::Severity::High, model::Severity::Medium, model::Severity::Low})
        m_severity->addItem(tr("%1 or worse").arg(model::severityLabel(s)), int(s));

    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Running"), QStringLiteral("running"));
    m_state->addItem(tr("Not running"), QStringLiteral("stopped"));
    m_state->addItem(tr("Exited"), QStringLiteral("exited"));
    m_state->addItem(tr("Created"), QStringLiteral("created"));
    m_state->addItem(tr("Paused"), QStringLiteral("paused"));

    m_rule = new QLineEdit(this);
    m_rule->setPlaceholderText(tr("Rule id"));
    m_rule->setClearButtonEnabled(true);
    m_rule->setAccessibleName(tr("Rule filter"));
    m_rule->setMaximumWidth(120);

    m_category = new QLabel(this);
    m_category->setVisible(false);
    auto* clear = new QPushButton(tr("Clear filters"), this);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of containers shown"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_severity);
    filters->addWidget(m_state);
    filters->addWidget(m_rule);
    filters->addWidget(m_category);
    filters->addWidget(clear);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContainerTableModel::Risk, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // a selection can be exported
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Image, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerTableModel::Ports, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Containers"));
    // Sizing columns reads every row it considers; 100 rows give the right widths without stalling on big hosts.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setSearchText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSeverity(m_severity->currentData().toInt(), true);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setState(m_state->currentData().toString());
    });
    connect(m_rule, &QLineEdit::textChanged, m_proxy, &ContainerFilterProxy::setRuleId);
    connect(clear, &QPushButton::clicked, this, &ContainersView::clearFilters);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ContainersView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ContainersView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& cur) {
        emit currentContainerChanged(cur.data(ContainerTableModel::IdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit containerActivated(i.data(ContainerTableModel::IdRole).toString());
    });
    updateCount();
}

void ContainersView::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    // Size the columns once, when the table first fills; live updates must not re-measure every row.
    const bool firstFill = !m_sized && m_model->rowCount() > 0;
    m_sized = m_model->rowCount() > 0;
    if (!firstFill)
        return;
    for (int c : {ContainerTableModel::State,
                  ContainerTableModel::Risk,
                  ContainerTableModel::Critical,
                  ContainerTableModel::High,
                  ContainerTableModel::User,
                  ContainerTableModel::Privileged})
        m_table->resizeColumnToContents(c);
}

void ContainersView::setSeverityFilter(int severity, bool atLeast)
{
    if (atLeast) {
        const int i = m_severity->findData(severity);
        m_severity->setCurrentIndex(i < 0 ? 0 : i);
    } else {
        m_severity->setCurrentIndex(0);
        m_proxy->setSeverity(severity, false);
        m_category->setText(tr("Severity: %1").arg(model::severityLabel(model::Severity(severity))));
        m_category->setVisible(true);
    }
}

void ContainersView::setCategoryFilter(int category)
{
    m_proxy->setCategory(category);
    m_category->setText(category < 0 ? QString()
                                     : tr("Category: %1").arg(model::categoryLabel(model::Category(category))));
    m_category->setVisible(category >= 0);
}

void ContainersView::setRuleFilter(const QString& ruleId)
{
    m_rule->setText(ruleId);
}

void ContainersView::clearFilters()
{
    m_search->clear();
    m_severity->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_rule->clear();
    m_proxy->setSeverity(-1, true);
    m_proxy->setCategory(-1);
    m_category->setVisible(false);
}

void ContainersView::selectContainer(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex p = m_proxy->mapFromSource(m_model->index(row, 0));
    if (p.isValid()) {
        m_table->setCurrentIndex(p);
        m_table->scrollTo(p);
    }
}

QStringList ContainersView::selectedContainers() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << i.data(ContainerTableModel::IdRole).toString();
    return ids;
}

QString ContainersView::currentContainer() const
{
    return m_table->currentIndex().data(ContainerTableModel::IdRole).toString();
}

} // namespace bulkhead::ui

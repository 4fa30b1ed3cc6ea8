// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/containerriskview.h"

#include "core/util/redact.h"
#include "ui/models/findingtreemodel.h"
#include "ui/style.h"
#include "ui/views/findingdetail.h"
#include "ui/views/reviewpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace bulkhead::ui {

ContainerRiskView::ContainerRiskView(QWidget* parent) : QWidget(parent), m_findings(new FindingTreeModel(this))
{
    m_score = new QLabel(this);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumSize(96, 64);
    m_score->setAccessibleName(tr("Risk score"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_score->setFont(big);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // container names come from the daemon: never markup
    m_subtitle = new QLabel(this);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);

    m_copyRun = new QPushButton(appIcon(QStringLiteral("copy")), tr("Copy hardened docker run"), this);
    m_copyRun->setAccessibleName(tr("Copy the hardened docker run command"));
    m_copyCompose = new QPushButton(appIcon(QStringLiteral("copy")), tr("Copy compose snippet"), this);
    m_copyCompose->setAccessibleName(tr("Copy the hardened compose snippet"));

    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_export = new QPushButton(appIcon(QStringLiteral("open")), tr("Export report…"), this);
    m_export->setAccessibleName(tr("Export a report of this container"));
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_copyRun);
    buttons->addWidget(m_copyCompose);
    buttons->addWidget(m_export);
    auto* header = new QHBoxLayout;
    header->addWidget(m_score);
    header->addLayout(titles, 1);
    header->addLayout(buttons);

    m_breakdown = new QTreeWidget(this);
    m_breakdown->setColumnCount(2);
    m_breakdown->setHeaderLabels({tr("Points"), tr("Reason")});
    m_breakdown->setRootIsDecorated(false);
    m_breakdown->setAccessibleName(tr("Why this score"));
    m_breakdown->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* why = new QGroupBox(tr("Why this score"), this);
    auto* whyLayout = new QVBoxLayout(why);
    whyLayout->addWidget(m_breakdown);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_findings);
    m_tree->setAccessibleName(tr("Findings by category"));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(FindingTreeModel::Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FindingTreeModel::Rule, QHeaderView::ResizeToContents);
    m_tree->hideColumn(FindingTreeModel::Detail);

    m_detail = new FindingDetail(this);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(why);
    left->addWidget(m_tree);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_review = new ReviewPanel(this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addWidget(m_review);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_hardened = new QPlainTextEdit(this);
    m_hardened->setReadOnly(true);
    m_hardened->setFont(mono);
    m_hardened->setAccessibleName(tr("Hardened configuration"));
    m_inspect = new QPlainTextEdit(this);
    m_inspect->setReadOnly(true);
    m_inspect->setFont(mono);
    m_inspect->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_inspect->setAccessibleName(tr("Inspect JSON, secrets masked"));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(split, tr("Findings"));
    m_tabs->addTab(m_hardened, tr("Hardened configuration"));
    m_tabs->addTab(m_inspect, tr("Inspect JSON"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_detail->showFinding(m_findings->finding(i));
        m_review->setFinding(m_findings->finding(i));
    });
    connect(m_review, &ReviewPanel::previousRequested, this, [this] { stepFinding(-1); });
    connect(m_review, &ReviewPanel::nextRequested, this, [this] { stepFinding(1); });
    connect(m_copyRun, &QPushButton::clicked, this, [this] {
        const auto* r = m_scan ? m_scan->containerResult(m_id) : nullptr;
        if (!r)
            return;
        QApplication::clipboard()->setText(r->hardenedRun);
        emit copied(tr("Hardened docker run command copied."));
    });
    connect(m_copyCompose, &QPushButton::clicked, this, [this] {
        const auto* r = m_scan ? m_scan->containerResult(m_id) : nullptr;
        if (!r)
            return;
        QApplication::clipboard()->setText(r->composeSnippet);
        emit copied(tr("Compose snippet copied."));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            emit exportRequested(m_id);
    });
    showContainer({});
}

void ContainerRiskView::setReviewStore(ReviewStore* store)
{
    m_review->setStore(store);
}

bool ContainerRiskView::stepFinding(int delta)
{
    // The findings in display order: every leaf that is a finding, depth first.
    std::vector<QModelIndex> leaves;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < m_findings->rowCount(parent); ++row) {
            const QModelIndex i = m_findings->index(row, 0, parent);
            if (m_findings->finding(i)) {
                leaves.push_back(i);
            }
            walk(i);
        }
    };
    walk({});
    if (leaves.empty()) {
        return false;
    }
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    const auto it = std::find(leaves.begin(), leaves.end(), current);
    qsizetype at = it == leaves.end() ? (delta > 0 ? -1 : static_cast<qsizetype>(leaves.size()))
                                      : static_cast<qsizetype>(it - leaves.begin());
    at += delta;
    if (at < 0 || at >= static_cast<qsizetype>(leaves.size())) {
        return false;
    }
    const QModelIndex target = leaves[static_cast<size_t>(at)];
    m_tree->scrollTo(target);
    m_tree->setCurrentIndex(target);
    return true;
}

void ContainerRiskView::setScan(ScanDataPtr scan)
{
    m_scan = std::move(scan);
    showContainer(m_id);
}

QString ContainerRiskView::maskedInspectJson(const nlohmann::json& inspect)
{
    if (inspect.is_null())
        return tr("(no inspect data)");
    nlohmann::json copy = inspect;
    // Env values may hold passwords and tokens; keep the names, redact the values.
    if (copy.is_object()) {
        auto cfg = copy.find("Config");
        if (cfg != copy.end() && cfg->is_object()) {
            auto env = cfg->find("Env");
            if (env != cfg->end() && env->is_array()) {
                for (auto& e : *env) {
                    if (e.is_string())
                        e = util::redactAssignment(QString::fromStdString(e.get<std::string>())).toStdString();
                }
            }
        }
    }
    return QString::fromStdString(copy.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

QString ContainerRiskView::inspectText() const
{
    return m_inspect->toPlainText();
}

void ContainerRiskView::showContainer(const QString& id)
{
    m_id = id;
    const model::Container* c = m_scan ? m_scan->container(id) : nullptr;
    const rules::ContainerResult* r = m_scan ? m_scan->containerResult(id) : nullptr;
    m_copyRun->setEnabled(r && !r->hardenedRun.isEmpty());
    m_copyCompose->setEnabled(r && !r->composeSnippet.isEmpty());
    m_export->setEnabled(m_scan && m_scan->container(id));
    m_breakdown->clear();
    m_detail->clear();
    m_review->setFinding(nullptr);
    if (!c) {
        m_title->setText(m_scan && !id.isEmpty() ? tr("Container removed") : tr("No container selected"));
        m_subtitle->setText(tr("Pick a container in the Containers view."));
        m_score->setText(QStringLiteral("–"));
        m_score->setStyleSheet({});
        m_findings->setFindings({});
        m_hardened->clear();
        m_inspect->clear();
        return;
    }
    m_title->setText(c->name);
    m_subtitle->setText(tr("%1 · %2 · %3").arg(c->imageRef, c->state, c->id.left(12)));
    if (r) {
        const QColor bg = gradeColor(r->risk.grade);
        m_score->setText(QStringLiteral("%1\n%2").arg(r->risk.score).arg(r->risk.grade));
        m_score->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 8px; }")
                                   .arg(bg.name(), textOn(bg).name()));
        m_score->setAccessibleDescription(tr("Risk score %1 of 100, grade %2").arg(r->risk.score).arg(r->risk.grade));
        for (const auto& t : r->risk.breakdown) {
            auto* item = new QTreeWidgetItem(m_breakdown);
            item->setText(
                0, QStringLiteral("%1%2").arg(t.points > 0 ? QStringLiteral("+") : QString()).arg(t.points, 0, 'g', 3));
            item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(1, t.reason);
        }
        m_hardened->setPlainText(
            tr("# docker run with the fixes applied\n%1\n\n# docker compose service with the fixes applied\n%2")
                .arg(r->hardenedRun, r->composeSnippet));
    } else {
        m_score->setText(QStringLiteral("?"));
        m_hardened->clear();
    }
    model::Findings list;
    for (const model::Finding* f : m_scan->findingsFor(id))
        list.push_back(*f);
    m_findings->setFindings(std::move(list));
    m_tree->expandAll();
    m_tree->resizeColumnToContents(FindingTreeModel::Rule);
    // Start on the worst finding so the first thing a person sees is the most important one.
    const QModelIndex firstGroup = m_findings->index(0, 0);
    if (firstGroup.isValid()) {
        const QModelIndex first = m_findings->index(0, 0, firstGroup);
        m_tree->setCurrentIndex(first.isValid() ? first : firstGroup);
    }
    const model::RawContainer* raw = m_scan->rawContainer(id);
    m_inspect->setPlainText(raw ? maskedInspectJson(raw->inspect) : tr("(no inspect data)"));
}

} // namespace bulkhead::ui

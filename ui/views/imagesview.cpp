// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/imagesview.h"

#include "core/util/redact.h"
#include "core/util/textescape.h"
#include "ui/models/findingtreemodel.h"
#include "ui/models/imagetablemodel.h"
#include "ui/style.h"
#include "ui/views/findingdetail.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulkhead::ui {

ImagesView::ImagesView(QWidget* parent)
    : QWidget(parent), m_model(new ImageTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_findings(new FindingTreeModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search images…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search images"));

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageTableModel::Findings, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Images"));

    m_config = new QTextBrowser(this);
    m_config->setAccessibleName(tr("Image configuration"));
    m_history = new QTextBrowser(this);
    m_history->setAccessibleName(tr("Image history and layers"));
    m_tree = new QTreeView(this);
    m_tree->setModel(m_findings);
    m_tree->setAccessibleName(tr("Image findings"));
    m_tree->header()->setSectionResizeMode(FindingTreeModel::Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->hideColumn(FindingTreeModel::Detail);
    m_detail = new FindingDetail(this);
    auto* findingSplit = new QSplitter(Qt::Horizontal, this);
    findingSplit->addWidget(m_tree);
    findingSplit->addWidget(m_detail);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(findingSplit, tr("Findings"));
    tabs->addTab(m_history, tr("History and layers"));
    tabs->addTab(m_config, tr("Configuration"));

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        showImage(i.data(ImageTableModel::IdRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_detail->showFinding(m_findings->finding(i));
    });
}

void ImagesView::setScan(ScanDataPtr scan)
{
    const QString current = m_table->currentIndex().data(ImageTableModel::IdRole).toString();
    m_scan = std::move(scan);
    m_model->setScan(m_scan);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ImageTableModel::Name, QHeaderView::Stretch);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    else
        showImage({});
    Q_UNUSED(current)
}

QString ImagesView::historyHtml() const
{
    return m_history->toHtml();
}

void ImagesView::showImage(const QString& id)
{
    const model::Image* img = m_scan ? m_scan->inventory.imageById(id) : nullptr;
    if (!img) {
        m_config->clear();
        m_history->clear();
        m_findings->setFindings({});
        m_detail->clear();
        return;
    }
    const auto findings = m_scan->findingsFor(id);
    model::Findings copy;
    for (const auto* f : findings)
        copy.push_back(*f);
    m_findings->setFindings(std::move(copy));
    m_tree->expandAll();

    auto esc = [](const QString& s) { return util::htmlEscape(s); };
    QString cfg = QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(img->displayName()));
    auto row = [&](const QString& k, const QString& v) {
        cfg += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("ID"), img->id);
    row(tr("Tags"), img->repoTags.join(QStringLiteral(", ")));
    row(tr("Digests"), img->repoDigests.join(QStringLiteral(", ")));
    row(tr("Platform"), img->os + u'/' + img->architecture);
    row(tr("Size"), humanSize(img->size));
    row(tr("User"),
        !img->config.user             ? tr("unknown")
        : img->config.user->isEmpty() ? tr("root (default)")
                                      : *img->config.user);
    row(tr("Entrypoint"), img->config.entrypoint.join(u' '));
    row(tr("Command"), img->config.cmd.join(u' '));
    row(tr("Working directory"), img->config.workingDir);
    row(tr("Exposed ports"), img->config.exposedPorts.join(QStringLiteral(", ")));
    row(tr("Healthcheck"),
        !img->config.healthcheck              ? tr("none declared")
        : img->config.healthcheck->disabled() ? tr("disabled")
                                              : img->config.healthcheck->test.join(u' '));
    QStringList env;
    for (const auto& e : img->config.env)
        env << util::redactAssignment(e);
    row(tr("Environment (values masked)"), env.join(QStringLiteral("\n")));
    cfg += QStringLiteral("</table>");
    m_config->setHtml(cfg);

    // History, oldest first as Docker builds it, with the findings that point at each step.
    static const QRegularExpression stepField(QStringLiteral("^History\\[(\\d+)\\]"));
    QHash<int, QStringList> perStep;
    for (const auto* f : findings) {
        const auto m = stepField.match(f->location.field);
        if (!m.hasMatch())
            continue;
        const QColor bg = severityColor(f->severity);
        QString text = QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span> %4")
                           .arg(bg.name(), textOn(bg).name(), esc(f->ruleId), esc(f->message));
        if (f->ruleId == QLatin1String("SEC-101"))
            text += QStringLiteral(" <b>%1</b>").arg(esc(tr("(deleted but still in the image)")));
        perStep[m.captured(1).toInt()] << text;
    }
    QString hist = QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style=\"border-collapse:collapse\">"
                                  "<tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(esc(tr("Step")), esc(tr("Size")), esc(tr("Findings")));
    // The Engine lists history newest first; number steps oldest first, as a Dockerfile reads.
    const int n = int(img->history.size());
    for (int i = n - 1; i >= 0; --i) {
        const auto& h = img->history[size_t(i)];
        QString step = h.createdBy;
        step.replace(QStringLiteral("/bin/sh -c #(nop) "), QString());
        if (step.size() > 400)
            step = step.left(400) + u'…';
        hist += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td><td>%4</td></tr>")
                    .arg(n - i)
                    .arg(esc(step),
                         h.emptyLayer ? QStringLiteral("–") : esc(humanSize(h.size)),
                         perStep.value(i).join(QStringLiteral("<br>")));
    }
    hist += QStringLiteral("</table>");
    if (n == 0)
        hist = esc(tr("No history recorded for this image."));
    m_history->setHtml(hist);
}

} // namespace bulkhead::ui

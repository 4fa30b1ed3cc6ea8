// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/hostview.h"

#include "core/util/textescape.h"
#include "ui/models/findingtreemodel.h"
#include "ui/models/imagetablemodel.h"
#include "ui/views/findingdetail.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace bulkhead::ui {

HostView::HostView(QWidget* parent) : QWidget(parent), m_findings(new FindingTreeModel(this))
{
    m_facts = new QTextBrowser(this);
    m_facts->setAccessibleName(tr("Daemon and host facts"));
    m_tree = new QTreeView(this);
    m_tree->setModel(m_findings);
    m_tree->setAccessibleName(tr("Daemon and host findings"));
    m_tree->header()->setSectionResizeMode(FindingTreeModel::Title, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->hideColumn(FindingTreeModel::Detail);
    m_detail = new FindingDetail(this);

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_facts);
    left->addWidget(m_tree);
    left->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& i) {
        m_detail->showFinding(m_findings->finding(i));
    });
}

void HostView::setScan(ScanDataPtr scan)
{
    m_scan = std::move(scan);
    m_detail->clear();
    if (!m_scan) {
        m_facts->clear();
        m_findings->setFindings({});
        return;
    }
    const auto& d = m_scan->inventory.daemon;
    const auto& h = m_scan->inventory.host;
    auto esc = [](const QString& s) { return util::htmlEscape(s); };
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing=4>").arg(esc(d.name.isEmpty() ? m_scan->sourceName : d.name));
    auto row = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    auto tri = [](const std::optional<bool>& b) {
        return !b ? HostView::tr("unknown") : *b ? HostView::tr("yes") : HostView::tr("no");
    };
    row(tr("Endpoint"), m_scan->inventory.endpoint);
    row(tr("Engine"), tr("%1 (API %2, minimum %3)").arg(d.version, d.apiVersion, d.minApiVersion));
    row(tr("Operating system"), d.operatingSystem);
    row(tr("Kernel"), d.kernelVersion);
    row(tr("Architecture"), d.arch);
    row(tr("Storage driver"), d.storageDriver);
    row(tr("Root directory"), d.dockerRootDir);
    row(tr("Security options"), d.securityOptions.join(QStringLiteral(", ")));
    row(tr("Live restore"), tri(d.liveRestoreEnabled));
    row(tr("CPUs / memory"), QStringLiteral("%1 / %2").arg(d.ncpu).arg(humanSize(d.memTotal)));
    if (h.present) {
        row(tr("Socket"), h.socketPath);
        if (h.socketMode)
            row(tr("Socket mode"),
                QStringLiteral("%1 %2:%3")
                    .arg(*h.socketMode, 4, 8, QLatin1Char('0'))
                    .arg(h.socketOwner, h.socketGroup));
        row(tr("docker group members"), h.dockerGroupMembers.join(QStringLiteral(", ")));
    } else {
        row(tr("Host facts"), tr("not read (the endpoint is not on this machine)"));
    }
    row(tr("Collected"), QLocale().toString(m_scan->inventory.collectedAt.toLocalTime(), QLocale::ShortFormat));
    html += QStringLiteral("</table>");
    for (const auto& w : d.warnings)
        html += QStringLiteral("<p>⚠ %1</p>").arg(esc(w));
    m_facts->setHtml(html);

    model::Findings list;
    for (const auto* f : m_scan->hostFindings())
        list.push_back(*f);
    m_findings->setFindings(std::move(list));
    m_tree->expandAll();
}

} // namespace bulkhead::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace bulkhead::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString formatFilter(report::Format f)
{
    switch (f) {
    case report::Format::Html:
        return ExportDialog::tr("HTML report (*.html)");
    case report::Format::Pdf:
        return ExportDialog::tr("PDF report (*.pdf)");
    case report::Format::Json:
        return ExportDialog::tr("JSON report (*.json)");
    case report::Format::Sarif:
        return ExportDialog::tr("SARIF 2.1.0 (*.sarif)");
    }
    return {};
}
} // namespace

ExportDialog::ExportDialog(ScanDataPtr scan, const QStringList& selected, const QString& current, QWidget* parent)
    : QDialog(parent), m_scan(std::move(scan)), m_job(new ReportExportJob(this)),
      m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("ExportDialog"));

    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Report format"));
    m_format->addItem(tr("HTML — self-contained page for people"), int(report::Format::Html));
    m_format->addItem(tr("PDF — paginated, to hand over"), int(report::Format::Pdf));
    m_format->addItem(tr("JSON — versioned schema, for scripts"), int(report::Format::Json));
    m_format->addItem(tr("SARIF 2.1.0 — code scanning tools"), int(report::Format::Sarif));

    // Scope: every container, the ones selected in the containers view, or one.
    m_all = new QRadioButton(tr("&All containers"), this);
    m_selected = new QRadioButton(tr("&Selected containers"), this);
    m_one = new QRadioButton(tr("&One container"), this);
    m_selection = new QListWidget(this);
    m_selection->setAccessibleName(tr("Containers to include"));
    m_selection->setMaximumHeight(150);
    m_container = new QComboBox(this);
    m_container->setAccessibleName(tr("Container to report"));
    const int n = m_scan ? int(m_scan->inventory.containers.size()) : 0;
    std::vector<std::pair<QString, QString>> containers; // name, id
    containers.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const auto& c = m_scan->inventory.containers[size_t(i)];
        containers.emplace_back(c.name.isEmpty() ? c.id.left(12) : c.name, c.id);
    }
    std::sort(containers.begin(), containers.end());
    for (const auto& [name, id] : containers) {
        auto* item = new QListWidgetItem(name, m_selection);
        item->setData(kIdRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(selected.contains(id) ? Qt::Checked : Qt::Unchecked);
        m_container->addItem(name, id);
    }
    if (const int i = m_container->findData(current); i >= 0)
        m_container->setCurrentIndex(i);
    auto* scopeBox = new QGroupBox(tr("Scope"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_selected);
    scopeLayout->addWidget(m_selection);
    scopeLayout->addWidget(m_one);
    scopeLayout->addWidget(m_container);
    auto* scopeNote = new QLabel(tr("Daemon and host findings are always included."), scopeBox);
    scopeNote->setWordWrap(true);
    scopeLayout->addWidget(scopeNote);
    if (!selected.isEmpty() && selected.size() > 1)
        m_selected->setChecked(true);
    else
        m_all->setChecked(true);
    m_selected->setEnabled(n > 0);
    m_one->setEnabled(n > 0);

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Bulkhead security report"));
    m_title->setAccessibleName(tr("Report title"));

    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Output file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAccessibleName(tr("Choose the output file"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    QString folder = QSettings().value(QStringLiteral("export/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_path->setText(QDir(folder).filePath(
        QStringLiteral("bulkhead-report-%1.html").arg(QDate::currentDate().toString(Qt::ISODate))));

    m_includeLint = new QCheckBox(this);
    m_includeLint->setVisible(false);
    m_includeLayers = new QCheckBox(this);
    m_includeLayers->setVisible(false);
    m_open = new QCheckBox(tr("Open the report when done"), this);
    m_open->setChecked(QSettings().value(QStringLiteral("export/open"), true).toBool());

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Export status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(scopeBox);
    form->addRow(tr("&Title:"), m_title);
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path); // a row holding a layout gets no buddy from QFormLayout
    form->addRow(pathLabel, pathRow);
    form->addRow(m_includeLint);
    form->addRow(m_includeLayers);
    form->addRow(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    for (QRadioButton* b : {m_all, m_selected, m_one})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::updateScopeWidgets);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text(), formatFilter(format()));
        if (!chosen.isEmpty())
            setPath(chosen);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_job, &ReportExportJob::progress, this, [this](int step, int steps, const QString& what) {
        m_progress->setRange(0, steps);
        m_progress->setValue(step);
        m_status->setText(what);
    });
    connect(m_job, &ReportExportJob::finished, this, &ExportDialog::onFinished);

    const int last = QSettings().value(QStringLiteral("export/format"), int(report::Format::Html)).toInt();
    if (const int i = m_format->findData(last); i >= 0)
        m_format->setCurrentIndex(i);
    updateSuffix();
    updateScopeWidgets();
}

void ExportDialog::setLintFindings(const model::Findings& findings, const QString& dockerfile)
{
    m_lintFindings = findings;
    m_includeLint->setText(tr("Include the Dockerfile lint of %1 (%n finding(s))", nullptr, int(findings.size()))
                               .arg(QFileInfo(dockerfile).fileName()));
    m_includeLint->setChecked(!findings.empty());
    m_includeLint->setVisible(!dockerfile.isEmpty());
}

void ExportDialog::setLayerFindings(const model::Findings& findings)
{
    m_layerFindings = findings;
    m_includeLayers->setText(tr("Include the layer scans (%n finding(s))", nullptr, int(findings.size())));
    m_includeLayers->setChecked(!findings.empty());
    m_includeLayers->setVisible(!findings.empty());
}

void ExportDialog::setFormat(report::Format f)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(f))));
}

report::Format ExportDialog::format() const
{
    return report::Format(m_format->currentData().toInt());
}

void ExportDialog::setScopeKind(report::Scope::Kind kind)
{
    switch (kind) {
    case report::Scope::Kind::All:
        m_all->setChecked(true);
        break;
    case report::Scope::Kind::Selection:
        m_selected->setChecked(true);
        break;
    case report::Scope::Kind::Container:
        m_one->setChecked(true);
        break;
    }
}

void ExportDialog::setSingleContainer(const QString& id)
{
    if (const int i = m_container->findData(id); i >= 0)
        m_container->setCurrentIndex(i);
}

void ExportDialog::setSelectedContainers(const QStringList& ids)
{
    for (int i = 0; i < m_selection->count(); ++i) {
        QListWidgetItem* item = m_selection->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    updateSuffix();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.format = format();
    r.path = path();
    r.title = m_title->text().trimmed();
    if (m_selected->isChecked()) {
        r.scope.kind = report::Scope::Kind::Selection;
        for (int i = 0; i < m_selection->count(); ++i) {
            if (m_selection->item(i)->checkState() == Qt::Checked)
                r.scope.containers << m_selection->item(i)->data(kIdRole).toString();
        }
    } else if (m_one->isChecked()) {
        r.scope.kind = report::Scope::Kind::Container;
        r.scope.containers << m_container->currentData().toString();
    }
    if (m_includeLint->isChecked())
        r.lintFindings = m_lintFindings;
    if (m_includeLayers->isChecked())
        r.layerFindings = m_layerFindings;
    r.reviews = m_reviews;
    return r;
}

void ExportDialog::updateScopeWidgets()
{
    m_selection->setEnabled(m_selected->isChecked());
    m_container->setEnabled(m_one->isChecked());
}

void ExportDialog::updateSuffix()
{
    // Keep the file name in step with the format: report.html becomes report.pdf.
    QString p = m_path->text().trimmed();
    if (p.isEmpty())
        return;
    const QString suffix = report::formatSuffix(format());
    const QFileInfo info(p);
    static const QStringList known{QStringLiteral("html"),
                                   QStringLiteral("htm"),
                                   QStringLiteral("pdf"),
                                   QStringLiteral("json"),
                                   QStringLiteral("sarif")};
    if (known.contains(info.suffix().toLower()))
        p.chop(info.suffix().size() + 1);
    if (!p.endsWith(suffix, Qt::CaseInsensitive))
        p += suffix;
    if (p != m_path->text()) {
        const QSignalBlocker block(m_path);
        m_path->setText(p);
    }
}

void ExportDialog::setRunning(bool running)
{
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_format, m_all, m_selected, m_one, m_title, m_path, m_browse, m_includeLint, m_includeLayers, m_open})
        w->setEnabled(!running);
    m_selection->setEnabled(!running && m_selected->isChecked());
    m_container->setEnabled(!running && m_one->isChecked());
    m_export->setEnabled(!running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_status->setText(tr("Exporting…"));
    }
}

void ExportDialog::startExport()
{
    if (m_job->running())
        return;
    const ExportRequest r = request();
    QString problem;
    if (r.path.isEmpty())
        problem = tr("Choose a file to save the report to.");
    else if (!QFileInfo(QFileInfo(r.path).absolutePath()).isDir())
        problem = tr("The folder %1 does not exist.").arg(QFileInfo(r.path).absolutePath());
    else if (QFileInfo(r.path).isDir())
        problem = tr("%1 is a folder; give a file name.").arg(r.path);
    else if (r.scope.kind == report::Scope::Kind::Selection && r.scope.containers.isEmpty())
        problem = tr("Tick at least one container, or choose another scope.");
    else if (r.scope.kind == report::Scope::Kind::Container &&
             (r.scope.containers.isEmpty() || r.scope.containers.front().isEmpty()))
        problem = tr("Choose the container to report.");
    else if (!m_scan)
        problem = tr("There is no scan to export yet.");
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        emit exportFailed(problem);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(r.path).absolutePath());
    settings.setValue(QStringLiteral("export/format"), int(r.format));
    settings.setValue(QStringLiteral("export/open"), m_open->isChecked());
    setRunning(true);
    m_job->start(m_scan, r);
}

void ExportDialog::onFinished(bool ok, const QString& path, const QString& message)
{
    setRunning(false);
    m_status->setText(message);
    if (!ok) {
        emit exportFailed(message);
        if (m_rejectWhenStopped)
            QDialog::reject();
        return;
    }
    if (m_open->isChecked() && m_opener && !m_opener(QUrl::fromLocalFile(path)))
        m_status->setText(tr("%1 was written, but no program could open it.").arg(path));
    emit exported(path);
    accept();
}

void ExportDialog::reject()
{
    if (m_job->running()) {
        // Stop after the current step; the dialog closes once the worker has let go.
        m_rejectWhenStopped = true;
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace bulkhead::ui

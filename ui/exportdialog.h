// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/reportexport.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace bulkhead::ui {

// File > Export report…: format (HTML, PDF, JSON, SARIF), scope (all containers, the selected ones, one), the output
// file, "open when done". The report is built and written on a worker thread with progress and cancel; the dialog
// stays responsive and closes itself when the file is written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `selected`: container ids selected in the containers view; `current`: the container shown in the risk view.
    ExportDialog(ScanDataPtr scan, const QStringList& selected, const QString& current, QWidget* parent = nullptr);

    void setLintFindings(const model::Findings& findings, const QString& dockerfile);
    void setLayerFindings(const model::Findings& findings);
    void setReviews(const std::vector<report::ReviewDecision>& reviews) { m_reviews = reviews; }

    void setFormat(report::Format format);
    report::Format format() const;
    void setScopeKind(report::Scope::Kind kind);
    void setSingleContainer(const QString& id);
    void setSelectedContainers(const QStringList& ids);
    void setPath(const QString& path);
    QString path() const;
    void setOpenWhenDone(bool open);
    ExportRequest request() const; // what "Export" would start

    // How "open when done" opens the file (QDesktopServices::openUrl by default; tests record the call).
    void setOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }

    QPushButton* exportButton() const { return m_export; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QListWidget* selectionList() const { return m_selection; }
    bool running() const { return m_job->running(); }

public slots:
    void startExport();
    void reject() override; // Cancel/Escape: cancels a running export first, closes when the worker has stopped

signals:
    void exported(const QString& path);
    void exportFailed(const QString& message);

private:
    void updateScopeWidgets();
    void updateSuffix();
    void setRunning(bool running);
    void onFinished(bool ok, const QString& path, const QString& message);

    ScanDataPtr m_scan;
    ReportExportJob* m_job;
    QComboBox* m_format;
    QRadioButton* m_all;
    QRadioButton* m_selected;
    QRadioButton* m_one;
    QListWidget* m_selection;
    QComboBox* m_container;
    QLineEdit* m_title;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_includeLint;
    QCheckBox* m_includeLayers;
    QCheckBox* m_open;
    QProgressBar* m_progress;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    model::Findings m_lintFindings;
    model::Findings m_layerFindings;
    std::vector<report::ReviewDecision> m_reviews;
    std::function<bool(const QUrl&)> m_opener;
    bool m_rejectWhenStopped = false; // the user cancelled: close once the worker stops
};

} // namespace bulkhead::ui

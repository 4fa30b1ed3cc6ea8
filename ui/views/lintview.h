// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeView;

namespace bulkhead::ui {

class FindingTreeModel;
class FindingDetail;
class LintWorker;

// A Dockerfile editor with a line-number gutter; lines with findings get a severity-coloured mark.
class DockerfileEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DockerfileEditor)

public:
    explicit DockerfileEditor(QWidget* parent = nullptr);
    void setMarks(const QHash<int, model::Severity>& marks); // 1-based line -> worst severity
    const QHash<int, model::Severity>& marks() const { return m_marks; }
    int gutterWidth() const;
    void paintGutter(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateSelections();
    QWidget* m_gutter;
    QHash<int, model::Severity> m_marks;
};

// Dockerfile lint: open a file or build-context folder (menu or drag and drop), see the findings on their lines,
// jump from the list to the line, and get a fresh lint a moment after each edit. Linting runs on a worker thread.
class LintView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LintView)

public:
    explicit LintView(QWidget* parent = nullptr);
    ~LintView() override;

    bool openPath(const QString& path); // a Dockerfile or a folder holding one
    void setText(const QString& text);  // lints without a file (as if unsaved)
    QString path() const { return m_path; }
    DockerfileEditor* editor() const { return m_editor; }
    FindingTreeModel* findingModel() const { return m_findings; }
    QTreeView* findingList() const { return m_list; }
    QList<int> markedLines() const;
    void setDebounce(int ms) { m_debounce.setInterval(ms); }

signals:
    void linted(int findings);
    void message(const QString& text);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void requestLint();
    void onLinted(quint64 generation, const model::Findings& findings);

    QString m_path;       // the Dockerfile shown
    QString m_contextDir; // its build context (for .dockerignore and context rules)
    QLabel* m_title;
    DockerfileEditor* m_editor;
    FindingTreeModel* m_findings;
    QTreeView* m_list;
    FindingDetail* m_detail;
    QTimer m_debounce;
    QThread m_thread;
    LintWorker* m_worker;
    quint64 m_generation = 0;
};

} // namespace bulkhead::ui

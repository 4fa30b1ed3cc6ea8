// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace bulkhead::ui {

class ReviewStore;

// Under a finding's details: the reviewer's decision (not reviewed, open, accepted risk, false positive, will fix,
// fixed), a note, and previous/next finding to step through a list. A decision is saved as soon as it is picked; the
// note after a short pause in typing, when the finding changes, or when the panel loses focus.
class ReviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPanel)

public:
    explicit ReviewPanel(QWidget* parent = nullptr);

    void setStore(ReviewStore* store);
    // The finding the panel decides on (copied); nullptr disables the panel.
    void setFinding(const model::Finding* finding);
    // Saves a pending note now.
    void flush();

    QComboBox* decisionBox() const { return m_decision; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QString statusText() const;

    static QString decisionLabel(const QString& id);

signals:
    void previousRequested();
    void nextRequested();

private:
    void load();
    void save();

    ReviewStore* m_store = nullptr;
    std::optional<model::Finding> m_finding;
    bool m_loading = false;
    QComboBox* m_decision;
    QPlainTextEdit* m_note;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_status;
    QTimer* m_noteTimer;
};

} // namespace bulkhead::ui

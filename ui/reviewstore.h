// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/finding.h"
#include "core/review/review.h"

#include <QObject>
#include <QString>

namespace bulkhead::ui {

// The review the GUI works on: a reviewer's decisions (core/review/review.h), shared by the views. With a file open,
// every change is written at once through review::updateReviewFile() (lock file, re-read, atomic replace, mode 0600),
// so a crash loses nothing and a decision recorded meanwhile by `bulkhead-cli review` is kept. Without a file the
// decisions stay in memory until File > Save review as…. The lock is waited for briefly only: the GUI thread never
// hangs behind another writer; the change is then reported as not saved and kept in memory.
class ReviewStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStore)

public:
    explicit ReviewStore(QObject* parent = nullptr);

    // Opens an existing review file; on error nothing changes.
    util::Result<void> open(const QString& path);
    // Writes the decisions to `path` (atomic, 0600) and keeps working on that file.
    util::Result<void> saveAs(const QString& path);
    void close();

    QString path() const { return m_path; }
    bool hasFile() const { return !m_path.isEmpty(); }
    bool hasUnsavedChanges() const { return m_unsaved; }
    const review::ReviewFile& file() const { return m_file; }

    // The decision that applies to a finding (by fingerprint, else rule + target), or nullptr.
    const review::Decision* decisionFor(const model::Finding& finding) const;
    // Records (or with an empty `decision`, clears) the decision on a finding, by its fingerprint; saved at once when
    // a file is open. The reviewer is the login name. An error when the value is invalid or the save failed (the
    // change is then kept in memory and marked unsaved).
    util::Result<void> record(const model::Finding& finding, const QString& decision, const QString& note);

    QString reviewer() const { return m_reviewer; }
    void setReviewer(const QString& name) { m_reviewer = name; }
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }

signals:
    void changed();                       // decisions or the file changed
    void saveFailed(const QString& text); // a change could not be written

private:
    review::ReviewFile m_file;
    QString m_path;
    QString m_reviewer;
    bool m_unsaved = false;
    int m_lockWaitMs = 500;
};

} // namespace bulkhead::ui

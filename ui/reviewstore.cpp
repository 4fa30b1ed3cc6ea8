// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reviewstore.h"

#include "core/report/report.h"

#include <QDateTime>

namespace bulkhead::ui {

ReviewStore::ReviewStore(QObject* parent)
    : QObject(parent), m_reviewer(qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME")))
{}

util::Result<void> ReviewStore::open(const QString& path)
{
    auto loaded = review::loadReview(path);
    if (!loaded.ok()) {
        return loaded.error();
    }
    m_file = std::move(loaded->file);
    m_path = path;
    m_unsaved = false;
    emit changed();
    return {};
}

util::Result<void> ReviewStore::saveAs(const QString& path)
{
    if (const auto saved = review::saveReview(m_file, path); !saved.ok()) {
        return saved.error();
    }
    m_path = path;
    m_unsaved = false;
    emit changed();
    return {};
}

void ReviewStore::close()
{
    m_file = {};
    m_path.clear();
    m_unsaved = false;
    emit changed();
}

const review::Decision* ReviewStore::decisionFor(const model::Finding& finding) const
{
    return m_file.match(finding, report::fingerprint(finding));
}

util::Result<void> ReviewStore::record(const model::Finding& finding, const QString& decision, const QString& note)
{
    review::Decision d;
    d.fingerprint = report::fingerprint(finding);
    d.ruleId = finding.ruleId;
    d.target = finding.targetName.isEmpty() ? finding.targetId : finding.targetName;
    d.decision = decision;
    d.note = note;
    d.reviewer = m_reviewer;
    d.decidedAt = QDateTime::currentDateTimeUtc();
    const auto apply = [&d, &finding](review::ReviewFile& file) -> util::Result<void> {
        if (d.decision.isEmpty()) {
            // Whatever applies to the finding, also a rule + target decision recorded on the command line.
            while (const review::Decision* old = file.match(finding, d.fingerprint)) {
                file.clear(review::decisionKey(*old));
            }
            return {};
        }
        return file.set(d);
    };
    // Validate on a copy first: a bad value never reaches memory or disk.
    review::ReviewFile next = m_file;
    if (const auto ok = apply(next); !ok.ok()) {
        return ok.error();
    }
    if (m_path.isEmpty()) {
        m_file = std::move(next);
        m_unsaved = true;
        emit changed();
        return {};
    }
    // Changes that could not be written before (the file was locked) go in with this one: the newer decision per
    // finding wins, so nothing recorded in the window is lost.
    const review::ReviewFile pending = m_unsaved ? next : review::ReviewFile{};
    const bool hadPending = m_unsaved;
    const auto updated = review::updateReviewFile(
        m_path,
        [&](review::ReviewFile& file) -> util::Result<void> {
            if (hadPending) {
                file.merge(pending);
            }
            return apply(file);
        },
        true,
        m_lockWaitMs);
    if (!updated.ok()) {
        m_file = std::move(next);
        m_unsaved = true;
        emit changed();
        emit saveFailed(updated.error().text());
        return updated.error();
    }
    // The file as saved: it also holds what others recorded meanwhile.
    m_file = updated->file;
    m_unsaved = false;
    emit changed();
    return {};
}

} // namespace bulkhead::ui

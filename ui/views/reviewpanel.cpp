// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/views/reviewpanel.h"

#include "core/review/review.h"
#include "ui/reviewstore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace bulkhead::ui {

ReviewPanel::ReviewPanel(QWidget* parent) : QWidget(parent)
{
    m_decision = new QComboBox(this);
    m_decision->setAccessibleName(tr("Review decision"));
    m_decision->addItem(tr("Not reviewed"), QString());
    for (const QString& id : review::decisionIds()) {
        m_decision->addItem(decisionLabel(id), id);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("Why: the reviewer's note, saved with the decision"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_previous = new QPushButton(tr("&Previous finding"), this);
    m_next = new QPushButton(tr("&Next finding"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(800);

    auto* form = new QFormLayout;
    form->addRow(tr("Decision:"), m_decision);
    form->addRow(tr("Note:"), m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_decision, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            m_noteTimer->stop();
            save();
        }
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_decision->currentIndex() > 0) {
            m_noteTimer->start();
        }
    });
    connect(m_noteTimer, &QTimer::timeout, this, &ReviewPanel::save);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        flush();
        emit previousRequested();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        flush();
        emit nextRequested();
    });
    setFinding(nullptr);
}

QString ReviewPanel::decisionLabel(const QString& id)
{
    if (id == u"open") {
        return tr("Open");
    }
    if (id == u"accepted-risk") {
        return tr("Accepted risk");
    }
    if (id == u"false-positive") {
        return tr("False positive");
    }
    if (id == u"will-fix") {
        return tr("Will fix");
    }
    if (id == u"fixed") {
        return tr("Fixed");
    }
    return id;
}

void ReviewPanel::setStore(ReviewStore* store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (m_store) {
        connect(m_store, &ReviewStore::changed, this, [this] {
            if (!m_noteTimer->isActive() && !m_note->hasFocus()) {
                load();
            }
        });
    }
    load();
}

void ReviewPanel::setFinding(const model::Finding* finding)
{
    flush();
    if (finding) {
        m_finding = *finding;
    } else {
        m_finding.reset();
    }
    load();
}

void ReviewPanel::flush()
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        save();
    }
}

QString ReviewPanel::statusText() const
{
    return m_status->text();
}

void ReviewPanel::load()
{
    m_loading = true;
    const bool enabled = m_store != nullptr && m_finding.has_value();
    m_decision->setEnabled(enabled);
    m_note->setEnabled(enabled);
    const review::Decision* d = enabled ? m_store->decisionFor(*m_finding) : nullptr;
    m_decision->setCurrentIndex(d ? std::max(0, m_decision->findData(d->decision)) : 0);
    if (m_note->toPlainText() != (d ? d->note : QString())) {
        m_note->setPlainText(d ? d->note : QString());
    }
    QString status;
    if (d && !d->reviewer.isEmpty()) {
        status = d->decidedAt.isValid()
                     ? tr("Decided by %1 on %2")
                           .arg(d->reviewer, d->decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
                     : tr("Decided by %1").arg(d->reviewer);
    }
    if (m_store && m_store->hasUnsavedChanges()) {
        status += (status.isEmpty() ? QString() : QStringLiteral(" · ")) +
                  (m_store->hasFile() ? tr("Not saved to %1").arg(QFileInfo(m_store->path()).fileName())
                                      : tr("Not saved: File > Save review as…"));
    } else if (m_store && m_store->hasFile() && enabled) {
        status += (status.isEmpty() ? QString() : QStringLiteral(" · ")) +
                  tr("Saved in %1").arg(QFileInfo(m_store->path()).fileName());
    }
    m_status->setText(status);
    m_loading = false;
}

void ReviewPanel::save()
{
    if (!m_store || !m_finding) {
        return;
    }
    const QString decision = m_decision->currentData().toString();
    const auto recorded = m_store->record(*m_finding, decision, decision.isEmpty() ? QString() : m_note->toPlainText());
    if (!recorded.ok()) {
        m_status->setText(tr("Not saved: %1").arg(recorded.error().text()));
        return;
    }
    load();
}

} // namespace bulkhead::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace bulkhead::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("SettingsDialog"));
    QSettings settings;
    m_storedLanguage = settings.value(QStringLiteral("language")).toString();

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System default"), QString());
    // Language names in their own language, so a person can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_storedLanguage)));
    auto* languageNote = new QLabel(tr("The new language is used from the next start."), this);
    languageNote->setWordWrap(true);

    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent hosts"));
    m_recent->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recent->addItems(settings.value(QStringLiteral("recentHosts")).toStringList());
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected recent hosts"));
    m_clear = new QPushButton(tr("C&lear all"), this);
    m_clear->setAccessibleName(tr("Clear the recent hosts"));
    auto* recentButtons = new QVBoxLayout;
    recentButtons->addWidget(m_remove);
    recentButtons->addWidget(m_clear);
    recentButtons->addStretch(1);
    auto* recentRow = new QHBoxLayout;
    recentRow->addWidget(m_recent, 1);
    recentRow->addLayout(recentButtons);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Recent &hosts:"), recentRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_recent->selectedItems());
        updateButtons();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_recent->clear();
        updateButtons();
    });
    connect(m_recent, &QListWidget::itemSelectionChanged, this, &SettingsDialog::updateButtons);
    updateButtons();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QStringList SettingsDialog::recentHostList() const
{
    QStringList hosts;
    for (int i = 0; i < m_recent->count(); ++i)
        hosts << m_recent->item(i)->text();
    return hosts;
}

bool SettingsDialog::languageChanged() const
{
    return language() != m_storedLanguage;
}

void SettingsDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), language());
    settings.setValue(QStringLiteral("recentHosts"), recentHostList());
    QDialog::accept();
}

void SettingsDialog::updateButtons()
{
    m_remove->setEnabled(!m_recent->selectedItems().isEmpty());
    m_clear->setEnabled(m_recent->count() > 0);
}

} // namespace bulkhead::ui

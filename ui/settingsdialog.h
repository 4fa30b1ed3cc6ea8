// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;
class QPushButton;

namespace bulkhead::ui {

// Settings > Preferences…: the interface language (system default, English, Deutsch, Français) and the recent hosts
// the connection bar offers. Stored with QSettings ("language", "recentHosts") when accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QListWidget* recentHosts() const { return m_recent; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* clearButton() const { return m_clear; }
    QString language() const;           // "" (system), "en", "de", "fr"
    QStringList recentHostList() const; // as they will be saved
    bool languageChanged() const;       // differs from the stored one

    void accept() override; // saves

private:
    void updateButtons();

    QString m_storedLanguage;
    QComboBox* m_language;
    QListWidget* m_recent;
    QPushButton* m_remove;
    QPushButton* m_clear;
};

} // namespace bulkhead::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace bulkhead::ui {

// Installs Bulkhead's and Qt's translations for `language` ("de", "fr", "en"; empty: the system locale).
// Returns the language actually used ("en" when nothing matched).
QString installTranslations(const QString& language);
QStringList availableLanguages(); // "en", "de", "fr"

} // namespace bulkhead::ui

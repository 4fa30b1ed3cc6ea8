// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style.h"

#include <QApplication>
#include <QHash>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace bulkhead::ui {

QColor severityColor(model::Severity s)
{
    switch (s) {
    case model::Severity::Critical:
        return QColor(0x9b, 0x1c, 0x1c);
    case model::Severity::High:
        return QColor(0xc2, 0x41, 0x0c);
    case model::Severity::Medium:
        return QColor(0xe0, 0xa4, 0x00);
    case model::Severity::Low:
        return QColor(0x25, 0x63, 0xeb);
    case model::Severity::Info:
        return QColor(0x64, 0x74, 0x8b);
    }
    return QColor(0x64, 0x74, 0x8b);
}

QColor gradeColor(const QString& grade)
{
    const QChar g = grade.isEmpty() ? QChar(u'?') : grade.at(0).toUpper();
    switch (g.unicode()) {
    case u'A':
        return QColor(0x15, 0x80, 0x3d);
    case u'B':
        return QColor(0x4d, 0x7c, 0x0f);
    case u'C':
        return QColor(0xe0, 0xa4, 0x00);
    case u'D':
        return QColor(0xc2, 0x41, 0x0c);
    case u'E':
    case u'F':
        return QColor(0x9b, 0x1c, 0x1c);
    default:
        return QColor(0x64, 0x74, 0x8b);
    }
}

static double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor& background)
{
    const QColor black(0x11, 0x11, 0x11);
    const QColor white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QIcon severityIcon(model::Severity s)
{
    // Cached: views ask for the same five icons for every row.
    static QHash<int, QIcon> cache;
    const int key = int(s);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/icons/sev-%1.svg").arg(model::severityName(s))));
    return *it;
}

QIcon appIcon(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace bulkhead::ui

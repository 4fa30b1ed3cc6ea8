// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/pdf/pdfchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace bulkhead::report {

PdfChartObject::PdfChartObject(std::vector<Chart> charts, qreal dpi, qreal width, QObject* parent)
    : QObject(parent), m_charts(std::move(charts)), m_dpi(dpi), m_width(width)
{}

const PdfChartObject::Chart* PdfChartObject::chartFor(const QTextFormat& format) const
{
    const int index = format.intProperty(kChartIndexProperty);
    if (index < 0 || static_cast<size_t>(index) >= m_charts.size()) {
        return nullptr;
    }
    return &m_charts[static_cast<size_t>(index)];
}

QSizeF PdfChartObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const Chart* chart = chartFor(format);
    const size_t rows = chart ? std::max<size_t>(chart->bars.size(), 1) : 1;
    // Title row, bars, a little air below.
    return {m_width, rowHeight() * (static_cast<qreal>(rows) + 1.6)};
}

void PdfChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const Chart* chart = chartFor(format);
    if (!chart) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: chart labels must extract as plain text
    QFont bold = font;
    bold.setBold(true);
    const qreal row = rowHeight();
    const qreal labelW = rect.width() * 0.34;
    const qreal barAreaW = rect.width() * 0.52;

    painter->setPen(QColor(0x1f, 0x3a, 0x5f));
    painter->setFont(bold);
    painter->drawText(
        QRectF(rect.left(), rect.top(), rect.width(), row), Qt::AlignLeft | Qt::AlignVCenter, chart->title);
    painter->setFont(font);
    qreal y = rect.top() + row * 1.1;
    if (chart->bars.empty()) {
        painter->setPen(QColor(0x5f, 0x6b, 0x7a));
        painter->drawText(
            QRectF(rect.left(), y, rect.width(), row), Qt::AlignLeft | Qt::AlignVCenter, chart->emptyText);
        painter->restore();
        return;
    }
    double max = chart->maxValue;
    for (const Bar& b : chart->bars) {
        max = std::max(max, b.value);
    }
    const QFontMetricsF fm(font, painter->device());
    // Axis line, so zero-length bars still read as "none".
    painter->setPen(QPen(QColor(0xd9, 0xde, 0xe5), m_dpi / 144.0));
    painter->drawLine(QPointF(rect.left() + labelW, y),
                      QPointF(rect.left() + labelW, y + row * static_cast<qreal>(chart->bars.size())));
    for (const Bar& b : chart->bars) {
        painter->setPen(QColor(0x1f, 0x29, 0x33));
        const QString label = fm.elidedText(b.label, Qt::ElideRight, labelW - row * 0.4);
        painter->drawText(QRectF(rect.left(), y, labelW - row * 0.3, row), Qt::AlignRight | Qt::AlignVCenter, label);
        const qreal w = max > 0 ? b.value / max * barAreaW : 0;
        if (w > 0) {
            painter->fillRect(QRectF(rect.left() + labelW, y + row * 0.18, std::max<qreal>(w, 1.0), row * 0.64),
                              QColor(b.color));
        }
        painter->drawText(QRectF(rect.left() + labelW + w + row * 0.2, y, rect.width() - labelW - w, row),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          b.valueText.isEmpty() ? QString::number(b.value) : b.valueText);
        y += row;
    }
    painter->restore();
}

} // namespace bulkhead::report

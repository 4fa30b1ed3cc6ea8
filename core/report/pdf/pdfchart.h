// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Vector bar charts inside a QTextDocument: a text object the layout places like a character and that draws itself
// with QPainter, so charts stay vector in the PDF (an image would be raster) and flow with the text.

#include "core/report/svgchart.h"

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

namespace bulkhead::report {

class PdfChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 17;
    static constexpr int kChartIndexProperty = QTextFormat::UserProperty + 17;

    struct Chart
    {
        QString title;
        std::vector<Bar> bars;
        double maxValue = 0;
        QString emptyText;
    };

    // dpi: of the paint device the document is laid out for; width: the chart's width in device pixels.
    PdfChartObject(std::vector<Chart> charts, qreal dpi, qreal width, QObject* parent = nullptr);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter,
                    const QRectF& rect,
                    QTextDocument* doc,
                    int posInDocument,
                    const QTextFormat& format) override;

private:
    const Chart* chartFor(const QTextFormat& format) const;
    qreal rowHeight() const { return m_dpi * 0.24; }

    std::vector<Chart> m_charts;
    qreal m_dpi;
    qreal m_width;
};

} // namespace bulkhead::report

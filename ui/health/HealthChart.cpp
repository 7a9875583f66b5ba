#include "HealthChart.h"

#include <QPainter>

namespace Keyward::Ui {

HealthChart::HealthChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(120);
}

void HealthChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    // Screen readers get the figures as text.
    QStringList parts;
    for (const Bar &bar : bars)
        parts << QStringLiteral("%1: %2").arg(bar.label).arg(bar.value);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

QSize HealthChart::sizeHint() const
{
    const int line = fontMetrics().height() + 8;
    return {420, std::max(120, static_cast<int>(m_bars.size()) * line + 8)};
}

void HealthChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    int maxValue = 1;
    for (const Bar &bar : m_bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        maxValue = std::max(maxValue, bar.value);
    }
    const int countWidth = metrics.horizontalAdvance(QString::number(maxValue)) + 12;
    const int line = metrics.height() + 8;
    const int barLeft = labelWidth + 12;
    const int barSpace = std::max(10, width() - barLeft - countWidth);
    int y = 4;
    for (const Bar &bar : m_bars) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y, labelWidth, line - 4), Qt::AlignRight | Qt::AlignVCenter, bar.label);
        const int length = bar.value == 0 ? 0 : std::max(2, barSpace * bar.value / maxValue);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.color);
        painter.drawRoundedRect(QRect(barLeft, y + 2, length, line - 8), 3, 3);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(barLeft + length + 6, y, countWidth, line - 4), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(bar.value));
        y += line;
    }
}

} // namespace Keyward::Ui

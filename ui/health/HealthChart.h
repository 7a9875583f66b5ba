#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace Keyward::Ui {

/// A horizontal bar per state: label, bar and count. Painted by hand (a dozen bars need no charting library).
class HealthChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        int value = 0;
        QColor color;
    };

    explicit HealthChart(QWidget *parent = nullptr);
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
};

} // namespace Keyward::Ui

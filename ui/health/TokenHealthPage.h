#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Keyward::ItemModels {
class ConnectionTableModel;
}

namespace Keyward::Ui {

class HealthChart;

/// Token health at a glance: how many connections are in each state (a chart), per app, and the connections that
/// need attention, most urgent first. Activating one opens it on the Connections page.
class TokenHealthPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAttentionLimit = 500;

    TokenHealthPage(ItemModels::ConnectionTableModel *model, QWidget *parent = nullptr);

    /// Recomputes the figures from the model (also every 30 s while shown: states follow the clock).
    void recompute();
    HealthChart *chart() const { return m_chart; }
    QTableWidget *attentionTable() const { return m_attention; }

Q_SIGNALS:
    void connectionActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ItemModels::ConnectionTableModel *m_model;
    QLabel *m_summary;
    HealthChart *m_chart;
    QTableWidget *m_perApp;
    QTableWidget *m_attention;
};

} // namespace Keyward::Ui

#include "TokenHealthPage.h"

#include "HealthChart.h"
#include "itemmodels/ConnectionTableModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

using Model = ItemModels::ConnectionTableModel;
using Connections::Health;

namespace {

const QList<Health> kOrder {Health::ReauthRequired, Health::Exhausted,  Health::Expired, Health::Retrying,
                            Health::ExpiringSoon,   Health::Refreshing, Health::Healthy, Health::Revoked};

QColor healthColor(Health health)
{
    switch (health) {
    case Health::ReauthRequired:
    case Health::Exhausted:
    case Health::Expired:
        return QColor(0xc0, 0x39, 0x2b);
    case Health::Retrying:
    case Health::ExpiringSoon:
        return QColor(0xd6, 0x8a, 0x00);
    case Health::Refreshing:
        return QColor(0x29, 0x80, 0xb9);
    case Health::Healthy:
        return QColor(0x27, 0xae, 0x60);
    case Health::Revoked:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return Qt::gray;
}

void setUpTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
}

} // namespace

TokenHealthPage::TokenHealthPage(Model *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_chart(new HealthChart(this))
    , m_perApp(new QTableWidget(this))
    , m_attention(new QTableWidget(this))
{
    setObjectName(QStringLiteral("tokenHealthPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Token health")), this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("healthChart"));
    m_chart->setAccessibleName(tr("Connections per state"));
    m_perApp->setObjectName(QStringLiteral("healthPerApp"));
    m_perApp->setAccessibleName(tr("Connections per app and state"));
    setUpTable(m_perApp);
    m_attention->setObjectName(QStringLiteral("attentionTable"));
    m_attention->setAccessibleName(tr("Connections that need attention, most urgent first"));
    setUpTable(m_attention);
    m_attention->setColumnCount(5);
    m_attention->setHorizontalHeaderLabels({tr("ID"), tr("State"), tr("App"), tr("Account"), tr("Reason")});
    m_attention->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *attentionTitle = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Needs attention")), this);
    auto *perAppTitle = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Per app")), this);
    m_perApp->setMaximumHeight(160);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart);
    layout->addWidget(perAppTitle);
    layout->addWidget(m_perApp);
    layout->addWidget(attentionTitle);
    layout->addWidget(m_attention, 1);

    connect(m_model, &Model::loaded, this, &TokenHealthPage::recompute);
    connect(m_attention, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT connectionActivated(m_attention->item(row, 0)->data(Qt::DisplayRole).toLongLong());
    });
    auto *clock = new QTimer(this);
    clock->setInterval(30'000);
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->reload(); // other processes (keyward-cli) change connections too; states follow the clock
    });
    clock->start();
    recompute();
}

void TokenHealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->reload();
}

void TokenHealthPage::recompute()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMap<int, int> perHealth;
    QMap<QString, QMap<int, int>> perApp;
    struct Urgent
    {
        int row;
        Health health;
    };
    QList<Urgent> urgent;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Model::Row &r = m_model->row(row);
        const Health health = m_model->health(r, now);
        ++perHealth[static_cast<int>(health)];
        ++perApp[r.app][static_cast<int>(health)];
        if (Connections::urgency(health) >= Connections::urgency(Health::ExpiringSoon))
            urgent.append({row, health});
    }

    QList<HealthChart::Bar> bars;
    for (const Health health : kOrder)
        bars.append({Connections::healthLabel(health), perHealth.value(static_cast<int>(health)), healthColor(health)});
    m_chart->setBars(bars);

    const int total = m_model->rowCount();
    const int needy = static_cast<int>(urgent.size());
    m_summary->setText(total == 0
                           ? tr("No connections yet: register a provider app and connect an account.")
                           : tr("%n connection(s); ", nullptr, total) + tr("%n need(s) attention.", nullptr, needy));

    m_perApp->clear();
    m_perApp->setColumnCount(1 + static_cast<int>(kOrder.size()));
    QStringList headers {tr("App")};
    for (const Health health : kOrder)
        headers << Connections::healthLabel(health);
    m_perApp->setHorizontalHeaderLabels(headers);
    m_perApp->setRowCount(static_cast<int>(perApp.size()));
    int appRow = 0;
    for (auto it = perApp.constBegin(); it != perApp.constEnd(); ++it, ++appRow) {
        m_perApp->setItem(appRow, 0, new QTableWidgetItem(it.key()));
        for (int column = 0; column < kOrder.size(); ++column) {
            const int count = it.value().value(static_cast<int>(kOrder.at(column)));
            m_perApp->setItem(appRow, column + 1, new QTableWidgetItem(count ? QString::number(count) : QString()));
        }
    }
    m_perApp->resizeColumnsToContents();

    // Most urgent first; within a state, the soonest expiry first.
    std::stable_sort(urgent.begin(), urgent.end(), [this](const Urgent &a, const Urgent &b) {
        const int ua = Connections::urgency(a.health);
        const int ub = Connections::urgency(b.health);
        if (ua != ub)
            return ua > ub;
        return m_model->row(a.row).expiresMs < m_model->row(b.row).expiresMs;
    });
    const int shown = std::min(needy, kAttentionLimit);
    m_attention->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const Model::Row &r = m_model->row(urgent.at(i).row);
        auto *id = new QTableWidgetItem;
        id->setData(Qt::DisplayRole, r.id);
        auto *state = new QTableWidgetItem(Connections::healthLabel(urgent.at(i).health));
        state->setForeground(healthColor(urgent.at(i).health));
        m_attention->setItem(i, 0, id);
        m_attention->setItem(i, 1, state);
        m_attention->setItem(i, 2, new QTableWidgetItem(r.app));
        m_attention->setItem(i, 3, new QTableWidgetItem(r.subject));
        m_attention->setItem(i, 4, new QTableWidgetItem(r.lastError));
    }
    m_attention->resizeColumnsToContents();
    m_attention->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
}

} // namespace Keyward::Ui

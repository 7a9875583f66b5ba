#include "ConnectionFilterProxy.h"

#include "itemmodels/ConnectionTableModel.h"

#include <QDateTime>
#include <QSignalBlocker>

namespace Keyward::Ui {

using Model = ItemModels::ConnectionTableModel;

ConnectionFilterProxy::ConnectionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setDynamicSortFilter(false); // 100,000 rows: sort and filter on demand, not on every change
}

// A filter change that can only hide rows (a first app, a first state, more text) updates the mapping in place; one
// that can bring rows back rebuilds it in one pass (invalidate()): putting 100,000 rows back run by run costs
// QSortFilterProxyModel a pass over its whole mapping per run, thousands of runs for a state filter.
void ConnectionFilterProxy::setApp(const QString &app)
{
    const bool narrower = m_app.isEmpty() || app == m_app;
    m_app = app;
    if (narrower) {
        refilter();
        return;
    }
    m_now = QDateTime::currentMSecsSinceEpoch();
    invalidate();
}

void ConnectionFilterProxy::setHealth(int health)
{
    const bool narrower = m_health < 0 || health == m_health;
    m_health = health;
    if (narrower) {
        refilter();
        return;
    }
    m_now = QDateTime::currentMSecsSinceEpoch();
    invalidate();
}

void ConnectionFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    const bool narrower = trimmed.contains(m_text, Qt::CaseInsensitive);
    m_text = trimmed;
    if (narrower) {
        refilter();
        return;
    }
    m_now = QDateTime::currentMSecsSinceEpoch();
    invalidate();
}

void ConnectionFilterProxy::refilter()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    // One layout change instead of a removal or an insertion signal per run of rows: on 100,000 rows a state filter
    // keeps thousands of separate runs, and the view and its headers walk all their sections for each signal. The
    // proxy updates its mapping and the persistent indexes (selection, current row) as before; the views re-read
    // everything once, as after invalidate(), and the selection survives.
    Q_EMIT layoutAboutToBeChanged();
    {
        const QSignalBlocker quiet(this);
        invalidateFilter();
    }
    Q_EMIT layoutChanged();
}

bool ConnectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const Model *>(sourceModel());
    const Model::Row &row = model->row(sourceRow);
    if (!m_app.isEmpty() && row.app != m_app)
        return false;
    if (!m_text.isEmpty() && !row.subject.contains(m_text, Qt::CaseInsensitive)
        && !row.scopes.contains(m_text, Qt::CaseInsensitive))
        return false;
    if (m_health >= 0 && static_cast<int>(model->health(row, m_now)) != m_health)
        return false;
    return true;
}

} // namespace Keyward::Ui

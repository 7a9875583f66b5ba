#include "AuditTableModel.h"

#include "engine/Engine.h"
#include "engine/EngineHost.h"

#include <QJsonDocument>

namespace Keyward::ItemModels {

AuditTableModel::AuditTableModel(Engine::EngineHost *host, QObject *parent)
    : QAbstractTableModel(parent)
    , m_host(host)
{ }

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Audit::AuditEvent &e = m_events.at(index.row());
    if (role == SortRole && index.column() == Seq)
        return e.seq;
    if (role == DetailsRole)
        return QString::fromUtf8(e.details);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return e.time;
    case Actor:
        return QString(e.actorUser + u'@' + e.actorHost);
    case Action:
        return e.action;
    case Target:
        return e.target;
    case Outcome:
        return e.outcome;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time (UTC)");
    case Actor:
        return tr("Actor");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && m_host;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_exhausted = false;
    m_loading = false;
    ++m_generation;
    endResetModel();
    // A view (or QAbstractItemModelTester) may already have asked for the first page while handling the reset.
    if (!m_loading)
        requestPage();
}

void AuditTableModel::setFilter(const Audit::AuditFilter &filter)
{
    m_filter = filter;
    m_startBefore = 0;
    reload();
}

void AuditTableModel::showFrom(qint64 seq)
{
    m_filter = {};
    m_startBefore = seq + 1;
    reload();
}

void AuditTableModel::requestPage()
{
    if (!m_host || m_loading)
        return; // one page request at a time, or pages would arrive twice
    m_loading = true;
    const quint64 generation = m_generation;
    const qint64 before = m_events.isEmpty() ? m_startBefore : m_events.last().seq;
    m_host->call(
        this,
        [before, filter = m_filter](Engine::EngineHost::Slot &engine) -> Result<QList<Audit::AuditEvent>> {
            if (!engine)
                return QList<Audit::AuditEvent>();
            KW_TRY(engine->authorize(Access::Permission::AuditRead));
            return Audit::AuditSearch(engine->database()).page(filter, before, kPageSize);
        },
        [this, generation](const Result<QList<Audit::AuditEvent>> &page) {
            if (generation != m_generation)
                return; // an answer from before a reload
            if (!page.ok()) {
                m_loading = false;
                m_exhausted = true;
                Q_EMIT loadFailed(page.error().userMessage);
                return;
            }
            // Still "loading" while the rows go in: a view reacting to the insertion must not ask for the page
            // after the last one before that one is in place.
            if (!page->isEmpty()) {
                beginInsertRows({}, static_cast<int>(m_events.size()),
                                static_cast<int>(m_events.size() + page->size() - 1));
                m_events.append(page.value());
                endInsertRows();
            }
            m_exhausted = page->size() < kPageSize;
            m_loading = false;
            Q_EMIT pageLoaded();
        });
}

} // namespace Keyward::ItemModels

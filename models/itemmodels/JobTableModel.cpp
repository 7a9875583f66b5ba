#include "JobTableModel.h"

#include "engine/EngineHost.h"

#include <QDateTime>

namespace Keyward::ItemModels {

JobTableModel::JobTableModel(Engine::EngineHost *host, QObject *parent)
    : QAbstractTableModel(parent)
    , m_host(host)
{ }

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Jobs::Job &job = m_jobs.at(index.row());
    if (role == IdRole)
        return job.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return job.id;
    case State:
        return Jobs::stateName(job.state);
    case Queue:
        return Jobs::queueName(job.queue);
    case Type:
        return job.type;
    case Attempts:
        return job.attempt;
    case When: {
        // Waiting jobs: when they run next; finished ones: when they finished.
        const qint64 ms = job.finishedMs > 0 ? job.finishedMs : job.runAtMs;
        return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
    }
    case LastError:
        return job.lastError;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case State:
        return tr("State");
    case Queue:
        return tr("Queue");
    case Type:
        return tr("Type");
    case Attempts:
        return tr("Attempts");
    case When:
        return tr("Next run / finished (UTC)");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

void JobTableModel::setStateFilter(std::optional<Jobs::JobState> state)
{
    m_filter = state;
    reload();
}

void JobTableModel::reload()
{
    if (!m_host)
        return;
    const quint64 generation = ++m_generation;
    const std::optional<Jobs::JobState> filter = m_filter;
    m_host->call(
        this,
        [filter](Engine::EngineHost::Slot &engine) -> Result<QList<Jobs::Job>> {
            if (!engine)
                return QList<Jobs::Job>();
            KW_TRY(engine->authorize(Access::Permission::JobsRead));
            return engine->jobs().list(filter, kLimit);
        },
        [this, generation](const Result<QList<Jobs::Job>> &jobs) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (!jobs.ok()) {
                Q_EMIT loadFailed(jobs.error().userMessage);
                return;
            }
            beginResetModel();
            m_jobs = jobs.value();
            endResetModel();
            Q_EMIT loaded();
        });
}

} // namespace Keyward::ItemModels

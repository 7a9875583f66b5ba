#pragma once

#include "jobs/Job.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace Keyward::Engine {
class EngineHost;
}

namespace Keyward::ItemModels {

/// Jobs newest first, optionally one state only, loaded on the engine thread (the newest kLimit rows; the job
/// table is pruned by retention, unlike the audit log).
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, State, Queue, Type, Attempts, When, LastError, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kLimit = 1000;

    explicit JobTableModel(Engine::EngineHost *host, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setStateFilter(std::optional<Jobs::JobState> state);
    std::optional<Jobs::JobState> stateFilter() const { return m_filter; }
    void reload();
    const Jobs::Job &job(int row) const { return m_jobs.at(row); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<Engine::EngineHost> m_host;
    QList<Jobs::Job> m_jobs;
    std::optional<Jobs::JobState> m_filter;
    quint64 m_generation = 0;
};

} // namespace Keyward::ItemModels

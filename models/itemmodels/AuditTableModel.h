#pragma once

#include "audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Keyward::Engine {
class EngineHost;
}

namespace Keyward::ItemModels {

/// The audit log newest first, paged by cursor (`seq < last loaded`) through canFetchMore()/fetchMore(), loaded on
/// the engine thread. Answers from before a reload() are dropped (generation numbers).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Actor, Action, Target, Outcome, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, DetailsRole };
    static constexpr int kPageSize = 256;

    explicit AuditTableModel(Engine::EngineHost *host, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Drops what is loaded and loads the newest page again.
    void reload();
    const Audit::AuditEvent &event(int row) const { return m_events.at(row); }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void requestPage();

    QPointer<Engine::EngineHost> m_host;
    QList<Audit::AuditEvent> m_events;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_exhausted = false;
};

} // namespace Keyward::ItemModels

#pragma once

#include "audit/AuditSearch.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Keyward::Engine {
class EngineHost;
}

namespace Keyward::ItemModels {

/// The audit events that match a filter, newest first, paged by cursor (`seq < last loaded`) through
/// canFetchMore()/fetchMore(), loaded on the engine thread. Answers from before a reload() or a filter change are
/// dropped (generation numbers).
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
    /// Selects what the model shows and reloads, from the newest matching event.
    void setFilter(const Audit::AuditFilter &filter);
    /// Reloads with every event from `seq` down (the newest first): to show a broken link at the top.
    void showFrom(qint64 seq);
    /// The sequence the rows start at (0: the head).
    qint64 startSeq() const { return m_startBefore > 0 ? m_startBefore - 1 : 0; }
    const Audit::AuditFilter &filter() const { return m_filter; }
    /// Whether every matching event has been loaded.
    bool isComplete() const { return m_exhausted; }
    const Audit::AuditEvent &event(int row) const { return m_events.at(row); }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void pageLoaded();

private:
    void requestPage();

    QPointer<Engine::EngineHost> m_host;
    QList<Audit::AuditEvent> m_events;
    Audit::AuditFilter m_filter;
    qint64 m_startBefore = 0; ///< first page's cursor (0: the head)
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_exhausted = false;
};

} // namespace Keyward::ItemModels

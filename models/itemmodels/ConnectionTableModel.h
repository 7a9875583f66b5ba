#pragma once

#include "connections/Connection.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Keyward::Engine {
class EngineHost;
}

namespace Keyward::ItemModels {

/// Every connection of the profile, loaded on the engine thread in one query, for the Connections page (sorted and
/// filtered by a proxy) and the Token Health page. Health is computed at display time, so "expiring soon" and
/// "expired" follow the clock without a reload.
class ConnectionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, App, Subject, Health, Scopes, Expires, LastRefresh, Rotations, LastError, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        HealthRole, ///< Connections::Health as int
        UrgencyRole, ///< Connections::urgency(), for "most urgent first"
        SortRole, ///< a value that sorts right (times as numbers)
        AppRole, ///< the app's name
        SearchRole, ///< subject, display name and scopes, for the text filter
    };

    /// A connection as the table needs it: small, so 100,000 rows stay well under the memory target.
    struct Row
    {
        qint64 id = 0;
        QString app; ///< shared between rows of one app
        QString subject;
        QString scopes;
        QString lastError;
        Connections::ConnectionState state = Connections::ConnectionState::Healthy;
        qint64 issuedMs = 0;
        qint64 expiresMs = 0;
        qint64 lastRefreshMs = 0;
        int rotations = 0;
    };

    explicit ConnectionTableModel(Engine::EngineHost *host, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Loads every connection; the first time, a screenful first (see kFirstScreenful). loaded() follows the full
    /// load only.
    void reload();
    static constexpr int kFirstScreenful = 200;
    const Row &row(int index) const { return m_rows.at(index); }
    Connections::Health health(const Row &row, qint64 nowMs) const;
    /// The apps seen in the last load, sorted.
    QStringList appNames() const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void load(quint64 generation, int limit);

    QPointer<Engine::EngineHost> m_host;
    QList<Row> m_rows;
    quint64 m_generation = 0;
};

} // namespace Keyward::ItemModels

#pragma once

#include "webhooks/WebhookStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Keyward::Engine {
class EngineHost;
}

namespace Keyward::ItemModels {

/// Webhook deliveries newest first, optionally of one source, state or verification result, paged by cursor
/// (`id < last loaded`) through canFetchMore()/fetchMore() and loaded on the engine thread. Rows carry no headers
/// and no body (those are read for one delivery at a time). refresh() reads the loaded window again and merges it in
/// place, so views keep their selection and scroll position; answers from before a reload() are dropped.
class DeliveryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Received, Source, EventType, Verification, State, Result, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the delivery id (qint64)
        StateRole, ///< the stored state word (received, processed, ...)
        VerifiedRole, ///< bool
    };
    static constexpr int kPageSize = 256;
    /// refresh() reads at most this many of the newest rows again; older loaded rows keep what they showed.
    static constexpr int kRefreshWindow = 1024;

    explicit DeliveryTableModel(Engine::EngineHost *host, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Which deliveries to show: `source`, `state` and `verified` are used; the cursor fields are the model's.
    void setFilter(const Webhooks::DeliveryFilter &filter);
    const Webhooks::DeliveryFilter &filter() const { return m_filter; }
    /// Drops what is loaded and loads the newest page again.
    void reload();
    /// Reads the newest rows again (new deliveries, changed states) and merges them without a reset.
    void refresh();

    /// The delivery of a row, without headers and body.
    const Webhooks::Delivery &delivery(int row) const { return m_rows.at(row).delivery; }
    /// The row showing delivery `id`, or -1.
    int rowOf(qint64 id) const;

    /// "valid", or the reason a delivery was refused as a short phrase (translated).
    static QString verificationText(const QString &reason);
    /// What the verification result means and what to look at, as a sentence (translated).
    static QString verificationSentence(const QString &reason);
    /// A delivery state for people (translated).
    static QString stateText(const QString &state);

Q_SIGNALS:
    void loadFailed(const QString &message);
    /// A page, a reload or a refresh arrived.
    void pageLoaded();

private:
    struct Row
    {
        Webhooks::Delivery delivery;
        // Display texts, made once per load so data() allocates nothing.
        QString received;
        QString verification;
        QString state;
    };
    enum class Request { Page, Refresh };
    void request(Request kind);
    void appendPage(QList<Row> page);
    void merge(QList<Row> fresh, int window);
    static Row makeRow(Webhooks::Delivery delivery);

    QPointer<Engine::EngineHost> m_host;
    QList<Row> m_rows;
    Webhooks::DeliveryFilter m_filter;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_refreshPending = false;
};

} // namespace Keyward::ItemModels

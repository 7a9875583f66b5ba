#include "DeliveryTableModel.h"

#include "engine/EngineHost.h"
#include "webhooks/WebhookService.h"

#include <QDateTime>

#include <algorithm>
#include <limits>
#include <optional>

namespace Keyward::ItemModels {

namespace {

std::optional<Webhooks::Verdict::Reason> reasonFromCode(const QString &code)
{
    using R = Webhooks::Verdict::Reason;
    for (const R reason :
         {R::Valid, R::MissingSignature, R::MalformedSignature, R::MissingTimestamp, R::MalformedTimestamp,
          R::MissingId, R::Stale, R::Future, R::Mismatch, R::NoSecret, R::UnknownKey, R::ClaimsRejected}) {
        Webhooks::Verdict verdict;
        verdict.reason = reason;
        if (verdict.code() == code)
            return reason;
    }
    return std::nullopt;
}

bool sameShown(const Webhooks::Delivery &a, const Webhooks::Delivery &b)
{
    return a.state == b.state && a.result == b.result && a.replays == b.replays && a.processedMs == b.processedMs
        && a.eventType == b.eventType && a.verified == b.verified && a.reason == b.reason;
}

} // namespace

DeliveryTableModel::DeliveryTableModel(Engine::EngineHost *host, QObject *parent)
    : QAbstractTableModel(parent)
    , m_host(host)
{ }

int DeliveryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Webhooks::Delivery &d = row.delivery;
    switch (role) {
    case IdRole:
        return d.id;
    case StateRole:
        return d.state;
    case VerifiedRole:
        return d.verified;
    case Qt::TextAlignmentRole:
        return index.column() == Id ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        // The whole sentence (what happened, what to look at) where the cell has a phrase.
        if (index.column() == Verification)
            return verificationSentence(d.reason);
        if (index.column() == Result)
            return d.result; // often longer than its column
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Id:
        return d.id;
    case Received:
        return row.received;
    case Source:
        return d.sourceName;
    case EventType:
        return d.eventType;
    case Verification:
        return row.verification;
    case State:
        return row.state;
    case Result:
        return d.result;
    default:
        return {};
    }
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case Received:
        return tr("Received");
    case Source:
        return tr("Source");
    case EventType:
        return tr("Event type");
    case Verification:
        return tr("Verification");
    case State:
        return tr("State");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

QString DeliveryTableModel::verificationText(const QString &reason)
{
    using R = Webhooks::Verdict::Reason;
    if (reason == QLatin1String("body_too_large"))
        return tr("body too large");
    const auto known = reasonFromCode(reason);
    if (!known)
        return reason;
    switch (*known) {
    case R::Valid:
        return tr("valid");
    case R::MissingSignature:
        return tr("no signature");
    case R::MalformedSignature:
        return tr("malformed signature");
    case R::MissingTimestamp:
        return tr("no timestamp");
    case R::MalformedTimestamp:
        return tr("malformed timestamp");
    case R::MissingId:
        return tr("no delivery id");
    case R::Stale:
        return tr("timestamp too old");
    case R::Future:
        return tr("timestamp in the future");
    case R::Mismatch:
        return tr("wrong signature");
    case R::NoSecret:
        return tr("no active secret");
    case R::UnknownKey:
        return tr("unknown signing key");
    case R::ClaimsRejected:
        return tr("wrong issuer or audience");
    }
    return reason;
}

QString DeliveryTableModel::verificationSentence(const QString &reason)
{
    if (reason == QLatin1String("body_too_large"))
        return tr("The body was larger than the receiver accepts, so its signature was not checked.");
    const auto known = reasonFromCode(reason);
    if (!known)
        return tr("Refused before verification (%1).").arg(reason);
    Webhooks::Verdict verdict;
    verdict.reason = *known;
    return verdict.sentence();
}

QString DeliveryTableModel::stateText(const QString &state)
{
    namespace S = Webhooks::DeliveryState;
    if (state == QLatin1String(S::Received))
        return tr("received");
    if (state == QLatin1String(S::Processed))
        return tr("processed");
    if (state == QLatin1String(S::Ignored))
        return tr("ignored");
    if (state == QLatin1String(S::Failed))
        return tr("failed");
    if (state == QLatin1String(S::Rejected))
        return tr("rejected");
    return state;
}

DeliveryTableModel::Row DeliveryTableModel::makeRow(Webhooks::Delivery delivery)
{
    Row row;
    row.received = QDateTime::fromMSecsSinceEpoch(delivery.receivedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    row.verification = verificationText(delivery.reason);
    row.state = stateText(delivery.state);
    row.delivery = std::move(delivery);
    return row;
}

int DeliveryTableModel::rowOf(qint64 id) const
{
    // Newest first: the ids descend, so a binary search finds the row.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const Row &row, qint64 wanted) { return row.delivery.id > wanted; });
    return it != m_rows.cend() && it->delivery.id == id ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

bool DeliveryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && m_host;
}

void DeliveryTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(Request::Page);
}

void DeliveryTableModel::setFilter(const Webhooks::DeliveryFilter &filter)
{
    m_filter.source = filter.source;
    m_filter.state = filter.state;
    m_filter.verified = filter.verified;
    reload();
}

void DeliveryTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    m_loading = false;
    m_refreshPending = false;
    ++m_generation;
    endResetModel();
    // A view (or QAbstractItemModelTester) may already have asked for the first page while handling the reset.
    if (!m_loading)
        request(Request::Page);
}

void DeliveryTableModel::refresh()
{
    if (m_loading) {
        m_refreshPending = true; // after the page on its way, so the two answers never interleave
        return;
    }
    request(Request::Refresh);
}

void DeliveryTableModel::request(Request kind)
{
    if (!m_host || m_loading)
        return; // one request at a time, or pages would arrive twice
    m_loading = true;
    const quint64 generation = m_generation;
    Webhooks::DeliveryFilter filter = m_filter;
    int window = kPageSize;
    if (kind == Request::Page) {
        filter.beforeId = m_rows.isEmpty() ? 0 : m_rows.last().delivery.id;
        filter.limit = kPageSize;
    } else {
        window = std::clamp(static_cast<int>(m_rows.size()), kPageSize, kRefreshWindow);
        filter.beforeId = 0;
        filter.limit = window;
    }
    m_host->call(
        this,
        [filter](Engine::EngineHost::Slot &engine) -> ::Keyward::Result<QList<Webhooks::Delivery>> {
            if (!engine)
                return QList<Webhooks::Delivery>();
            auto deliveries = engine->webhooks().deliveries(filter);
            if (!deliveries.ok())
                return deliveries.error();
            // The table shows neither headers nor bodies; the details are read for one delivery when selected.
            for (Webhooks::Delivery &d : deliveries.value()) {
                d.body = QByteArray();
                d.headers = QJsonArray();
            }
            return deliveries;
        },
        [this, generation, kind, window](const ::Keyward::Result<QList<Webhooks::Delivery>> &answer) {
            if (generation != m_generation)
                return; // an answer from before a reload
            if (!answer.ok()) {
                m_loading = false;
                m_exhausted = true;
                m_refreshPending = false;
                Q_EMIT loadFailed(answer.error().userMessage);
                return;
            }
            QList<Row> rows;
            rows.reserve(answer->size());
            for (const Webhooks::Delivery &d : answer.value())
                rows.append(makeRow(d));
            // Still "loading" while the rows go in: a view reacting to the insertion must not ask for the page
            // after the last one before that one is in place.
            if (kind == Request::Page) {
                m_exhausted = rows.size() < kPageSize;
                appendPage(std::move(rows));
            } else {
                merge(std::move(rows), window);
            }
            m_loading = false;
            Q_EMIT pageLoaded();
            if (std::exchange(m_refreshPending, false))
                request(Request::Refresh);
        });
}

void DeliveryTableModel::appendPage(QList<Row> page)
{
    if (page.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
}

void DeliveryTableModel::merge(QList<Row> fresh, int window)
{
    // Both lists are newest first (ids descend). A loaded row that is missing from the fresh window no longer
    // matches the filter (its state changed) and goes; a fresh row that is not loaded arrived since, or came to
    // match, and goes in at its place. Rows that stayed change in place, so selections and scrolling survive.
    const bool complete = fresh.size() < window; // everything that matches now is in `fresh`
    int i = 0;
    qsizetype j = 0;
    while (j < fresh.size()) {
        const qint64 id = fresh.at(j).delivery.id;
        int gone = i;
        while (gone < m_rows.size() && m_rows.at(gone).delivery.id > id)
            ++gone;
        if (gone > i) {
            beginRemoveRows({}, i, gone - 1);
            m_rows.remove(i, gone - i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i).delivery.id == id) {
            if (!sameShown(m_rows.at(i).delivery, fresh.at(j).delivery)) {
                m_rows[i] = std::move(fresh[j]);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            ++j;
            continue;
        }
        // A run of fresh rows newer than the next loaded one.
        const qint64 next = i < m_rows.size() ? m_rows.at(i).delivery.id : std::numeric_limits<qint64>::min();
        qsizetype end = j;
        while (end < fresh.size() && fresh.at(end).delivery.id > next)
            ++end;
        const int count = static_cast<int>(end - j);
        beginInsertRows({}, i, i + count - 1);
        for (int k = 0; k < count; ++k)
            m_rows.insert(i + k, std::move(fresh[j + k]));
        endInsertRows();
        i += count;
        j = end;
    }
    // What is left is older than every fresh row: beyond the window it stays as loaded; within it, it is gone.
    if (complete) {
        if (i < m_rows.size()) {
            beginRemoveRows({}, i, static_cast<int>(m_rows.size()) - 1);
            m_rows.remove(i, m_rows.size() - i);
            endRemoveRows();
        }
        m_exhausted = true;
    }
}

} // namespace Keyward::ItemModels

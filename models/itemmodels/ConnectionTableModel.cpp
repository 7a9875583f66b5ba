#include "ConnectionTableModel.h"

#include "connections/ConnectionService.h"
#include "engine/EngineHost.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSet>

namespace Keyward::ItemModels {

namespace {

QString formatTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QString();
}

/// One QString per distinct value, converted from UTF-8 once and shared by every row that has it: app names, scope
/// sets and error sentences repeat across thousands of connections. At most kMaxDistinct values are kept, so a
/// column that turns out unique costs a bounded amount.
class Interner
{
public:
    QString operator()(const QByteArray &utf8)
    {
        if (const auto it = m_strings.constFind(utf8); it != m_strings.cend())
            return *it;
        QString text = QString::fromUtf8(utf8);
        if (m_strings.size() < kMaxDistinct)
            m_strings.insert(QByteArray(utf8.constData(), utf8.size()), text); // a deep copy: `utf8` is a view
        return text;
    }

private:
    static constexpr qsizetype kMaxDistinct = 10'000;
    QHash<QByteArray, QString> m_strings;
};

/// One query, columns read straight into the small row type (no full Connection per row).
Result<QList<ConnectionTableModel::Row>> loadRows(Storage::Database &db, int limit)
{
    auto select
        = db.cached("SELECT c.id, a.name, CASE WHEN c.display_name <> '' THEN c.display_name ELSE c.subject "
                    "END, c.scopes, c.last_error, c.state, coalesce(c.issued_at, 0), coalesce(c.expires_at, 0), "
                    "coalesce(c.last_refresh_at, 0), c.rotation_count "
                    "FROM connections c JOIN provider_apps a ON a.id = c.app_id ORDER BY c.id LIMIT ?");
    if (!select.ok())
        return select.error();
    select->bind(1, static_cast<qint64>(limit));
    Interner apps, scopes, errors;
    QHash<QByteArray, Connections::ConnectionState> states;
    return select->collect<ConnectionTableModel::Row>([&](const Storage::Statement &r) {
        ConnectionTableModel::Row row;
        row.id = r.int64(0);
        row.app = apps(r.utf8(1));
        row.subject = r.text(2);
        row.scopes = scopes(r.utf8(3));
        row.lastError = errors(r.utf8(4));
        const QByteArray state = r.utf8(5);
        auto known = states.constFind(state);
        if (known == states.cend()) {
            known = states.insert(QByteArray(state.constData(), state.size()),
                                  Connections::connectionStateFromName(QString::fromUtf8(state))
                                      .value_or(Connections::ConnectionState::Healthy));
        }
        row.state = *known;
        row.issuedMs = r.int64(6);
        row.expiresMs = r.int64(7);
        row.lastRefreshMs = r.int64(8);
        row.rotations = static_cast<int>(r.int64(9));
        return row;
    });
}

} // namespace

ConnectionTableModel::ConnectionTableModel(Engine::EngineHost *host, QObject *parent)
    : QAbstractTableModel(parent)
    , m_host(host)
{ }

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Connections::Health ConnectionTableModel::health(const Row &row, qint64 nowMs) const
{
    Connections::Connection c;
    c.state = row.state;
    c.issuedMs = row.issuedMs;
    c.expiresMs = row.expiresMs;
    return c.health(nowMs);
}

QStringList ConnectionTableModel::appNames() const
{
    QSet<QString> names;
    for (const Row &row : m_rows)
        names.insert(row.app);
    QStringList sorted(names.begin(), names.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case HealthRole:
        return static_cast<int>(health(r, QDateTime::currentMSecsSinceEpoch()));
    case UrgencyRole:
        return Connections::urgency(health(r, QDateTime::currentMSecsSinceEpoch()));
    case AppRole:
        return r.app;
    case SearchRole:
        return QString(r.subject + u' ' + r.scopes);
    case SortRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case Health:
            return Connections::urgency(health(r, QDateTime::currentMSecsSinceEpoch()));
        case Expires:
            return r.expiresMs;
        case LastRefresh:
            return r.lastRefreshMs;
        case Rotations:
            return r.rotations;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.id;
        case App:
            return r.app;
        case Subject:
            return r.subject;
        case Health:
            return Connections::healthLabel(health(r, QDateTime::currentMSecsSinceEpoch()));
        case Scopes:
            return r.scopes;
        case Expires:
            return formatTime(r.expiresMs);
        case LastRefresh:
            return formatTime(r.lastRefreshMs);
        case Rotations:
            return r.rotations;
        case LastError:
            return r.lastError;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == LastError || index.column() == Health)
            return r.lastError.isEmpty() ? QVariant() : QVariant(r.lastError);
        break;
    default:
        break;
    }
    return {};
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case App:
        return tr("App");
    case Subject:
        return tr("Account");
    case Health:
        return tr("State");
    case Scopes:
        return tr("Scopes");
    case Expires:
        return tr("Expires (UTC)");
    case LastRefresh:
        return tr("Last refresh (UTC)");
    case Rotations:
        return tr("Rotations");
    case LastError:
        return tr("Last error");
    }
    return {};
}

void ConnectionTableModel::reload()
{
    if (!m_host)
        return;
    const quint64 generation = ++m_generation;
    // The first load shows a screenful at once (a fraction of a millisecond to read) and the rest after it: reading
    // 100,000 rows takes about half a second. Later reloads keep the rows on screen until the new ones arrive.
    if (m_rows.isEmpty())
        load(generation, kFirstScreenful);
    load(generation, -1);
}

void ConnectionTableModel::load(quint64 generation, int limit)
{
    m_host->call(
        this,
        [limit](Engine::EngineHost::Slot &engine) -> Result<QList<Row>> {
            if (!engine)
                return QList<Row>();
            KW_TRY(engine->authorize(Access::Permission::ConnectionsRead));
            return loadRows(engine->database(), limit);
        },
        [this, generation, limit](const Result<QList<Row>> &rows) {
            if (generation != m_generation)
                return;
            if (!rows.ok()) {
                Q_EMIT loadFailed(rows.error().userMessage);
                return;
            }
            if (limit > 0 && !m_rows.isEmpty())
                return; // the full load won the race
            beginResetModel();
            m_rows = rows.value();
            endResetModel();
            if (limit < 0)
                Q_EMIT loaded();
        });
}

} // namespace Keyward::ItemModels

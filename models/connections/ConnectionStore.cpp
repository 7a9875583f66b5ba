#include "ConnectionStore.h"

#include "core/Logging.h"
#include "oauth/ProviderCatalog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Keyward::Connections {

namespace {

constexpr char kAppColumns[] = "id, name, catalog_id, provider, client_id, has_secret, coalesce(secret_set_at, 0), "
                               "scopes, auth_method, redirect_uri, ca_pem, settings, created_at";

constexpr char kConnectionColumns[]
    = "c.id, c.app_id, a.name, c.subject, c.display_name, c.flow, c.scopes, c.state, c.reason, c.token_type, "
      "c.access_fingerprint, c.refresh_fingerprint, c.key_id, c.created_at, coalesce(c.issued_at, 0), "
      "coalesce(c.expires_at, 0), coalesce(c.last_refresh_at, 0), c.last_refresh_result, c.last_error, "
      "c.rotation_count, c.refresh_count, coalesce(c.failing_since, 0), coalesce(c.next_refresh_at, 0), "
      "coalesce(c.revoked_at, 0), c.tenant";

QByteArray selectFrom(const char *columns, const char *rest)
{
    return QByteArray("SELECT ") + QByteArray(columns) + QByteArray(rest);
}

Error notFound(const QString &what)
{
    return {ErrorCode::NotFound, QCoreApplication::translate("Keyward::Connections", "No %1.").arg(what)};
}

void bindOptional(Storage::Statement &statement, int index, qint64 value)
{
    if (value > 0)
        statement.bind(index, value);
    else
        statement.bindNull(index);
}

QString scopeText(const QStringList &scopes)
{
    return scopes.join(u' ');
}

QStringList scopeList(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

/// An app's provider entry as stored, brought up to the current catalog format: entries stored before
/// "provider_api" existed take it, and the provider-API endpoints they lacked, from the built-in entry.
QJsonObject upgradedEntry(QJsonObject stored, const QString &catalogId)
{
    // Entries stored before resolution dropped them still declare the parameters they were resolved with (and so
    // failed validation when read back: "the parameter is declared, but no URL uses it").
    stored.remove(QLatin1String("parameters"));
    if (!stored.value(QLatin1String("provider_api")).isUndefined())
        return stored;
    const OAuth::ProviderEntry *builtIn = OAuth::ProviderCatalog::builtIn().find(catalogId);
    if (!builtIn || builtIn->providerApi == OAuth::ProviderApi::None)
        return stored;
    stored.insert(QLatin1String("provider_api"), OAuth::providerApiName(builtIn->providerApi));
    QJsonObject endpoints = stored.value(QLatin1String("endpoints")).toObject();
    const QJsonObject current = builtIn->toJson().value(QLatin1String("endpoints")).toObject();
    for (const char *key : {"revocation", "introspection"}) {
        const QString url = current.value(QLatin1String(key)).toString();
        if (endpoints.value(QLatin1String(key)).toString().isEmpty() && !url.contains(u'{'))
            endpoints.insert(QLatin1String(key), url);
    }
    stored.insert(QLatin1String("endpoints"), endpoints);
    return stored;
}

} // namespace

ProviderApp ConnectionStore::appFromRow(const Storage::Statement &row)
{
    ProviderApp app;
    app.id = row.int64(0);
    app.name = row.text(1);
    app.catalogId = row.text(2);
    auto provider
        = OAuth::ProviderEntry::fromJson(upgradedEntry(QJsonDocument::fromJson(row.utf8(3)).object(), app.catalogId));
    if (provider.ok())
        app.provider = provider.value();
    else
        qCWarning(lcEngine) << "app" << app.id << "has an unreadable provider entry:" << provider.error().userMessage;
    app.clientId = row.text(4);
    app.hasSecret = row.int64(5) != 0;
    app.secretSetMs = row.int64(6);
    app.scopes = scopeList(row.text(7));
    app.authMethod = OAuth::tokenAuthMethodFromName(row.text(8)).value_or(OAuth::TokenAuthMethod::ClientSecretBasic);
    app.redirectUri = row.text(9);
    app.caPem = row.text(10);
    app.refresh = RefreshSettings::fromJson(QJsonDocument::fromJson(row.utf8(11)).object());
    app.createdMs = row.int64(12);
    return app;
}

Result<qint64> ConnectionStore::insertApp(const ProviderApp &app)
{
    auto insert = m_db.prepare("INSERT INTO provider_apps (name, catalog_id, provider, client_id, has_secret, "
                               "secret_set_at, scopes, auth_method, redirect_uri, ca_pem, settings, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    KW_TRY(insert);
    insert->bind(1, app.name)
        .bind(2, app.catalogId)
        .bindText(3, QJsonDocument(app.provider.toJson()).toJson(QJsonDocument::Compact))
        .bind(4, app.clientId)
        .bind(5, app.hasSecret ? 1 : 0);
    bindOptional(*insert, 6, app.secretSetMs);
    insert->bind(7, scopeText(app.scopes))
        .bind(8, OAuth::tokenAuthMethodName(app.authMethod))
        .bind(9, app.redirectUri)
        .bind(10, app.caPem)
        .bindText(11, QJsonDocument(app.refresh.toJson()).toJson(QJsonDocument::Compact))
        .bind(12, app.createdMs);
    KW_TRY(insert->run());
    return m_db.lastInsertId();
}

Status ConnectionStore::updateApp(const ProviderApp &app)
{
    auto update = m_db.prepare("UPDATE provider_apps SET provider = ?, scopes = ?, auth_method = ?, redirect_uri = ?, "
                               "ca_pem = ?, settings = ? WHERE id = ?");
    KW_TRY(update);
    update->bindText(1, QJsonDocument(app.provider.toJson()).toJson(QJsonDocument::Compact))
        .bind(2, scopeText(app.scopes))
        .bind(3, OAuth::tokenAuthMethodName(app.authMethod))
        .bind(4, app.redirectUri)
        .bind(5, app.caPem)
        .bindText(6, QJsonDocument(app.refresh.toJson()).toJson(QJsonDocument::Compact))
        .bind(7, app.id);
    return update->run();
}

Status ConnectionStore::setSecretTime(qint64 appId, qint64 ms)
{
    auto update = m_db.prepare("UPDATE provider_apps SET has_secret = 1, secret_set_at = ? WHERE id = ?");
    KW_TRY(update);
    update->bind(1, ms).bind(2, appId);
    return update->run();
}

Result<QList<ProviderApp>> ConnectionStore::apps()
{
    auto select = m_db.prepare(selectFrom(kAppColumns, " FROM provider_apps ORDER BY name").constData());
    KW_TRY(select);
    return select->collect<ProviderApp>(&ConnectionStore::appFromRow);
}

Result<ProviderApp> ConnectionStore::app(qint64 id)
{
    auto select = m_db.prepare(selectFrom(kAppColumns, " FROM provider_apps WHERE id = ?").constData());
    KW_TRY(select);
    select->bind(1, id);
    auto row = select->step();
    KW_TRY(row);
    if (!row.value())
        return notFound(QCoreApplication::translate("Keyward::Connections", "provider app %1").arg(id));
    return appFromRow(*select);
}

Result<ProviderApp> ConnectionStore::findApp(const QString &nameOrId)
{
    auto select = m_db.prepare(
        selectFrom(kAppColumns, " FROM provider_apps WHERE name = ? OR CAST(id AS TEXT) = ?").constData());
    KW_TRY(select);
    select->bind(1, nameOrId).bind(2, nameOrId);
    auto row = select->step();
    KW_TRY(row);
    if (!row.value()) {
        return Error {ErrorCode::NotFound,
                      QCoreApplication::translate("Keyward::Connections",
                                                  "There is no provider app \"%1\": see `keyward-cli apps list`.")
                          .arg(nameOrId)};
    }
    return appFromRow(*select);
}

Connection ConnectionStore::connectionFromRow(const Storage::Statement &row)
{
    Connection c;
    c.id = row.int64(0);
    c.appId = row.int64(1);
    c.appName = row.text(2);
    c.subject = row.text(3);
    c.displayName = row.text(4);
    c.flow = OAuth::flowFromName(row.text(5)).value_or(OAuth::Flow::AuthorizationCode);
    c.scopes = scopeList(row.text(6));
    c.state = connectionStateFromName(row.text(7)).value_or(ConnectionState::Healthy);
    c.reason = row.text(8);
    c.tokenType = row.text(9);
    c.accessFingerprint = row.text(10);
    c.refreshFingerprint = row.text(11);
    c.keyId = row.text(12);
    c.createdMs = row.int64(13);
    c.issuedMs = row.int64(14);
    c.expiresMs = row.int64(15);
    c.lastRefreshMs = row.int64(16);
    c.lastRefreshResult = row.text(17);
    c.lastError = row.text(18);
    c.rotationCount = static_cast<int>(row.int64(19));
    c.refreshCount = static_cast<int>(row.int64(20));
    c.failingSinceMs = row.int64(21);
    c.nextRefreshMs = row.int64(22);
    c.revokedMs = row.int64(23);
    c.tenant = row.text(24);
    return c;
}

Result<qint64> ConnectionStore::insertConnection(const Connection &c)
{
    auto insert = m_db.prepare("INSERT INTO connections (app_id, subject, display_name, flow, scopes, state, "
                               "token_type, created_at, tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    KW_TRY(insert);
    insert->bind(1, c.appId)
        .bind(2, c.subject)
        .bind(3, c.displayName)
        .bind(4, OAuth::flowName(c.flow))
        .bind(5, scopeText(c.scopes))
        .bind(6, connectionStateName(c.state))
        .bind(7, c.tokenType)
        .bind(8, c.createdMs)
        .bind(9, c.tenant);
    KW_TRY(insert->run());
    return m_db.lastInsertId();
}

Result<Connection> ConnectionStore::connection(qint64 id)
{
    auto select = m_db.prepare(
        selectFrom(kConnectionColumns, " FROM connections c JOIN provider_apps a ON a.id = c.app_id WHERE c.id = ?")
            .constData());
    KW_TRY(select);
    select->bind(1, id);
    auto row = select->step();
    KW_TRY(row);
    if (!row.value()) {
        return Error {ErrorCode::NotFound,
                      QCoreApplication::translate("Keyward::Connections",
                                                  "There is no connection %1: see `keyward-cli connections list`.")
                          .arg(id)};
    }
    return connectionFromRow(*select);
}

Result<QList<Connection>> ConnectionStore::connections(const ConnectionFilter &filter)
{
    QByteArray sql
        = selectFrom(kConnectionColumns, " FROM connections c JOIN provider_apps a ON a.id = c.app_id WHERE 1");
    if (filter.appId > 0)
        sql += " AND c.app_id = :app";
    if (!filter.state.isEmpty())
        sql += " AND c.state = :state";
    if (!filter.subjectContains.isEmpty())
        sql += " AND instr(lower(c.subject || ' ' || c.display_name), lower(:subject)) > 0";
    if (!filter.scopeContains.isEmpty())
        sql += " AND instr(' ' || c.scopes || ' ', ' ' || :scope || ' ') > 0";
    sql += " ORDER BY c.id";
    if (filter.limit > 0)
        sql += QByteArray(" LIMIT ") + QByteArray::number(filter.limit);
    auto select = m_db.prepare(sql.constData());
    KW_TRY(select);
    int index = 1;
    if (filter.appId > 0)
        select->bind(index++, filter.appId);
    if (!filter.state.isEmpty())
        select->bind(index++, filter.state);
    if (!filter.subjectContains.isEmpty())
        select->bind(index++, filter.subjectContains);
    if (!filter.scopeContains.isEmpty())
        select->bind(index++, filter.scopeContains);
    return select->collect<Connection>(&ConnectionStore::connectionFromRow);
}

Result<SealedTokens> ConnectionStore::sealedTokens(qint64 id)
{
    auto select = m_db.prepare("SELECT access_token, refresh_token FROM connections WHERE id = ?");
    KW_TRY(select);
    select->bind(1, id);
    auto row = select->step();
    KW_TRY(row);
    if (!row.value())
        return notFound(QCoreApplication::translate("Keyward::Connections", "connection %1").arg(id));
    return SealedTokens {select->blob(0), select->blob(1)};
}

Status ConnectionStore::setTokens(qint64 id, const TokenUpdate &u)
{
    auto update = m_db.prepare(
        "UPDATE connections SET access_token = ?, refresh_token = coalesce(?, refresh_token), access_fingerprint = ?, "
        "refresh_fingerprint = coalesce(?, refresh_fingerprint), key_id = ?, token_type = ?, "
        "scopes = coalesce(?, scopes), issued_at = ?, expires_at = ?, next_refresh_at = ?, state = 'healthy', "
        "reason = '', last_error = '', failing_since = NULL, rotation_count = rotation_count + ?, "
        "refresh_count = refresh_count + ?, last_refresh_at = CASE WHEN ? THEN ? ELSE last_refresh_at END, "
        "last_refresh_result = CASE WHEN ? THEN 'ok' ELSE last_refresh_result END WHERE id = ?");
    KW_TRY(update);
    update->bindBlob(1, u.sealedAccess);
    if (u.sealedRefresh.isEmpty())
        update->bindNull(2).bindNull(4);
    else
        update->bindBlob(2, u.sealedRefresh).bind(4, u.refreshFingerprint);
    update->bind(3, u.accessFingerprint).bind(5, u.keyId).bind(6, u.tokenType);
    if (u.scopes.isEmpty())
        update->bindNull(7);
    else
        update->bind(7, scopeText(u.scopes));
    update->bind(8, u.issuedMs);
    bindOptional(*update, 9, u.expiresMs);
    bindOptional(*update, 10, u.nextRefreshMs);
    update->bind(11, u.rotated ? 1 : 0)
        .bind(12, u.countsAsRefresh ? 1 : 0)
        .bind(13, u.countsAsRefresh ? 1 : 0)
        .bind(14, u.issuedMs)
        .bind(15, u.countsAsRefresh ? 1 : 0)
        .bind(16, id);
    KW_TRY(update->run());
    if (m_db.changes() == 0)
        return notFound(QCoreApplication::translate("Keyward::Connections", "connection %1").arg(id));
    return {};
}

Status ConnectionStore::resealTokens(qint64 id, const QByteArray &access, const QByteArray &refresh,
                                     const QString &keyId)
{
    auto update = m_db.prepare("UPDATE connections SET access_token = ?, refresh_token = ?, key_id = ? WHERE id = ?");
    KW_TRY(update);
    if (access.isEmpty())
        update->bindNull(1);
    else
        update->bindBlob(1, access);
    if (refresh.isEmpty())
        update->bindNull(2);
    else
        update->bindBlob(2, refresh);
    update->bind(3, keyId).bind(4, id);
    return update->run();
}

Status ConnectionStore::setState(qint64 id, ConnectionState state, const QString &reason, const QString &lastResult,
                                 const QString &lastError, qint64 failingSinceMs, qint64 nextRefreshMs,
                                 qint64 attemptMs)
{
    auto update = m_db.prepare("UPDATE connections SET state = ?, reason = ?, last_refresh_result = ?, last_error = ?, "
                               "failing_since = ?, next_refresh_at = ?, "
                               "last_refresh_at = CASE WHEN ? > 0 THEN ? ELSE last_refresh_at END WHERE id = ?");
    KW_TRY(update);
    update->bind(1, connectionStateName(state)).bind(2, reason).bind(3, lastResult).bind(4, lastError);
    bindOptional(*update, 5, failingSinceMs);
    bindOptional(*update, 6, nextRefreshMs);
    update->bind(7, attemptMs).bind(8, attemptMs).bind(9, id);
    return update->run();
}

Status ConnectionStore::setExpiry(qint64 id, qint64 expiresMs, qint64 nextRefreshMs)
{
    auto update = m_db.prepare("UPDATE connections SET expires_at = ?, next_refresh_at = ? WHERE id = ?");
    KW_TRY(update);
    bindOptional(*update, 1, expiresMs);
    bindOptional(*update, 2, nextRefreshMs);
    update->bind(3, id);
    return update->run();
}

Status ConnectionStore::markRevoked(qint64 id, qint64 nowMs, const QString &reason)
{
    auto update = m_db.prepare("UPDATE connections SET state = 'revoked', reason = ?, revoked_at = ?, "
                               "access_token = NULL, refresh_token = NULL, next_refresh_at = NULL WHERE id = ?");
    KW_TRY(update);
    update->bind(1, reason).bind(2, nowMs).bind(3, id);
    return update->run();
}

Result<QList<qint64>> ConnectionStore::sealedUnderOtherKeys(const QString &activeKeyId, int limit)
{
    auto select = m_db.prepare("SELECT id FROM connections WHERE key_id <> ? AND key_id <> '' LIMIT ?");
    KW_TRY(select);
    select->bind(1, activeKeyId).bind(2, limit);
    return select->collect<qint64>([](const Storage::Statement &row) { return row.int64(0); });
}

Result<QList<std::pair<qint64, qint64>>> ConnectionStore::unscheduled(int limit)
{
    // connections_state covers the outer scan; the live refresh jobs are read once from jobs_unique_live into an
    // ephemeral set (a correlated NOT EXISTS probed the index once per connection).
    auto select = m_db.prepare(
        "SELECT c.id, c.next_refresh_at FROM connections c WHERE c.next_refresh_at IS NOT NULL "
        "AND c.state IN ('healthy', 'retrying') AND c.id NOT IN (SELECT CAST(substr(j.unique_key, 9) AS INTEGER) "
        "FROM jobs j WHERE j.unique_key >= 'refresh:' AND j.unique_key < 'refresh;' "
        "AND j.state IN ('pending', 'scheduled', 'running', 'retrying')) LIMIT ?");
    KW_TRY(select);
    select->bind(1, static_cast<qint64>(limit));
    return select->collect<std::pair<qint64, qint64>>([](const Storage::Statement &row) {
        return std::pair {row.int64(0), row.int64(1)};
    });
}

Result<qint64> ConnectionStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM connections");
}

} // namespace Keyward::Connections

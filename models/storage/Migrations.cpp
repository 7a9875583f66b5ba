#include "Migrations.h"

#include "Database.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Keyward::Storage {

namespace {

struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

// Append only: never edit a migration that has shipped; add a new one.
constexpr Migration kMigrations[] = {
    {1, "foundation", R"sql(
CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    actor_user TEXT NOT NULL,
    actor_host TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    outcome TEXT NOT NULL,
    details TEXT NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE audit_checkpoints (
    seq INTEGER PRIMARY KEY,
    head_hash BLOB NOT NULL,
    time TEXT NOT NULL,
    mac BLOB NOT NULL
);
-- The audit log is append-only; the chain and the checkpoints catch anyone who drops these triggers.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
)sql"},
    {2, "jobs", R"sql(
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    queue TEXT NOT NULL,
    args TEXT NOT NULL,
    state TEXT NOT NULL,
    unique_key TEXT,
    attempt INTEGER NOT NULL DEFAULT 0,
    run_at INTEGER NOT NULL,
    enqueued_at INTEGER NOT NULL,
    finished_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    lease_owner TEXT,
    lease_expires INTEGER
);
-- Claiming: the oldest due job of a queue.
CREATE INDEX jobs_due ON jobs (queue, state, run_at);
CREATE INDEX jobs_state ON jobs (state, id);
-- The runner's cheap "anything due? any lease expired?" checks before it takes the write lock.
CREATE INDEX jobs_state_time ON jobs (state, run_at);
CREATE INDEX jobs_lease ON jobs (lease_expires) WHERE state = 'running';
-- Deduplication: one live job per unique key.
CREATE UNIQUE INDEX jobs_unique_live ON jobs (unique_key)
    WHERE unique_key IS NOT NULL AND state IN ('pending', 'scheduled', 'running', 'retrying');
CREATE TABLE job_attempts (
    job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    outcome TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, attempt)
);
-- Recurring jobs: each enqueues one job (unique key "recurring:<name>") whenever its cron schedule comes due.
CREATE TABLE recurring_jobs (
    name TEXT PRIMARY KEY,
    cron TEXT NOT NULL,
    type TEXT NOT NULL,
    queue TEXT NOT NULL,
    args TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    next_run INTEGER NOT NULL,
    last_enqueued INTEGER
);
-- Monitoring counters per queue: enqueued, processed, failed, retried, dead.
CREATE TABLE job_counters (
    queue TEXT NOT NULL,
    counter TEXT NOT NULL,
    value INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (queue, counter)
);
)sql"},
    {3, "connections", R"sql(
-- Provider apps: one registration of Keyward at a provider. The client secret lives in the keychain
-- ("app-<id>-client-secret"), never here. `provider` is the catalog entry resolved for this app (parameters
-- substituted, endpoints learned by discovery) as JSON.
CREATE TABLE provider_apps (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    catalog_id TEXT NOT NULL,
    provider TEXT NOT NULL,
    client_id TEXT NOT NULL,
    has_secret INTEGER NOT NULL DEFAULT 0,
    secret_set_at INTEGER,
    scopes TEXT NOT NULL DEFAULT '',
    auth_method TEXT NOT NULL,
    redirect_uri TEXT NOT NULL,
    ca_pem TEXT NOT NULL DEFAULT '',
    settings TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);
-- Connections (grants). Tokens are sealed with AES-256-GCM under the token key ring (on top of SQLCipher); a
-- sealed value names its key. Times are ms since the epoch, UTC.
CREATE TABLE connections (
    id INTEGER PRIMARY KEY,
    app_id INTEGER NOT NULL REFERENCES provider_apps (id),
    subject TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    flow TEXT NOT NULL,
    scopes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    token_type TEXT NOT NULL DEFAULT 'Bearer',
    access_token BLOB,
    refresh_token BLOB,
    access_fingerprint TEXT NOT NULL DEFAULT '',
    refresh_fingerprint TEXT NOT NULL DEFAULT '',
    key_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    issued_at INTEGER,
    expires_at INTEGER,
    refresh_expires_at INTEGER,
    last_refresh_at INTEGER,
    last_refresh_result TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    rotation_count INTEGER NOT NULL DEFAULT 0,
    refresh_count INTEGER NOT NULL DEFAULT 0,
    failing_since INTEGER,
    next_refresh_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX connections_app ON connections (app_id);
CREATE INDEX connections_state ON connections (state);
CREATE INDEX connections_next_refresh ON connections (next_refresh_at) WHERE next_refresh_at IS NOT NULL;
CREATE INDEX connections_key ON connections (key_id);
-- The token key ring: key material in the keychain ("token-key-<id>"); state active (seals new values), retiring
-- (still opens values; being re-sealed away), retired (no value uses it; removed from the keychain).
CREATE TABLE token_keys (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    retired_at INTEGER
);
)sql"},
    {4, "connections-sweep-index", R"sql(
-- The start-up sweep and the state filters read (state, next_refresh_at, id) only: a covering index spares them
-- the table, whose rows carry the sealed tokens (with SQLCipher every page read is decrypted).
DROP INDEX connections_state;
CREATE INDEX connections_state ON connections (state, next_refresh_at);
-- ... and its "which connections have a live refresh job" side reads keys and states from here, not from the rows.
CREATE INDEX jobs_key_state ON jobs (unique_key, state) WHERE unique_key IS NOT NULL;
)sql"},
    {5, "users", R"sql(
-- Who may use the profile. A profile without users is a single-operator profile (whoever holds its keys acts as
-- its Security Administrator); adding the first user claims it, and from then on every session signs in.
-- Passwords are argon2id PHC strings (parameters inside); the TOTP secret is stored as is, protected by SQLCipher
-- like every other column (a verifier must read it back); recovery codes and API tokens are stored hashed only.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    totp_secret BLOB,
    totp_last_step INTEGER NOT NULL DEFAULT -1,
    recovery_codes TEXT NOT NULL DEFAULT '[]',
    throttle TEXT NOT NULL DEFAULT '{}',
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL,
    last_sign_in_at INTEGER
);
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    token_hash BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER,
    last_used_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
)sql"},
    {6, "webhooks", R"sql(
-- Webhook sources (who may send us deliveries, and how they sign them), their secrets (the values live in the
-- keychain as webhook-secret-<id>; several are active while a secret is rotated) and the deliveries received.
CREATE TABLE webhook_sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    scheme TEXT NOT NULL,
    config TEXT NOT NULL DEFAULT '{}',
    app_id INTEGER REFERENCES provider_apps (id),
    tolerance_seconds INTEGER NOT NULL DEFAULT 300,
    rate_per_second INTEGER NOT NULL DEFAULT 1000,
    keep_rejected_bodies INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE webhook_secrets (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES webhook_sources (id),
    fingerprint TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER
);
CREATE INDEX webhook_secrets_source ON webhook_secrets (source_id);
-- state: received (processing due), processed, ignored (nothing to do for this event), failed, rejected (bad
-- signature or refused before verification; never processed). The body of a rejected delivery is kept only when
-- its source says so.
CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    source_id INTEGER,
    source_name TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    remote TEXT NOT NULL DEFAULT '',
    delivery_key TEXT,
    event_type TEXT NOT NULL DEFAULT '',
    verified INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    result TEXT NOT NULL DEFAULT '',
    headers TEXT NOT NULL DEFAULT '[]',
    body BLOB,
    body_size INTEGER NOT NULL DEFAULT 0,
    processed_at INTEGER,
    replays INTEGER NOT NULL DEFAULT 0
);
-- Replay protection: a sender's delivery id is accepted once per source for as long as the delivery is kept
-- (retention never drops below the signature tolerance).
CREATE UNIQUE INDEX webhook_deliveries_key ON webhook_deliveries (source_id, delivery_key)
    WHERE verified = 1 AND delivery_key IS NOT NULL;
-- The processing job's queue: only deliveries waiting for it are in this index, so recording and processing a
-- delivery each touch one small b-tree. (Listing by other states scans newest first and stops at the limit; the
-- ids grow with the time of receipt, so time ranges are id ranges.)
CREATE INDEX webhook_deliveries_waiting ON webhook_deliveries (id) WHERE state = 'received';
-- The workspace, shop or account a grant belongs to, where the provider's revocation events name that instead of
-- the user (Slack's app_uninstalled names the team).
ALTER TABLE connections ADD COLUMN tenant TEXT NOT NULL DEFAULT '';
)sql"},
    {7, "webhook-endpoints", R"sql(
-- Outbound events: HTTPS endpoints that receive what Keyward notices (signed per Standard Webhooks; the secret is
-- in the keychain as webhook-endpoint-<id>), and one message per event and endpoint with its delivery state.
CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    events TEXT NOT NULL DEFAULT '*',
    description TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    circuit_open_until INTEGER NOT NULL DEFAULT 0,
    last_success_at INTEGER NOT NULL DEFAULT 0,
    last_failure_at INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE TABLE webhook_messages (
    id INTEGER PRIMARY KEY,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id),
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    delivered_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_messages_endpoint ON webhook_messages (endpoint_id, id);
)sql"},
    {8, "webhook-replay-key", R"sql(
-- Replay protection keys on what the signature covers: the sender's delivery id where it is signed (Stripe, Slack,
-- Standard Webhooks, RISC), else the SHA-256 of the body (GitHub and Shopify send their ids in unsigned headers, so
-- a captured delivery resent under a new id would otherwise be processed again). delivery_key keeps the sender's
-- id for display. Deliveries recorded before keep their ids as keys.
-- Deliveries recorded before get the key they would get now (a body sent again under a new id is then a replay
-- too); of byte-identical bodies only the first keeps it.
ALTER TABLE webhook_deliveries ADD COLUMN replay_key TEXT;
UPDATE webhook_deliveries SET replay_key = CASE
    WHEN body IS NOT NULL AND source_id IN (SELECT id FROM webhook_sources WHERE scheme IN ('github', 'shopify')
        OR (scheme = 'generic' AND instr(config, '{id}') = 0))
    THEN 'sha256:' || kw_sha256_hex(body)
    ELSE delivery_key END
WHERE verified = 1;
CREATE INDEX webhook_deliveries_replay_migrating ON webhook_deliveries (source_id, replay_key);
UPDATE webhook_deliveries SET replay_key = NULL WHERE verified = 1 AND replay_key IS NOT NULL AND EXISTS (
    SELECT 1 FROM webhook_deliveries AS earlier WHERE earlier.source_id = webhook_deliveries.source_id
        AND earlier.replay_key = webhook_deliveries.replay_key AND earlier.verified = 1
        AND earlier.id < webhook_deliveries.id);
DROP INDEX webhook_deliveries_replay_migrating;
DROP INDEX webhook_deliveries_key;
CREATE UNIQUE INDEX webhook_deliveries_replay ON webhook_deliveries (source_id, replay_key)
    WHERE verified = 1 AND replay_key IS NOT NULL;
)sql"},
    {9, "audit-retention", R"sql(
-- Retention may remove the oldest audit events up to a signed checkpoint, which then anchors the chain. The mark
-- (meta "audit.trimmed_through") is set in the same transaction; rows after it stay undeletable. Dropping the
-- triggers is still possible for whoever holds the database key: the chain and the signed checkpoints catch that.
DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN OLD.seq > coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'audit.trimmed_through'), 0)
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
DROP TRIGGER audit_checkpoints_no_delete;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
WHEN OLD.seq >= coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'audit.trimmed_through'), 0)
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
)sql"},
    {10, "audit-search", R"sql(
-- The Audit page filters a log of millions of events newest first: each filter column is indexed with seq, so
-- "action = ? AND seq < ? ORDER BY seq DESC" walks one index backwards. This SQLCipher build has FTS3/FTS4 (no
-- FTS5): details are indexed by an external-content FTS4 table (no second copy of the text), kept in step by
-- triggers; the delete trigger runs before the row goes, as FTS4 reads the old text to remove its terms.
CREATE INDEX audit_events_action ON audit_events (action, seq);
CREATE INDEX audit_events_actor ON audit_events (actor_user, seq);
CREATE INDEX audit_events_target ON audit_events (target, seq);
CREATE INDEX audit_events_outcome ON audit_events (outcome, seq);
CREATE INDEX audit_events_time ON audit_events (time);
CREATE VIRTUAL TABLE audit_fts USING fts4(content="audit_events", details, tokenize=unicode61, matchinfo=fts3);
INSERT INTO audit_fts (audit_fts) VALUES ('rebuild');
CREATE TRIGGER audit_events_fts_insert AFTER INSERT ON audit_events
BEGIN INSERT INTO audit_fts (docid, details) VALUES (new.seq, new.details); END;
CREATE TRIGGER audit_events_fts_delete BEFORE DELETE ON audit_events
BEGIN DELETE FROM audit_fts WHERE docid = old.seq; END;
)sql"},
};

} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version.ok())
        return version.error();
    return static_cast<int>(version.value());
}

Status Migrations::checkCompatible(Database &db)
{
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > latestVersion()) {
        return Error {ErrorCode::IncompatibleSchema,
                      QCoreApplication::translate("Keyward::Storage",
                                                  "This profile was written by a newer Keyward (schema %1; this "
                                                  "version understands up to %2). Install the newer Keyward to "
                                                  "open it; nothing was changed.")
                          .arg(current.value())
                          .arg(latestVersion())};
    }
    return {};
}

Status Migrations::migrate(Database &db, int upTo)
{
    KW_TRY(checkCompatible(db));
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current.value() || migration.version > upTo)
            continue;
        qCInfo(lcStorage) << "applying migration" << migration.version << migration.name;
        KW_TRY(db.transaction([&]() -> Status {
            KW_TRY(db.exec(migration.sql));
            auto record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)");
            if (!record.ok())
                return record.error();
            record->bind(1, qint64(migration.version))
                .bind(2, QString::fromUtf8(migration.name))
                .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            KW_TRY(record->run());
            return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version).toUtf8().constData());
        }));
    }
    return {};
}

} // namespace Keyward::Storage

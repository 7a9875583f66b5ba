// Retention: floors, what each policy removes and keeps, and an audit log that still verifies (in the store and
// as an export) once its oldest events are trimmed, with the trim anchored by a signed checkpoint.

#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "engine/Engine.h"
#include "retention/RetentionService.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;
using Retention::Kind;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void floorsCannotBeUndercut();
    void eachPolicyRemovesOnlyWhatItNoLongerKeeps();
    void trimmedAuditLogStillVerifies();
    void trimmingPastTheAnchorIsCaught();
    void removalPassedOffAsRetentionIsCaught();
    void aTamperedLogIsNotTrimmed();

private:
    /// Adds old and new rows of every kind: finished and pending jobs, processed and waiting deliveries, an
    /// outbound message, a revoked and a healthy connection (times relative to now).
    void plant();
    qint64 count(const char *sql);
    /// Audit events across a close (which writes a checkpoint) so that a checkpoint lies before the head.
    void auditAcrossACheckpoint();

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
};

void TestRetention::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
}

void TestRetention::cleanup()
{
    m_engine.reset();
    m_profile.reset();
}

qint64 TestRetention::count(const char *sql)
{
    auto value = m_engine->database().queryInt(sql);
    return value.ok() ? value.value() : -1;
}

void TestRetention::plant()
{
    Storage::Database &db = m_engine->database();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    VERIFY_OK(db.exec("INSERT INTO provider_apps (id, name, catalog_id, provider, client_id, auth_method, "
                      "redirect_uri, created_at) VALUES (1, 'app', 'generic', '{}', 'client', 'none', "
                      "'http://127.0.0.1/cb', 0)"));
    const auto exec = [&](const QString &sql) {
        VERIFY_OK(db.exec(sql.toUtf8().constData()));
    };
    // Jobs: finished 20 days ago (done, dead), finished just now, and one still pending from long ago.
    exec(QStringLiteral("INSERT INTO jobs (type, queue, args, state, run_at, enqueued_at, finished_at) VALUES "
                        "('t', 'default', '{}', 'done', 0, 0, %1), ('t', 'default', '{}', 'dead', 0, 0, %1), "
                        "('t', 'default', '{}', 'done', 0, 0, %2), ('t', 'default', '{}', 'pending', 0, 0, NULL)")
             .arg(now - 20 * kDayMs)
             .arg(now));
    exec(QStringLiteral("INSERT INTO job_attempts (job_id, attempt, started_at) VALUES (1, 1, %1)").arg(now));
    // Deliveries: processed 40 days ago, processed now, waiting (received) 40 days ago.
    exec(QStringLiteral("INSERT INTO webhook_deliveries (source_name, received_at, verified, state, body) VALUES "
                        "('gh', %1, 1, 'processed', X'7B7D'), ('gh', %2, 1, 'processed', X'7B7D'), "
                        "('gh', %1, 1, 'received', X'7B7D')")
             .arg(now - 40 * kDayMs)
             .arg(now));
    exec(QStringLiteral("INSERT INTO webhook_endpoints (id, url, created_at) VALUES (1, 'https://x.example', 0)"));
    exec(QStringLiteral("INSERT INTO webhook_messages (endpoint_id, event_type, payload, created_at, state) VALUES "
                        "(1, 'job.dead', '{}', %1, 'delivered'), (1, 'job.dead', '{}', %1, 'pending')")
             .arg(now - 40 * kDayMs));
    // Connections: revoked 400 days ago, revoked now, healthy.
    exec(QStringLiteral("INSERT INTO connections (app_id, flow, state, created_at, revoked_at) VALUES "
                        "(1, 'code', 'revoked', 0, %1), (1, 'code', 'revoked', 0, %2), (1, 'code', 'healthy', 0, NULL)")
             .arg(now - 400 * kDayMs)
             .arg(now));
}

void TestRetention::floorsCannotBeUndercut()
{
    Retention::RetentionService &retention = m_engine->retention();
    TRY_VALUE(defaults, retention.policies());
    QCOMPARE(defaults.size(), 4);
    QCOMPARE(defaults.at(int(Kind::AuditEvents)).days, 7 * 365);
    QVERIFY(defaults.at(int(Kind::AuditEvents)).isDefault);
    for (const Retention::KindInfo &k : Retention::kinds()) {
        auto refused = retention.set(k.kind, k.floorDays - 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Usage);
        QVERIFY2(refused.error().userMessage.contains(QString::number(k.floorDays)),
                 qPrintable(refused.error().userMessage));
        TRY_VALUE(accepted, retention.set(k.kind, k.floorDays));
        QCOMPARE(accepted.days, k.floorDays);
    }
    TRY_VALUE(after, retention.policies());
    QCOMPARE(after.at(int(Kind::JobHistory)).days, 7);
    QVERIFY(!after.at(int(Kind::JobHistory)).isDefault);
    // A value below the floor written by hand still keeps the floor.
    VERIFY_OK(m_engine->database().exec("UPDATE meta SET value = '1' WHERE key = 'retention.job-history'"));
    TRY_VALUE(handEdited, retention.policies());
    QCOMPARE(handEdited.at(int(Kind::JobHistory)).days, 7);
    const QList<Audit::AuditEvent> set = Test::auditEvents(*m_engine, QStringLiteral("retention.set"));
    QCOMPARE(set.size(), 4); // the refusals changed nothing
    QVERIFY(set.first().details.contains("\"previous_days\":2555"));
}

void TestRetention::eachPolicyRemovesOnlyWhatItNoLongerKeeps()
{
    plant();
    Retention::RetentionService &retention = m_engine->retention();
    TRY_VALUE(policy, retention.set(Kind::JobHistory, 14));
    Q_UNUSED(policy)
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    TRY_VALUE(applied, retention.apply(now));
    QCOMPARE(applied.jobs, 2); // done and dead 20 days ago; the recent one and the pending one stay
    QCOMPARE(count("SELECT count(*) FROM jobs"), 2);
    QCOMPARE(count("SELECT count(*) FROM jobs WHERE state = 'pending'"), 1);
    QCOMPARE(count("SELECT count(*) FROM job_attempts"), 0); // with its job
    QCOMPARE(applied.webhookDeliveries, 1); // the waiting one keeps its payload, whatever its age
    QCOMPARE(count("SELECT count(*) FROM webhook_deliveries"), 3); // rows (and replay keys) stay
    QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE body IS NULL"), 1);
    QCOMPARE(count("SELECT count(*) FROM webhook_deliveries WHERE state = 'received' AND body IS NOT NULL"), 1);
    QCOMPARE(applied.webhookMessages, 1);
    QCOMPARE(count("SELECT count(*) FROM webhook_messages WHERE state = 'pending'"), 1);
    QCOMPARE(applied.connections, 1);
    QCOMPARE(count("SELECT count(*) FROM connections"), 2);
    QCOMPARE(applied.auditEvents, 0);

    const QList<Audit::AuditEvent> runs = Test::auditEvents(*m_engine, QStringLiteral("retention.apply"));
    QCOMPARE(runs.size(), 1);
    const QJsonObject details = QJsonDocument::fromJson(runs.first().details).object();
    QCOMPARE(details.value(QLatin1String("jobs")).toInteger(), 2);
    QCOMPARE(details.value(QLatin1String("policies")).toObject().value(QLatin1String("job-history")).toInt(), 14);

    // Again: nothing more goes.
    TRY_VALUE(again, retention.apply(now));
    QCOMPARE(again.jobs + again.webhookDeliveries + again.webhookMessages + again.connections, 0);
}

void TestRetention::auditAcrossACheckpoint()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_engine
                    ->record({QStringLiteral("test.event"),
                              QStringLiteral("t"),
                              Audit::Outcome::Success,
                              {{QLatin1String("n"), i}}})
                    .ok());
    VERIFY_OK(m_engine->close()); // writes a checkpoint at the head
    m_engine = m_profile->open();
    QVERIFY(m_engine);
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            m_engine->record({QStringLiteral("test.later"), QStringLiteral("t"), Audit::Outcome::Success, {}}).ok());
}

void TestRetention::trimmedAuditLogStillVerifies()
{
    auditAcrossACheckpoint();
    TRY_VALUE(checkpoints, m_engine->audit().checkpoints());
    QVERIFY(!checkpoints.isEmpty());
    TRY_VALUE(head, m_engine->audit().head());
    qint64 anchor = 0;
    for (const Audit::Checkpoint &checkpoint : checkpoints) {
        if (checkpoint.seq < head.seq)
            anchor = checkpoint.seq;
    }
    QVERIFY(anchor > 0);

    // Ten years on, everything is past the audit policy: the log is trimmed up to the last checkpoint before the
    // head, never the head itself.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 10 * 365 * kDayMs;
    TRY_VALUE(applied, m_engine->retention().apply(later));
    QCOMPARE(applied.auditTrimmedThrough, anchor);
    QCOMPARE(applied.auditEvents, anchor);
    QCOMPARE(count("SELECT min(seq) FROM audit_events"), anchor + 1);
    QCOMPARE(count("SELECT min(seq) FROM audit_checkpoints"), anchor);

    TRY_VALUE(report, m_engine->verifyAudit());
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.trimmedThrough, anchor);
    QVERIFY(report.checkpointsAuthenticated);
    const QList<Audit::AuditEvent> runs = Test::auditEvents(*m_engine, QStringLiteral("retention.apply"));
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().details.contains(
        QByteArray(QByteArray("\"audit_trimmed_through\":") + QByteArray::number(anchor))));

    // The export carries the anchor and verifies on its own.
    QBuffer file;
    QVERIFY(file.open(QIODevice::ReadWrite));
    TRY_VALUE(summary, m_engine->exportAudit(file, QStringLiteral("buffer")));
    QVERIFY(summary.events > 0);
    QVERIFY(file.seek(0));
    TRY_VALUE(exported, Audit::AuditExport::verify(file, nullptr));
    QVERIFY2(exported.intact, qPrintable(exported.problem));
    QCOMPARE(exported.trimmedThrough, anchor);

    // Events after the anchor cannot be deleted.
    QVERIFY(
        !m_engine->database().exec("DELETE FROM audit_events WHERE seq = (SELECT min(seq) FROM audit_events)").ok());
}

void TestRetention::trimmingPastTheAnchorIsCaught()
{
    auditAcrossACheckpoint();
    TRY_VALUE(applied, m_engine->retention().apply(QDateTime::currentMSecsSinceEpoch() + 10 * 365 * kDayMs));
    QVERIFY(applied.auditTrimmedThrough > 0);
    // Someone with the database key moves the mark on and deletes one more event: no signed checkpoint anchors the
    // new start, and verification says so.
    const QByteArray next = QByteArray::number(applied.auditTrimmedThrough + 1);
    VERIFY_OK(m_engine->database().exec(
        QByteArray("UPDATE meta SET value = '" + next + "' WHERE key = 'audit.trimmed_through'").constData()));
    VERIFY_OK(m_engine->database().exec(QByteArray("DELETE FROM audit_events WHERE seq = " + next).constData()));
    TRY_VALUE(report, m_engine->verifyAudit());
    QVERIFY(!report.intact);
    QCOMPARE(report.brokenSeq, applied.auditTrimmedThrough + 1);
    QVERIFY2(report.problem.contains(QStringLiteral("checkpoint")), qPrintable(report.problem));
}

void TestRetention::removalPassedOffAsRetentionIsCaught()
{
    // Two checkpoints before the head. Someone with the database key (not the checkpoint key) moves the mark to
    // the second and deletes what lies before it, as retention would: there is no signed trim record for it.
    auditAcrossACheckpoint();
    VERIFY_OK(m_engine->close());
    m_engine = m_profile->open();
    QVERIFY(m_engine);
    QVERIFY(m_engine->record({QStringLiteral("test.last"), QStringLiteral("t"), Audit::Outcome::Success, {}}).ok());
    TRY_VALUE(checkpoints, m_engine->audit().checkpoints());
    QVERIFY(checkpoints.size() >= 2);
    const QByteArray second = QByteArray::number(checkpoints.at(1).seq);
    Storage::Database &db = m_engine->database();
    VERIFY_OK(db.exec(
        QByteArray("INSERT INTO meta (key, value) VALUES ('audit.trimmed_through', '" + second + "')").constData()));
    VERIFY_OK(db.exec(QByteArray("DELETE FROM audit_events WHERE seq <= " + second).constData()));
    VERIFY_OK(db.exec(QByteArray("DELETE FROM audit_checkpoints WHERE seq < " + second).constData()));
    TRY_VALUE(report, m_engine->verifyAudit());
    QVERIFY(!report.intact);
    QVERIFY2(report.problem.contains(QStringLiteral("no trim signed")), qPrintable(report.problem));
    // Its export does not verify either.
    QBuffer file;
    QVERIFY(file.open(QIODevice::ReadWrite));
    TRY_VALUE(summary, m_engine->exportAudit(file, QStringLiteral("buffer")));
    Q_UNUSED(summary)
    QVERIFY(file.seek(0));
    TRY_VALUE(exported, Audit::AuditExport::verify(file, nullptr));
    QVERIFY(!exported.intact);
    QVERIFY2(exported.problem.contains(QStringLiteral("trim")), qPrintable(exported.problem));
}

void TestRetention::aTamperedLogIsNotTrimmed()
{
    // A trim would erase the evidence: a log that does not verify is left whole, and the run says why.
    auditAcrossACheckpoint();
    Storage::Database &db = m_engine->database();
    VERIFY_OK(db.exec("DROP TRIGGER audit_events_no_update"));
    VERIFY_OK(db.exec("UPDATE audit_events SET details = '{\"n\":99}' WHERE seq = 2"));
    TRY_VALUE(applied, m_engine->retention().apply(QDateTime::currentMSecsSinceEpoch() + 10 * 365 * kDayMs));
    QCOMPARE(applied.auditEvents, 0);
    QVERIFY2(applied.auditSkipped.contains(QStringLiteral("does not verify at event 2")),
             qPrintable(applied.auditSkipped));
    QCOMPARE(count("SELECT min(seq) FROM audit_events"), 1);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"

// Data-subject requests: records about a person planted in every store are found (and only theirs), the export
// bundle's manifest matches its sections, and the request is audited under a keyed reference, not the subject.

#include "connections/ConnectionService.h"
#include "engine/Engine.h"
#include "oauth/ProviderCatalog.h"
#include "privacy/SubjectRequests.h"
#include "storage/Database.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyward;

class TestSubjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsRecordsInEveryStore();
    void exportBundleHasAManifestAndIsAudited();
    void tooShortASubjectIsRefused();

private:
    void plant();

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    qint64 m_alice = 0;
    qint64 m_bob = 0;
};

void TestSubjects::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
}

void TestSubjects::cleanup()
{
    if (m_engine)
        m_engine->close().ok();
    m_engine.reset();
    m_profile.reset();
}

void TestSubjects::plant()
{
    auto &store = m_engine->connections().store();
    Connections::ProviderApp app;
    app.name = QStringLiteral("Workspace");
    app.catalogId = QStringLiteral("google");
    app.provider = *OAuth::ProviderCatalog::builtIn().find(QStringLiteral("google"));
    app.clientId = QStringLiteral("client");
    app.createdMs = QDateTime::currentMSecsSinceEpoch();
    TRY_VALUE(appId, store.insertApp(app));
    // Ids 1 and 2 are taken by connections nobody asks about, so that alice's id (3) is a prefix of bob's (31 via a
    // job argument below): "connection_id":3 must not find a job on connection 31.
    for (const char *subject : {"carol@example.com", "dave@example.com", "Alice@Example.com", "bob@example.com"}) {
        Connections::Connection c;
        c.appId = appId;
        c.subject = QString::fromLatin1(subject);
        c.createdMs = QDateTime::currentMSecsSinceEpoch();
        TRY_VALUE(id, store.insertConnection(c));
        if (c.subject.startsWith(u'A'))
            m_alice = id;
        if (c.subject.startsWith(u'b'))
            m_bob = id;
    }
    QCOMPARE(m_alice, 3);
    // Audit: an event on alice's connection, one naming her in the details, one about bob.
    VERIFY_OK(m_engine->record({QStringLiteral("token.refresh"),
                                QStringLiteral("connection:%1").arg(m_alice),
                                Audit::Outcome::Success,
                                {{QStringLiteral("provider"), QStringLiteral("google")}}}));
    VERIFY_OK(m_engine->record({QStringLiteral("support.note"),
                                QStringLiteral("ticket:7"),
                                Audit::Outcome::Success,
                                {{QStringLiteral("about"), QStringLiteral("alice@example.com asked for access")}}}));
    VERIFY_OK(m_engine->record({QStringLiteral("support.note"),
                                QStringLiteral("ticket:8"),
                                Audit::Outcome::Success,
                                {{QStringLiteral("about"), QStringLiteral("bob@example.com")}}}));
    // Jobs: one on alice's connection, one naming her, one on connection 31.
    VERIFY_OK(m_engine->database().exec("INSERT INTO jobs (type, queue, args, state, run_at, enqueued_at) VALUES "
                                        "('token.refresh', 'default', '{\"connection_id\":3}', 'scheduled', 0, 0), "
                                        "('mail.notify', 'default', '{\"to\":\"alice@example.com\"}', 'done', 0, 0), "
                                        "('token.refresh', 'default', '{\"connection_id\":31}', 'scheduled', 0, 0)"));
    // A webhook delivery naming her in its body, and one about bob; an outbound event naming her.
    VERIFY_OK(m_engine->database().exec(
        "INSERT INTO webhook_deliveries (source_name, received_at, verified, state, headers, body) VALUES "
        "('slack', 0, 1, 'processed', '[]', CAST('{\"user\":{\"email\":\"ALICE@example.com\"}}' AS BLOB)), "
        "('slack', 0, 1, 'processed', '[]', CAST('{\"user\":{\"email\":\"bob@example.com\"}}' AS BLOB))"));
    VERIFY_OK(m_engine->database().exec(
        "INSERT INTO webhook_endpoints (id, url, created_at) VALUES (1, 'https://hooks.example.com/k', 0)"));
    VERIFY_OK(m_engine->database().exec(
        "INSERT INTO webhook_messages (endpoint_id, event_type, payload, created_at, state) VALUES "
        "(1, 'connection.reauthorization_required', '{\"subject\":\"alice@example.com\"}', 0, 'delivered')"));
}

void TestSubjects::findsRecordsInEveryStore()
{
    plant();
    TRY_VALUE(records, Privacy::SubjectRequests(*m_engine).find(QStringLiteral("alice@example.com")));
    QCOMPARE(records.connections.size(), 1);
    QCOMPARE(records.connections.first().id, m_alice);
    QCOMPARE(records.auditEvents.size(), 2);
    QCOMPARE(records.auditEvents.at(0).action, QStringLiteral("support.note"));
    QCOMPARE(records.auditEvents.at(1).target, QStringLiteral("connection:%1").arg(m_alice));
    QCOMPARE(records.jobs.size(), 2);
    for (const Jobs::Job &job : records.jobs)
        QVERIFY(job.args.value(QLatin1String("connection_id")).toInteger() != 31);
    QCOMPARE(records.webhookDeliveries.size(), 1);
    QCOMPARE(records.outboundMessages.size(), 1);
    QCOMPARE(records.total(), 7);

    TRY_VALUE(bob, Privacy::SubjectRequests(*m_engine).find(QStringLiteral("bob@example.com")));
    QCOMPARE(bob.connections.size(), 1);
    QCOMPARE(bob.auditEvents.size(), 1);
    QCOMPARE(bob.jobs.size(), 0);
    QCOMPARE(bob.webhookDeliveries.size(), 1);
    QCOMPARE(bob.outboundMessages.size(), 0);
}

void TestSubjects::exportBundleHasAManifestAndIsAudited()
{
    plant();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TRY_VALUE(written,
              Privacy::SubjectRequests(*m_engine).exportBundle(QStringLiteral("alice@example.com"), buffer,
                                                               QStringLiteral("/tmp/request-17.json")));
    QCOMPARE(written.records, 7);
    QCOMPARE(written.sha256, QCryptographicHash::hash(buffer.data(), QCryptographicHash::Sha256));
    const QJsonObject bundle = QJsonDocument::fromJson(buffer.data()).object();
    QCOMPARE(bundle.value(QLatin1String("format")).toString(), QStringLiteral("keyward-subject-export"));
    QCOMPARE(bundle.value(QLatin1String("subject")).toString(), QStringLiteral("alice@example.com"));
    const QJsonObject manifest = bundle.value(QLatin1String("manifest")).toObject();
    const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
    const QJsonObject hashes = manifest.value(QLatin1String("sha256")).toObject();
    for (const char *section : {"connections", "audit_events", "jobs", "webhook_deliveries", "outbound_events"}) {
        const QJsonArray array = bundle.value(QLatin1String(section)).toArray();
        QVERIFY2(!array.isEmpty(), section);
        QCOMPARE(counts.value(QLatin1String(section)).toInt(), array.size());
        QCOMPARE(hashes.value(QLatin1String(section)).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(array).toJson(QJsonDocument::Compact),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
    }
    // No token in the bundle: connections carry fingerprints only.
    QVERIFY(!buffer.data().contains("access_token\""));

    // Audited under a keyed reference; the subject's address is not in the event.
    TRY_VALUE(events, m_engine->audit().latest(1));
    const Audit::AuditEvent &event = events.first();
    QCOMPARE(event.action, QStringLiteral("subject.export"));
    QVERIFY(!event.details.contains("alice"));
    QVERIFY(!event.target.contains(QLatin1String("alice")));
    TRY_VALUE(reference, Privacy::SubjectRequests(*m_engine).subjectReference(QStringLiteral("ALICE@example.com ")));
    QCOMPARE(event.target, QStringLiteral("subject:") + reference);
    QCOMPARE(QJsonDocument::fromJson(event.details).object().value(QLatin1String("records")).toInt(), 7);
}

void TestSubjects::tooShortASubjectIsRefused()
{
    auto found = Privacy::SubjectRequests(*m_engine).find(QStringLiteral(" a "));
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::Usage);
}

QTEST_GUILESS_MAIN(TestSubjects)
#include "tst_subjects.moc"

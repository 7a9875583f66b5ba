// Audit log throughput on a real SQLCipher profile: batched append, one audited action, opening a profile that
// holds N events, chain verification, and the two baselines verification is bounded by (a plain scan of the same
// table and raw SHA-256 over the same bytes), all in one run.
#include "audit/AuditVerifier.h"
#include "audit/Canonical.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <openssl/evp.h>
#include <vector>

using namespace Keyward;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_audit: %s failed\n", what);
        std::exit(1);
    }
}

Audit::AuditEventDraft sampleEvent(qint64 i)
{
    // Shaped like a real refresh event: a target, a few details.
    return {QStringLiteral("token.refresh"),
            QStringLiteral("connection:%1").arg(i % 5000),
            Audit::Outcome::Success,
            {{QStringLiteral("provider"), QStringLiteral("google")},
             {QStringLiteral("expires_in"), 3599},
             {QStringLiteral("token_fingerprint"), QStringLiteral("3f2a9c1b")},
             {QStringLiteral("attempt"), 1}}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keyward.*=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to append."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Events per transaction."),
                                         QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({eventsOption, batchOption});
    parser.process(app);
    const qint64 total = parser.value(eventsOption).toLongLong();
    const qint64 batch = parser.value(batchOption).toLongLong();

    QTemporaryDir dir;
    auto store = std::make_shared<Secrets::MemorySecretStore>();
    const Engine::SecretStoreFactory factory = [store](const QString &) -> std::unique_ptr<Secrets::SecretStore> {
        return Secrets::MemorySecretStore::view(store);
    };
    const Storage::ProfileLocation location(QStringLiteral("bench"), dir.filePath(QStringLiteral("profile")));
    const Audit::Actor actor {QStringLiteral("bench"), QStringLiteral("benchhost")};
    auto created = Engine::Engine::create(location, factory, Engine::KeySource::Keychain, actor);
    check(created.ok(), "create");
    std::unique_ptr<Engine::Engine> engine = std::move(created.value());

    // 1. Batched append.
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < total; done += batch) {
        const Status status = engine->database().transaction([&]() -> Status {
            for (qint64 i = 0; i < batch && done + i < total; ++i)
                KW_TRY(engine->audit().append(sampleEvent(done + i)));
            return {};
        });
        check(status.ok(), "append");
    }
    const double appendSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("append_batched: %lld events in %.3f s = %.0f events/s (batches of %lld)\n",
                static_cast<long long>(total), appendSeconds, total / appendSeconds, static_cast<long long>(batch));

    // 2. One audited action: its own transaction, commit included.
    std::vector<double> single;
    for (int i = 0; i < 2000; ++i) {
        timer.restart();
        check(engine->record(sampleEvent(i)).ok(), "record");
        single.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("append_single: median %.3f ms, p99 %.3f ms (2000 actions, one transaction each)\n", median(single),
                percentile(single, 0.99));
    check(engine->close().ok(), "close");
    engine.reset();

    // 3. Opening the profile (keychain read excluded: the in-memory store answers at once).
    std::vector<double> opens;
    for (int i = 0; i < 15; ++i) {
        timer.restart();
        auto opened = Engine::Engine::open({location, factory, Engine::ProfileAccess::Owner, actor});
        opens.push_back(timer.nsecsElapsed() / 1e6);
        check(opened.ok(), "open");
        opened.value()->close().ok();
    }
    std::printf("open_profile: median %.2f ms, max %.2f ms (%lld events)\n", median(opens),
                *std::max_element(opens.begin(), opens.end()), static_cast<long long>(total + 2001));

    auto opened = Engine::Engine::open({location, factory, Engine::ProfileAccess::Shared, actor});
    check(opened.ok(), "open");
    engine = std::move(opened.value());
    Storage::Database &db = engine->database();

    // 4. Baseline: a plain scan of the same rows (decrypt + step + touch every column).
    timer.restart();
    qint64 rows = 0;
    qint64 bytes = 0;
    {
        auto stmt = db.prepare("SELECT seq, time, actor_user, actor_host, action, target, outcome, details, hash "
                               "FROM audit_events ORDER BY seq");
        check(stmt.ok(), "prepare");
        while (stmt->step().value()) {
            for (int c = 1; c < 9; ++c)
                bytes += stmt->utf8(c).size();
            ++rows;
        }
    }
    const double scanSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("scan_baseline: %lld rows in %.3f s = %.0f rows/s\n", static_cast<long long>(rows), scanSeconds,
                rows / scanSeconds);

    // 5. Baseline: raw SHA-256 over buffers the size of a canonical event, as many as there are events.
    QByteArray canonical;
    {
        Audit::AuditEvent sample;
        sample.seq = 123456;
        sample.time = QStringLiteral("2026-11-27T23:00:00.000Z");
        sample.actorUser = actor.user;
        sample.actorHost = actor.host;
        sample.action = sampleEvent(1).action;
        sample.target = sampleEvent(1).target;
        sample.outcome = QStringLiteral("success");
        sample.details = Audit::canonicalDetails(sampleEvent(1).details);
        canonical = Audit::canonicalEvent(sample);
    }
    timer.restart();
    QByteArray previous(32, '\0');
    for (qint64 i = 0; i < rows; ++i)
        previous = Audit::chainHash(previous, canonical);
    const double shaSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("sha256_baseline: %lld hashes of %lld bytes in %.3f s = %.0f hashes/s (%.0f MB/s)\n",
                static_cast<long long>(rows), static_cast<long long>(canonical.size() + 32), shaSeconds,
                rows / shaSeconds, rows * (canonical.size() + 32) / shaSeconds / 1e6);

    // 6. Full verification: chain and checkpoints.
    auto key = store->read(Secrets::SecretKind::CheckpointKey);
    timer.restart();
    auto report = Audit::AuditVerifier::verify(db, &key.value());
    const double verifySeconds = timer.nsecsElapsed() / 1e9;
    check(report.ok() && report->intact, "verify");
    std::printf("verify_chain: %lld events, %lld checkpoints in %.3f s = %.0f events/s\n",
                static_cast<long long>(report->eventsChecked), static_cast<long long>(report->checkpointsChecked),
                verifySeconds, report->eventsChecked / verifySeconds);
    return 0;
}

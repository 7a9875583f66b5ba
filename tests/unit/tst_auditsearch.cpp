// Searching the audit log: each filter alone and combined, keyset paging, prefixes (expanded or not), full-text
// search in details through the FTS4 index (kept right by its triggers, across a retention trim and for events
// written before the index existed), what an event changed, and filtered exports in CSV and JSON Lines.

#include "audit/AuditExport.h"
#include "audit/AuditLog.h"
#include "audit/AuditSearch.h"
#include "audit/EventChanges.h"
#include "engine/Engine.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestProfile.h"
#include "support/Verify.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyward;
using Audit::AuditFilter;

namespace {

/// One minute per event from 2026-01-01T00:00Z.
class MinuteClock : public Clock
{
public:
    QDateTime nowUtc() const override { return start.addSecs(60 * step++); }
    QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    mutable qint64 step = 0;
};

QList<qint64> seqsOf(const QList<Audit::AuditEvent> &events)
{
    QList<qint64> seqs;
    for (const Audit::AuditEvent &event : events)
        seqs.append(event.seq);
    return seqs;
}

AuditFilter where(QString AuditFilter::*field, const QString &value)
{
    AuditFilter filter;
    filter.*field = value;
    return filter;
}

} // namespace

class TestAuditSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchExpressionKeepsQuerySyntaxOut();
    void eachFilterSelectsItsEvents();
    void prefixesMatchWithOrWithoutExpansion();
    void pagesFollowTheCursor();
    void timeRangeIsInclusiveThenExclusive();
    void fullTextSearchFindsWordsInDetails();
    void indexFollowsRetentionTrims();
    void eventsFromBeforeTheIndexAreFound();
    void distinctActionsAndActors();
    void changesShowBeforeAndAfter();
    void selectionExportsCsvAndJsonLines();

private:
    /// 120 events: actions a.one / a.two / b.three in turn, actors alice and bob alternating, targets
    /// connection:0..9, every tenth a failure; details name a mailbox and a word.
    void plant();
    QList<qint64> search(const AuditFilter &filter, qint64 before = 0, int limit = 1000);

    std::unique_ptr<Test::TestProfile> m_profile;
    std::unique_ptr<Engine::Engine> m_engine;
    MinuteClock m_clock;
    qint64 m_first = 0; ///< seq of the first planted event
};

void TestAuditSearch::init()
{
    m_profile = std::make_unique<Test::TestProfile>();
    m_engine = m_profile->create();
    QVERIFY(m_engine);
    m_clock.step = 0;
}

void TestAuditSearch::cleanup()
{
    if (m_engine)
        m_engine->close().ok();
    m_engine.reset();
    m_profile.reset();
}

void TestAuditSearch::plant()
{
    Audit::AuditLog log(m_engine->database(), {}, m_clock);
    const char *actions[] = {"a.one", "a.two", "b.three"};
    const char *words[] = {"alpha", "bravo", "charlie", "delta"};
    VERIFY_OK(m_engine->database().transaction([&]() -> Status {
        for (int i = 0; i < 120; ++i) {
            log.setActor({i % 2 ? QStringLiteral("bob") : QStringLiteral("alice"), QStringLiteral("host")});
            auto seq = log.append({QString::fromLatin1(actions[i % 3]),
                                   QStringLiteral("connection:%1").arg(i % 10),
                                   i % 10 == 9 ? Audit::Outcome::Failure : Audit::Outcome::Success,
                                   {{QStringLiteral("subject"), QStringLiteral("user%1@example.com").arg(i % 7)},
                                    {QStringLiteral("note"), QString::fromLatin1(words[i % 4])}}});
            KW_TRY(seq);
            if (i == 0)
                m_first = seq.value();
        }
        return {};
    }));
}

QList<qint64> TestAuditSearch::search(const AuditFilter &filter, qint64 before, int limit)
{
    auto page = Audit::AuditSearch(m_engine->database()).page(filter, before, limit);
    if (!page.ok())
        qWarning() << page.error().userMessage << page.error().detail;
    return page.ok() ? seqsOf(page.value()) : QList<qint64> {-1};
}

void TestAuditSearch::matchExpressionKeepsQuerySyntaxOut()
{
    using Audit::AuditSearch;
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("alice@example.com")),
             QStringLiteral("\"alice example com\""));
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("  invalid_grant  revoked ")),
             QStringLiteral("\"invalid grant\" \"revoked\""));
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("revo*")), QStringLiteral("\"revo*\""));
    // Operators and quotes become plain words or vanish.
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("a OR -b \"c\" (d)")),
             QStringLiteral("\"a\" \"OR\" \"b\" \"c\" \"d\""));
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("\" * - ()")), QString());
    QCOMPARE(AuditSearch::matchExpression(QStringLiteral("Müller")), QStringLiteral("\"Müller\""));
}

void TestAuditSearch::eachFilterSelectsItsEvents()
{
    plant();
    const qint64 f = m_first;
    // a.two: i % 3 == 1, newest first.
    QList<qint64> expected;
    for (int i = 119; i >= 0; --i) {
        if (i % 3 == 1)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("a.two"))), expected);

    expected.clear();
    for (int i = 119; i >= 0; --i) {
        if (i % 2 == 1)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::actor, QStringLiteral("bob"))), expected);

    expected.clear();
    for (int i = 119; i >= 0; --i) {
        if (i % 10 == 4)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::target, QStringLiteral("connection:4"))), expected);

    expected.clear();
    for (int i = 119; i >= 0; --i) {
        if (i % 10 == 9)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::outcome, QStringLiteral("failure"))), expected);

    // Combined: bob's failures on a.one (i odd, i % 10 == 9, i % 3 == 0): 9, 39, 69, 99.
    AuditFilter combined;
    combined.actor = QStringLiteral("bob");
    combined.outcome = QStringLiteral("failure");
    combined.action = QStringLiteral("a.one");
    QCOMPARE(search(combined), (QList<qint64> {f + 99, f + 69, f + 39, f + 9}));

    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("no.such.action"))), QList<qint64>());
    // Nothing but the profile's creation before the planted events.
    QCOMPARE(search({}).size(), int(f + 119));
}

void TestAuditSearch::prefixesMatchWithOrWithoutExpansion()
{
    plant();
    const qint64 f = m_first;
    // "a.*" expands to a.one and a.two, merged newest first.
    QList<qint64> expected;
    for (int i = 119; i >= 0; --i) {
        if (i % 3 != 2)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("a.*"))), expected);
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("a.*")), 0, 5), expected.mid(0, 5));
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("a.*")), expected.at(4), 5), expected.mid(5, 5));
    // A target prefix filters the newest-first walk.
    QCOMPARE(search(where(&AuditFilter::target, QStringLiteral("connection:*"))).size(), 120);
    QCOMPARE(search(where(&AuditFilter::target, QStringLiteral("connection:1*"))).size(), 12);
    // "*" alone filters nothing; a prefix of nothing known matches nothing.
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("*"))).size(), int(f + 119));
    QCOMPARE(search(where(&AuditFilter::action, QStringLiteral("zz.*"))), QList<qint64>());
}

void TestAuditSearch::pagesFollowTheCursor()
{
    plant();
    const AuditFilter filter = where(&AuditFilter::action, QStringLiteral("a.one"));
    const QList<qint64> all = search(filter);
    QCOMPARE(all.size(), 40);
    QList<qint64> paged;
    qint64 cursor = 0;
    for (;;) {
        const QList<qint64> page = search(filter, cursor, 7);
        paged += page;
        if (page.size() < 7)
            break;
        cursor = page.last();
    }
    QCOMPARE(paged, all);
}

void TestAuditSearch::timeRangeIsInclusiveThenExclusive()
{
    plant();
    AuditFilter filter;
    filter.from = m_clock.start.addSecs(60 * 10); // event 10
    filter.to = m_clock.start.addSecs(60 * 13); // event 13, excluded
    QCOMPARE(search(filter), (QList<qint64> {m_first + 12, m_first + 11, m_first + 10}));
    filter.to = {}; // open-ended: the profile's creation (today, after the planted events) is in
    QCOMPARE(search(filter).size(), 110 + 1);
}

void TestAuditSearch::fullTextSearchFindsWordsInDetails()
{
    plant();
    const qint64 f = m_first;
    QList<qint64> expected;
    for (int i = 119; i >= 0; --i) {
        if (i % 7 == 3)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("user3@example.com"))), expected);
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("USER3@EXAMPLE.COM"))), expected); // case-folded
    // Two words: both must occur (i % 7 == 3 and i % 4 == 2).
    expected.clear();
    for (int i = 119; i >= 0; --i) {
        if (i % 7 == 3 && i % 4 == 2)
            expected.append(f + i);
    }
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("charlie user3@example.com"))), expected);
    // A prefix, and text combined with another filter.
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("char*"))).size(), 30);
    AuditFilter combined = where(&AuditFilter::text, QStringLiteral("delta"));
    combined.outcome = QStringLiteral("failure");
    QCOMPARE(search(combined), (QList<qint64> {f + 119, f + 99, f + 79, f + 59, f + 39, f + 19}));
    // Words only in other columns are not in the details; only separators typed finds nothing, not everything.
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("a.one"))), QList<qint64>());
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("@ - \""))), QList<qint64>());
    // Paging through search results.
    const QList<qint64> all = search(where(&AuditFilter::text, QStringLiteral("alpha")));
    QCOMPARE(all.size(), 30);
    QCOMPARE(search(where(&AuditFilter::text, QStringLiteral("alpha")), all.at(9), 10), all.mid(10, 10));
}

void TestAuditSearch::indexFollowsRetentionTrims()
{
    plant();
    VERIFY_OK(m_engine->close()); // a checkpoint at the head: the trim's anchor
    m_engine = m_profile->open();
    QVERIFY(m_engine);
    TRY_VALUE(head, m_engine->audit().head());
    VERIFY_OK(m_engine->record({QStringLiteral("later.event"),
                                QStringLiteral("t"),
                                Audit::Outcome::Success,
                                {{QStringLiteral("note"), QStringLiteral("alpha after")}}}));
    TRY_VALUE(checkpoints, m_engine->audit().checkpoints());
    qint64 anchor = 0;
    for (const Audit::Checkpoint &checkpoint : checkpoints) {
        if (checkpoint.seq <= head.seq)
            anchor = checkpoint.seq;
    }
    QVERIFY(anchor >= m_first + 119);
    VERIFY_OK(m_engine->database().transaction([&] { return m_engine->audit().trimThrough(anchor); }));
    // The trimmed events are gone from the index too; the one after the anchor is found.
    const QList<qint64> found = search(where(&AuditFilter::text, QStringLiteral("alpha")));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first() > anchor);
    VERIFY_OK(m_engine->database().exec("INSERT INTO audit_fts (audit_fts) VALUES ('integrity-check')"));
}

void TestAuditSearch::eventsFromBeforeTheIndexAreFound()
{
    // A profile at schema 9 holds events; migration 10 builds the index from them.
    QTemporaryDir dir;
    auto opened = Storage::Database::open(dir.filePath(QStringLiteral("db")), SecureBytes::random(32),
                                          Storage::CipherSettings {}, Storage::Database::OpenMode::Create);
    QVERIFY(opened.ok());
    Storage::Database &db = *opened.value();
    VERIFY_OK(Storage::Migrations::migrate(db, 9));
    Audit::AuditLog log(db, {QStringLiteral("old"), QStringLiteral("host")});
    VERIFY_OK(db.transaction([&]() -> Status {
        KW_TRY(log.append({QStringLiteral("x.old"),
                           QStringLiteral("t"),
                           Audit::Outcome::Success,
                           {{QStringLiteral("note"), QStringLiteral("written before the index")}}}));
        return {};
    }));
    VERIFY_OK(Storage::Migrations::migrate(db));
    auto count = [&db](const QString &text) {
        auto found = Audit::AuditSearch(db).page(where(&AuditFilter::text, text), 0, 10);
        return found.ok() ? int(found->size()) : -1;
    };
    QCOMPARE(count(QStringLiteral("index before")), 1); // words: each must occur, anywhere
    QCOMPARE(count(QStringLiteral("written-before")), 1); // one word of two tokens: a phrase, in this order
    QCOMPARE(count(QStringLiteral("before-written")), 0);
    TRY_VALUE(word, Audit::AuditSearch(db).page(where(&AuditFilter::text, QStringLiteral("index")), 0, 10));
    QCOMPARE(word.size(), 1);
    QCOMPARE(word.first().action, QStringLiteral("x.old"));
}

void TestAuditSearch::distinctActionsAndActors()
{
    plant();
    TRY_VALUE(actions, Audit::AuditSearch(m_engine->database()).actions());
    QVERIFY(actions.contains(QStringLiteral("a.one")));
    QVERIFY(actions.contains(QStringLiteral("a.two")));
    QVERIFY(actions.contains(QStringLiteral("b.three")));
    QVERIFY(std::is_sorted(actions.begin(), actions.end()));
    QCOMPARE(actions.size(), QSet<QString>(actions.begin(), actions.end()).size());
    TRY_VALUE(actors, Audit::AuditSearch(m_engine->database()).actors());
    QVERIFY(actors.contains(QStringLiteral("alice")));
    QVERIFY(actors.contains(QStringLiteral("bob")));
}

void TestAuditSearch::changesShowBeforeAndAfter()
{
    using Audit::changesIn;
    const auto objects = changesIn(R"({"after":{"lead":300,"max":5},"before":{"lead":600,"max":5,"old":1}})");
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(0).field, QStringLiteral("lead"));
    QCOMPARE(objects.at(0).before, QStringLiteral("600"));
    QCOMPARE(objects.at(0).after, QStringLiteral("300"));
    QCOMPARE(objects.at(1).field, QStringLiteral("old"));
    QCOMPARE(objects.at(1).after, QString());
    const auto values = changesIn(R"({"after":"admin","before":"support","user":"sam"})");
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).before, QStringLiteral("support"));
    QCOMPARE(values.at(0).after, QStringLiteral("admin"));
    const auto previous = changesIn(R"({"days":400,"previous_days":2555})");
    QCOMPARE(previous.size(), 1);
    QCOMPARE(previous.at(0).field, QStringLiteral("days"));
    QCOMPARE(previous.at(0).before, QStringLiteral("2555"));
    const auto keys = changesIn(R"({"new_key":"k2","previous_key":"k1"})");
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.at(0).after, QStringLiteral("k2"));
    QVERIFY(changesIn(R"({"days":7,"previous_days":7})").isEmpty());
    QVERIFY(changesIn(R"({"provider":"google"})").isEmpty());
    QVERIFY(changesIn("not json").isEmpty());
}

void TestAuditSearch::selectionExportsCsvAndJsonLines()
{
    plant();
    Audit::AuditLog log(m_engine->database(), {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("host")});
    VERIFY_OK(log.record({QStringLiteral("a.two"),
                          QStringLiteral("@SUM(1)"),
                          Audit::Outcome::Success,
                          {{QStringLiteral("note"), QStringLiteral("x")}}}));
    const AuditFilter filter = where(&AuditFilter::action, QStringLiteral("a.two"));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    TRY_VALUE(written,
              Audit::AuditExport::writeSelection(m_engine->database(), csv, QStringLiteral("p"), filter, {},
                                                 Audit::AuditExport::SelectionFormat::Csv));
    QCOMPARE(written, 41);
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("seq,time,actor_user,actor_host,action,target,outcome,details,hash,prev_hash\r"));
    // The newest is the planted formula: defused with an apostrophe, quoted.
    QVERIFY2(lines.at(1).contains("\"'=cmd|' /C calc'!A0\""), lines.at(1).constData());
    QVERIFY(lines.at(1).contains("\"'@SUM(1)\""));
    QVERIFY(lines.at(1).contains("\"{\"\"note\"\":\"\"x\"\"}\""));
    QCOMPARE(lines.size(), 41 + 2); // header, rows, and the empty piece after the last line break

    // JSON Lines: exactly the selected events, each with the hash of the event before it.
    const QList<qint64> seqs {m_first + 4, m_first + 1};
    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    TRY_VALUE(selected,
              Audit::AuditExport::writeSelection(m_engine->database(), jsonl, QStringLiteral("p"), {}, seqs,
                                                 Audit::AuditExport::SelectionFormat::JsonLines));
    QCOMPARE(selected, 2);
    const QList<QByteArray> json = jsonl.data().trimmed().split('\n');
    QCOMPARE(json.size(), 4);
    const QJsonObject header = QJsonDocument::fromJson(json.at(0)).object();
    QCOMPARE(header.value(QLatin1String("type")).toString(), QStringLiteral("keyward-audit-selection"));
    QVERIFY(header.value(QLatin1String("head")).toObject().value(QLatin1String("seq")).toInteger() > m_first + 119);
    const QJsonObject newest = QJsonDocument::fromJson(json.at(1)).object();
    QCOMPARE(newest.value(QLatin1String("seq")).toInteger(), m_first + 4);
    TRY_VALUE(events, Audit::AuditSearch(m_engine->database()).page({}, m_first + 5, 2)); // seq f+4, f+3
    QCOMPARE(newest.value(QLatin1String("hash")).toString(), QString::fromLatin1(events.at(0).hash.toHex()));
    QCOMPARE(newest.value(QLatin1String("prev_hash")).toString(), QString::fromLatin1(events.at(1).hash.toHex()));
    QCOMPARE(QJsonDocument::fromJson(json.at(3)).object().value(QLatin1String("events")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestAuditSearch)
#include "tst_auditsearch.moc"

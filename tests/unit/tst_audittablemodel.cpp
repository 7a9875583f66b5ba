#include "engine/EngineHost.h"
#include "itemmodels/AuditTableModel.h"
#include "support/TestProfile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Keyward;

// The audit table model pages the log newest first from the engine thread; it runs under
// QAbstractItemModelTester throughout.
class TestAuditTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesNewestFirst();
    void reloadDropsStaleAnswers();
    void noProfileMeansNoRows();

private:
    static void openOnHost(Engine::EngineHost &host, Test::TestProfile &profile, int extraEvents);
};

void TestAuditTableModel::openOnHost(Engine::EngineHost &host, Test::TestProfile &profile, int extraEvents)
{
    profile.create()->close().ok();
    const Engine::OpenOptions options {profile.location(),
                                       profile.memoryFactory(),
                                       Engine::ProfileAccess::Owner,
                                       {QStringLiteral("tester"), QStringLiteral("testhost")}};
    auto opened = host.run([options, extraEvents](Engine::EngineHost::Slot &slot) -> Status {
        auto engine = Engine::Engine::open(options);
        if (!engine.ok())
            return engine.error();
        slot = std::move(engine.value());
        return slot->database().transaction([&]() -> Status {
            for (int i = 0; i < extraEvents; ++i)
                KW_TRY(slot->audit().append(
                    {QStringLiteral("test.event"), QString::number(i), Audit::Outcome::Success, {}}));
            return {};
        });
    });
    opened.waitForFinished();
    QVERIFY(opened.result().ok());
}

void TestAuditTableModel::pagesNewestFirst()
{
    Test::TestProfile profile;
    Engine::EngineHost host;
    openOnHost(host, profile, 599); // 600 events with profile.create
    ItemModels::AuditTableModel model(&host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &ItemModels::AuditTableModel::pageLoaded);

    model.reload();
    QTRY_COMPARE(model.rowCount(), ItemModels::AuditTableModel::kPageSize);
    QCOMPARE(model.index(0, ItemModels::AuditTableModel::Seq).data().toLongLong(), 600);
    QCOMPARE(model.index(1, ItemModels::AuditTableModel::Seq).data().toLongLong(), 599);
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 2 * ItemModels::AuditTableModel::kPageSize);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 600);
    QTRY_VERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(599, ItemModels::AuditTableModel::Seq).data().toLongLong(), 1);
    QCOMPARE(model.index(599, ItemModels::AuditTableModel::Action).data().toString(), QStringLiteral("profile.create"));
    QCOMPARE(model.index(0, ItemModels::AuditTableModel::Actor).data().toString(), QStringLiteral("tester@testhost"));
}

void TestAuditTableModel::reloadDropsStaleAnswers()
{
    Test::TestProfile profile;
    Engine::EngineHost host;
    openOnHost(host, profile, 10);
    ItemModels::AuditTableModel model(&host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &ItemModels::AuditTableModel::pageLoaded);
    // Two reloads in a row: the first answer arrives after the second reset and must be dropped, or the rows
    // would appear twice.
    model.reload();
    model.reload();
    QTRY_COMPARE(pages.count(), 1);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(pages.count(), 1);
}

void TestAuditTableModel::noProfileMeansNoRows()
{
    Engine::EngineHost host;
    ItemModels::AuditTableModel model(&host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &ItemModels::AuditTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"

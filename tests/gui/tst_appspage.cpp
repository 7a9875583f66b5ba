// The Provider apps page and its dialogs against the real OAuth test server (tests/peers, node oidc-provider) and
// the real OS keychain (run inside scripts/with-keyring.sh): registering apps with discovery, connecting accounts
// through the browser sign-in and the device code, client credentials, rotating the client secret, and the sentence
// an untrusted certificate gives. CI installs the server, so a missing one is a failure, not a skip.
// Screenshots go to $KEYWARD_SCREENSHOT_DIR when it is set, to be looked at.
#include "apps/AddAppDialog.h"
#include "apps/AppsPage.h"
#include "apps/RefreshPolicyDialog.h"
#include "common/MessageBar.h"
#include "connections/ConnectDialog.h"
#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"
#include "support/OidcPeer.h"
#include "support/TestProfile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Keyward;
using Keyward::Test::OidcPeer;
using State = Engine::ProfileSession::State;

namespace {

constexpr int kNetworkTimeoutMs = 30000;

/// For failure messages: the label's text, also once its dialog is gone (QVERIFY2 evaluates its message always).
QString textOf(const QPointer<QLabel> &label)
{
    return label ? label->text() : QString();
}

struct AppForm
{
    QString name;
    QString clientId;
    QString secret;
    QString authMethod; ///< "", "basic", "post", "none"
    QString caFile;
};

} // namespace

class TestAppsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void formProblemsAreSaidBeforeRegistering();
    void registerConfidentialApp();
    void refreshPolicy();
    void refreshPolicyRefusesWhatCannotWork();
    void connectThroughTheBrowser();
    void registerPublicAppAndConnectWithDeviceCode();
    void rejectedSecretKeepsTheOldOne();
    void clientCredentials();
    void rotateSecret();
    void untrustedCertificateShowsSentence();
    void untrustedCertificateLeavesOtherAppsAlone();

private:
    void screenshot(QWidget *widget, const QString &name);
    void fill(Ui::AddAppDialog *dialog, const AppForm &form);
    /// Registers through the page's "Add app…" button unless the app exists already.
    void ensureApp(const AppForm &form);
    Result<Connections::ProviderApp> app(const QString &name);
    /// The newest audit event with `action`, or an event with seq 0.
    Audit::AuditEvent lastAudit(const QString &action);
    /// Selects `app` and opens its refresh policy through the page's button.
    QPointer<Ui::RefreshPolicyDialog> openRefreshPolicy(const QString &app);
    Result<Connections::Connection> connection(qint64 id);
    QStringList flowsOf(const QString &name);
    int rowOf(const QString &name) const;
    template<typename T> static T *child(QObject *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    OidcPeer m_peer;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Engine::ProfileSession> m_session;
    std::unique_ptr<QWidget> m_window;
    Ui::MessageBar *m_bar = nullptr;
    Ui::AppsPage *m_page = nullptr;
    qint64 m_browserConnection = 0;
};

void TestAppsPage::initTestCase()
{
    QString why;
    QVERIFY2(OidcPeer::available(&why), qPrintable(why));
    QVERIFY2(m_peer.start(&why), qPrintable(why));
    qputenv("KEYWARD_NO_BROWSER", "1"); // the scripted browser plays the user's browser

    m_data = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_data->path().toUtf8());
    m_session = std::make_unique<Engine::ProfileSession>(Engine::secretStoreFactory(Engine::KeySource::Keychain));
    m_session->create(Storage::ProfileLocation::resolve(QStringLiteral("apps"), {}));
    QTRY_VERIFY2_WITH_TIMEOUT(m_session->state() == State::Open, qPrintable(m_session->lastError()), 20000);

    m_window = std::make_unique<QWidget>();
    m_bar = new Ui::MessageBar(m_window.get());
    m_page = new Ui::AppsPage(m_session.get(), m_bar, m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_bar);
    layout->addWidget(m_page, 1);
    m_window->resize(1180, 520);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppsPage::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_data.reset();
}

void TestAppsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

void TestAppsPage::fill(Ui::AddAppDialog *dialog, const AppForm &form)
{
    auto *provider = child<QComboBox>(dialog, "providerCombo");
    const int oidc = provider->findData(QStringLiteral("generic-oidc"));
    QVERIFY(oidc >= 0);
    provider->setCurrentIndex(oidc);
    QVERIFY(child<QLineEdit>(dialog, "discoveryEdit")->isVisibleTo(dialog));
    QVERIFY(!child<QLineEdit>(dialog, "tokenUrlEdit")->isVisibleTo(dialog));
    // The entry's default scopes are filled in; this test asks for refresh tokens.
    QCOMPARE(child<QLineEdit>(dialog, "scopesEdit")->text(), QStringLiteral("openid email profile"));
    QCOMPARE(child<QLineEdit>(dialog, "redirectUriEdit")->text(), QStringLiteral("http://127.0.0.1/callback"));
    QCOMPARE(child<QLineEdit>(dialog, "clientSecretEdit")->echoMode(), QLineEdit::Password);

    QTest::keyClicks(child<QLineEdit>(dialog, "appNameEdit"), form.name);
    child<QLineEdit>(dialog, "discoveryEdit")->setText(m_peer.issuer());
    QTest::keyClicks(child<QLineEdit>(dialog, "clientIdEdit"), form.clientId);
    QTest::keyClicks(child<QLineEdit>(dialog, "clientSecretEdit"), form.secret);
    auto *scopes = child<QLineEdit>(dialog, "scopesEdit");
    scopes->clear();
    QTest::keyClicks(scopes, QStringLiteral("openid offline_access"));
    auto *method = child<QComboBox>(dialog, "authMethodCombo");
    method->setCurrentIndex(method->findData(form.authMethod));
    QVERIFY(method->currentIndex() >= 0);
    child<QLineEdit>(dialog, "caFileEdit")->setText(form.caFile);
}

Result<Connections::ProviderApp> TestAppsPage::app(const QString &name)
{
    auto found = m_session->host()->run([name](Engine::EngineHost::Slot &engine) -> Result<Connections::ProviderApp> {
        return engine->connections().store().findApp(name);
    });
    found.waitForFinished();
    return found.result();
}

Audit::AuditEvent TestAppsPage::lastAudit(const QString &action)
{
    auto found = m_session->host()->run([action](Engine::EngineHost::Slot &engine) -> Audit::AuditEvent {
        auto events = engine->audit().latest(50); // oldest first
        if (events.ok()) {
            for (auto it = events->crbegin(); it != events->crend(); ++it) {
                if (it->action == action)
                    return *it;
            }
        }
        return {};
    });
    found.waitForFinished();
    return found.result();
}

QPointer<Ui::RefreshPolicyDialog> TestAppsPage::openRefreshPolicy(const QString &name)
{
    // (No QVERIFY here: it returns; the caller verifies the dialog.)
    if (!QTest::qWaitFor([&] { return rowOf(name) >= 0; }, 5000))
        return nullptr;
    child<QTableWidget>(m_page, "appsTable")->selectRow(rowOf(name));
    auto *button = child<QPushButton>(m_page, "refreshPolicyButton");
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    // The page reads the stored policy on the engine thread first.
    QPointer<Ui::RefreshPolicyDialog> dialog;
    static_cast<void>(QTest::qWaitFor(
        [&] {
            dialog = m_page->findChild<Ui::RefreshPolicyDialog *>(QStringLiteral("refreshPolicyDialog"));
            return !dialog.isNull();
        },
        5000));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

Result<Connections::Connection> TestAppsPage::connection(qint64 id)
{
    auto found = m_session->host()->run([id](Engine::EngineHost::Slot &engine) -> Result<Connections::Connection> {
        return engine->connections().store().connection(id);
    });
    found.waitForFinished();
    return found.result();
}

QStringList TestAppsPage::flowsOf(const QString &name)
{
    QStringList flows;
    auto found = app(name);
    if (found.ok()) {
        for (const OAuth::Flow flow : found->provider.flows)
            flows << OAuth::flowName(flow);
    }
    return flows;
}

int TestAppsPage::rowOf(const QString &name) const
{
    auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("appsTable"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

void TestAppsPage::ensureApp(const AppForm &form)
{
    if (app(form.name).ok())
        return;
    QTest::mouseClick(child<QPushButton>(m_page, "addAppButton"), Qt::LeftButton);
    QPointer<Ui::AddAppDialog> dialog = m_page->findChild<Ui::AddAppDialog *>(QStringLiteral("addAppDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, form);
    if (form.name == QLatin1String("peer"))
        screenshot(dialog, QStringLiteral("add-app-dialog"));
    const QPointer<QLabel> error = child<QLabel>(dialog, "addAppError");
    dialog->submit();
    // The secret is taken out of its field at once; the form waits for the answer.
    QVERIFY(child<QLineEdit>(dialog, "clientSecretEdit")->text().isEmpty());
    QVERIFY(!child<QPushButton>(dialog, "registerAppButton")->isEnabled());
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog || !dialog->isVisible(), qPrintable(textOf(error)), kNetworkTimeoutMs);
    QTRY_VERIFY(!dialog); // closed and deleted
    QTRY_VERIFY(m_bar->isVisible() && m_bar->kind() == Ui::MessageBar::Kind::Success);
    QVERIFY2(m_bar->text().contains(QStringLiteral("Registered the app \"%1\"").arg(form.name)),
             qPrintable(m_bar->text()));
    QTRY_VERIFY(rowOf(form.name) >= 0);
}

void TestAppsPage::formProblemsAreSaidBeforeRegistering()
{
    Ui::AddAppDialog dialog(m_session.get(), m_window.get());
    dialog.show();
    auto *error = child<QLabel>(&dialog, "addAppError");
    dialog.submit();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
    QTest::keyClicks(child<QLineEdit>(&dialog, "appNameEdit"), QStringLiteral("incomplete"));
    auto *provider = child<QComboBox>(&dialog, "providerCombo");
    provider->setCurrentIndex(provider->findData(QStringLiteral("generic-oidc")));
    dialog.submit();
    QVERIFY2(error->text().contains(QStringLiteral("issuer")), qPrintable(error->text()));
    // The generic OAuth 2.0 entry asks for its endpoints instead of an issuer.
    provider->setCurrentIndex(provider->findData(QStringLiteral("generic-oauth2")));
    QVERIFY(!child<QLineEdit>(&dialog, "discoveryEdit")->isVisibleTo(&dialog));
    QVERIFY(child<QLineEdit>(&dialog, "tokenUrlEdit")->isVisibleTo(&dialog));
    // A catalog entry with a parameter gets a field for it, with its default.
    provider->setCurrentIndex(provider->findData(QStringLiteral("microsoft")));
    QCOMPARE(child<QLineEdit>(&dialog, "param_tenant")->text(), QStringLiteral("organizations"));
    QVERIFY(!child<QLineEdit>(&dialog, "tokenUrlEdit")->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("param_shop")));
    provider->setCurrentIndex(provider->findData(QStringLiteral("shopify")));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("param_tenant")));
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("param_shop")));
    // Basic authentication without a secret is said here, in the console's words.
    QTest::keyClicks(child<QLineEdit>(&dialog, "param_shop"), QStringLiteral("example"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "clientIdEdit"), QStringLiteral("id"));
    auto *method = child<QComboBox>(&dialog, "authMethodCombo");
    method->setCurrentIndex(method->findData(QStringLiteral("basic")));
    dialog.submit();
    QVERIFY2(error->text().contains(QStringLiteral("needs the client secret")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!app(QStringLiteral("incomplete")).ok());
}

void TestAppsPage::registerConfidentialApp()
{
    ensureApp({QStringLiteral("peer"), QStringLiteral("keyward-confidential"),
               QStringLiteral("keyward-confidential-secret"), QString(), m_peer.caFile()});
    auto registered = app(QStringLiteral("peer"));
    QVERIFY(registered.ok());
    QVERIFY(registered->hasSecret);
    QCOMPARE(registered->clientId, QStringLiteral("keyward-confidential"));
    QCOMPARE(registered->scopes, QStringList({QStringLiteral("openid"), QStringLiteral("offline_access")}));
    // Discovery found the device endpoint and the client credentials grant.
    QVERIFY(registered->provider.supports(OAuth::Flow::Device));
    QVERIFY(registered->provider.supports(OAuth::Flow::ClientCredentials));

    auto *table = child<QTableWidget>(m_page, "appsTable");
    const int row = rowOf(QStringLiteral("peer"));
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("keyward-confidential"));
    QVERIFY2(table->item(row, 3)->text().startsWith(QStringLiteral("set 20")), qPrintable(table->item(row, 3)->text()));
    QVERIFY(table->item(row, 3)->text().contains(QStringLiteral("0 day(s) old")));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("http://127.0.0.1/callback"));
    // The secret is nowhere on the page, and not in the profile's files.
    for (int column = 0; column < table->columnCount(); ++column)
        QVERIFY(!table->item(row, column)->text().contains(QStringLiteral("secret-")));
    QVERIFY(!Test::fileContains(m_session->location().databasePath(), "keyward-confidential-secret"));
}

void TestAppsPage::refreshPolicy()
{
    const QString peer = QStringLiteral("peer");
    QVERIFY(app(peer).ok());
    auto *table = child<QTableWidget>(m_page, "appsTable");
    auto *button = child<QPushButton>(m_page, "refreshPolicyButton");
    table->clearSelection();
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());

    QPointer<Ui::RefreshPolicyDialog> dialog = openRefreshPolicy(peer);
    QVERIFY(dialog);
    QCOMPARE(dialog->app(), peer);
    auto *aheadPercent = child<QDoubleSpinBox>(dialog, "aheadPercentSpin");
    auto *aheadMinutes = child<QDoubleSpinBox>(dialog, "aheadMinutesSpin");
    auto *base = child<QDoubleSpinBox>(dialog, "backoffBaseSpin");
    auto *cap = child<QDoubleSpinBox>(dialog, "backoffMaxSpin");
    auto *giveUp = child<QDoubleSpinBox>(dialog, "giveUpDaysSpin");
    // A new app has Keyward's defaults: 15 % or 10 min ahead, 30 s doubling up to 60 min, give up after 4 days.
    QCOMPARE(aheadPercent->value(), 15.0);
    QCOMPARE(aheadMinutes->value(), 10.0);
    QCOMPARE(base->value(), 30.0);
    QCOMPARE(cap->value(), 60.0);
    QCOMPARE(giveUp->value(), 4.0);
    // Every control has a name for screen readers, every field a one-line explanation.
    for (const QWidget *control : dialog->findChildren<QWidget *>()) {
        if (control->inherits("QAbstractSpinBox") || control->inherits("QAbstractButton"))
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    for (const char *hint : {"aheadPercentHint", "aheadMinutesHint", "backoffBaseHint", "backoffMaxHint", "giveUpHint"})
        QVERIFY(!child<QLabel>(dialog, hint)->text().isEmpty());
    const QString example = child<QLabel>(dialog, "refreshExample")->text();
    QVERIFY2(example.contains(QStringLiteral("1 hour is refreshed 10 min before")), qPrintable(example));
    QVERIFY2(example.contains(QStringLiteral("1 day 3.6 h before")), qPrintable(example));

    aheadPercent->setValue(25);
    aheadMinutes->setValue(5);
    base->setValue(10);
    cap->setValue(30);
    giveUp->setValue(2.5);
    QVERIFY2(child<QLabel>(dialog, "refreshExample")->text().contains(QStringLiteral("1 hour is refreshed 15 min")),
             qPrintable(child<QLabel>(dialog, "refreshExample")->text()));
    screenshot(dialog, QStringLiteral("refresh-policy-dialog"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveRefreshPolicyButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // accepted and deleted
    QTRY_VERIFY(m_bar->kind() == Ui::MessageBar::Kind::Success
                && m_bar->text().contains(QStringLiteral("Saved the refresh policy of \"peer\"")));
    QVERIFY2(m_bar->text().contains(QStringLiteral("25 % of the lifetime or 5 min")), qPrintable(m_bar->text()));

    auto stored = app(peer);
    QVERIFY(stored.ok());
    QCOMPARE(stored->refresh.aheadFraction, 0.25);
    QCOMPARE(stored->refresh.aheadMinMs, 5 * 60'000LL);
    QCOMPARE(stored->refresh.baseDelayMs, 10'000LL);
    QCOMPARE(stored->refresh.maxDelayMs, 30 * 60'000LL);
    QCOMPARE(stored->refresh.giveUpMs, 60 * 3'600'000LL);
    // Audited by the service, with the policy before and after.
    const Audit::AuditEvent event = lastAudit(QStringLiteral("app.configure"));
    QVERIFY(event.seq > 0);
    QCOMPARE(event.target, QStringLiteral("app:peer"));
    const QJsonObject details = QJsonDocument::fromJson(event.details).object();
    QCOMPARE(details.value(QLatin1String("before")).toObject(), Connections::RefreshSettings {}.toJson());
    QCOMPARE(details.value(QLatin1String("after")).toObject(), stored->refresh.toJson());

    // Reopened, the dialog shows what is stored; "Restore defaults" puts back Keyward's policy.
    dialog = openRefreshPolicy(peer);
    QVERIFY(dialog);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "aheadPercentSpin")->value(), 25.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "giveUpDaysSpin")->value(), 2.5);
    QTest::mouseClick(child<QPushButton>(dialog, "restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "aheadPercentSpin")->value(), 15.0);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "backoffMaxSpin")->value(), 60.0);
    QTest::mouseClick(child<QPushButton>(dialog, "saveRefreshPolicyButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(app(peer)->refresh.toJson(), Connections::RefreshSettings {}.toJson());

    // Cancel changes nothing.
    dialog = openRefreshPolicy(peer);
    QVERIFY(dialog);
    child<QDoubleSpinBox>(dialog, "aheadPercentSpin")->setValue(50);
    QTest::mouseClick(child<QPushButton>(dialog, "cancelRefreshPolicyButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(app(peer)->refresh.aheadFraction, 0.15);
}

void TestAppsPage::refreshPolicyRefusesWhatCannotWork()
{
    const QString peer = QStringLiteral("peer");
    QVERIFY(app(peer).ok());
    // A value the spin boxes round (set with `keyward-cli apps configure --give-up-hours 0.5`) survives a save that
    // does not touch it.
    Connections::RefreshSettings fine;
    fine.giveUpMs = 30 * 60'000;
    m_page->saveRefreshPolicy(peer, fine);
    QTRY_COMPARE(app(peer)->refresh.giveUpMs, 30 * 60'000LL);

    const qint64 eventsBefore = lastAudit(QStringLiteral("app.configure")).seq;
    QPointer<Ui::RefreshPolicyDialog> dialog = openRefreshPolicy(peer);
    QVERIFY(dialog);
    auto *aheadPercent = child<QDoubleSpinBox>(dialog, "aheadPercentSpin");
    auto *base = child<QDoubleSpinBox>(dialog, "backoffBaseSpin");
    auto *cap = child<QDoubleSpinBox>(dialog, "backoffMaxSpin");
    auto *error = child<QLabel>(dialog, "refreshPolicyError");
    // The ranges are the engine's: at most 90 % ahead, a backoff base of at least a second.
    aheadPercent->setValue(95);
    QCOMPARE(aheadPercent->value(), 90.0);
    base->setValue(0);
    QCOMPARE(base->value(), 1.0);
    QVERIFY(child<QDoubleSpinBox>(dialog, "giveUpDaysSpin")->minimum() > 0);
    // A cap shorter than the base is refused in the dialog, which stays open.
    base->setValue(600);
    cap->setValue(5);
    QTest::mouseClick(child<QPushButton>(dialog, "saveRefreshPolicyButton"), Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("backoff cap (5 min) is shorter than the backoff base (10 min)")),
             qPrintable(error->text()));
    screenshot(dialog, QStringLiteral("refresh-policy-refused"));
    // Fixed, it saves; the untouched give-up window keeps its exact 30 minutes.
    cap->setValue(20);
    QVERIFY(!error->isVisible());
    aheadPercent->setValue(20);
    QTest::mouseClick(child<QPushButton>(dialog, "saveRefreshPolicyButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_COMPARE(app(peer)->refresh.aheadFraction, 0.2);
    QCOMPARE(app(peer)->refresh.maxDelayMs, 20 * 60'000LL);
    QCOMPARE(app(peer)->refresh.giveUpMs, 30 * 60'000LL);
    QVERIFY(lastAudit(QStringLiteral("app.configure")).seq > eventsBefore);

    // What reaches the engine anyway is refused there, said in the message bar, and nothing changes.
    const qint64 seq = lastAudit(QStringLiteral("app.configure")).seq;
    Connections::RefreshSettings broken;
    broken.baseDelayMs = 500;
    m_page->saveRefreshPolicy(peer, broken);
    QTRY_VERIFY(m_bar->kind() == Ui::MessageBar::Kind::Error);
    QVERIFY2(m_bar->text().contains(QStringLiteral("cannot work")), qPrintable(m_bar->text()));
    QCOMPARE(app(peer)->refresh.baseDelayMs, 600'000LL);
    QCOMPARE(lastAudit(QStringLiteral("app.configure")).seq, seq);

    m_page->saveRefreshPolicy(peer, Connections::RefreshSettings {});
    QTRY_COMPARE(app(peer)->refresh.toJson(), Connections::RefreshSettings {}.toJson());
}

void TestAppsPage::connectThroughTheBrowser()
{
    QVERIFY(app(QStringLiteral("peer")).ok());
    auto *table = child<QTableWidget>(m_page, "appsTable");
    auto *connectButton = child<QPushButton>(m_page, "connectButton");
    table->clearSelection();
    QVERIFY(!connectButton->isEnabled());
    table->selectRow(rowOf(QStringLiteral("peer")));
    QVERIFY(connectButton->isEnabled());
    QVERIFY(child<QPushButton>(m_page, "rotateSecretButton")->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QPointer<Ui::ConnectDialog> dialog = m_page->findChild<Ui::ConnectDialog *>(QStringLiteral("connectDialog"));
    QVERIFY(dialog);
    dialog->setAcceptDelay(0);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *flow = child<QComboBox>(dialog, "flowCombo");
    QCOMPARE(flow->count(), 3);
    QCOMPARE(flow->currentText(), QStringLiteral("Browser sign-in (authorization code + PKCE)"));
    QTRY_COMPARE(child<QLineEdit>(dialog, "connectScopesEdit")->text(), QStringLiteral("openid offline_access"));

    QSignalSpy connected(dialog.data(), &Ui::ConnectDialog::connected);
    const QPointer<QLabel> error = child<QLabel>(dialog, "connectError");
    QTest::mouseClick(child<QPushButton>(dialog, "startConnectButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog->authorizationUrl().isEmpty(), qPrintable(textOf(error)), kNetworkTimeoutMs);
    const QString url = dialog->authorizationUrl();
    QVERIFY2(url.startsWith(m_peer.issuer()), qPrintable(url));
    auto *urlEdit = child<QLineEdit>(dialog, "authorizationUrlEdit");
    QCOMPARE(urlEdit->text(), url);
    QVERIFY(urlEdit->isReadOnly());
    QVERIFY(urlEdit->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "startConnectButton")->isEnabled());
    screenshot(dialog, QStringLiteral("connect-dialog-browser"));

    QString output;
    const int exit = m_peer.runBrowser(
        {QStringLiteral("authorize"), QStringLiteral("--url"), url, QStringLiteral("--login"), QStringLiteral("alice")},
        &output);
    QVERIFY2(exit == 0, qPrintable(output));
    QTRY_VERIFY2_WITH_TIMEOUT(connected.count() == 1, qPrintable(textOf(error)), kNetworkTimeoutMs);
    m_browserConnection = connected.at(0).at(0).toLongLong();
    QVERIFY(m_browserConnection > 0);
    QTRY_VERIFY(!dialog); // accepted and gone
    QVERIFY2(m_bar->text().contains(QStringLiteral("connection %1").arg(m_browserConnection)),
             qPrintable(m_bar->text()));

    auto stored = connection(m_browserConnection);
    QVERIFY(stored.ok());
    QCOMPARE(stored->subject, QStringLiteral("alice"));
    QCOMPARE(stored->flow, OAuth::Flow::AuthorizationCode);
    QVERIFY(stored->hasRefreshToken());
}

void TestAppsPage::registerPublicAppAndConnectWithDeviceCode()
{
    ensureApp({QStringLiteral("native"), QStringLiteral("keyward-native"), QString(), QStringLiteral("none"),
               m_peer.caFile()});
    auto registered = app(QStringLiteral("native"));
    QVERIFY(registered.ok());
    QVERIFY(!registered->hasSecret);
    QCOMPARE(registered->authMethod, OAuth::TokenAuthMethod::None);
    QCOMPARE(child<QTableWidget>(m_page, "appsTable")->item(rowOf(QStringLiteral("native")), 3)->text(),
             QStringLiteral("none (public client)"));
    child<QTableWidget>(m_page, "appsTable")->selectRow(rowOf(QStringLiteral("peer")));
    screenshot(m_window.get(), QStringLiteral("apps-page"));

    Ui::ConnectDialog dialog(m_session.get(), QStringLiteral("native"), flowsOf(QStringLiteral("native")),
                             m_window.get());
    dialog.setAcceptDelay(0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *flow = child<QComboBox>(&dialog, "flowCombo");
    const int device = flow->findData(QStringLiteral("device"));
    QVERIFY(device >= 0);
    flow->setCurrentIndex(device);
    QCOMPARE(flow->currentText(), QStringLiteral("Device code"));
    QTRY_COMPARE(child<QLineEdit>(&dialog, "connectScopesEdit")->text(), QStringLiteral("openid offline_access"));

    QSignalSpy connected(&dialog, &Ui::ConnectDialog::connected);
    auto *error = child<QLabel>(&dialog, "connectError");
    dialog.startConnect();
    QTRY_VERIFY2_WITH_TIMEOUT(!dialog.userCode().isEmpty(), qPrintable(error->text()), kNetworkTimeoutMs);
    QCOMPARE(child<QLabel>(&dialog, "userCodeLabel")->text(), dialog.userCode());
    QVERIFY(child<QLabel>(&dialog, "userCodeLabel")->isVisible());
    const QString uri = m_peer.issuer() + QStringLiteral("/device");
    QVERIFY2(child<QLabel>(&dialog, "verificationLabel")->text().contains(uri),
             qPrintable(child<QLabel>(&dialog, "verificationLabel")->text()));
    QVERIFY(dialog.authorizationUrl().isEmpty());
    screenshot(&dialog, QStringLiteral("connect-dialog-device"));

    QString output;
    const int exit
        = m_peer.runBrowser({QStringLiteral("device"), QStringLiteral("--uri"), uri, QStringLiteral("--user-code"),
                             dialog.userCode(), QStringLiteral("--login"), QStringLiteral("bob")},
                            &output);
    QVERIFY2(exit == 0, qPrintable(output));
    QTRY_VERIFY2_WITH_TIMEOUT(connected.count() == 1, qPrintable(error->text()), kNetworkTimeoutMs);
    const qint64 id = connected.at(0).at(0).toLongLong();
    QVERIFY(id > 0 && id != m_browserConnection);
    QVERIFY2(child<QLabel>(&dialog, "connectStatus")
                 ->text()
                 .startsWith(QStringLiteral("Connected: connection %1 for ").arg(id)),
             qPrintable(child<QLabel>(&dialog, "connectStatus")->text()));
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = connection(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->subject, QStringLiteral("bob"));
    QCOMPARE(stored->flow, OAuth::Flow::Device);
}

void TestAppsPage::rejectedSecretKeepsTheOldOne()
{
    QVERIFY(app(QStringLiteral("peer")).ok());
    const qint64 before = app(QStringLiteral("peer"))->secretSetMs;
    m_page->rotateSecret(QStringLiteral("peer"), QStringLiteral("not-the-secret"));
    QCOMPARE(m_bar->kind(), Ui::MessageBar::Kind::Information);
    QVERIFY2(m_bar->text().contains(QStringLiteral("Proving the new secret")), qPrintable(m_bar->text()));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->kind() == Ui::MessageBar::Kind::Error, kNetworkTimeoutMs);
    QVERIFY2(m_bar->text().contains(QStringLiteral("not accepted")), qPrintable(m_bar->text()));
    QVERIFY(!m_bar->text().contains(QStringLiteral("not-the-secret")));
    QCOMPARE(app(QStringLiteral("peer"))->secretSetMs, before);
}

void TestAppsPage::clientCredentials()
{
    // Works only with the stored secret, so this also shows that the rejected rotation left it in place.
    QVERIFY(app(QStringLiteral("peer")).ok());
    Ui::ConnectDialog dialog(m_session.get(), QStringLiteral("peer"), flowsOf(QStringLiteral("peer")), m_window.get());
    dialog.setAcceptDelay(0);
    dialog.show();
    auto *flow = child<QComboBox>(&dialog, "flowCombo");
    flow->setCurrentIndex(flow->findData(QStringLiteral("client-credentials")));
    QCOMPARE(flow->currentText(), QStringLiteral("Client credentials"));
    auto *scopes = child<QLineEdit>(&dialog, "connectScopesEdit");
    QTRY_VERIFY(!scopes->text().isEmpty()); // the app's scopes arrived; replace them
    scopes->setText(QStringLiteral("api:read"));
    QSignalSpy connected(&dialog, &Ui::ConnectDialog::connected);
    auto *error = child<QLabel>(&dialog, "connectError");
    dialog.startConnect();
    QTRY_VERIFY2_WITH_TIMEOUT(connected.count() == 1, qPrintable(error->text()), kNetworkTimeoutMs);
    auto stored = connection(connected.at(0).at(0).toLongLong());
    QVERIFY(stored.ok());
    QCOMPARE(stored->flow, OAuth::Flow::ClientCredentials);
    QCOMPARE(stored->subject, QStringLiteral("keyward-confidential"));
}

void TestAppsPage::rotateSecret()
{
    QVERIFY(app(QStringLiteral("peer")).ok());
    m_page->rotateSecret(QStringLiteral("peer"), QStringLiteral("keyward-confidential-secret"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->kind() == Ui::MessageBar::Kind::Success, kNetworkTimeoutMs);
    QVERIFY2(m_bar->text().contains(QStringLiteral("accepted")), qPrintable(m_bar->text()));
    QVERIFY(app(QStringLiteral("peer"))->hasSecret);
}

void TestAppsPage::untrustedCertificateShowsSentence()
{
    // Right after trusted requests to the same server (the "peer" app's): the trust of one app must not carry over
    // to another through a pooled connection.
    ensureApp({QStringLiteral("peer"), QStringLiteral("keyward-confidential"),
               QStringLiteral("keyward-confidential-secret"), QString(), m_peer.caFile()});
    Ui::AddAppDialog dialog(m_session.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog,
         {QStringLiteral("untrusted"), QStringLiteral("keyward-confidential"),
          QStringLiteral("keyward-confidential-secret"), QString(), m_peer.untrustedCaFile()});
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *error = child<QLabel>(&dialog, "addAppError");
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0 || error->isVisible(), kNetworkTimeoutMs);
    QVERIFY2(accepted.isEmpty(),
             "the app was registered although its CA file does not trust the server's certificate (discovery went "
             "through a connection verified for another app?)");
    QVERIFY2(error->text().contains(QStringLiteral("TLS certificate"))
                 && error->text().contains(QStringLiteral("not trusted")),
             qPrintable(error->text()));
    QVERIFY(!error->text().contains(QStringLiteral("keyward-confidential-secret")));
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLineEdit>(&dialog, "appNameEdit")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "registerAppButton")->isEnabled());
    QVERIFY(child<QLineEdit>(&dialog, "clientSecretEdit")->text().isEmpty());
    QVERIFY(!app(QStringLiteral("untrusted")).ok());
}

void TestAppsPage::untrustedCertificateLeavesOtherAppsAlone()
{
    // A fresh engine (and HTTP client): this time the untrusted request is the first to reach the server.
    QVERIFY(app(QStringLiteral("peer")).ok());
    m_session->open(m_session->location());
    QTRY_VERIFY2_WITH_TIMEOUT(m_session->state() == State::Open, qPrintable(m_session->lastError()), 20000);
    {
        Ui::AddAppDialog dialog(m_session.get(), m_window.get());
        dialog.show();
        fill(&dialog,
             {QStringLiteral("untrusted-again"), QStringLiteral("keyward-confidential"),
              QStringLiteral("keyward-confidential-secret"), QString(), m_peer.untrustedCaFile()});
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *error = child<QLabel>(&dialog, "addAppError");
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(accepted.count() > 0 || error->isVisible(), kNetworkTimeoutMs);
        QVERIFY(accepted.isEmpty());
        QVERIFY2(error->text().contains(QStringLiteral("not trusted")), qPrintable(error->text()));
        screenshot(&dialog, QStringLiteral("add-app-untrusted"));
    }
    // The app whose CA file trusts the server still reaches it.
    Ui::ConnectDialog dialog(m_session.get(), QStringLiteral("peer"), flowsOf(QStringLiteral("peer")), m_window.get());
    dialog.setAcceptDelay(0);
    dialog.show();
    auto *flow = child<QComboBox>(&dialog, "flowCombo");
    flow->setCurrentIndex(flow->findData(QStringLiteral("client-credentials")));
    auto *scopes = child<QLineEdit>(&dialog, "connectScopesEdit");
    QTRY_VERIFY(!scopes->text().isEmpty());
    scopes->setText(QStringLiteral("api:read"));
    QSignalSpy connected(&dialog, &Ui::ConnectDialog::connected);
    auto *error = child<QLabel>(&dialog, "connectError");
    dialog.startConnect();
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() == 1 || error->isVisible(), kNetworkTimeoutMs);
    QVERIFY2(connected.count() == 1, qPrintable(error->text()));
}

QTEST_MAIN(TestAppsPage)
#include "tst_appspage.moc"

#include "AddSourceDialog.h"

#include "SecretField.h"
#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

// As the engine checks it (checkDraft): the name becomes a path segment.
const char kNamePattern[] = "[a-z0-9][a-z0-9_-]{0,63}";

} // namespace

QString AddSourceDialog::schemeLabel(Webhooks::Scheme scheme)
{
    switch (scheme) {
    case Webhooks::Scheme::GitHub:
        return tr("GitHub");
    case Webhooks::Scheme::Stripe:
        return tr("Stripe");
    case Webhooks::Scheme::Slack:
        return tr("Slack");
    case Webhooks::Scheme::Shopify:
        return tr("Shopify");
    case Webhooks::Scheme::Standard:
        return tr("Standard Webhooks");
    case Webhooks::Scheme::Generic:
        return tr("Generic HMAC");
    case Webhooks::Scheme::GoogleRisc:
        return tr("Google RISC");
    }
    return {};
}

AddSourceDialog::AddSourceDialog(Engine::ProfileSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_path(new QLabel(this))
    , m_scheme(new QComboBox(this))
    , m_secret(new SecretField(this))
    , m_app(new QComboBox(this))
    , m_tolerance(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_keepRejected(new QCheckBox(tr("&Keep the bodies of rejected deliveries"), this))
    , m_audiences(new QLineEdit(this))
    , m_config(new QPlainTextEdit(this))
    , m_configHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addSourceDialog"));
    setWindowTitle(tr("Add a webhook source"));
    auto *intro = new QLabel(tr("A source is a sender whose signed deliveries Keyward accepts. The secret goes to "
                                "your OS keychain; only its fingerprint is shown afterwards."),
                             this);
    intro->setObjectName(QStringLiteral("addSourceExplanation"));
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("sourceNameEdit"));
    m_name->setAccessibleName(tr("Source name"));
    m_name->setPlaceholderText(tr("lowercase letters, digits, \"-\" or \"_\", e.g. github-main"));
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QString::fromLatin1(kNamePattern)), m_name));
    m_path->setObjectName(QStringLiteral("sourcePathHint"));
    m_path->setForegroundRole(QPalette::PlaceholderText);

    m_scheme->setObjectName(QStringLiteral("schemeCombo"));
    m_scheme->setAccessibleName(tr("Signature scheme"));
    for (const QString &name : Webhooks::schemeNames()) {
        if (const auto scheme = Webhooks::schemeFromName(name))
            m_scheme->addItem(schemeLabel(*scheme), name);
    }
    m_scheme->addItem(schemeLabel(Webhooks::Scheme::GoogleRisc), QStringLiteral("google-risc"));
    m_audiences->setObjectName(QStringLiteral("riscAudiencesEdit"));
    m_audiences->setAccessibleName(tr("OAuth client ids the security event tokens must be addressed to"));
    m_audiences->setPlaceholderText(tr("client ids, separated by commas"));
    m_audiences->setToolTip(tr("Google signs security event tokens with its own keys (fetched from %1); a token "
                               "counts only when its audience is one of these client ids.")
                                .arg(Webhooks::RiscScheme().jwksUri));

    m_app->setObjectName(QStringLiteral("appCombo"));
    m_app->setAccessibleName(tr("Provider app whose connections the source's events concern"));
    m_app->addItem(QString(), QString()); // its text follows the scheme

    m_tolerance->setObjectName(QStringLiteral("toleranceSpin"));
    m_tolerance->setAccessibleName(tr("Timestamp tolerance in seconds"));
    m_tolerance->setRange(1, int(Webhooks::WebhookService::kMaxToleranceSeconds));
    m_tolerance->setValue(300);
    m_tolerance->setSuffix(tr(" s"));
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setAccessibleName(tr("Deliveries accepted per second"));
    m_rate->setRange(1, 1'000'000);
    m_rate->setValue(1000);
    m_rate->setSuffix(tr(" per second"));
    m_rate->setGroupSeparatorShown(true);
    m_keepRejected->setObjectName(QStringLiteral("keepRejectedBodiesCheck"));
    m_keepRejected->setToolTip(tr("Helps to find out why deliveries are rejected; the bodies come from senders "
                                  "whose signature did not check out."));

    m_config->setObjectName(QStringLiteral("genericConfigEdit"));
    m_config->setAccessibleName(tr("Generic scheme configuration (JSON)"));
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setTabChangesFocus(true);
    m_config->setPlainText(QString::fromUtf8(QJsonDocument(Webhooks::GenericScheme().toJson()).toJson()));
    m_config->setFixedHeight(m_config->fontMetrics().lineSpacing() * 11);
    m_configHint->setObjectName(QStringLiteral("genericConfigHint"));
    m_configHint->setForegroundRole(QPalette::PlaceholderText);
    // Short lines rather than word wrap: a wrapped label in a form row gets a narrow width of its own.
    m_configHint->setText(tr("encoding: hex or base64 · digest: sha256, sha512 or sha1\n"
                             "payload: the signed bytes, with {body}, {timestamp} and {id}\n"
                             "Headers left empty are not used."));

    m_error->setObjectName(QStringLiteral("addSourceError"));
    m_error->setAccessibleName(tr("Why the source was not added"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#addSourceError { color: #b3261e; }"));
    m_error->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(nullptr, m_path);
    m_form->addRow(tr("&Scheme:"), m_scheme);
    m_form->addRow(tr("S&ecret:"), m_secret);
    m_form->addRow(tr("A&udiences:"), m_audiences);
    m_form->addRow(tr("Provider &app:"), m_app);
    m_form->addRow(tr("&Tolerance:"), m_tolerance);
    m_form->addRow(tr("&Rate limit:"), m_rate);
    m_form->addRow(nullptr, m_keepRejected);
    m_form->addRow(tr("&Configuration:"), m_config);
    m_form->addRow(nullptr, m_configHint);

    m_add = m_buttons->addButton(tr("A&dd source"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSourceConfirmButton"));
    m_add->setAccessibleName(tr("Add the source"));
    m_add->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddSourceDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &AddSourceDialog::schemeChanged);
    connect(m_secret, &SecretField::heightChanged, this, &AddSourceDialog::fitHeight);
    // A refusal is about what the form said then: it goes once the form changes.
    for (QLineEdit *edit : {m_name, m_audiences})
        connect(edit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_secret, &SecretField::changed, this, [this] {
        if (!m_busy)
            showError({});
    });
    const auto showPath = [this] {
        const QString name = m_name->text().isEmpty() ? tr("NAME") : m_name->text();
        m_path->setText(tr("Senders deliver to /webhooks/%1 on the receiver (this console's or keyward-cli "
                           "serve's).")
                            .arg(name));
    };
    connect(m_name, &QLineEdit::textChanged, this, showPath);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    showPath();
    schemeChanged();
    loadApps();
    resize(600, sizeHint().height());
}

Webhooks::Scheme AddSourceDialog::scheme() const
{
    return Webhooks::schemeFromName(m_scheme->currentData().toString()).value_or(Webhooks::Scheme::GitHub);
}

void AddSourceDialog::schemeChanged()
{
    const bool generic = scheme() == Webhooks::Scheme::Generic;
    const bool risc = scheme() == Webhooks::Scheme::GoogleRisc;
    m_form->setRowVisible(m_config, generic);
    m_form->setRowVisible(m_configHint, generic);
    // RISC tokens are signed with Google's keys and carry their own issue time: no secret, no tolerance.
    m_form->setRowVisible(m_secret, !risc);
    m_form->setRowVisible(m_tolerance, !risc);
    m_form->setRowVisible(m_audiences, risc);
    m_secret->setScheme(scheme());
    // Only the providers' own schemes carry revocation events; without an app they concern all of the provider's.
    const bool provider = scheme() != Webhooks::Scheme::Standard && !generic;
    m_app->setItemText(0, provider ? tr("Every app of the scheme's provider") : tr("None"));
    m_error->hide();
    fitHeight();
}

void AddSourceDialog::loadApps()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QStringList> {
            if (!engine)
                return QStringList();
            KW_TRY(engine->authorize(Access::Permission::AppsRead));
            auto apps = engine->connections().store().apps();
            if (!apps.ok())
                return apps.error();
            QStringList names;
            for (const Connections::ProviderApp &app : apps.value())
                names.append(app.name);
            return names;
        },
        [this](const Result<QStringList> &names) {
            if (!names.ok())
                return; // the source works without an app; the combo offers "every app" alone
            for (const QString &name : names.value())
                m_app->addItem(name, name);
        });
}

QString AddSourceDialog::formProblem(QJsonObject *config) const
{
    if (m_name->text().isEmpty())
        return tr("Give the source a name: senders deliver to /webhooks/NAME.");
    if (!m_name->hasAcceptableInput())
        return tr("A source name is 1 to 64 lowercase letters, digits, \"-\" or \"_\".");
    if (scheme() == Webhooks::Scheme::GoogleRisc) {
        QJsonArray audiences;
        for (const QString &audience : m_audiences->text().split(u',', Qt::SkipEmptyParts)) {
            if (!audience.trimmed().isEmpty())
                audiences.append(audience.trimmed());
        }
        if (audiences.isEmpty())
            return tr("Enter the OAuth client ids of your apps that Google's security events are about.");
        *config = {{QLatin1String("audience"), audiences}};
        return {};
    }
    if (m_secret->isEmpty())
        return tr("Enter the secret the sender signs with, or generate one and copy it to the sender.");
    if (scheme() == Webhooks::Scheme::Generic) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(m_config->toPlainText().toUtf8(), &error);
        if (!document.isObject())
            return tr("The configuration is not a JSON object (%1).").arg(error.errorString());
        *config = document.object();
    }
    return {};
}

void AddSourceDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (widget != m_error && !widget->inherits("QLabel"))
            widget->setEnabled(!busy);
    }
}

void AddSourceDialog::fitHeight()
{
    // The height the rows shown now need: the generic scheme's editor comes and goes with the scheme.
    layout()->activate();
    resize(width(), hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height());
}

void AddSourceDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void AddSourceDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    fitHeight();
}

void AddSourceDialog::submit()
{
    if (m_busy)
        return;
    Webhooks::SourceDraft draft;
    if (const QString problem = formProblem(&draft.config); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    draft.name = m_name->text();
    draft.scheme = scheme();
    draft.app = m_app->currentData().toString();
    draft.toleranceSeconds = m_tolerance->value();
    draft.ratePerSecond = m_rate->value();
    draft.keepRejectedBodies = m_keepRejected->isChecked();
    // The field keeps the secret until the source exists: a generated one may already be at the sender.
    SecureBytes secret = scheme() == Webhooks::Scheme::GoogleRisc ? SecureBytes() : m_secret->secret();
    setBusy(true);
    m_session->host()->call(
        this,
        [draft, secret](Engine::EngineHost::Slot &engine) -> Result<Webhooks::WebhookSource> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->webhooks().addSource(draft, secret);
        },
        [this](const Result<Webhooks::WebhookSource> &source) {
            setBusy(false);
            if (!source.ok()) {
                showError(source.error().userMessage);
                return;
            }
            m_added = source.value();
            m_secret->clear();
            accept();
        });
}

} // namespace Keyward::Ui

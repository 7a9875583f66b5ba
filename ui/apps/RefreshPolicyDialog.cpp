#include "RefreshPolicyDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Keyward::Ui {

namespace {

constexpr double kMinute = 60'000;
constexpr double kSecond = 1'000;
constexpr double kDay = 86'400'000;
enum Field { AheadPercent, AheadMinutes, BaseSeconds, MaxMinutes, GiveUpDays };

/// Shows "25 %" and "2.5 days" rather than "25.0 %" and "2.50 days".
class CompactSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QLocale numbers = locale();
        numbers.setNumberOptions(numbers.numberOptions() | QLocale::OmitGroupSeparator);
        QString text = numbers.toString(value, 'f', decimals());
        if (decimals() > 0) {
            while (text.endsWith(numbers.zeroDigit()))
                text.chop(1);
            if (text.endsWith(numbers.decimalPoint()))
                text.chop(numbers.decimalPoint().size());
        }
        return text;
    }
};

QDoubleSpinBox *spinBox(QWidget *parent, const char *objectName, const QString &accessibleName, double minimum,
                        double maximum, int decimals, const QString &suffix)
{
    auto *spin = new CompactSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setAccessibleName(accessibleName);
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("00000.00 ") + suffix) + 40);
    return spin;
}

/// A short, rounded duration for the example sentence.
QString durationText(qint64 ms)
{
    const double seconds = static_cast<double>(ms) / kSecond;
    if (seconds < 120)
        return RefreshPolicyDialog::tr("%1 s").arg(std::round(seconds));
    if (seconds < 120 * 60)
        return RefreshPolicyDialog::tr("%1 min").arg(seconds / 60, 0, 'g', 3);
    if (seconds < 48 * 3600)
        return RefreshPolicyDialog::tr("%1 h").arg(seconds / 3600, 0, 'g', 3);
    return RefreshPolicyDialog::tr("%1 days").arg(seconds / 86'400, 0, 'g', 3);
}

} // namespace

RefreshPolicyDialog::RefreshPolicyDialog(const QString &app, const Connections::RefreshSettings &current,
                                         QWidget *parent)
    : QDialog(parent)
    , m_app(app)
    , m_current(current)
    , m_aheadPercent(spinBox(this, "aheadPercentSpin", tr("Refresh ahead: share of the token lifetime, in percent"), 0,
                             90, 1, tr(" %")))
    , m_aheadMinutes(
          spinBox(this, "aheadMinutesSpin", tr("Refresh ahead: minutes before expiry"), 0, 10'080, 1, tr(" min")))
    , m_baseSeconds(spinBox(this, "backoffBaseSpin", tr("Backoff base: first wait after a failure, in seconds"), 1,
                            86'400, 0, tr(" s")))
    , m_maxMinutes(spinBox(this, "backoffMaxSpin", tr("Backoff cap: longest wait between retries, in minutes"), 0.1,
                           10'080, 1, tr(" min")))
    , m_giveUpDays(spinBox(this, "giveUpDaysSpin", tr("Give-up window in days"), 0.01, 365, 2, tr(" days")))
    , m_example(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("refreshPolicyDialog"));
    setWindowTitle(tr("Refresh policy of \"%1\"").arg(app));
    auto *intro = new QLabel(tr("How Keyward refreshes the tokens of the accounts connected to \"%1\". A change "
                                "applies from each connection's next refresh.")
                                 .arg(app),
                             this);
    intro->setWordWrap(true);

    // One line under each field says what it does; screen readers get the same sentence as the description.
    const auto addField = [this](QFormLayout *form, const QString &label, QDoubleSpinBox *spin, const char *hintName,
                                 const QString &hint) {
        auto *explanation = new QLabel(hint, this);
        explanation->setObjectName(QLatin1String(hintName));
        explanation->setForegroundRole(QPalette::PlaceholderText);
        spin->setAccessibleDescription(hint);
        form->addRow(label, spin);
        form->addRow(nullptr, explanation);
    };

    auto *ahead = new QGroupBox(tr("When to refresh"), this);
    auto *aheadForm = new QFormLayout(ahead);
    addField(aheadForm, tr("Refresh at &share of lifetime left:"), m_aheadPercent, "aheadPercentHint",
             tr("Refresh when this share of the token's lifetime remains (0–90 %)."));
    addField(aheadForm, tr("…or &minutes before expiry:"), m_aheadMinutes, "aheadMinutesHint",
             tr("Or this long before it expires, if that is earlier (at most half the lifetime)."));
    m_example->setObjectName(QStringLiteral("refreshExample"));
    m_example->setWordWrap(true);
    aheadForm->addRow(m_example);

    auto *failure = new QGroupBox(tr("After a failed refresh"), this);
    auto *failureForm = new QFormLayout(failure);
    addField(failureForm, tr("Backoff &base:"), m_baseSeconds, "backoffBaseHint",
             tr("The first retry comes at a random moment within this time (1 s at least)."));
    addField(failureForm, tr("Backoff &cap:"), m_maxMinutes, "backoffMaxHint",
             tr("Each wait doubles up to this cap, which bounds a provider's Retry-After too."));
    addField(failureForm, tr("&Give up after:"), m_giveUpDays, "giveUpHint",
             tr("Failing this long marks the connection exhausted: someone must reconnect it."));

    // Both groups' fields start in one column.
    int labelWidth = 0;
    for (QFormLayout *form : {aheadForm, failureForm}) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>()) {
            if (QWidget *label = form->labelForField(spin))
                labelWidth = std::max(labelWidth, label->sizeHint().width());
        }
    }
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>()) {
        for (QFormLayout *form : {aheadForm, failureForm}) {
            if (QWidget *label = form->labelForField(spin))
                label->setMinimumWidth(labelWidth);
        }
    }

    m_error->setObjectName(QStringLiteral("refreshPolicyError"));
    m_error->setAccessibleName(tr("Why the refresh policy cannot be saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("#refreshPolicyError { color: #b3261e; }"));
    m_error->hide();

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Save"));
    ok->setObjectName(QStringLiteral("saveRefreshPolicyButton"));
    ok->setAccessibleName(tr("Save the refresh policy"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRefreshPolicyButton"));
    cancel->setAccessibleName(tr("Close without saving"));
    QPushButton *defaults = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setText(tr("&Restore defaults"));
    defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    defaults->setAccessibleName(tr("Put Keyward's default refresh policy in the form"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RefreshPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(defaults, &QPushButton::clicked, this, &RefreshPolicyDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(ahead);
    layout->addWidget(failure);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    showSettings(current);
    for (const QDoubleSpinBox *spin : {m_aheadPercent, m_aheadMinutes, m_baseSeconds, m_maxMinutes, m_giveUpDays}) {
        m_shown.append(spin->value());
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            updateExample();
            m_error->hide();
        });
    }
    updateExample();
    // Room for the error sentence, so showing it does not squeeze the form.
    resize(sizeHint().width(), sizeHint().height() + 2 * fontMetrics().lineSpacing());
}

void RefreshPolicyDialog::showSettings(const Connections::RefreshSettings &settings)
{
    m_aheadPercent->setValue(settings.aheadFraction * 100);
    m_aheadMinutes->setValue(static_cast<double>(settings.aheadMinMs) / kMinute);
    m_baseSeconds->setValue(static_cast<double>(settings.baseDelayMs) / kSecond);
    m_maxMinutes->setValue(static_cast<double>(settings.maxDelayMs) / kMinute);
    m_giveUpDays->setValue(static_cast<double>(settings.giveUpMs) / kDay);
}

void RefreshPolicyDialog::restoreDefaults()
{
    showSettings(Connections::RefreshSettings {});
}

Connections::RefreshSettings RefreshPolicyDialog::settings() const
{
    Connections::RefreshSettings settings = m_current;
    const auto edited = [this](Field field, const QDoubleSpinBox *spin) {
        return spin->value() != m_shown[field];
    };
    if (edited(AheadPercent, m_aheadPercent))
        settings.aheadFraction = m_aheadPercent->value() / 100;
    if (edited(AheadMinutes, m_aheadMinutes))
        settings.aheadMinMs = std::llround(m_aheadMinutes->value() * kMinute);
    if (edited(BaseSeconds, m_baseSeconds))
        settings.baseDelayMs = std::llround(m_baseSeconds->value() * kSecond);
    if (edited(MaxMinutes, m_maxMinutes))
        settings.maxDelayMs = std::llround(m_maxMinutes->value() * kMinute);
    if (edited(GiveUpDays, m_giveUpDays))
        settings.giveUpMs = std::llround(m_giveUpDays->value() * kDay);
    return settings;
}

QString RefreshPolicyDialog::formProblem() const
{
    // The rules of ConnectionService::configureRefresh, said field by field.
    const Connections::RefreshSettings s = settings();
    if (s.aheadFraction < 0 || s.aheadFraction > 0.9)
        return tr("Refresh when 0 to 90 % of the lifetime remains: a token refreshed earlier would be refreshed "
                  "almost all the time.");
    if (s.aheadMinMs < 0)
        return tr("The minutes before expiry cannot be negative.");
    if (s.baseDelayMs < 1000)
        return tr("The backoff base must be at least 1 second.");
    if (s.maxDelayMs < s.baseDelayMs)
        return tr("The backoff cap (%1) is shorter than the backoff base (%2): make the cap at least as long.")
            .arg(durationText(s.maxDelayMs), durationText(s.baseDelayMs));
    if (s.giveUpMs < 60'000)
        return tr("The give-up window must be at least a minute.");
    return {};
}

void RefreshPolicyDialog::accept()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void RefreshPolicyDialog::updateExample()
{
    const Connections::RefreshSettings s = settings();
    const auto ahead = [&s](qint64 lifetime) {
        return lifetime - Connections::refreshDueMs(0, lifetime, s);
    };
    m_example->setText(tr("With this policy a token that lives 1 hour is refreshed %1 before it expires, one that "
                          "lives 1 day %2 before.")
                           .arg(durationText(ahead(3'600'000)), durationText(ahead(86'400'000))));
}

} // namespace Keyward::Ui

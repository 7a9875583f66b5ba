#include "AuditFilterBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

namespace Keyward::Ui {

namespace {

constexpr int kTypingDelayMs = 300;

QComboBox *editableChoice(const QString &anyText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(anyText);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setMinimumContentsLength(14);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_actor(editableChoice(tr("Any actor"), this))
    , m_action(editableChoice(tr("Any action"), this))
    , m_target(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_clear(new QPushButton(tr("C&lear filters"), this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_period->setObjectName(QStringLiteral("auditPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Any time"), AnyTime);
    m_period->addItem(tr("Last hour"), LastHour);
    m_period->addItem(tr("Last 24 hours"), LastDay);
    m_period->addItem(tr("Last 7 days"), LastWeek);
    m_period->addItem(tr("Last 30 days"), LastMonth);
    m_period->addItem(tr("Custom range"), Custom);

    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From (UTC, inclusive)"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("Until (UTC, exclusive)"));

    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setAccessibleName(tr("Actor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action; end with * for a prefix, like webhook.*"));
    m_target->setObjectName(QStringLiteral("auditTarget"));
    m_target->setAccessibleName(tr("Target; end with * for a prefix, like connection:*"));
    m_target->setPlaceholderText(tr("Any target"));
    m_target->setClearButtonEnabled(true);
    m_outcome->setObjectName(QStringLiteral("auditOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    m_outcome->addItem(tr("Success"), QStringLiteral("success"));
    m_outcome->addItem(tr("Failure"), QStringLiteral("failure"));
    m_outcome->addItem(tr("Denied"), QStringLiteral("denied"));
    m_text->setObjectName(QStringLiteral("auditSearch"));
    m_text->setAccessibleName(tr("Words to find in the details"));
    m_text->setPlaceholderText(tr("Search details (all words; end a word with * for a prefix)"));
    m_text->setClearButtonEnabled(true);
    m_clear->setObjectName(QStringLiteral("clearAuditFilters"));
    m_clear->setAccessibleName(tr("Clear all audit filters"));

    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_text);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel, 0, 0);
    layout->addWidget(m_period, 0, 1);
    layout->addWidget(m_from, 0, 2);
    layout->addWidget(m_to, 0, 3);
    layout->addWidget(m_actor, 0, 4);
    layout->addWidget(m_action, 0, 5);
    layout->addWidget(m_target, 0, 6);
    layout->addWidget(m_outcome, 0, 7);
    layout->addWidget(searchLabel, 1, 0);
    layout->addWidget(m_text, 1, 1, 1, 6);
    layout->addWidget(m_clear, 1, 7);
    layout->setColumnStretch(6, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &AuditFilterBar::emitNow);
    auto typed = [this] {
        if (!m_silent)
            m_typing->start();
    };
    auto chosen = [this] {
        if (!m_silent)
            emitNow();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, &AuditFilterBar::periodChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, typed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, typed);
    connect(m_actor, &QComboBox::currentTextChanged, this, typed);
    connect(m_action, &QComboBox::currentTextChanged, this, typed);
    connect(m_actor, &QComboBox::activated, this, chosen);
    connect(m_action, &QComboBox::activated, this, chosen);
    connect(m_target, &QLineEdit::textChanged, this, typed);
    connect(m_text, &QLineEdit::textChanged, this, typed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
}

void AuditFilterBar::periodChanged()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    if (custom && !m_from->isVisible()) {
        // Start from the last day, which a user narrows or widens.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(now.addDays(-1));
        m_to->setDateTime(now.addSecs(60));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (!m_silent)
        emitNow();
}

Audit::AuditFilter AuditFilterBar::filter() const
{
    Audit::AuditFilter filter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period->currentData().toInt()) {
    case LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case LastDay:
        filter.from = now.addDays(-1);
        break;
    case LastWeek:
        filter.from = now.addDays(-7);
        break;
    case LastMonth:
        filter.from = now.addDays(-30);
        break;
    case Custom:
        filter.from = m_from->dateTime();
        filter.to = m_to->dateTime();
        break;
    default:
        break;
    }
    filter.actor = m_actor->currentText().trimmed();
    filter.action = m_action->currentText().trimmed();
    filter.target = m_target->text().trimmed();
    filter.outcome = m_outcome->currentData().toString();
    filter.text = m_text->text().trimmed();
    return filter;
}

void AuditFilterBar::setFilter(const Audit::AuditFilter &filter)
{
    m_silent = true;
    const bool range = filter.from.isValid() || filter.to.isValid();
    m_period->setCurrentIndex(m_period->findData(range ? Custom : AnyTime));
    if (range) {
        m_from->setDateTime(filter.from.isValid() ? filter.from : QDateTime(QDate(2000, 1, 1), {}, Qt::UTC));
        m_to->setDateTime(filter.to.isValid() ? filter.to : QDateTime::currentDateTimeUtc().addDays(1));
    }
    m_actor->setCurrentText(filter.actor);
    m_action->setCurrentText(filter.action);
    m_target->setText(filter.target);
    const int outcome = m_outcome->findData(filter.outcome);
    m_outcome->setCurrentIndex(outcome >= 0 ? outcome : 0);
    m_text->setText(filter.text);
    m_silent = false;
    emitNow();
}

void AuditFilterBar::setChoices(const QStringList &actors, const QStringList &actions)
{
    m_silent = true;
    for (auto [combo, items] : {std::pair {m_actor, actors}, std::pair {m_action, actions}}) {
        const QString current = combo->currentText();
        combo->clear();
        combo->addItems(items);
        combo->setCurrentText(current);
    }
    m_silent = false;
}

void AuditFilterBar::emitNow()
{
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}

} // namespace Keyward::Ui

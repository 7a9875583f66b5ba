#include "JobsPage.h"

#include "common/DialogHooks.h"
#include "common/LogTable.h"
#include "common/MessageBar.h"
#include "engine/ProfileSession.h"
#include "itemmodels/JobTableModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Keyward::Ui {

namespace {

// Which jobs each action can change; the counts shown before confirming only include these.
bool eligible(Jobs::JobState state, bool retry)
{
    using S = Jobs::JobState;
    if (retry)
        return state == S::Dead || state == S::Retrying || state == S::Scheduled;
    return state == S::Dead || state == S::Pending || state == S::Scheduled || state == S::Retrying;
}

QString stateLabel(Jobs::JobState state)
{
    switch (state) {
    case Jobs::JobState::Pending:
        return JobsPage::tr("pending");
    case Jobs::JobState::Scheduled:
        return JobsPage::tr("scheduled");
    case Jobs::JobState::Running:
        return JobsPage::tr("running");
    case Jobs::JobState::Retrying:
        return JobsPage::tr("retrying");
    case Jobs::JobState::Dead:
        return JobsPage::tr("dead");
    case Jobs::JobState::Done:
        return JobsPage::tr("done");
    case Jobs::JobState::Discarded:
        return JobsPage::tr("discarded");
    }
    return {};
}

QString formatTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

JobsPage::JobsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_model(new ItemModels::JobTableModel(session->host(), this))
    , m_stats(new QTableWidget(3, 8, this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_retrySelected(new QPushButton(tr("&Retry selected"), this))
    , m_discardSelected(new QPushButton(tr("&Discard selected"), this))
    , m_retryFilter(new QPushButton(tr("Retry &all matching…"), this))
    , m_discardFilter(new QPushButton(tr("Discard all &matching…"), this))
    , m_autoRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Jobs")), this);

    m_stats->setObjectName(QStringLiteral("queueStats"));
    m_stats->setAccessibleName(tr("Queue figures"));
    m_stats->setHorizontalHeaderLabels({tr("Waiting"), tr("Due"), tr("Running"), tr("Dead"), tr("Oldest wait"),
                                        tr("Processed"), tr("Failed"), tr("Retried")});
    m_stats->setVerticalHeaderLabels({tr("critical"), tr("default"), tr("low")});
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stats->setSelectionMode(QAbstractItemView::NoSelection);
    m_stats->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stats->setFixedHeight(m_stats->horizontalHeader()->sizeHint().height()
                            + 3 * m_stats->verticalHeader()->defaultSectionSize() + 4);

    m_filter->setObjectName(QStringLiteral("stateFilter"));
    m_filter->setAccessibleName(tr("Show jobs in state"));
    m_filter->addItem(tr("All states"), QString());
    for (const Jobs::JobState state :
         {Jobs::JobState::Dead, Jobs::JobState::Retrying, Jobs::JobState::Running, Jobs::JobState::Pending,
          Jobs::JobState::Scheduled, Jobs::JobState::Done, Jobs::JobState::Discarded})
        m_filter->addItem(stateLabel(state), Jobs::stateName(state));

    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setAccessibleName(tr("Jobs, newest first"));
    setUpLogTable(m_table, m_model, QAbstractItemView::ExtendedSelection);
    m_table->setColumnWidth(ItemModels::JobTableModel::Id, 60);
    m_table->setColumnWidth(ItemModels::JobTableModel::State, 90);
    m_table->setColumnWidth(ItemModels::JobTableModel::Queue, 80);
    m_table->setColumnWidth(ItemModels::JobTableModel::Type, 170);
    m_table->setColumnWidth(ItemModels::JobTableModel::Attempts, 70);
    m_table->setColumnWidth(ItemModels::JobTableModel::When, 170);

    m_details->setObjectName(QStringLiteral("jobDetails"));
    m_details->setAccessibleName(tr("Attempts of the selected job"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a job to see its arguments and every attempt."));

    m_retrySelected->setObjectName(QStringLiteral("retrySelectedButton"));
    m_discardSelected->setObjectName(QStringLiteral("discardSelectedButton"));
    m_retryFilter->setObjectName(QStringLiteral("retryFilterButton"));
    m_discardFilter->setObjectName(QStringLiteral("discardFilterButton"));
    m_retrySelected->setAccessibleName(tr("Retry the selected jobs now"));
    m_discardSelected->setAccessibleName(tr("Discard the selected jobs"));
    m_retryFilter->setAccessibleName(tr("Retry every job the filter matches"));
    m_discardFilter->setAccessibleName(tr("Discard every job the filter matches"));
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshJobsButton"));
    refreshButton->setAccessibleName(tr("Reload the jobs"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refreshButton);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("S&tate:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    filterRow->addWidget(m_retrySelected);
    filterRow->addWidget(m_discardSelected);
    filterRow->addWidget(m_retryFilter);
    filterRow->addWidget(m_discardFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stats);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);

    // While the page is visible it follows the queue; failures and retries show up without a click.
    m_autoRefresh->setInterval(2000);
    connect(m_autoRefresh, &QTimer::timeout, this, &JobsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &JobsPage::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_filter->currentData().toString();
        m_model->setStateFilter(name.isEmpty() ? std::nullopt : Jobs::stateFromName(name));
        loadStats();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::updateButtons);
    connect(m_model, &ItemModels::JobTableModel::loadFailed, this,
            [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_retrySelected, &QPushButton::clicked, this, [this] { act(Action::Retry, Scope::Selection); });
    connect(m_discardSelected, &QPushButton::clicked, this, [this] { act(Action::Discard, Scope::Selection); });
    connect(m_retryFilter, &QPushButton::clicked, this, [this] { act(Action::Retry, Scope::Filter); });
    connect(m_discardFilter, &QPushButton::clicked, this, [this] { act(Action::Discard, Scope::Filter); });
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open)
            applyPermissions(); // someone else may have signed in
    });
    updateButtons();
    applyPermissions();
}

void JobsPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool manage = m_session->allows(Access::Permission::JobsManage);
    for (QPushButton *button : {m_retrySelected, m_discardSelected, m_retryFilter, m_discardFilter})
        button->setVisible(manage);
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_autoRefresh->start();
}

void JobsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_autoRefresh->stop();
}

void JobsPage::refresh()
{
    m_model->reload();
    loadStats();
}

void JobsPage::loadStats()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Jobs::QueueStats>> {
            if (!engine)
                return QList<Jobs::QueueStats>();
            return engine->jobs().stats(QDateTime::currentMSecsSinceEpoch());
        },
        [this](const Result<QList<Jobs::QueueStats>> &stats) {
            if (!stats.ok())
                return;
            for (const Jobs::QueueStats &q : stats.value()) {
                const int row = static_cast<int>(q.queue);
                const QStringList cells {QString::number(q.waiting),
                                         QString::number(q.due),
                                         QString::number(q.running),
                                         QString::number(q.dead),
                                         q.latencyMs > 0 ? tr("%1 s").arg(q.latencyMs / 1000.0, 0, 'f', 1) : QString(),
                                         QString::number(q.processed),
                                         QString::number(q.failed),
                                         QString::number(q.retried)};
                for (int column = 0; column < cells.size(); ++column)
                    m_stats->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        });
}

void JobsPage::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_retrySelected->setEnabled(any);
    m_discardSelected->setEnabled(any);
    m_retryFilter->setEnabled(m_model->rowCount() > 0);
    m_discardFilter->setEnabled(m_model->rowCount() > 0);
}

void JobsPage::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_details->clear();
        return;
    }
    const qint64 id = m_model->job(rows.first().row()).id;
    m_session->host()->call(
        this,
        [id](Engine::EngineHost::Slot &engine) -> Result<Jobs::Job> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->jobs().find(id);
        },
        [this](const Result<Jobs::Job> &job) {
            if (!job.ok()) {
                m_details->setPlainText(job.error().userMessage);
                return;
            }
            QString text = tr("Job %1 · %2 · queue %3 · %4\nArguments: %5\n")
                               .arg(job->id)
                               .arg(job->type, Jobs::queueName(job->queue), stateLabel(job->state),
                                    QString::fromUtf8(
                                        QJsonDocument(Jobs::redactedArgs(job->args)).toJson(QJsonDocument::Compact)));
            if (job->state == Jobs::JobState::Retrying || job->state == Jobs::JobState::Scheduled)
                text += tr("Next attempt: %1\n").arg(formatTime(job->runAtMs));
            for (const Jobs::JobAttempt &a : job->attempts) {
                text += tr("\nAttempt %1: %2, started %3, %4 ms")
                            .arg(a.attempt)
                            .arg(a.outcome.isEmpty() ? tr("running") : a.outcome, formatTime(a.startedMs))
                            .arg(a.finishedMs > 0 ? a.finishedMs - a.startedMs : 0);
                if (!a.error.isEmpty())
                    text += QStringLiteral("\n    ") + a.error;
            }
            m_details->setPlainText(text);
        });
}

void JobsPage::act(Action action, Scope scope)
{
    const bool retry = action == Action::Retry;
    QList<qint64> selected;
    if (scope == Scope::Selection) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            selected.append(m_model->job(index.row()).id);
    }
    const std::optional<Jobs::JobState> filter = m_model->stateFilter();
    const QString filterText = m_filter->currentText();
    // Count on the engine thread what the action would really touch: for a filter, every matching job in the
    // store (not just the rows loaded here); for a selection, the selected jobs that can change.
    m_session->host()->call(
        this,
        [selected, filter, scope, retry](Engine::EngineHost::Slot &engine) -> Result<QList<qint64>> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            QList<qint64> ids;
            if (scope == Scope::Filter) {
                auto jobs = engine->jobs().list(filter, std::numeric_limits<int>::max());
                if (!jobs.ok())
                    return jobs.error();
                for (const Jobs::Job &job : jobs.value()) {
                    if (eligible(job.state, retry))
                        ids.append(job.id);
                }
                return ids;
            }
            for (const qint64 id : selected) {
                auto job = engine->jobs().find(id);
                if (job.ok() && eligible(job->state, retry))
                    ids.append(id);
            }
            return ids;
        },
        [this, retry, scope, filterText](const Result<QList<qint64>> &ids) {
            if (!ids.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, ids.error().userMessage);
                return;
            }
            if (ids->isEmpty()) {
                m_messages->showMessage(MessageBar::Kind::Information,
                                        retry ? tr("None of these jobs can be retried (running or finished jobs "
                                                   "stay as they are).")
                                              : tr("None of these jobs can be discarded (running or finished jobs "
                                                   "stay as they are)."));
                return;
            }
            const int count = static_cast<int>(ids->size());
            const QString where
                = scope == Scope::Filter ? tr("every job matching \"%1\"").arg(filterText) : tr("the selected jobs");
            const QString question = retry
                ? tr("Retry %n job(s) now (%1)?", nullptr, count).arg(where)
                : tr("Discard %n job(s) (%1)? Discarded jobs do not run again.", nullptr, count).arg(where);
            if (!DialogHooks::confirm(this, retry ? tr("Retry jobs") : tr("Discard jobs"), question,
                                      retry ? tr("Retry") : tr("Discard")))
                return;
            const QList<qint64> chosen = ids.value();
            m_session->host()->call(
                this,
                [chosen, retry](Engine::EngineHost::Slot &engine) -> Result<QList<qint64>> {
                    if (!engine)
                        return Error {ErrorCode::NotFound, tr("No profile is open.")};
                    return retry ? engine->retryJobs(chosen) : engine->discardJobs(chosen);
                },
                [this, retry](const Result<QList<qint64>> &changed) {
                    if (!changed.ok()) {
                        m_messages->showMessage(MessageBar::Kind::Error, changed.error().userMessage);
                    } else {
                        const int n = static_cast<int>(changed->size());
                        m_messages->showMessage(MessageBar::Kind::Success,
                                                retry ? tr("%n job(s) will run again now.", nullptr, n)
                                                      : tr("%n job(s) discarded.", nullptr, n));
                    }
                    refresh();
                    Q_EMIT storeChanged();
                });
        });
}

} // namespace Keyward::Ui

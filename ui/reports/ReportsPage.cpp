#include "ReportsPage.h"

#include "ReportPreview.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "engine/ProfileSession.h"
#include "reports/ReportService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

constexpr int kPreviewRows = 200;

QString description(Reports::ReportType type)
{
    switch (type) {
    case Reports::ReportType::Inventory:
        return ReportsPage::tr("Every connection with its app, subject, scopes, when it was created and last "
                               "refreshed, when its token expires, and its health.");
    case Reports::ReportType::AccessReview:
        return ReportsPage::tr("Who can do what in Keyward (users, roles, API tokens) and which provider scopes each "
                               "connection holds, broad scopes flagged.");
    case Reports::ReportType::RotationAge:
        return ReportsPage::tr("The age of client secrets, webhook secrets, the token key, the database key and the "
                               "audit checkpoint key against a maximum age.");
    case Reports::ReportType::Failures:
        return ReportsPage::tr("Failed refreshes and other failures recorded in the period, and the jobs that died.");
    case Reports::ReportType::Integrity:
        return ReportsPage::tr("Verifies the audit chain, its signed checkpoints and the database file, and attests "
                               "the result with the checkpoints of the period.");
    }
    return {};
}

} // namespace

ReportsPage::ReportsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_type(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_maxAge(new QSpinBox(this))
    , m_maxAgeLabel(new QLabel(tr("Maximum &age (days):"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_save(new QPushButton(tr("&Save as…"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_output(new QTextBrowser(this))
    , m_schedules(new QTableWidget(0, 6, this))
    , m_addSchedule(new QPushButton(tr("A&dd schedule…"), this))
    , m_removeSchedule(new QPushButton(tr("Re&move schedule"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Compliance reports")), this);
    m_type->setObjectName(QStringLiteral("reportType"));
    m_type->setAccessibleName(tr("Report type"));
    for (Reports::ReportType type : Reports::allReportTypes())
        m_type->addItem(Reports::reportTitle(type), static_cast<int>(type));
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("First day of the period (UTC)"));
    m_from->setDate(today.addDays(-30));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("Last day of the period (UTC, included)"));
    m_to->setDate(today);
    m_maxAge->setObjectName(QStringLiteral("reportMaxAge"));
    m_maxAge->setRange(1, 3650);
    m_maxAge->setValue(90);
    m_maxAgeLabel->setBuddy(m_maxAge);
    m_preview->setObjectName(QStringLiteral("previewReportButton"));
    m_preview->setAccessibleName(tr("Preview the report in the window"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAccessibleName(tr("Save the report as PDF, CSV or JSON"));
    m_cancel->setObjectName(QStringLiteral("cancelReportButton"));
    m_cancel->setAccessibleName(tr("Cancel the report being generated"));
    m_cancel->setVisible(false);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_output->setObjectName(QStringLiteral("reportPreview"));
    m_output->setAccessibleName(tr("Report preview"));
    m_output->setPlaceholderText(tr("Pick a report and a period, then Preview or Save as…"));

    auto *form = new QFormLayout;
    auto *typeLabel = new QLabel(tr("&Report:"), this);
    typeLabel->setBuddy(m_type);
    auto *typeColumn = new QVBoxLayout;
    typeColumn->setSpacing(2);
    typeColumn->addWidget(m_type);
    typeColumn->addWidget(m_description);
    form->addRow(typeLabel, typeColumn);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto *periodLabel = new QLabel(tr("P&eriod (UTC):"), this);
    periodLabel->setBuddy(m_from);
    form->addRow(periodLabel, period);
    form->addRow(m_maxAgeLabel, m_maxAge);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(); // while nothing runs, the buttons keep their size

    auto *schedules = new QGroupBox(tr("Scheduled reports"), this);
    schedules->setObjectName(QStringLiteral("reportSchedulesGroup"));
    m_schedules->setObjectName(QStringLiteral("reportSchedules"));
    m_schedules->setAccessibleName(tr("Scheduled reports"));
    m_schedules->setHorizontalHeaderLabels(
        {tr("Name"), tr("Report"), tr("Format"), tr("When (cron, UTC)"), tr("Folder"), tr("Next run")});
    m_schedules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_schedules->horizontalHeader()->setStretchLastSection(true);
    m_schedules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_schedules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schedules->verticalHeader()->setVisible(false);
    m_schedules->setMaximumHeight(110);
    schedules->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_addSchedule->setObjectName(QStringLiteral("addScheduleButton"));
    m_removeSchedule->setObjectName(QStringLiteral("removeScheduleButton"));
    auto *scheduleButtons = new QVBoxLayout;
    scheduleButtons->addWidget(m_addSchedule);
    scheduleButtons->addWidget(m_removeSchedule);
    scheduleButtons->addStretch();
    auto *scheduleLayout = new QHBoxLayout(schedules);
    scheduleLayout->addWidget(m_schedules, 1);
    scheduleLayout->addLayout(scheduleButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_output, 1);
    layout->addWidget(schedules);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_work)
            m_progress->setValue(m_work->percent.load());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReportsPage::updateType);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_save, &QPushButton::clicked, this, &ReportsPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_addSchedule, &QPushButton::clicked, this, &ReportsPage::addSchedule);
    connect(m_removeSchedule, &QPushButton::clicked, this, &ReportsPage::removeSchedule);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open) {
            applyPermissions();
            reloadSchedules();
        }
    });
    updateType();
    applyPermissions();
}

void ReportsPage::applyPermissions()
{
    const bool schedule = m_session->allows(Access::Permission::ReportsSchedule);
    m_addSchedule->setVisible(schedule);
    m_removeSchedule->setVisible(schedule);
}

void ReportsPage::updateType()
{
    const auto type = static_cast<Reports::ReportType>(m_type->currentData().toInt());
    m_description->setText(description(type));
    m_maxAge->setVisible(type == Reports::ReportType::RotationAge);
    m_maxAgeLabel->setVisible(type == Reports::ReportType::RotationAge);
}

Reports::ReportRequest ReportsPage::request() const
{
    Reports::ReportRequest request;
    request.type = static_cast<Reports::ReportType>(m_type->currentData().toInt());
    request.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    request.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC); // the last day included
    request.maxAgeDays = m_maxAge->value();
    return request;
}

std::shared_ptr<ReportsPage::Work> ReportsPage::begin(const QString &what)
{
    m_work = std::make_shared<Work>();
    m_preview->setEnabled(false);
    m_save->setEnabled(false);
    m_cancel->setVisible(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(what);
    m_poll->start();
    return m_work;
}

void ReportsPage::end()
{
    m_poll->stop();
    m_work.reset();
    m_preview->setEnabled(true);
    m_save->setEnabled(true);
    m_cancel->setVisible(false);
    m_progress->setVisible(false);
}

void ReportsPage::cancel()
{
    if (m_work) {
        m_work->cancelled = true;
        m_status->setText(tr("Cancelling…"));
    }
}

void ReportsPage::preview()
{
    const Reports::ReportRequest request = this->request();
    auto work = begin(tr("Gathering the %1 report…").arg(Reports::reportTitle(request.type)));
    m_session->host()->call(
        this,
        [request, work](Engine::EngineHost::Slot &engine) -> Result<Reports::Report> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return Reports::ReportService(*engine).preview(request, [work](int percent) {
                work->percent = percent;
                return !work->cancelled.load();
            });
        },
        [this](const Result<Reports::Report> &report) {
            end();
            if (!report.ok()) {
                m_status->setText(report.error().userMessage);
                Q_EMIT finished(false);
                return;
            }
            m_output->setHtml(reportHtml(report.value(), kPreviewRows));
            m_status->setText(tr("Preview of the %1 report: %2 rows. Save as… writes all of them.")
                                  .arg(report->title)
                                  .arg(report->rowCount()));
            Q_EMIT finished(true);
        });
}

void ReportsPage::save()
{
    const Reports::ReportRequest request = this->request();
    const QString suggested
        = QDir::home().filePath(QStringLiteral("%1-%2-%3.pdf")
                                    .arg(m_session->location().name(), Reports::reportTypeName(request.type),
                                         m_to->date().toString(Qt::ISODate)));
    const QString path = DialogHooks::saveFileName(this, tr("Save the report"), suggested,
                                                   tr("PDF (*.pdf);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Reports::Format format = Reports::formatFromName(QFileInfo(path).suffix()).value_or(Reports::Format::Pdf);
    auto work = begin(tr("Writing the %1 report to %2…").arg(Reports::reportTitle(request.type), path));
    m_session->host()->call(
        this,
        [request, work, path, format](Engine::EngineHost::Slot &engine) -> Result<Reports::Generated> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            // Through a QSaveFile inside: a failed or cancelled report leaves nothing behind.
            return Reports::ReportService(*engine).generateFile(request, format, path, [work](int percent) {
                work->percent = percent;
                return !work->cancelled.load();
            });
        },
        [this, path](const Result<Reports::Generated> &generated) {
            end();
            if (!generated.ok()) {
                m_status->setText(generated.error().userMessage);
                if (generated.error().code != ErrorCode::Cancelled)
                    m_messages->showMessage(MessageBar::Kind::Error, generated.error().userMessage);
                Q_EMIT finished(false);
                return;
            }
            m_status->clear();
            m_messages->showMessage(
                MessageBar::Kind::Success,
                tr("Saved the report (%1 rows) to %2. Its SHA-256, %3, is in the audit log.")
                    .arg(generated->rows)
                    .arg(QDir::toNativeSeparators(path), QString::fromLatin1(generated->sha256.toHex())));
            Q_EMIT finished(true);
        });
}

void ReportsPage::reloadSchedules()
{
    if (!m_session->allows(Access::Permission::ReportsGenerate))
        return;
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Reports::ReportSchedule>> {
            if (!engine)
                return QList<Reports::ReportSchedule>();
            return Reports::ReportService(*engine).schedules();
        },
        [this](const Result<QList<Reports::ReportSchedule>> &schedules) {
            if (!schedules.ok()) {
                m_status->setText(schedules.error().userMessage);
                return;
            }
            m_schedules->setRowCount(static_cast<int>(schedules->size()));
            for (int row = 0; row < schedules->size(); ++row) {
                const Reports::ReportSchedule &schedule = schedules->at(row);
                const QJsonObject json = schedule.toJson();
                const QStringList cells {schedule.name,
                                         Reports::reportTitle(schedule.type),
                                         Reports::formatName(schedule.format).toUpper(),
                                         schedule.cron,
                                         QDir::toNativeSeparators(schedule.folder),
                                         json.value(QLatin1String("next_run")).toString()};
                for (int column = 0; column < cells.size(); ++column)
                    m_schedules->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        });
}

void ReportsPage::addSchedule()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("scheduleDialog"));
    dialog.setWindowTitle(tr("Schedule a report"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("scheduleName"));
    name->setPlaceholderText(tr("weekly-inventory"));
    auto *type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("scheduleType"));
    for (Reports::ReportType t : Reports::allReportTypes())
        type->addItem(Reports::reportTitle(t), static_cast<int>(t));
    type->setCurrentIndex(m_type->currentIndex());
    auto *format = new QComboBox(&dialog);
    format->setObjectName(QStringLiteral("scheduleFormat"));
    for (Reports::Format f : {Reports::Format::Pdf, Reports::Format::Csv, Reports::Format::Json})
        format->addItem(Reports::formatName(f).toUpper(), static_cast<int>(f));
    auto *cron = new QLineEdit(QStringLiteral("0 6 * * 1"), &dialog);
    cron->setObjectName(QStringLiteral("scheduleCron"));
    cron->setToolTip(tr("Minute, hour, day of month, month, day of week (UTC): \"0 6 * * 1\" is Mondays at 06:00."));
    auto *folder = new QLineEdit(&dialog);
    folder->setObjectName(QStringLiteral("scheduleFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(&dialog, tr("Folder for the reports"));
        if (!chosen.isEmpty())
            folder->setText(chosen);
    });
    auto *days = new QSpinBox(&dialog);
    days->setObjectName(QStringLiteral("scheduleDays"));
    days->setRange(1, 3660);
    days->setValue(7);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("scheduleError"));
    error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    error->setWordWrap(true);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Report:"), type);
    form->addRow(tr("&Format:"), format);
    form->addRow(tr("&When (cron, UTC):"), cron);
    auto *folderLabel = new QLabel(tr("F&older:"), &dialog);
    folderLabel->setBuddy(folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Days covered by each run:"), days);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Reports::ReportSchedule schedule;
        schedule.name = name->text().trimmed();
        schedule.type = static_cast<Reports::ReportType>(type->currentData().toInt());
        schedule.format = static_cast<Reports::Format>(format->currentData().toInt());
        schedule.cron = cron->text().trimmed();
        schedule.folder = folder->text().trimmed();
        schedule.periodDays = days->value();
        buttons->setEnabled(false);
        QPointer<QDialog> open(&dialog);
        m_session->host()->call(
            this,
            [schedule](Engine::EngineHost::Slot &engine) -> Result<bool> {
                if (!engine)
                    return Error {ErrorCode::NotFound, tr("No profile is open.")};
                KW_TRY(Reports::ReportService(*engine).schedule(schedule));
                return true;
            },
            [this, open, buttons, error](const Result<bool> &added) {
                if (!open) { // closed while the schedule was being saved: the table still shows the outcome
                    reloadSchedules();
                    return;
                }
                buttons->setEnabled(true);
                if (added.ok())
                    open->accept();
                else
                    error->setText(added.error().userMessage);
            });
    });
    if (dialog.exec() == QDialog::Accepted) {
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("Scheduled \"%1\". The console and keyward-cli serve run it while they run the "
                                   "background workers.")
                                    .arg(name->text().trimmed()));
        reloadSchedules();
    }
}

void ReportsPage::removeSchedule()
{
    const int row = m_schedules->currentRow();
    if (row < 0 || !m_schedules->item(row, 0))
        return;
    const QString name = m_schedules->item(row, 0)->text();
    if (!DialogHooks::confirm(this, tr("Remove the schedule"),
                              tr("Stop generating \"%1\"? Reports already written stay in their folder.").arg(name),
                              tr("Remove")))
        return;
    m_session->host()->call(
        this,
        [name](Engine::EngineHost::Slot &engine) -> Result<bool> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            KW_TRY(Reports::ReportService(*engine).unschedule(name));
            return true;
        },
        [this, name](const Result<bool> &removed) {
            if (!removed.ok())
                m_messages->showMessage(MessageBar::Kind::Error, removed.error().userMessage);
            else
                m_messages->showMessage(MessageBar::Kind::Success, tr("Removed the schedule \"%1\".").arg(name));
            reloadSchedules();
        });
}

} // namespace Keyward::Ui

#include "AuditPage.h"

#include "AuditFilterBar.h"
#include "audit/EventChanges.h"
#include "common/DialogHooks.h"
#include "common/LogTable.h"
#include "common/MessageBar.h"
#include "engine/ProfileSession.h"
#include "itemmodels/AuditTableModel.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Runs `write` on a QSaveFile at `path` and puts the file in place only when it succeeded (on the engine thread).
template<typename T>
Result<T> writeFile(const QString &path, const std::function<Result<T>(QIODevice &, const QString &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorCode::Failure, AuditPage::tr("%1 cannot be written: %2").arg(path, file.errorString())};
    auto written = write(file, QFileInfo(path).absoluteFilePath());
    if (!written.ok())
        return written;
    if (!file.commit())
        return Error {ErrorCode::Failure, AuditPage::tr("%1 cannot be written: %2").arg(path, file.errorString())};
    return written;
}

} // namespace

AuditPage::AuditPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_model(new ItemModels::AuditTableModel(session->host(), this))
    , m_filters(new AuditFilterBar(this))
    , m_filterStatus(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_chainStatus(new QLabel(tr("The chain has not been verified in this session."), this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_exportMatching(new QPushButton(tr("Export &matching…"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit log")), this);
    m_chainStatus->setObjectName(QStringLiteral("chainStatus"));
    m_chainStatus->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setAccessibleName(tr("Verify the audit chain"));
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_export->setAccessibleName(tr("Export the whole audit log to a file for an auditor"));
    m_exportMatching->setObjectName(QStringLiteral("exportMatchingButton"));
    m_exportMatching->setAccessibleName(
        tr("Export the selected events, or every event that matches the filters, as JSON Lines or CSV"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAuditButton"));
    refresh->setAccessibleName(tr("Reload the audit log"));
    m_filterStatus->setObjectName(QStringLiteral("auditFilterStatus"));
    m_filterStatus->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events, newest first"));
    setUpLogTable(m_table, m_model, QAbstractItemView::ExtendedSelection);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Seq, 70);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Time, 180);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Actor, 130);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Action, 165);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Target, 180);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Details of the selected event"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select an event to see what it changed, its details and its hash."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refresh);
    header->addWidget(m_verify);
    header->addWidget(m_exportMatching);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_chainStatus);
    layout->addWidget(m_filters);
    layout->addWidget(m_filterStatus);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportLog);
    connect(m_exportMatching, &QPushButton::clicked, this, &AuditPage::exportMatching);
    connect(m_filters, &AuditFilterBar::filterChanged, this, [this](const Audit::AuditFilter &filter) {
        m_details->clear();
        m_model->setFilter(filter);
        showFilterStatus();
    });
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open)
            applyPermissions(); // someone else may have signed in
    });
    applyPermissions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &ItemModels::AuditTableModel::pageLoaded, this, &AuditPage::showFilterStatus);
    connect(m_model, &ItemModels::AuditTableModel::loadFailed, this, [this](const QString &message) {
        m_filterStatus->setText(tr("The events could not be loaded: %1").arg(message));
    });
}

void AuditPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool mayExport = m_session->allows(Access::Permission::AuditExport);
    m_export->setVisible(mayExport);
    m_exportMatching->setVisible(mayExport);
}

void AuditPage::reload()
{
    m_details->clear();
    m_model->reload();
    showFilterStatus();
    loadChoices();
}

void AuditPage::setFilter(const Audit::AuditFilter &filter)
{
    m_filters->setFilter(filter); // emits filterChanged, which reloads the model
}

void AuditPage::loadChoices()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<std::pair<QStringList, QStringList>> {
            if (!engine)
                return std::pair<QStringList, QStringList>();
            KW_TRY(engine->authorize(Access::Permission::AuditRead));
            Audit::AuditSearch search(engine->database());
            auto actors = search.actors();
            KW_TRY(actors);
            auto actions = search.actions();
            KW_TRY(actions);
            return std::pair {actors.value(), actions.value()};
        },
        [this](const Result<std::pair<QStringList, QStringList>> &choices) {
            if (choices.ok())
                m_filters->setChoices(choices->first, choices->second);
        });
}

void AuditPage::showFilterStatus()
{
    const Audit::AuditFilter &filter = m_model->filter();
    const int rows = m_model->rowCount();
    if (m_model->startSeq() > 0) {
        m_filterStatus->setText(tr("Events from #%1 (the first broken link) down; clear the filters to see the newest.")
                                    .arg(m_model->startSeq()));
        return;
    }
    const QString what = filter.isEmpty() ? tr("all events") : filter.describe();
    if (rows == 0 && m_model->isComplete())
        m_filterStatus->setText(tr("No event matches: %1.").arg(what));
    else if (m_model->isComplete())
        m_filterStatus->setText(tr("%n event(s) match: %1.", nullptr, rows).arg(what));
    else
        m_filterStatus->setText(
            tr("The newest %n event(s) of %1; scroll down for older ones.", nullptr, rows).arg(what));
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Audit::AuditEvent &event = m_model->event(current.row());
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(escaped(tr("Event #%1 · %2 · %3 %4 → %5")
                                        .arg(event.seq)
                                        .arg(event.time, event.action, event.target, event.outcome)),
                            escaped(tr("By %1 on %2").arg(event.actorUser, event.actorHost)));
    const QList<Audit::FieldChange> changes = Audit::changesIn(event.details);
    if (!changes.isEmpty()) {
        html
            += QStringLiteral("<p><b>%1</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                              "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(escaped(tr("What changed")), escaped(tr("Field")), escaped(tr("Before")), escaped(tr("After")));
        for (const Audit::FieldChange &change : changes) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(escaped(change.field.isEmpty() ? tr("(value)") : change.field),
                             escaped(change.before.isEmpty() ? tr("(none)") : change.before),
                             escaped(change.after.isEmpty() ? tr("(none)") : change.after));
        }
        html += QStringLiteral("</table>");
    }
    const QByteArray pretty = QJsonDocument::fromJson(event.details).toJson(QJsonDocument::Indented);
    html += QStringLiteral("<p><b>%1</b></p><pre>%2</pre><p>%3 <tt>%4</tt></p>")
                .arg(escaped(tr("Details")), escaped(QString::fromUtf8(pretty)), escaped(tr("Hash:")),
                     QString::fromLatin1(event.hash.toHex()));
    m_details->setHtml(html);
}

void AuditPage::verifyChain()
{
    m_verify->setEnabled(false);
    m_chainStatus->setText(tr("Verifying the audit chain…"));
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<Audit::VerifyReport> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->verifyAudit();
        },
        [this](const Result<Audit::VerifyReport> &report) {
            m_verify->setEnabled(true);
            if (!report.ok()) {
                m_chainStatus->setText(report.error().userMessage);
                Q_EMIT verificationFinished(false);
                return;
            }
            if (report->intact) {
                m_chainStatus->setStyleSheet({});
                m_chainStatus->setText(tr("✔ Verified up to event %1 at %2: %3 events, %4 signed checkpoints.")
                                           .arg(report->headSeq)
                                           .arg(report->headTime)
                                           .arg(report->eventsChecked)
                                           .arg(report->checkpointsChecked));
            } else {
                m_chainStatus->setStyleSheet(QStringLiteral("color: #b02a37; font-weight: bold;"));
                m_chainStatus->setText(
                    tr("✘ The chain is broken at event %1: %2").arg(report->brokenSeq).arg(report->problem));
                // The first broken link at the top of the table, selected.
                showBrokenLink(report->brokenSeq);
            }
            Q_EMIT verificationFinished(report->intact);
        });
}

void AuditPage::showBrokenLink(qint64 seq)
{
    m_filters->blockSignals(true);
    m_filters->setFilter({});
    m_filters->blockSignals(false);
    m_details->clear();
    m_model->showFrom(seq);
    auto *once = new QObject(this);
    connect(m_model, &ItemModels::AuditTableModel::pageLoaded, once, [this, once, seq] {
        once->deleteLater();
        if (m_model->rowCount() > 0 && m_model->event(0).seq == seq) {
            m_table->selectRow(0);
            m_table->scrollToTop();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, once, [once] { once->deleteLater(); });
}

void AuditPage::exportLog()
{
    const QString suggested
        = QDir::home().filePath(QStringLiteral("%1-audit-%2.jsonl")
                                    .arg(m_session->location().name(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path
        = DialogHooks::saveFileName(this, tr("Export the audit log"), suggested, tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Information, tr("Exporting the audit log…"));
    m_session->host()->call(
        this,
        [path](Engine::EngineHost::Slot &engine) -> Result<Audit::AuditExport::Summary> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return writeFile<Audit::AuditExport::Summary>(path, [&](QIODevice &out, const QString &destination) {
                return engine->exportAudit(out, destination);
            });
        },
        [this, path](const Result<Audit::AuditExport::Summary> &summary) {
            m_export->setEnabled(true);
            if (!summary.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, summary.error().userMessage);
            } else {
                m_messages->showMessage(MessageBar::Kind::Success,
                                        tr("Exported %1 events and %2 checkpoints (up to #%3) to %4. An auditor "
                                           "checks it with keyward-cli audit verify-export.")
                                            .arg(summary->events)
                                            .arg(summary->checkpoints)
                                            .arg(summary->headSeq)
                                            .arg(QDir::toNativeSeparators(path)));
            }
            reload(); // the export is itself an audit event
        });
}

void AuditPage::exportMatching()
{
    QList<qint64> seqs;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() > 1) {
        for (const QModelIndex &row : selected)
            seqs.append(m_model->event(row.row()).seq);
    }
    const Audit::AuditFilter filter = m_model->filter();
    const QString suggested
        = QDir::home().filePath(QStringLiteral("%1-audit-selection-%2.csv")
                                    .arg(m_session->location().name(), QDate::currentDate().toString(Qt::ISODate)));
    const QString title = seqs.isEmpty() ? tr("Export the events that match: %1").arg(filter.describe())
                                         : tr("Export %n selected event(s)", nullptr, int(seqs.size()));
    const QString path = DialogHooks::saveFileName(this, title, suggested, tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)
        ? Audit::AuditExport::SelectionFormat::JsonLines
        : Audit::AuditExport::SelectionFormat::Csv;
    m_exportMatching->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Information, tr("Exporting the events…"));
    m_session->host()->call(
        this,
        [path, filter, seqs, format](Engine::EngineHost::Slot &engine) -> Result<qint64> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return writeFile<qint64>(path, [&](QIODevice &out, const QString &destination) {
                return engine->exportAuditSelection(out, destination, filter, seqs, format);
            });
        },
        [this, path](const Result<qint64> &written) {
            m_exportMatching->setEnabled(true);
            if (!written.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, written.error().userMessage);
            } else {
                m_messages->showMessage(MessageBar::Kind::Success,
                                        tr("Exported %n event(s) to %1. Each carries its hash and the one before "
                                           "it, to match against a full export.",
                                           nullptr, int(written.value()))
                                            .arg(QDir::toNativeSeparators(path)));
            }
            m_model->reload(); // the export is itself an audit event
        });
}

} // namespace Keyward::Ui

#include "AuditPage.h"

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
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyward::Ui {

AuditPage::AuditPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_model(new ItemModels::AuditTableModel(session->host(), this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_chainStatus(new QLabel(tr("The chain has not been verified in this session."), this))
    , m_verify(new QPushButton(tr("&Verify chain"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit log")), this);
    m_chainStatus->setObjectName(QStringLiteral("chainStatus"));
    m_chainStatus->setWordWrap(true);
    m_verify->setObjectName(QStringLiteral("verifyChainButton"));
    m_verify->setAccessibleName(tr("Verify the audit chain"));
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_export->setAccessibleName(tr("Export the audit log to a file for an auditor"));
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAuditButton"));
    refresh->setAccessibleName(tr("Reload the audit log"));

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit events, newest first"));
    setUpLogTable(m_table, m_model, QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Seq, 60);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Time, 190);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Actor, 150);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Action, 140);
    m_table->setColumnWidth(ItemModels::AuditTableModel::Target, 200);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Details of the selected event"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its details and hash."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(refresh);
    header->addWidget(m_verify);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_chainStatus);
    layout->addWidget(splitter, 1);

    connect(refresh, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportLog);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open)
            applyPermissions(); // someone else may have signed in
    });
    applyPermissions();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &ItemModels::AuditTableModel::loadFailed, this,
            [this](const QString &message) { m_chainStatus->setText(message); });
}

void AuditPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    m_export->setVisible(m_session->allows(Access::Permission::AuditExport));
}

void AuditPage::reload()
{
    m_details->clear();
    m_model->reload();
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Audit::AuditEvent &event = m_model->event(current.row());
    const QByteArray pretty = QJsonDocument::fromJson(event.details).toJson(QJsonDocument::Indented);
    m_details->setPlainText(tr("Event #%1 · %2 · %3@%4\n%5 %6 → %7\nHash: %8\n\n%9")
                                .arg(event.seq)
                                .arg(event.time, event.actorUser, event.actorHost, event.action, event.target,
                                     event.outcome, QString::fromLatin1(event.hash.toHex()),
                                     QString::fromUtf8(pretty)));
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
                reload(); // the failed verification was itself recorded
            }
            Q_EMIT verificationFinished(report->intact);
        });
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
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error {ErrorCode::Failure, tr("%1 cannot be written: %2").arg(path, file.errorString())};
            auto summary = engine->exportAudit(file, QFileInfo(path).absoluteFilePath());
            if (!summary.ok())
                return summary;
            if (!file.commit())
                return Error {ErrorCode::Failure, tr("%1 cannot be written: %2").arg(path, file.errorString())};
            return summary;
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

} // namespace Keyward::Ui

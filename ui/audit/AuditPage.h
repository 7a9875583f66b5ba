#pragma once

#include "audit/AuditSearch.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Keyward::Engine {
class ProfileSession;
}
namespace Keyward::ItemModels {
class AuditTableModel;
}

namespace Keyward::Ui {

class AuditFilterBar;
class MessageBar;

/// The audit log, newest first, filtered by period, actor, action, target, outcome and words in the details; the
/// selected event's details (what it changed, before and after); the chain's verification status. Exports the
/// whole log for an auditor (JSON Lines, checked without the database by `keyward-cli audit verify-export`), or
/// the matching or selected events as JSON Lines or CSV.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void reload();
    /// Shows `filter` in the filter bar and the events that match it.
    void setFilter(const Audit::AuditFilter &filter);
    /// Recomputes the whole chain on the engine thread and shows the outcome.
    void verifyChain();
    /// Asks where, then writes the export on the engine thread; the result shows in the message bar.
    void exportLog();
    /// Exports the selected events (two or more selected) or else every event that matches the filter.
    void exportMatching();

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    void showDetails();
    void showFilterStatus();
    /// Shows the events from `seq` down, `seq` selected at the top.
    void showBrokenLink(qint64 seq);
    void loadChoices();
    void applyPermissions();

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    ItemModels::AuditTableModel *m_model;
    AuditFilterBar *m_filters;
    QLabel *m_filterStatus;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_chainStatus;
    QPushButton *m_verify;
    QPushButton *m_export;
    QPushButton *m_exportMatching;
};

} // namespace Keyward::Ui

#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Keyward::Engine {
class ProfileSession;
}
namespace Keyward::ItemModels {
class AuditTableModel;
}

namespace Keyward::Ui {

class MessageBar;

/// The audit log, newest first, with the selected event's details and the chain's verification status; exports
/// the log for an auditor (JSON Lines, checked without the database by `keyward-cli audit verify-export`).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void reload();
    /// Recomputes the whole chain on the engine thread and shows the outcome.
    void verifyChain();
    /// Asks where, then writes the export on the engine thread; the result shows in the message bar.
    void exportLog();

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    void showDetails();
    void applyPermissions();

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    ItemModels::AuditTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_chainStatus;
    QPushButton *m_verify;
    QPushButton *m_export;
};

} // namespace Keyward::Ui

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

/// The audit log, newest first, with the selected event's details and the chain's verification status.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Engine::ProfileSession *session, QWidget *parent = nullptr);

    void reload();
    /// Recomputes the whole chain on the engine thread and shows the outcome.
    void verifyChain();

Q_SIGNALS:
    void verificationFinished(bool intact);

private:
    void showDetails();

    Engine::ProfileSession *m_session;
    ItemModels::AuditTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_chainStatus;
    QPushButton *m_verify;
};

} // namespace Keyward::Ui

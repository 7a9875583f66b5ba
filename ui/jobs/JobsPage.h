#pragma once

#include "jobs/Job.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Keyward::Engine {
class ProfileSession;
}
namespace Keyward::ItemModels {
class JobTableModel;
}

namespace Keyward::Ui {

class MessageBar;

/// For support staff: queue figures, jobs by state with their attempt history, and retry or discard for a
/// selection or for everything the filter matches (after saying how many jobs that is).
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    /// A retry or discard changed the store (and the audit log).
    void storeChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Action { Retry, Discard };
    enum class Scope { Selection, Filter };
    void act(Action action, Scope scope);
    void showDetails();
    void updateButtons();
    void applyPermissions();
    void loadStats();

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    ItemModels::JobTableModel *m_model;
    QTableWidget *m_stats;
    QComboBox *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QPushButton *m_retrySelected, *m_discardSelected, *m_retryFilter, *m_discardFilter;
    QTimer *m_autoRefresh;
};

} // namespace Keyward::Ui

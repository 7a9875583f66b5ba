#pragma once

#include "reports/Report.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace Keyward::Engine {
class ProfileSession;
}

namespace Keyward::Ui {

class MessageBar;

/// Compliance reports: pick a type and a period, preview in the window, save as PDF, CSV or JSON (with progress
/// and Cancel), and the schedules that write reports into a folder.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent = nullptr);

    /// Builds the selected report on the engine thread and shows it.
    void preview();
    /// Asks where (the extension picks the format), then writes the report on the engine thread.
    void save();
    void cancel();
    void reloadSchedules();
    void addSchedule();
    void removeSchedule();

    Reports::ReportRequest request() const;

Q_SIGNALS:
    /// A preview or a save finished (successfully or not).
    void finished(bool ok);

private:
    /// Progress and cancellation shared with the engine thread.
    struct Work
    {
        std::atomic<int> percent {0};
        std::atomic<bool> cancelled {false};
    };
    std::shared_ptr<Work> begin(const QString &what);
    void end();
    void updateType();
    void applyPermissions();

    Engine::ProfileSession *m_session;
    MessageBar *m_messages;
    QComboBox *m_type;
    QLabel *m_description;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_maxAge;
    QLabel *m_maxAgeLabel;
    QPushButton *m_preview;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTextBrowser *m_output;
    QTableWidget *m_schedules;
    QPushButton *m_addSchedule;
    QPushButton *m_removeSchedule;
    QTimer *m_poll;
    std::shared_ptr<Work> m_work;
};

} // namespace Keyward::Ui

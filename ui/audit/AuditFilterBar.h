#pragma once

#include "audit/AuditSearch.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Keyward::Ui {

/// The Audit page's filters: a period (presets or a custom range), actor, action, target, outcome, and words to
/// search for in the details. Emits filterChanged() once the user stops typing (text fields wait a moment, lists
/// apply at once), so a filter costs one query, not one per key.
class AuditFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AuditFilterBar(QWidget *parent = nullptr);

    /// The filter the widgets describe now; presets are resolved against the current time.
    Audit::AuditFilter filter() const;
    /// Shows `filter` in the widgets (a custom period for a time range) and emits filterChanged() once.
    void setFilter(const Audit::AuditFilter &filter);
    /// What the actor and action lists offer (they stay editable for values not in the log yet).
    void setChoices(const QStringList &actors, const QStringList &actions);

Q_SIGNALS:
    void filterChanged(const Audit::AuditFilter &filter);

private:
    enum Period { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Custom };
    void periodChanged();
    void emitNow();

    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_actor;
    QComboBox *m_action;
    QLineEdit *m_target;
    QComboBox *m_outcome;
    QLineEdit *m_text;
    QPushButton *m_clear;
    QTimer *m_typing;
    bool m_silent = false;
};

} // namespace Keyward::Ui

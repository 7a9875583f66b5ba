#pragma once

#include "connections/Connection.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace Keyward::Ui {

/// Edits an app's refresh policy (Connections::RefreshSettings): how far ahead of expiry its tokens are refreshed,
/// the backoff after a failure and when Keyward gives up. Refuses what ConnectionService::configureRefresh (and
/// `keyward-cli apps configure`) would refuse; saving is the caller's, after accept().
class RefreshPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    RefreshPolicyDialog(const QString &app, const Connections::RefreshSettings &current, QWidget *parent = nullptr);

    QString app() const { return m_app; }
    /// The policy the form describes. A field left as it was shown keeps its stored value exactly (the spin boxes
    /// round it to their decimals).
    Connections::RefreshSettings settings() const;
    /// A sentence naming what cannot work in the form; empty when it can be saved.
    QString formProblem() const;

public Q_SLOTS:
    /// Accepts only a policy the engine would take; says why otherwise.
    void accept() override;
    void restoreDefaults();

private:
    void showSettings(const Connections::RefreshSettings &settings);
    void updateExample();

    QString m_app;
    Connections::RefreshSettings m_current;
    QDoubleSpinBox *m_aheadPercent, *m_aheadMinutes, *m_baseSeconds, *m_maxMinutes, *m_giveUpDays;
    QList<double> m_shown; ///< the spin boxes' values as first shown, in the order above
    QLabel *m_example;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Keyward::Ui

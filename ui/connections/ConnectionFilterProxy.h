#pragma once

#include <QSortFilterProxyModel>

namespace Keyward::Ui {

/// Filters ConnectionTableModel rows by app, health and a text (account or scope); sorts by SortRole.
class ConnectionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionFilterProxy(QObject *parent = nullptr);

    void setApp(const QString &app); ///< empty: all
    void setHealth(int health); ///< Connections::Health, -1: all
    void setText(const QString &text);
    /// Filters again against the current time (states such as "expiring soon" follow the clock).
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_app;
    int m_health = -1;
    QString m_text;
    qint64 m_now = 0;
};

} // namespace Keyward::Ui

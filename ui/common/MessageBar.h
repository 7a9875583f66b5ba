#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Keyward::Ui {

/// A strip above the pages that says what happened and what to do, with an optional action ("Retry").
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    Kind kind() const { return m_kind; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_label;
    QPushButton *m_action;
    QPushButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace Keyward::Ui

#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;
class QPushButton;

namespace Keyward::Ui {

/// Creates a profile: asks for its name and says where its data and keys will live.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    QString profileName() const;
    void setProfileName(const QString &name);

private:
    void validate();

    QLineEdit *m_name;
    QLabel *m_where;
    QPushButton *m_create;
};

} // namespace Keyward::Ui

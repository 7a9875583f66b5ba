#include "DialogHooks.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace Keyward::Ui::DialogHooks {

namespace {
std::optional<bool> nextConfirm;
QString lastQuestionText;
std::optional<QString> nextSaveFileName;
} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText)
{
    lastQuestionText = question;
    if (nextConfirm)
        return std::exchange(nextConfirm, std::nullopt).value();
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (nextSaveFileName)
        return std::exchange(nextSaveFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString lastQuestion()
{
    return lastQuestionText;
}

void setNextConfirmAnswer(bool yes)
{
    nextConfirm = yes;
}

void setNextSaveFileName(const QString &path)
{
    nextSaveFileName = path;
}

} // namespace Keyward::Ui::DialogHooks

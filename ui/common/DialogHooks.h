#pragma once

#include <QString>

class QWidget;

namespace Keyward::Ui {

/// Questions and file pickers the console asks, with hooks so GUI tests can answer them without a human
/// (like KeePassXC's MessageBox::setNextAnswer).
namespace DialogHooks {

/// Asks a yes/no question; returns true for yes.
bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText);
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

/// Test hooks: the next confirm() / saveFileName() returns this instead of asking.
void setNextConfirmAnswer(bool yes);
void setNextSaveFileName(const QString &path);
/// The text of the last question confirm() asked (or answered from the hook).
QString lastQuestion();

} // namespace DialogHooks
} // namespace Keyward::Ui

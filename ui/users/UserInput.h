#pragma once

#include <QString>

class QLineEdit;

namespace Keyward::Ui {

/// What the console checks before it asks the engine for a user (which checks again): the name's characters and
/// a password typed twice. Shared by "Add user…" and the first-run dialog.
namespace UserInput {

/// Limits `edit` to what a user name may hold (1–64 letters, digits, dots, dashes, underscores or @).
void restrictToUserName(QLineEdit *edit);
/// A sentence saying what is wrong with `password` typed twice, or an empty string when it will do.
QString passwordProblem(const QString &password, const QString &repeated);

} // namespace UserInput
} // namespace Keyward::Ui

#include "UserInput.h"

#include "access/PasswordHasher.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace Keyward::Ui::UserInput {

void restrictToUserName(QLineEdit *edit)
{
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._@-]{1,64}")), edit));
    edit->setMaxLength(64);
}

QString passwordProblem(const QString &password, const QString &repeated)
{
    if (password.isEmpty())
        return QCoreApplication::translate("Keyward::Ui::UserInput", "Choose a password.");
    QByteArray utf8 = password.toUtf8();
    const auto bytes = static_cast<std::size_t>(utf8.size());
    utf8.fill('\0');
    if (bytes > Access::PasswordHasher::kMaxPasswordBytes)
        return QCoreApplication::translate("Keyward::Ui::UserInput",
                                           "The password is longer than 1024 bytes: choose a shorter one.");
    if (password != repeated)
        return QCoreApplication::translate("Keyward::Ui::UserInput",
                                           "The two passwords differ: type the same password twice.");
    return {};
}

} // namespace Keyward::Ui::UserInput

#include "AuditEvent.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace Keyward::Audit {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::Failure:
        return QStringLiteral("failure");
    case Outcome::Denied:
        return QStringLiteral("denied");
    }
    return {};
}

Actor Actor::currentProcess()
{
    QString user;
    if (const passwd *entry = getpwuid(geteuid()))
        user = QString::fromLocal8Bit(entry->pw_name);
    if (user.isEmpty())
        user = QStringLiteral("uid:%1").arg(geteuid());
    return {user, QSysInfo::machineHostName()};
}

} // namespace Keyward::Audit

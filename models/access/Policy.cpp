#include "Policy.h"

#include <QHash>

namespace Keyward::Access {

namespace {

const char *kContext = "Keyward::Access::Policy";

struct PermissionInfo
{
    Permission permission;
    const char *name;
    const char *phrase; ///< English, translated through kContext
    bool admin, compliance, support, auditor;
};

// The policy. Reading is open to every role except where it exposes operations Support has no business in (the
// audit log, users, keys); the Auditor changes nothing; Support changes only jobs and forces refreshes; Compliance
// owns the evidence (audit export) and reads the rest; the Security Administrator does everything.
// clang-format off
constexpr PermissionInfo kTable[] = {
    //                                                                                       admin  compl  supp   audit
    {Permission::ProfileRead,           "profile.read",           QT_TRANSLATE_NOOP("Keyward::Access::Policy", "read the profile's status"),             true,  true,  true,  true},
    {Permission::AuditRead,             "audit.read",             QT_TRANSLATE_NOOP("Keyward::Access::Policy", "read and verify the audit log"),         true,  true,  false, true},
    {Permission::AuditExport,           "audit.export",           QT_TRANSLATE_NOOP("Keyward::Access::Policy", "export the audit log"),                  true,  true,  false, true},
    {Permission::BackupCreate,          "backup.create",          QT_TRANSLATE_NOOP("Keyward::Access::Policy", "create and verify backups"),             true,  false, false, false},
    {Permission::ProfileAdminister,     "profile.administer",     QT_TRANSLATE_NOOP("Keyward::Access::Policy", "rotate the database key, restore backups or export the recovery kit"), true, false, false, false},
    {Permission::AppsRead,              "apps.read",              QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see provider apps"),                     true,  true,  true,  true},
    {Permission::AppsManage,            "apps.manage",            QT_TRANSLATE_NOOP("Keyward::Access::Policy", "register, configure or rotate the secret of provider apps"), true, false, false, false},
    {Permission::ConnectionsRead,       "connections.read",       QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see connections"),                       true,  true,  true,  true},
    {Permission::ConnectionsConnect,    "connections.connect",    QT_TRANSLATE_NOOP("Keyward::Access::Policy", "connect accounts"),                      true,  false, false, false},
    {Permission::ConnectionsRefresh,    "connections.refresh",    QT_TRANSLATE_NOOP("Keyward::Access::Policy", "force a token refresh"),                 true,  false, true,  false},
    {Permission::ConnectionsIntrospect, "connections.introspect", QT_TRANSLATE_NOOP("Keyward::Access::Policy", "ask a provider about a token"),          true,  false, true,  false},
    {Permission::ConnectionsRevoke,     "connections.revoke",     QT_TRANSLATE_NOOP("Keyward::Access::Policy", "revoke connections"),                    true,  false, false, false},
    {Permission::KeysRead,              "keys.read",              QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see the token key ring"),                true,  true,  false, true},
    {Permission::KeysRotate,            "keys.rotate",            QT_TRANSLATE_NOOP("Keyward::Access::Policy", "rotate the token key ring"),             true,  false, false, false},
    {Permission::JobsRead,              "jobs.read",              QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see background jobs"),                   true,  true,  true,  true},
    {Permission::JobsManage,            "jobs.manage",            QT_TRANSLATE_NOOP("Keyward::Access::Policy", "retry or discard jobs"),                 true,  false, true,  false},
    {Permission::JobsRun,               "jobs.run",               QT_TRANSLATE_NOOP("Keyward::Access::Policy", "run the background workers"),            true,  false, true,  false},
    {Permission::UsersRead,             "users.read",             QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see users and API tokens"),              true,  true,  false, true},
    {Permission::UsersManage,           "users.manage",           QT_TRANSLATE_NOOP("Keyward::Access::Policy", "manage users and API tokens"),           true,  false, false, false},
    {Permission::WebhooksRead,          "webhooks.read",          QT_TRANSLATE_NOOP("Keyward::Access::Policy", "see webhook deliveries and sources"),    true,  true,  true,  true},
    {Permission::WebhooksManage,        "webhooks.manage",        QT_TRANSLATE_NOOP("Keyward::Access::Policy", "configure webhook sources and their secrets"), true, false, false, false},
    {Permission::WebhooksReplay,        "webhooks.replay",        QT_TRANSLATE_NOOP("Keyward::Access::Policy", "replay webhook deliveries"),             true,  false, true,  false},
    {Permission::RetentionManage,       "retention.manage",       QT_TRANSLATE_NOOP("Keyward::Access::Policy", "set and apply retention policies"),      true,  true,  false, false},
    {Permission::ReportsGenerate,       "reports.generate",       QT_TRANSLATE_NOOP("Keyward::Access::Policy", "generate compliance reports"),           true,  true,  false, true},
    {Permission::ReportsSchedule,       "reports.schedule",       QT_TRANSLATE_NOOP("Keyward::Access::Policy", "schedule compliance reports"),           true,  true,  false, false},
    {Permission::SubjectsExport,        "subjects.export",        QT_TRANSLATE_NOOP("Keyward::Access::Policy", "export what the profile holds about a person"), true, true, false, false},
};
// clang-format on

const PermissionInfo &info(Permission permission)
{
    for (const PermissionInfo &entry : kTable) {
        if (entry.permission == permission)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::SecurityAdmin:
        return QStringLiteral("security-admin");
    case Role::Compliance:
        return QStringLiteral("compliance");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : allRoles()) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::SecurityAdmin:
        return QCoreApplication::translate("Keyward::Access::Policy", "Security Administrator");
    case Role::Compliance:
        return QCoreApplication::translate("Keyward::Access::Policy", "Compliance Officer");
    case Role::Support:
        return QCoreApplication::translate("Keyward::Access::Policy", "Support");
    case Role::Auditor:
        return QCoreApplication::translate("Keyward::Access::Policy", "Auditor");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::SecurityAdmin, Role::Compliance, Role::Support, Role::Auditor};
}

QString permissionName(Permission permission)
{
    return QString::fromLatin1(info(permission).name);
}

QString permissionPhrase(Permission permission)
{
    return QCoreApplication::translate(kContext, info(permission).phrase);
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const PermissionInfo &entry : kTable)
        all.append(entry.permission);
    return all;
}

bool allowed(Role role, Permission permission)
{
    const PermissionInfo &entry = info(permission);
    switch (role) {
    case Role::SecurityAdmin:
        return entry.admin;
    case Role::Compliance:
        return entry.compliance;
    case Role::Support:
        return entry.support;
    case Role::Auditor:
        return entry.auditor;
    }
    return false;
}

QString refusal(const QString &user, Role role, Permission permission)
{
    return QCoreApplication::translate("Keyward::Access::Policy",
                                       "%1 (%2) may not %3: that needs the permission %4. Ask a Security "
                                       "Administrator.")
        .arg(user, roleLabel(role), permissionPhrase(permission), permissionName(permission));
}

} // namespace Keyward::Access

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Keyward::Access {

/// What a user of a profile is. Roles are fixed (not user-defined) so that the policy below is the whole story.
enum class Role {
    SecurityAdmin, ///< everything
    Compliance, ///< audit, reports, retention, data-subject requests; reads elsewhere
    Support, ///< jobs, webhooks, reads connections, forces a refresh
    Auditor, ///< reads everything, changes nothing, never sees a secret
};
QString roleName(Role role); ///< "security-admin", "compliance", "support", "auditor"
std::optional<Role> roleFromName(const QString &name);
QString roleLabel(Role role); ///< translated: "Security Administrator", ...
QList<Role> allRoles();

/// One engine action a user may or may not take. Every engine entry point called on a user's behalf names one; jobs
/// the engine runs on its own (a scheduled refresh) were authorized when they were scheduled.
enum class Permission {
    ProfileRead, ///< status, profile information
    AuditRead, ///< tail, verify
    AuditExport,
    BackupCreate, ///< create and verify backups
    ProfileAdminister, ///< database key rotation, restore, recovery kit: the profile's keys
    AppsRead,
    AppsManage, ///< register apps, configure them, rotate client secrets
    ConnectionsRead,
    ConnectionsConnect,
    ConnectionsRefresh, ///< force a refresh
    ConnectionsIntrospect, ///< ask the provider about a token (sends it to the provider)
    ConnectionsRevoke,
    KeysRead,
    KeysRotate,
    JobsRead,
    JobsManage, ///< retry, discard
    JobsRun, ///< run the job workers (serve, the console hosting the engine)
    UsersRead,
    UsersManage, ///< add, change role, disable, reset two-factor, API tokens of others
    WebhooksRead, ///< deliveries (headers with secrets redacted, bodies) and sources
    WebhooksManage, ///< add sources, rotate their secrets
    WebhooksReplay, ///< process deliveries again
    RetentionManage, ///< set retention policies and apply them (removes old data)
    ReportsGenerate, ///< generate compliance reports (they gather users, connections, keys and the audit log)
    ReportsSchedule, ///< have reports generated on a schedule into a folder
    SubjectsExport, ///< answer data-subject access requests: find and export everything about a person
};
QString permissionName(Permission permission); ///< "connections.revoke", ...
/// A translated phrase for messages: "revoke connections".
QString permissionPhrase(Permission permission);
QList<Permission> allPermissions();

/// The one policy table: may `role` take `permission`?
bool allowed(Role role, Permission permission);

/// Why a refusal happened, as a sentence naming the missing permission (for the CLI and the console).
QString refusal(const QString &user, Role role, Permission permission);

} // namespace Keyward::Access

#include "BroadScopes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Keyward::Reports {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Reports::BroadScopes)
};

struct Rule
{
    const char *pattern; ///< an anchored regular expression over the whole scope
    const char *reason;
};

// Sources: Google's OAuth 2.0 scopes list (restricted and sensitive scopes), Microsoft Graph permissions reference
// (*.ReadWrite.All and FullControl need admin consent), GitHub's scopes for OAuth apps, Slack's admin scopes,
// Salesforce's "full".
constexpr Rule kRules[] = {
    {R"(https://mail\.google\.com/?)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "reads, sends and deletes all mail")},
    {R"(https://www\.googleapis\.com/auth/gmail\.(modify|compose|insert|send))",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "changes or sends mail")},
    {R"(https://www\.googleapis\.com/auth/drive)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "reads and changes every Drive file")},
    {R"(https://www\.googleapis\.com/auth/cloud-platform)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "every Google Cloud resource")},
    {R"(https://www\.googleapis\.com/auth/admin\..*)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "administers the Workspace domain")},
    {R"([A-Za-z]+\.ReadWrite\.All)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "changes this data across the whole tenant")},
    {R"(Sites\.FullControl\.All|Directory\.AccessAsUser\.All|RoleManagement\.ReadWrite\.Directory)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "administers the tenant")},
    {R"(Mail\.(ReadWrite|Send)(\.Shared)?)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "changes or sends mail")},
    {R"(repo|public_repo|delete_repo|workflow)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "writes to repositories")},
    {R"(admin:.*|write:org|site_admin)",
     QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "administers the organisation")},
    {R"(admin(\..*)?|admin:.*)", QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "administers the workspace")},
    {R"(full)", QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "everything the user can do")},
    {R"(\*|.*:\*|all)", QT_TRANSLATE_NOOP("Keyward::Reports::BroadScopes", "a wildcard scope")},
};

} // namespace

QString broadScopeReason(const QString &scope)
{
    static const QList<std::pair<QRegularExpression, const char *>> rules = [] {
        QList<std::pair<QRegularExpression, const char *>> compiled;
        for (const Rule &rule : kRules)
            compiled.append({QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(rule.pattern))),
                             rule.reason});
        return compiled;
    }();
    for (const auto &[pattern, reason] : rules) {
        if (pattern.match(scope).hasMatch())
            return Text::tr(reason);
    }
    return {};
}

} // namespace Keyward::Reports

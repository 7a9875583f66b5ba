#include "UsersPage.h"

#include "AddUserDialog.h"
#include "CreateTokenDialog.h"
#include "EnrollmentDialog.h"
#include "TokenCreatedDialog.h"
#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "engine/ProfileSession.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

namespace {

enum UserColumn { UserName, UserRole, UserTwoFactor, UserRecoveryCodes, UserDisabled, UserLastSignIn, UserColumns };
enum TokenColumn { TokenId, TokenUser, TokenRole, TokenLabel, TokenExpires, TokenActive, TokenColumns };

struct Listing
{
    QList<Access::User> users;
    QList<Access::ApiToken> tokens;
};

/// An enrollment, and whether the user was the profile's first (which ends the operator's session).
struct Added
{
    Access::Enrollment enrollment;
    bool first = false;
};

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString yesNo(bool value)
{
    return value ? UsersPage::tr("yes") : UsersPage::tr("no");
}

void setUpTable(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    // A profile has a handful of users and tokens, so measuring them is cheap.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

UsersPage::UsersPage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_about(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_users(new QTableWidget(0, UserColumns, this))
    , m_tokens(new QTableWidget(0, TokenColumns, this))
    , m_noTokens(new QLabel(tr("No API tokens."), this))
    , m_addUser(new QPushButton(tr("&Add user…"), this))
    , m_changeRole(new QPushButton(tr("Change &role…"), this))
    , m_toggleDisabled(new QPushButton(tr("&Disable…"), this))
    , m_resetTwoFactor(new QPushButton(tr("Reset &two-factor…"), this))
    , m_createToken(new QPushButton(tr("&Create API token…"), this))
    , m_revokeToken(new QPushButton(tr("Re&voke token…"), this))
{
    setObjectName(QStringLiteral("usersPage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Users")), this);
    m_about->setObjectName(QStringLiteral("usersExplanation"));
    m_about->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("usersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("This profile has no users: whoever holds this computer account's keychain acts as its "
                        "Security Administrator, and nobody signs in. Add a Security Administrator to require a "
                        "password and a one-time code from then on."));
    m_empty->hide();

    m_users->setObjectName(QStringLiteral("usersTable"));
    m_users->setAccessibleName(tr("Users"));
    m_users->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Two-factor"), tr("Recovery codes left"), tr("Disabled"), tr("Last sign-in")});
    setUpTable(m_users);
    m_tokens->setObjectName(QStringLiteral("tokensTable"));
    m_tokens->setAccessibleName(tr("API tokens"));
    m_tokens->setHorizontalHeaderLabels({tr("ID"), tr("User"), tr("Role"), tr("Label"), tr("Expires"), tr("Active")});
    setUpTable(m_tokens);
    m_noTokens->setObjectName(QStringLiteral("noTokens"));
    m_noTokens->hide();

    m_addUser->setObjectName(QStringLiteral("addUserButton"));
    m_addUser->setAccessibleName(tr("Add a user"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_changeRole->setAccessibleName(tr("Change the role of the selected user"));
    m_toggleDisabled->setObjectName(QStringLiteral("disableUserButton"));
    m_toggleDisabled->setAccessibleName(tr("Disable or enable the selected user"));
    m_resetTwoFactor->setObjectName(QStringLiteral("resetTwoFactorButton"));
    m_resetTwoFactor->setAccessibleName(tr("Give the selected user a new authenticator secret and recovery codes"));
    m_createToken->setObjectName(QStringLiteral("createTokenButton"));
    m_createToken->setAccessibleName(tr("Create an API token"));
    m_revokeToken->setObjectName(QStringLiteral("revokeTokenButton"));
    m_revokeToken->setAccessibleName(tr("Revoke the selected API token"));
    auto *reload = new QPushButton(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("reloadUsersButton"));
    reload->setAccessibleName(tr("Reload the users and API tokens"));

    auto *tokensTitle = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("API tokens")), this);
    auto *tokensAbout = new QLabel(tr("Scripts and keyward-cli serve sign in with an API token, scoped to a role no "
                                      "broader than its user's. Keyward keeps only a hash of each token."),
                                   this);
    tokensAbout->setObjectName(QStringLiteral("tokensExplanation"));
    tokensAbout->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(reload);
    auto *userActions = new QHBoxLayout;
    userActions->addWidget(m_addUser);
    userActions->addStretch();
    userActions->addWidget(m_changeRole);
    userActions->addWidget(m_toggleDisabled);
    userActions->addWidget(m_resetTwoFactor);
    auto *tokenActions = new QHBoxLayout;
    tokenActions->addWidget(m_createToken);
    tokenActions->addStretch();
    tokenActions->addWidget(m_revokeToken);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_about);
    layout->addLayout(userActions);
    layout->addWidget(m_empty);
    layout->addWidget(m_users, 1);
    layout->addSpacing(8);
    layout->addWidget(tokensTitle);
    layout->addWidget(tokensAbout);
    layout->addLayout(tokenActions);
    layout->addWidget(m_noTokens);
    layout->addWidget(m_tokens);

    connect(reload, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_addUser, &QPushButton::clicked, this, &UsersPage::askToAddUser);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::askForRole);
    connect(m_toggleDisabled, &QPushButton::clicked, this, &UsersPage::askToToggleDisabled);
    connect(m_resetTwoFactor, &QPushButton::clicked, this, &UsersPage::askToResetTwoFactor);
    connect(m_createToken, &QPushButton::clicked, this, &UsersPage::askForToken);
    connect(m_revokeToken, &QPushButton::clicked, this, &UsersPage::askToRevokeToken);
    connect(m_users, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_tokens, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state != Engine::ProfileSession::State::Open)
            return;
        applyPermissions();
        if (isVisible())
            refresh();
    });
    applyPermissions();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void UsersPage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool manage = m_session->allows(Access::Permission::UsersManage);
    for (QPushButton *button :
         {m_addUser, m_changeRole, m_toggleDisabled, m_resetTwoFactor, m_createToken, m_revokeToken})
        button->setVisible(manage);
    m_about->setText(manage ? tr("Everyone who uses this profile signs in with a password and a one-time code from "
                                 "an authenticator app. Their role decides what they may do; the last enabled "
                                 "Security Administrator can be neither disabled nor demoted.")
                            : tr("Everyone who uses this profile and what their role lets them do. Only a Security "
                                 "Administrator changes users and API tokens."));
    updateButtons();
}

void UsersPage::refresh()
{
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<Listing> {
            if (!engine)
                return Listing();
            KW_TRY(engine->authorize(Access::Permission::UsersRead));
            auto users = engine->users().store().users();
            KW_TRY(users);
            auto tokens = engine->users().store().tokens();
            KW_TRY(tokens);
            return Listing {users.value(), tokens.value()};
        },
        [this](const Result<Listing> &listing) {
            if (!listing.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, listing.error().userMessage);
                return;
            }
            fillUsers(listing->users);
            fillTokens(listing->tokens);
            updateButtons();
        });
}

void UsersPage::fillUsers(const QList<Access::User> &users)
{
    const QString selected = selectedUser();
    m_userList = users;
    m_users->setRowCount(0);
    m_users->setRowCount(static_cast<int>(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const Access::User &user = users.at(row);
        const QStringList cells {user.name,
                                 Access::roleLabel(user.role),
                                 yesNo(user.twoFactor),
                                 QLocale().toString(user.recoveryCodesLeft),
                                 yesNo(user.disabled),
                                 user.lastSignInMs > 0 ? timeText(user.lastSignInMs) : tr("never")};
        for (int column = 0; column < UserColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, user.name);
            m_users->setItem(row, column, item);
        }
        m_users->item(row, UserRecoveryCodes)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (user.name == selected)
            m_users->selectRow(row);
    }
    m_empty->setVisible(users.isEmpty());
    m_users->setVisible(!users.isEmpty());
}

void UsersPage::fillTokens(const QList<Access::ApiToken> &tokens)
{
    const qint64 selected = selectedToken();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_tokens->setRowCount(0);
    m_tokens->setRowCount(static_cast<int>(tokens.size()));
    for (int row = 0; row < tokens.size(); ++row) {
        const Access::ApiToken &token = tokens.at(row);
        const QString active = token.activeAt(now) ? tr("yes")
            : token.revokedMs != 0                 ? tr("no: revoked %1").arg(timeText(token.revokedMs))
                                                   : tr("no: expired");
        const QStringList cells {QString::number(token.id),
                                 token.userName,
                                 Access::roleLabel(token.role),
                                 token.label,
                                 token.expiresMs == 0 ? tr("never") : timeText(token.expiresMs),
                                 active};
        for (int column = 0; column < TokenColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, token.id);
            item->setData(Qt::UserRole + 1, token.activeAt(now));
            m_tokens->setItem(row, column, item);
        }
        m_tokens->item(row, TokenId)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (token.id == selected)
            m_tokens->selectRow(row);
    }
    m_noTokens->setVisible(tokens.isEmpty());
    m_tokens->setVisible(!tokens.isEmpty());
    // The users take the page's height; the tokens (usually a few) get their rows without an empty expanse below,
    // up to eight, then scroll.
    const int rows = std::clamp(static_cast<int>(tokens.size()), 1, 8);
    m_tokens->setFixedHeight(m_tokens->horizontalHeader()->sizeHint().height()
                             + rows * m_tokens->verticalHeader()->defaultSectionSize() + 2 * m_tokens->frameWidth());
}

QString UsersPage::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_users->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

qint64 UsersPage::selectedToken() const
{
    const QList<QTableWidgetItem *> items = m_tokens->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void UsersPage::updateButtons()
{
    const QString name = selectedUser();
    bool disabled = false;
    for (const Access::User &user : std::as_const(m_userList)) {
        if (user.name == name)
            disabled = user.disabled;
    }
    m_changeRole->setEnabled(!name.isEmpty());
    m_toggleDisabled->setEnabled(!name.isEmpty());
    m_toggleDisabled->setText(disabled ? tr("&Enable") : tr("&Disable…"));
    m_resetTwoFactor->setEnabled(!name.isEmpty());
    m_createToken->setEnabled(!m_userList.isEmpty());
    const QList<QTableWidgetItem *> tokens = m_tokens->selectedItems();
    m_revokeToken->setEnabled(!tokens.isEmpty() && tokens.first()->data(Qt::UserRole + 1).toBool());
}

void UsersPage::askToAddUser()
{
    const auto kind = m_userList.isEmpty() ? AddUserDialog::Kind::First : AddUserDialog::Kind::Additional;
    auto *dialog = new AddUserDialog(kind, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { addUser(dialog->userName(), dialog->role(), dialog->takePassword()); });
    dialog->open();
}

void UsersPage::addUser(const QString &name, Access::Role role, const SecureBytes &password)
{
    m_messages->showMessage(MessageBar::Kind::Information, tr("Adding %1…").arg(name));
    m_session->host()->call(
        this,
        [name, role, password](Engine::EngineHost::Slot &engine) -> Result<Added> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            auto claimed = engine->users().claimed();
            KW_TRY(claimed);
            auto enrollment = engine->users().addUser(name, role, password);
            KW_TRY(enrollment);
            return Added {enrollment.value(), !claimed.value()};
        },
        [this](const Result<Added> &added) {
            if (!added.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, added.error().userMessage);
                return;
            }
            const Access::User &user = added->enrollment.user;
            auto *dialog = new EnrollmentDialog(added->enrollment, EnrollmentDialog::Reason::NewUser, window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (added->first) {
                // The profile has users now: the operator's session ends and everyone signs in, starting with
                // the new Security Administrator.
                dialog->setNextStep(tr("Next: sign in as %1 with the password and a code from the authenticator "
                                       "app.")
                                        .arg(user.name));
                m_messages->showMessage(MessageBar::Kind::Success,
                                        tr("Added %1 as %2. The profile now asks everyone to sign in.")
                                            .arg(user.name, Access::roleLabel(user.role)));
                m_session->open(m_session->location());
            } else {
                m_messages->showMessage(
                    MessageBar::Kind::Success,
                    tr("Added %1 as %2. Hand over the authenticator setup and recovery codes shown now; they are "
                       "not shown again.")
                        .arg(user.name, Access::roleLabel(user.role)));
                refresh();
            }
            Q_EMIT storeChanged();
            dialog->open();
        });
}

void UsersPage::askForRole()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    QStringList labels;
    QString current;
    for (const Access::Role role : Access::allRoles())
        labels << Access::roleLabel(role);
    for (const Access::User &user : std::as_const(m_userList)) {
        if (user.name == name)
            current = Access::roleLabel(user.role);
    }
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change role"));
    dialog->setLabelText(tr("New role of %1 (their API tokens keep working only within it):").arg(name));
    dialog->setComboBoxItems(labels);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(current);
    dialog->setOkButtonText(tr("Change role"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name, current](const QString &label) {
        if (label == current)
            return;
        for (const Access::Role role : Access::allRoles()) {
            if (Access::roleLabel(role) == label)
                setRole(name, role);
        }
    });
    dialog->open();
}

void UsersPage::setRole(const QString &name, Access::Role role)
{
    m_session->host()->call(
        this,
        [name, role](Engine::EngineHost::Slot &engine) -> Result<Access::User> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().setRole(name, role);
        },
        [this](const Result<Access::User> &user) {
            if (!user.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, user.error().userMessage);
                return;
            }
            m_messages->showMessage(MessageBar::Kind::Success,
                                    tr("%1 is now %2.").arg(user->name, Access::roleLabel(user->role)));
            refresh();
            Q_EMIT storeChanged();
        });
}

void UsersPage::askToToggleDisabled()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    bool disabled = false;
    for (const Access::User &user : std::as_const(m_userList)) {
        if (user.name == name)
            disabled = user.disabled;
    }
    if (disabled) {
        setDisabled(name, false);
        return;
    }
    if (!DialogHooks::confirm(this, tr("Disable user"),
                              tr("Disable %1? They can no longer sign in, and their API tokens are revoked for good. "
                                 "You can enable the user again later, but not the tokens.")
                                  .arg(name),
                              tr("Disable")))
        return;
    setDisabled(name, true);
}

void UsersPage::setDisabled(const QString &name, bool disabled)
{
    m_session->host()->call(
        this,
        [name, disabled](Engine::EngineHost::Slot &engine) -> Result<Access::User> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().setDisabled(name, disabled);
        },
        [this](const Result<Access::User> &user) {
            if (!user.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, user.error().userMessage);
                return;
            }
            m_messages->showMessage(MessageBar::Kind::Success,
                                    user->disabled
                                        ? tr("%1 is disabled and their API tokens are revoked.").arg(user->name)
                                        : tr("%1 is enabled and can sign in again.").arg(user->name));
            refresh();
            Q_EMIT storeChanged();
        });
}

void UsersPage::askToResetTwoFactor()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (!DialogHooks::confirm(this, tr("Reset two-factor sign-in"),
                              tr("Give %1 a new authenticator secret and new recovery codes? The old authenticator "
                                 "entry and the old recovery codes stop working at once.")
                                  .arg(name),
                              tr("Reset")))
        return;
    resetTwoFactor(name);
}

void UsersPage::resetTwoFactor(const QString &name)
{
    m_session->host()->call(
        this,
        [name](Engine::EngineHost::Slot &engine) -> Result<Access::Enrollment> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().resetTwoFactor(name);
        },
        [this](const Result<Access::Enrollment> &enrollment) {
            if (!enrollment.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, enrollment.error().userMessage);
                return;
            }
            m_messages->showMessage(MessageBar::Kind::Success,
                                    tr("%1 has a new authenticator secret and recovery codes; the old ones no longer "
                                       "work.")
                                        .arg(enrollment->user.name));
            auto *dialog = new EnrollmentDialog(enrollment.value(), EnrollmentDialog::Reason::Reset, window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            refresh();
            Q_EMIT storeChanged();
        });
}

void UsersPage::askForToken()
{
    auto *dialog = new CreateTokenDialog(m_userList, selectedUser(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { createToken(dialog->userName(), dialog->role(), dialog->label(), dialog->expiresMs()); });
    dialog->open();
}

void UsersPage::createToken(const QString &user, Access::Role role, const QString &label, qint64 expiresMs)
{
    using Created = std::pair<Access::ApiToken, QByteArray>;
    m_session->host()->call(
        this,
        [user, role, label, expiresMs](Engine::EngineHost::Slot &engine) -> Result<Created> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().createToken(user, role, label, expiresMs);
        },
        [this](const Result<Created> &created) {
            if (!created.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, created.error().userMessage);
                return;
            }
            const Access::ApiToken &token = created->first;
            m_messages->showMessage(MessageBar::Kind::Success,
                                    tr("Created API token %1 for %2 as %3.")
                                        .arg(token.id)
                                        .arg(token.userName, Access::roleLabel(token.role)));
            auto *dialog = new TokenCreatedDialog(token, QString::fromLatin1(created->second), window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            refresh();
            Q_EMIT storeChanged();
        });
}

void UsersPage::askToRevokeToken()
{
    const qint64 id = selectedToken();
    if (id <= 0)
        return;
    if (!DialogHooks::confirm(this, tr("Revoke API token"),
                              tr("Revoke API token %1? Scripts that use it are refused from now on.").arg(id),
                              tr("Revoke")))
        return;
    revokeToken(id);
}

void UsersPage::revokeToken(qint64 id)
{
    m_session->host()->call(
        this,
        [id](Engine::EngineHost::Slot &engine) -> Result<Access::ApiToken> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->users().revokeToken(id);
        },
        [this](const Result<Access::ApiToken> &token) {
            if (!token.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, token.error().userMessage);
                return;
            }
            m_messages->showMessage(MessageBar::Kind::Success,
                                    tr("API token %1 of %2 is revoked.").arg(token->id).arg(token->userName));
            refresh();
            Q_EMIT storeChanged();
        });
}

} // namespace Keyward::Ui

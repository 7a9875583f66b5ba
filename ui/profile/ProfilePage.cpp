#include "ProfilePage.h"

#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "connections/ConnectionService.h"
#include "engine/ProfileSession.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

namespace {

enum KeyColumn { KeyId, KeyState, KeyCreated, KeyRetired, KeySealed, KeyColumnCount };

QString keyStateText(const QString &state)
{
    if (state == QLatin1String("active"))
        return ProfilePage::tr("active: seals new tokens");
    if (state == QLatin1String("retiring"))
        return ProfilePage::tr("retiring: tokens being sealed again");
    if (state == QLatin1String("retired"))
        return ProfilePage::tr("retired: removed from the keychain");
    return state;
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

} // namespace

ProfilePage::ProfilePage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_form(new QFormLayout)
    , m_tokenKeys(new QTableWidget(0, KeyColumnCount, this))
    , m_noTokenKeys(new QLabel(this))
    , m_rotateTokenKey(new QPushButton(tr("Rotate &token key…"), this))
    , m_resealWatch(new QTimer(this))
{
    setObjectName(QStringLiteral("profilePage"));
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Profile")), this);
    m_name = addField(tr("Name:"), QStringLiteral("profileNameValue"));
    m_path = addField(tr("Location:"), QStringLiteral("profilePathValue"));
    m_id = addField(tr("Profile id:"), QStringLiteral("profileIdValue"));
    m_cipher = addField(tr("Encryption:"), QStringLiteral("cipherValue"));
    m_schema = addField(tr("Schema:"), QStringLiteral("schemaValue"));
    m_keySource = addField(tr("Keys:"), QStringLiteral("keySourceValue"));
    m_events = addField(tr("Audit events:"), QStringLiteral("auditEventsValue"));
    m_head = addField(tr("Audit head:"), QStringLiteral("auditHeadValue"));
    m_checkpoints = addField(tr("Signed checkpoints:"), QStringLiteral("checkpointsValue"));
    m_size = addField(tr("Database size:"), QStringLiteral("databaseSizeValue"));

    m_backup = new QPushButton(tr("&Back up now…"), this);
    m_backup->setObjectName(QStringLiteral("backupButton"));
    m_backup->setAccessibleName(tr("Write an encrypted backup of this profile"));
    m_rekey = new QPushButton(tr("Rotate database &key…"), this);
    m_rekey->setObjectName(QStringLiteral("rekeyButton"));
    m_rekey->setAccessibleName(tr("Rotate the database encryption key"));
    m_backupHint = new QLabel(tr("Backups are encrypted with the profile's backup key, kept in the OS keychain "
                                 "beside the database key; see the README for restoring on another machine."),
                              this);
    m_backupHint->setWordWrap(true);

    m_keysTitle = new QLabel(QStringLiteral("<h3>%1</h3>").arg(tr("Token keys")), this);
    m_keysAbout = new QLabel(tr("The OAuth tokens in the profile are sealed under the active token key, kept in "
                                "the OS keychain; Keyward never shows key material. Rotating makes a new key, "
                                "seals every token again under it in the background, and then retires the old "
                                "key."),
                             this);
    m_keysAbout->setObjectName(QStringLiteral("tokenKeysExplanation"));
    m_keysAbout->setWordWrap(true);
    m_tokenKeys->setObjectName(QStringLiteral("tokenKeysTable"));
    m_tokenKeys->setAccessibleName(tr("Token keys"));
    m_tokenKeys->setHorizontalHeaderLabels(
        {tr("Key"), tr("State"), tr("Created"), tr("Retired"), tr("Connections sealed")});
    m_tokenKeys->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tokenKeys->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokenKeys->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokenKeys->setWordWrap(false);
    m_tokenKeys->verticalHeader()->hide();
    m_tokenKeys->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokenKeys->horizontalHeader()->setSectionResizeMode(KeyState, QHeaderView::Stretch);
    m_tokenKeys->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tokenKeys->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_noTokenKeys->setObjectName(QStringLiteral("noTokenKeys"));
    m_noTokenKeys->setText(tr("No token key yet: Keyward makes the first when it stores the first token."));
    m_noTokenKeys->hide();
    m_rotateTokenKey->setObjectName(QStringLiteral("rotateTokenKeyButton"));
    m_rotateTokenKey->setAccessibleName(tr("Rotate the token key"));
    m_resealWatch->setSingleShot(true);
    m_resealWatch->setInterval(1000);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_backup);
    actions->addWidget(m_rekey);
    actions->addStretch();
    auto *keyActions = new QHBoxLayout;
    keyActions->addWidget(m_rotateTokenKey);
    keyActions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addLayout(actions);
    layout->addWidget(m_backupHint);
    layout->addSpacing(12);
    layout->addWidget(m_keysTitle);
    layout->addWidget(m_keysAbout);
    layout->addWidget(m_noTokenKeys);
    layout->addWidget(m_tokenKeys);
    layout->addLayout(keyActions);
    layout->addStretch();

    connect(m_backup, &QPushButton::clicked, this, &ProfilePage::backUp);
    connect(m_rekey, &QPushButton::clicked, this, &ProfilePage::rotateKey);
    connect(m_rotateTokenKey, &QPushButton::clicked, this, &ProfilePage::rotateTokenKey);
    connect(m_resealWatch, &QTimer::timeout, this, &ProfilePage::loadTokenKeys);
    connect(m_session, &Engine::ProfileSession::statusChanged, this, &ProfilePage::updateStatus);
    connect(m_session, &Engine::ProfileSession::statusChanged, this, [this] {
        if (isVisible())
            loadTokenKeys();
    });
    connect(m_session, &Engine::ProfileSession::stateChanged, this, [this](Engine::ProfileSession::State state) {
        if (state == Engine::ProfileSession::State::Open)
            applyPermissions(); // someone else may have signed in
    });
    applyPermissions();
}

void ProfilePage::applyPermissions()
{
    // The engine refuses what the role may not do anyway; the page does not offer it.
    const bool backup = m_session->allows(Access::Permission::BackupCreate);
    m_backup->setVisible(backup);
    m_backupHint->setVisible(backup);
    m_rekey->setVisible(m_session->allows(Access::Permission::ProfileAdminister));
    const bool keys = m_session->allows(Access::Permission::KeysRead);
    m_keysTitle->setVisible(keys);
    m_keysAbout->setVisible(keys);
    m_rotateTokenKey->setVisible(keys && m_session->allows(Access::Permission::KeysRotate));
    if (!keys) {
        m_tokenKeys->hide();
        m_noTokenKeys->hide();
    } else if (isVisible()) {
        loadTokenKeys(); // shows the table or the "no key yet" sentence
    }
}

void ProfilePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadTokenKeys();
}

QLabel *ProfilePage::addField(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    return value;
}

void ProfilePage::updateStatus()
{
    const Engine::ProfileStatus &st = m_session->status();
    m_name->setText(st.name);
    m_path->setText(QDir::toNativeSeparators(st.directory));
    m_id->setText(st.profileId);
    m_cipher->setText(tr("SQLCipher %1 (AES-256, raw 256-bit key)").arg(st.cipherVersion));
    m_schema->setText(tr("%1 (this Keyward supports up to %2)").arg(st.schemaVersion).arg(st.supportedSchemaVersion));
    m_keySource->setText(st.keySource == QLatin1String("credentials") ? tr("systemd credentials") : tr("OS keychain"));
    m_events->setText(QLocale().toString(st.auditEvents));
    m_head->setText(tr("#%1 · %2… · %3").arg(st.auditHeadSeq).arg(st.auditHeadHash.left(16), st.auditHeadTime));
    m_checkpoints->setText(st.checkpoints == 0
                               ? tr("none yet (one is signed every 1,000 events and when the profile closes)")
                               : tr("%1 (last at event %2)").arg(st.checkpoints).arg(st.lastCheckpointSeq));
    m_size->setText(QLocale().formattedDataSize(st.databaseBytes));
}

void ProfilePage::backUp()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.kwbackup").arg(m_session->status().name, QDate::currentDate().toString(Qt::ISODate)));
    const QString path
        = DialogHooks::saveFileName(this, tr("Save encrypted backup"), suggested, tr("Keyward backups (*.kwbackup)"));
    if (path.isEmpty())
        return;
    m_backup->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Information, tr("Writing the backup…"));
    m_session->host()->call(
        this,
        [path](Engine::EngineHost::Slot &engine) -> Result<Backup::BackupInfo> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->createBackup(path);
        },
        [this](const Result<Backup::BackupInfo> &info) {
            m_backup->setEnabled(true);
            if (info.ok()) {
                m_messages->showMessage(
                    MessageBar::Kind::Success,
                    tr("Backup written to %1 (%2, audit events up to #%3).")
                        .arg(QDir::toNativeSeparators(info->path), QLocale().formattedDataSize(info->bytes))
                        .arg(info->auditHeadSeq));
            } else {
                m_messages->showMessage(MessageBar::Kind::Error, info.error().userMessage);
            }
            Q_EMIT storeChanged();
        });
}

void ProfilePage::rotateKey()
{
    if (!DialogHooks::confirm(this, tr("Rotate the database key"),
                              tr("Keyward will make a new random key, re-encrypt the whole database with it and "
                                 "store it in the OS keychain. Backups made before keep their own key. Continue?"),
                              tr("Rotate key")))
        return;
    m_rekey->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Information, tr("Re-encrypting the database…"));
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Status {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->rekeyDatabase();
        },
        [this](const Status &status) {
            m_rekey->setEnabled(true);
            if (status.ok())
                m_messages->showMessage(MessageBar::Kind::Success, tr("The database key was rotated."));
            else
                m_messages->showMessage(MessageBar::Kind::Error, status.error().userMessage);
            Q_EMIT storeChanged();
        });
}

void ProfilePage::loadTokenKeys()
{
    if (!m_session->allows(Access::Permission::KeysRead))
        return;
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QList<Connections::KeyRing::KeyInfo>> {
            if (!engine)
                return QList<Connections::KeyRing::KeyInfo>();
            return engine->connections().keyRing().keys();
        },
        [this](const Result<QList<Connections::KeyRing::KeyInfo>> &keys) {
            if (!keys.ok()) {
                m_messages->showMessage(MessageBar::Kind::Error, keys.error().userMessage);
                return;
            }
            // Newest first: the active key on top.
            QList<Connections::KeyRing::KeyInfo> ring = keys.value();
            std::reverse(ring.begin(), ring.end());
            bool retiring = false;
            m_tokenKeys->setRowCount(0);
            m_tokenKeys->setRowCount(static_cast<int>(ring.size()));
            for (int row = 0; row < ring.size(); ++row) {
                const Connections::KeyRing::KeyInfo &key = ring.at(row);
                retiring = retiring || key.state == QLatin1String("retiring");
                const QStringList cells {key.id, keyStateText(key.state), timeText(key.createdMs),
                                         timeText(key.retiredMs), QLocale().toString(key.sealedValues)};
                for (int column = 0; column < KeyColumnCount; ++column) {
                    auto *item = new QTableWidgetItem(cells.at(column));
                    item->setData(Qt::UserRole, key.state);
                    m_tokenKeys->setItem(row, column, item);
                }
                m_tokenKeys->item(row, KeySealed)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            // A ring holds a handful of keys: show them all without an empty expanse below, up to eight rows.
            const int rows = std::min(static_cast<int>(ring.size()), 8);
            m_tokenKeys->setFixedHeight(m_tokenKeys->horizontalHeader()->sizeHint().height()
                                        + rows * m_tokenKeys->verticalHeader()->defaultSectionSize()
                                        + 2 * m_tokenKeys->frameWidth());
            m_noTokenKeys->setVisible(ring.isEmpty());
            m_tokenKeys->setVisible(!ring.isEmpty());
            // The engine retires the old key once its tokens are sealed again: follow that while it happens.
            if (retiring && isVisible())
                m_resealWatch->start();
        });
}

void ProfilePage::rotateTokenKey()
{
    if (!DialogHooks::confirm(this, tr("Rotate the token key"),
                              tr("Keyward will make a new token key in the OS keychain and seal new tokens with it. "
                                 "In the background it then seals every stored token again under the new key; when "
                                 "no token uses the old key any more, the old key is retired and removed from the "
                                 "keychain. Connections keep working throughout. Continue?"),
                              tr("Rotate token key")))
        return;
    m_rotateTokenKey->setEnabled(false);
    m_messages->showMessage(MessageBar::Kind::Information, tr("Making a new token key…"));
    m_session->host()->call(
        this,
        [](Engine::EngineHost::Slot &engine) -> Result<QString> {
            if (!engine)
                return Error {ErrorCode::NotFound, tr("No profile is open.")};
            return engine->connections().rotateKeys();
        },
        [this](const Result<QString> &created) {
            m_rotateTokenKey->setEnabled(true);
            if (created.ok())
                m_messages->showMessage(MessageBar::Kind::Success,
                                        tr("New token key %1 is active. Keyward seals every token again under it in "
                                           "the background and retires the old key when that is done.")
                                            .arg(created.value()));
            else
                m_messages->showMessage(MessageBar::Kind::Error, created.error().userMessage);
            loadTokenKeys();
            Q_EMIT storeChanged();
        });
}

} // namespace Keyward::Ui

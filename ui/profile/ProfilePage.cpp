#include "ProfilePage.h"

#include "common/DialogHooks.h"
#include "common/MessageBar.h"
#include "engine/ProfileSession.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

ProfilePage::ProfilePage(Engine::ProfileSession *session, MessageBar *messages, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_messages(messages)
    , m_form(new QFormLayout)
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
    auto *hint = new QLabel(tr("Backups are encrypted with the profile's backup key, kept in the OS keychain beside "
                               "the database key; see the README for restoring on another machine."),
                            this);
    hint->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_backup);
    actions->addWidget(m_rekey);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(m_form);
    layout->addSpacing(12);
    layout->addLayout(actions);
    layout->addWidget(hint);
    layout->addStretch();

    connect(m_backup, &QPushButton::clicked, this, &ProfilePage::backUp);
    connect(m_rekey, &QPushButton::clicked, this, &ProfilePage::rotateKey);
    connect(m_session, &Engine::ProfileSession::statusChanged, this, &ProfilePage::updateStatus);
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

} // namespace Keyward::Ui

#include "TokenCreatedDialog.h"

#include "common/SecretClipboard.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyward::Ui {

namespace {

QString tokenSummary(const Access::ApiToken &token)
{
    const QString expiry = token.expiresMs == 0
        ? TokenCreatedDialog::tr("It does not expire; revoke it on the Users page when it is no longer needed.")
        : TokenCreatedDialog::tr("It expires %1.")
              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(token.expiresMs), QLocale::LongFormat));
    return TokenCreatedDialog::tr("Token %1 acts for %2 as %3. %4")
        .arg(token.id)
        .arg(token.userName, Access::roleLabel(token.role), expiry);
}

} // namespace

TokenCreatedDialog::TokenCreatedDialog(const Access::ApiToken &token, const QString &secret, QWidget *parent)
    : TokenCreatedDialog(tr("API token %1").arg(token.id), tokenSummary(token),
                         tr("<b>Shown once.</b> Keyward keeps only a hash of the token: copy it into the "
                            "script's secret store or a file only its user can read (keyward-cli "
                            "--token-file), then close this window."),
                         secret, tr("The API token"), parent)
{ }

TokenCreatedDialog::TokenCreatedDialog(const QString &title, const QString &summary, const QString &notice,
                                       const QString &secret, const QString &accessibleName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tokenCreatedDialog"));
    setWindowTitle(title);
    auto *about = new QLabel(summary, this);
    about->setObjectName(QStringLiteral("tokenSummary"));
    about->setWordWrap(true);
    auto *once = new QLabel(notice, this);
    once->setObjectName(QStringLiteral("shownOnceNotice"));
    once->setWordWrap(true);
    once->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border-radius: 4px; "
                                       "padding: 6px; }"));

    auto *value = new QLineEdit(secret, this);
    value->setObjectName(QStringLiteral("tokenValue"));
    value->setAccessibleName(accessibleName);
    value->setReadOnly(true);
    value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(secret) + 24);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyTokenButton"));
    copy->setAccessibleName(tr("Copy the token to the clipboard"));
    auto *copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("tokenCopied"));
    connect(copy, &QPushButton::clicked, this, [value, copied] {
        SecretClipboard::copy(value->text());
        copied->setText(
            tr("Copied; the clipboard is cleared in %n second(s).", nullptr, SecretClipboard::kClearAfterMs / 1000));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("tokenCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *row = new QHBoxLayout;
    row->addWidget(value, 1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(once);
    layout->addWidget(about);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(buttons);
}

} // namespace Keyward::Ui

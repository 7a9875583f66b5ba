#pragma once

#include "access/User.h"

#include <QDialog>

namespace Keyward::Ui {

/// Shows a new API token (or another secret Keyward keeps no readable copy of, such as a webhook endpoint's signing
/// secret) once, with a button that copies it to the clipboard (tagged as a secret and cleared after a while).
class TokenCreatedDialog : public QDialog
{
    Q_OBJECT

public:
    TokenCreatedDialog(const Access::ApiToken &token, const QString &secret, QWidget *parent = nullptr);
    /// Any secret shown once: the window `title`, a `summary` of what it is for, the highlighted `notice` (rich
    /// text) saying where to put it, and `accessibleName` for the field showing it.
    TokenCreatedDialog(const QString &title, const QString &summary, const QString &notice, const QString &secret,
                       const QString &accessibleName, QWidget *parent = nullptr);
};

} // namespace Keyward::Ui

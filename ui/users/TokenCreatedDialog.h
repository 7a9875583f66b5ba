#pragma once

#include "access/User.h"

#include <QDialog>

namespace Keyward::Ui {

/// Shows a new API token once, with a button that copies it to the clipboard (tagged as a secret and cleared
/// after a while).
class TokenCreatedDialog : public QDialog
{
    Q_OBJECT

public:
    TokenCreatedDialog(const Access::ApiToken &token, const QString &secret, QWidget *parent = nullptr);
};

} // namespace Keyward::Ui

#pragma once

#include "access/AccessService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Keyward::Ui {

/// Shows a user's two-factor enrollment once: the QR code of the TOTP URI for an authenticator app, the URI and
/// the secret as text for apps that cannot scan, and the recovery codes. Nothing of it can be shown again.
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { NewUser, Reset };

    EnrollmentDialog(const Access::Enrollment &enrollment, Reason reason, QWidget *parent = nullptr);

    /// A sentence about what to do after closing ("Sign in as alice…").
    void setNextStep(const QString &text);
    /// The QR code as painted (with its quiet zone), for tests.
    QPixmap qrCode() const;

    /// The QR code of `text` with a quiet zone of four light modules, `modulePixels` pixels per module; a null
    /// image when the text does not fit a QR code.
    static QImage paintQrCode(const QString &text, int modulePixels);

private:
    QLabel *m_qr;
    QLabel *m_nextStep;
};

} // namespace Keyward::Ui

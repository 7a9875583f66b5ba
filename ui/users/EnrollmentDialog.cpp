#include "EnrollmentDialog.h"

#include "access/QrCode.h"
#include "common/SecretClipboard.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyward::Ui {

namespace {

constexpr int kQuietZoneModules = 4; // ISO/IEC 18004 §6.3.8
constexpr int kQrTargetPixels = 240;

} // namespace

QImage EnrollmentDialog::paintQrCode(const QString &text, int modulePixels)
{
    auto code = Access::QrCode::encode(text);
    if (!code.ok())
        return {};
    const int side = (code->size() + 2 * kQuietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white); // white whatever the theme: scanners expect dark modules on light
    QPainter painter(&image);
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) {
            if (code->isDark(x, y))
                painter.fillRect((x + kQuietZoneModules) * modulePixels, (y + kQuietZoneModules) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
        }
    }
    return image;
}

EnrollmentDialog::EnrollmentDialog(const Access::Enrollment &enrollment, Reason reason, QWidget *parent)
    : QDialog(parent)
    , m_qr(new QLabel(this))
    , m_nextStep(new QLabel(this))
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    const QString name = enrollment.user.name;
    setWindowTitle(reason == Reason::NewUser ? tr("Two-factor sign-in for %1").arg(name)
                                             : tr("New two-factor sign-in for %1").arg(name));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *once = new QLabel(tr("<b>Shown once.</b> Keyward keeps only what it needs to check codes: this QR code, "
                               "the secret and the recovery codes cannot be shown again. Set up the authenticator "
                               "app and store the recovery codes now."),
                            this);
    once->setObjectName(QStringLiteral("shownOnceNotice"));
    once->setWordWrap(true);
    once->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; border-radius: 4px; "
                                       "padding: 6px; }"));

    const int modules = [&] {
        auto code = Access::QrCode::encode(enrollment.totpUri);
        return code.ok() ? code->size() + 2 * kQuietZoneModules : 0;
    }();
    const QImage image
        = modules > 0 ? paintQrCode(enrollment.totpUri, std::max(3, kQrTargetPixels / modules)) : QImage();
    m_qr->setObjectName(QStringLiteral("totpQrCode"));
    m_qr->setAccessibleName(tr("QR code of the authenticator enrollment"));
    if (image.isNull())
        m_qr->setText(tr("The enrollment is too long for a QR code: enter the secret by hand."));
    else
        m_qr->setPixmap(QPixmap::fromImage(image));
    m_qr->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *scan = new QLabel(tr("1. Scan the QR code with an authenticator app (FreeOTP, Aegis, Google or Microsoft "
                               "Authenticator, 1Password…) on a device %1 keeps with them.\n\n"
                               "2. An app that cannot scan takes the secret by hand: time-based, SHA-1, 6 digits, "
                               "30 seconds.\n\n"
                               "3. Store the recovery codes where %1 finds them without this computer (a password "
                               "manager, or on paper). Each signs in once in place of a code when the "
                               "authenticator is lost.")
                                .arg(name),
                            this);
    scan->setObjectName(QStringLiteral("enrollmentSteps"));
    scan->setWordWrap(true);
    scan->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *secret = new QLineEdit(enrollment.totpSecretBase32, this);
    secret->setObjectName(QStringLiteral("totpSecret"));
    secret->setAccessibleName(tr("Secret for entering by hand"));
    secret->setReadOnly(true);
    secret->setFont(fixed);
    auto *uri = new QLineEdit(enrollment.totpUri, this);
    uri->setObjectName(QStringLiteral("totpUri"));
    uri->setAccessibleName(tr("Enrollment URI"));
    uri->setReadOnly(true);
    uri->setCursorPosition(0);

    auto *codes = new QPlainTextEdit(enrollment.recoveryCodes.join(u'\n'), this);
    codes->setObjectName(QStringLiteral("recoveryCodes"));
    codes->setAccessibleName(tr("Recovery codes, each usable once"));
    codes->setReadOnly(true);
    codes->setFont(fixed);
    codes->setLineWrapMode(QPlainTextEdit::NoWrap);
    codes->setFixedHeight(codes->fontMetrics().lineSpacing() * (static_cast<int>(enrollment.recoveryCodes.size()) + 1)
                          + 2 * codes->frameWidth() + 8);
    auto *copyCodes = new QPushButton(tr("&Copy recovery codes"), this);
    copyCodes->setObjectName(QStringLiteral("copyRecoveryCodesButton"));
    copyCodes->setAccessibleName(tr("Copy the recovery codes to the clipboard"));
    connect(copyCodes, &QPushButton::clicked, this, [codes] { SecretClipboard::copy(codes->toPlainText()); });

    m_nextStep->setObjectName(QStringLiteral("enrollmentNextStep"));
    m_nextStep->setWordWrap(true);
    m_nextStep->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *done = buttons->addButton(tr("I have stored them — &close"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("enrollmentDoneButton"));
    done->setAccessibleName(tr("Close; the enrollment cannot be shown again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(m_qr);
    top->addSpacing(12);
    top->addWidget(scan, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Secret:"), secret);
    form->addRow(tr("&URI:"), uri);
    auto *codesLabel = new QLabel(tr("&Recovery codes:"), this);
    codesLabel->setBuddy(codes);
    auto *codesColumn = new QVBoxLayout;
    codesColumn->addWidget(codes);
    codesColumn->addWidget(copyCodes, 0, Qt::AlignLeft);
    form->addRow(codesLabel, codesColumn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(once);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_nextStep);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

void EnrollmentDialog::setNextStep(const QString &text)
{
    m_nextStep->setText(text);
    m_nextStep->setVisible(!text.isEmpty());
}

QPixmap EnrollmentDialog::qrCode() const
{
    return m_qr->pixmap();
}

} // namespace Keyward::Ui

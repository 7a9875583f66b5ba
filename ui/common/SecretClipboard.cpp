#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTimer>

namespace Keyward::Ui::SecretClipboard {

void copy(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // Clipboard managers leave entries with these hints out of their history (as KeePassXC's Clipboard does):
    // KDE's Klipper and others on Linux, nspasteboard.org on macOS, the clipboard history on Windows.
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArrayLiteral("1"));
#else
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    QApplication::clipboard()->setMimeData(mime);
    QTimer::singleShot(kClearAfterMs, qApp, [secret] {
        QClipboard *clipboard = QApplication::clipboard();
        if (clipboard->text() == secret)
            clipboard->clear();
    });
}

} // namespace Keyward::Ui::SecretClipboard

#include "QrCode.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace Keyward::Access {

Result<QrCode> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return Error {ErrorCode::Usage, tr("There is nothing to put in the QR code.")};
    const QByteArray utf8 = text.toUtf8();
    if (utf8.contains('\0'))
        return Error {ErrorCode::Usage, tr("The text for the QR code contains a NUL character, which it cannot hold.")};

    // Mixed modes (QR_MODE_8 as the hint keeps non-ASCII bytes as bytes rather than Kanji) give the smallest symbol,
    // which phones scan most easily.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (!symbol) {
        const int error = errno;
        if (error == ERANGE)
            return Error {ErrorCode::Usage, tr("The text is too long for a QR code (%1 bytes).").arg(utf8.size()),
                          QStringLiteral("QRcode_encodeString: ERANGE")};
        return Error {ErrorCode::Failure, tr("The QR code could not be made: retry, or report this as a bug."),
                      QStringLiteral("QRcode_encodeString failed, errno %1").arg(error)};
    }

    QrCode code;
    code.m_size = symbol->width;
    code.m_version = symbol->version;
    code.m_modules.resize(qsizetype(code.m_size) * code.m_size);
    // libqrencode marks a dark module with the lowest bit; the other bits say what kind of module it is.
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules.setBit(i, symbol->data[i] & 1);
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.testBit(qsizetype(y) * m_size + x);
}

QList<QBitArray> QrCode::rows() const
{
    QList<QBitArray> out;
    out.reserve(m_size);
    for (int y = 0; y < m_size; ++y) {
        QBitArray row(m_size);
        for (int x = 0; x < m_size; ++x)
            row.setBit(x, isDark(x, y));
        out.append(row);
    }
    return out;
}

} // namespace Keyward::Access

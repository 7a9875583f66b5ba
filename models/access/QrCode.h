#pragma once

#include "core/Result.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Keyward::Access {

/// A QR code (libqrencode, error correction level M) as a square matrix of modules, for the console to paint and
/// the CLI to print; models/ draws nothing. The matrix has no quiet zone: whoever draws it leaves four light
/// modules around it (ISO/IEC 18004 §6.3.8).
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::QrCode)

public:
    /// The smallest QR code (any version) that holds `text` as UTF-8 at level M. ErrorCode::Usage for empty text,
    /// text with a NUL character or text too long for any QR code.
    static Result<QrCode> encode(const QString &text);

    /// Modules per side: 17 + 4 × version.
    int size() const { return m_size; }
    /// 1 to 40.
    int version() const { return m_version; }
    /// Whether the module in column `x`, row `y` is dark; false outside the matrix.
    bool isDark(int x, int y) const;
    /// Row by row (y), each row a bit per column (x), set for dark.
    QList<QBitArray> rows() const;

private:
    QrCode() = default;

    int m_size = 0;
    int m_version = 0;
    QBitArray m_modules; ///< row-major, size × size
};

} // namespace Keyward::Access

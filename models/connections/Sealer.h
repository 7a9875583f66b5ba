#pragma once

#include "core/Result.h"
#include "core/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace Keyward::Connections::Sealer {

/// AES-256-GCM sealing of token values, under a key of the token key ring.
///
/// A sealed value is `"K1"`, one byte of key id length, the key id (ASCII), a 12-byte random nonce, the ciphertext
/// and the 16-byte tag. The tag covers the header (magic and key id) and the associated data (not stored), which
/// binds a value to its place, such as "connection:42:refresh": a sealed value copied into another row or column
/// does not open.
QByteArray seal(const SecureBytes &key, const QString &keyId, const SecureBytes &plain, const QByteArray &aad);
/// The plaintext; ErrorCode::Integrity when the value was changed, is bound elsewhere, or the key is wrong.
Result<SecureBytes> open(const SecureBytes &key, const QByteArray &sealed, const QByteArray &aad);
/// The id of the key that sealed `sealed`, or empty when it is not a sealed value.
QString keyIdOf(const QByteArray &sealed);

} // namespace Keyward::Connections::Sealer

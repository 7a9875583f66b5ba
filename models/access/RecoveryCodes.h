#pragma once

#include "core/Result.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace Keyward::Access {

struct IssuedRecoveryCodes;

/// One-time recovery codes for when the authenticator app is lost, as stored: one salted SHA-256 hash per unused
/// code. A code is `xxxx-xxxx-xxxx-xxxx` over Crockford's base32 alphabet (digits and lowercase letters without
/// i, l, o and u), 80 random bits. Typing is forgiving: case, dashes and spaces do not matter, and o, i and l are
/// read as 0, 1 and 1.
///
/// Why a fast hash and not argon2id: a slow hash protects low-entropy secrets people choose. These codes are 80
/// bits from the CSPRNG, so even at 10^12 guesses a second an offline search of one code's salted hash takes tens
/// of thousands of years, and checking ten codes at sign-in stays instant.
class RecoveryCodes
{
    Q_DECLARE_TR_FUNCTIONS(Keyward::Access::RecoveryCodes)

public:
    static constexpr int kDefaultCount = 10;
    static constexpr int kMaxCount = 100;
    /// Symbols per code, without the dashes: 16 × 5 bits.
    static constexpr int kSymbols = 16;

    RecoveryCodes() = default;

    /// `count` fresh codes: the text to show the user once, and the hashes to store. ErrorCode::Usage for a count
    /// outside 1..kMaxCount.
    static Result<IssuedRecoveryCodes> generate(int count = kDefaultCount);
    /// Reads stored hashes back (as stored() wrote them); ErrorCode::Integrity when one is not.
    static Result<RecoveryCodes> fromStored(const QByteArrayList &hashes);
    /// One `sha256$<salt>$<digest>` entry (unpadded base64) per unused code, in no meaningful order.
    QByteArrayList stored() const { return m_hashes; }
    int remaining() const { return static_cast<int>(m_hashes.size()); }

    /// Checks `typed` against every unused code in constant time and, when it matches one, removes that code so it
    /// never works again; the caller then stores stored(). ErrorCode::Usage when `typed` cannot be a recovery code,
    /// ErrorCode::PermissionDenied when it is none of the unused ones.
    Status consume(QStringView typed);

private:
    QByteArrayList m_hashes;
};

struct IssuedRecoveryCodes
{
    QStringList codes; ///< shown once, then forgotten
    RecoveryCodes stored;
};

} // namespace Keyward::Access

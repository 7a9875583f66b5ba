#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <vector>

namespace Keyward {

/// A buffer for key material: wiped with OPENSSL_cleanse when destroyed or cleared, never implicitly turned
/// into a QByteArray (which could leave copies behind).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char *data, std::size_t size);
    SecureBytes(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    /// `size` bytes from OpenSSL's CSPRNG (RAND_bytes); empty on the (practically impossible) failure.
    static SecureBytes random(std::size_t size);
    /// Takes over a QByteArray's content and wipes the source.
    static SecureBytes takeFrom(QByteArray &source);
    /// Decodes lowercase or uppercase hex; empty if malformed.
    static SecureBytes fromHex(const QByteArray &hex);

    const unsigned char *data() const { return m_bytes.data(); }
    unsigned char *data() { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    void clear();

    /// Hex encoding, in another SecureBytes so the caller's copy is wiped too.
    SecureBytes toHex() const;
    /// First 8 hex digits of SHA-256: safe to log or show, identifies a key without revealing it.
    QString fingerprint() const;

    /// Constant-time comparison (CRYPTO_memcmp); sizes are not secret.
    bool equals(const SecureBytes &other) const;

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace Keyward

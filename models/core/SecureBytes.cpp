#include "SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Keyward {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{ }

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecureBytes::SecureBytes(const SecureBytes &other) = default;

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (RAND_bytes(out.data(), static_cast<int>(size)) != 1)
        return {};
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes out(reinterpret_cast<const unsigned char *>(source.constData()),
                    static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        source.detach();
        OPENSSL_cleanse(source.data(), static_cast<std::size_t>(source.size()));
    }
    source.clear();
    return out;
}

static int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

SecureBytes SecureBytes::fromHex(const QByteArray &hex)
{
    if (hex.size() % 2 != 0)
        return {};
    SecureBytes out(static_cast<std::size_t>(hex.size() / 2));
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexValue(hex.at(i));
        const int lo = hexValue(hex.at(i + 1));
        if (hi < 0 || lo < 0)
            return {};
        out.data()[i / 2] = static_cast<unsigned char>(hi << 4 | lo);
    }
    return out;
}

SecureBytes SecureBytes::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_bytes.size() * 2);
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        out.data()[2 * i] = static_cast<unsigned char>(digits[m_bytes[i] >> 4]);
        out.data()[2 * i + 1] = static_cast<unsigned char>(digits[m_bytes[i] & 0xf]);
    }
    return out;
}

QString SecureBytes::fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(m_bytes.data(), m_bytes.size(), digest, &length, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 4).toHex());
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

} // namespace Keyward

#include "TlsIdentity.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Keyward::Webhooks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyward::Webhooks::TlsIdentity", text);
}

template<typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, decltype([](T *p) { Free(p); })>;

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

Result<TlsIdentity> TlsIdentity::fromFiles(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, tr("Cannot read the certificate file %1.").arg(certPath)};
    TlsIdentity identity;
    identity.chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.first().isNull())
        return Error {ErrorCode::Usage, tr("%1 holds no PEM certificate.").arg(certPath)};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error {ErrorCode::NotFound, tr("Cannot read the private key file %1.").arg(keyPath)};
    QByteArray pem = keyFile.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        identity.key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!identity.key.isNull())
            break;
    }
    pem.fill('\0');
    if (identity.key.isNull()) {
        return Error {ErrorCode::Usage, tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyPath)};
    }
    return identity;
}

Result<TlsIdentity> TlsIdentity::selfSigned()
{
    const auto failed = [] {
        return Error {ErrorCode::Failure, tr("Could not make a self-signed certificate (OpenSSL failed).")};
    };
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    if (!key)
        return failed();
    Owned<X509, X509_free> cert(X509_new());
    if (!cert)
        return failed();
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), static_cast<long>(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -300);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Keyward webhooks"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    for (const auto &[nid, value] :
         {std::pair {NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost"},
          std::pair {NID_basic_constraints, "critical,CA:FALSE"}, std::pair {NID_ext_key_usage, "serverAuth"}}) {
        Owned<X509_EXTENSION, X509_EXTENSION_free> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
        if (!extension || !X509_add_ext(cert.get(), extension.get(), -1))
            return failed();
    }
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return failed();
    Owned<BIO, BIO_free_all> certBio(BIO_new(BIO_s_mem()));
    Owned<BIO, BIO_free_all> keyBio(BIO_new(BIO_s_secmem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return failed();
    TlsIdentity identity;
    identity.chain = QSslCertificate::fromData(bioText(certBio.get()), QSsl::Pem);
    QByteArray keyPem = bioText(keyBio.get());
    identity.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    keyPem.fill('\0');
    if (identity.chain.isEmpty() || identity.key.isNull())
        return failed();
    return identity;
}

QString TlsIdentity::fingerprint() const
{
    if (chain.isEmpty())
        return {};
    return QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace Keyward::Webhooks

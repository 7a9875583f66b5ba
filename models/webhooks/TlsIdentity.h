#pragma once

#include "core/Result.h"

#include <QSslCertificate>
#include <QSslKey>

namespace Keyward::Webhooks {

/// The receiver's certificate and private key.
struct TlsIdentity
{
    QList<QSslCertificate> chain; ///< leaf first
    QSslKey key;

    /// Reads PEM files (the certificate file may hold the chain after the leaf).
    static Result<TlsIdentity> fromFiles(const QString &certPath, const QString &keyPath);
    /// A self-signed P-256 certificate for 127.0.0.1 and localhost, valid for 30 days, made in memory (for local
    /// use: senders must be told to trust it; its key never touches the disk).
    static Result<TlsIdentity> selfSigned();
    /// SHA-256 of the leaf certificate, as senders pin it ("AB:CD:...").
    QString fingerprint() const;
};

} // namespace Keyward::Webhooks

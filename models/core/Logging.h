#pragma once

#include <QLoggingCategory>

// One category per area. Tokens, secrets and keys are never logged, not even at debug level: log
// SecureBytes::fingerprint() instead.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)

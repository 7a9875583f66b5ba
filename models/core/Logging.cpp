#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "keyward.storage")
Q_LOGGING_CATEGORY(lcSecrets, "keyward.secrets")
Q_LOGGING_CATEGORY(lcAudit, "keyward.audit")
Q_LOGGING_CATEGORY(lcEngine, "keyward.engine")

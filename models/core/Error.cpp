#include "Error.h"

namespace Keyward {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitCode::Usage;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::SecretMissing:
        return ExitCode::Keychain;
    case ErrorCode::Integrity:
    case ErrorCode::WrongKey:
        return ExitCode::Integrity;
    case ErrorCode::PermissionDenied:
        return ExitCode::PermissionDenied;
    case ErrorCode::ProfileBusy:
        return ExitCode::ProfileBusy;
    case ErrorCode::IncompatibleSchema:
        return ExitCode::Incompatible;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::DiskFull:
        return ExitCode::DiskFull;
    case ErrorCode::Provider:
        return ExitCode::Provider;
    case ErrorCode::SignInFailed:
        return ExitCode::SignInFailed;
    case ErrorCode::ReadOnly:
    case ErrorCode::Cancelled:
    case ErrorCode::Failure:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace Keyward

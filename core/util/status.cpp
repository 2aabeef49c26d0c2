#include "util/status.h"

namespace rtw {

Status Status::invalid(std::vector<FieldError> errors) {
    std::string message;
    for (const auto& e : errors) {
        if (!message.empty()) message += "; ";
        message += e.field + ": " + e.message;
    }
    Status s = error(ErrorCode::InvalidArgument, message.empty() ? "invalid value" : message);
    s.fieldErrors_ = std::move(errors);
    return s;
}

Status Status::withContext(const std::string& context) const {
    if (isOk()) return *this;
    Status s = *this;
    s.message_ = context + ": " + message_;
    return s;
}

const char* errorCodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::Ok:
            return "ok";
        case ErrorCode::InvalidArgument:
            return "invalid_argument";
        case ErrorCode::NotFound:
            return "not_found";
        case ErrorCode::AlreadyExists:
            return "already_exists";
        case ErrorCode::NotAllowed:
            return "not_allowed";
        case ErrorCode::WrongPasscode:
            return "wrong_passcode";
        case ErrorCode::LockedOut:
            return "locked_out";
        case ErrorCode::Corrupt:
            return "corrupt";
        case ErrorCode::NotOurFile:
            return "not_our_file";
        case ErrorCode::Io:
            return "io";
        case ErrorCode::Unsupported:
            return "unsupported";
        case ErrorCode::Internal:
            return "internal";
        case ErrorCode::Unauthenticated:
            return "unauthenticated";
        case ErrorCode::Revoked:
            return "device_revoked";
        case ErrorCode::RateLimited:
            return "rate_limited";
    }
    return "unknown";
}

}  // namespace rtw

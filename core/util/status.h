#pragma once
// Status and Result: how every fallible operation in core reports failure.
// Modelled on Realm's Status: an error code a program can branch on, plus a
// message a person can read. Validation failures also carry the list of
// offending fields so a form can put each message next to its field.

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rtw {

/// What went wrong, coarse enough for callers to branch on.
enum class ErrorCode {
    Ok,
    InvalidArgument,  ///< a value broke a domain rule; see fieldErrors()
    NotFound,         ///< no such record (or not visible to the caller)
    AlreadyExists,    ///< a record with this id exists
    NotAllowed,       ///< the operation breaks a rule (e.g. editing an append-only note)
    WrongPasscode,    ///< the passcode did not unlock the key
    LockedOut,        ///< too many failed passcodes; wait or the store was wiped
    Corrupt,          ///< a file is damaged (truncated, flipped bytes)
    NotOurFile,       ///< a file is not one of ours (foreign or wrong version)
    Io,               ///< the operating system refused a file operation
    Unsupported,      ///< a newer schema or format than this build knows
    Internal,         ///< a bug or an unexpected library failure
    Unauthenticated,  ///< no valid sign-in (missing, expired or unknown token; wrong password)
    Revoked,          ///< the device was revoked: it must wipe its data and sign in again
    RateLimited,      ///< too many attempts; wait and try again
};

/// One invalid field: its name (dotted path, e.g. "plan.phases[2].hours") and
/// what is allowed there, in plain English.
struct FieldError {
    std::string field;
    std::string message;
    bool operator==(const FieldError&) const = default;
};

/// The outcome of an operation that returns nothing on success.
class [[nodiscard]] Status {
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(ErrorCode code, std::string message) {
        Status s;
        s.code_ = code;
        s.message_ = std::move(message);
        return s;
    }
    /// A validation failure; the message lists every field error.
    static Status invalid(std::vector<FieldError> errors);

    bool isOk() const { return code_ == ErrorCode::Ok; }
    explicit operator bool() const { return isOk(); }
    ErrorCode code() const { return code_; }
    const std::string& message() const { return message_; }
    const std::vector<FieldError>& fieldErrors() const { return fieldErrors_; }

    /// Prefix the message with context ("opening the store: ...").
    Status withContext(const std::string& context) const;

private:
    ErrorCode code_ = ErrorCode::Ok;
    std::string message_;
    std::vector<FieldError> fieldErrors_;
};

/// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : value_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
    Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
        if (status_.isOk())
            status_ = Status::error(ErrorCode::Internal, "Result built from an OK status");
    }

    bool isOk() const { return value_.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status& status() const { return status_; }
    T& value() & { return *value_; }
    const T& value() const& { return *value_; }
    T&& value() && { return std::move(*value_); }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() & { return *value_; }
    const T& operator*() const& { return *value_; }

private:
    std::optional<T> value_;
    Status status_;
};

const char* errorCodeName(ErrorCode code);

}  // namespace rtw

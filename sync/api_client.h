#pragma once
// ApiClient: the device's side of the rtw-server HTTP API, one method per
// call in docs/sync-protocol.md. It speaks JSON through a Transport, adds the
// protocol header and bearer token, checks the shape of every answer, and
// turns failures into ApiError kinds the engine can act on (retry later,
// refresh the token, sign in again, wipe, update the app). It keeps no state.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/sync_store.h"
#include "sync/transport.h"

namespace rtw::sync {

/// What kind of failure, by what the engine does about it.
enum class ApiFailure {
    None,
    Network,          ///< no answer (offline, timeout, reset, cancelled): retry later
    Server,           ///< 5xx or a malformed answer: retry later with backoff
    Unauthenticated,  ///< 401 unauthenticated: refresh, else sign in again
    Revoked,          ///< 401 device_revoked: wipe and go to sign-in
    UpdateRequired,   ///< 409 update_required: stop syncing, say who must update
    RateLimited,      ///< 429: wait retryAfterMs
    Refused,          ///< any other 4xx: this request will not work by retrying
};

const char* apiFailureName(ApiFailure f);

struct ApiError {
    ApiFailure kind = ApiFailure::None;
    long status = 0;      ///< HTTP status, 0 without an answer
    std::string code;     ///< the server's error code, when it sent one
    std::string message;  ///< plain English (the server's, or ours)
    std::int64_t retryAfterMs = 0;
    NetError net = NetError::None;
    nlohmann::json fields = nlohmann::json::array();  ///< field errors, when given
};

/// A value or an ApiError.
template <typename T>
struct ApiResult {
    std::optional<T> value;
    ApiError error;
    bool ok() const { return value.has_value(); }
    static ApiResult fail(ApiError e) { return {std::nullopt, std::move(e)}; }
};

/// A signed-in session (POST /v1/auth/sign-in, enrol, refresh).
struct Session {
    std::string server;  ///< base URL, no trailing slash
    std::string accessToken;
    std::int64_t accessExpiresAt = 0;  ///< ms since epoch
    std::string refreshToken;
    std::int64_t refreshExpiresAt = 0;
    std::string deviceId;                            ///< the server's id for this device
    nlohmann::json user = nlohmann::json::object();  ///< id, email, displayName, role, ...

    nlohmann::json toJson() const;
    static std::optional<Session> fromJson(const nlohmann::json& j);
};

/// One operation's answer in a push.
struct PushResult {
    std::string opId;
    bool accepted = false;
    bool duplicate = false;
    std::int64_t seq = 0;
    store::Rejection rejection;  ///< when !accepted
};

struct PullPage {
    std::vector<store::PulledRecord> records;
    std::string cursor;
    bool hasMore = false;
    std::int64_t total = 0;
    std::int64_t remaining = 0;
    std::optional<std::vector<std::string>> scopes;  ///< on the last page
};

class ApiClient {
public:
    ApiClient(Transport& transport, std::string server);

    const std::string& server() const { return server_; }

    ApiResult<Session> signIn(const std::string& email, const std::string& password,
                              const std::string& deviceName);
    ApiResult<Session> enrol(const std::string& code, const std::string& email,
                             const std::string& displayName, const std::string& password,
                             const std::string& deviceName);
    ApiResult<Session> refresh(const std::string& refreshToken);
    ApiResult<bool> signOut(const std::string& accessToken);
    ApiResult<nlohmann::json> me(const std::string& accessToken);
    /// {"code", "expiresAt"}
    ApiResult<nlohmann::json> createInvite(const std::string& accessToken,
                                           const std::string& caseId);

    /// `operations` as encoded by encodeOperation, in outbox order. Every
    /// pushed op id is answered (a missing answer makes the whole answer malformed).
    ApiResult<std::vector<PushResult>> push(const std::string& accessToken,
                                            const nlohmann::json& operations);
    ApiResult<PullPage> pull(const std::string& accessToken, const std::string& cursor, int limit);

private:
    ApiResult<nlohmann::json> call(const std::string& method, const std::string& path,
                                   const std::string& accessToken, const nlohmann::json* body);
    ApiResult<Session> session(ApiResult<nlohmann::json> answer);

    Transport& transport_;
    std::string server_;
};

/// Parses answers (exposed for tests): nullopt when the shape is wrong.
std::optional<std::vector<PushResult>> parsePushAnswer(const nlohmann::json& body,
                                                       const nlohmann::json& operations);
std::optional<PullPage> parsePullPage(const nlohmann::json& body);

}  // namespace rtw::sync

#pragma once
// SyncClient: one device's sync, synchronous, on the calling thread. It owns
// no thread and no timer: SyncEngine runs it on a worker thread on a
// schedule; rtw-cli and the tests call it directly.
//
// A cycle (docs/sync-protocol.md section 7): refresh the access token when
// it is near expiry; push the outbox in batches (an operation leaves the
// outbox only when the server answered it); pull pages from the saved cursor,
// each applied with its cursor in one transaction; purge the cases the last
// page's scopes no longer list. Any failure stops the cycle where it is;
// everything done so far is kept and the next cycle resumes from there.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/store.h"
#include "sync/api_client.h"
#include "sync/push_batch.h"
#include "sync/transport.h"
#include "util/clock.h"

namespace rtw::sync {

struct SyncClientOptions {
    BatchLimits push;                       ///< at most 500 ops and 1 MiB per request
    int pullPageSize = 500;                 ///< records per pull page (1..1000)
    std::int64_t refreshMarginMs = 60'000;  ///< refresh when the access token expires sooner
    int maxPushRounds = 1000;               ///< a device writing non-stop still finishes a cycle
};

/// Progress of a pull: `done` of `total` records (total 0 = unknown).
using ProgressFn = std::function<void(std::int64_t done, std::int64_t total, bool initial)>;

struct CycleResult {
    ApiError error;             ///< kind None when the cycle completed
    std::int64_t pushed = 0;    ///< operations the server answered `accepted`
    std::int64_t rejected = 0;  ///< operations the server refused (now in the rejected list)
    std::int64_t pulled = 0;    ///< records applied
    std::vector<std::string> purgedCases;
    bool ok() const { return error.kind == ApiFailure::None; }
};

class SyncClient {
public:
    SyncClient(store::Store& store, Transport& transport, const Clock& clock,
               SyncClientOptions options = {});

    /// Signs in and keeps the session in the store. Refused (Refused kind)
    /// when the store holds another person's data.
    ApiResult<Session> signIn(const std::string& server, const std::string& email,
                              const std::string& password, const std::string& deviceName);
    /// A patient's first sign-in with an adviser's invite code.
    ApiResult<Session> enrol(const std::string& server, const std::string& code,
                             const std::string& email, const std::string& displayName,
                             const std::string& password, const std::string& deviceName);
    /// Ends the session on the server (best effort) and forgets it here.
    /// Local data stays unless the caller wipes it.
    Status signOut();

    /// The saved session, if signed in.
    std::optional<Session> session();

    /// One full cycle. Progress is reported from this thread.
    CycleResult syncOnce(const ProgressFn& progress = {});
    /// Only the push half (tests, rtw-cli `push`).
    CycleResult pushOnly();

    /// An invite code for the patient of a case (advisers).
    ApiResult<nlohmann::json> createInvite(const std::string& caseId);

private:
    ApiResult<Session> adopt(ApiResult<Session> s);
    /// Runs `call` with a fresh access token; on 401 unauthenticated, refreshes
    /// once and tries again.
    template <typename T, typename Fn>
    ApiResult<T> authed(Fn&& call);
    ApiError refreshSession(Session& s);
    ApiError push(CycleResult& result);
    ApiError pull(CycleResult& result, const ProgressFn& progress);

    store::Store& store_;
    Transport& transport_;
    const Clock& clock_;
    SyncClientOptions options_;
};

}  // namespace rtw::sync

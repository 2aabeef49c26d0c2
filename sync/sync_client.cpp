#include "sync/sync_client.h"

namespace rtw::sync {

using nlohmann::json;

namespace {

constexpr const char* kSessionKey = "session";
constexpr const char* kUserKey = "user_id";

ApiError storeError(const Status& s) {
    ApiError e;
    e.kind = ApiFailure::Refused;
    e.code = "device_storage";
    e.message = "The data on this device could not be updated: " + s.message();
    return e;
}

}  // namespace

SyncClient::SyncClient(store::Store& store, Transport& transport, const Clock& clock,
                       SyncClientOptions options)
    : store_(store), transport_(transport), clock_(clock), options_(options) {}

std::optional<Session> SyncClient::session() {
    auto v = store_.sync().value(kSessionKey);
    if (!v || !*v) return std::nullopt;
    return Session::fromJson(json::parse(**v, nullptr, false));
}

ApiResult<Session> SyncClient::adopt(ApiResult<Session> s) {
    if (!s.ok()) return s;
    const std::string userId = s.value->user.value("id", "");
    auto previous = store_.sync().value(kUserKey);
    if (previous && *previous && !(*previous)->empty() && **previous != userId) {
        // Another person's data is on this device: do not mix the two.
        ApiClient(transport_, s.value->server).signOut(s.value->accessToken);
        ApiError e;
        e.kind = ApiFailure::Refused;
        e.code = "other_user";
        e.message = "This device holds another person's data. Sign out and erase it first.";
        return ApiResult<Session>::fail(e);
    }
    if (Status st =
            store_.sync().setValues({{kSessionKey, s.value->toJson().dump()}, {kUserKey, userId}});
        !st)
        return ApiResult<Session>::fail(storeError(st));
    return s;
}

ApiResult<Session> SyncClient::signIn(const std::string& server, const std::string& email,
                                      const std::string& password, const std::string& deviceName) {
    transport_.clearCancel();
    return adopt(ApiClient(transport_, server).signIn(email, password, deviceName));
}

ApiResult<Session> SyncClient::enrol(const std::string& server, const std::string& code,
                                     const std::string& email, const std::string& displayName,
                                     const std::string& password, const std::string& deviceName) {
    transport_.clearCancel();
    return adopt(
        ApiClient(transport_, server).enrol(code, email, displayName, password, deviceName));
}

Status SyncClient::signOut() {
    if (auto s = session()) (void)ApiClient(transport_, s->server).signOut(s->accessToken);
    return store_.sync().setValues({{kSessionKey, std::nullopt}});
}

ApiError SyncClient::refreshSession(Session& s) {
    auto fresh = ApiClient(transport_, s.server).refresh(s.refreshToken);
    if (!fresh.ok()) return fresh.error;
    fresh.value->server = s.server;
    if (Status st = store_.sync().setValues({{kSessionKey, fresh.value->toJson().dump()}}); !st)
        return storeError(st);
    s = *fresh.value;
    return {};
}

template <typename T, typename Fn>
ApiResult<T> SyncClient::authed(Fn&& call) {
    auto s = session();
    if (!s) {
        ApiError e;
        e.kind = ApiFailure::Unauthenticated;
        e.code = "signed_out";
        e.message = "Sign in to sync.";
        return ApiResult<T>::fail(e);
    }
    if (s->accessExpiresAt - clock_.nowMs() < options_.refreshMarginMs) {
        if (ApiError e = refreshSession(*s); e.kind != ApiFailure::None)
            return ApiResult<T>::fail(e);
    }
    ApiClient api(transport_, s->server);
    ApiResult<T> r = call(api, s->accessToken);
    if (r.ok() || r.error.kind != ApiFailure::Unauthenticated) return r;
    // The token may have been dropped early (server restart, clock skew): refresh once.
    if (ApiError e = refreshSession(*s); e.kind != ApiFailure::None) return ApiResult<T>::fail(e);
    return call(api, s->accessToken);
}

ApiResult<json> SyncClient::createInvite(const std::string& caseId) {
    transport_.clearCancel();
    return authed<json>(
        [&](ApiClient& api, const std::string& token) { return api.createInvite(token, caseId); });
}

ApiError SyncClient::push(CycleResult& result) {
    for (int round = 0; round < options_.maxPushRounds; ++round) {
        auto entries = store_.sync().pendingOutbox(static_cast<int>(options_.push.maxOperations));
        if (!entries) return storeError(entries.status());
        if (entries->empty()) return {};
        auto batches = makeBatches(*entries, options_.push);
        const json& ops = batches.front().operations;
        auto answer = authed<std::vector<PushResult>>(
            [&](ApiClient& api, const std::string& token) { return api.push(token, ops); });
        if (!answer.ok()) return answer.error;
        std::vector<std::string> accepted;
        std::vector<store::Rejection> rejected;
        for (auto& r : *answer.value) {
            if (r.accepted) {
                accepted.push_back(r.opId);
            } else {
                rejected.push_back(std::move(r.rejection));
            }
        }
        if (Status s = store_.sync().recordPushResults(accepted, rejected); !s)
            return storeError(s);
        result.pushed += static_cast<std::int64_t>(accepted.size());
        result.rejected += static_cast<std::int64_t>(rejected.size());
    }
    return {};
}

ApiError SyncClient::pull(CycleResult& result, const ProgressFn& progress) {
    auto cursor = store_.sync().cursor();
    if (!cursor) return storeError(cursor.status());
    const bool initial = *cursor == "0";
    std::int64_t total = -1;
    for (;;) {
        auto page = authed<PullPage>([&](ApiClient& api, const std::string& token) {
            return api.pull(token, *cursor, options_.pullPageSize);
        });
        if (!page.ok()) return page.error;
        if (total < 0) {
            total = page.value->total;
            if (progress) progress(0, total, initial);
        }
        if (page.value->hasMore && page.value->cursor == *cursor) {
            ApiError e;
            e.kind = ApiFailure::Server;
            e.code = "malformed_answer";
            e.message = "The server's pull did not move forward.";
            return e;
        }
        auto purged =
            store_.sync().applyPage(page.value->records, page.value->cursor,
                                    page.value->hasMore ? std::nullopt : page.value->scopes);
        if (!purged) return storeError(purged.status());
        result.pulled += static_cast<std::int64_t>(page.value->records.size());
        for (auto& c : *purged) result.purgedCases.push_back(std::move(c));
        *cursor = page.value->cursor;
        if (progress)
            progress(std::max<std::int64_t>(0, total - page.value->remaining), total, initial);
        if (!page.value->hasMore) return {};
    }
}

CycleResult SyncClient::syncOnce(const ProgressFn& progress) {
    CycleResult result;
    result.error = push(result);
    if (result.error.kind == ApiFailure::None) result.error = pull(result, progress);
    return result;
}

CycleResult SyncClient::pushOnly() {
    CycleResult result;
    result.error = push(result);
    return result;
}

}  // namespace rtw::sync

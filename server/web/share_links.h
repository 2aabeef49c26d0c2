#pragma once
// Links to the employer's page of a shared plan (docs/api.md, "Sharing a plan
// with an employer"). A link is an unguessable token (256 random bits) for
// one share_grant; the server keeps only its SHA-256. Whether a link opens is
// decided on every request from the current records by the access policy:
// the employer contact of the grant must have an Employer view of the shared
// plan version (grant active and unexpired, share_plan_with_employer consent
// standing), with only this link's grant counted. Nothing is cached, so
// revoking the grant, withdrawing consent or expiry closes the link at once.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/auth/auth_service.h"
#include "server/db/sql_database.h"
#include "server/sync/sync_store.h"
#include "util/clock.h"

namespace rtw::server::web {

/// A new link: the token is shown to its issuer once and never stored.
struct IssuedLink {
    std::string token;
    std::int64_t expiresMs = 0;
};

/// Why a link does not open. Unknown covers guessed tokens; Ended covers
/// revoked, replaced, expired and consent withdrawn (the page says "no
/// longer available" and nothing more, so it leaks no reason).
enum class LinkState { Open, Unknown, Ended };

/// What an open link shows: only the employer view of the plan version.
struct SharedPlan {
    std::string caseId;
    std::string grantId;
    std::string planVersionId;
    std::string employerContactId;
    std::string serviceId;
    std::string csrf;  ///< the link's form token
    /// policy::redactAs(View::Employer, version): employerView(snapshot).
    nlohmann::json view;
    /// The employer's acknowledgement of this grant, if given: its `at`.
    std::optional<std::string> acknowledgedAt;
};

/// What the employer sends from the page.
enum class ResponseKind { Acknowledge, Comment };

struct LinkOpen {
    LinkState state = LinkState::Unknown;
    SharedPlan plan;  ///< when Open
};

/// Whether `token` can be one of ours (43 characters of URL-safe base64), so
/// junk is answered without touching the database. For every link kind.
bool tokenShaped(std::string_view token);

/// The token in what a person pasted: the whole link (".../e/TOKEN", with
/// or without a query or fragment) or the bare token; "" when it holds none.
std::string linkTokenIn(std::string_view pasted);

/// Issues and opens employer links over the server database. Thread-safe.
class ShareLinkStore {
public:
    /// Longest a link lives, whatever the grant's own expiry.
    static constexpr std::int64_t kMaxLifetimeMs = 90LL * 24 * 3600 * 1000;

    ShareLinkStore(db::SqlDatabase& db, SyncStore& sync, const Clock& clock);

    /// A new link for the grant, replacing (closing) any earlier one. The
    /// caller must be the case's adviser or its patient and the grant must
    /// open for its employer contact now. NotFound when the caller may not
    /// know the grant; NotAllowed (with the reason) when the role may not
    /// share or the grant is revoked, expired or lacks consent.
    Result<IssuedLink> issue(const Caller& caller, const std::string& grantId);

    /// Opens a link for viewing: when it opens, an audit_event `read` of the
    /// plan version by the employer contact is written in the same
    /// transaction (the patient sees it at their next sync).
    Result<LinkOpen> view(std::string_view token);

    /// Stores the employer's acknowledgement or comment as an
    /// employer_response record (it syncs to the adviser and the patient)
    /// when the link opens and `csrf` is its form token; a second
    /// acknowledgement of the same grant adds nothing. NotAllowed for a wrong
    /// form token; InvalidArgument (field `comment`) for a bad comment. A
    /// link that does not open answers its state and stores nothing.
    Result<LinkOpen> respond(std::string_view token, std::string_view csrf, ResponseKind kind,
                             const std::string& comment);

    /// For enrolment in the app's employer role: when `pasted` holds an
    /// employer link, what opens it inside the enrolment's transaction (the
    /// grant's contact while the link opens, nullopt when it does not);
    /// nullopt when it holds no link.
    std::optional<AuthService::OpenEmployerLink> enrolmentOpener(std::string_view pasted) const;

private:
    db::SqlDatabase& db_;
    SyncStore& sync_;
    const Clock& clock_;
};

}  // namespace rtw::server::web

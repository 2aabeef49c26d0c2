#pragma once
// GP and self-referral links (docs/api.md, "Referral forms"). An admin makes
// a link for one practice; it names the adviser who receives its referrals
// (the practice's intake adviser). The link opens a short form; a valid
// referral becomes, in one transaction, a case awaiting first contact on that
// adviser's caseload (case, client and referral records written by the
// server, numbered and audited like any change, so the adviser's device pulls
// them at its next sync), and a status link for the referrer. Both tokens
// are 256 random bits; only their SHA-256 is kept. Thread-safe.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/gp_feedback.h"
#include "server/db/sql_database.h"
#include "server/sync/sync_store.h"
#include "server/web/referral_form.h"
#include "server/web/share_links.h"
#include "util/clock.h"

namespace rtw::server::web {

/// A referral link as the admin sees it (never its token).
struct ReferralLink {
    std::string id;
    ReferralKind kind = ReferralKind::Gp;
    std::string practiceId, practiceName, serviceId;
    std::string adviserId, adviserName;
    std::int64_t createdMs = 0;
    std::optional<std::int64_t> revokedMs;
};

/// A new link: the token is shown to the admin once.
struct IssuedReferralLink {
    ReferralLink link;
    std::string token;
};

/// What opening a link gives: its state and, when open, the form's token.
struct ReferralFormOpen {
    LinkState state = LinkState::Unknown;
    ReferralLink link;
    std::string csrf;
};

/// A submitted form: stored (statusToken set), or the problems by field.
struct ReferralSubmission {
    LinkState state = LinkState::Unknown;
    ReferralFormOpen form;
    std::vector<FieldError> errors;  ///< non-empty: nothing was stored
    std::string statusToken;         ///< shown once on the receipt page
    std::string caseId;
};

/// Where a referral stands, for its status page (newest stage first wins).
enum class ReferralStage { Received, Contacted, Declined, Discharged };

/// The feedback letter: core's content and who signs it.
struct FeedbackLetter {
    model::GpFeedback content;
    std::string adviserName;
};

struct ReferralProgress {
    LinkState state = LinkState::Unknown;
    ReferralKind kind = ReferralKind::Gp;
    std::string patientName;
    std::string receivedOn;  ///< ISO date
    ReferralStage stage = ReferralStage::Received;
    std::optional<std::int64_t> firstContactAt;  ///< ms, the first attended contact
    std::string declineReason;
    std::string dischargedOn;  ///< ISO date, when discharged
    /// When discharged and the client agreed (and still agrees) that the
    /// feedback goes to the GP: core's checkMayWriteGpLetter.
    std::optional<FeedbackLetter> letter;
};

class ReferralLinkStore {
public:
    ReferralLinkStore(db::SqlDatabase& db, SyncStore& sync, const Clock& clock);

    /// A new link. InvalidArgument (fields "practice", "adviser") when the
    /// practice is unknown or the adviser is not an active adviser of its
    /// service.
    Result<IssuedReferralLink> create(ReferralKind kind, const std::string& practiceId,
                                      const std::string& adviserId);
    /// Every link, oldest first.
    Result<std::vector<ReferralLink>> list();
    /// Closes a link for good (its status links keep working). NotFound
    /// when there is no such link; revoking twice keeps the first time.
    Result<ReferralLink> revoke(const std::string& linkId);

    /// The link's form, if the link opens.
    Result<ReferralFormOpen> open(std::string_view token);
    /// Checks `csrf` (NotAllowed when wrong) and the form; when valid,
    /// stores the referral in one transaction. A link that does not open
    /// answers its state and stores nothing.
    Result<ReferralSubmission> submit(std::string_view token, std::string_view csrf,
                                      const Form& form);
    /// The referral's progress by its status token (an audited read).
    Result<ReferralProgress> progress(std::string_view statusToken);

private:
    db::SqlDatabase& db_;
    SyncStore& sync_;
    const Clock& clock_;
};

}  // namespace rtw::server::web

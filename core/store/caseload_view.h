#pragma once
// CaseloadView: the adviser's caseload as the app lists it — each case with
// its client, work status, next action and changes waiting to sync — with
// the filters and counts the caseload screen offers.
//
// Reads the v5 `caseload` summary table and joins the few extra facts the
// list needs (open case actions, the referral date) in one query, so the
// whole list of 10,000 cases comes back in one round trip off the UI thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/dates.h"
#include "store/database.h"
#include "util/status.h"

namespace rtw::store {

/// Which cases to list.
enum class CaseloadFilter {
    All,                   ///< every live case, declined and closed included
    AwaitingFirstContact,  ///< referred, not yet seen
    Active,                ///< being worked with
    ReviewDue,             ///< active, with an open action due today or earlier
    Discharged,
};

enum class CaseloadSort {
    NextAction,  ///< most urgent first: the earliest next action, cases without one last
    Name,        ///< family name, then given name
};

struct CaseloadListQuery {
    CaseloadFilter filter = CaseloadFilter::All;
    CaseloadSort sort = CaseloadSort::NextAction;
    /// Full-text match on the client's name or NHS number or on a case note; empty = all.
    std::string text;
    model::Date today{};  ///< decides what "due" means
};

/// One case in the list.
struct CaseloadEntry {
    std::string caseId;
    std::string status;
    std::string givenName;
    std::string familyName;
    std::string workStatus;
    std::int64_t pendingChanges = 0;
    std::optional<std::string> nextActionDue;  ///< ISO date of the earliest open dated action
    std::string nextAction;                    ///< its description ("" when none is open)
    int openActions = 0;
    std::optional<std::string> referralDate;  ///< ISO date of the latest referral
    /// With a text query: true when the name or NHS number matched, false
    /// when only a case note did (the list says so).
    bool matchedByName = true;
};

/// How many cases each filter would show.
struct CaseloadCounts {
    int all = 0;
    int awaitingFirstContact = 0;
    int active = 0;
    int reviewDue = 0;
    int discharged = 0;
};

class CaseloadView {
public:
    explicit CaseloadView(Database& db);

    Result<std::vector<CaseloadEntry>> list(const CaseloadListQuery& query);
    Result<CaseloadCounts> counts(model::Date today);

private:
    Database& db_;
};

}  // namespace rtw::store

#pragma once
// `rtw-server admin seed-demo`: a fictional service to try the app against.
// One service, one practice, an adviser whose sign-in is printed, and about
// 30 cases at different stages (core/demo's caseload: made-up names, NHS
// numbers from the 999 test range) written as server records through the
// same push path devices use, so they are validated, audited and synced
// like any other; and a GP and a self-referral link for the practice.
// Refuses politely when the demo is already there.

#include <optional>
#include <string>

#include "server/accounts/password.h"
#include "server/db/sql_database.h"
#include "util/clock.h"
#include "util/status.h"

namespace rtw::server {

struct DemoSeed {
    bool alreadySeeded = false;
    std::string adviserEmail;
    std::string adviserPassword;  ///< empty when alreadySeeded
    std::string serviceId, practiceId;
    int cases = 0;
    /// "/r/{token}" of a GP referral link and a self-referral link of the
    /// demo practice whose referrals go to the adviser (shown once; empty
    /// when alreadySeeded).
    std::string gpReferralPath, selfReferralPath;
};

inline constexpr const char* kDemoAdviserEmail = "ann.adviser@demo.rtw.example";

/// Seeds `db` (migrated). `password` for the adviser (12+ characters); empty:
/// a random one, returned. Fails and changes nothing on a bad password.
/// Not one transaction (accounts, then the cases in batches): if it fails
/// half-way, start again from a fresh database.
Result<DemoSeed> seedDemo(db::SqlDatabase& db, const Clock& clock, std::string password,
                          PasswordCost cost = PasswordCost::Interactive, int cases = 30);

}  // namespace rtw::server

#pragma once
// `rtw-server admin <command> ...`: set up services, practices and staff
// accounts, reset passwords, list and revoke devices, on the server database.
//
//   create-service  --name N
//   create-practice --service ID --name N [--ods CODE]
//   create-user     --service ID [--practice ID] --role R --email E --name N
//   reset-password  --email E
//   list-devices    [--email E]
//   revoke-device   --device ID
//   seed-demo       a fictional service, adviser and cases (server/seed/demo_seed.h)
//   create-referral-link --practice ID --adviser USER_ID [--kind gp|self]
//                   a GP (or self-) referral form link whose referrals go to
//                   that adviser; its URL is printed once
//   list-referral-links
//   revoke-referral-link --link ID
//
// Every command takes [--db sqlite:PATH] (else RTW_DB, else
// sqlite:rtw-server.db) and [--json]. Passwords come from RTW_ADMIN_PASSWORD,
// else a strong one is generated and printed once. Password hashes are never
// printed. Exit codes: 0 done, 1 failed, 2 bad usage or invalid values.

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "server/accounts/password.h"
#include "util/clock.h"

namespace rtw::server {

/// `args` are the words after "admin"; `env` the process environment.
int runAdmin(const std::vector<std::string>& args,
             const std::vector<std::pair<std::string, std::string>>& env, std::ostream& out,
             std::ostream& err, const Clock& clock, PasswordCost cost = PasswordCost::Interactive);

}  // namespace rtw::server

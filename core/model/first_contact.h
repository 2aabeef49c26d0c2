#pragma once
// Time from referral to first contact: a key service metric (workflow 2),
// shown on the case and counted in the service view. One definition for the
// app and the server: the first contact is the earliest contact the client
// attended, in any mode; cancelled and missed appointments do not count.

#include <optional>
#include <vector>

#include "model/contact.h"
#include "model/dates.h"

namespace rtw::model {

/// When the first attended contact took place; nullopt while there is none.
std::optional<Timestamp> firstContactAt(const std::vector<Contact>& contacts);

/// Whole days from the referral date to the (UTC) day of the first attended
/// contact; nullopt while the client is still waiting.
std::optional<int> daysToFirstContact(Date referralDate, const std::vector<Contact>& contacts);

}  // namespace rtw::model

#include "model/first_contact.h"

namespace rtw::model {

std::optional<Timestamp> firstContactAt(const std::vector<Contact>& contacts) {
    std::optional<Timestamp> first;
    for (const auto& c : contacts) {
        if (c.attendance != Attendance::Attended) continue;
        if (!first || c.at < *first) first = c.at;
    }
    return first;
}

std::optional<int> daysToFirstContact(Date referralDate, const std::vector<Contact>& contacts) {
    const auto first = firstContactAt(contacts);
    if (!first) return std::nullopt;
    return daysBetween(referralDate, utcDateOf(*first));
}

}  // namespace rtw::model

#include "model/contact.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void readParticipant(FieldReader& r, Participant& p) {
    r.text("name", p.name);
    r.text("role", p.role);
}

void read(FieldReader& r, Contact& x) {
    r.timestamp("at", x.at);
    r.choice("mode", x.mode);
    r.text("venue", x.venue);
    r.integer("durationMinutes", x.durationMinutes);
    r.choice("attendance", x.attendance);
    r.objects("participants", x.participants, readParticipant);
}

void check(ErrorList& e, const Contact& x) {
    checkTimestamp(e, "at", x.at);
    checkText(e, "venue", x.venue, kTitleLength);
    checkRange(e, "durationMinutes", x.durationMinutes, 0, 480);
    if (x.attendance != Attendance::Attended && x.durationMinutes != 0) {
        e.addCross("durationMinutes", "must be 0 when the contact did not take place",
                   {"attendance"});
    }
    for (std::size_t i = 0; i < x.participants.size(); ++i) {
        const auto path = indexPath("participants", i);
        checkText(e, fieldPath(path, "name"), x.participants[i].name, kNameLength);
        checkText(e, fieldPath(path, "role"), x.participants[i].role, kNameLength);
    }
}

}  // namespace

Result<Contact> Contact::fromJson(const nlohmann::json& fields) {
    return parseRecord<Contact>(fields, read, check);
}

nlohmann::json toJson(const Contact& x) {
    auto participants = nlohmann::json::array();
    for (const auto& p : x.participants)
        participants.push_back({{"name", p.name}, {"role", p.role}});
    nlohmann::json j = {{"at", timestampJson(x.at)},
                        {"mode", enumJson(x.mode)},
                        {"durationMinutes", x.durationMinutes},
                        {"attendance", enumJson(x.attendance)},
                        {"participants", participants}};
    putOptional(j, "venue", x.venue);
    return j;
}

Status validate(const Contact& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model

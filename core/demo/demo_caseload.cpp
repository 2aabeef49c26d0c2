#include "demo/demo_caseload.h"

#include <random>

namespace rtw::demo {
namespace {

const char* kGiven[] = {"Amira",  "Ben",   "Chloe", "Dev",   "Ewa",   "Farah",
                        "Gareth", "Hana",  "Imran", "Jess",  "Kwame", "Lowri",
                        "Mo",     "Niamh", "Owen",  "Priya", "Rhys",  "Sian"};
const char* kFamily[] = {"Okafor", "Hughes", "Jones", "Patel",    "Nowak",
                         "Evans",  "Khan",   "Smith", "Williams", "Begum",
                         "Murphy", "Davies", "Ahmed", "Thomas",   "Clarke"};
const char* kReasons[] = {
    "Off work with lower back pain for six weeks; worried about lifting duties.",
    "Struggling at work with neck and shoulder pain from long desk hours.",
    "Knee pain after surgery; employer unsure how to plan a return.",
    "Widespread pain and poor sleep; considering leaving her job.",
    "Anxiety and back pain; signed off by GP, keen to get back to work."};
const char* kNotes[] = {
    "First contact by phone. Talked through what the service offers; taking part is voluntary.",
    "Met at the practice. Agreed to try a 10-minute walk each day and to contact the line manager "
    "together next week.",
    "Client reports pain 6/10 most days. Discussed pacing and a phased return starting at 3 hours "
    "a day.",
    "Employer open to amended duties: no lifting over 10 kg for four weeks."};
const char* kStatus[] = {"awaiting_first_contact", "active", "active", "active", "discharged"};

std::string daysBefore(model::Date today, int days) {
    return model::formatIsoDate(
        model::Date{std::chrono::sys_days(today) - std::chrono::days{days}});
}

}  // namespace

std::string testNhsNumber(std::uint32_t draw) {
    for (std::uint32_t attempt = 0;; ++attempt) {
        std::string digits =
            "999" + std::to_string(1000000 + (draw + attempt * 7919) % 9000000).substr(1);
        int sum = 0;
        for (int i = 0; i < 9; ++i) sum += (digits[static_cast<size_t>(i)] - '0') * (10 - i);
        const int check = 11 - sum % 11;
        if (check == 10) continue;  // no valid check digit: pick another
        return digits + std::to_string(check == 11 ? 0 : check);
    }
}

Result<int> addDemoCaseload(store::RecordStore& records, const DemoOptions& o) {
    Result<int> added = 0;
    Status s = records.inTransaction([&](store::RecordStore& r) -> Status {
        added = writeDemoCaseload(
            [&r](const std::string& type, const std::string& caseId, const nlohmann::json& fields) {
                return r.create(type, caseId, fields);
            },
            o);
        return added ? Status::ok() : added.status();
    });
    if (!s) return s;
    return added;
}

Result<int> writeDemoCaseload(const DemoWriter& write, const DemoOptions& o) {
    std::mt19937 rng(o.seed);
    auto pick = [&](const auto& list) { return list[rng() % std::size(list)]; };
    int added = 0;
    const auto& r = write;
    Status s = [&]() -> Status {
        for (int i = 0; i < o.cases; ++i) {
            const std::string status = kStatus[i % std::size(kStatus)];
            const int day = 1 + i % 27;
            std::string opened = "2026-0" + std::to_string(1 + i % 9) + "-" +
                                 (day < 10 ? "0" : "") + std::to_string(day);
            std::string offSickSince = "2025-12-01";
            std::string contactDay = opened;
            if (o.today) {
                const int ago = status == "awaiting_first_contact" ? 1 + i % 12
                                : status == "active"               ? 25 + (i * 7) % 90
                                                                   : 130 + i % 60;
                opened = daysBefore(*o.today, ago);
                offSickSince = daysBefore(*o.today, ago + 20 + i % 40);
                contactDay = daysBefore(*o.today, ago - (2 + i % 9));
            }
            auto caseId = r("case", "",
                            {{"practiceId", o.practiceId},
                             {"adviserId", o.adviserId},
                             {"status", status},
                             {"openedOn", opened}});
            if (!caseId) return caseId.status();
            auto client = r("client", *caseId,
                            {{"givenName", pick(kGiven)},
                             {"familyName", pick(kFamily)},
                             {"dateOfBirth", "19" + std::to_string(60 + rng() % 40) + "-0" +
                                                 std::to_string(1 + rng() % 9) + "-15"},
                             {"nhsNumber", testNhsNumber(static_cast<std::uint32_t>(rng()))}});
            if (!client) return client.status();
            const bool offSick = i % 2 == 0;
            nlohmann::json referral = {
                {"source", i % 4 == 3 ? "self" : "gp"},
                {"referralDate", opened},
                {"reason", pick(kReasons)},
                {"conditionGroup", "musculoskeletal"},
                {"painSites", {i % 3 ? "lower_back" : "neck"}},
                {"workStatus", offSick ? "employed_off_sick" : "employed_struggling"},
                {"fitNoteStatus", offSick ? "not_fit" : "none"},
                {"consentToContact", true},
                {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
                {"status", status == "awaiting_first_contact" ? "received" : "accepted"}};
            if (offSick) referral["offSickSince"] = offSickSince;
            if (auto ref = r("referral", *caseId, referral); !ref) return ref.status();
            if (status != "awaiting_first_contact") {
                auto contact = r("contact", *caseId,
                                 {{"at", contactDay + "T10:00:00Z"},
                                  {"mode", i % 2 ? "phone" : "face_to_face"},
                                  {"durationMinutes", 30 + i % 4 * 10},
                                  {"attendance", "attended"},
                                  {"participants", nlohmann::json::array()}});
                if (!contact) return contact.status();
                auto note = r("case_note", *caseId,
                              {{"kind", "note"},
                               {"text", pick(kNotes)},
                               {"contactId", *contact},
                               {"authorId", o.adviserId},
                               {"deviceId", o.deviceId},
                               {"writtenAt", contactDay + "T10:40:00Z"},
                               {"sharedWithPatient", false}});
                if (!note) return note.status();
            }
            ++added;
        }
        return Status::ok();
    }();
    if (!s) return s;
    return added;
}

}  // namespace rtw::demo

#include "demo/demo_case_details.h"

#include <chrono>

namespace rtw::demo {
namespace {

using nlohmann::json;

const char* kEmployers[] = {"Calder Valley Logistics",  "Aire Street Dental Practice",
                            "Northgate Primary School", "Kirkstall Bakery",
                            "West Riding Council",      "Brightside Care Homes"};
const char* kJobs[] = {"Warehouse operative",       "Dental nurse",  "Teaching assistant", "Baker",
                       "Customer services adviser", "Care assistant"};
const char* kManagers[] = {"Sam Whitaker", "Leah Osei", "Tom Reilly", "Grace Lin"};
const char* kActions[] = {"Phone the line manager about amended duties",
                          "Send the phased-return leaflet", "Review walking goal with the client",
                          "Check the fit note end date with the GP practice",
                          "Book a three-way meeting with the employer"};

std::string isoDaysFrom(model::Date today, int days) {
    return model::formatIsoDate(
        model::Date{std::chrono::sys_days(today) + std::chrono::days{days}});
}

}  // namespace

Result<int> addDemoCaseDetails(store::RecordStore& records, const DemoOptions& o) {
    if (!o.today)
        return Status::error(ErrorCode::InvalidArgument, "demo details need today's date");
    const model::Date today = *o.today;
    store::CaseloadQuery all;
    all.limit = 1'000'000;
    auto cases = records.caseload(all);
    if (!cases) return cases.status();
    int added = 0;
    int i = 0;
    auto add = [&](store::RecordStore& r, const char* type, const std::string& caseId,
                   const json& fields) -> Result<std::string> {
        auto id = r.create(type, caseId, fields);
        if (id) ++added;
        return id;
    };
    Status s = records.inTransaction([&](store::RecordStore& r) -> Status {
        for (const auto& c : *cases) {
            ++i;
            if (c.status == "awaiting_first_contact") continue;
            const std::size_t k = static_cast<std::size_t>(i);
            auto employer = add(r, "employer", c.caseId,
                                {{"name", kEmployers[k % std::size(kEmployers)]},
                                 {"size", i % 3 ? "medium" : "small"},
                                 {"hasOccupationalHealth", i % 2 == 0},
                                 {"lineManager",
                                  {{"name", kManagers[k % std::size(kManagers)]},
                                   {"phone", "0113 496 0" + std::to_string(100 + i)}}}});
            if (!employer) return employer.status();
            if (auto e =
                    add(r, "employment", c.caseId,
                        {{"employerId", *employer},
                         {"jobTitle", kJobs[k % std::size(kJobs)]},
                         {"contractedHoursPerWeek", i % 2 ? 37.5 : 22.5},
                         {"workHistory", "Eight years in the role; no previous long absence."}});
                !e)
                return e.status();
            if (auto b = add(r, "barrier", c.caseId,
                             {{"category", "confidence_fear"},
                              {"description", "Worried the pain will flare up on return."},
                              {"resolved", false}});
                !b)
                return b.status();
            if (i % 2 == 0) {
                if (auto b = add(r, "barrier", c.caseId,
                                 {{"category", "financial_benefits"},
                                  {"description", "Sick pay ends next month."},
                                  {"resolved", i % 4 == 0}});
                    !b)
                    return b.status();
            }
            if (c.workStatus == "employed_off_sick") {
                if (auto f = add(r, "fit_note", c.caseId,
                                 {{"status", "may_be_fit"},
                                  {"adjustments", {"phased_return", "amended_duties"}},
                                  {"validFrom", isoDaysFrom(today, -14)},
                                  {"validTo", isoDaysFrom(today, 14 + i % 14)},
                                  {"issuerProfession", "gp"}});
                    !f)
                    return f.status();
            }
            if (auto ce = add(r, "consent_event", c.caseId,
                              {{"action", "grant"},
                               {"scope", "contact"},
                               {"method", "verbal"},
                               {"recordedBy", o.adviserId},
                               {"at", isoDaysFrom(today, -20) + "T10:05:00Z"}});
                !ce)
                return ce.status();
            if (c.status == "discharged") {
                if (auto d =
                        add(r, "discharge", c.caseId,
                            {{"dischargedOn", isoDaysFrom(today, -10 - i % 20)},
                             {"outcome", i % 2 ? "returned_same_job_phased" : "stayed_in_work"},
                             {"interimOutcomes", {{"hasRtwPlan", true}}},
                             {"gpFeedbackConsent", true}});
                    !d)
                    return d.status();
                continue;
            }
            // Active: agreed actions (some due already), a missed appointment.
            for (int a = 0; a < 1 + i % 2; ++a) {
                json action = {{"description", kActions[(k + a) % std::size(kActions)]},
                               {"owner", a ? "patient" : "adviser"},
                               {"status", "open"},
                               {"dueDate", isoDaysFrom(today, (i * 5 + a * 9) % 24 - 6)}};
                if (auto x = add(r, "case_action", c.caseId, action); !x) return x.status();
            }
            if (i % 3 == 0) {
                if (auto x = add(r, "contact", c.caseId,
                                 {{"at", isoDaysFrom(today, -3) + "T14:00:00Z"},
                                  {"mode", "face_to_face"},
                                  {"venue", "Meanwood Library"},
                                  {"durationMinutes", 0},
                                  {"attendance", "did_not_attend"},
                                  {"participants", json::array()}});
                    !x)
                    return x.status();
            }
            auto notes = r.list("case_note", c.caseId);
            if (!notes) return notes.status();
            if (notes->empty()) continue;
            const auto& first = notes->front();
            const std::string written = isoDaysFrom(today, -2) + "T09:15:00Z";
            if (i % 4 == 2) {
                if (auto x = add(r, "case_note", c.caseId,
                                 {{"kind", "amendment"},
                                  {"text", first.fields["text"].get<std::string>() +
                                               " Client asked that her employer is not told "
                                               "the diagnosis."},
                                  {"refersTo", first.id},
                                  {"reason", "Added what the client asked at the end of the call."},
                                  {"authorId", o.adviserId},
                                  {"deviceId", o.deviceId},
                                  {"writtenAt", written},
                                  {"sharedWithPatient", false}});
                    !x)
                    return x.status();
            } else if (i % 4 == 3) {
                auto wrong = add(r, "case_note", c.caseId,
                                 {{"kind", "note"},
                                  {"text", "Client confirmed the meeting for Thursday."},
                                  {"authorId", o.adviserId},
                                  {"deviceId", o.deviceId},
                                  {"writtenAt", written},
                                  {"sharedWithPatient", false}});
                if (!wrong) return wrong.status();
                if (auto x = add(r, "case_note", c.caseId,
                                 {{"kind", "entered_in_error"},
                                  {"text", ""},
                                  {"refersTo", *wrong},
                                  {"reason", "Written in the wrong client's record."},
                                  {"authorId", o.adviserId},
                                  {"deviceId", o.deviceId},
                                  {"writtenAt", isoDaysFrom(today, -2) + "T09:20:00Z"},
                                  {"sharedWithPatient", false}});
                    !x)
                    return x.status();
            }
        }
        return Status::ok();
    });
    if (!s) return s;
    return added;
}

}  // namespace rtw::demo

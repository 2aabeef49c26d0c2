#include "demo/demo_case_plans.h"

#include <algorithm>
#include <chrono>
#include <random>

#include "model/rtw_plan.h"
#include "util/random_id.h"

namespace rtw::demo {
namespace {

using nlohmann::json;

const char* kPractices[] = {"Meanwood Health Centre", "Chapel Allerton Surgery",
                            "Kirkstall Lane Medical Practice"};
const char* kGps[] = {"Dr A Shah", "Dr R Okonjo", "Dr E Walsh"};

std::string isoDaysFrom(model::Date today, int days) {
    return model::formatIsoDate(
        model::Date{std::chrono::sys_days(today) + std::chrono::days{days}});
}

std::string at(model::Date today, int days, const char* time = "T10:30:00Z") {
    return isoDaysFrom(today, days) + time;
}

/// A first plan: three weeks of phased return, adjustments, actions, reviews.
json firstPlan(model::Date today, const std::string& adviserName, const std::string& a1,
               const std::string& a2, const std::string& a3) {
    return {{"version", 1},
            {"status", "agreed"},
            {"targetDate", isoDaysFrom(today, 35)},
            {"phases",
             {{{"week", 1},
               {"days", 3},
               {"hoursPerDay", 4.0},
               {"notes", "Mornings only"},
               {"employerVisible", true}},
              {{"week", 2}, {"days", 4}, {"hoursPerDay", 4.0}, {"employerVisible", true}},
              {{"week", 3}, {"days", 5}, {"hoursPerDay", 6.0}, {"employerVisible", true}}}},
            {"adjustments",
             {{{"type", "phased_return"},
               {"description", "Build up over three weeks as set out below."},
               {"employerVisible", true}},
              {{"type", "amended_duties"},
               {"description", "No lifting over 10 kg for four weeks."},
               {"employerVisible", true}},
              {{"type", "ergonomic_changes"},
               {"description", "Sit-stand desk and a workstation assessment."},
               {"employerVisible", false}}}},
            {"actions",
             {{{"id", a1},
               {"description", "Arrange a workstation assessment"},
               {"owner", "employer"},
               {"dueDate", isoDaysFrom(today, 7)},
               {"status", "open"},
               {"employerVisible", true}},
              {{"id", a2},
               {"description", "Practise the pacing plan at home"},
               {"owner", "patient"},
               {"status", "open"},
               {"employerVisible", false}},
              {{"id", a3},
               {"description", "Phone the line manager after week 1"},
               {"owner", "adviser"},
               {"dueDate", isoDaysFrom(today, 10)},
               {"status", "open"},
               {"employerVisible", true}}}},
            {"reviewDates", {isoDaysFrom(today, 14), isoDaysFrom(today, 28)}},
            {"employerVisible", {{"targetDate", true}, {"reviewDates", true}}},
            {"adviserContact", {{"name", adviserName}, {"phone", "0113 496 0999"}}}};
}

}  // namespace

Result<int> addDemoCasePlans(store::RecordStore& records, const DemoOptions& o) {
    if (!o.today) return Status::error(ErrorCode::InvalidArgument, "demo plans need today's date");
    const model::Date today = *o.today;
    std::mt19937 rng(o.seed + 101);
    store::CaseloadQuery all;
    all.limit = 1'000'000;
    auto cases = records.caseload(all);
    if (!cases) return cases.status();
    int written = 0;
    auto add = [&](store::RecordStore& r, const char* type, const std::string& caseId,
                   const json& fields) -> Result<std::string> {
        auto id = r.create(type, caseId, fields);
        if (id) ++written;
        return id;
    };
    auto consent = [&](store::RecordStore& r, const std::string& caseId, const char* action,
                       const char* scope, const std::string& when, const std::string& who,
                       const std::string& name) -> Status {
        json e = {{"action", action},
                  {"scope", scope},
                  {"method", "verbal"},
                  {"recordedBy", o.adviserId},
                  {"at", when}};
        if (!who.empty()) {
            e["recipientId"] = who;
            e["recipientName"] = name;
        }
        return add(r, "consent_event", caseId, e).status();
    };
    int i = 0;
    Status s = records.inTransaction([&](store::RecordStore& r) -> Status {
        for (const auto& c : *cases) {
            ++i;
            if (c.status != "active" && c.status != "discharged") continue;
            const std::size_t k = static_cast<std::size_t>(i);
            // The GP who referred, for the feedback letter.
            auto referrals = r.list("referral", c.caseId);
            if (!referrals) return referrals.status();
            for (const auto& ref : *referrals)
                if (ref.fields.value("source", "") == "gp")
                    if (Status st = r.update(
                            ref.id, {{"referrerName", kGps[k % std::size(kGps)]},
                                     {"referrerPractice", kPractices[k % std::size(kPractices)]}});
                        !st)
                        return st;

            // The line manager, named in consent; most cases agree to both.
            auto employers = r.list("employer", c.caseId);
            if (!employers) return employers.status();
            std::string managerId, managerName;
            if (!employers->empty() && employers->front().fields.contains("lineManager")) {
                managerId = newUuid();
                managerName = employers->front().fields["lineManager"].value("name", "");
                if (Status st = consent(r, c.caseId, "grant", "contact_employer", at(today, -18),
                                        managerId, managerName);
                    !st)
                    return st;
                if (Status st = r.update(employers->front().id, {{"lineManagerId", managerId}});
                    !st)
                    return st;
                ++written;
            }
            const bool shareConsent = !managerId.empty() && i % 3 != 1;
            if (shareConsent)
                if (Status st = consent(r, c.caseId, "grant", "share_plan_with_employer",
                                        at(today, -12), managerId, managerName);
                    !st)
                    return st;
            if (i % 4 != 3)
                if (Status st = consent(r, c.caseId, "grant", "progress_to_gp",
                                        at(today, -18, "T10:40:00Z"), {}, {});
                    !st)
                    return st;

            // The plan: version 1, then version 2 with a longer phased return.
            const std::string a1 = newUuid(), a2 = newUuid(), a3 = newUuid();
            json v1 = firstPlan(today, "Demo Adviser", a1, a2, a3);
            auto planId = add(r, "rtw_plan", c.caseId, v1);
            if (!planId) return planId.status();
            if (auto v = add(r, "rtw_plan_version", c.caseId,
                             {{"planId", *planId},
                              {"version", 1},
                              {"snapshot", v1},
                              {"agreedOn", isoDaysFrom(today, -14)},
                              {"agreedBy", {"patient", "adviser"}},
                              {"changeSummary", json::array()}});
                !v)
                return v.status();
            json v2 = v1;
            v2["version"] = 2;
            v2["phases"][2] = {
                {"week", 3}, {"days", 4}, {"hoursPerDay", 5.0}, {"employerVisible", true}};
            v2["phases"].push_back(
                {{"week", 4}, {"days", 5}, {"hoursPerDay", 6.0}, {"employerVisible", true}});
            v2["actions"][0]["status"] = "done";
            v2["targetDate"] = isoDaysFrom(today, 42);
            auto v2Id =
                add(r, "rtw_plan_version", c.caseId,
                    {{"planId", *planId},
                     {"version", 2},
                     {"snapshot", v2},
                     {"agreedOn", isoDaysFrom(today, -5)},
                     {"agreedBy", {"patient", "adviser", "employer"}},
                     {"changeSummary", model::describeChanges(*model::RtwPlan::fromJson(v1),
                                                              *model::RtwPlan::fromJson(v2))}});
            if (!v2Id) return v2Id.status();
            json working = v2;
            if (i % 2 == 0) {  // changes discussed since, not agreed yet
                working["status"] = "draft";
                working["adjustments"].push_back(
                    {{"type", "travel_changes"},
                     {"description", "Start at 10:00 to avoid the rush-hour bus."},
                     {"employerVisible", true}});
            }
            if (Status st = r.update(*planId, working); !st) return st;
            ++written;
            if (shareConsent)
                if (auto g = add(r, "share_grant", c.caseId,
                                 {{"planVersionId", *v2Id},
                                  {"employerContactId", managerId},
                                  {"expiresAt", at(today, 70, "T23:59:59Z")},
                                  {"revoked", false},
                                  {"createdBy", o.adviserId}});
                    !g)
                    return g.status();

            // Goals: walking with pacing, and hours at work.
            auto walk = add(r, "goal", c.caseId,
                            {{"category", "activity"},
                             {"what", "Walk"},
                             {"amount", 30.0},
                             {"unit", "minutes"},
                             {"frequency", "daily"},
                             {"byWhen", isoDaysFrom(today, 49)},
                             {"pacing",
                              {{"baseline", 10.0},
                               {"increment", 2.0},
                               {"incrementEveryDays", 7},
                               {"target", 30.0},
                               {"startOn", isoDaysFrom(today, -35)}}},
                             {"status", "active"}});
            if (!walk) return walk.status();
            if (auto g = add(r, "goal", c.caseId,
                             {{"category", "pain_management"},
                              {"what", "Stretching routine"},
                              {"amount", 10.0},
                              {"unit", "minutes"},
                              {"frequency", "times_per_week"},
                              {"timesPerWeek", 5},
                              {"status", i % 2 ? "achieved" : "active"}});
                !g)
                return g.status();
            for (int day = -34; day <= 0; ++day) {
                if (rng() % 4 == 0) continue;  // not every day
                const double planned = 10.0 + 2.0 * ((day + 35) / 7);
                const bool back = rng() % 7 == 0;
                json p = {{"goalId", *walk},
                          {"on", isoDaysFrom(today, day)},
                          {"amount", back ? planned - 4.0 : planned + double(rng() % 3)},
                          {"stepBack", back}};
                if (back) p["note"] = "Sore after a long shift; did less on purpose.";
                if (auto x = add(r, "goal_progress", c.caseId, p); !x) return x.status();
            }
            // Daily check-ins: pain easing over five weeks.
            for (int day = -35; day <= 0; ++day) {
                if (rng() % 5 == 0) continue;
                const int pain = std::clamp(7 + day / 9 + int(rng() % 3) - 1, 0, 10);
                if (auto x = add(r, "check_in", c.caseId,
                                 {{"on", isoDaysFrom(today, day)},
                                  {"pain", pain},
                                  {"interference", std::max(0, pain - 1 - int(rng() % 2))},
                                  {"mood", 2 + int(rng() % 3)},
                                  {"sleepQuality", 4 + int(rng() % 4)},
                                  {"pacingDone", day % 3 ? "some" : "all"},
                                  {"hoursWorked", day > -14 ? 4.0 : 0.0}});
                    !x)
                    return x.status();
            }
            // Questionnaires at baseline (and, for discharged cases, at the end).
            const int base = c.status == "active" ? -30 : -120;
            auto phq = [&](int days, int total, const char* timepoint) {
                json a;
                for (int q = 1; q <= 8; ++q) {
                    const int v = std::min(3, total);
                    a["q" + std::to_string(q)] = v;
                    total -= v;
                }
                a["q9"] = 0;
                return add(r, "questionnaire_response", c.caseId,
                           {{"questionnaireId", "phq9"},
                            {"questionnaireVersion", 1},
                            {"answers", a},
                            {"completedAt", at(today, days, "T11:00:00Z")},
                            {"administeredBy", "adviser"},
                            {"timepoint", timepoint}})
                    .status();
            };
            if (Status st = phq(base, 12 + i % 5, "baseline"); !st) return st;
            if (auto x = add(r, "questionnaire_response", c.caseId,
                             {{"questionnaireId", "peg"},
                              {"questionnaireVersion", 1},
                              {"answers", {{"pain", 7}, {"enjoyment", 6}, {"activity", 6 + i % 3}}},
                              {"completedAt", at(today, base, "T11:10:00Z")},
                              {"administeredBy", "adviser"},
                              {"timepoint", "baseline"}});
                !x)
                return x.status();
            if (c.status == "discharged")
                if (Status st = phq(-12, 5, "month3"); !st) return st;
        }
        return Status::ok();
    });
    if (!s) return s;
    return written;
}

}  // namespace rtw::demo

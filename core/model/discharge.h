#pragma once
// Discharge from the service (workflow 11): the outcome reported to the GP
// and counted in service metrics.

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class DischargeOutcome {
    ReturnedSameJobFull,
    ReturnedSameJobPhased,
    StayedInWork,
    NewJob,
    VoluntaryWork,
    Training,
    JobSeeking,
    NotWorking,
    LostContact
};
template <>
struct EnumNames<DischargeOutcome> {
    static constexpr std::string_view values[] = {"returned_same_job_full",
                                                  "returned_same_job_phased",
                                                  "stayed_in_work",
                                                  "new_job",
                                                  "voluntary_work",
                                                  "training",
                                                  "job_seeking",
                                                  "not_working",
                                                  "lost_contact"};
};

struct InterimOutcomes {
    bool hasRtwPlan = false;
    std::optional<int> confidenceReturning;  ///< 0..10, as the client rates it
    bool operator==(const InterimOutcomes&) const = default;
};

struct Discharge {
    static constexpr std::string_view kType = "discharge";

    Date dischargedOn{};
    DischargeOutcome outcome{};
    InterimOutcomes interimOutcomes;
    bool gpFeedbackConsent = false;  ///< may the feedback letter go to the GP
    std::optional<std::string> summary;

    static Result<Discharge> fromJson(const nlohmann::json& fields);
    bool operator==(const Discharge&) const = default;
};

nlohmann::json toJson(const Discharge& d);
Status validate(const Discharge& d);

}  // namespace rtw::model

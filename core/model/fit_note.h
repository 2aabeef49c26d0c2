#pragma once
// A fit note (Statement of Fitness for Work) as issued to the client.
// Adjustments can only be ticked on a "may be fit for work" note.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class FitNoteAssessment { NotFit, MayBeFit };
enum class FitNoteAdjustment { PhasedReturn, AlteredHours, AmendedDuties, WorkplaceAdaptations };
enum class FitNoteIssuer { Gp, Nurse, OccupationalTherapist, Pharmacist, Physiotherapist };

template <>
struct EnumNames<FitNoteAssessment> {
    static constexpr std::string_view values[] = {"not_fit", "may_be_fit"};
};
template <>
struct EnumNames<FitNoteAdjustment> {
    static constexpr std::string_view values[] = {"phased_return", "altered_hours",
                                                  "amended_duties", "workplace_adaptations"};
};
template <>
struct EnumNames<FitNoteIssuer> {
    static constexpr std::string_view values[] = {"gp", "nurse", "occupational_therapist",
                                                  "pharmacist", "physiotherapist"};
};

/// One fit note and the period it covers (validFrom..validTo inclusive).
struct FitNote {
    static constexpr std::string_view kType = "fit_note";

    FitNoteAssessment status{};
    std::vector<FitNoteAdjustment> adjustments;  ///< only for may_be_fit; no repeats
    Date validFrom{};
    Date validTo{};
    FitNoteIssuer issuerProfession{};
    std::optional<std::string> comments;

    static Result<FitNote> fromJson(const nlohmann::json& fields);
    bool operator==(const FitNote&) const = default;
};

nlohmann::json toJson(const FitNote& f);
Status validate(const FitNote& f);

}  // namespace rtw::model

#pragma once
// An agreed RTW plan with every field filled, for tests of what an employer
// sees: the parts hidden from the employer all contain "SECRET".

#include <nlohmann/json.hpp>

namespace rtw::testsupport {

/// The snapshot of an rtw_plan_version: three phases, two adjustments and
/// three actions (one of each hidden), target and review dates shown, the
/// adviser's name, phone and email.
nlohmann::json fullPlanSnapshot();

}  // namespace rtw::testsupport

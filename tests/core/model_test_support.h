#pragma once
// Helpers shared by the tests of core/model's record types.

#include <chrono>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/json_fields.h"
#include "util/field_path.h"
#include "util/status.h"

/// T::fromJson(j) fails validation with an error, with a message, on `field`.
template <typename T>
void expectRejected(const nlohmann::json& j, const std::string& field) {
    auto r = T::fromJson(j);
    ASSERT_FALSE(r.isOk()) << "accepted: " << j.dump();
    EXPECT_EQ(r.status().code(), rtw::ErrorCode::InvalidArgument);
    const auto* e = rtw::findFieldError(r.status(), field);
    ASSERT_NE(e, nullptr) << "no error for " << field << "; got: " << r.status().message();
    EXPECT_FALSE(e->message.empty());
}

inline rtw::model::Date ymd(int y, unsigned m, unsigned d) {
    return rtw::model::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

#include "model/nhs_number.h"

#include <gtest/gtest.h>

using namespace rtw::model;

TEST(NhsNumber, AcceptsKnownValidNumbers) {
    EXPECT_TRUE(isValidNhsNumber("9434765919"));
    EXPECT_TRUE(isValidNhsNumber("4010232137"));
    // Remainder 0 gives check value 11, which is written as 0.
    EXPECT_TRUE(isValidNhsNumber("9876543210"));
}

TEST(NhsNumber, NormalisesSpaces) {
    auto n = normaliseNhsNumber("943 476 5919");
    ASSERT_TRUE(n) << n.status().message();
    EXPECT_EQ(*n, "9434765919");
    EXPECT_EQ(*normaliseNhsNumber(" 401 023 2137 "), "4010232137");
    EXPECT_EQ(formatNhsNumber("9434765919"), "943 476 5919");
}

TEST(NhsNumber, RejectsWrongCheckDigit) {
    auto n = normaliseNhsNumber("9434765918");
    ASSERT_FALSE(n);
    EXPECT_EQ(n.status().code(), rtw::ErrorCode::InvalidArgument);
    EXPECT_NE(n.status().message().find("not a valid NHS number"), std::string::npos);
    EXPECT_FALSE(isValidNhsNumber("4010232138"));
}

TEST(NhsNumber, RejectsWhenCheckValueWouldBeTen) {
    // 123456789 gives check value 10: no last digit can make it valid.
    for (char last = '0'; last <= '9'; ++last) {
        EXPECT_FALSE(isValidNhsNumber(std::string("123456789") + last)) << last;
    }
}

TEST(NhsNumber, RejectsWrongLength) {
    auto shortOne = normaliseNhsNumber("943476591");
    ASSERT_FALSE(shortOne);
    EXPECT_NE(shortOne.status().message().find("10 digits"), std::string::npos);
    EXPECT_FALSE(isValidNhsNumber("94347659190"));
    EXPECT_FALSE(isValidNhsNumber(""));
}

TEST(NhsNumber, RejectsLettersAndPunctuation) {
    auto letters = normaliseNhsNumber("943476591A");
    ASSERT_FALSE(letters);
    EXPECT_NE(letters.status().message().find("only digits"), std::string::npos);
    EXPECT_FALSE(isValidNhsNumber("943-476-5919"));
}

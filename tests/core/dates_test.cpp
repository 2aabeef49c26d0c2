#include "model/dates.h"

#include <gtest/gtest.h>

using namespace rtw::model;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

namespace {
Date ymd(int y, unsigned m, unsigned d) {
    return Date{year{y}, month{m}, day{d}};
}
}  // namespace

TEST(DatesIso, ParsesRealDates) {
    auto d = parseIsoDate("2026-03-14");
    ASSERT_TRUE(d) << d.status().message();
    EXPECT_EQ(*d, ymd(2026, 3, 14));
    EXPECT_EQ(formatIsoDate(*d), "2026-03-14");
    EXPECT_EQ(formatUkDate(*d), "14/03/2026");
}

TEST(DatesIso, LeapDayOnlyInLeapYears) {
    EXPECT_TRUE(parseIsoDate("2024-02-29"));
    auto bad = parseIsoDate("2025-02-29");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.status().message().find("29/02/2025 does not exist"), std::string::npos)
        << bad.status().message();
    EXPECT_FALSE(parseIsoDate("1900-02-29")) << "1900 was not a leap year";
    EXPECT_TRUE(parseIsoDate("2000-02-29")) << "2000 was";
}

TEST(DatesIso, RejectsImpossibleDates) {
    auto feb30 = parseIsoDate("2026-02-30");
    ASSERT_FALSE(feb30);
    EXPECT_EQ(feb30.status().message(), "must be a real date: 30/02/2026 does not exist");
    auto month13 = parseIsoDate("2026-13-01");
    ASSERT_FALSE(month13);
    EXPECT_NE(month13.status().message().find("month 13"), std::string::npos);
    EXPECT_FALSE(parseIsoDate("2026-04-31"));
    EXPECT_FALSE(parseIsoDate("2026-01-00"));
    EXPECT_FALSE(parseIsoDate("2026-00-10"));
}

TEST(DatesIso, RejectsYearsOutsideRange) {
    EXPECT_FALSE(parseIsoDate("1899-12-31"));
    EXPECT_TRUE(parseIsoDate("1900-01-01"));
    EXPECT_TRUE(parseIsoDate("2200-12-31"));
    EXPECT_FALSE(parseIsoDate("2201-01-01"));
}

TEST(DatesIso, RejectsOtherShapes) {
    for (const char* s : {"2026-3-14", "14/03/2026", "2026-03-14T00:00:00Z", "20260314", "",
                          "2026-03-1a", " 2026-03-14", "+2026-03-1"}) {
        auto d = parseIsoDate(s);
        EXPECT_FALSE(d) << s;
        if (!d) {
            EXPECT_EQ(d.status().code(), rtw::ErrorCode::InvalidArgument);
        }
    }
}

TEST(DatesUk, ParsesWhatPeopleType) {
    auto d = parseUkDate("4/3/2026");
    ASSERT_TRUE(d);
    EXPECT_EQ(*d, ymd(2026, 3, 4));
    EXPECT_FALSE(parseUkDate("30/02/2026"));
    EXPECT_FALSE(parseUkDate("2026-03-04"));
    EXPECT_FALSE(parseUkDate("04/03/26"));
}

TEST(DatesTimestamp, ParsesWithAndWithoutMilliseconds) {
    auto t = parseTimestamp("1970-01-01T00:00:01Z");
    ASSERT_TRUE(t);
    EXPECT_EQ(*t, 1000);
    auto ms = parseTimestamp("2026-03-14T09:30:05.250Z");
    ASSERT_TRUE(ms);
    EXPECT_EQ(formatTimestamp(*ms), "2026-03-14T09:30:05.250Z");
    EXPECT_EQ(*ms - *parseTimestamp("2026-03-14T09:30:05Z"), 250);
    EXPECT_EQ(formatTimestamp(*parseTimestamp("2026-03-14T09:30:05Z")), "2026-03-14T09:30:05.000Z");
}

TEST(DatesTimestamp, HandlesInstantsBefore1970) {
    auto t = parseTimestamp("1950-06-15T23:59:59.999Z");
    ASSERT_TRUE(t);
    EXPECT_LT(*t, 0);
    EXPECT_EQ(formatTimestamp(*t), "1950-06-15T23:59:59.999Z");
    EXPECT_EQ(utcDateOf(*t), ymd(1950, 6, 15));
}

TEST(DatesTimestamp, RejectsBadTimes) {
    for (const char* s :
         {"2026-03-14T24:00:00Z", "2026-03-14T10:60:00Z", "2026-03-14T10:00:60Z",
          "2026-03-14T10:00:00", "2026-03-14T10:00:00+01:00", "2026-03-14 10:00:00Z",
          "2026-03-14T10:00:00.5Z", "2026-02-30T10:00:00Z"}) {
        EXPECT_FALSE(parseTimestamp(s)) << s;
    }
    EXPECT_NE(parseTimestamp("2026-02-30T10:00:00Z").status().message().find("does not exist"),
              std::string::npos);
}

TEST(DatesTimestamp, RangeMatchesDateRange) {
    EXPECT_TRUE(isValidTimestamp(*parseTimestamp("1900-01-01T00:00:00Z")));
    EXPECT_TRUE(isValidTimestamp(*parseTimestamp("2200-12-31T23:59:59.999Z")));
    EXPECT_FALSE(isValidTimestamp(*parseTimestamp("1900-01-01T00:00:00Z") - 1));
    EXPECT_FALSE(isValidTimestamp(*parseTimestamp("2200-12-31T23:59:59.999Z") + 1));
}

TEST(DatesArithmetic, DaysBetween) {
    EXPECT_EQ(daysBetween(ymd(2024, 2, 28), ymd(2024, 3, 1)), 2);
    EXPECT_EQ(daysBetween(ymd(2026, 3, 1), ymd(2026, 2, 22)), -7);
    EXPECT_FALSE(isValidDate(ymd(2026, 2, 30)));
    EXPECT_FALSE(isValidDate(ymd(1899, 1, 1)));
}

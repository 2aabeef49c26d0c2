#include "model/first_contact.h"

#include <gtest/gtest.h>

#include "model_test_support.h"

using namespace rtw::model;

namespace {

Contact contactAt(const char* when, Attendance attendance) {
    Contact c;
    c.at = *parseTimestamp(when);
    c.mode = ContactMode::Phone;
    c.attendance = attendance;
    return c;
}

}  // namespace

TEST(FirstContact, WaitingUntilAContactIsAttended) {
    EXPECT_FALSE(firstContactAt({}));
    const std::vector<Contact> missed = {
        contactAt("2026-03-04T10:00:00Z", Attendance::DidNotAttend),
        contactAt("2026-03-05T10:00:00Z", Attendance::CancelledByClient),
        contactAt("2026-03-06T10:00:00Z", Attendance::CancelledByAdviser)};
    EXPECT_FALSE(firstContactAt(missed));
    EXPECT_FALSE(daysToFirstContact(ymd(2026, 3, 2), missed));
}

TEST(FirstContact, TheEarliestAttendedContactCountsWhateverTheOrder) {
    const std::vector<Contact> contacts = {
        contactAt("2026-03-20T09:00:00Z", Attendance::Attended),
        contactAt("2026-03-04T10:00:00Z", Attendance::DidNotAttend),
        contactAt("2026-03-11T15:30:00Z", Attendance::Attended)};
    EXPECT_EQ(firstContactAt(contacts), *parseTimestamp("2026-03-11T15:30:00Z"));
    EXPECT_EQ(daysToFirstContact(ymd(2026, 3, 2), contacts), 9);
}

TEST(FirstContact, SameDayIsZeroDays) {
    const std::vector<Contact> contacts = {contactAt("2026-03-02T23:59:00Z", Attendance::Attended)};
    EXPECT_EQ(daysToFirstContact(ymd(2026, 3, 2), contacts), 0);
}

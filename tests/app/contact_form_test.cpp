// Logging a contact: dates as typed, attendance and duration, the note a
// held contact needs, others present, agreed actions.
#include "qml/notes/contact_form.h"

#include <gtest/gtest.h>

namespace rtw::app {
namespace {

QVariantMap form() {
    return {{"date", "24/11/2026"},
            {"time", "09:30"},
            {"mode", "face_to_face"},
            {"venue", "Meanwood Library"},
            {"duration", "45"},
            {"attendance", "attended"},
            {"participants", QVariantList{QVariantMap{{"name", "Sam Patel"}, {"role", "pain OT"}}}},
            {"noteText", "Talked about pacing and a phased return."},
            {"shared", false},
            {"actions", QVariantList{QVariantMap{{"description", "Call the line manager"},
                                                 {"owner", "adviser"},
                                                 {"dueDate", "01/12/2026"}}}}};
}

TEST(ContactForm, AHeldContactBecomesContactNoteAndActions) {
    auto r = buildContact(form());
    ASSERT_TRUE(r.ok()) << r.fieldErrors.keys().join(", ").toStdString();
    EXPECT_EQ(r.contact["at"], "2026-11-24T09:30:00.000Z");  // GMT in November
    EXPECT_EQ(r.contact["durationMinutes"], 45);
    EXPECT_EQ(r.contact["participants"][0]["role"], "pain OT");
    EXPECT_EQ(r.note["text"], "Talked about pacing and a phased return.");
    ASSERT_EQ(r.actions.size(), 1u);
    EXPECT_EQ(r.actions[0]["dueDate"], "2026-12-01");
    EXPECT_TRUE(r.attended);
}

TEST(ContactForm, AHeldContactNeedsANote) {
    auto f = form();
    f["noteText"] = "   ";
    auto r = buildContact(f);
    EXPECT_TRUE(r.fieldErrors.value("note.text").toString().contains("Write a note"));
}

TEST(ContactForm, AMissedContactTakesNoTimeAndNeedsNoNote) {
    auto f = form();
    f["attendance"] = "did_not_attend";
    f["noteText"] = "";
    f["duration"] = "45";  // left over from before attendance changed
    auto r = buildContact(f);
    ASSERT_TRUE(r.ok()) << r.fieldErrors.keys().join(", ").toStdString();
    EXPECT_EQ(r.contact["durationMinutes"], 0);
    EXPECT_TRUE(r.note.is_null());
    EXPECT_FALSE(r.attended);
}

TEST(ContactForm, BadInputIsNamedByField) {
    auto f = form();
    f["date"] = "31/11/2026";
    f["time"] = "25:00";
    f["duration"] = "600";
    f["participants"] = QVariantList{QVariantMap{{"name", ""}, {"role", "OT"}}};
    f["actions"] = QVariantList{QVariantMap{{"description", ""}, {"dueDate", "2026-12-01"}},
                                QVariantMap{{"description", ""}, {"dueDate", ""}}};
    auto r = buildContact(f);
    for (const char* field :
         {"contact.date", "contact.time", "contact.durationMinutes", "contact.participants[0].name",
          "actions[0].description", "actions[0].dueDate"})
        EXPECT_TRUE(r.fieldErrors.contains(field)) << field;
    EXPECT_FALSE(r.fieldErrors.contains("actions[1].description")) << "an empty row is ignored";
}

TEST(ContactForm, DefaultsStartAtTheQuarterHour) {
    const auto d = contactFormDefaults(1'795'511'900'000);  // 24/11/2026 09:18:20 GMT
    EXPECT_EQ(d["date"], "24/11/2026");
    EXPECT_EQ(d["time"], "09:15");
    EXPECT_EQ(d["attendance"], "attended");
}

}  // namespace
}  // namespace rtw::app

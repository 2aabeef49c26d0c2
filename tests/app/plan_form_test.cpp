// The RTW plan form: to and from core's RtwPlan, and every typing mistake
// answered beside its field.
#include <gtest/gtest.h>

#include "model/uuid.h"
#include "qml/plan/plan_form.h"

namespace rtw::app::testing {
namespace {

QVariantMap goodForm() {
    QVariantMap f = emptyPlanForm();
    f["targetDate"] = "05/01/2027";
    f["targetDateVisible"] = true;
    f["phases"] = QVariantList{QVariantMap{{"week", "1"},
                                           {"days", "3"},
                                           {"hoursPerDay", "4"},
                                           {"notes", "Mornings"},
                                           {"employerVisible", true}},
                               QVariantMap{{"week", "2"},
                                           {"days", "4"},
                                           {"hoursPerDay", "4.5"},
                                           {"notes", ""},
                                           {"employerVisible", false}}};
    f["adjustments"] = QVariantList{QVariantMap{{"type", "amended_duties"},
                                                {"description", "No lifting over 10 kg"},
                                                {"employerVisible", true}}};
    f["actions"] = QVariantList{QVariantMap{{"id", ""},
                                            {"description", "Workstation assessment"},
                                            {"owner", "employer"},
                                            {"dueDate", "01/12/2026"},
                                            {"status", "open"},
                                            {"employerVisible", true}}};
    f["reviewDates"] = QVariantList{"15/12/2026", "01/12/2026"};
    f["adviserName"] = "Ann Adviser";
    f["adviserEmail"] = "ann@example.nhs.uk";
    return f;
}

TEST(PlanForm, BuildsThePlanAndRoundTrips) {
    BuiltPlan built = buildPlan(goodForm(), 1, model::PlanStatus::Draft);
    ASSERT_TRUE(built.ok()) << built.fieldErrors.keys().join(", ").toStdString();
    const model::RtwPlan& p = built.plan;
    ASSERT_EQ(p.phases.size(), 2u);
    EXPECT_DOUBLE_EQ(p.phases[1].hoursPerDay, 4.5);
    EXPECT_FALSE(p.phases[1].employerVisible);
    ASSERT_EQ(p.reviewDates.size(), 2u);
    EXPECT_EQ(model::formatIsoDate(p.reviewDates[0]), "2026-12-01") << "put in order for the user";
    ASSERT_EQ(p.actions.size(), 1u);
    EXPECT_TRUE(model::isUuid(p.actions[0].id)) << "new actions get an id";
    EXPECT_EQ(p.adviserContact->name, "Ann Adviser");

    BuiltPlan again = buildPlan(planToForm(p), 1, model::PlanStatus::Draft);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.plan, p) << "form -> plan -> form -> plan keeps everything, ids included";
}

TEST(PlanForm, MistakesAreShownBesideTheirFields) {
    QVariantMap f = goodForm();
    QVariantList phases = f["phases"].toList();
    QVariantMap p0 = phases[0].toMap();
    p0["hoursPerDay"] = "four";
    phases[0] = p0;
    QVariantMap p1 = phases[1].toMap();
    p1["week"] = "1";  // not after week 1
    p1["days"] = "0";
    p1["hoursPerDay"] = "3";  // hours on a week off
    phases[1] = p1;
    f["phases"] = phases;
    f["adjustments"] = QVariantList{QVariantMap{{"type", "amended_duties"}, {"description", " "}}};
    QVariantMap a = f["actions"].toList()[0].toMap();
    a["dueDate"] = "31/11/2026";
    f["actions"] = QVariantList{a};
    f["reviewDates"] = QVariantList{"01/12/2026", "1/12/2026", ""};
    f["targetDate"] = "2027-01-05";
    f["adviserEmail"] = "ann at nhs";

    const BuiltPlan built = buildPlan(f, 1, model::PlanStatus::Draft);
    const QVariantMap& e = built.fieldErrors;
    EXPECT_TRUE(e.value("phases[0].hoursPerDay").toString().contains("number"))
        << e.value("phases[0].hoursPerDay").toString().toStdString();
    EXPECT_TRUE(e.contains("phases[1].week"));
    EXPECT_TRUE(e.value("phases[1].hoursPerDay").toString().contains("0"))
        << "no hours on a week off";
    EXPECT_EQ(e.value("adjustments[0].description").toString(),
              "Describe the adjustment in a sentence.");
    EXPECT_TRUE(e.value("actions[0].dueDate").toString().contains("real date"));
    EXPECT_EQ(e.value("reviewDates[1]").toString(), "This review date is already listed.");
    EXPECT_TRUE(e.contains("reviewDates[2]"));
    EXPECT_TRUE(e.contains("targetDate")) << "dates are typed dd/mm/yyyy";
    EXPECT_TRUE(e.contains("adviserContact.email"));
    EXPECT_FALSE(built.ok());
}

TEST(PlanForm, AWeekOffNeedsNoHours) {
    QVariantMap f = goodForm();
    f["phases"] = QVariantList{
        QVariantMap{{"week", "1"}, {"days", "0"}, {"hoursPerDay", ""}, {"employerVisible", true}}};
    BuiltPlan built = buildPlan(f, 1, model::PlanStatus::Draft);
    EXPECT_TRUE(built.ok()) << built.fieldErrors.keys().join(", ").toStdString();
}

TEST(PlanForm, SameContentIgnoresVersionAndStatus) {
    const model::RtwPlan a = buildPlan(goodForm(), 1, model::PlanStatus::Draft).plan;
    model::RtwPlan b = a;
    b.version = 3;
    b.status = model::PlanStatus::Agreed;
    EXPECT_TRUE(samePlanContent(a, b));
    b.phases[0].days = 2;
    EXPECT_FALSE(samePlanContent(a, b));
}

}  // namespace
}  // namespace rtw::app::testing

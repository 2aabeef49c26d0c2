// Caseload import and export as CSV: all-or-nothing import with every
// problem reported by line and column; export that a spreadsheet opens safely.
#include <gtest/gtest.h>

#include "io/caseload_csv.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

using store::Store;

class CaseloadCsvTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto s = Store::create(dir.path(), kPasscode, clock, testOptions());
        ASSERT_TRUE(s.isOk());
        store = std::move(*s);
    }
    io::ImportContext ctx{"6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11", "P81001", "2026-03-02"};
    TempDir dir;
    FakeClock clock;
    std::unique_ptr<Store> store;
};

TEST(Csv, ParsesQuotesBomAndLineEndings) {
    auto rows = io::parseCsv(
        "\xEF\xBB\xBFgiven_name,note\r\n\"Smith, Jo\",\"said \"\"hi\"\"\nthen left\"\r\n\n");
    ASSERT_TRUE(rows.isOk());
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0][0], "given_name");
    EXPECT_EQ((*rows)[1][0], "Smith, Jo");
    EXPECT_EQ((*rows)[1][1], "said \"hi\"\nthen left");
    auto bad = io::parseCsv("a,b\n\"open,c\n");
    ASSERT_FALSE(bad.isOk());
    EXPECT_EQ(bad.status().fieldErrors()[0].field, "line 2");
}

TEST_F(CaseloadCsvTest, ImportsACleanSpreadsheet) {
    const std::string csv =
        "Given_Name,Family_Name,Date_of_Birth,NHS_Number,Postcode,Status\n"
        "Amira,Okafor,19/07/1984,943 476 5919,LS1 4AP,active\n"
        "Ben,\"O'Neill\",1990-02-01,,,\n";
    auto r = io::importCaseload(store->records(), csv, ctx);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    ASSERT_EQ(r->caseIds.size(), 2u);
    auto rows = store->records().caseload({});
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].familyName, "O'Neill");
    auto client = store->records().list("client", r->caseIds[0]);
    EXPECT_EQ((*client)[0].fields["dateOfBirth"], "1984-07-19");
    EXPECT_EQ((*client)[0].fields["nhsNumber"], "9434765919");
    EXPECT_EQ(store->records().get(r->caseIds[0])->fields["status"], "active");
    EXPECT_EQ(store->records().get(r->caseIds[1])->fields["status"], "awaiting_first_contact");
    EXPECT_EQ(*store->records().pendingCount(), 4) << "every imported record will sync";
}

TEST_F(CaseloadCsvTest, ABadFileWritesNothingAndNamesEveryProblem) {
    const std::string csv =
        "given_name,family_name,date_of_birth,nhs_number\n"
        "Amira,Okafor,31/02/1984,\n"
        ",Brown,1990-01-01,\n"
        "Cat,Jones,1990-01-01,1234567890\n"
        "Dan,Lee,1990-01-01\n";
    auto r = io::importCaseload(store->records(), csv, ctx);
    ASSERT_FALSE(r.isOk());
    const auto& errors = r.status().fieldErrors();
    std::vector<std::string> where;
    for (const auto& e : errors) where.push_back(e.field);
    EXPECT_EQ(where,
              (std::vector<std::string>{"line 2, column date_of_birth", "line 3, column given_name",
                                        "line 4, column nhs_number", "line 5"}));
    EXPECT_TRUE(store->records().caseload({})->empty());
    EXPECT_EQ(*store->records().pendingCount(), 0);
}

TEST_F(CaseloadCsvTest, RefusesUnknownColumnsAndDuplicatePeople) {
    auto unknown = io::importCaseload(store->records(),
                                      "given_name,family_name,date_of_birth,diagnosis\n", ctx);
    ASSERT_FALSE(unknown.isOk());
    EXPECT_EQ(unknown.status().fieldErrors()[0].field, "line 1, column diagnosis");
    const std::string one =
        "given_name,family_name,date_of_birth,nhs_number\nAmira,Okafor,1984-07-19,9434765919\n";
    ASSERT_TRUE(io::importCaseload(store->records(), one, ctx).isOk());
    auto again = io::importCaseload(store->records(), one, ctx);
    ASSERT_FALSE(again.isOk());
    EXPECT_EQ(again.status().fieldErrors()[0].message,
              "this person already has a case on this device");
    auto twice = io::importCaseload(store->records(),
                                    "given_name,family_name,date_of_birth,nhs_number\nA,B,1984-07-"
                                    "19,4010232137\nC,D,1984-07-19,401 023 2137\n",
                                    ctx);
    ASSERT_FALSE(twice.isOk());
    EXPECT_EQ(twice.status().fieldErrors()[0].field, "line 3, column nhs_number");
}

TEST_F(CaseloadCsvTest, ExportRoundTripsAndDefusesFormulas) {
    const std::string csv =
        "given_name,family_name,date_of_birth\n"
        "=HYPERLINK(\"x\"),Okafor,1984-07-19\n";
    ASSERT_TRUE(io::importCaseload(store->records(), csv, ctx).isOk());
    auto out = io::exportCaseload(store->records());
    ASSERT_TRUE(out.isOk());
    auto rows = io::parseCsv(*out);
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0][0], "case_id");
    EXPECT_EQ((*rows)[1][1], "'=HYPERLINK(\"x\")") << "a spreadsheet shows it as text";
    EXPECT_EQ((*rows)[1][2], "Okafor");
    EXPECT_EQ((*rows)[1][8], "awaiting_first_contact");
}

}  // namespace
}  // namespace rtw::testing

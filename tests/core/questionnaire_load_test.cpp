// Loading definitions from disk: the shipped assets, and every way a file or
// folder can be wrong. Each test writes into its own temporary folder.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "questionnaire/load.h"

namespace rtw::questionnaire {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const fs::path kAssets = fs::path(RTW_ASSETS_DIR) / "questionnaires";

// A sound definition as text, with a chosen id.
std::string definitionText(const std::string& id) {
    return R"({"formatVersion": 1, "id": ")" + id + R"(", "version": 1, "title": "T",
      "instructions": "I", "licence": "L",
      "items": [{"id": "a", "text": "A?", "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}]}],
      "scoring": {"method": "sum", "items": ["a"], "range": {"min": 0, "max": 1}},
      "bands": [], "schedule": ["baseline"]})";
}

class QuestionnaireLoad : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() / ("rtw-questionnaire-" + std::string(info->name()) + "-" +
                                            std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& content) {
        const fs::path p = dir_ / name;
        std::ofstream(p) << content;
        return p;
    }

    fs::path dir_;
};

TEST_F(QuestionnaireLoad, EveryShippedDefinitionLoads) {
    auto defs = loadDefinitionsFromDir(kAssets);
    ASSERT_TRUE(defs.isOk()) << defs.status().message();
    std::vector<std::string> ids;
    for (const auto& d : *defs) ids.push_back(d.id);
    EXPECT_THAT(ids, ElementsAre("gad7", "peg", "phq9", "rtw_self_efficacy"));  // sorted by id
    for (const auto& d : *defs) {
        SCOPED_TRACE(d.id);
        auto single = loadDefinitionFile(kAssets / (d.id + ".json"));  // file named after its id
        ASSERT_TRUE(single.isOk()) << single.status().message();
        EXPECT_EQ(*single, d);
        EXPECT_EQ(d.schedule, (std::vector<Timepoint>{
                                  {"baseline", 0}, {"month3", 3}, {"month6", 6}, {"month12", 12}}));
        EXPECT_FALSE(d.licence.empty());
        EXPECT_EQ(d.scoring.items.size(), d.items.size());
    }
}

TEST_F(QuestionnaireLoad, ShippedPhq9MatchesThePublishedInstrument) {
    auto d = loadDefinitionFile(kAssets / "phq9.json");
    ASSERT_TRUE(d.isOk()) << d.status().message();
    ASSERT_EQ(d->items.size(), 9u);
    for (const auto& item : d->items) {
        ASSERT_EQ(item.options.size(), 4u) << item.id;
        EXPECT_EQ(item.options[0], (Option{0, "Not at all"}));
        EXPECT_EQ(item.options[3], (Option{3, "Nearly every day"}));
    }
    EXPECT_EQ(d->items[8].text,
              "Thoughts that you would be better off dead or of hurting yourself in some way");
    EXPECT_EQ(d->scoring.method, ScoringMethod::Sum);
    EXPECT_EQ(d->scoring.min, 0);
    EXPECT_EQ(d->scoring.max, 27);
    EXPECT_EQ(d->alerts, (std::vector<Alert>{{"q9", 1, AlertKind::SelfHarm}}));
}

TEST_F(QuestionnaireLoad, ShippedPegAndSelfEfficacyScoreAsMeans) {
    auto peg = loadDefinitionFile(kAssets / "peg.json");
    ASSERT_TRUE(peg.isOk()) << peg.status().message();
    EXPECT_EQ(peg->items.size(), 3u);
    EXPECT_EQ(peg->scoring.method, ScoringMethod::Mean);
    EXPECT_EQ(peg->scoring.decimals, 1);
    for (const auto& item : peg->items) {
        ASSERT_TRUE(item.scale.has_value()) << item.id;
        EXPECT_EQ(item.scale->min, 0);
        EXPECT_EQ(item.scale->max, 10);
    }
    auto rse = loadDefinitionFile(kAssets / "rtw_self_efficacy.json");
    ASSERT_TRUE(rse.isOk()) << rse.status().message();
    EXPECT_EQ(rse->items.size(), 10u);
    EXPECT_EQ(rse->scoring.method, ScoringMethod::Mean);
    EXPECT_THAT(rse->licence, HasSubstr("service's own"));
    EXPECT_THAT(rse->licence, HasSubstr("not a licensed"));
}

TEST_F(QuestionnaireLoad, MissingFileIsAnIoErrorNamingIt) {
    auto r = loadDefinitionFile(dir_ / "absent.json");
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::Io);
    EXPECT_THAT(r.status().message(), HasSubstr("absent.json"));
    auto folder = loadDefinitionFile(dir_);
    ASSERT_FALSE(folder.isOk());
    EXPECT_EQ(folder.status().code(), ErrorCode::Io);
}

TEST_F(QuestionnaireLoad, InvalidJsonGivesTheParserPosition) {
    const fs::path p = write("broken.json", "{\n  \"id\": \"x\",\n  \"title\": ,\n}");
    auto r = loadDefinitionFile(p);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::InvalidArgument);
    EXPECT_THAT(r.status().message(), HasSubstr("broken.json is not valid JSON"));
    EXPECT_THAT(r.status().message(), HasSubstr("line 3, column 12"));
    EXPECT_THAT(r.status().message(), ::testing::Not(HasSubstr("[json.exception")));
}

TEST_F(QuestionnaireLoad, StructuralErrorsKeepTheirFieldsAndNameTheFile) {
    std::string text = definitionText("x");
    text.replace(text.find("\"value\": 1"), 10, "\"value\": 0");
    auto r = loadDefinitionFile(write("dup.json", text));
    ASSERT_FALSE(r.isOk());
    EXPECT_THAT(r.status().message(), HasSubstr("dup.json"));
    ASSERT_EQ(r.status().fieldErrors().size(), 1u);
    EXPECT_EQ(r.status().fieldErrors()[0].field, "items[0].options[1].value");
}

TEST_F(QuestionnaireLoad, FolderLoadsSortedAndIgnoresOtherFiles) {
    write("b.json", definitionText("zeta"));
    write("a.json", definitionText("alpha"));
    write("README.md", "not a definition");
    fs::create_directories(dir_ / "sub.json");  // a folder, however named, is skipped
    auto r = loadDefinitionsFromDir(dir_);
    ASSERT_TRUE(r.isOk()) << r.status().message();
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[0].id, "alpha");
    EXPECT_EQ((*r)[1].id, "zeta");
}

TEST_F(QuestionnaireLoad, OneBadFileFailsTheFolderNamingIt) {
    write("good.json", definitionText("good"));
    write("bad.json", definitionText("bad").replace(0, 1, "["));
    auto r = loadDefinitionsFromDir(dir_);
    ASSERT_FALSE(r.isOk());
    EXPECT_THAT(r.status().message(), HasSubstr("bad.json"));
}

TEST_F(QuestionnaireLoad, DuplicateIdsAcrossFilesAreRefused) {
    write("one.json", definitionText("same"));
    write("two.json", definitionText("same"));
    auto r = loadDefinitionsFromDir(dir_);
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::AlreadyExists);
    EXPECT_THAT(r.status().message(), HasSubstr("\"same\""));
    EXPECT_THAT(r.status().message(), HasSubstr("one.json"));
    EXPECT_THAT(r.status().message(), HasSubstr("two.json"));
}

TEST_F(QuestionnaireLoad, NewerFormatFileIsUnsupported) {
    std::string text = definitionText("x");
    text.replace(text.find("\"formatVersion\": 1"), 18, "\"formatVersion\": 7");
    auto r = loadDefinitionFile(write("future.json", text));
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::Unsupported);
    EXPECT_THAT(r.status().message(), HasSubstr("future.json"));
}

TEST_F(QuestionnaireLoad, MissingFolderIsAnIoError) {
    auto r = loadDefinitionsFromDir(dir_ / "nope");
    ASSERT_FALSE(r.isOk());
    EXPECT_EQ(r.status().code(), ErrorCode::Io);
    EXPECT_THAT(r.status().message(), HasSubstr("nope"));
}

}  // namespace
}  // namespace rtw::questionnaire

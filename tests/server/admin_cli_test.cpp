#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "backend_fixture.h"
#include "server/admin_cli.h"
#include "server/storage/server_database.h"
#include "server/storage/sql_account_store.h"

namespace rtw::server {
namespace {

struct AdminRun {
    int code;
    std::string out;
    std::string err;
};

/// An account store opened on the same database as the commands, for checks.
struct OpenedStore {
    std::unique_ptr<db::SqlDatabase> db;
    std::unique_ptr<SqlAccountStore> store;
    SqlAccountStore* operator->() { return store.get(); }
};

class AdminCliTest : public ::testing::TestWithParam<std::string>, public testing::BackendFixture {
protected:
    void SetUp() override { setUpBackend(GetParam()); }
    void TearDown() override { dropSchema(); }

    AdminRun admin(std::vector<std::string> args,
                   std::vector<std::pair<std::string, std::string>> env = {}) {
        if (!args.empty()) {
            args.push_back("--db");
            args.push_back(url());
        }
        std::ostringstream out, err;
        const int code = runAdmin(args, env, out, err, clock_, PasswordCost::Minimum);
        return {code, out.str(), err.str()};
    }

    nlohmann::json adminJson(std::vector<std::string> args,
                             std::vector<std::pair<std::string, std::string>> env = {}) {
        args.push_back("--json");
        const AdminRun r = admin(std::move(args), std::move(env));
        EXPECT_EQ(r.code, 0) << r.err;
        return nlohmann::json::parse(r.out);
    }

    OpenedStore openStore() {
        auto db = openServerDatabase(url(), 1);
        EXPECT_TRUE(db.isOk()) << db.status().message();
        OpenedStore o{std::move(*db), nullptr};
        o.store = std::make_unique<SqlAccountStore>(*o.db, clock_, PasswordCost::Minimum);
        return o;
    }

    FakeClock clock_;
};

const std::vector<std::pair<std::string, std::string>> kPasswordEnv = {
    {"RTW_ADMIN_PASSWORD", "a chosen passphrase"}};

TEST_P(AdminCliTest, ServicePracticeAdviserDevicesEndToEnd) {
    const auto service = adminJson({"create-service", "--name", "Leeds WorkWell"});
    const std::string serviceId = service["service"]["id"];
    const auto practice = adminJson(
        {"create-practice", "--service", serviceId, "--name=Chapel Allerton", "--ods", "B82018"});
    const std::string practiceId = practice["practice"]["id"];
    EXPECT_EQ(practice["practice"]["odsCode"], "B82018");

    const AdminRun made =
        admin({"create-user", "--service", serviceId, "--practice", practiceId, "--role", "adviser",
               "--email", "Ann@Example.nhs.uk", "--name", "Ann"},
              kPasswordEnv);
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_EQ(made.out.find("a chosen passphrase"), std::string::npos);
    EXPECT_EQ(made.out.find("$argon2"), std::string::npos);
    EXPECT_NE(made.out.find("created adviser "), std::string::npos) << made.out;
    EXPECT_EQ(std::count(made.out.begin(), made.out.end(), '\n'), 1);

    std::string deviceId;
    {
        auto store = openStore();
        auto ann = store->findUserByEmail("ann@example.nhs.uk");
        ASSERT_TRUE(ann.isOk());
        EXPECT_TRUE(verifyPassword(*ann->passwordHash, "a chosen passphrase"));
        deviceId = store->registerDevice(ann->id, "Ann's laptop")->id;
        ASSERT_TRUE(store->registerDevice(ann->id, "Ann's phone").isOk());
    }
    const AdminRun list = admin({"list-devices", "--email", "ann@example.nhs.uk"});
    ASSERT_EQ(list.code, 0) << list.err;
    EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 2);
    EXPECT_NE(list.out.find(deviceId), std::string::npos);

    const AdminRun revoked = admin({"revoke-device", "--device", deviceId});
    ASSERT_EQ(revoked.code, 0) << revoked.err;
    EXPECT_NE(revoked.out.find("revoked"), std::string::npos);
    const auto devices = adminJson({"list-devices"});
    ASSERT_EQ(devices["devices"].size(), 2u);
    for (const auto& d : devices["devices"]) {
        EXPECT_EQ(d["email"], "ann@example.nhs.uk");
        EXPECT_EQ(d["revokedMs"].is_null(), d["id"] != deviceId);
    }
    EXPECT_EQ(admin({"revoke-device", "--device", deviceId}).code, 0);  // twice is fine
}

TEST_P(AdminCliTest, GeneratedPasswordIsPrintedOnceAndWorks) {
    const std::string serviceId = adminJson({"create-service", "--name", "S"})["service"]["id"];
    const auto made = adminJson({"create-user", "--service", serviceId, "--role", "service_lead",
                                 "--email", "lead@example.nhs.uk", "--name", "Lee"});
    const std::string password = made["generatedPassword"];
    EXPECT_EQ(made["user"]["role"], "service_lead");
    EXPECT_FALSE(made["user"].contains("passwordHash"));
    EXPECT_TRUE(verifyPassword(*openStore()->findUserByEmail("lead@example.nhs.uk")->passwordHash,
                               password));

    const AdminRun reset = admin({"reset-password", "--email", "LEAD@example.nhs.uk"});
    ASSERT_EQ(reset.code, 0) << reset.err;
    EXPECT_NE(reset.out.find("password for lead@example.nhs.uk: "), std::string::npos);
    EXPECT_FALSE(verifyPassword(*openStore()->findUserByEmail("lead@example.nhs.uk")->passwordHash,
                                password));

    ASSERT_EQ(admin({"reset-password", "--email", "lead@example.nhs.uk"}, kPasswordEnv).code, 0);
    EXPECT_TRUE(verifyPassword(*openStore()->findUserByEmail("lead@example.nhs.uk")->passwordHash,
                               "a chosen passphrase"));
}

TEST_P(AdminCliTest, BadUsageExitsTwoNamingTheProblem) {
    const std::string serviceId = adminJson({"create-service", "--name", "S"})["service"]["id"];
    struct Case {
        std::vector<std::string> args;
        std::string mention;
    };
    const std::vector<Case> cases = {
        {{"create-user", "--service", serviceId, "--role", "admin", "--name", "A"}, "--email"},
        {{"create-service", "--name", "S", "--colour", "red"}, "--colour"},
        {{"create-service", "--name", "S", "--name", "T"}, "--name"},
        {{"frobnicate"}, "frobnicate"},
        {{"create-service", "stray"}, "stray"},
        {{"create-user", "--service", serviceId, "--role", "admin", "--name", "A", "--email",
          "not-an-email"},
         "--email"},
        {{"create-user", "--service", serviceId, "--role", "patient", "--name", "A", "--email",
          "p@example.nhs.uk"},
         "--role"},
    };
    for (const auto& c : cases) {
        const AdminRun r = admin(c.args);
        EXPECT_EQ(r.code, 2) << c.mention;
        EXPECT_NE(r.err.find(c.mention), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    std::ostringstream out, err;
    EXPECT_EQ(runAdmin({}, {}, out, err, clock_, PasswordCost::Minimum), 2);
    EXPECT_EQ(runAdmin({"revoke-device", "--device"}, {}, out, err, clock_, PasswordCost::Minimum),
              2);
    EXPECT_NE(err.str().find("--device needs a value"), std::string::npos) << err.str();
    EXPECT_EQ(runAdmin({"list-devices", "--db", "mysql://x/y"}, {}, out, err, clock_,
                       PasswordCost::Minimum),
              2);
    EXPECT_EQ(openStore()->listDevices(std::nullopt)->size(), 0u);
}

TEST_P(AdminCliTest, FailuresExitOne) {
    const std::string serviceId = adminJson({"create-service", "--name", "S"})["service"]["id"];
    const std::vector<std::string> user = {
        "create-user", "--service",         serviceId, "--role", "referrer",
        "--email",     "gp@example.nhs.uk", "--name",  "Dr G"};
    ASSERT_EQ(admin(user, kPasswordEnv).code, 0);
    const AdminRun dup = admin(user, kPasswordEnv);
    EXPECT_EQ(dup.code, 1);
    EXPECT_NE(dup.err.find("an account with this email already exists"), std::string::npos);
    const AdminRun unknown = admin({"revoke-device", "--device", "nope"});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_NE(unknown.err.find("no such device"), std::string::npos) << unknown.err;
    EXPECT_EQ(admin({"reset-password", "--email", "who@example.nhs.uk"}, kPasswordEnv).code, 1);
}

TEST_P(AdminCliTest, ReferralLinksAreMadeListedAndRevokedForAnAdviserOfThePractice) {
    const std::string serviceId = adminJson({"create-service", "--name", "S"})["service"]["id"];
    const std::string practiceId = adminJson(
        {"create-practice", "--service", serviceId, "--name", "Chapel Allerton"})["practice"]["id"];
    const std::string adviserId =
        adminJson({"create-user", "--service", serviceId, "--practice", practiceId, "--role",
                   "adviser", "--email", "ann@example.nhs.uk", "--name", "Ann"},
                  kPasswordEnv)["user"]["id"];
    const std::string leadId =
        adminJson({"create-user", "--service", serviceId, "--role", "service_lead", "--email",
                   "lee@example.nhs.uk", "--name", "Lee"},
                  kPasswordEnv)["user"]["id"];

    const AdminRun made =
        admin({"create-referral-link", "--practice", practiceId, "--adviser", adviserId},
              {{"RTW_PUBLIC_URL", "https://rtw.example.nhs.uk"}});
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_NE(made.out.find("gp referral link of \"Chapel Allerton\" to Ann"), std::string::npos)
        << made.out;
    EXPECT_NE(made.out.find("form: https://rtw.example.nhs.uk/r/"), std::string::npos) << made.out;
    const auto self = adminJson({"create-referral-link", "--practice", practiceId, "--adviser",
                                 adviserId, "--kind", "self"});
    EXPECT_EQ(self["referralLink"]["kind"], "self");
    EXPECT_EQ(self["referralLink"]["path"].get<std::string>().size(), 3u + 43u);

    // Only an adviser of the practice's service; only gp or self.
    const AdminRun lead =
        admin({"create-referral-link", "--practice", practiceId, "--adviser", leadId});
    EXPECT_EQ(lead.code, 2);
    EXPECT_NE(lead.err.find("--adviser: must be the id of an active adviser"), std::string::npos)
        << lead.err;
    EXPECT_EQ(admin({"create-referral-link", "--practice", "nope", "--adviser", adviserId}).code,
              2);
    EXPECT_EQ(admin({"create-referral-link", "--practice", practiceId, "--adviser", adviserId,
                     "--kind", "employer"})
                  .code,
              2);
    EXPECT_EQ(admin({"create-referral-link", "--practice", practiceId}).code, 2);

    auto links = adminJson({"list-referral-links"})["referralLinks"];
    ASSERT_EQ(links.size(), 2u);
    const std::string linkId = links[0]["id"];
    EXPECT_TRUE(links[0]["revokedMs"].is_null());
    EXPECT_EQ(links[0].dump().find("token"), std::string::npos) << "tokens are never listed";
    const AdminRun revoked = admin({"revoke-referral-link", "--link", linkId});
    ASSERT_EQ(revoked.code, 0) << revoked.err;
    EXPECT_NE(revoked.out.find("revoked"), std::string::npos);
    links = adminJson({"list-referral-links"})["referralLinks"];
    EXPECT_FALSE(links[0]["revokedMs"].is_null());
    EXPECT_TRUE(links[1]["revokedMs"].is_null());
    EXPECT_EQ(admin({"revoke-referral-link", "--link", "nope"}).code, 1);
}

TEST_P(AdminCliTest, SeedDemoMakesAServiceToTryOnceAndThenSaysSo) {
    const nlohmann::json first = adminJson({"seed-demo"});
    const auto& demo = first["demo"];
    EXPECT_EQ(demo["alreadySeeded"], false);
    EXPECT_EQ(demo["cases"], 30);
    EXPECT_EQ(demo["adviserEmail"], "ann.adviser@demo.rtw.example");
    // A GP and a self-referral link of the demo practice, to Ann.
    EXPECT_EQ(demo["gpReferralPath"].get<std::string>().size(), 3u + 43u);
    EXPECT_EQ(demo["gpReferralPath"].get<std::string>().rfind("/r/", 0), 0u);
    EXPECT_NE(demo["gpReferralPath"], demo["selfReferralPath"]);
    const auto links = adminJson({"list-referral-links"})["referralLinks"];
    ASSERT_EQ(links.size(), 2u);
    // Made in the same (fake) millisecond: in either order.
    EXPECT_NE(links[0]["kind"], links[1]["kind"]);
    EXPECT_EQ(links[0]["adviserName"], "Ann Adviser");
    EXPECT_EQ(links[0]["practiceId"], demo["practiceId"]);
    const std::string password = first["generatedPassword"];
    auto store = openStore();
    auto ann = store->findUserByEmail("ann.adviser@demo.rtw.example");
    ASSERT_TRUE(ann);
    EXPECT_TRUE(verifyPassword(*ann->passwordHash, password));
    // The cases are records any device of Ann's would pull.
    std::int64_t cases = 0, clients = 0, audits = 0;
    Status s = store.db->transact(db::TxMode::Read, [&](db::SqlTx& tx) -> Status {
        auto rows = tx.query("SELECT type, count(*) FROM records GROUP BY type");
        if (!rows) return rows.status();
        for (const auto& r : *rows) {
            if (r.text(0) == "case") cases = r.integer(1);
            if (r.text(0) == "client") clients = r.integer(1);
            if (r.text(0) == "audit_event") audits = r.integer(1);
        }
        return Status::ok();
    });
    ASSERT_TRUE(s) << s.message();
    EXPECT_EQ(cases, 30);
    EXPECT_EQ(clients, 30);
    EXPECT_GT(audits, 90) << "written through push: audited like any change";
    // Again: nothing new, and it says where to sign in.
    const AdminRun again = admin({"seed-demo"});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_NE(again.out.find("already there"), std::string::npos) << again.out;
    Status count = store.db->transact(db::TxMode::Read, [&](db::SqlTx& tx) -> Status {
        auto row = tx.queryOne("SELECT count(*) FROM records WHERE type = 'case'");
        if (!row) return row.status();
        EXPECT_EQ((*row)->integer(0), 30);
        return Status::ok();
    });
    EXPECT_TRUE(count);
    // A chosen password that breaks the rules is refused before anything is written.
    auto fresh = admin({"seed-demo"}, {{"RTW_ADMIN_PASSWORD", "short"}});
    EXPECT_EQ(fresh.code, 0) << "already seeded wins: " << fresh.err;
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminCliTest, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server

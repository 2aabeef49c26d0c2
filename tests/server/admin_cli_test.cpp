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

INSTANTIATE_TEST_SUITE_P(Backends, AdminCliTest, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server

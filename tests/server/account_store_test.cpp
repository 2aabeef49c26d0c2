#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "backend_fixture.h"
#include "server/storage/server_database.h"
#include "server/storage/server_schema.h"
#include "server/storage/sql_account_store.h"

namespace rtw::server {
namespace {

using Counts = std::map<std::string, std::int64_t>;

// Runs on both backends: the same SQL must keep the same rules.
class AccountStoreTest : public ::testing::TestWithParam<std::string>,
                         public testing::BackendFixture {
protected:
    void SetUp() override {
        setUpBackend(GetParam());
        if (HasFatalFailure() || IsSkipped()) return;
        reopen();
    }
    void TearDown() override {
        store_.reset();
        db_.reset();
        dropSchema();
    }

    void reopen() {
        store_.reset();
        db_.reset();
        auto db = openServerDatabase(url(), 2);
        ASSERT_TRUE(db.isOk()) << db.status().message();
        db_ = std::move(*db);
        store_ = std::make_unique<SqlAccountStore>(*db_, clock_, PasswordCost::Minimum);
    }

    std::int64_t scalar(const std::string& sql) {
        std::int64_t v = -1;
        Status s = db_->transact(db::TxMode::Read, [&](db::SqlTx& tx) -> Status {
            auto row = tx.queryOne(sql);
            if (!row) return row.status();
            v = (*row)->integer(0);
            return Status::ok();
        });
        EXPECT_TRUE(s) << s.message();
        return v;
    }

    Counts counts() {
        Counts c;
        for (const char* t : {"services", "practices", "users", "devices"})
            c[t] = scalar(std::string("SELECT count(*) FROM ") + t);
        c["revoked"] = scalar("SELECT count(*) FROM devices WHERE revoked_ms IS NOT NULL");
        return c;
    }

    /// A service with one practice, for user tests.
    void seed() {
        service_ = *store_->createService("Leeds WorkWell");
        practice_ = *store_->createPractice(service_.id, "Chapel Allerton", "b82018");
        other_ = *store_->createService("York WorkWell");
        otherPractice_ = *store_->createPractice(other_.id, "Acomb", std::nullopt);
    }

    NewUser adviser(const std::string& email = "ann.adviser@example.nhs.uk") {
        return {service_.id, practice_.id, "adviser", email, "Ann Adviser", "a long passphrase"};
    }

    FakeClock clock_;
    std::unique_ptr<db::SqlDatabase> db_;
    std::unique_ptr<SqlAccountStore> store_;
    Service service_, other_;
    Practice practice_, otherPractice_;
};

TEST_P(AccountStoreTest, CreatesServicePracticeAndUser) {
    auto service = store_->createService("Leeds WorkWell");
    ASSERT_TRUE(service.isOk()) << service.status().message();
    EXPECT_EQ(service->id.size(), 36u);
    EXPECT_EQ(service->createdMs, clock_.nowMs());
    auto practice = store_->createPractice(service->id, "Chapel Allerton", "b82018");
    ASSERT_TRUE(practice.isOk()) << practice.status().message();
    EXPECT_EQ(practice->odsCode, "B82018");
    clock_.advance(1000);
    auto user = store_->createUser({service->id, practice->id, "adviser",
                                    "Ann.Adviser@Example.NHS.uk", "Ann", "a long passphrase"});
    ASSERT_TRUE(user.isOk()) << user.status().message();
    EXPECT_EQ(user->email, "ann.adviser@example.nhs.uk");
    EXPECT_EQ(user->role, model::UserRole::Adviser);

    auto found = store_->findUserByEmail("ANN.ADVISER@example.nhs.uk");
    ASSERT_TRUE(found.isOk());
    EXPECT_EQ(found->id, user->id);
    EXPECT_EQ(found->practiceId, practice->id);
    EXPECT_EQ(found->displayName, "Ann");
    EXPECT_EQ(found->createdMs, clock_.nowMs());
    EXPECT_FALSE(found->disabled);
    ASSERT_TRUE(found->passwordHash.has_value());
    EXPECT_TRUE(verifyPassword(*found->passwordHash, "a long passphrase"));
    EXPECT_EQ(store_->findUserByEmail("nobody@example.nhs.uk").status().code(),
              ErrorCode::NotFound);
}

TEST_P(AccountStoreTest, OtherStaffRolesNeedNoPracticeAndMayHaveNoPassword) {
    seed();
    for (const char* role : {"service_lead", "admin", "referrer"}) {
        auto u =
            store_->createUser({service_.id, std::nullopt, role,
                                std::string(role) + "@example.nhs.uk", "Someone", std::nullopt});
        ASSERT_TRUE(u.isOk()) << role << ": " << u.status().message();
        EXPECT_FALSE(u->passwordHash.has_value());
    }
}

TEST_P(AccountStoreTest, InvalidInputNamesTheFieldAndChangesNothing) {
    seed();
    ASSERT_TRUE(store_->createUser(adviser()).isOk());
    const Counts before = counts();
    struct Case {
        std::string what;
        std::function<Status()> call;
        std::string field;
    };
    const auto user = [&](auto change) {
        return [this, change] {
            NewUser u = adviser("new.person@example.nhs.uk");
            change(u);
            return store_->createUser(u).status();
        };
    };
    const std::vector<Case> cases = {
        {"blank service name", [&] { return store_->createService("  ").status(); }, "name"},
        {"unknown service", [&] { return store_->createPractice("nope", "P", {}).status(); },
         "service"},
        {"blank practice name",
         [&] { return store_->createPractice(service_.id, "", {}).status(); }, "name"},
        {"bad ODS code", [&] { return store_->createPractice(service_.id, "P", "B8-2").status(); },
         "odsCode"},
        {"bad email", user([](NewUser& u) { u.email = "not-an-email"; }), "email"},
        {"unknown role", user([](NewUser& u) { u.role = "nurse"; }), "role"},
        {"patient by admin", user([](NewUser& u) { u.role = "patient"; }), "role"},
        {"employer by admin", user([](NewUser& u) { u.role = "employer_contact"; }), "role"},
        {"adviser without practice", user([](NewUser& u) { u.practiceId.reset(); }), "practice"},
        {"practice of another service", user([&](NewUser& u) { u.practiceId = otherPractice_.id; }),
         "practice"},
        {"unknown practice", user([](NewUser& u) { u.practiceId = "nope"; }), "practice"},
        {"unknown service", user([](NewUser& u) { u.serviceId = "nope"; }), "service"},
        {"blank display name", user([](NewUser& u) { u.displayName = ""; }), "displayName"},
        {"short password", user([](NewUser& u) { u.password = "short"; }), "password"},
        {"short new password",
         [&] { return store_->resetPassword("ann.adviser@example.nhs.uk", "short"); }, "password"},
        {"blank device name",
         [&] {
             auto u = store_->findUserByEmail("ann.adviser@example.nhs.uk");
             return store_->registerDevice(u->id, "").status();
         },
         "name"},
    };
    for (const auto& c : cases) {
        const Status s = c.call();
        EXPECT_EQ(s.code(), ErrorCode::InvalidArgument) << c.what;
        ASSERT_FALSE(s.fieldErrors().empty()) << c.what;
        EXPECT_EQ(s.fieldErrors()[0].field, c.field) << c.what << ": " << s.message();
        EXPECT_EQ(counts(), before) << c.what;
    }
    auto ann = store_->findUserByEmail("ann.adviser@example.nhs.uk");
    EXPECT_TRUE(verifyPassword(*ann->passwordHash, "a long passphrase"));
}

TEST_P(AccountStoreTest, DuplicateEmailDifferingOnlyInCaseIsRefused) {
    seed();
    ASSERT_TRUE(store_->createUser(adviser("ann@example.nhs.uk")).isOk());
    const Counts before = counts();
    auto again = store_->createUser(adviser("ANN@Example.nhs.UK"));
    EXPECT_EQ(again.status().code(), ErrorCode::AlreadyExists);
    EXPECT_EQ(again.status().message(), "an account with this email already exists");
    EXPECT_EQ(counts(), before);
}

TEST_P(AccountStoreTest, DuplicateOdsCodeIsRefused) {
    seed();
    const Counts before = counts();
    auto again = store_->createPractice(other_.id, "Elsewhere", "B82018");
    EXPECT_EQ(again.status().code(), ErrorCode::AlreadyExists);
    EXPECT_EQ(counts(), before);
}

TEST_P(AccountStoreTest, ResetPasswordReplacesTheHash) {
    seed();
    ASSERT_TRUE(store_->createUser(adviser()).isOk());
    ASSERT_TRUE(store_->resetPassword("Ann.Adviser@example.nhs.uk", "a brand new secret").isOk());
    auto ann = store_->findUserByEmail("ann.adviser@example.nhs.uk");
    EXPECT_TRUE(verifyPassword(*ann->passwordHash, "a brand new secret"));
    EXPECT_FALSE(verifyPassword(*ann->passwordHash, "a long passphrase"));
    EXPECT_EQ(store_->resetPassword("nobody@example.nhs.uk", "a brand new secret").code(),
              ErrorCode::NotFound);
}

TEST_P(AccountStoreTest, DevicesAreListedAndRevoked) {
    seed();
    auto ann = *store_->createUser(adviser());
    auto bob = *store_->createUser(adviser("bob@example.nhs.uk"));
    auto laptop = store_->registerDevice(ann.id, "Ann's laptop");
    ASSERT_TRUE(laptop.isOk()) << laptop.status().message();
    EXPECT_EQ(laptop->userEmail, ann.email);
    EXPECT_EQ(laptop->lastSeenMs, clock_.nowMs());
    clock_.advance(10);
    auto phone = *store_->registerDevice(bob.id, "Bob's phone");
    EXPECT_EQ(store_->registerDevice("nope", "x").status().code(), ErrorCode::NotFound);

    auto all = store_->listDevices(std::nullopt);
    ASSERT_TRUE(all.isOk());
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].id, laptop->id);
    EXPECT_EQ((*all)[1].id, phone.id);
    auto bobs = store_->listDevices("BOB@example.nhs.uk");
    ASSERT_TRUE(bobs.isOk());
    ASSERT_EQ(bobs->size(), 1u);
    EXPECT_EQ((*bobs)[0].name, "Bob's phone");
    EXPECT_EQ(store_->listDevices("nobody@example.nhs.uk").status().code(), ErrorCode::NotFound);

    clock_.advance(500);
    const auto revokedAt = clock_.nowMs();
    auto revoked = store_->revokeDevice(laptop->id);
    ASSERT_TRUE(revoked.isOk()) << revoked.status().message();
    EXPECT_EQ(revoked->revokedMs, revokedAt);
    clock_.advance(500);
    auto twice = store_->revokeDevice(laptop->id);
    ASSERT_TRUE(twice.isOk());
    EXPECT_EQ(twice->revokedMs, revokedAt);  // the first revocation stands
    const Counts before = counts();
    EXPECT_EQ(store_->revokeDevice("nope").status().code(), ErrorCode::NotFound);
    EXPECT_EQ(counts(), before);
    EXPECT_EQ(before.at("revoked"), 1);
    EXPECT_FALSE((*store_->listDevices("bob@example.nhs.uk"))[0].revokedMs.has_value());
}

TEST_P(AccountStoreTest, ReopeningAppliesMigrationsOnceAndKeepsData) {
    seed();
    ASSERT_TRUE(store_->createUser(adviser()).isOk());
    const Counts before = counts();
    reopen();
    reopen();
    EXPECT_EQ(scalar("SELECT max(version) FROM schema_migrations"),
              serverMigrations().back().version);
    EXPECT_EQ(scalar("SELECT count(*) FROM schema_migrations"),
              static_cast<std::int64_t>(serverMigrations().size()));
    EXPECT_EQ(counts(), before);
    EXPECT_TRUE(store_->findUserByEmail("ann.adviser@example.nhs.uk").isOk());
}

TEST_P(AccountStoreTest, NewerSchemaIsRefused) {
    Status bumped = db_->transact(db::TxMode::Write, [](db::SqlTx& tx) {
        return tx.exec(
            "INSERT INTO schema_migrations (version, description, applied_ms) "
            "VALUES (999, 'from the future', 0)");
    });
    ASSERT_TRUE(bumped) << bumped.message();
    store_.reset();
    db_.reset();
    auto s = openServerDatabase(url(), 1);
    EXPECT_EQ(s.status().code(), ErrorCode::Unsupported) << s.status().message();
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountStoreTest, testing::kBackends, testing::backendName);

}  // namespace
}  // namespace rtw::server

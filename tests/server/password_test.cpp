#include <gtest/gtest.h>

#include "server/accounts/password.h"

namespace rtw::server {
namespace {

TEST(Password, HashVerifiesOnlyTheRightPassword) {
    auto hash = hashPassword("correct horse battery", PasswordCost::Minimum);
    ASSERT_TRUE(hash.isOk()) << hash.status().message();
    EXPECT_EQ(hash->find("correct horse"), std::string::npos);
    EXPECT_TRUE(verifyPassword(*hash, "correct horse battery"));
    EXPECT_FALSE(verifyPassword(*hash, "correct horse batterY"));
    EXPECT_FALSE(verifyPassword(*hash, ""));
}

TEST(Password, MinimumCostIsArgon2idWithTheSmallestLimits) {
    auto hash = hashPassword("twelve chars", PasswordCost::Minimum);
    ASSERT_TRUE(hash.isOk());
    EXPECT_EQ(hash->rfind("$argon2id$v=19$m=8,t=1,p=1$", 0), 0u) << *hash;
}

TEST(Password, EachHashHasItsOwnSalt) {
    auto a = hashPassword("same password!", PasswordCost::Minimum);
    auto b = hashPassword("same password!", PasswordCost::Minimum);
    ASSERT_TRUE(a.isOk() && b.isOk());
    EXPECT_NE(*a, *b);
    EXPECT_TRUE(verifyPassword(*b, "same password!"));
}

TEST(Password, MalformedHashNeverVerifies) {
    EXPECT_FALSE(verifyPassword("", "anything at all"));
    EXPECT_FALSE(verifyPassword("not a hash", "not a hash"));
    EXPECT_FALSE(verifyPassword(std::string(500, '$'), "anything at all"));
}

TEST(Password, RulesCountCharactersAndNameTheField) {
    struct Case {
        std::string password;
        bool ok;
    };
    std::string twelveAccents;
    for (int i = 0; i < 12; ++i) twelveAccents += "\xC3\xA9";  // é, two bytes each
    const std::vector<Case> cases = {
        {"", false},
        {"elevenchars", false},
        {"twelve chars", true},
        {std::string(1024, 'x'), true},
        {std::string(1025, 'x'), false},
        {twelveAccents, true},
        {twelveAccents.substr(0, 12), false},  // six characters in twelve bytes
        {"bad utf8 \xFF\xFE here", false},
    };
    for (const auto& c : cases) {
        const Status s = checkPasswordRules(c.password);
        EXPECT_EQ(s.isOk(), c.ok) << c.password.size() << " bytes";
        if (!c.ok) {
            ASSERT_EQ(s.fieldErrors().size(), 1u);
            EXPECT_EQ(s.fieldErrors()[0].field, "password");
            EXPECT_FALSE(hashPassword(c.password, PasswordCost::Minimum).isOk());
        }
    }
}

TEST(Password, GeneratedPasswordsAreLongAndDistinct) {
    const std::string a = generatePassword();
    const std::string b = generatePassword();
    EXPECT_EQ(a.size(), 20u);
    EXPECT_NE(a, b);
    EXPECT_TRUE(checkPasswordRules(a).isOk());
}

}  // namespace
}  // namespace rtw::server

// The device profile: who uses this store, kept encrypted in meta.
#include "store/device_profile.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "store_test_support.h"

namespace rtw::testing {
namespace {

TEST(DeviceProfile, SavedProfileSurvivesReopeningAndBadIdsAreRefused) {
    TempDir dir;
    FakeClock clock;
    store::DeviceProfile p{"6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11",
                           "Ann Adviser",
                           "ann.adviser@example.nhs.uk",
                           "adviser",
                           "svc-1",
                           "P81001",
                           "https://rtw.example.nhs.uk"};
    p.serviceName = "Aire Valley Work and Health Service";
    p.serviceAddress = "Unit 4, Example Court\nLeeds LS1 4AP";
    p.servicePhone = "0113 496 0999";
    {
        auto s = store::Store::create(dir.path(), kPasscode, clock, testOptions());
        RTW_ASSERT_OK(s);
        auto none = store::loadDeviceProfile((*s)->database());
        RTW_ASSERT_OK(none);
        EXPECT_FALSE(none->has_value());
        RTW_ASSERT_OK(store::saveDeviceProfile((*s)->database(), p));
        auto bad = p;
        bad.userId = "ann";
        EXPECT_EQ(store::saveDeviceProfile((*s)->database(), bad).code(),
                  ErrorCode::InvalidArgument);
    }
    auto s = store::Store::open(dir.path(), kPasscode, clock, testOptions());
    RTW_ASSERT_OK(s);
    auto loaded = store::loadDeviceProfile((*s)->database());
    RTW_ASSERT_OK(loaded);
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, p);
}

}  // namespace
}  // namespace rtw::testing

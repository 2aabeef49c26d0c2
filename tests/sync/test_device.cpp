#include "test_device.h"

#include <stdexcept>

#include "crypto/key_vault.h"
#include "util/random_id.h"

namespace rtw::testing {

namespace fs = std::filesystem;

namespace {
constexpr const char* kPasscode = "device passcode 2026";

store::StoreOptions fastOptions() {
    store::StoreOptions o;
    o.kdf = crypto::KdfParams::minimumForTests();
    o.verifyOnOpen = false;
    return o;
}
}  // namespace

TestDevice::TestDevice(std::string name, std::int64_t clockOffsetMs, sync::CurlOptions transport)
    : name_(std::move(name)),
      dir_(fs::temp_directory_path() / ("rtw-device-" + newUuid())),
      clock_(SystemClock::instance().nowMs() + clockOffsetMs),
      transport_(std::make_unique<sync::CurlTransport>(transport)) {
    auto s = store::Store::create(dir_, kPasscode, clock_, fastOptions());
    if (!s) throw std::runtime_error("device store: " + s.status().message());
    store_ = std::move(*s);
    client_ = std::make_unique<sync::SyncClient>(*store_, *transport_, clock_);
}

TestDevice::~TestDevice() {
    client_.reset();
    store_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

void TestDevice::signIn(const std::string& server, const testsupport::TestAccount& account) {
    auto r = client_->signIn(server, account.email, account.password, name_);
    if (!r.ok()) throw std::runtime_error(name_ + " sign-in: " + r.error.message);
}

sync::CycleResult TestDevice::syncUntilDone(int attempts) {
    sync::CycleResult r;
    for (int i = 0; i < attempts; ++i) {
        r = client_->syncOnce();
        if (r.ok()) return r;
    }
    return r;
}

std::string TestDevice::userId() {
    auto s = client_->session();
    return s ? s->user.value("id", "") : "";
}

void TestDevice::reopen() {
    client_.reset();
    store_.reset();
    auto s = store::Store::open(dir_, kPasscode, clock_, fastOptions());
    if (!s) throw std::runtime_error("reopening: " + s.status().message());
    store_ = std::move(*s);
    client_ = std::make_unique<sync::SyncClient>(*store_, *transport_, clock_);
}

std::vector<store::PulledRecord> serverView(const std::string& server,
                                            const testsupport::TestAccount& account) {
    TestDevice witness("witness");
    witness.signIn(server, account);
    auto r = witness.syncUntilDone(5);
    if (!r.ok()) throw std::runtime_error("witness pull: " + r.error.message);
    return deviceView(witness.store());
}

std::vector<store::PulledRecord> deviceView(store::Store& store) {
    auto snap = store.sync().snapshot();
    if (!snap) throw std::runtime_error(snap.status().message());
    for (auto& r : *snap) r.seq = 0;
    return *snap;
}

std::string firstDifference(const std::vector<store::PulledRecord>& a,
                            const std::vector<store::PulledRecord>& b) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto ja = store::toJson(a[i]), jb = store::toJson(b[i]);
        if (ja != jb) return "first: " + ja.dump() + "\nsecond: " + jb.dump();
    }
    if (a.size() != b.size())
        return "first has " + std::to_string(a.size()) + " records, second " +
               std::to_string(b.size()) +
               "; next extra: " + store::toJson(a.size() > b.size() ? a[n] : b[n]).dump();
    return {};
}

}  // namespace rtw::testing

// Devices syncing with the real rtw-server on loopback: push, pull, merge
// with conflicts, patients' views, token refresh, the protocol handshake,
// revocation, and a case moving between advisers.
#include <gtest/gtest.h>

#include "model/dates.h"
#include "test_device.h"
#include "util/random_id.h"

namespace rtw::testing {
namespace {

using nlohmann::json;
using testsupport::TestServer;

json caseFor(TestServer& server, const std::string& adviserId) {
    return {{"practiceId", server.practiceId()},
            {"adviserId", adviserId},
            {"status", "active"},
            {"openedOn", "2026-03-02"}};
}

json clientFields(const std::string& family) {
    return {{"givenName", "Amira"}, {"familyName", family}, {"dateOfBirth", "1984-07-19"}};
}

json noteFields(TestDevice& d, const std::string& text) {
    return {{"kind", "note"},
            {"text", text},
            {"authorId", d.userId()},
            {"deviceId", d.store().deviceId()},
            {"writtenAt", "2026-03-02T10:15:00Z"},
            {"sharedWithPatient", false}};
}

// A case with its client, made on `d` (not yet pushed); returns {caseId, clientId}.
std::pair<std::string, std::string> addCase(TestServer& server, TestDevice& d,
                                            const std::string& family = "Okafor") {
    auto caseId = d.records().create("case", "", caseFor(server, d.userId()));
    EXPECT_TRUE(caseId.isOk()) << caseId.status().message();
    auto clientId = d.records().create("client", *caseId, clientFields(family));
    EXPECT_TRUE(clientId.isOk()) << clientId.status().message();
    return {*caseId, *clientId};
}

std::vector<store::PulledRecord> ofType(const std::vector<store::PulledRecord>& all,
                                        const std::string& type) {
    std::vector<store::PulledRecord> out;
    for (const auto& r : all)
        if (r.type == type) out.push_back(r);
    return out;
}

TEST(SyncEndToEnd, AdvisersTwoDevicesShareACaseload) {
    TestServer server;
    TestDevice tablet("tablet"), phone("phone");
    tablet.signIn(server.baseUrl(), server.adviser());
    phone.signIn(server.baseUrl(), server.adviser());
    auto [caseId, clientId] = addCase(server, tablet);
    ASSERT_TRUE(
        tablet.records().create("case_note", caseId, noteFields(tablet, "First visit.")).isOk());
    auto pushed = tablet.sync();
    ASSERT_TRUE(pushed.ok()) << pushed.error.message;
    EXPECT_EQ(pushed.pushed, 3);
    EXPECT_EQ(*tablet.records().pendingCount(), 0) << "acknowledged operations leave the outbox";
    auto pulled = phone.sync();
    ASSERT_TRUE(pulled.ok()) << pulled.error.message;
    auto rows = phone.records().caseload({});
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].familyName, "Okafor");
    EXPECT_EQ(phone.records().search("visit", "case_note")->size(), 1u);
    ASSERT_TRUE(tablet.sync().ok());
    EXPECT_EQ(firstDifference(deviceView(tablet.store()), deviceView(phone.store())), "");
    EXPECT_EQ(
        firstDifference(deviceView(tablet.store()), serverView(server.baseUrl(), server.adviser())),
        "");
}

TEST(SyncEndToEnd, ConcurrentEditsConvergeAndTheLoserIsKeptAsAConflict) {
    TestServer server;
    TestDevice ann("ann", 0), ben("ann-phone", 0);
    ann.signIn(server.baseUrl(), server.adviser());
    ben.signIn(server.baseUrl(), server.adviser());
    auto [caseId, clientId] = addCase(server, ann);
    ASSERT_TRUE(ann.sync().ok());
    ASSERT_TRUE(ben.sync().ok());
    // Offline, both change the family name; the phone's edit is later.
    ASSERT_TRUE(ann.records().update(clientId, {{"familyName", "Okafor-Smith"}}).isOk());
    ben.clock().advance(5'000);
    ASSERT_TRUE(ben.records().update(clientId, {{"familyName", "Smith"}}).isOk());
    ASSERT_TRUE(ben.sync().ok());
    auto late = ann.sync();
    ASSERT_TRUE(late.ok()) << late.error.message;
    EXPECT_EQ(late.pushed, 1) << "a losing edit is still accepted";
    ASSERT_TRUE(ben.sync().ok());
    for (TestDevice* d : {&ann, &ben}) {
        EXPECT_EQ(d->records().get(clientId)->fields["familyName"], "Smith") << d->name();
        auto conflicts = ofType(deviceView(d->store()), "conflict");
        ASSERT_EQ(conflicts.size(), 1u) << d->name();
        EXPECT_EQ(conflicts[0].fields["losingValue"], "Okafor-Smith");
        EXPECT_EQ(conflicts[0].fields["field"], "familyName");
        EXPECT_EQ(conflicts[0].fields["status"], "open");
        EXPECT_EQ(d->store().sync().counts()->openConflicts, 1);
    }
    EXPECT_EQ(firstDifference(deviceView(ann.store()), deviceView(ben.store())), "");
}

TEST(SyncEndToEnd, ASequentialOverwriteIsNotAConflict) {
    TestServer server;
    TestDevice ann("ann"), ben("ann-phone");
    ann.signIn(server.baseUrl(), server.adviser());
    ben.signIn(server.baseUrl(), server.adviser());
    auto [caseId, clientId] = addCase(server, ann);
    ASSERT_TRUE(ann.records().update(clientId, {{"familyName", "Okafor-Smith"}}).isOk());
    ASSERT_TRUE(ann.sync().ok());
    ASSERT_TRUE(ben.sync().ok());
    ASSERT_TRUE(ben.records().update(clientId, {{"familyName", "Smith"}}).isOk());
    ASSERT_TRUE(ben.sync().ok());
    ASSERT_TRUE(ann.sync().ok());
    EXPECT_TRUE(ofType(deviceView(ann.store()), "conflict").empty())
        << "the phone saw the tablet's value (its base HLC) before changing it";
}

TEST(SyncEndToEnd, PatientGetsTheirViewAndTheirCheckInsReachTheAdviser) {
    TestServer server;
    TestDevice ann("ann"), pat("patient phone");
    ann.signIn(server.baseUrl(), server.adviser());
    auto [caseId, clientId] = addCase(server, ann);
    ASSERT_TRUE(ann.records().create("case_note", caseId, noteFields(ann, "Private note.")).isOk());
    ASSERT_TRUE(ann.sync().ok());
    auto invite = ann.client().createInvite(caseId);
    ASSERT_TRUE(invite.ok()) << invite.error.message;
    auto enrolled =
        pat.client().enrol(server.baseUrl(), invite.value->at("code"), "pat@example.org",
                           "Amira Okafor", "a long patient password", "phone");
    ASSERT_TRUE(enrolled.ok()) << enrolled.error.message;
    ASSERT_TRUE(pat.sync().ok());
    auto view = deviceView(pat.store());
    EXPECT_TRUE(ofType(view, "case_note").empty()) << "notes not shared with the patient stay away";
    auto client = pat.records().get(clientId);
    ASSERT_TRUE(client.isOk());
    EXPECT_EQ(client->view, "patient");
    EXPECT_EQ(pat.records().update(clientId, {{"familyName", "X"}}).code(), ErrorCode::NotAllowed);
    json checkIn = {{"on", "2026-03-10"},  {"pain", 6},
                    {"interference", 4},   {"mood", 3},
                    {"sleepQuality", 5},   {"pacingDone", "some"},
                    {"hoursWorked", 4.25}, {"note", "Stiff in the morning"}};
    auto ci = pat.records().create("check_in", caseId, checkIn);
    ASSERT_TRUE(ci.isOk()) << ci.status().message();
    ASSERT_TRUE(pat.sync().ok());
    ASSERT_TRUE(ann.sync().ok());
    auto seen = ann.records().get(*ci);
    ASSERT_TRUE(seen.isOk());
    EXPECT_EQ(seen->fields["note"], "Stiff in the morning");
    ASSERT_TRUE(pat.sync().ok());
    EXPECT_EQ(firstDifference(deviceView(pat.store()),
                              serverView(server.baseUrl(),
                                         testsupport::TestAccount{"", "pat@example.org",
                                                                  "a long patient password"})),
              "");
}

TEST(SyncEndToEnd, ARefusedChangeIsReportedAndUndone) {
    TestServer server;
    TestDevice ann("ann");
    ann.signIn(server.baseUrl(), server.adviser());
    // A case in a practice that does not exist: the server refuses it.
    json bad = caseFor(server, ann.userId());
    bad["practiceId"] = "NOPE1";
    auto caseId = ann.records().create("case", "", bad);
    ASSERT_TRUE(caseId.isOk());
    auto r = ann.sync();
    ASSERT_TRUE(r.ok()) << r.error.message;
    EXPECT_EQ(r.rejected, 1);
    auto rejected = ann.store().sync().rejectedChanges();
    ASSERT_EQ(rejected->size(), 1u);
    EXPECT_EQ((*rejected)[0].code, "invalid");
    EXPECT_FALSE((*rejected)[0].message.empty());
    EXPECT_EQ(ann.records().get(*caseId).status().code(), ErrorCode::NotFound);
    EXPECT_EQ(*ann.records().pendingCount(), 0);
}

TEST(SyncEndToEnd, ExpiredAccessTokensAreRefreshed) {
    TestServer server;
    TestDevice ann("ann");
    ann.signIn(server.baseUrl(), server.adviser());
    const auto before = ann.client().session()->accessToken;
    // The server's clock moves past the access token's 15 minutes; the
    // device's does not (it learns from the 401 and refreshes).
    server.clock().advance(16 * 60'000);
    auto r = ann.sync();
    ASSERT_TRUE(r.ok()) << r.error.message;
    EXPECT_NE(ann.client().session()->accessToken, before);
    // Now the device's clock says the new token is about to expire: refresh first.
    const auto second = ann.client().session()->accessToken;
    ann.clock().advance(16 * 60'000);
    server.clock().advance(16 * 60'000);
    ASSERT_TRUE(ann.sync().ok());
    EXPECT_NE(ann.client().session()->accessToken, second);
}

TEST(SyncEndToEnd, RevokedDeviceIsToldToWipe) {
    TestServer server;
    TestDevice ann("ann");
    ann.signIn(server.baseUrl(), server.adviser());
    ASSERT_TRUE(ann.sync().ok());
    auto revoked = server.app().accounts().revokeDevice(ann.client().session()->deviceId);
    ASSERT_TRUE(revoked.isOk()) << revoked.status().message();
    auto r = ann.sync();
    EXPECT_EQ(r.error.kind, sync::ApiFailure::Revoked);
}

// Rewrites the protocol header, to play a device from another app version.
class OtherVersionTransport : public sync::Transport {
public:
    explicit OtherVersionTransport(std::string version) : version_(std::move(version)) {}
    sync::HttpResponse send(const sync::HttpRequest& req) override {
        sync::HttpRequest copy = req;
        for (auto& [k, v] : copy.headers)
            if (k == "X-RTW-Protocol") v = version_;
        return inner_.send(copy);
    }

private:
    std::string version_;
    sync::CurlTransport inner_;
};

TEST(SyncEndToEnd, AnotherProtocolVersionIsToldWhoMustUpdate) {
    TestServer server;
    OtherVersionTransport newer("2");
    sync::ApiClient api(newer, server.baseUrl());
    auto r = api.signIn(server.adviser().email, server.adviser().password, "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.kind, sync::ApiFailure::UpdateRequired);
    EXPECT_EQ(r.error.status, 409);
    EXPECT_FALSE(r.error.message.empty());
}

TEST(SyncEndToEnd, AReassignedCaseLeavesTheFirstAdviserAndReachesTheSecond) {
    TestServer server;
    TestDevice ann("ann"), ben("ben"), lead("lead");
    ann.signIn(server.baseUrl(), server.adviser());
    ben.signIn(server.baseUrl(), server.otherAdviser());
    lead.signIn(server.baseUrl(), server.serviceLead());
    auto [caseId, clientId] = addCase(server, ann);
    auto [keptId, keptClient] = addCase(server, ann, "Brown");
    ASSERT_TRUE(
        ann.records().create("case_note", caseId, noteFields(ann, "Met at the surgery.")).isOk());
    ASSERT_TRUE(ann.sync().ok());
    // Ben has a caseload of his own, so his cursor is well past the start.
    json bensCase = caseFor(server, ben.userId());
    bensCase["practiceId"] = server.otherPracticeId();
    ASSERT_TRUE(ben.records().create("case", "", bensCase).isOk());
    ASSERT_TRUE(ben.sync().ok());
    ASSERT_EQ(ben.records().caseload({})->size(), 1u);
    ASSERT_TRUE(lead.sync().ok());
    // Offline, Ann keeps working on the case...
    ASSERT_TRUE(ann.records().update(clientId, {{"familyName", "Okafor-Smith"}}).isOk());
    ASSERT_TRUE(
        ann.records().create("case_note", caseId, noteFields(ann, "Phoned the employer.")).isOk());
    // ...while the service lead gives it to Ben.
    ASSERT_TRUE(lead.records().update(caseId, {{"adviserId", ben.userId()}}).isOk());
    ASSERT_TRUE(lead.sync().ok());
    const auto benCursor = *ben.store().sync().cursor();
    auto r = ann.sync();
    ASSERT_TRUE(r.ok()) << r.error.message;
    EXPECT_EQ(r.rejected, 2) << "both unsynced edits are refused";
    EXPECT_EQ(r.purgedCases, std::vector<std::string>{caseId});
    EXPECT_EQ(ann.records().get(caseId).status().code(), ErrorCode::NotFound);
    EXPECT_EQ(ann.records().search("employer", std::nullopt)->size(), 0u);
    auto rows = ann.records().caseload({});
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].caseId, keptId);
    auto rejected = ann.store().sync().rejectedChanges();
    ASSERT_EQ(rejected->size(), 2u);
    for (const auto& c : *rejected) {
        EXPECT_EQ(c.caseId, caseId);
        EXPECT_EQ(c.code, "not_found");
    }
    for (const auto& rec : deviceView(ann.store()))
        EXPECT_NE(rec.caseId, caseId) << "nothing stays behind";
    auto benPull = ben.sync();
    ASSERT_TRUE(benPull.ok());
    EXPECT_NE(benCursor, "0");
    EXPECT_LT(benPull.pulled, 20) << "the case arrives in the next pull, no full resync";
    auto benRows = ben.records().caseload({});
    ASSERT_EQ(benRows->size(), 2u);
    EXPECT_EQ(ben.records().get(clientId)->fields["familyName"], "Okafor");
    EXPECT_EQ(ben.records().search("surgery", "case_note")->size(), 1u);
}

}  // namespace
}  // namespace rtw::testing

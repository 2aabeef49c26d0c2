// rtw-cli commands over the records on this device.
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "io/caseload_csv.h"
#include "sync/cli/cli_context.h"
#include "sync/sync_client.h"

namespace rtw::cli {

using nlohmann::json;

namespace {

std::string today() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string nowIso() {
    const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// The signed-in user (author of notes, holder of new cases).
std::optional<json> currentUser(store::Store& s) {
    auto v = s.sync().value("session");
    if (!v || !*v) return std::nullopt;
    json j = json::parse(**v, nullptr, false);
    if (!j.is_object() || !j.contains("user")) return std::nullopt;
    return j["user"];
}

json recordJson(const store::Record& r) {
    return {{"id", r.id},
            {"type", r.type},
            {"caseId", r.caseId},
            {"view", r.view},
            {"fields", r.fields}};
}

}  // namespace

int cmdCases(Context& c) {
    c.allowOnly({"status", "search"});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    store::CaseloadQuery q;
    q.status = c.optionalFlag("status");
    q.text = c.optionalFlag("search");
    q.limit = 100'000;
    auto rows = (*store)->records().caseload(q);
    if (!rows) return c.fail(rows.status());
    json arr = json::array();
    std::string text;
    for (const auto& r : *rows) {
        arr.push_back({{"caseId", r.caseId},
                       {"status", r.status},
                       {"givenName", r.givenName},
                       {"familyName", r.familyName},
                       {"workStatus", r.workStatus},
                       {"pending", r.pendingChanges}});
        text += r.caseId + "  " + r.familyName + ", " + r.givenName + "  (" + r.status + ")" +
                (r.pendingChanges ? "  " + std::to_string(r.pendingChanges) + " waiting" : "") +
                "\n";
    }
    if (rows->empty()) text = "No cases.";
    c.print({{"cases", arr}}, text);
    return 0;
}

int cmdAddCase(Context& c) {
    c.allowOnly({"given", "family", "dob", "nhs", "status"});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto user = currentUser(**store);
    if (!user)
        return c.fail("signed_out", "Sign in first: a new case is held by the signed-in adviser.");
    json kase = {{"adviserId", user->value("id", "")},
                 {"practiceId", user->value("practiceId", "")},
                 {"status", c.optionalFlag("status").value_or("active")},
                 {"openedOn", today()}};
    json client = {{"givenName", c.flag("given")},
                   {"familyName", c.flag("family")},
                   {"dateOfBirth", c.flag("dob")}};
    if (auto nhs = c.optionalFlag("nhs")) client["nhsNumber"] = *nhs;
    std::string caseId;
    Status s = (*store)->records().inTransaction([&](store::RecordStore& rs) -> Status {
        auto id = rs.create("case", "", kase);
        if (!id) return id.status();
        caseId = *id;
        auto cl = rs.create("client", caseId, client);
        return cl ? Status::ok() : cl.status();
    });
    if (!s) return c.fail(s);
    c.print({{"caseId", caseId}}, "Added case " + caseId + ".");
    return 0;
}

int cmdAddContact(Context& c) {
    c.allowOnly({"case", "mode", "minutes", "note", "at", "attendance", "venue", "shared"});
    const std::string caseId = c.flag("case");
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto user = currentUser(**store);
    if (!user) return c.fail("signed_out", "Sign in first: notes are written in your name.");
    int minutes = 0;
    try {
        minutes = std::stoi(c.flag("minutes"));
    } catch (const std::exception&) {
        throw UsageError{"--minutes must be a whole number"};
    }
    const std::string at = c.optionalFlag("at").value_or(nowIso());
    json contact = {{"at", at},
                    {"mode", c.flag("mode")},
                    {"durationMinutes", minutes},
                    {"attendance", c.optionalFlag("attendance").value_or("attended")},
                    {"participants", json::array()}};
    if (auto v = c.optionalFlag("venue")) contact["venue"] = *v;
    std::string contactId, noteId;
    // The contact and its note are one change: both or neither.
    Status s = (*store)->records().inTransaction([&](store::RecordStore& rs) -> Status {
        auto id = rs.create("contact", caseId, contact);
        if (!id) return id.status();
        contactId = *id;
        json note = {{"kind", "note"},
                     {"text", c.flag("note")},
                     {"contactId", contactId},
                     {"authorId", user->value("id", "")},
                     {"deviceId", (*store)->deviceId()},
                     {"writtenAt", at},
                     {"sharedWithPatient", c.optionalFlag("shared") == "yes"}};
        auto n = rs.create("case_note", caseId, note);
        if (!n) return n.status();
        noteId = *n;
        return Status::ok();
    });
    if (!s) return c.fail(s);
    c.print({{"contactId", contactId}, {"noteId", noteId}}, "Added the contact and its note.");
    return 0;
}

int cmdShowPlan(Context& c) {
    c.allowOnly({"case"});
    const std::string caseId = c.flag("case");
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto& records = (*store)->records();
    auto kase = records.get(caseId);
    if (!kase || kase->type != "case") return c.fail("not_found", "No such case on this device.");
    auto plans = records.list("rtw_plan", caseId);
    auto versions = records.list("rtw_plan_version", caseId);
    if (!plans) return c.fail(plans.status());
    if (!versions) return c.fail(versions.status());
    json j = {{"caseId", caseId}, {"plan", nullptr}, {"versions", json::array()}};
    std::ostringstream text;
    if (plans->empty()) {
        text << "No return-to-work plan yet.\n";
    } else {
        const auto& p = plans->back();
        j["plan"] = recordJson(p);
        const json& f = p.fields;
        text << "Plan version " << f.value("version", 0) << " (" << f.value("status", "?") << ")";
        if (f.contains("targetDate"))
            text << ", target return " << f["targetDate"].get<std::string>();
        text << "\n";
        for (const auto& ph : f.value("phases", json::array()))
            text << "  week " << ph.value("week", 0) << ": " << ph.value("days", 0) << " days x "
                 << ph.value("hoursPerDay", 0.0) << " h\n";
        for (const auto& a : f.value("adjustments", json::array()))
            text << "  adjustment: " << a.value("description", "") << "\n";
        for (const auto& a : f.value("actions", json::array()))
            text << "  action (" << a.value("owner", "") << ", " << a.value("status", "")
                 << "): " << a.value("description", "") << "\n";
    }
    for (const auto& v : *versions) {
        j["versions"].push_back(recordJson(v));
        text << "Agreed version " << v.fields.value("version", 0) << " on "
             << v.fields.value("agreedOn", "?") << "\n";
    }
    c.print(j, text.str());
    return 0;
}

int cmdConflicts(Context& c) {
    c.allowOnly({});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto snapshot = (*store)->sync().snapshot();
    if (!snapshot) return c.fail(snapshot.status());
    json arr = json::array();
    std::string text;
    for (const auto& r : *snapshot) {
        if (r.type != "conflict" || r.deleted || r.fields.value("status", "") != "open") continue;
        arr.push_back({{"id", r.id}, {"caseId", r.caseId}, {"fields", r.fields}});
        text += r.fields.value("recordType", "?") + " " + r.fields.value("field", "?") + ": kept " +
                r.fields.value("winningValue", json()).dump() + ", not " +
                r.fields.value("losingValue", json()).dump() + "\n";
    }
    if (arr.empty()) text = "No edits to review.";
    c.print({{"conflicts", arr}}, text);
    return 0;
}

int cmdImportCsv(Context& c) {
    c.allowOnly({});
    if (c.positional().size() != 1) throw UsageError{"import-csv needs one FILE"};
    std::ifstream in(c.positional()[0], std::ios::binary);
    if (!in) return c.fail("io", "Cannot read " + c.positional()[0] + ".");
    std::ostringstream ss;
    ss << in.rdbuf();
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto user = currentUser(**store);
    if (!user)
        return c.fail("signed_out",
                      "Sign in first: imported cases are held by the signed-in adviser.");
    io::ImportContext ctx{user->value("id", ""), user->value("practiceId", ""), today()};
    auto r = io::importCaseload((*store)->records(), ss.str(), ctx);
    if (!r) return c.fail(r.status());
    c.print({{"imported", r->caseIds.size()}, {"caseIds", r->caseIds}},
            "Imported " + std::to_string(r->caseIds.size()) +
                " cases; they are sent at the next sync.");
    return 0;
}

int cmdExportCsv(Context& c) {
    c.allowOnly({"out"});
    auto store = c.store();
    if (!store) return c.fail(store.status());
    auto csv = io::exportCaseload((*store)->records());
    if (!csv) return c.fail(csv.status());
    const auto outFile = c.optionalFlag("out");
    if (!outFile) {
        c.out() << *csv;
        return 0;
    }
    // Personal data leaving the encrypted store: owner-only, and only where asked.
    const mode_t old = ::umask(077);
    std::ofstream out(*outFile, std::ios::binary | std::ios::trunc);
    ::umask(old);
    if (!(out << *csv)) return c.fail("io", "Cannot write " + *outFile + ".");
    out.close();
    c.print({{"exported", *outFile}},
            "Wrote " + *outFile + " (it is not encrypted: keep it safe).");
    return 0;
}

}  // namespace rtw::cli

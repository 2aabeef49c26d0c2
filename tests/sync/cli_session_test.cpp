// rtw-cli: the scripted adviser session in docs/cli.md, run as written
// against the real server; and in-process checks of usage and JSON errors.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "sync/cli/cli.h"
#include "test_device.h"
#include "util/random_id.h"

namespace rtw::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string sessionScript() {
    std::ifstream in(fs::path(RTW_SOURCE_DIR) / "docs" / "cli.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = ss.str();
    const auto marker = doc.find("<!-- cli-session -->");
    const auto start = doc.find("```bash\n", marker);
    const auto end = doc.find("```", start + 8);
    if (marker == std::string::npos || start == std::string::npos || end == std::string::npos)
        return {};
    return doc.substr(start + 8, end - start - 8);
}

std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

TEST(CliSession, TheDocumentedAdviserSessionRuns) {
    testsupport::TestServer server;
    const std::string script = sessionScript();
    ASSERT_FALSE(script.empty()) << "docs/cli.md lost its cli-session block";
    const fs::path work = fs::temp_directory_path() / ("rtw-cli-session-" + newUuid());
    fs::create_directories(work);
    { std::ofstream(work / "session.sh") << script; }
    const std::string binDir = fs::path(RTW_CLI_PATH).parent_path().string();
    const std::string cmd = "cd " + shellQuote(work.string()) +
                            " && env -i PATH=" + shellQuote(binDir + ":/usr/bin:/bin") +
                            " RTW_SERVER=" + shellQuote(server.baseUrl()) +
                            " RTW_EMAIL=" + shellQuote(server.adviser().email) +
                            " RTW_PASSWORD=" + shellQuote(server.adviser().password) +
                            " RTW_PASSCODE='a passcode for the session'" +
                            " RTW_DATA_DIR=" + shellQuote((work / "data").string()) +
                            " bash session.sh 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string output;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) output.append(buf, n);
    const int rc = pclose(p);
    ASSERT_EQ(rc, 0) << output;
    EXPECT_NE(output.find("Imported 2 cases"), std::string::npos) << output;
    EXPECT_NE(output.find("\"pending\":0"), std::string::npos) << output;
    EXPECT_NE(output.find("Okafor"), std::string::npos) << output;
    EXPECT_FALSE(fs::exists(work / "caseload.csv"));
    // What the script did is on the server.
    auto view = serverView(server.baseUrl(), server.adviser());
    int cases = 0, contacts = 0, notes = 0;
    for (const auto& r : view) {
        cases += r.type == "case";
        contacts += r.type == "contact";
        notes += r.type == "case_note" &&
                 r.fields.value("text", "") == "Phoned to agree a phased return from Monday.";
    }
    EXPECT_EQ(cases, 2);
    EXPECT_EQ(contacts, 1);
    EXPECT_EQ(notes, 1);
    std::error_code ec;
    fs::remove_all(work, ec);
}

int cli(const std::vector<std::string>& args, std::string& out, std::string& err,
        std::map<std::string, std::string> env = {}) {
    std::ostringstream o, e;
    const int rc = cli::runCli(args, env, o, e);
    out = o.str();
    err = e.str();
    return rc;
}

TEST(CliUsage, BadUsageIsExitTwoWithAMessage) {
    std::string out, err;
    EXPECT_EQ(cli({}, out, err), 2);
    EXPECT_NE(err.find("usage: rtw-cli"), std::string::npos);
    EXPECT_EQ(cli({"frobnicate"}, out, err), 2);
    EXPECT_NE(err.find("unknown command 'frobnicate'"), std::string::npos);
    EXPECT_EQ(cli({"--data", "/nonexistent", "cases", "--colour", "red"}, out, err), 2);
    EXPECT_NE(err.find("unknown flag --colour"), std::string::npos);
    EXPECT_EQ(cli({"add-contact", "--case"}, out, err), 2);
    EXPECT_NE(err.find("--case needs a value"), std::string::npos);
}

TEST(CliUsage, FailuresAreJsonWithJsonAndNothingIsCreated) {
    const fs::path dir = fs::temp_directory_path() / ("rtw-cli-" + newUuid());
    std::string out, err;
    EXPECT_EQ(cli({"--json", "--data", dir.string(), "status"}, out, err,
                  {{"RTW_PASSCODE", "x passcode 12"}}),
              1);
    auto j = json::parse(out);
    EXPECT_EQ(j["error"]["code"], "not_found");
    // A sign-in that cannot reach the server leaves no store behind.
    EXPECT_EQ(cli({"--json", "--data", dir.string(), "sign-in", "--server", "http://127.0.0.1:9",
                   "--email", "a@example.org"},
                  out, err, {{"RTW_PASSCODE", "x passcode 12"}, {"RTW_PASSWORD", "pw"}}),
              1);
    EXPECT_EQ(json::parse(out)["error"]["code"], "network");
    EXPECT_FALSE(store::Store::exists(dir));
    // Plain http to a remote host is refused before anything is sent.
    EXPECT_EQ(cli({"--json", "--data", dir.string(), "sign-in", "--server",
                   "http://sync.example.nhs.uk", "--email", "a@example.org"},
                  out, err, {{"RTW_PASSCODE", "x passcode 12"}, {"RTW_PASSWORD", "pw"}}),
              1);
    EXPECT_NE(json::parse(out)["error"]["message"].get<std::string>().find("https"),
              std::string::npos);
    std::error_code ec;
    fs::remove_all(dir, ec);
}

}  // namespace
}  // namespace rtw::testing

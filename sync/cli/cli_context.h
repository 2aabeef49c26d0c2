#pragma once
// What every rtw-cli command gets: parsed flags, the environment, output in
// text or JSON, and the store opened on demand.

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "sync/curl_transport.h"
#include "util/status.h"

namespace rtw::cli {

/// A usage error (exit 2).
struct UsageError {
    std::string message;
};

class Context {
public:
    Context(std::vector<std::string> args, std::map<std::string, std::string> env,
            std::ostream& out, std::ostream& err);

    const std::string& command() const { return command_; }
    bool jsonOutput() const { return json_; }
    /// A flag's value; throws UsageError when required and missing.
    std::string flag(const std::string& name) const;
    std::optional<std::string> optionalFlag(const std::string& name) const;
    bool has(const std::string& name) const { return flags_.count(name) > 0; }
    const std::vector<std::string>& positional() const { return positional_; }
    /// Fails with UsageError naming any flag not in `allowed`.
    void allowOnly(const std::set<std::string>& allowed) const;
    std::optional<std::string> envVar(const std::string& name) const;

    std::filesystem::path dataDir() const;
    /// A secret from the environment, else typed at the terminal (not echoed).
    std::string secret(const std::string& envName, const std::string& prompt) const;
    /// Opens the store (passcode from RTW_PASSCODE); creates it when `create`
    /// and none exists.
    Result<store::Store*> store(bool create = false);
    /// Closes and erases the store (revoked device, sign-out --wipe).
    Status wipeStore();
    sync::CurlOptions transportOptions() const;

    /// Prints a result: JSON as is with --json, else `text`.
    void print(const nlohmann::json& j, const std::string& text);
    /// Prints a failure the same way; returns the exit code 1.
    int fail(const std::string& code, const std::string& message,
             const nlohmann::json& fields = nlohmann::json::array());
    int fail(const Status& s);
    std::ostream& out() { return out_; }

private:
    std::string command_;
    std::map<std::string, std::string> flags_;
    std::vector<std::string> positional_;
    std::map<std::string, std::string> env_;
    bool json_ = false;
    std::ostream& out_;
    std::ostream& err_;
    std::unique_ptr<store::Store> store_;
};

// Commands (cli_sync.cpp, cli_records.cpp). Each returns the exit code.
int cmdSignIn(Context& c);
int cmdEnrol(Context& c);
int cmdSignOut(Context& c);
int cmdSync(Context& c);
int cmdStatus(Context& c);
int cmdInvite(Context& c);
int cmdRejected(Context& c);
int cmdCases(Context& c);
int cmdAddCase(Context& c);
int cmdAddContact(Context& c);
int cmdShowPlan(Context& c);
int cmdConflicts(Context& c);
int cmdImportCsv(Context& c);
int cmdExportCsv(Context& c);

}  // namespace rtw::cli

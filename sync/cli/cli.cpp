#include "sync/cli/cli.h"

#include <termios.h>
#include <unistd.h>

#include <fstream>
#include <iostream>

#include "platform/paths.h"
#include "sync/cli/cli_context.h"

namespace rtw::cli {

using nlohmann::json;

namespace {

constexpr const char* kUsage = R"(usage: rtw-cli [--data DIR] [--json] <command> [flags]

Account
  sign-in   --server URL --email E [--device-name N]       password: RTW_PASSWORD or prompt
  enrol     --server URL --code C --email E --name N [--device-name N]
  sign-out  [--wipe]
Sync
  sync      [--ca-file F] [--timeout-ms N]   one full cycle: push, pull, purge
  status    signed-in user, changes waiting, refused changes, conflicts, last sync
  rejected  changes the server refused, with its reasons
  conflicts edits that lost to another and wait for review
Cases
  cases       [--status S] [--search TEXT]
  add-case    --given G --family F --dob YYYY-MM-DD [--nhs N]
  add-contact --case ID --mode M --minutes N --note TEXT [--at ISO] [--attendance A] [--venue V]
  show-plan   --case ID
  invite      --case ID        a code for the case's patient to enrol
  import-csv  FILE             a caseload spreadsheet (docs/cli.md lists the columns)
  export-csv  [--out FILE]     the caseload as CSV (stdout unless --out)

The store's passcode comes from RTW_PASSCODE (or is asked for). The data
folder is --data, else RTW_DATA_DIR, else ~/.local/share/rtw.
)";

// Flags that take no value.
const std::set<std::string> kSwitches = {"json", "wipe", "help"};

}  // namespace

Context::Context(std::vector<std::string> args, std::map<std::string, std::string> env,
                 std::ostream& out, std::ostream& err)
    : env_(std::move(env)), out_(out), err_(err) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) == 0) {
            std::string name = a.substr(2), value;
            if (const auto eq = name.find('='); eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            } else if (!kSwitches.count(name)) {
                if (i + 1 >= args.size()) throw UsageError{"--" + name + " needs a value"};
                value = args[++i];
            }
            flags_[name] = value;
        } else if (command_.empty()) {
            command_ = a;
        } else {
            positional_.push_back(a);
        }
    }
    json_ = flags_.count("json") > 0;
}

std::string Context::flag(const std::string& name) const {
    auto it = flags_.find(name);
    if (it == flags_.end() || it->second.empty()) throw UsageError{command_ + " needs --" + name};
    return it->second;
}

std::optional<std::string> Context::optionalFlag(const std::string& name) const {
    auto it = flags_.find(name);
    if (it == flags_.end()) return std::nullopt;
    return it->second;
}

void Context::allowOnly(const std::set<std::string>& allowed) const {
    static const std::set<std::string> global = {"data", "json", "ca-file", "timeout-ms", "help"};
    for (const auto& [name, v] : flags_)
        if (!allowed.count(name) && !global.count(name))
            throw UsageError{"unknown flag --" + name + " for " + command_};
}

std::optional<std::string> Context::envVar(const std::string& name) const {
    auto it = env_.find(name);
    if (it == env_.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

std::filesystem::path Context::dataDir() const {
    if (auto d = optionalFlag("data")) return *d;
    if (auto d = envVar("RTW_DATA_DIR")) return *d;
    auto d = platform::dataDirectory();
    if (!d) throw UsageError{"no data folder: " + d.status().message() + " (use --data)"};
    return *d;
}

std::string Context::secret(const std::string& envName, const std::string& prompt) const {
    if (auto v = envVar(envName)) return *v;
    std::ifstream tty("/dev/tty");
    if (!tty || !isatty(STDIN_FILENO))
        throw UsageError{"set " + envName + " (no terminal to ask on)"};
    std::cerr << prompt << ": " << std::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string value;
    std::getline(std::cin, value);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return value;
}

Result<store::Store*> Context::store(bool create) {
    if (store_) return store_.get();
    const auto dir = dataDir();
    const std::string passcode = secret("RTW_PASSCODE", "Passcode for this device's data");
    if (create && !store::Store::exists(dir)) {
        auto s = store::Store::create(dir, passcode, SystemClock::instance());
        if (!s) return s.status();
        store_ = std::move(*s);
    } else {
        auto s = store::Store::open(dir, passcode, SystemClock::instance());
        if (!s) return s.status();
        store_ = std::move(*s);
    }
    return store_.get();
}

Status Context::wipeStore() {
    if (store_) {
        (void)store_->sync().eraseAll();
        store_->close();
        store_.reset();
    }
    return store::Store::wipe(dataDir());
}

sync::CurlOptions Context::transportOptions() const {
    sync::CurlOptions o;
    if (auto f = optionalFlag("ca-file")) o.caFile = *f;
    if (auto t = optionalFlag("timeout-ms")) {
        try {
            o.totalTimeoutMs = std::stol(*t);
        } catch (...) {
            throw UsageError{"--timeout-ms must be a number of milliseconds"};
        }
        if (o.totalTimeoutMs <= 0) throw UsageError{"--timeout-ms must be more than 0"};
    }
    return o;
}

void Context::print(const json& j, const std::string& text) {
    if (json_) {
        out_ << j.dump() << "\n";
    } else if (!text.empty()) {
        out_ << text << (text.back() == '\n' ? "" : "\n");
    }
}

int Context::fail(const std::string& code, const std::string& message, const json& fields) {
    if (json_) {
        json e = {{"code", code}, {"message", message}};
        if (!fields.empty()) e["fields"] = fields;
        out_ << json{{"error", e}}.dump() << "\n";
    } else {
        err_ << "rtw-cli: " << message << "\n";
        for (const auto& f : fields)
            err_ << "  " << f.value("field", "") << ": " << f.value("message", "") << "\n";
    }
    return 1;
}

int Context::fail(const Status& s) {
    json fields = json::array();
    for (const auto& f : s.fieldErrors())
        fields.push_back({{"field", f.field}, {"message", f.message}});
    return fail(errorCodeName(s.code()), s.message(), fields);
}

int runCli(const std::vector<std::string>& args, const std::map<std::string, std::string>& env,
           std::ostream& out, std::ostream& err) {
    static const std::map<std::string, int (*)(Context&)> commands = {
        {"sign-in", cmdSignIn},       {"enrol", cmdEnrol},
        {"sign-out", cmdSignOut},     {"sync", cmdSync},
        {"status", cmdStatus},        {"invite", cmdInvite},
        {"rejected", cmdRejected},    {"cases", cmdCases},
        {"add-case", cmdAddCase},     {"add-contact", cmdAddContact},
        {"show-plan", cmdShowPlan},   {"conflicts", cmdConflicts},
        {"import-csv", cmdImportCsv}, {"export-csv", cmdExportCsv}};
    try {
        Context c(args, env, out, err);
        if (c.command().empty() || c.command() == "help" || c.has("help")) {
            (c.command().empty() ? err : out) << kUsage;
            return c.command().empty() ? 2 : 0;
        }
        auto it = commands.find(c.command());
        if (it == commands.end()) throw UsageError{"unknown command '" + c.command() + "'"};
        return it->second(c);
    } catch (const UsageError& e) {
        err << "rtw-cli: " << e.message << "\n(rtw-cli help lists the commands)\n";
        return 2;
    }
}

}  // namespace rtw::cli

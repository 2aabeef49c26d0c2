#include "server/admin_cli.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "server/seed/demo_seed.h"
#include "server/storage/server_database.h"
#include "server/storage/sql_account_store.h"
#include "server/sync/sync_store.h"
#include "server/web/referral_links.h"

namespace rtw::server {
namespace {

using Env = std::vector<std::pair<std::string, std::string>>;
using Flags = std::map<std::string, std::string>;

struct Command {
    std::string name;
    std::vector<std::string> required;
    std::vector<std::string> optional;
};

const std::vector<Command>& commands() {
    static const std::vector<Command> list = {
        {"create-service", {"--name"}, {}},
        {"create-practice", {"--service", "--name"}, {"--ods"}},
        {"create-user", {"--service", "--role", "--email", "--name"}, {"--practice"}},
        {"reset-password", {"--email"}, {}},
        {"list-devices", {}, {"--email"}},
        {"revoke-device", {"--device"}, {}},
        {"seed-demo", {}, {}},
        {"create-referral-link", {"--practice", "--adviser"}, {"--kind"}},
        {"list-referral-links", {}, {}},
        {"revoke-referral-link", {"--link"}, {}},
    };
    return list;
}

constexpr const char* kUsage =
    "usage: rtw-server admin <command> [--db sqlite:PATH|postgresql://...] [--json] ...\n"
    "  create-service  --name N\n"
    "  create-practice --service ID --name N [--ods CODE]\n"
    "  create-user     --service ID [--practice ID] --role R --email E --name N\n"
    "  reset-password  --email E\n"
    "  list-devices    [--email E]\n"
    "  revoke-device   --device ID\n"
    "  seed-demo       (a fictional service, adviser and 30 cases to try the app with)\n"
    "  create-referral-link --practice ID --adviser USER_ID [--kind gp|self]\n"
    "  list-referral-links\n"
    "  revoke-referral-link --link ID\n"
    "Passwords come from RTW_ADMIN_PASSWORD, else one is generated and printed once.\n";

std::optional<std::string> envValue(const Env& env, const std::string& key) {
    for (const auto& [k, v] : env)
        if (k == key) return v;
    return std::nullopt;
}

std::optional<std::string> flag(const Flags& flags, const std::string& name) {
    const auto it = flags.find(name);
    if (it == flags.end()) return std::nullopt;
    return it->second;
}

/// Fills `flags` ("--json" maps to ""), or returns what is wrong.
std::optional<std::string> parseFlags(const Command& cmd, const std::vector<std::string>& args,
                                      Flags& flags) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& word = args[i];
        if (word.rfind("--", 0) != 0) return "unexpected argument \"" + word + "\"";
        const auto eq = word.find('=');
        const std::string name = word.substr(0, eq);
        const bool known =
            name == "--db" || name == "--json" ||
            std::find(cmd.required.begin(), cmd.required.end(), name) != cmd.required.end() ||
            std::find(cmd.optional.begin(), cmd.optional.end(), name) != cmd.optional.end();
        if (!known) return "unknown flag " + name + " for " + cmd.name;
        if (flags.count(name)) return name + " is given twice";
        if (name == "--json") {
            if (eq != std::string::npos) return "--json takes no value";
            flags[name] = "";
            continue;
        }
        if (eq != std::string::npos) {
            flags[name] = word.substr(eq + 1);
        } else if (i + 1 < args.size()) {
            flags[name] = args[++i];
        } else {
            return name + " needs a value";
        }
    }
    for (const auto& name : cmd.required)
        if (!flags.count(name)) return cmd.name + " needs " + name;
    return std::nullopt;
}

/// The flag (or variable) an administrator typed for a store field.
std::string flagFor(const std::string& field) {
    static const std::map<std::string, std::string> map = {
        {"service", "--service"}, {"practice", "--practice"},         {"role", "--role"},
        {"email", "--email"},     {"displayName", "--name"},          {"name", "--name"},
        {"odsCode", "--ods"},     {"password", "RTW_ADMIN_PASSWORD"}, {"adviser", "--adviser"},
        {"kind", "--kind"}};
    const auto it = map.find(field);
    return it == map.end() ? field : it->second;
}

nlohmann::json nullable(const std::optional<std::string>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const Account& a) {
    return {{"id", a.id},
            {"serviceId", a.serviceId},
            {"practiceId", nullable(a.practiceId)},
            {"email", a.email},
            {"displayName", a.displayName},
            {"role", model::enumName(a.role)},
            {"createdMs", a.createdMs},
            {"disabled", a.disabled}};
}

nlohmann::json toJson(const Device& d) {
    return {{"id", d.id},
            {"userId", d.userId},
            {"email", d.userEmail},
            {"name", d.name},
            {"createdMs", d.createdMs},
            {"lastSeenMs", d.lastSeenMs},
            {"revokedMs", d.revokedMs ? nlohmann::json(*d.revokedMs) : nlohmann::json(nullptr)}};
}

std::string deviceLine(const Device& d) {
    return d.id + " " + d.userEmail + " \"" + d.name + "\" created " +
           model::formatTimestamp(d.createdMs) + " last-seen " +
           model::formatTimestamp(d.lastSeenMs) + " " +
           (d.revokedMs ? "revoked " + model::formatTimestamp(*d.revokedMs) : "active");
}

nlohmann::json toJson(const web::ReferralLink& l) {
    return {{"id", l.id},
            {"kind", l.kind == web::ReferralKind::Self ? "self" : "gp"},
            {"practiceId", l.practiceId},
            {"practiceName", l.practiceName},
            {"adviserId", l.adviserId},
            {"adviserName", l.adviserName},
            {"createdMs", l.createdMs},
            {"revokedMs", l.revokedMs ? nlohmann::json(*l.revokedMs) : nlohmann::json(nullptr)}};
}

std::string referralLinkLine(const web::ReferralLink& l) {
    return l.id + " " + (l.kind == web::ReferralKind::Self ? "self" : "gp") +
           " referral link of \"" + l.practiceName + "\" to " + l.adviserName + " (" + l.adviserId +
           ") created " + model::formatTimestamp(l.createdMs) + " " +
           (l.revokedMs ? "revoked " + model::formatTimestamp(*l.revokedMs) : "active");
}

class Runner {
public:
    Runner(const Flags& flags, AccountStore& store, std::ostream& out, const Env& env,
           db::SqlDatabase& db, const Clock& clock, PasswordCost cost)
        : flags_(flags),
          store_(store),
          out_(out),
          env_(env),
          db_(db),
          clock_(clock),
          cost_(cost),
          json_(flags.count("--json") > 0) {}

    Status run(const std::string& command) {
        if (command == "create-service") return createService();
        if (command == "create-practice") return createPractice();
        if (command == "create-user") return createUser();
        if (command == "reset-password") return resetPassword();
        if (command == "list-devices") return listDevices();
        if (command == "seed-demo") return seedDemoData();
        if (command == "create-referral-link") return createReferralLink();
        if (command == "list-referral-links") return listReferralLinks();
        if (command == "revoke-referral-link") return revokeReferralLink();
        return revokeDevice();
    }

private:
    std::string get(const std::string& name) const { return flag(flags_, name).value_or(""); }

    /// RTW_ADMIN_PASSWORD when set and not empty; else a generated one, kept to print.
    std::string password() {
        if (auto given = envValue(env_, "RTW_ADMIN_PASSWORD"); given && !given->empty())
            return *given;
        generated_ = generatePassword();
        return *generated_;
    }

    void printPassword(const std::string& email, nlohmann::json& j) {
        if (!generated_) return;
        if (json_)
            j["generatedPassword"] = *generated_;
        else
            out_ << "password for " << email << ": " << *generated_ << " (shown once)\n";
    }

    Status createService() {
        auto s = store_.createService(get("--name"));
        if (!s) return s.status();
        if (json_)
            out_
                << nlohmann::json{{"service",
                                   {{"id", s->id}, {"name", s->name}, {"createdMs", s->createdMs}}}}
                       .dump()
                << "\n";
        else
            out_ << "created service " << s->id << " \"" << s->name << "\"\n";
        return Status::ok();
    }

    Status createPractice() {
        auto p = store_.createPractice(get("--service"), get("--name"), flag(flags_, "--ods"));
        if (!p) return p.status();
        if (json_)
            out_ << nlohmann::json{{"practice",
                                    {{"id", p->id},
                                     {"serviceId", p->serviceId},
                                     {"name", p->name},
                                     {"odsCode", nullable(p->odsCode)}}}}
                        .dump()
                 << "\n";
        else
            out_ << "created practice " << p->id << " \"" << p->name << "\""
                 << (p->odsCode ? " ODS " + *p->odsCode : "") << " in service " << p->serviceId
                 << "\n";
        return Status::ok();
    }

    Status createUser() {
        NewUser user{get("--service"), flag(flags_, "--practice"),
                     get("--role"),    get("--email"),
                     get("--name"),    password()};
        auto a = store_.createUser(user);
        if (!a) return a.status();
        nlohmann::json j{{"user", toJson(*a)}};
        if (!json_)
            out_ << "created " << model::enumName(a->role) << " " << a->id << " " << a->email
                 << "\n";
        printPassword(a->email, j);
        if (json_) out_ << j.dump() << "\n";
        return Status::ok();
    }

    Status resetPassword() {
        const std::string email = normaliseEmail(get("--email"));
        if (Status s = store_.resetPassword(email, password()); !s) return s;
        nlohmann::json j{{"passwordReset", {{"email", email}}}};
        if (!json_) out_ << "password reset for " << email << "\n";
        printPassword(email, j);
        if (json_) out_ << j.dump() << "\n";
        return Status::ok();
    }

    Status listDevices() {
        auto list = store_.listDevices(flag(flags_, "--email"));
        if (!list) return list.status();
        nlohmann::json j = nlohmann::json::array();
        for (const auto& d : *list) {
            if (json_)
                j.push_back(toJson(d));
            else
                out_ << deviceLine(d) << "\n";
        }
        if (json_) out_ << nlohmann::json{{"devices", j}}.dump() << "\n";
        return Status::ok();
    }

    Status revokeDevice() {
        auto d = store_.revokeDevice(get("--device"));
        if (!d) return d.status();
        if (json_)
            out_ << nlohmann::json{{"device", toJson(*d)}}.dump() << "\n";
        else
            out_ << "revoked " << deviceLine(*d) << "\n";
        return Status::ok();
    }

    Status seedDemoData() {
        const auto chosen = envValue(env_, "RTW_ADMIN_PASSWORD");
        const bool given = chosen && !chosen->empty();
        auto seed = seedDemo(db_, clock_, chosen.value_or(""), cost_);
        if (!seed) return seed.status();
        if (json_) {
            nlohmann::json j = {{"demo",
                                 {{"alreadySeeded", seed->alreadySeeded},
                                  {"adviserEmail", seed->adviserEmail},
                                  {"serviceId", seed->serviceId},
                                  {"practiceId", seed->practiceId},
                                  {"cases", seed->cases}}}};
            if (!seed->alreadySeeded) {
                j["demo"]["gpReferralPath"] = seed->gpReferralPath;
                j["demo"]["selfReferralPath"] = seed->selfReferralPath;
            }
            if (!seed->alreadySeeded && !given) j["generatedPassword"] = seed->adviserPassword;
            out_ << j.dump() << "\n";
        } else if (seed->alreadySeeded) {
            out_ << "The demo service is already there: sign in as " << seed->adviserEmail
                 << " (rtw-server admin reset-password --email " << seed->adviserEmail
                 << " if the password is lost).\n";
        } else {
            out_ << "Demo service, practice and " << seed->cases << " fictional cases created.\n"
                 << "Sign in as " << seed->adviserEmail;
            if (given)
                out_ << " with the password from RTW_ADMIN_PASSWORD.\n";
            else
                out_ << " with password " << seed->adviserPassword << " (shown once)\n";
            out_ << "GP referral form: " << urlOf(seed->gpReferralPath) << "\n"
                 << "Self-referral form: " << urlOf(seed->selfReferralPath) << "\n"
                 << "(referrals from them reach " << seed->adviserEmail
                 << "'s caseload at the next sync; the links are shown once)\n";
        }
        return Status::ok();
    }

    Status createReferralLink() {
        const std::string kind = flag(flags_, "--kind").value_or("gp");
        if (kind != "gp" && kind != "self")
            return Status::invalid({{"kind", "must be gp or self"}});
        auto issued =
            referralLinks().create(kind == "self" ? web::ReferralKind::Self : web::ReferralKind::Gp,
                                   get("--practice"), get("--adviser"));
        if (!issued) return issued.status();
        const std::string path = "/r/" + issued->token;
        if (json_) {
            nlohmann::json j = toJson(issued->link);
            j["path"] = path;
            out_ << nlohmann::json{{"referralLink", j}}.dump() << "\n";
        } else {
            out_ << "created " << referralLinkLine(issued->link) << "\nform: " << urlOf(path)
                 << " (shown once)\n";
        }
        return Status::ok();
    }

    Status listReferralLinks() {
        auto list = referralLinks().list();
        if (!list) return list.status();
        nlohmann::json j = nlohmann::json::array();
        for (const auto& l : *list) {
            if (json_)
                j.push_back(toJson(l));
            else
                out_ << referralLinkLine(l) << "\n";
        }
        if (json_) out_ << nlohmann::json{{"referralLinks", j}}.dump() << "\n";
        return Status::ok();
    }

    Status revokeReferralLink() {
        auto l = referralLinks().revoke(get("--link"));
        if (!l) return l.status();
        if (json_)
            out_ << nlohmann::json{{"referralLink", toJson(*l)}}.dump() << "\n";
        else
            out_ << "revoked " << referralLinkLine(*l) << "\n";
        return Status::ok();
    }

    /// The store of referral links over this database (its records are
    /// written with a server clock of their own).
    web::ReferralLinkStore& referralLinks() {
        if (!referralLinks_) {
            sync_ = std::make_unique<SyncStore>(db_, clock_);
            referralLinks_ = std::make_unique<web::ReferralLinkStore>(db_, *sync_, clock_);
        }
        return *referralLinks_;
    }

    /// RTW_PUBLIC_URL + path when the variable is set, else the path.
    std::string urlOf(const std::string& path) const {
        return envValue(env_, "RTW_PUBLIC_URL").value_or("") + path;
    }

    const Flags& flags_;
    AccountStore& store_;
    std::ostream& out_;
    const Env& env_;
    db::SqlDatabase& db_;
    const Clock& clock_;
    PasswordCost cost_;
    bool json_;
    std::optional<std::string> generated_;
    std::unique_ptr<SyncStore> sync_;
    std::unique_ptr<web::ReferralLinkStore> referralLinks_;
};

}  // namespace

int runAdmin(const std::vector<std::string>& args, const Env& env, std::ostream& out,
             std::ostream& err, const Clock& clock, PasswordCost cost) {
    const auto usage = [&](const std::string& message) {
        err << "rtw-server admin: " << message << "\n" << kUsage;
        return 2;
    };
    if (args.empty()) return usage("a command is needed");
    if (args[0] == "--help" || args[0] == "help") {
        out << kUsage;
        return 0;
    }
    const auto cmd = std::find_if(commands().begin(), commands().end(),
                                  [&](const Command& c) { return c.name == args[0]; });
    if (cmd == commands().end()) return usage("unknown command \"" + args[0] + "\"");
    Flags flags;
    if (auto problem = parseFlags(*cmd, args, flags)) return usage(*problem);

    const std::string db =
        flag(flags, "--db").value_or(envValue(env, "RTW_DB").value_or("sqlite:rtw-server.db"));
    const bool known = (db.rfind("sqlite:", 0) == 0 && db.size() > 7) ||
                       db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
    if (!known) return usage("--db: must be sqlite:PATH or postgresql://...");
    auto database = openServerDatabase(db, 1, envValue(env, "RTW_DB_KEY_FILE").value_or(""));
    if (!database) {
        err << "rtw-server admin: " << database.status().message() << "\n";
        return 1;
    }
    SqlAccountStore store(**database, clock, cost);
    const Status s = Runner(flags, store, out, env, **database, clock, cost).run(cmd->name);
    if (s) return 0;
    if (s.code() != ErrorCode::InvalidArgument || s.fieldErrors().empty()) {
        err << "rtw-server admin: " << s.message() << "\n";
        return 1;
    }
    err << "rtw-server admin: ";
    for (std::size_t i = 0; i < s.fieldErrors().size(); ++i)
        err << (i ? "; " : "") << flagFor(s.fieldErrors()[i].field) << ": "
            << s.fieldErrors()[i].message;
    err << "\n";
    return 2;
}

}  // namespace rtw::server

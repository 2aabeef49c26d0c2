#include "io/caseload_csv.h"

#include <algorithm>
#include <map>
#include <set>

#include "model/record_types.h"

namespace rtw::io {

using nlohmann::json;

namespace {

const std::vector<std::string> kColumns = {"given_name", "family_name", "date_of_birth",
                                           "nhs_number", "phone",       "email",
                                           "postcode",   "status",      "opened_on"};
const std::map<std::string, std::string> kClientField = {{"given_name", "givenName"},
                                                         {"family_name", "familyName"},
                                                         {"date_of_birth", "dateOfBirth"},
                                                         {"nhs_number", "nhsNumber"},
                                                         {"phone", "phone"},
                                                         {"email", "email"},
                                                         {"postcode", "postcode"}};

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// DD/MM/YYYY (en-GB, as spreadsheets show dates) becomes YYYY-MM-DD; the
// model then checks it is a real date.
std::string isoDate(const std::string& v) {
    if (v.size() == 10 && v[2] == '/' && v[5] == '/')
        return v.substr(6, 4) + "-" + v.substr(3, 2) + "-" + v.substr(0, 2);
    return v;
}

std::string digitsOnly(const std::string& v) {
    std::string out;
    for (char c : v)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

}  // namespace

Result<std::vector<std::vector<std::string>>> parseCsv(const std::string& input) {
    std::string_view text(input);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, cellStarted = false;
    int line = 1, quoteLine = 0;
    auto endCell = [&] {
        row.push_back(std::move(cell));
        cell.clear();
        cellStarted = false;
    };
    auto endRow = [&] {
        endCell();
        if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
        row.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    cell += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
            continue;
        }
        if (c == '"' && !cellStarted) {
            quoted = cellStarted = true;
            quoteLine = line;
        } else if (c == ',') {
            endCell();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            endRow();
            ++line;
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted)
        return Status::invalid(
            {{"line " + std::to_string(quoteLine), "a quoted cell is never closed"}});
    if (cellStarted || !row.empty()) endRow();
    return rows;
}

std::string csvLine(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        std::string v = cells[i];
        // A cell a spreadsheet would run as a formula is shown as text.
        if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@')) v = "'" + v;
        if (v.find_first_of(",\"\r\n") != std::string::npos) {
            std::string q = "\"";
            for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
            v = q + "\"";
        }
        out += v;
    }
    return out;
}

Result<ImportResult> importCaseload(store::RecordStore& records, const std::string& csv,
                                    const ImportContext& ctx) {
    auto rows = parseCsv(csv);
    if (!rows) return rows.status();
    if (rows->empty()) return Status::invalid({{"line 1", "the file is empty"}});
    std::vector<FieldError> problems;
    std::vector<std::string> header;
    std::set<std::string> seenColumns;
    for (const auto& h : (*rows)[0]) {
        const std::string name = lower(trim(h));
        if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
            problems.push_back({"line 1, column " + h, "is not a column this import knows"});
        else if (!seenColumns.insert(name).second)
            problems.push_back({"line 1, column " + h, "appears twice"});
        header.push_back(name);
    }
    for (const char* required : {"given_name", "family_name", "date_of_birth"})
        if (!seenColumns.count(required))
            problems.push_back({"line 1", std::string("the column ") + required + " is missing"});
    if (!problems.empty()) return Status::invalid(problems);

    // Existing NHS numbers on the device: one person, one case.
    std::set<std::string> knownNhs;
    auto caseload = records.caseload({.limit = 1'000'000});
    if (!caseload) return caseload.status();
    for (const auto& row : *caseload) {
        auto clients = records.list("client", row.caseId);
        if (!clients) return clients.status();
        for (const auto& c : *clients)
            if (c.fields.contains("nhsNumber"))
                knownNhs.insert(c.fields["nhsNumber"].get<std::string>());
    }

    const auto* caseType = model::findRecordType("case");
    const auto* clientType = model::findRecordType("client");
    struct Planned {
        json caseFields, clientFields;
    };
    std::vector<Planned> planned;
    std::set<std::string> fileNhs;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const auto& cells = (*rows)[r];
        const std::string where = "line " + std::to_string(r + 1);
        if (cells.size() != header.size()) {
            problems.push_back({where, "has " + std::to_string(cells.size()) +
                                           " cells; the header has " +
                                           std::to_string(header.size())});
            continue;
        }
        json client = json::object();
        json kase = {{"adviserId", ctx.adviserId},
                     {"practiceId", ctx.practiceId},
                     {"status", "awaiting_first_contact"},
                     {"openedOn", ctx.today}};
        for (std::size_t c = 0; c < header.size(); ++c) {
            const std::string v = trim(cells[c]);
            if (v.empty()) continue;
            const std::string& col = header[c];
            if (col == "status") {
                kase["status"] = v;
            } else if (col == "opened_on") {
                kase["openedOn"] = isoDate(v);
            } else if (col == "date_of_birth") {
                client["dateOfBirth"] = isoDate(v);
            } else {
                client[kClientField.at(col)] = v;
            }
        }
        auto fieldColumn = [&](const std::string& field) {
            for (const auto& [col, f] : kClientField)
                if (field.rfind(f, 0) == 0) return col;
            if (field == "status") return std::string("status");
            if (field == "openedOn") return std::string("opened_on");
            return field;
        };
        bool ok = true;
        if (Status s = clientType->validate(client); !s) {
            ok = false;
            for (const auto& e : s.fieldErrors())
                problems.push_back({where + ", column " + fieldColumn(e.field), e.message});
        }
        if (Status s = caseType->validate(kase); !s) {
            ok = false;
            for (const auto& e : s.fieldErrors())
                problems.push_back({where + ", column " + fieldColumn(e.field), e.message});
        }
        if (ok && client.contains("nhsNumber")) {
            const std::string nhs = digitsOnly(client["nhsNumber"].get<std::string>());
            if (knownNhs.count(nhs)) {
                problems.push_back({where + ", column nhs_number",
                                    "this person already has a case on this device"});
                ok = false;
            } else if (!fileNhs.insert(nhs).second) {
                problems.push_back({where + ", column nhs_number", "appears earlier in the file"});
                ok = false;
            }
        }
        if (ok) planned.push_back({kase, client});
    }
    if (!problems.empty()) return Status::invalid(problems);
    if (planned.empty()) return Status::invalid({{"line 2", "the file has no rows to import"}});

    ImportResult result;
    Status written = records.inTransaction([&](store::RecordStore& rs) -> Status {
        for (const auto& p : planned) {
            auto caseId = rs.create("case", "", p.caseFields);
            if (!caseId) return caseId.status();
            auto clientId = rs.create("client", *caseId, p.clientFields);
            if (!clientId) return clientId.status();
            result.caseIds.push_back(*caseId);
        }
        return Status::ok();
    });
    if (!written) {
        result.caseIds.clear();
        return written;
    }
    return result;
}

Result<std::string> exportCaseload(store::RecordStore& records) {
    std::vector<std::string> header = {"case_id"};
    header.insert(header.end(), kColumns.begin(), kColumns.end());
    std::string out = csvLine(header) + "\r\n";
    auto caseload = records.caseload({.limit = 1'000'000});
    if (!caseload) return caseload.status();
    for (const auto& row : *caseload) {
        auto kase = records.get(row.caseId);
        if (!kase) continue;  // a case removed since the list was read
        auto clients = records.list("client", row.caseId);
        if (!clients) return clients.status();
        const json client = clients->empty() ? json::object() : clients->back().fields;
        auto field = [](const json& j, const char* k) {
            return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
        };
        out += csvLine({row.caseId, field(client, "givenName"), field(client, "familyName"),
                        field(client, "dateOfBirth"), field(client, "nhsNumber"),
                        field(client, "phone"), field(client, "email"), field(client, "postcode"),
                        field(kase->fields, "status"), field(kase->fields, "openedOn")}) +
               "\r\n";
    }
    return out;
}

}  // namespace rtw::io

#include "database_dump.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace rtw::testsupport {

using server::db::SqlTx;

std::string dumpDatabase(server::db::SqlDatabase& db) {
    std::string out;
    const bool sqlite = db.backend() == "sqlite";
    Status s = db.transact(server::db::TxMode::Read, [&](SqlTx& tx) -> Status {
        out.clear();
        auto tables = tx.query(
            sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                     "'sqlite_%' ORDER BY name"
                   : "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "current_schema() ORDER BY table_name");
        if (!tables) return tables.status();
        for (const auto& t : *tables) {
            const std::string name = t.text(0);
            auto rows = tx.query("SELECT * FROM " + name);
            if (!rows) return rows.status();
            std::vector<std::string> lines;
            for (const auto& row : *rows) {
                std::string line;
                for (const auto& c : row.columns) line += (c ? *c : std::string("NULL")) + " | ";
                lines.push_back(line);
            }
            std::sort(lines.begin(), lines.end());
            out += "== " + name + " (" + std::to_string(lines.size()) + ")\n";
            for (const auto& l : lines) out += l + "\n";
        }
        return Status::ok();
    });
    if (!s) throw std::runtime_error("dumpDatabase: " + s.message());
    return out;
}

}  // namespace rtw::testsupport

#include "bench/agreement.hpp"

#include <fmt/format.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace chiso::bench {
namespace {

// One CSV record: fields split at commas outside double quotes ("" is a quote).
std::vector<std::string> split_csv(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// Rows by id, each a map column -> value.
std::map<std::string, std::map<std::string, std::string>> read_rows(const std::string& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    const std::vector<std::string> header = split_csv(line);
    std::map<std::string, std::map<std::string, std::string>> rows;
    while (std::getline(in, line)) {
        const auto fields = split_csv(line);
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
        rows[row["id"]] = row;
    }
    return rows;
}

std::string difference(const std::string& id, const std::map<std::string, std::string>& c,
                       const std::map<std::string, std::string>& p) {
    const auto num = [](const std::map<std::string, std::string>& row, const std::string& key) {
        auto it = row.find(key);
        return it == row.end() || it->second.empty() ? NAN : std::stod(it->second);
    };
    // `points` is the published value (the criteria's rounding); the exact points,
    // to places + 4 decimals rounded half up, are in `points_exact` (docs/reports.md).
    if (!(std::abs(num(c, "points_exact") - num(p, "points")) <= 0.00005 + 1e-9))
        return fmt::format("{}: points {} vs {}", id, c.at("points_exact"), p.at("points"));
    if (!(std::abs(num(c, "index") - num(p, "index")) < 0.001))
        return fmt::format("{}: index {} vs {}", id, c.at("index"), p.at("index"));
    if (c.at("rank") != p.at("rank")) return fmt::format("{}: rank {} vs {}", id, c.at("rank"), p.at("rank"));
    for (const char* ladder : {"xep_loai", "nguoi_dung_dau"}) {
        const std::string mine = c.count(std::string("class:") + ladder) ? c.at(std::string("class:") + ladder) : "";
        if (mine != p.at(ladder)) return fmt::format("{}: {} {} vs {}", id, ladder, mine, p.at(ladder));
    }
    return "";
}

}  // namespace

Agreement compare_outputs(const std::string& chiso_csv, const std::string& pandas_csv) {
    const auto chiso = read_rows(chiso_csv);
    const auto pandas = read_rows(pandas_csv);
    Agreement a;
    for (const auto& [id, row] : pandas) {
        ++a.units;
        auto it = chiso.find(id);
        const std::string diff = it == chiso.end() ? id + ": missing from chiso" : difference(id, it->second, row);
        if (diff.empty()) continue;
        ++a.differing;
        if (a.examples.size() < 5) a.examples.push_back(diff);
    }
    if (chiso.size() != pandas.size()) {
        ++a.differing;
        a.examples.push_back(fmt::format("{} units from chiso, {} from pandas", chiso.size(), pandas.size()));
    }
    return a;
}

}  // namespace chiso::bench
